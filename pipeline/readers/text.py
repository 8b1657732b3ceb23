"""Plain-text reader for scraped page texts and crawler dumps.

Each non-blank line becomes a paragraph. Lines of the form ``key: value`` that a
crawler or a page header prints (标题, 发布时间, 发布机构, 文号, 原文链接, 本文地址…) are
kept as page metadata, and a crawler's header block (ending in a ``===== 正文 =====``
rule) is not body text. Tables flattened to one cell per line or to pipe-separated
rows stay as lines; the table extractor reads them. A text converted to Markdown loses its
heading marks, strong emphasis, links, images and escapes, and its tables' alignment rows; a lynx
dump its links' numbers, and catdoc's text of a Word file its fields' instructions. Tables a
converter or a text browser drew (HTML left in Markdown, grids of rules, box characters) become
`Table`s (see `texttables`).
"""
from __future__ import annotations

import html
import re

from ..errors import EmptyInput
from ..model import Document, Paragraph, Table
from ..pagemeta import fold_labels
from . import STRAY_TAG, texttables
from .decode import decode
from .envelope import archive_toolbar_end
from .lines import sentences_rejoined, unwrapped, wrap_width

_HEADER_KEYS = {
    "标题": "page_title", "发布时间": "published", "发布日期": "published", "文号": "doc_number",
    "发布机构": "publisher", "栏目": "column", "原文链接": "url", "本文地址": "url", "网址": "url",
    "索引号": "index_no", "来源": "source_label", "成文日期": "written", "本地目录": None,
}
_KV = re.compile(r"^\s*(标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本文地址|索\s*引\s*号|来源|成文日期|本地目录)\s*[:：]\s*(.*)$")
_RULE = re.compile(r"^\s*={5,}.*={5,}\s*$")
#: an HTML character reference with its semicolon (without one, '&not' would be read in an address's '&notice=1')
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|(?!lt;|gt;)[A-Za-z][A-Za-z0-9]{1,31});")
#: a tag, and what is left of a line of tags (a list's number or bullet)
_STRAY_TAG = re.compile(STRAY_TAG)
_LIST_MARK_ONLY = re.compile(r"\s*(?:\d{1,2}\.|[•·])?\s*")
#: a text converted to Markdown: a heading's marks ('## 一、总体情况') or a block quote's ('> 一、 概述', an indented
#: paragraph's)
_MARKDOWN_HEADING = re.compile(r"^[ \t\u3000]*(?:#{1,6}|>+)[ \t]+")
#: ... its strong emphasis ('**一、总体情况**', '**（一）主动公开**全年…'), which a converter gives a bold run (not a
#: name or number masked with stars: '张**、李**', '138****5678')
_MARKDOWN_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*")
#: ... its images ('![](/res/img/ga.png)'), and its links ('[打印本页](javascript:window.print();)', html2text's
#: '[[关闭窗口]](javascript:window.close\(\))'), whose text stays
_MARKDOWN_TARGET = r"\((?:[^()\s\\]|\\.|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
_MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]\n]*\]" + _MARKDOWN_TARGET)
_MARKDOWN_LINK = re.compile(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]" + _MARKDOWN_TARGET)
#: ... and the marks it escaped ('首页 \> 政务公开', '无障碍 \| 繁體')
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


#: a text dumped by lynx: the numbers it gives links ('[12]打印本页'), and the list of their targets it ends with
#: ('References', then '   1. http://…')
_LYNX_LINK = re.compile(r"\[\d{1,4}\](?=\S)")
_LYNX_TARGET = re.compile(r"\s*\d{1,4}\.\s+[a-z]+:\S*\s*")
_LYNX_LIST_PARTS = {"Visible links:", "Hidden links:"}


#: a Word field's instructions that catdoc prints before its result ('HYPERLINK "mailto:x@126.com" 24336240@163.com')
_FIELD_CODE = re.compile(r"[ \t]*\bHYPERLINK\s+(?:\\[a-z]\s+)*\"[^\"]*\"[ \t]*")


#: what a browser prints atop each page of a page it saves as PDF (its date and time, then the page's title:
#: '12/1/26, 3:40 AM X年度报告-X门户网站', '2026/12/1 03:40 X年度报告') and at its foot (its address, then 'n/N'),
#: lines of a text taken out of such a PDF
_PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?\s+\S.*|\d{4}/\d{1,2}/\d{1,2},? \d{1,2}:\d{2}\s+\S.*")
_PRINT_FOOTER = re.compile(r"(?:https?|file):/{2,3}\S*\s+\d{1,4}/\d{1,4}")


#: the same, each in two lines (PyMuPDF's text: '12/1/26, 3:40 AM' / 'X年度报告-X门户网站', 'file:///…/x.html' / '4/4')
_PRINT_TIME = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?|\d{4}/\d{1,2}/\d{1,2},? \d{1,2}:\d{2}")
_PRINT_ADDRESS = re.compile(r"(?:https?|file):/{2,3}\S*")
_PAGE_OF_PAGES = re.compile(r"\d{1,4}/\d{1,4}")


def _without_print_furniture(body: list[str]) -> list[str]:
    """`body` without the header and footer lines a browser printed on each page (`_PRINT_HEADER`, `_PRINT_FOOTER`, or
    each over two lines): only where a footer is there, which no report's text prints."""
    lines = [line.strip() for line in body]
    footer = [i for i, line in enumerate(lines) if "://" in line and (
        _PRINT_FOOTER.fullmatch(line) or _PRINT_ADDRESS.fullmatch(line) and _PAGE_OF_PAGES.fullmatch(lines[i + 1] if i + 1 < len(lines) else ""))]
    if not footer:
        return body
    drop = set()
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and (_PRINT_TIME.fullmatch(line) or _PRINT_ADDRESS.fullmatch(line) and _PAGE_OF_PAGES.fullmatch(lines[i + 1])):
            drop.update((i, i + 1))
        elif _PRINT_FOOTER.fullmatch(line) or _PRINT_HEADER.fullmatch(line):
            drop.add(i)
    return [line for i, line in enumerate(body) if i not in drop]


def _without_lynx_links(body: list[str]) -> list[str]:
    """`body`, a lynx dump's lines, without its links' numbers and the list of their targets."""
    end = max(i for i, line in enumerate(body) if line.strip() == "References")
    # (a page with links that show no text, a logo's, has the list in two: 'Visible links:', 'Hidden links:')
    targets = (line for line in body[end + 1:] if line.strip() and line.strip() not in _LYNX_LIST_PARTS)
    if next((_LYNX_TARGET.fullmatch(line) for line in targets), None):
        body = body[:end]
    return [_LYNX_LINK.sub("", line) if "[" in line else line for line in body]


def _is_alignment_row(line: str) -> bool:
    """Is `line` a Markdown pipe table's alignment row ('|---|:---:|'), which carries no text?"""
    row = line.strip()
    return "|" in row and "---" in row and not row.strip("|-: \t")


def _markdown_as_text(line: str) -> str:
    """`line` of a text converted to Markdown (a scraper's) as the page printed it: links and strong emphasis
    as their text, images gone, escaped marks unescaped."""
    if "](" in line:
        line = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub("", line))
    if "**" in line:
        line = _MARKDOWN_STRONG.sub(r"\1", line)
    if "\\" in line:
        line = _MARKDOWN_ESCAPE.sub(r"\1", line)
    return line


#: three Chinese characters or marks each printed twice in a row ('总总体体情情'): a PDF's bold set by drawing its text
#: twice, which a text extractor (pdfminer, pdfplumber) reads twice
_TWICE = re.compile(r"([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\1([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\2"
                    r"([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\3")


def _printed_once(line: str) -> str:
    """`line` as printed when every Chinese character or mark of it (four or more) comes twice in a row
    ('一一、、总总体体情情况况', '江江临临市市…2022年年…': digits in another font once), else as it is."""
    out, i, twice = [], 0, 0
    while i < len(line):
        ch = line[i]
        if "\u3000" <= ch <= "\u303f" or "\u4e00" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef":
            if line[i + 1:i + 2] != ch:
                return line  # a character printed once: the line is as it reads
            twice += 1
            i += 1
        out.append(ch)
        i += 1
    return "".join(out) if twice >= 4 else line


def _plain_lines(body: list[str], text: str) -> list[str]:
    """The lines `body` of the page `text` without Markdown's marks, trimmed."""
    if ("、、" in text or "（（" in text) and _TWICE.search(text):  # (its headings' marks twice, first: most texts have none)
        body = [_printed_once(line) if _TWICE.search(line) else line for line in body]
    if "#" in text or "--" in text or "\n>" in text:  # (Markdown's marks; the cheaper path for the texts that hold none)
        body = [_MARKDOWN_HEADING.sub("", line) for line in body if not _is_alignment_row(line)]
    if "**" in text or "](" in text or "\\" in text:
        body = [_markdown_as_text(line) for line in body]
    return [line.replace("\xa0", " ").replace("\ufeff", "").strip(" \t\u3000") for line in body]


def read(data: bytes) -> Document:
    """Read a plain-text page into a Document (format "txt")."""
    text, encoding, method = decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if "HYPERLINK" in text:
        text = _FIELD_CODE.sub(" ", text)
    refs = 0
    if "&" in text and ";" in text:
        # a page's text taken with its tags stripped but its character references left ('&nbsp;&nbsp;本报告根据&ldquo;…',
        # '&#25919;&#24220;'), as a scraper that drops tags by pattern saves it; '&lt;' and '&gt;' stay (no markup is made)
        text, refs = _CHARACTER_REFERENCE.subn(lambda m: html.unescape(m.group()), text)
    lines = text.split("\n")
    meta: dict[str, str] = {"encoding_method": method}
    body_start = _crawler_header_end(lines)
    head, body = lines[:body_start], lines[body_start:]
    for line in head:
        _take_meta(line, meta)
    if "web.archive.org/web/" in text:  # a dump of a page the Wayback Machine plays back, its toolbar atop
        toolbar, url = archive_toolbar_end(body)
        body = body[toolbar:]
        if url:
            meta.setdefault("url", url)
    if text.lstrip().startswith("<"):  # a mirror's stray tags copied above the text ('<i id="ew0tt"></i>')
        body = [_STRAY_TAG.sub("", line) for line in body]
        body = [line for line in body if not _LIST_MARK_ONLY.fullmatch(line)]
    if "\nReferences\n" in text:
        body = _without_lynx_links(body)
    if "://" in text:
        body = _without_print_furniture(body)
    segments = texttables.tables_apart(body) if texttables.holds_tables(text) else [body]
    if texttables.holds_annex_header(text):  # (a header in lines that are no drawn table)
        segments = [texttables.annex_header_joined(seg) if isinstance(seg, list) else seg for seg in segments]
    segments = [_plain_lines(seg, text) if isinstance(seg, list) else seg for seg in segments]
    wrap = wrap_width([line for seg in segments if isinstance(seg, list) for line in seg])
    blocks: list = []
    for seg in segments:
        if isinstance(seg, Table):
            blocks.append(seg)
            continue
        lines = sentences_rejoined(unwrapped(seg, *wrap) if wrap else seg)
        blocks += [Paragraph(line) for line in lines if line]
    if not blocks:
        raise EmptyInput("text has no content")
    doc = Document(blocks=blocks, format="txt", meta=meta, encoding=encoding)
    if wrap:
        doc.warnings.append(f"text hard-wrapped at about {wrap[0]:g} characters: wrapped lines joined")
    if refs:
        doc.warnings.append(f"{refs} HTML character references left in the text read as their characters")
    return doc


def _crawler_header_end(lines: list[str]) -> int:
    """Index of the first body line after a crawler header that ends in a ===== rule, else 0."""
    for i, line in enumerate(lines[:20]):
        if _RULE.match(line):
            return i + 1
    return 0


def _take_meta(line: str, meta: dict[str, str]) -> None:
    m = _KV.match(fold_labels(line))  # a mirror's Traditional 標題/發佈時間 too
    if not m:
        return
    key = _HEADER_KEYS.get(re.sub(r"\s", "", m.group(1)))
    value = line[m.start(2):].strip()
    if key and value and key not in meta:
        meta[key] = value
