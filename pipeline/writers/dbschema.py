"""Shared database schema for the SQLite and PostgreSQL writers.

One description of every table (column name, portable type) generates the DDL
for both dialects, and `record_rows` turns a record into the rows of every
table, so both writers hold exactly the same rows for the same records.

Tables
  files        the run manifest: one row per input path (ok or failed); what
               resume consults. Not part of the "data" proper.
  reports      one row per distinct input (sha256), record_json = whole record
  sections     (sha256, ord) number/title/text of each top-level section
  table_cells  long format of tables.active/applications/review_litigation
  indicators   pre-2019 statistics rows, one row per (indicator, column)
  contacts     (sha256, ord) kind ∈ address/postcode/phone/fax/email/website
  issues       (sha256, ord) code/severity/message/path
Views
  applications_by_issuer_year  表三 new_received/total summed by issuer and year
  outcomes_by_year             表三 outcome rows (total column) summed by year
"""
from __future__ import annotations

from typing import Any

from .jsonio import dumps_line

# portable type -> (sqlite, postgres)
TYPES = {
    "text": ("TEXT", "TEXT"),
    "int": ("INTEGER", "BIGINT"),
    "real": ("REAL", "DOUBLE PRECISION"),
    "json": ("TEXT", "JSONB"),
}

TABLES: dict[str, dict[str, Any]] = {
    "files": {
        "columns": [
            ("path", "text"), ("sha256", "text"), ("status", "text"),
            ("source_format", "text"), ("report_format", "text"), ("report_year", "int"),
            ("issuer", "text"), ("stage", "text"), ("reason", "text"), ("error_type", "text"),
            ("message", "text"), ("elapsed_ms", "int"),
        ],
        "pk": ("path",),
        "indexes": [("sha256",)],
    },
    "reports": {
        "columns": [
            ("sha256", "text"), ("path", "text"), ("format", "text"), ("title", "text"),
            ("issuer", "text"), ("report_year", "int"), ("doc_number", "text"),
            ("signed_date", "text"), ("published_date", "text"), ("report_format", "text"),
            ("record_json", "json"),
        ],
        "pk": ("sha256",),
        "query_indexes": [("issuer", "report_year"), ("report_year",)],
    },
    "sections": {
        "columns": [("sha256", "text"), ("ord", "int"), ("number", "text"), ("title", "text"), ("text", "text")],
        "pk": ("sha256", "ord"),
    },
    "table_cells": {
        "columns": [
            ("sha256", "text"), ("table_name", "text"), ("row_key", "text"), ("col_key", "text"),
            ("value", "real"), ("raw_text", "text"),
        ],
        "pk": ("sha256", "table_name", "row_key", "col_key"),
        # SQLite: small rows stored in their key's B-tree, not in a rowid table plus an
        # index repeating the whole key (a third less to write per cell)
        "without_rowid": True,
        "query_indexes": [("table_name", "row_key", "col_key")],
    },
    "indicators": {
        "columns": [("sha256", "text"), ("ord", "int"), ("name", "text"), ("unit", "text"), ("col", "text"), ("value", "real")],
        "pk": None,
        "indexes": [("sha256", "ord")],
    },
    "contacts": {
        "columns": [("sha256", "text"), ("ord", "int"), ("kind", "text"), ("value", "text")],
        "pk": ("sha256", "ord"),
    },
    "issues": {
        "columns": [("sha256", "text"), ("ord", "int"), ("code", "text"), ("severity", "text"), ("message", "text"), ("path", "text")],
        "pk": ("sha256", "ord"),
        "query_indexes": [("code",)],
    },
}

CHILD_TABLES = ("sections", "table_cells", "indicators", "contacts", "issues")
DATA_TABLES = ("reports",) + CHILD_TABLES

# 表三 rows that are not outcomes (inputs, the total and the carry-forward)
NON_OUTCOME_ROWS = ("new_received", "carried_over", "total", "carried_forward")

VIEWS = {
    "applications_by_issuer_year": """
        SELECT r.issuer AS issuer, r.report_year AS report_year,
               SUM(c.value) AS new_received, COUNT(*) AS reports
        FROM reports r JOIN table_cells c ON c.sha256 = r.sha256
        WHERE c.table_name = 'applications' AND c.row_key = 'new_received' AND c.col_key = 'total'
        GROUP BY r.issuer, r.report_year""",
    "outcomes_by_year": """
        SELECT r.report_year AS report_year, c.row_key AS outcome,
               SUM(c.value) AS total, COUNT(*) AS reports
        FROM reports r JOIN table_cells c ON c.sha256 = r.sha256
        WHERE c.table_name = 'applications' AND c.col_key = 'total'
          AND c.row_key NOT IN ('new_received', 'carried_over', 'total', 'carried_forward')
        GROUP BY r.report_year, c.row_key""",
}


def _index_ddl(table: str, indexes: list[tuple[str, ...]]) -> list[str]:
    return [f"CREATE INDEX IF NOT EXISTS {table}_{'_'.join(idx)}_idx ON {table} ({', '.join(idx)})" for idx in indexes]


def index_ddl() -> list[str]:
    """CREATE INDEX statements (idempotent) for the indexes that serve queries only."""
    return [stmt for name, spec in TABLES.items() for stmt in _index_ddl(name, spec.get("query_indexes", []))]


def columns(table: str) -> list[str]:
    return [c for c, _ in TABLES[table]["columns"]]


def ddl(dialect: str, query_indexes: bool = True) -> list[str]:
    """CREATE statements (idempotent) for `dialect` in {'sqlite', 'postgres'}.

    `indexes` are what the writers themselves need (deletes and lookups by sha256);
    `query_indexes` only serve readers, so a bulk load may leave them out and add them
    at the end (`index_ddl`): maintaining them row by row costs more than building them once."""
    k = 0 if dialect == "sqlite" else 1
    out: list[str] = []
    for name, spec in TABLES.items():
        cols = [f"{c} {TYPES[t][k]}" for c, t in spec["columns"]]
        if spec.get("pk"):
            cols.append(f"PRIMARY KEY ({', '.join(spec['pk'])})")
        rowid = " WITHOUT ROWID" if dialect == "sqlite" and spec.get("without_rowid") else ""
        out.append(f"CREATE TABLE IF NOT EXISTS {name} (\n  " + ",\n  ".join(cols) + "\n)" + rowid)
        out += _index_ddl(name, spec.get("indexes", []))
    if query_indexes:
        out += index_ddl()
    for vname, body in VIEWS.items():
        if dialect == "sqlite":
            out.append(f"CREATE VIEW IF NOT EXISTS {vname} AS {body}")
        else:
            out.append(f"CREATE OR REPLACE VIEW {vname} AS {body}")
    return out


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    return None


def record_rows(record: dict[str, Any], path: str | None = None) -> dict[str, Any]:
    """All rows for one record: {'report': tuple, 'sections': [tuple], ...}.

    Tuples follow `columns(table)` order. `path` defaults to record.source.path.
    """
    src = record.get("source") or {}
    sha = src.get("sha256")
    report = (
        sha, path if path is not None else src.get("path"), src.get("format"), record.get("title"),
        record.get("issuer"), record.get("report_year"), record.get("doc_number"),
        record.get("signed_date"), record.get("published_date"), record.get("format"),
        dumps_line(record),
    )
    sections = [
        (sha, i, s.get("number"), s.get("title"), s.get("text"))
        for i, s in enumerate(record.get("sections") or [])
    ]
    tables = record.get("tables") or {}
    raw = tables.get("raw") or {}
    cells = []
    for tname in ("active", "applications", "review_litigation"):
        for rkey, row in sorted((tables.get(tname) or {}).items()):
            if not isinstance(row, dict):
                continue
            for ckey, val in sorted(row.items()):
                cells.append((sha, tname, rkey, ckey, _num(val), raw.get(f"{tname}.{rkey}.{ckey}")))
    indicators = []
    for i, ind in enumerate(record.get("indicators") or []):
        values = ind.get("values") or {}
        if not values:
            indicators.append((sha, i, ind.get("name"), ind.get("unit"), None, None))
        for col, val in values.items():
            indicators.append((sha, i, ind.get("name"), ind.get("unit"), col, _num(val)))
    contacts = []
    c = record.get("contacts") or {}
    for kind, key in (("address", "address"), ("postcode", "postcode")):
        if c.get(key):
            contacts.append((kind, c[key]))
    for kind, key in (("phone", "phones"), ("fax", "faxes"), ("email", "emails"), ("website", "websites")):
        for v in c.get(key) or []:
            contacts.append((kind, v))
    contacts = [(sha, i, k, v) for i, (k, v) in enumerate(contacts)]
    issues = [
        (sha, i, it.get("code"), it.get("severity"), it.get("message"), it.get("path"))
        for i, it in enumerate(record.get("issues") or [])
    ]
    return {
        "sha256": sha,
        "path": report[1],
        "report": report,
        "sections": sections,
        "table_cells": cells,
        "indicators": indicators,
        "contacts": contacts,
        "issues": issues,
    }
