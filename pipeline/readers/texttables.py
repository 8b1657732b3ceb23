"""Tables a text prints in its lines, as converters and text browsers leave them: read into `Table`s.

- HTML a converter left in its Markdown (pandoc's, MinerU's '<table><tr><td rowspan="2">…'): read by the HTML reader;
- a grid drawn with rules ('+------+------+' between '| 指标名称 | 计量 |' lines, pandoc's plain text);
- a table drawn with box-drawing characters (w3m's dump of a page), its merged cells with their spans;
- and a 附表's header that a text stacks over lines, joined into one line of its columns, with a dash put in the
  blank cells of the rows laid out under it.

Positions on a line are display columns: a wide (Chinese) character takes two, as a text browser lays them out.
"""
from __future__ import annotations

import re
from unicodedata import east_asian_width

from ..model import Table, grid_from_cells
from . import html

#: a table a converter wrote in HTML into its Markdown (pandoc's, MinerU's '<table><tr><td rowspan="2">…'), or drew
#: as a grid ('+------+------+' over '| 指标名称 | 计量 |'), or a text browser drew with box characters ('┌───┬')
_TABLE_MARKUP = re.compile(r"<table\b|^[ \t]*(?:\+-{3,}[-+]*\+[ \t]*$|[┌┏╔])", re.I | re.M)
_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)
_GRID_RULE = re.compile(r"[ \t]*\+[-=:]{3,}(?:\+[-=:]{3,})*\+[ \t]*")


def holds_tables(text: str) -> bool:
    """Does `text` mark up or draw a table that `tables_apart` reads? (Tests for a substring first: most texts
    hold none.)"""
    return (("<table" in text or "<TABLE" in text or "<Table" in text or "+--" in text or "┌" in text or "┏" in text
             or "╔" in text) and _TABLE_MARKUP.search(text) is not None)


#: what names a 附表's first column, over whose line a laid-out header may stack its other columns' words
INDICATOR_HEADS = ("指标名称", "统计指标")
_INDICATOR_HEAD = re.compile(r"指\s*标\s*名\s*称|统\s*计\s*指\s*标")


def holds_annex_header(text: str) -> bool:
    """Does `text` print a 附表's header (its first column's name maybe spaced out: '指 标 名 称')?"""
    return ("指标" in text or "指 标" in text) and _INDICATOR_HEAD.search(text) is not None


#: a header's line: words, a Chinese one among them, maybe a year ('2011', '2011年'), no count (nor a Markdown table's
#: rule, '|---|---|')
_HEADER_WORDS = re.compile(r"(?=.*[\u4e00-\u9fff])(?:[^\d\s]|(?:19|20)\d{2}(?!\d))+(?:\s+(?:[^\d\s]|(?:19|20)\d{2}(?!\d))+)*")


def annex_header_joined(lines: list[str]) -> list[str]:
    """`lines` with a 附表's header that a text stacks over lines ('计量 2011' over '指标名称 历年累计' over '单位 年度')
    joined into one line of its columns ('指标名称  计量单位  2011年度  历年累计'), and, laid out with blanks, the rows
    under it that leave a cell blank given a dash in its place ('2.传真申请数  件  —  3').

    Laid out (w3m, pdftotext -layout, pandoc's plain text), the words of the lines just above and below the header's
    that stand at overlapping places (in display columns) are one column's, and a row's cell is the column's it
    stands nearest to; printed with pipes (antiword: '|指标名称 |计量 |2011 |…' over '| |单位 |年度 | |'), the
    cells in the same place of lines of as many cells are one column's."""
    for i, line in enumerate(lines):
        if not "".join(line.split()).lstrip("|｜").startswith(INDICATOR_HEADS) or "  " not in line.strip() and "|" not in line:
            continue  # (its name maybe spaced out: '指 标 名 称')
        top, bottom = i, i + 1
        while top > max(i - 2, 0) and _HEADER_WORDS.fullmatch(lines[top - 1].strip()):
            top -= 1
        while bottom < min(i + 3, len(lines)) and _HEADER_WORDS.fullmatch(lines[bottom].strip()):
            bottom += 1
        if line.count("|") >= 2:
            names = _piped_columns(lines[top:bottom])
            if bottom - top > 1 and names and names[0].startswith(INDICATOR_HEADS):
                return lines[:top] + ["  ".join(names)] + lines[bottom:]
            continue
        columns = _laid_out_columns(lines[top:bottom])
        if len(columns) > 2 and columns[0][2].startswith(INDICATOR_HEADS):
            return lines[:top] + ["  ".join(name for _, _, name in columns)] + _blanks_marked(lines[bottom:], columns)
    return lines


def _piped_columns(stack: list[str]) -> list[str] | None:
    """The columns' names of a header printed with pipes over the lines `stack`, None unless each prints as many
    cells."""
    rows = [line.strip().strip("|｜").split("|") for line in stack]
    if len({len(row) for row in rows}) != 1:
        return None
    return ["".join("".join(cells).split()) for cells in zip(*rows)]


def _laid_out_columns(stack: list[str]) -> list[tuple[int, int, str]]:
    """(left, right, name) of each column of a header laid out over the lines `stack`, in display columns: the words
    at overlapping places, joined."""
    columns: list[list] = []  # [left, right, words]
    for row in stack:
        for left, right, word in _laid_out_cells(row):
            column = next((c for c in columns if c[0] < right and left < c[1]), None)
            if column is None:
                columns.append([left, right, [word]])
            else:
                column[0], column[1] = min(column[0], left), max(column[1], right)
                column[2].append(word)
    return [(left, right, "".join("".join(words).split())) for left, right, words in sorted(columns)]


def _laid_out_cells(line: str) -> list[tuple[int, int, str]]:
    """(left, right, text) of each cell of a line laid out with blanks, in display columns."""
    starts = _display_columns(line)
    return [(starts[m.start()], starts[m.end()], m.group()) for m in _LAID_OUT_CELL.finditer(line)]


def _blanks_marked(rows: list[str], columns: list[tuple[int, int, str]]) -> list[str]:
    """`rows`, a laid-out table's rows under its header's `columns`, each row that leaves a cell blank printed with a
    dash in it: its first cell is the first column's, each other the column whose middle it stands nearest to. The
    table ends at the first line that is no such row (blank lines between rows aside)."""
    middles = [(left + right) / 2 for left, right, _ in columns]
    out = list(rows)
    for j, row in enumerate(rows):
        if not row.strip():
            continue
        cells = _laid_out_cells(row)
        if not 1 < len(cells) <= len(columns) or "  " not in row.strip():
            break
        if len(cells) == len(columns):
            continue
        placed = [0] + [min(range(1, len(columns)), key=lambda c: abs(middles[c] - (left + right) / 2))
                        for left, right, _ in cells[1:]]
        if placed != sorted(set(placed)):
            continue  # (two cells under one column: left as printed)
        texts = ["—"] * len(columns)
        for c, (_, _, text) in zip(placed, cells):
            texts[c] = text
        out[j] = "  ".join(texts)
    return out


#: a cell of a laid-out line: words set apart from the next cell by two blanks or more
_LAID_OUT_CELL = re.compile(r"\S+(?: \S+)*")


def tables_apart(lines: list[str]) -> list:
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
