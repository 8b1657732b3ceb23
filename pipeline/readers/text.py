"""Plain-text reader for scraped page texts and crawler dumps.

Each non-blank line becomes a paragraph. Lines of the form ``key: value`` that a
crawler or a page header prints (标题, 发布时间, 发布机构, 文号, 原文链接, 本文地址…) are
kept as page metadata, and a crawler's header block (ending in a ``===== 正文 =====``
rule) is not body text. Tables flattened to one cell per line or to pipe-separated
rows stay as lines; the table extractor reads them. A text converted to Markdown loses its
heading marks, strong emphasis, links, images and escapes, and its tables' alignment rows; an
HTML table a converter left in it, or a grid drawn with rules ('+----+'), becomes a `Table`.
"""
from __future__ import annotations

import re
from typing import Callable
from unicodedata import east_asian_width

from ..errors import EmptyInput
from ..model import Document, Paragraph, Table, grid_from_cells
from ..pagemeta import fold_labels
from . import FOLIO, STRAY_TAG, html
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
#: ... its strong emphasis ('**一、总体情况**', '**（一）主动公开**全年…'), which a converter gives a bold run
_MARKDOWN_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
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


#: a table a converter wrote in HTML into its Markdown (pandoc's, MinerU's '<table><tr><td rowspan="2">…'), or drew
#: as a grid ('+------+------+' over '| 指标名称 | 计量 |')
_TABLE_MARKUP = re.compile(r"<table\b|^[ \t]*(?:\+-{3,}[-+]*\+[ \t]*$|[┌┏╔])", re.I | re.M)
_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)
_GRID_RULE = re.compile(r"[ \t]*\+[-=:]{3,}(?:\+[-=:]{3,})*\+[ \t]*")


#: what names a 附表's first column, over whose line a laid-out header may stack its other columns' words
_INDICATOR_HEADS = ("指标名称", "统计指标")
#: a header's line: words, maybe a year ('2011', '2011年'), no count
_HEADER_WORDS = re.compile(r"(?:[^\d\s]|(?:19|20)\d{2}(?!\d))+(?:\s+(?:[^\d\s]|(?:19|20)\d{2}(?!\d))+)*")


def _stacked_headers_joined(lines: list[str]) -> list[str]:
    """`lines` with a 附表's header that a laid-out text (w3m's, pdftotext's) stacks over lines ('计量 2011' over
    '指标名称 历年累计' over '单位 年度') joined into one line of its columns ('指标名称  计量单位  2011年度  历年累计'):
    the words of the lines just above and below the header's that stand at overlapping places (in display columns)
    are one column's."""
    for i, line in enumerate(lines):
        if not line.lstrip().startswith(_INDICATOR_HEADS) or "  " not in line.strip():
            continue
        top, bottom = i, i + 1
        while top > max(i - 2, 0) and _HEADER_WORDS.fullmatch(lines[top - 1].strip()):
            top -= 1
        while bottom < min(i + 3, len(lines)) and _HEADER_WORDS.fullmatch(lines[bottom].strip()):
            bottom += 1
        if bottom - top < 2:
            continue
        columns: list[list] = []  # [left, right, words]
        for row in lines[top:bottom]:
            starts = _display_columns(row)
            for cell in _LAID_OUT_CELL.finditer(row):
                left, right = starts[cell.start()], starts[cell.end()]
                column = next((c for c in columns if c[0] < right and left < c[1]), None)
                if column is None:
                    columns.append([left, right, [cell.group()]])
                else:
                    column[0], column[1] = min(column[0], left), max(column[1], right)
                    column[2].append(cell.group())
        joined = "  ".join("".join("".join(words).split()) for _, _, words in sorted(columns))
        if joined.startswith(_INDICATOR_HEADS):
            return lines[:top] + [joined] + lines[bottom:]
    return lines


#: a cell of a laid-out line: words set apart from the next cell by two blanks or more
_LAID_OUT_CELL = re.compile(r"\S+(?: \S+)*")


def _tables_apart(lines: list[str]) -> list:
    """`lines` as runs of lines and the tables between them (`Table`s): each HTML table whole with what is nested
    in it, each grid drawn with rules, and each table drawn with box characters. (Each line is looked at once,
    however many tables never close.)"""
    out: list = []
    run: list[str] = []
    lines = list(lines)
    boxes_close = html_closes = True
    i = 0
    while i < len(lines):
        line = lines[i]
        if _GRID_RULE.fullmatch(line):
            j = i + 1
            while j < len(lines) and (_GRID_RULE.fullmatch(lines[j]) or lines[j].lstrip()[:1] in ("|", "｜")):
                j += 1
            table = _grid_table(lines[i:j])
            out += [run, table] if table is not None else [run + lines[i:j]]
            run, i = [], j
            continue
        if boxes_close and line.lstrip()[:1] in _BOX_OPENS:
            j = next((j for j in range(i + 1, len(lines)) if lines[j].lstrip()[:1] in _BOX_CLOSES), None)
            if j is None:
                boxes_close = False  # (nor will any after it)
            else:
                table = _box_table(lines[i:j + 1])
                out += [run, table] if table is not None else [run + lines[i:j + 1]]
                run, i = [], j + 1
                continue
        m = _TABLE_TAG.search(line) if html_closes and "<" in line else None
        if m and not m.group(1):
            markup, end, rest = _html_table(lines, i, m.start())
            if markup is None:
                html_closes = False
            else:
                run.append(line[:m.start()])
                table = html.table_of_markup(markup)
                out += [run, table] if table is not None else [run]
                run, i = [], end
                if rest.strip():
                    lines[i] = rest  # (what follows the table on its last line)
                else:
                    i += 1
                continue
        run.append(line)
        i += 1
    return out + [run]


#: the corners that open and close a table drawn with box-drawing characters (w3m's dump of a page)
_BOX_OPENS = frozenset("┌┏╔")
_BOX_CLOSES = frozenset("└┗╚")
#: the characters that stand on a column's edge: its verticals and the joints of its rules
_BOX_EDGES = frozenset("│┃║┌┐└┘┏┓┗┛╔╗╚╝├┤┬┴┼┣┫┳┻╋╠╣╦╩╬╞╡╪╟╢╫")


def _display_columns(line: str) -> list[int]:
    """The display column each character of `line` starts at (a wide character takes two, box-drawing ones one)."""
    cols, x = [], 0
    for ch in line:
        cols.append(x)
        x += 2 if east_asian_width(ch) in "WF" else 1
    return cols + [x]


def _box_table(lines: list[str]) -> Table | None:
    """The table drawn with box-drawing characters in `lines` (from its top rule to its bottom one), its merged
    cells with their spans: a cell runs down until a rule is drawn under it, and across the column edges inside it;
    its lines are joined; None when it holds no cell."""
    edges: set[int] = set()
    cells: list[list] = []  # [left, right, top row, bottom row, its lines]
    open_cells: dict[int, list] = {}
    row = 0
    for line in lines:
        line = line.strip()
        cols = _display_columns(line)
        cuts = [i for i, ch in enumerate(line) if ch in _BOX_EDGES]
        edges.update(cols[i] for i in cuts)
        ruled = False
        for a, b in zip(cuts, cuts[1:]):
            left, right, piece = cols[a], cols[b], line[a + 1:b]
            if "─" in piece or "━" in piece or "═" in piece:
                ruled = True
                for key in [k for k, c in open_cells.items() if c[0] < right and left < c[1]]:
                    open_cells.pop(key)[3] = row + 1  # a rule drawn under it: the cell ends
            elif (cell := open_cells.get(left)) is not None:
                cell[4].append(piece.strip(" \u3000"))
            else:
                open_cells[left] = cell = [left, right, row, None, [piece.strip(" \u3000")]]
                cells.append(cell)
        row += ruled
    for cell in open_cells.values():
        cell[3] = row + 1  # (under no rule: the table ends)
    bounds = sorted(edges)
    tops = sorted({c[2] for c in cells})
    index = {top: i for i, top in enumerate(tops)}
    rows: list[list[tuple[str, int, int]]] = [[] for _ in tops]
    for left, right, top, bottom, parts in sorted(cells, key=lambda c: (c[2], c[0])):
        span_down = sum(1 for t in tops if top <= t < bottom)
        span_across = sum(1 for x in bounds if left <= x < right)
        rows[index[top]].append(("\n".join(filter(None, parts)), span_down, span_across))
    return grid_from_cells(rows) if rows else None


def _html_table(lines: list[str], i: int, start: int) -> tuple[str | None, int, str]:
    """(the markup of the HTML table opening at `start` of line `i`, the line where it closes, what follows it
    there); (None, i, '') when it never closes."""
    depth = 0
    for j in range(i, len(lines)):
        for m in _TABLE_TAG.finditer(lines[j], start if j == i else 0):
            depth += -1 if m.group(1) else 1
            if depth == 0:
                if j == i:
                    return lines[i][start:m.end()], j, lines[j][m.end():]
                return "\n".join([lines[i][start:]] + lines[i + 1:j] + [lines[j][:m.end()]]), j, lines[j][m.end():]
    return None, i, ""


def _grid_table(lines: list[str]) -> Table | None:
    """The table a grid of rules draws ('+---+---+' between rows of '| a | b |' lines): each row's lines joined
    cell by cell (a cell's text over several lines kept as its lines), a cell a pipe-separated column; None when
    it holds no row."""
    rows: list[list[tuple[str, int, int]]] = []
    cells: list[list[str]] = []
    for line in lines + ["+---+"]:
        if _GRID_RULE.fullmatch(line):
            if cells:
                rows.append([("\n".join(filter(None, parts)), 1, 1) for parts in cells])
            cells = []
            continue
        parts = [p.strip(" \t\u3000") for p in line.strip().strip("|｜").split("|")]
        if not cells:
            cells = [[p] for p in parts]
        elif len(parts) == len(cells):
            for cell, p in zip(cells, parts):
                cell.append(p)
        else:
            cells[-1].append(" ".join(parts))
    return grid_from_cells(rows) if rows else None


def read(data: bytes) -> Document:
    """Read a plain-text page into a Document (format "txt")."""
    text, encoding, method = decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    meta: dict[str, str] = {"encoding_method": method}
    body_start = _crawler_header_end(lines)
    head, body = lines[:body_start], lines[body_start:]
    for line in head:
        _take_meta(line, meta)
    if text.lstrip().startswith("<"):  # a mirror's stray tags copied above the text ('<i id="ew0tt"></i>')
        body = [_STRAY_TAG.sub("", line) for line in body]
        body = [line for line in body if not _LIST_MARK_ONLY.fullmatch(line)]
    if "指标名称" in text or "统计指标" in text:
        body = _stacked_headers_joined(body)
    if "\nReferences\n" in text:
        body = _without_lynx_links(body)
    tables = (("<table" in text or "<TABLE" in text or "<Table" in text or "+--" in text or "┌" in text or "┏" in text
               or "╔" in text) and _TABLE_MARKUP.search(text))
    segments = _tables_apart(body) if tables else [body]
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
