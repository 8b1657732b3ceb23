"""The command line: extract / validate / render / load / export, exit codes, hostile batch."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import fake_convert, fake_record, make_tree, read_jsonl  # noqa: E402

from pipeline.cli import main  # noqa: E402
from pipeline.writers import sqlite as sqlw  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "pipeline", *args], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          timeout=timeout)


def real_convert_available() -> bool:
    try:
        import pipeline.convert  # noqa: F401
        return True
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            raise
        return False


# --- usage errors (exit 2) -------------------------------------------------------

def test_usage_errors(tmp_path):
    assert cli().returncode == 2
    assert cli("extract", "--out", str(tmp_path / "o")).returncode == 2          # no input
    r = cli("extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "input not found" in r.stderr
    assert cli("extract", str(tmp_path), "--out", str(tmp_path / "o"), "--jobs", "0").returncode == 2
    assert cli("extract", str(tmp_path), "--out", str(tmp_path / "o"), "--timeout", "-1").returncode == 2
    r = cli("extract", str(tmp_path), "--out", str(tmp_path / "o"), "--shard", "3/2")
    assert r.returncode == 2 and "shard" in r.stderr
    assert cli("frobnicate").returncode == 2
    assert cli("--version").returncode == 0
    assert cli("export", str(tmp_path / "nothing"), "--csv", str(tmp_path / "c")).returncode == 2


def test_an_output_or_database_that_cannot_be_used_is_one_line_and_exit_2(tmp_path):
    inp = make_tree(tmp_path, 2)
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    (tmp_path / "not_a_db").write_bytes(b"this is not an SQLite database, not at all" * 100)
    cases = [
        (["--out", str(tmp_path / "a_file")], "cannot make the output folder"),
        (["--out", str(tmp_path / "o"), "--db", str(tmp_path / "not_a_db")], "cannot use the SQLite database"),
        (["--out", str(tmp_path / "o"), "--db", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=5"],
         "cannot use the PostgreSQL database"),
    ]
    for args, says in cases:
        r = cli("extract", str(inp), *args, "--no-docx", "--no-progress")
        assert r.returncode == 2, r.stderr
        assert r.stderr.count("\n") == 1 and says in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_a_database_that_fails_mid_run_stops_it_in_one_line_and_a_rerun_goes_on(tmp_path, monkeypatch, capsys):
    import sqlite3

    inp = make_tree(tmp_path, 4)
    out = tmp_path / "out"

    def disk_full(self, results):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlw.SqliteStore, "put", disk_full)
    assert main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress", "--jobs", "1"],
                convert=fake_convert) == 1
    err = capsys.readouterr().err
    assert "the run stopped: database or disk is full" in err and "Traceback" not in err
    monkeypatch.undo()
    assert main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress"], convert=fake_convert) == 0
    assert len(read_jsonl(out / "records.jsonl")) == 4


def test_main_in_process_exit_codes(tmp_path):
    inp = make_tree(tmp_path, 3)
    out = tmp_path / "out"
    assert main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress", "-j", "1"],
                convert=fake_convert) == 0
    (inp / "z_empty.txt").write_bytes(b"")
    assert main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress"], convert=fake_convert) == 1
    assert main(["extract", str(tmp_path / "nope"), "--out", str(out)], convert=fake_convert) == 2


def test_single_file_input_and_shards(tmp_path):
    inp = make_tree(tmp_path, 10)
    out = tmp_path / "single"
    assert main(["extract", str(inp / "a" / "r001.txt"), "--out", str(out), "--no-docx", "--no-progress"],
                convert=fake_convert) == 0
    assert (out / "r001.txt.json").exists()
    total = []
    for i in (1, 2, 3):
        o = tmp_path / f"shard{i}"
        assert main(["extract", str(inp), "--out", str(o), "--shard", f"{i}/3", "--no-docx", "--no-progress"],
                    convert=fake_convert) == 0
        total += [r["source"]["path"] for r in read_jsonl(o / "records.jsonl")]
    assert sorted(total) == sorted(r for _, r in __import__("pipeline.batch").batch.Inputs([inp]))


def test_validate_command(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(fake_record("某县人民政府\nyear=2020\n".encode(), "x.txt"), ensure_ascii=False),
                    encoding="utf-8")
    bad_rec = fake_record(b"x\nyear=2020\n", "y.txt")
    bad_rec["report_year"] = "2020"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_rec), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    r = cli("validate", str(good))
    assert r.returncode == 0, r.stdout + r.stderr
    r = cli("validate", str(good), str(bad), str(broken))
    assert r.returncode == 1
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}: ") and "report_year" in lines[0]
    assert lines[1].startswith(f"{broken}: ")


def test_export_csv_and_load_sqlite(tmp_path):
    inp = make_tree(tmp_path, 4, {"z/copy.txt": "测试县人民政府1\nyear=2019\nn=7\nmismatch=1\n".encode()})  # (a/r001's)
    out = tmp_path / "out"
    assert main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress"], convert=fake_convert) == 0
    r = cli("export", str(out), "--csv", str(tmp_path / "csv"))
    assert r.returncode == 0, r.stderr
    raw = (tmp_path / "csv" / "reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((tmp_path / "csv" / "reports.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 5 and rows[0]["issuer"].startswith("测试县")
    assert "record_json" not in rows[0]
    # a report held twice: its copy with fewer warnings is the one counted
    assert {r["path"]: r["distinct"] for r in rows} == {"a/r001.txt": "1", "a/r003.txt": "1", "b/r000.txt": "1",
                                                       "b/r002.txt": "1", "z/copy.txt": "0"}
    cells = list(csv.DictReader((tmp_path / "csv" / "cells.csv").open(encoding="utf-8-sig")))
    nr = [c for c in cells if c["row_key"] == "new_received" and c["col_key"] == "total"]
    assert len(nr) == 5 and all(c["value"].isdigit() for c in nr)  # integers print without .0
    assert sum(int(c["value"]) for c in nr if c["distinct"] == "1") == 0 + 1 + 2 + 3
    # load OUT into a fresh database: the same data rows
    r = cli("load", str(out), "--db", str(tmp_path / "copy.sqlite"))
    assert r.returncode == 0, r.stderr
    assert sqlw.dump(tmp_path / "copy.sqlite", include_files=False) == sqlw.dump(out / "reports.sqlite",
                                                                                 include_files=False)


def test_load_says_which_files_it_could_not_load_and_loads_the_rest(tmp_path):
    """A record damaged on disk (cut short, not UTF-8), one without its source's sha256 and one the schema refuses
    are each named with why, and the run ends with exit code 1; JSON that is no record of ours is left alone."""
    inp = make_tree(tmp_path, 6)
    out = tmp_path / "out"
    assert main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress", "--jobs", "1"],
                convert=fake_convert) == 0
    cut = out / "a" / "r001.txt.json"
    cut.write_bytes(cut.read_bytes()[:200])
    (out / "a" / "r003.txt.json").write_bytes(b"\xff\xfe" + (out / "a" / "r003.txt.json").read_bytes())
    rec = json.loads((out / "b" / "r000.txt.json").read_text(encoding="utf-8"))
    rec["source"]["sha256"] = None
    (out / "b" / "r000.txt.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    rec = json.loads((out / "b" / "r002.txt.json").read_text(encoding="utf-8"))
    rec["report_year"] = "去年"
    (out / "b" / "r002.txt.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    (out / "notes.json").write_text('{"mine": true}', encoding="utf-8")
    r = cli("load", str(out), "--db", str(tmp_path / "copy.sqlite"))
    assert r.returncode == 1
    said = [line for line in r.stderr.splitlines() if line.startswith("pipeline: not loaded: ")]
    assert [line.split(": ")[2] for line in said] == ["a/r001.txt.json", "a/r003.txt.json", "b/r000.txt.json",
                                                      "b/r002.txt"]
    assert "cannot read it as JSON" in said[0] and "utf-8" in said[1] and "sha256" in said[2]
    assert "not a valid record" in said[3] and "report_year" in said[3]
    assert r.stderr.splitlines()[-1].endswith("loaded 2 records into " + str(tmp_path / "copy.sqlite")
                                              + "; 4 files not loaded (above)")
    assert sorted(p for p, *_ in sqlw.dump(tmp_path / "copy.sqlite")["files"]) == ["a/r005.txt", "b/r004.txt"]


def test_retry_failed_on_the_command_line(tmp_path, capsys):
    inp = make_tree(tmp_path, 2, {"e.txt": b""})
    args = ["extract", str(inp), "--out", str(tmp_path / "out"), "--no-docx", "--no-progress", "--jobs", "1"]
    assert main(args, convert=fake_convert) == 1
    assert main(args + ["--retry-failed", "timeout,crash"], convert=fake_convert) == 1  # (the empty file is skipped)
    assert "processed            0" in capsys.readouterr().err
    assert main(args + ["--retry-failed"], convert=fake_convert) == 1
    assert "processed            1" in capsys.readouterr().err
    assert main(args + ["--retry-failed", "timeout,nonsense"], convert=fake_convert) == 2
    assert "no failure has the reason nonsense" in capsys.readouterr().err


def test_export_that_cannot_write_says_so_in_a_line_and_leaves_no_temporary_file(tmp_path, capsys):
    """A CSV export meeting a full disk, or here a folder where cells.csv should go, ends with one line on stderr
    and exit code 1, not a traceback, and leaves no half-written file behind."""
    inp = make_tree(tmp_path, 3)
    out = tmp_path / "out"
    main(["extract", str(inp), "--out", str(out), "--no-docx", "--no-progress", "--jobs", "1"], convert=fake_convert)
    (tmp_path / "csv" / "cells.csv").mkdir(parents=True)
    capsys.readouterr()
    assert main(["export", str(out), "--csv", str(tmp_path / "csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pipeline: export stopped: [Errno 21] Is a directory") and err.count("\n") == 1
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["cells.csv", "reports.csv"]


def test_render_command(tmp_path):
    try:
        import pipeline.writers.docx  # noqa: F401
    except ImportError:
        pytest.skip("pipeline.writers.docx not available")
    rec = tmp_path / "a.txt.json"
    rec.write_text(json.dumps(fake_record("某县人民政府\nyear=2021\nn=2\n".encode(), "a.txt"), ensure_ascii=False),
                   encoding="utf-8")
    r = cli("render", str(rec), "--out", str(tmp_path / "docx"))
    assert r.returncode == 0, r.stdout + r.stderr
    data = (tmp_path / "docx" / "a.txt.docx").read_bytes()
    assert data[:2] == b"PK"


# --- the hostile batch, with the real converter ------------------------------------

GOOD = sorted(p for p in (ROOT / "samples").iterdir() if p.is_file()) if (ROOT / "samples").is_dir() else []
BAD = ["empty.html", "junk.bin", "truncated.pdf", "truncated.docx"]


@pytest.mark.skipif(not GOOD or not (ROOT / "tests" / "hostile").is_dir(), reason="samples/ or tests/hostile missing")
def test_hostile_batch_real_converter(tmp_path):
    if not real_convert_available():
        pytest.skip("pipeline.convert not importable yet")
    inp = tmp_path / "in"
    (inp / "good").mkdir(parents=True)
    (inp / "bad").mkdir()
    for p in GOOD:
        shutil.copy(p, inp / "good" / p.name)
    for name in BAD:
        shutil.copy(ROOT / "tests" / "hostile" / name, inp / "bad" / name)
    out = tmp_path / "out"
    r = cli("extract", str(inp), "--out", str(out), "--jobs", "2", "--timeout", "120")
    assert r.returncode == 1, r.stderr
    recs = read_jsonl(out / "records.jsonl")
    assert sorted(x["source"]["path"] for x in recs) == sorted(f"good/{p.name}" for p in GOOD)
    for p in GOOD:
        assert (out / "good" / f"{p.name}.json").exists()
    errs = read_jsonl(out / "errors.jsonl")
    assert sorted(e["path"] for e in errs) == sorted(f"bad/{n}" for n in BAD)
    for e in errs:
        assert e["reason"] and e["reason"] not in ("internal_error", "crash"), e
        assert f"FAILED {e['path']}: {e['reason']}" in r.stderr
    assert len([ln for ln in r.stderr.splitlines() if ln.startswith("FAILED ")]) == len(BAD)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["by_status"] == {"ok": len(GOOD), "failed": len(BAD)}
    dump1 = sqlw.dump(out / "reports.sqlite")
    # a second run does no work
    r2 = cli("extract", str(inp), "--out", str(out), "--jobs", "2")
    assert r2.returncode == 1
    s2 = json.loads((out / "summary.json").read_text())["run"]
    assert s2["processed"] == 0 and s2["skipped"] == len(GOOD) + len(BAD)
    assert "FAILED" not in r2.stderr
    assert sqlw.dump(out / "reports.sqlite") == dump1
    assert read_jsonl(out / "records.jsonl") == recs
