"""PostgreSQL writer against a REAL server; same rows as SQLite for the same records.

Set PIPELINE_TEST_PG to a libpq URL, e.g.
  postgresql://postgres@localhost:5432/postgres
  postgresql:///pipeline_test?host=/var/run/postgresql
Without it the tests skip — except when CI=true, where they fail.
Each test works in its own schema (search_path), dropped afterwards.
"""
from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import fake_convert, make_tree  # noqa: E402

from pipeline import batch  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.writers import sqlite as sqlw  # noqa: E402

PG_URL = os.environ.get("PIPELINE_TEST_PG")


def _server_or_fail():
    if not PG_URL:
        msg = "PIPELINE_TEST_PG is not set"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{msg} (CI=true: a PostgreSQL server is required)")
        pytest.skip(msg)
    import psycopg
    try:
        psycopg.connect(PG_URL, connect_timeout=5).close()
    except psycopg.Error as e:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL at PIPELINE_TEST_PG unreachable: {e}")
        pytest.skip(f"PostgreSQL unreachable: {e}")


def with_search_path(url: str, schema: str) -> str:
    # (urlunsplit would turn postgresql:///db into postgresql:/db)
    return url + ("&" if "?" in url else "?") + urlencode({"options": f"-csearch_path={schema}"})


@pytest.fixture
def pg_url():
    _server_or_fail()
    import psycopg
    schema = "pipeline_test_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(PG_URL, schema)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as c:
            c.execute(f"DROP SCHEMA {schema} CASCADE")


def _sqlite_dump_comparable(path):
    import json
    d = sqlw.dump(path)
    # record_json: compare as canonical JSON (JSONB does not keep key order)
    d["reports"] = sorted(
        (row[:-1] + (json.dumps(json.loads(row[-1]), ensure_ascii=False, separators=(",", ":"), sort_keys=True),)
         for row in d["reports"]), key=lambda row: tuple((x is None, str(x)) for x in row))
    return d


def test_extract_into_postgres_equals_sqlite(tmp_path, pg_url):
    from pipeline.writers.postgres import dump as pg_dump
    inp = make_tree(tmp_path, 12, {"bad/empty.txt": b"", "dup.txt": "测试县人民政府0\nyear=2018\nn=0\n".encode(),
                                   "copy.txt": "测试县人民政府1\nyear=2019\nn=99\nmismatch=1\n".encode()})  # (r001's report)
    s_lite = batch.run([str(inp)], str(tmp_path / "o_sqlite"), jobs=2, convert=fake_convert, docx=False,
                       progress=False, fsync=False)
    s_pg = batch.run([str(inp)], str(tmp_path / "o_pg"), jobs=2, convert=fake_convert, docx=False,
                     progress=False, fsync=False, db=pg_url)
    assert s_lite["by_status"] == s_pg["by_status"] == {"ok": 14, "failed": 1}
    lite = _sqlite_dump_comparable(tmp_path / "o_sqlite" / "reports.sqlite")
    pg = pg_dump(pg_url)
    for table in lite:
        assert pg[table] == lite[table], table
    # idempotent: a re-run skips everything, a forced re-run changes nothing
    s2 = batch.run([str(inp)], str(tmp_path / "o_pg"), jobs=2, convert=fake_convert, docx=False,
                   progress=False, fsync=False, db=pg_url)
    assert s2["run"]["processed"] == 0
    batch.run([str(inp)], str(tmp_path / "o_pg"), jobs=2, convert=fake_convert, docx=False,
              progress=False, fsync=False, db=pg_url, force=True)
    assert pg_dump(pg_url) == pg
    # views exist and agree with SQLite
    from pipeline.writers.postgres import PostgresStore
    from pipeline.writers.sqlite import SqliteStore
    ps, ls = PostgresStore(pg_url), SqliteStore(tmp_path / "o_sqlite" / "reports.sqlite")
    try:
        # (a report's ids are the order each database loaded it in)
        for view, columns in [("distinct_reports", "sha256, path, title, issuer, report_year, copies"),
                              ("applications_by_issuer_year", "*"), ("outcomes_by_year", "*")]:
            a = sorted(ps.query(f"SELECT {columns} FROM {view}"), key=str)
            b = sorted(ls.query(f"SELECT {columns} FROM {view}"), key=str)
            assert [tuple(float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else x for x in r)
                    for r in a] == [tuple(float(x) if isinstance(x, (int, float)) else x for x in r) for r in b]
            assert a
        assert ps.query("SELECT path, copies FROM distinct_reports WHERE copies > 1") == [("a/r001.txt", 2)]
        assert ps.query("SELECT jsonb_typeof(record_json) FROM reports LIMIT 1") == [("object",)]
        # streamed reads (server-side cursor) give what a plain query gives; CSV exports agree
        sql = ("SELECT r.sha256, c.table_name, c.row_key, c.col_key, c.value, c.raw_text "
               "FROM table_cells c JOIN reports r ON r.id = c.report_id ORDER BY 1, 2, 3, 4")
        assert list(ps.iter_query(sql)) == ps.query(sql)
        assert len(ps.query(sql)) == ls.query("SELECT COUNT(*) FROM table_cells")[0][0] > 0
        from pipeline.writers.csv_export import export_csv
        assert export_csv(ps, tmp_path / "csv_pg") == export_csv(ls, tmp_path / "csv_lite")
        for name in ("reports.csv", "cells.csv"):
            assert (tmp_path / "csv_pg" / name).read_bytes() == (tmp_path / "csv_lite" / name).read_bytes()
    finally:
        ps.close()
        ls.close()


def test_load_command_into_postgres(tmp_path, pg_url):
    from pipeline.writers.postgres import dump as pg_dump
    inp = make_tree(tmp_path, 6)
    out = tmp_path / "out"
    batch.run([str(inp)], str(out), jobs=1, convert=fake_convert, docx=False, progress=False, fsync=False)
    assert main(["load", str(out), "--db", pg_url]) == 0
    assert main(["load", str(out), "--db", pg_url]) == 0  # idempotent
    lite = _sqlite_dump_comparable(out / "reports.sqlite")
    pg = pg_dump(pg_url)
    for table in sqlw.dump(out / "reports.sqlite", include_files=False):
        assert pg[table] == lite[table], table
    assert [r[:3] for r in pg["files"]] == [r[:3] for r in lite["files"]]


def test_a_database_of_the_older_layout_is_refused(pg_url):
    """Child tables keyed by sha256 (before report ids): a one-line error, exit code 2."""
    import psycopg

    from pipeline.writers.dbschema import SchemaMismatch
    from pipeline.writers.postgres import PostgresStore
    with psycopg.connect(pg_url, autocommit=True) as c:
        c.execute("CREATE TABLE issues (sha256 TEXT, ord BIGINT, code TEXT, severity TEXT, message TEXT, path TEXT)")
    with pytest.raises(SchemaMismatch, match="table issues has no report_id"):
        PostgresStore(pg_url)


def test_views_an_older_version_made_are_replaced(tmp_path, pg_url):
    """A database whose 表三 view summed every copy of a report: opened again, it counts each report once."""
    import psycopg

    from pipeline.writers.postgres import PostgresStore
    PostgresStore(pg_url).conn.close()
    with psycopg.connect(pg_url, autocommit=True) as c:
        c.execute("DROP VIEW applications_by_issuer_year, outcomes_by_year, distinct_reports")
        c.execute("CREATE VIEW applications_by_issuer_year AS SELECT r.issuer AS issuer, r.report_year AS report_year, "
                  "SUM(c.value) AS new_received, COUNT(*) AS reports FROM reports r JOIN table_cells c "
                  "ON c.report_id = r.id WHERE c.table_name = 'applications' AND c.row_key = 'new_received' "
                  "AND c.col_key = 'total' GROUP BY r.issuer, r.report_year")
    inp = make_tree(tmp_path, 2, {"copy.txt": "测试县人民政府1\nyear=2019\nn=99\nmismatch=1\n".encode()})
    batch.run([str(inp)], str(tmp_path / "out"), jobs=1, convert=fake_convert, docx=False, progress=False, fsync=False,
              db=pg_url)
    store = PostgresStore(pg_url)
    try:
        rows = store.query("SELECT issuer, new_received, reports, copies FROM applications_by_issuer_year ORDER BY issuer")
        assert [(i, float(n), r, int(c)) for i, n, r, c in rows] == [("测试县人民政府0", 0.0, 1, 1), ("测试县人民政府1", 1.0, 1, 2)]
    finally:
        store.conn.close()


def _convert_with_nul(data: bytes, rel: str) -> dict:
    rec = fake_convert(data, rel)
    if b"NUL" in data:
        rec["issuer"] = "测试县\x00人民政府"  # valid JSON and SQLite text; PostgreSQL refuses it
    return rec


def test_a_record_the_database_refuses_costs_its_file_only(tmp_path, pg_url):
    inp = make_tree(tmp_path, 6, {"z/nul.txt": "测试县人民政府\nyear=2021\nNUL\n".encode("utf-8")})
    out = tmp_path / "out"
    s = batch.run([str(inp)], str(out), jobs=2, convert=_convert_with_nul, docx=False, progress=False, fsync=False,
                  db=pg_url, batch_size=64)
    assert (s["run"]["ok"], s["run"]["failed"]) == (6, 1)
    errs = [json.loads(ln) for ln in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["path"], e["stage"], e["reason"]) for e in errs] == [("z/nul.txt", "load", "db_rejected")]
    assert not (out / "z" / "nul.txt.json").exists()
    from pipeline.writers.postgres import PostgresStore
    ps = PostgresStore(pg_url)
    try:
        assert ps.query("SELECT COUNT(*) FROM reports") == [(6,)]
        assert ps.query("SELECT status, reason FROM files WHERE path = 'z/nul.txt'") == [("failed", "db_rejected")]
    finally:
        ps.close()
    # the next run tries it again only when it changed, like any failed file
    assert batch.run([str(inp)], str(out), jobs=1, convert=_convert_with_nul, docx=False, progress=False,
                     fsync=False, db=pg_url)["run"]["processed"] == 0


def test_a_lost_connection_stops_the_run_keeping_the_outputs_and_a_rerun_goes_on(tmp_path, pg_url, monkeypatch):
    """The server ending the connection (a restart, an administrator, a network cut) fails every result alike: the
    run stops with the server's error, no file is failed as db_rejected nor loses its outputs for it, and the same
    command run again ends with the database and files of an uninterrupted run."""
    import psycopg

    from pipeline.writers.postgres import PostgresStore
    from pipeline.writers.postgres import dump as pg_dump

    inp = make_tree(tmp_path, 200)
    kw = dict(jobs=1, convert=fake_convert, docx=False, progress=False, fsync=False)
    put = PostgresStore.put
    calls = []

    def cut_after_the_first(self, results):
        calls.append([r["path"] for r in results])
        if len(calls) == 2:  # the server ends this connection
            with psycopg.connect(PG_URL, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (self.conn.info.backend_pid,))
        return put(self, results)

    monkeypatch.setattr(PostgresStore, "put", cut_after_the_first)
    out = tmp_path / "out"
    with pytest.raises(psycopg.OperationalError):
        batch.run([str(inp)], str(out), db=pg_url, batch_size=64, **kw)
    monkeypatch.setattr(PostgresStore, "put", put)
    ps = PostgresStore(pg_url)
    try:
        assert ps.query("SELECT status, COUNT(*) FROM files GROUP BY status") == [("ok", len(calls[0]))]
    finally:
        ps.close()
    assert all((out / f"{path}.json").exists() for path in calls[1])  # (the outputs of the batch it lost are kept)
    batch.run([str(inp)], str(out), db=pg_url, **kw)
    ref = tmp_path / "ref.sqlite"
    batch.run([str(inp)], str(tmp_path / "ref"), db=str(ref), **kw)
    assert pg_dump(pg_url) == _sqlite_dump_comparable(ref)


def _run_shard(inp: str, out: str, shard: str, url: str) -> None:
    s = batch.run([inp], out, jobs=1, convert=fake_convert, docx=False, progress=False, fsync=False,
                  db=url, shard=shard, batch_size=1)
    os._exit(0 if s["run"]["ok"] == s["run"]["processed"] else 3)


def test_concurrent_shards_with_the_same_content_into_one_database(tmp_path, pg_url):
    """Mirror copies: the same bytes at many paths, split over two shards loading at once.
    Both insert the same sha256; the loser of the race retries and the smallest path wins."""
    import multiprocessing as mp

    inp = tmp_path / "in"
    for i in range(240):
        p = inp / f"m{i % 6}" / f"copy{i:03d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"测试县人民政府{i % 3}\nyear=2021\nn={i % 4}\n", encoding="utf-8")  # 12 distinct contents
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_run_shard, args=(str(inp), str(tmp_path / f"o{k}"), f"{k}/2", pg_url))
             for k in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    errors = [(tmp_path / f"o{k}" / "errors.jsonl").read_text(encoding="utf-8") for k in (1, 2)
              if (tmp_path / f"o{k}" / "errors.jsonl").exists()]
    assert [p.exitcode for p in procs] == [0, 0], errors
    from pipeline.writers.postgres import PostgresStore
    ps = PostgresStore(pg_url)
    try:
        assert ps.query("SELECT status, COUNT(*) FROM files GROUP BY status") == [("ok", 240)]
        assert ps.query("SELECT COUNT(*) FROM reports") == [(12,)]
        assert ps.query("SELECT bool_and(r.path = f.first) FROM reports r JOIN "
                        "(SELECT sha256, MIN(path) AS first FROM files GROUP BY sha256) f ON f.sha256 = r.sha256") == [(True,)]
    finally:
        ps.close()
