"""The table grid: spans expanded the way browsers do, checked against a plain reference."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import Cell, grid_from_cells


def reference_grid(cells):
    """The straightforward construction: a dict of positions, later cells win."""
    grid = {}
    n_cols = 0
    for r, row in enumerate(cells):
        c = 0
        for text, rs, cs in row:
            rs = min(max(rs, 1), 65534, len(cells) - r)
            cs = min(max(cs, 1), 1000)
            while (r, c) in grid:
                c += 1
            cell = Cell(text, r, c, rs, cs)
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = cell
            c += cs
            n_cols = max(n_cols, c)
    return [[grid.get((r, c)) or Cell("", r, c) for c in range(n_cols)] for r in range(len(cells))]


spans = st.integers(min_value=-1, max_value=4)
rows = st.lists(st.lists(st.tuples(st.sampled_from(["", "0", "1", "合计"]), spans, spans), max_size=6), max_size=7)


@settings(max_examples=400, deadline=None)
@given(rows)
def test_grid_matches_reference(cells):
    table = grid_from_cells(cells)
    want = reference_grid(cells)
    assert [list(r) for r in table.rows] == want
    # a merged cell is the same object at every position it covers
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.row_span > 1 or cell.col_span > 1:
                assert table.rows[cell.row][cell.col] is cell


def test_merged_header_grid():
    t = grid_from_cells([[("申请人情况", 3, 1), ("自然人", 2, 1), ("法人或其他组织", 1, 5), ("其他", 2, 1), ("总计", 3, 1)],
                         [("商业企业", 1, 1), ("科研机构", 1, 1), ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1)],
                         []])
    assert (t.n_rows, t.n_cols) == (3, 9)
    assert [c.text for c in t.rows[1]] == ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "其他", "总计"]
    assert t.rows[2][0] is t.rows[0][0] and t.is_anchor(0, 0) and not t.is_anchor(2, 0)
