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

import re
from typing import Callable

from ..errors import EmptyInput
from ..model import Document, Paragraph, Table
from ..pagemeta import fold_labels
from . import FOLIO, STRAY_TAG, texttables
from .decode import decode

_HEADER_KEYS = {
    "标题": "page_title", "发布时间": "published", "发布日期": "published", "文号": "doc_number",
    "发布机构": "publisher", "栏目": "column", "原文链接": "url", "本文地址": "url", "网址": "url",
    "索引号": "index_no", "来源": "source_label", "成文日期": "written", "本地目录": None,
}
_KV = re.compile(r"^\s*(标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本文地址|索\s*引\s*号|来源|成文日期|本地目录)\s*[:：]\s*(.*)$")
_RULE = re.compile(r"^\s*={5,}.*={5,}\s*$")
_CRAWLER_NOTE = re.compile(r"^页面链接与图片详见")
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


#: a Word field's instructions that catdoc prints before its result ('HYPERLINK "mailto:x@126.com" 24336240@163.com')
_FIELD_CODE = re.compile(r"[ \t]*\bHYPERLINK\s+(?:\\[a-z]\s+)*\"[^\"]*\"[ \t]*")


def _without_lynx_links(body: list[str]) -> list[str]:
    """`body`, a lynx dump's lines, without its links' numbers and the list of their targets."""
    end = max(i for i, line in enumerate(body) if line.strip() == "References")
    if next((_LYNX_TARGET.fullmatch(line) for line in body[end + 1:] if line.strip()), None):
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


def _plain_lines(body: list[str], text: str) -> list[str]:
    """The lines `body` of the page `text` without Markdown's marks, trimmed."""
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
    lines = text.split("\n")
    meta: dict[str, str] = {"encoding_method": method}
    body_start = _crawler_header_end(lines)
    head, body = lines[:body_start], lines[body_start:]
    for line in head:
        _take_meta(line, meta)
    if text.lstrip().startswith("<"):  # a mirror's stray tags copied above the text ('<i id="ew0tt"></i>')
        body = [_STRAY_TAG.sub("", line) for line in body]
        body = [line for line in body if not _LIST_MARK_ONLY.fullmatch(line)]
    if "\nReferences\n" in text:
        body = _without_lynx_links(body)
    segments = texttables.tables_apart(body) if texttables.holds_tables(text) else [body]
    if texttables.holds_annex_header(text):  # (a header in lines that are no drawn table)
        segments = [texttables.annex_header_joined(seg) if isinstance(seg, list) else seg for seg in segments]
    segments = [_plain_lines(seg, text) if isinstance(seg, list) else seg for seg in segments]
    wrap = _wrap_width([line for seg in segments if isinstance(seg, list) for line in seg])
    blocks: list = []
    for seg in segments:
        if isinstance(seg, Table):
            blocks.append(seg)
            continue
        lines = _sentences_rejoined(_unwrapped(seg, *wrap) if wrap else seg)
        blocks += [Paragraph(line) for line in lines if line]
    if not blocks:
        raise EmptyInput("text has no content")
    doc = Document(blocks=blocks, format="txt", meta=meta, encoding=encoding)
    if wrap:
        doc.warnings.append(f"text hard-wrapped at about {wrap[0]:g} characters: wrapped lines joined")
    return doc


#: a line that starts a new block even after a full-width line: a heading or an enumerated item
#: (also a list item's bullet: '• 【字体:' does not run on into '•   一、总体情况')
_STARTS_BLOCK = re.compile(r"^(?:[•·]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?=[\u4e00-\u9fff])|第[一二三四五六七八九十]+[部章条])")


#: a line that is whole however wide it prints: a heading that ends as headings do, a report's title, a flipbook
#: page's header
_COMPLETE_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、.*(?:情况|措施|事项|概述|问题)|[^。，,；;：:]*(?:年度报告|工作报告|年报)|Page\s+\d+\s+-\s+.*)$")
_NARROW = re.compile(r"[\x00-\xff]")
#: a table's row after its label: three numbers or more ending the line ('1.属于国家秘密 1 0 0 0 0 0 1')
_NUMBERS_ENDING = re.compile(r"(?:\s+\d+(?:\.\d+)?){3,}$")
#: a table's row laid out as a PDF's text prints it: cells set apart by runs of blanks
_LAID_OUT_ROW = re.compile(r"\S\s{2,}\S.*\s{2,}\S")


def _printed_width(line: str) -> float:
    """How wide `line` prints, in Chinese characters (a Latin letter or digit is half one)."""
    return len(line) - len(_NARROW.findall(line)) / 2


def _wrap_width(lines: list[str]) -> tuple[float, Callable[[str], float]] | None:
    """(width, how a line's width is measured) of a hard-wrapped text (pdftotext, some
    archives), else None: most of its longer lines are about equally wide, as a paragraph
    per line never is. Printed width (a Latin letter or digit is half a Chinese
    character) is what a page wraps at, the number of characters what text tools do."""
    # (not a table's row, however flattened: its cells piped, or spaced apart on the line as a PDF's text lays
    # them out, or a label before its numbers)
    candidates = [line for line in lines if len(line) >= 15 and "|" not in line
                  and not ("  " in line and _LAID_OUT_ROW.search(line)) and not (line[-1].isdigit() and _NUMBERS_ENDING.search(line))]
    if len(candidates) < 8:
        return None
    best = None
    for measure in (_printed_width, len):
        widths = sorted(map(measure, candidates))
        width = widths[len(widths) * 3 // 4]  # full lines outnumber paragraph ends
        share = sum(1 for w in widths if 0.9 * width <= w <= width + 1) / len(widths)
        if share >= 0.55 and width <= 120 and (best is None or share > best[0]):
            best = (share, width, measure)
    return best[1:] if best else None


#: what a page's number opens with
_FOLIO_OPENINGS = frozenset("-—–－第")


def _unwrapped(lines: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    """`lines` with each full-width line joined to the line it runs on into (not to a blank
    line, a heading, a table row or after a sentence end)."""
    out: list[str] = []
    joinable = False
    for line in lines:
        if line[:1] in _FOLIO_OPENINGS and FOLIO.match(line):
            continue  # a page's number between the lines of a paragraph running on to the next page
        if joinable and line and "|" not in line and not _STARTS_BLOCK.match(line):
            out[-1] += line
        else:
            out.append(line)
        joinable = (bool(line) and "|" not in line and not out[-1].endswith("。") and measure(line) >= 0.9 * width - 1
                    and not _COMPLETE_LINE.search(line))
    return out


#: what goes on after a number in a sentence (年, 月, 号, 条…)
_AFTER_NUMBER = frozenset("年月日号条件个项人次万亿元%余多家名篇期份起天至")
_SENTENCE_ENDS = ("。", "；", "！", "？", "|", "：")
#: the end of a line that leaves a mark open ('按照《', '（以下简称'): no line of real text does
_OPEN_AT_END = re.compile(r"[《“（(「【][^》”）)」】]{0,10}$")
#: a heading's number on a line of its own ('一、' / '高度重视政府信息公开工作')
_BARE_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
#: any of these on a page (lines joined by newlines)
_REJOIN_HINT = re.compile(r"[《“（(「【][^》”）)」】\n]{0,10}\n|\n\d+\n[" + "".join(sorted(_AFTER_NUMBER)) + "]"
                          r"|\n(?:" + _BARE_NUMBER.pattern + r")\n")


def _sentences_rejoined(lines: list[str]) -> list[str]:
    """`lines` with the sentences a crawl cut into lines put back together: a line that
    ends leaving a mark open ('按照《' / '中华人民共和国政府信息公开条例》…') runs on into
    the next, and so does a heading's number on a line of its own ('一、' / '概述'), and a
    number put on a line of its own (a page printing each number in its own element:
    '统计期限为' / '2011' / '年' / '1' / '月…') between a line that ends no sentence and
    one that goes on from the number. A heading never runs on from a line cut short
    ('根据《中华人民' / '一、总体情况')."""
    if not _REJOIN_HINT.search("\n" + "\n".join(lines)):  # one scan of the page: most have nothing to join
        return lines
    out: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:  # the line after a number, already joined
            skip = False
            continue
        if (line.isdigit() and out and out[-1] and i + 1 < len(lines) and lines[i + 1][:1] in _AFTER_NUMBER
                and not out[-1].endswith(_SENTENCE_ENDS) and not out[-1][-1].isdigit()):
            out[-1] += line + lines[i + 1]
            skip = True
        elif out and line and (_OPEN_AT_END.search(out[-1][-11:]) and not _STARTS_BLOCK.match(line)
                               or _BARE_NUMBER.fullmatch(out[-1])):
            out[-1] += line
        else:
            out.append(line)
    return out


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
