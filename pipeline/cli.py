"""Command line: `pipeline extract|validate|render|load|export …` (console script `pipeline`).

Exit codes: 0 all ok, 1 some files failed / invalid, 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from . import __version__


def _positive_int(s: str) -> int:
    v = int(s)
    if v < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return v


def _positive_float(s: str) -> float:
    v = float(s)
    if not v > 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return v


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pipeline", description="Government information-disclosure annual reports → JSON records")
    p.add_argument("--version", action="version", version=f"pipeline {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    e = sub.add_parser("extract", help="convert files/folders into OUT/**.json (+ .docx, database, summaries)")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (folders are walked recursively)")
    e.add_argument("--out", required=True, help="output folder")
    e.add_argument("--jobs", "-j", type=_positive_int, default=None, help="worker processes (default: CPU count)")
    e.add_argument("--timeout", type=_positive_float, default=60.0, help="wall-clock seconds per file (default 60)")
    e.add_argument("--max-memory-mb", type=_positive_int, default=1024, help="address space a worker may add to what it starts with (default 1024)")
    e.add_argument("--max-input-mb", type=_positive_int, default=100, help="refuse inputs larger than this (default 100)")
    e.add_argument("--force", action="store_true", help="redo files already in OUT with the same sha256")
    e.add_argument("--retry-failed", nargs="?", const="", default=None, metavar="REASON,...",
                   help="try again the unchanged files an earlier run failed (with these reasons, e.g. "
                        "timeout,out_of_memory; all when none is named); converted files are still skipped")
    e.add_argument("--no-docx", action="store_true", help="do not write the regenerated .docx files")
    e.add_argument("--db", default=None, help="database URL: SQLite path or postgresql://… (default OUT/reports.sqlite)")
    e.add_argument("--shard", default=None, metavar="i/N", help="process only shard i of N (1-based; by hash of relative path)")
    e.add_argument("--progress", action=argparse.BooleanOptionalAction, default=True, help="progress line on stderr")
    e.add_argument("--no-fsync", action="store_true", help=argparse.SUPPRESS)

    v = sub.add_parser("validate", help="check record JSON files against schemas/report.schema.json")
    v.add_argument("records", nargs="+", metavar="RECORD.json")

    r = sub.add_parser("render", help="render existing records to DOCX")
    r.add_argument("records", nargs="+", metavar="RECORD.json")
    r.add_argument("--out", required=True, help="output folder for the .docx files")

    lo = sub.add_parser("load", help="load OUT/**/*.json records into SQLite or PostgreSQL")
    lo.add_argument("out", metavar="OUT")
    lo.add_argument("--db", required=True, help="SQLite path or postgresql://…")

    x = sub.add_parser("export", help="write reports.csv and cells.csv (UTF-8 with BOM) from OUT's database")
    x.add_argument("out", metavar="OUT")
    x.add_argument("--csv", required=True, metavar="DIR", help="folder for the CSV files")
    x.add_argument("--db", default=None, help="database (default OUT/reports.sqlite)")

    h = sub.add_parser("report", help="(re)write OUT/report.html, summary.json, records.jsonl, errors.jsonl from OUT's database")
    h.add_argument("out", metavar="OUT")
    h.add_argument("--db", default=None)
    return p


def _err(msg: str) -> None:
    sys.stderr.write(f"pipeline: {msg}\n")
    sys.stderr.flush()


def _load_json(path: str) -> Any:
    with open(path, "rb") as fh:
        return json.loads(fh.read().decode("utf-8"))


def cmd_extract(a, convert) -> int:
    from .batch import run
    summary = run(a.inputs, a.out, jobs=a.jobs, timeout=a.timeout, max_memory_mb=a.max_memory_mb,
                  max_input_mb=a.max_input_mb, force=a.force,
                  retry_failed=None if a.retry_failed is None else [r for r in a.retry_failed.split(",") if r],
                  docx=not a.no_docx, db=a.db, shard=a.shard, progress=a.progress, convert=convert,
                  fsync=not a.no_fsync)
    return 1 if (summary.get("run") or {}).get("failed_inputs") else 0


def _postgres_errors() -> tuple:
    try:
        import psycopg
    except ImportError:
        return ()
    return (psycopg.Error,)


def cmd_validate(a) -> int:
    from .batch import get_validator
    from .errors import PipelineError
    validate = get_validator()
    bad = 0
    for path in a.records:
        try:
            rec = _load_json(path)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read JSON: {' '.join(str(e).split())}")
            bad += 1
            continue
        try:
            validate(rec)
        except PipelineError as e:
            print(f"{path}: {' '.join(str(e).split())}")
            bad += 1
    _err(f"{len(a.records) - bad} valid, {bad} invalid")
    return 1 if bad else 0


def cmd_render(a) -> int:
    from .batch import load_docx_renderer
    from .writers.jsonio import atomic_write_bytes
    render = load_docx_renderer(lambda m: _err(m))
    if render is None:
        return 2
    out = Path(a.out)
    bad = 0
    for path in a.records:
        name = Path(path).name
        name = name[: -len(".json")] if name.endswith(".json") else name
        try:
            data = render(_load_json(path))
            atomic_write_bytes(out / f"{name}.docx" if not name.endswith(".docx") else out / name, data)
        except Exception as e:  # noqa: BLE001
            print(f"{path}: {type(e).__name__}: {' '.join(str(e).split())}")
            bad += 1
    return 1 if bad else 0


def iter_record_files(out: Path):
    """(relative input path, record, None) for every record JSON under OUT (sorted), or (the file's path under OUT,
    None, why it is no record it can load) for a .json file meant as one that cannot be read, parsed or loaded: not
    valid JSON, or a record (it names its schema_version) without its source's sha256. JSON that is no record of
    ours (it names no schema_version) is left out, as OUT's own summary.json is."""
    from .batch import printable
    for dirpath, dirs, files in os.walk(out):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(".json") or name.startswith(".") or name == "summary.json":
                continue
            full = Path(dirpath) / name
            where = printable(full.relative_to(out).as_posix())
            try:
                rec = _load_json(str(full))
            except (OSError, ValueError) as e:
                yield where, None, f"cannot read it as JSON: {' '.join(str(e).split())}"
                continue
            if not (isinstance(rec, dict) and "schema_version" in rec):
                continue
            if not isinstance(rec.get("source"), dict) or not rec["source"].get("sha256"):
                yield where, None, "a record without its source's sha256"
                continue
            # the input's path as the record states it (an output name may be shortened)
            rel = rec["source"].get("path") or full.relative_to(out).as_posix()[: -len(".json")]
            yield printable(str(rel)), rec, None


def cmd_load(a) -> int:
    from .batch import get_validator, open_store
    from .errors import PipelineError
    from .writers.dbschema import record_rows
    out = Path(a.out)
    if not out.is_dir():
        _err(f"not a folder: {out}")
        return 2
    validate = get_validator()
    store = open_store(a.db, out)
    n = bad = 0
    try:
        batch = []
        for rel, rec, why in iter_record_files(out):
            if rec is not None:
                try:
                    validate(rec)
                    rows = record_rows(rec, rel)
                except (PipelineError, LookupError, TypeError, ValueError, AttributeError) as e:
                    why = f"not a valid record: {' '.join(str(e).split())[:300]}"
            if why:
                _err(f"not loaded: {rel}: {why}")
                bad += 1
                continue
            src = rec["source"]
            batch.append({"path": rel, "sha256": src["sha256"], "status": "ok", "source_format": src.get("format"),
                          "report_format": rec.get("format"), "report_year": rec.get("report_year"),
                          "issuer": rec.get("issuer"), "elapsed_ms": None, "rows": rows})
            if len(batch) >= 500:
                store.put(batch)
                n += len(batch)
                batch = []
        store.put(batch)
        n += len(batch)
        store.add_query_indexes()
    finally:
        store.close()
    _err(f"loaded {n} records into {a.db}" + (f"; {bad} files not loaded (above)" if bad else ""))
    return 1 if bad else 0


def _existing_store(a):
    """OUT's database (or --db) for commands that read an earlier run; None after a
    one-line error when there is none."""
    from .batch import open_store
    out = Path(a.out)
    if a.db is None and not (out / "reports.sqlite").exists():
        _err(f"no database at {out / 'reports.sqlite'} (run extract first or pass --db)")
        return None
    return open_store(a.db, out)


def cmd_export(a) -> int:
    from .writers.csv_export import export_csv
    store = _existing_store(a)
    if store is None:
        return 2
    try:
        counts = export_csv(store, Path(a.csv))
    finally:
        store.close()
    _err(f"wrote {counts['reports']} reports and {counts['cells']} cells to {a.csv}")
    return 0


def cmd_report(a) -> int:
    from .batch import finalize
    store = _existing_store(a)
    if store is None:
        return 2
    try:
        finalize(Path(a.out), store)
    finally:
        store.close()
    return 0


def main(argv: Sequence[str] | None = None, *, convert: Callable | None = None) -> int:
    """Entry point. `convert` replaces pipeline.convert.convert (tests, embedding)."""
    import sqlite3

    from .batch import UsageError
    from .writers.dbschema import SchemaMismatch
    parser = build_parser()
    try:
        a = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as e:
        return int(e.code or 0) if not isinstance(e.code, str) else 2
    try:
        if a.command == "extract":
            return cmd_extract(a, convert)
        if a.command == "validate":
            return cmd_validate(a)
        if a.command == "render":
            return cmd_render(a)
        if a.command == "load":
            return cmd_load(a)
        if a.command == "export":
            return cmd_export(a)
        if a.command == "report":
            return cmd_report(a)
    except (UsageError, SchemaMismatch) as e:
        _err(str(e))
        return 2
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except (OSError, sqlite3.Error, *_postgres_errors()) as e:
        # the disk full, the database locked, gone or unreachable: said in one line (for extract, whose run failed
        # so for every file left, with how to go on)
        said = ' '.join(str(e).split()) or type(e).__name__
        _err(f"the run stopped: {said}. What was committed is kept: run the same command again to go on"
             if a.command == "extract" else f"{a.command} stopped: {said}")
        return 1
    parser.print_usage(sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
