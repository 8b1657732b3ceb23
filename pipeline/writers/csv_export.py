"""CSV export: reports.csv and cells.csv (UTF-8 with BOM, so Excel opens Chinese text)."""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from .jsonio import TMP_MARK

REPORT_COLS = ["sha256", "path", "format", "title", "issuer", "report_year", "doc_number", "signed_date",
               "published_date", "report_format"]
CELL_COLS = ["sha256", "path", "issuer", "report_year", "table_name", "row_key", "col_key", "value", "raw_text"]
#: the last column of both files: 1 on the copy of a report the database's `distinct_reports` counts, 0 on its
#: other copies (filter on it in a pivot table, and a report held several times is summed once)
DISTINCT_COL = "distinct"
#: a record's DISTINCT_COL, from a `reports r` row
_IS_DISTINCT = "CASE WHEN r.id IN (SELECT id FROM distinct_reports) THEN 1 ELSE 0 END"


def _fmt(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return "" if v is None else v


def _write(path: Path, header: list[str], rows) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for row in rows:
                w.writerow([_fmt(v) for v in row])
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # (a disk full, an interruption: no half-written file left beside the CSV)
        raise
    return n


def export_csv(store, dest: Path) -> dict[str, int]:
    """Write DEST/reports.csv and DEST/cells.csv from a store (SQLite or PostgreSQL)."""
    reports = store.iter_query(f"SELECT {', '.join('r.' + c for c in REPORT_COLS)}, {_IS_DISTINCT} "
                               "FROM reports r ORDER BY r.path, r.sha256")
    n_r = _write(Path(dest) / "reports.csv", REPORT_COLS + [DISTINCT_COL], reports)
    cells = store.iter_query(
        "SELECT r.sha256, r.path, r.issuer, r.report_year, c.table_name, c.row_key, c.col_key, c.value, c.raw_text, "
        f"{_IS_DISTINCT} FROM table_cells c JOIN reports r ON r.id = c.report_id "
        "ORDER BY r.path, r.sha256, c.table_name, c.row_key, c.col_key")
    n_c = _write(Path(dest) / "cells.csv", CELL_COLS + [DISTINCT_COL], cells)
    return {"reports": n_r, "cells": n_c}
