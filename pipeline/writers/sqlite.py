"""SQLite writer: normalized tables (see dbschema) in WAL mode, upsert by sha256.

`SqliteStore.put(results)` writes a batch of per-file results in ONE transaction:
for an ok file the report's child rows are deleted and re-inserted and the
manifest row (`files`) is upserted; for a failed file only the manifest row.
A run killed at any moment therefore leaves the database at a batch boundary.

Determinism: when several input paths have the same sha256, the report row is
the one from the smallest path, whatever order the files were processed in.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import dbschema as S

FILE_COLS = S.columns("files")


def _files_row(r: dict[str, Any]) -> tuple:
    return tuple(r.get(c) if c != "path" else r["path"] for c in FILE_COLS)


#: SQLite's primary result codes of a database that fails whatever is written (SQLITE_READONLY, SQLITE_IOERR,
#: SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN)
_STORE_FAILED = frozenset({8, 10, 11, 13, 14})


class SqliteStore:
    dialect = "sqlite"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=OFF")
        self.conn.execute("BEGIN")
        for stmt in S.ddl("sqlite", query_indexes=False):
            self.conn.execute(stmt)
        self.conn.execute("COMMIT")
        try:
            S.check_layout({t: [r[1] for r in self.conn.execute(f"PRAGMA table_info({t})")] for t in S.TABLES})
        except S.SchemaMismatch:
            self.conn.close()
            raise
        views = dict(self.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
        stmts = S.view_ddl("sqlite", views)
        if stmts:
            self.conn.execute("BEGIN")
            for stmt in stmts:
                self.conn.execute(stmt)
            self.conn.execute("COMMIT")
        self._insert = {t: f"INSERT INTO {t} ({', '.join(S.written_columns(t))}) "
                           f"VALUES ({','.join('?' * len(S.written_columns(t)))})" for t in S.DATA_TABLES}

    # --- reading -----------------------------------------------------------
    def previous(self, paths: list[str]) -> dict[str, tuple[str, str, str | None]]:
        """path -> (sha256, status, reason) for those of `paths` the manifest holds (a run asks for
        its files a few hundred at a time, so it never holds the whole manifest)."""
        found = {}
        for i in range(0, len(paths), 500):
            part = paths[i:i + 500]
            sql = f"SELECT path, sha256, status, reason FROM files WHERE path IN ({','.join('?' * len(part))})"
            found.update((p, (s, st, why)) for p, s, st, why in self.conn.execute(sql, part))
        return found

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        return list(self.conn.execute(sql, tuple(params)))

    def iter_query(self, sql: str, params: Iterable[Any] = (), batch: int = 1000) -> Iterator[tuple]:
        """The rows of `sql`, `batch` at a time (memory stays flat on any table size; rows holding
        whole records want a small batch)."""
        cur = self.conn.execute(sql, tuple(params))
        while rows := cur.fetchmany(batch):
            yield from rows

    # --- writing -----------------------------------------------------------
    def _delete_report(self, report_id: int) -> None:
        for t in S.CHILD_TABLES:
            self.conn.execute(f"DELETE FROM {t} WHERE report_id = ?", (report_id,))
        self.conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))

    def _insert_rows(self, rows: dict[str, Any]) -> None:
        report_id = self.conn.execute(self._insert["reports"], rows["report"]).lastrowid
        key = (report_id,)
        for t in S.CHILD_TABLES:
            if rows[t]:
                self.conn.executemany(self._insert[t], [key + row for row in rows[t]])

    def put(self, results: list[dict[str, Any]]) -> None:
        """Write a batch of results (status ok/failed) in one transaction."""
        if not results:
            return
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            orphans: set[str] = set()
            for r in results:
                prev = c.execute("SELECT sha256 FROM files WHERE path = ?", (r["path"],)).fetchone()
                if prev and prev[0] and (prev[0] != r.get("sha256") or r["status"] != "ok"):
                    orphans.add(prev[0])
                if r["status"] == "ok":
                    rows = r["rows"]
                    cur = c.execute("SELECT id, path FROM reports WHERE sha256 = ?", (rows["sha256"],)).fetchone()
                    if cur is not None and rows["path"] <= cur[1]:
                        # child rows exist only with their report row (one transaction per batch)
                        self._delete_report(cur[0])
                    if cur is None or rows["path"] <= cur[1]:
                        self._insert_rows(rows)
                ph = ",".join("?" * len(FILE_COLS))
                c.execute(f"INSERT OR REPLACE INTO files VALUES ({ph})", _files_row(r))
            for sha in orphans:
                still = c.execute(
                    "SELECT 1 FROM files WHERE sha256 = ? AND status = 'ok' LIMIT 1", (sha,)).fetchone()
                report = None if still else c.execute("SELECT id FROM reports WHERE sha256 = ?", (sha,)).fetchone()
                if report:
                    self._delete_report(report[0])
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:  # (SQLite ends it itself on some errors: a full disk, a full database)
                c.execute("ROLLBACK")
            raise

    @staticmethod
    def failed(e: BaseException) -> bool:
        """Is `e` the database failing whatever it is given (its disk full or failing, the file read-only), rather
        than refusing one result?"""
        return isinstance(e, OSError) or (isinstance(e, sqlite3.Error)
                                          and (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF in _STORE_FAILED)

    def add_query_indexes(self) -> None:
        """Create the indexes that serve queries only (built once after a bulk load; once
        they exist, later writes keep them up to date). Built at the end of a run, when the
        workers are gone: SQLite may sort with a helper thread per core."""
        self.conn.execute(f"PRAGMA threads = {min(8, os.cpu_count() or 1)}")
        for stmt in S.index_ddl():
            self.conn.execute(stmt)

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.conn.close()


def dump(path: str | os.PathLike, *, include_files: bool = True) -> dict[str, list[tuple]]:
    """All data rows, sorted, for comparing two databases (tests, audits).

    Reports are named by sha256, not by their id (which depends on the order of the
    load); the manifest's elapsed_ms is left out (it differs between runs).
    """
    conn = sqlite3.connect(str(path))
    try:
        out = {}
        for t in S.DATA_TABLES + (("files",) if include_files else ()):
            out[t] = sorted(conn.execute(S.dump_query(t)).fetchall(),
                            key=lambda row: tuple((x is None, str(x)) for x in row))
        return out
    finally:
        conn.close()
