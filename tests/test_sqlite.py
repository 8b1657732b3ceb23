"""SQLite schema, views, upsert semantics and the shared row mapping."""
from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import fake_record  # noqa: E402

from pipeline.writers import dbschema as S  # noqa: E402
from pipeline.writers.sqlite import SqliteStore, dump  # noqa: E402


def ok_result(rec: dict, path: str | None = None) -> dict:
    path = path or rec["source"]["path"]
    return {"path": path, "sha256": rec["source"]["sha256"], "status": "ok", "source_format": "txt",
            "report_format": rec["format"], "report_year": rec["report_year"], "issuer": rec["issuer"],
            "elapsed_ms": 1, "rows": S.record_rows(rec, path)}


def rec(text: str, path: str) -> dict:
    return fake_record(text.encode("utf-8"), path)


def test_schema_tables_columns_and_wal(tmp_path):
    st = SqliteStore(tmp_path / "r.sqlite")
    st.close()
    conn = sqlite3.connect(tmp_path / "r.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
    assert {"reports", "sections", "table_cells", "indicators", "contacts", "issues", "files",
            "applications_by_issuer_year", "outcomes_by_year"} <= names
    cols = [r[1] for r in conn.execute("PRAGMA table_info(reports)")]
    assert cols == ["id", "sha256", "path", "format", "title", "issuer", "report_year", "doc_number", "signed_date",
                    "published_date", "report_format", "record_json"]
    assert [r[1] for r in conn.execute("PRAGMA table_info(table_cells)")] == [
        "report_id", "table_name", "row_key", "col_key", "value", "raw_text"]
    # the DDL is idempotent
    SqliteStore(tmp_path / "r.sqlite").close()


def test_a_database_of_the_older_layout_is_refused_in_one_line(tmp_path):
    """Child tables keyed by sha256 (before report ids): a clear error, not a failed insert."""
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE table_cells (sha256 TEXT, table_name TEXT, row_key TEXT, col_key TEXT, "
                 "value REAL, raw_text TEXT, PRIMARY KEY (sha256, table_name, row_key, col_key))")
    conn.close()
    with pytest.raises(S.SchemaMismatch, match="table table_cells has no report_id.*pipeline load"):
        SqliteStore(db)
    from pipeline.cli import main
    out = tmp_path / "out"
    out.mkdir()
    db.rename(out / "reports.sqlite")
    assert main(["export", str(out), "--csv", str(tmp_path / "csv")]) == 2


def test_query_indexes_are_added_after_the_load(tmp_path):
    st = SqliteStore(tmp_path / "r.sqlite")
    names = lambda: {r[0] for r in st.query("SELECT name FROM sqlite_master WHERE type = 'index'")}  # noqa: E731
    assert "table_cells_table_name_row_key_col_key_idx" not in names()
    assert "files_sha256_idx" in names() and "indicators_report_id_ord_idx" in names()  # the writer's own
    st.put([ok_result(rec("甲县人民政府\nyear=2020\nn=4\n", "a.txt"))])
    st.add_query_indexes()
    assert {"table_cells_table_name_row_key_col_key_idx", "reports_issuer_report_year_idx", "issues_code_idx"} <= names()
    plan = " ".join(r[-1] for r in st.query(
        "EXPLAIN QUERY PLAN SELECT * FROM table_cells WHERE table_name='applications' AND row_key='total' AND col_key='total'"))
    assert "table_cells_table_name_row_key_col_key_idx" in plan
    st.add_query_indexes()  # idempotent
    st.close()


def test_rows_and_views(tmp_path):
    st = SqliteStore(tmp_path / "r.sqlite")
    a = rec("甲县人民政府\nyear=2020\nn=4\n", "a.txt")
    b = rec("甲县人民政府\nyear=2020\nn=6\nmismatch=1\n", "b.txt")  # (a copy of a's report: its title, issuer, year)
    c = rec("乙市人民政府\nyear=2021\nn=5\n", "c.txt")
    d = rec("甲县人民政府\nyear=2021\nn=7\n", "d.txt")
    st.put([ok_result(a), ok_result(b), ok_result(c), ok_result(d)])
    q = st.query
    assert q("SELECT COUNT(*) FROM reports")[0][0] == 4
    # a report's copies count once: the copy with fewer warnings
    assert q("SELECT path, copies FROM distinct_reports ORDER BY path") == [("a.txt", 2), ("c.txt", 1), ("d.txt", 1)]
    assert q("SELECT issuer, report_year, new_received, reports, copies FROM applications_by_issuer_year "
             "ORDER BY issuer, report_year") == [("乙市人民政府", 2021, 5.0, 1, 1), ("甲县人民政府", 2020, 4.0, 1, 2),
                                                 ("甲县人民政府", 2021, 7.0, 1, 1)]
    out = dict(((y, o), t) for y, o, t, _ in q("SELECT * FROM outcomes_by_year"))
    assert out[(2020, "disclosed")] == 4.0
    assert (2020, "new_received") not in out and (2020, "total") not in out
    assert out[(2020, "partially_disclosed")] == 0.0
    # raw text of a cell, contacts, issues, sections: child rows name their report by its id
    [(a_id,)] = q("SELECT id FROM reports WHERE sha256=?", [a["source"]["sha256"]])
    assert q("SELECT raw_text FROM table_cells WHERE report_id=? AND row_key='new_received' AND col_key='total'",
             [a_id]) == [("4",)]
    assert q("SELECT value FROM table_cells WHERE report_id=? AND row_key='partially_disclosed' "
             "AND col_key='natural_person'", [a_id]) == [(None,)]
    assert q("SELECT kind, value FROM contacts WHERE report_id=? ORDER BY ord", [a_id]) == [
        ("address", "某某路1号"), ("postcode", "123456"), ("phone", "0596-7362933"), ("email", "gk@example.gov.cn")]
    assert q("SELECT r.path, i.code FROM issues i JOIN reports r ON r.id = i.report_id") == [("b.txt", "sum_mismatch")]
    assert q("SELECT ord, number FROM sections WHERE report_id=? ORDER BY ord", [a_id]) == [
        (0, "一"), (1, "二")]
    assert json.loads(q("SELECT record_json FROM reports WHERE sha256=?", [c["source"]["sha256"]])[0][0]) == c
    st.close()


def test_a_reports_copy_from_its_government_site_is_chosen_over_a_mirrors(tmp_path):
    st = SqliteStore(tmp_path / "r.sqlite")
    mirror = rec("甲县人民政府\nyear=2020\nn=9\nmirror\n", "mirror/a.html")
    mirror["issues"].append({"code": "non_government_source", "severity": "info", "message": "a mirror", "path": "$.source"})
    own = rec("甲县人民政府\nyear=2020\nn=4\nmismatch=1\n", "own/a.html")  # (the own copy, even with a warning)
    untitled = rec("甲县人民政府\nyear=2020\nn=3\n", "pdf/a.pdf")
    untitled["title"] = None  # (no title read: a report of its own, never merged on its issuer and year alone)
    st.put([ok_result(mirror), ok_result(own), ok_result(untitled)])
    assert st.query("SELECT path, copies FROM distinct_reports ORDER BY path") == [("own/a.html", 2), ("pdf/a.pdf", 1)]
    assert st.query("SELECT new_received, reports, copies FROM applications_by_issuer_year") == [(7.0, 2, 3)]
    st.close()


def test_views_an_older_version_made_are_made_anew_and_current_ones_left_alone(tmp_path):
    db = tmp_path / "r.sqlite"
    SqliteStore(db).close()
    conn = sqlite3.connect(db)
    conn.execute("DROP VIEW distinct_reports")
    conn.execute("DROP VIEW applications_by_issuer_year")
    conn.execute("CREATE VIEW applications_by_issuer_year AS SELECT issuer, report_year, 0 AS new_received, "
                 "COUNT(*) AS reports FROM reports GROUP BY issuer, report_year")
    conn.commit()
    conn.close()
    st = SqliteStore(db)
    st.put([ok_result(rec("甲县人民政府\nyear=2020\nn=4\n", "a.txt"))])
    assert st.query("SELECT new_received, copies FROM applications_by_issuer_year") == [(4.0, 1)]
    st.close()
    # (a database whose views are today's: opening it makes none again, and writes nothing)
    assert S.view_ddl("sqlite", dict(sqlite3.connect(db).execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))) == []
    before = db.stat().st_mtime_ns
    SqliteStore(db).close()
    assert db.stat().st_mtime_ns == before


def test_indicators_rows():
    r = rec("丙县人民政府\nyear=2015\n", "x.txt")
    r["format"] = "pre2019"
    r["indicators"] = [{"name": "主动公开信息数", "unit": "条", "values": {"本年": 12, "上年": None}},
                       {"name": "空行", "unit": None, "values": {}}]
    rows = S.record_rows(r)["indicators"]
    assert rows == [(0, "主动公开信息数", "条", "本年", 12.0), (0, "主动公开信息数", "条", "上年", None),
                    (1, "空行", None, None, None)]


def test_upsert_replaces_children_and_is_idempotent(tmp_path):
    st = SqliteStore(tmp_path / "r.sqlite")
    a = rec("甲县人民政府\nyear=2020\nn=4\nmismatch=1\n", "a.txt")
    st.put([ok_result(a)])
    d1 = dump(tmp_path / "r.sqlite")
    st.put([ok_result(a)])
    assert dump(tmp_path / "r.sqlite") == d1
    # same sha256, changed extraction (e.g. new pipeline version): children replaced, not appended
    a2 = json.loads(json.dumps(a))
    a2["issues"] = []
    a2["sections"] = a2["sections"][:1]
    st.put([ok_result(a2)])
    assert st.query("SELECT COUNT(*) FROM issues")[0][0] == 0
    assert st.query("SELECT COUNT(*) FROM sections")[0][0] == 1
    # a path that now fails drops its report
    st.put([{"path": "a.txt", "sha256": a["source"]["sha256"], "status": "failed", "stage": "read",
             "reason": "corrupt_input", "error_type": "ReadError", "message": "x", "elapsed_ms": 1}])
    assert st.query("SELECT COUNT(*) FROM reports")[0][0] == 0
    assert st.query("SELECT COUNT(*) FROM table_cells")[0][0] == 0
    assert st.query("SELECT status, reason FROM files") == [("failed", "corrupt_input")]
    st.close()


def test_rolled_back_batch_leaves_nothing(tmp_path):
    st = SqliteStore(tmp_path / "r.sqlite")
    a = rec("甲县人民政府\nyear=2020\nn=4\n", "a.txt")
    bad = ok_result(rec("乙县人民政府\nyear=2020\nn=4\n", "b.txt"))
    bad["rows"]["sections"] = [("too few",)]  # wrong arity → the batch fails
    try:
        st.put([ok_result(a), bad])
    except sqlite3.Error:
        pass
    else:
        raise AssertionError("expected an error")
    assert st.query("SELECT COUNT(*) FROM reports") == [(0,)]
    assert st.query("SELECT COUNT(*) FROM files") == [(0,)]
    st.close()
