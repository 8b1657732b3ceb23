"""PostgreSQL writer (psycopg 3): the same schema as SQLite (dbschema), JSONB record_json.

`put(results)` is one transaction per batch: child rows of the replaced reports
are deleted, reports upserted (ON CONFLICT), child rows loaded with COPY, the
manifest (`files`) upserted. Idempotent by sha256; the smallest path wins when
several inputs share a sha256 (same rule as SQLite).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from . import dbschema as S

FILE_COLS = S.columns("files")


#: advisory lock that serializes schema changes (shards starting or finishing at once)
_SCHEMA_LOCK = 872364501
#: advisory-lock namespace (first key) of the per-sha256 locks of `put`
_SHA_LOCKS = 872364502


def _lock_key(sha: str) -> int:
    """A sha256's advisory-lock key (a signed 32-bit int; a clash only makes two loads wait)."""
    return int(sha[:8], 16) - (1 << 31)


class PostgresStore:
    dialect = "postgres"

    def __init__(self, url: str):
        import psycopg

        self.psycopg = psycopg
        self.conn = psycopg.connect(url, autocommit=False)
        try:
            with self.conn.transaction():
                with self.conn.cursor() as cur:
                    # serialize concurrent schema creation (several shards starting at once)
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                    for stmt in S.ddl("postgres", query_indexes=False):
                        cur.execute(stmt)
                    cur.execute("SELECT table_name, column_name FROM information_schema.columns "
                                "WHERE table_schema = current_schema()")
                    found: dict[str, list[str]] = {}
                    for table, column in cur.fetchall():
                        found.setdefault(table, []).append(column)
                    S.check_layout(found)  # (before the views, which read the tables' columns)
                    for stmt in S.view_ddl("postgres"):
                        cur.execute(stmt)
        except S.SchemaMismatch:
            self.conn.close()
            raise
        self.conn.commit()

    def add_query_indexes(self) -> None:
        """Create the indexes that serve queries only (see SqliteStore.add_query_indexes).

        One transaction per index: building one locks its table against writes, and a shard
        that holds that lock while it waits for another table deadlocks with a shard still
        loading (which writes both)."""
        for stmt in S.index_ddl():
            with self.conn.transaction(), self.conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))  # one shard at a time
                cur.execute(stmt)
        self.conn.commit()

    def previous(self, paths: list[str]) -> dict[str, tuple[str, str, str | None]]:
        """path -> (sha256, status, reason) for those of `paths` the manifest holds."""
        with self.conn.cursor() as cur:
            cur.execute("SELECT path, sha256, status, reason FROM files WHERE path = ANY(%s)", (list(paths),))
            rows = cur.fetchall()
        self.conn.commit()
        return {p: (s, st, why) for p, s, st, why in rows}

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self.conn.cursor() as cur:
            cur.execute(sql.replace("?", "%s"), tuple(params))
            rows = cur.fetchall() if cur.description else []
        self.conn.commit()
        return [tuple(r) for r in rows]

    def iter_query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[tuple]:
        """The rows of `sql` through a server-side cursor (memory stays flat on any table size)."""
        with self.conn.transaction(), self.conn.cursor(name=f"pipeline_iter_{id(self)}") as cur:
            cur.itersize = 2000
            cur.execute(sql.replace("?", "%s"), tuple(params))
            for row in cur:
                yield tuple(row)
        self.conn.commit()

    def failed(self, e: BaseException) -> bool:
        """Is `e` the database failing whatever it is given (the connection lost, its disk full, the server
        shutting down or read-only), rather than refusing one result?"""
        # (OperationalError holds DiskFull, the other InsufficientResources, AdminShutdown and a lost connection)
        return isinstance(e, (self.psycopg.OperationalError, self.psycopg.errors.ReadOnlySqlTransaction))

    def put(self, results: list[dict[str, Any]]) -> None:
        if not results:
            return
        with self.conn.transaction(), self.conn.cursor() as cur:
            paths = [r["path"] for r in results]
            cur.execute("SELECT path, sha256 FROM files WHERE path = ANY(%s)", (paths,))
            prev = dict(cur.fetchall())
            # the winning row per sha256 within this batch: smallest path
            best: dict[str, dict] = {}
            for r in results:
                if r["status"] == "ok":
                    rows = r["rows"]
                    b = best.get(rows["sha256"])
                    if b is None or rows["path"] < b["path"]:
                        best[rows["sha256"]] = rows
            # Shards load at once and share contents (mirror copies): lock each sha256 this batch
            # may write or orphan, in one order, so what is read below is what the others committed
            shas_touched = sorted({_lock_key(sha) for sha in [*best, *prev.values()] if sha})
            if shas_touched:
                cur.execute("SELECT pg_advisory_xact_lock(%s, k) FROM (SELECT k FROM unnest(%s::int[]) AS k ORDER BY k) s",
                            (_SHA_LOCKS, shas_touched))
            if best:
                cur.execute("SELECT sha256, path FROM reports WHERE sha256 = ANY(%s)", (list(best),))
                existing = dict(cur.fetchall())
                replace = [rows for sha, rows in best.items() if sha not in existing or rows["path"] <= existing[sha]]
            else:
                replace = []
            if replace:
                shas = [rows["sha256"] for rows in replace]
                self._delete_reports(cur, shas)
                self._copy(cur, "reports", [rows["report"] for rows in replace])
                cur.execute("SELECT sha256, id FROM reports WHERE sha256 = ANY(%s)", (shas,))
                ids = dict(cur.fetchall())
                for t in S.CHILD_TABLES:
                    self._copy(cur, t, [(ids[rows["sha256"]],) + row for rows in replace for row in rows[t]])
            # manifest rows (last result per path wins)
            by_path = {r["path"]: r for r in results}
            ph = ", ".join(["%s"] * len(FILE_COLS))
            upd = ", ".join(f"{c} = EXCLUDED.{c}" for c in FILE_COLS if c != "path")
            cur.executemany(
                f"INSERT INTO files ({', '.join(FILE_COLS)}) VALUES ({ph}) ON CONFLICT (path) DO UPDATE SET {upd}",
                [tuple(r.get(c) for c in FILE_COLS) for r in by_path.values()])
            orphans = {sha for p, sha in prev.items()
                       if sha and (by_path[p].get("sha256") != sha or by_path[p]["status"] != "ok")}
            for sha in orphans:
                cur.execute("SELECT 1 FROM files WHERE sha256 = %s AND status = 'ok' LIMIT 1", (sha,))
                if cur.fetchone() is None:
                    self._delete_reports(cur, [sha])

    @staticmethod
    def _delete_reports(cur, shas: list[str]) -> None:
        """Delete the reports of these sha256 and their child rows."""
        for t in S.CHILD_TABLES:
            cur.execute(f"DELETE FROM {t} WHERE report_id IN (SELECT id FROM reports WHERE sha256 = ANY(%s))", (shas,))
        cur.execute("DELETE FROM reports WHERE sha256 = ANY(%s)", (shas,))

    @staticmethod
    def _copy(cur, table: str, rows: list[tuple]) -> None:
        if not rows:
            return
        cols = S.written_columns(table)
        with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row(row)

    def close(self) -> None:
        try:
            self.conn.commit()
        finally:
            self.conn.close()


def dump(url: str, *, include_files: bool = True) -> dict[str, list[tuple]]:
    """All data rows, sorted and in SQLite-comparable form (record_json as compact text)."""
    import json

    import psycopg

    out = {}
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for t in S.DATA_TABLES + (("files",) if include_files else ()):
            cur.execute(S.dump_query(t))
            rows = []
            for row in cur.fetchall():
                row = tuple(json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                            if isinstance(v, (dict, list)) else v for v in row)
                rows.append(row)
            out[t] = sorted(rows, key=lambda row: tuple((x is None, str(x)) for x in row))
    return out
