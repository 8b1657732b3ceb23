"""The document model every reader produces and every extractor reads.

A `Document` is a flat sequence of blocks (`Heading`, `Paragraph`, `Table`) plus the
page metadata a reader found outside the body (索引号, 发布机构, 发布日期, the page URL…).
This module imports nothing from the rest of the package.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line; `level` 1 is 一、, 2 is （一）, 3 is 1., 4 is （1）; 0 is the title."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of body text, as printed (no normalisation beyond whitespace trimming)."""

    text: str


@dataclass(slots=True)
class Cell:
    """One table cell. `row`/`col` are the grid position of its top-left corner.

    Treated as immutable like the other blocks; not declared frozen because a table
    page creates thousands and a frozen dataclass is five times slower to build."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A table as a true grid: `rows[r][c]` is the cell covering position (r, c).

    A merged cell appears at every position it covers (the same `Cell` object), so
    every row has the same length. `is_anchor(r, c)` tells whether (r, c) is the
    merged cell's own top-left position.
    """

    rows: tuple[tuple[Cell, ...], ...]
    caption: str | None = None

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def is_anchor(self, r: int, c: int) -> bool:
        cell = self.rows[r][c]
        return cell.row == r and cell.col == c

    def map_text(self, fn) -> "Table":
        """A copy with `fn` applied once to the text of every cell (merged cells stay merged);
        the table itself when `fn` changes no text."""
        from dataclasses import replace

        memo: dict[int, Cell] = {}
        changed = False
        for row in self.rows:
            for cell in row:
                if id(cell) not in memo:
                    text = fn(cell.text)
                    memo[id(cell)] = cell if text == cell.text else replace(cell, text=text)
                    changed = changed or text != cell.text
        if not changed:
            return self
        return Table(tuple(tuple(memo[id(c)] for c in row) for row in self.rows), self.caption)

    def text_rows(self) -> list[list[str]]:
        """The grid as text, each merged cell's text repeated at every position it covers."""
        return [[cell.text for cell in row] for row in self.rows]


Block = Union[Heading, Paragraph, Table]


@dataclass(slots=True)
class Document:
    """What a reader returns: the body blocks and what the page says about itself.

    `meta` keys (all optional): ``page_title`` (the HTML <title> or a crawler header
    title), ``title`` (a page field's 标题/信息名称, or a <meta> title), ``url``, ``site_name``, ``index_no`` (索引号), ``publisher`` (发布机构),
    ``published`` (发布日期/发布时间, as printed), ``written`` (成文日期), ``updated`` (更新时间), ``issued`` (发文时间, a CMS's
    date of issue, the page's date only where it prints no other),
    ``doc_number`` (文号, as printed),
    ``source_label`` (来源). `encoding` is the decoded charset for byte-text formats.
    `chrome` holds text the reader recognised as page furniture and dropped.
    """

    blocks: list[Block]
    format: str
    meta: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def grid_from_cells(cells: list[list[tuple[str, int, int]]], max_cells: int = 100_000) -> Table:
    """Build a `Table` from rows of ``(text, row_span, col_span)`` in source order.

    Spans are clamped the way browsers do (colspan ≤ 1000, rowspan ≤ 65534, 0 or
    less means 1); positions already covered by a rowspan from above are skipped.
    Rows are padded with empty cells so the grid is rectangular.
    """
    from .errors import TooComplex

    n_rows = len(cells)
    grid: list[list[Cell | None]] = [[] for _ in range(n_rows)]
    holes: set[int] = set()  # rows with an unfilled position left of a cell spanning into them
    placed = 0
    for r, row in enumerate(cells):
        line = grid[r]
        if not line and all(rs == 1 and cs == 1 for _, rs, cs in row):
            # the common row: no spans into it, none out of it
            placed += len(row)
            if placed > max_cells:
                raise TooComplex(f"table has more than {max_cells} cells")
            line.extend([Cell(text, r, c) for c, (text, _, _) in enumerate(row)])
            continue
        c = 0
        for text, rs, cs in row:
            if rs != 1:
                rs = min(max(rs, 1), 65534, n_rows - r)
            if cs != 1:
                cs = min(max(cs, 1), 1000)
            while c < len(line) and line[c] is not None:
                c += 1
            placed += rs * cs
            if placed > max_cells:
                raise TooComplex(f"table has more than {max_cells} cells")
            cell = Cell(text, r, c, rs, cs)
            if rs == 1 and cs == 1 and c == len(line):
                line.append(cell)
            else:
                for dr in range(rs):
                    target = grid[r + dr]
                    if len(target) < c + cs:
                        if len(target) < c:
                            holes.add(r + dr)
                        target.extend([None] * (c + cs - len(target)))
                    target[c:c + cs] = [cell] * cs
            c += cs
    n_cols = max(map(len, grid), default=0)
    rows = []
    for r, line in enumerate(grid):
        if len(line) == n_cols and r not in holes:
            rows.append(tuple(line))
        else:
            line.extend([None] * (n_cols - len(line)))
            rows.append(tuple(cell if cell is not None else Cell("", r, c) for c, cell in enumerate(line)))
    return Table(tuple(rows))
