"""Batch runner: isolation (crash / hang / OOM), resume, kill-and-rerun, sharding.

The fake converter below reads a tiny text format so the tests do not depend on
the real extractors: the first line is the issuer, `year=N` the report year,
`n=N` the number of new applications. Magic words trigger faults.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.errors import EmptyInput, UnsupportedFormat
from pipeline.writers import sqlite as sqlw

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

_APP_ROWS = ["new_received", "carried_over", "disclosed", "partially_disclosed", "total", "carried_forward"]


def fake_record(data: bytes, rel: str) -> dict:
    text = data.decode("utf-8", errors="replace")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    kv = dict(ln.split("=", 1) for ln in lines if "=" in ln)
    year = int(kv.get("year", 2020))
    n = int(kv.get("n", 3))
    issuer = lines[0].strip() if lines else "某某县人民政府"
    apps = {row: {"natural_person": n, "total": n} for row in _APP_ROWS}
    apps["carried_over"] = {"natural_person": 0, "total": 0}
    apps["carried_forward"] = {"natural_person": 0, "total": 0}
    apps["partially_disclosed"] = {"natural_person": None, "total": 0}
    issues = []
    if "mismatch" in kv:
        issues.append({"code": "sum_mismatch", "severity": "warning", "message": "总计不等于各项之和",
                       "path": "tables.applications.total.total"})
    return {
        "schema_version": "1.0.0",
        "source": {"path": rel, "format": "txt", "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8",
                   "url": None, "site_name": None},
        "title": f"{issuer}{year}年政府信息公开工作年度报告",
        "issuer": issuer,
        "report_year": year,
        "doc_number": None,
        "signed_date": f"{year + 1}-01-15",
        "published_date": None,
        "format": "2021",
        "contacts": {"address": "某某路1号", "postcode": "123456", "phones": ["0596-7362933"], "faxes": [],
                     "emails": ["gk@example.gov.cn"], "websites": []},
        "sections": [{"number": "一", "title": "总体情况", "text": text[:200]},
                     {"number": "二", "title": "主动公开政府信息情况", "text": "见表"}],
        "active_disclosure": {"total": n * 10, "categories": []},
        "tables": {"applications": apps, "active": {"regulations": {"issued": 1, "repealed": 0, "in_force": 5}},
                   "raw": {"applications.new_received.total": str(n)}},
        "indicators": [],
        "issues": issues,
    }


def fake_convert(data: bytes, rel: str) -> dict:
    if not data.strip():
        raise EmptyInput("the file is empty")
    if data.startswith(b"\x00\xff") or b"JUNK" in data[:16]:
        raise UnsupportedFormat("binary junk")
    if b"SEGV" in data:
        os.abort()
    if b"EXIT" in data:
        os._exit(3)
    if b"HANG" in data:
        time.sleep(3600)
    if b"OOM" in data:
        blob = bytearray(2 * 1024 * 1024 * 1024)  # 2 GB under a 512 MB cap
        return {"len": len(blob)}
    if b"BUG" in data:
        raise KeyError("simulated bug")
    if b"INVALID" in data:
        rec = fake_record(data, rel)
        rec["report_year"] = "last year"
        return rec
    if b"SPAWN" in data:  # a grandchild that would outlive its worker
        subprocess.Popen(["sleep", GRANDCHILD_SLEEPS[0]])
        subprocess.Popen(["sleep", GRANDCHILD_SLEEPS[1]], start_new_session=True)  # like LibreOffice
        time.sleep(3600)
    return fake_record(data, rel)


#: how long the grandchildren of a SPAWN file sleep: odd durations, so that a test finds
#: these processes and no other `sleep` running on the machine
GRANDCHILD_SLEEPS = ("3071.25", "3072.25")


def slow_convert(data: bytes, rel: str) -> dict:
    time.sleep(0.03)
    return fake_convert(data, rel)


def sleepy_convert(data: bytes, rel: str) -> dict:
    """`fake_convert`, taking 1.5 s over a file holding SLOW."""
    if b"SLOW" in data:
        time.sleep(1.5)
    return fake_convert(data, rel)


def make_tree(root: Path, n: int = 6, faults: dict[str, bytes] | None = None) -> Path:
    inp = root / "in"
    for i in range(n):
        sub = inp / ("a" if i % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{i:03d}.txt").write_text(f"测试县人民政府{i % 3}\nyear={2018 + i % 4}\nn={i}\n", encoding="utf-8")
    for name, data in (faults or {}).items():
        p = inp / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return inp


def read_jsonl(p: Path) -> list[dict]:
    return [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]


def run(inp, out, **kw):
    kw.setdefault("jobs", 2)
    kw.setdefault("progress", False)
    kw.setdefault("convert", fake_convert)
    kw.setdefault("docx", False)
    kw.setdefault("fsync", False)
    return batch.run([str(inp)], str(out), **kw)


def test_inputs_sorted_and_single_file(tmp_path):
    inp = make_tree(tmp_path, 4)
    rels = [r for _, r in batch.Inputs([inp])]
    assert rels == sorted(rels) == ["a/r001.txt", "a/r003.txt", "b/r000.txt", "b/r002.txt"]
    single = batch.Inputs([inp / "a" / "r001.txt"])
    assert [r for _, r in single] == ["r001.txt"] and single.count() == 1
    with pytest.raises(batch.UsageError):
        batch.Inputs([tmp_path / "missing"])


def test_inputs_walk_in_sorted_order_of_the_relative_path(tmp_path):
    """A folder 'a' sorts as 'a/': 'a.txt' < 'a/x' < 'a0', as sorted() orders the paths."""
    inp = tmp_path / "in"
    for rel in ["a/x.txt", "a.txt", "a0.txt", "a/b/c.txt", "a/b.txt", "Z.txt", "中/文.txt", ".hidden/h.txt",
                "a/.h.txt", "Thumbs.db", "b-/y.txt", "b/z.txt"]:
        (inp / rel).parent.mkdir(parents=True, exist_ok=True)
        (inp / rel).write_text("x", encoding="utf-8")
    got = [r for _, r in batch.Inputs([inp])]
    assert got == sorted(got) == ["Z.txt", "a.txt", "a/b.txt", "a/b/c.txt", "a/x.txt", "a0.txt", "b-/y.txt",
                                  "b/z.txt", "中/文.txt"]
    assert all(os.path.isabs(full) and full.endswith(rel) for full, rel in batch.Inputs([inp]))


def test_a_file_name_that_is_not_utf8_is_converted_and_resumed(tmp_path):
    """GBK file names (archives unpacked on Linux) used to stop the whole run at the database."""
    inp = make_tree(tmp_path, 2)
    gbk = os.path.join(os.fsencode(inp), "报告2021".encode("gbk") + b".txt")
    with open(gbk, "wb") as fh:
        fh.write("测试县人民政府\nyear=2021\nn=5\n".encode("utf-8"))
    name = "\\xb1\\xa8\\xb8\\xe62021.txt"
    assert [r for _, r in batch.Inputs([inp])] == ["a/r001.txt", "b/r000.txt", name]
    s = run(inp, tmp_path / "out")
    assert s["run"]["ok"] == 3
    rec = json.loads((tmp_path / "out" / (name + ".json")).read_text(encoding="utf-8"))
    assert rec["source"]["path"] == name
    assert run(inp, tmp_path / "out")["run"]["processed"] == 0


def test_a_name_too_long_for_its_outputs_is_shortened_not_lost(tmp_path):
    """An 85-character Chinese name (254 bytes) has no room for '.docx' and a temp suffix."""
    inp = make_tree(tmp_path, 1)
    long_name = "某市人民政府办公室关于" + "政府信息公开工作年度报告" * 6 + ".txt"
    (inp / long_name).write_text("测试县人民政府\nyear=2021\nn=5\n", encoding="utf-8")
    out = tmp_path / "out"
    s = run(inp, out)
    assert s["run"]["ok"] == 2
    jp, dp = batch.out_paths(out, long_name)
    assert jp.name.endswith(".txt.json") and "~" in jp.name and len(dp.name.encode()) <= batch.MAX_NAME_BYTES
    assert json.loads(jp.read_text(encoding="utf-8"))["source"]["path"] == long_name
    assert batch.out_paths(out, long_name) == (jp, dp)  # the same name every time
    assert batch.out_paths(out, long_name[:-5] + "x.txt") != (jp, dp)
    assert run(inp, out)["run"]["processed"] == 0
    from pipeline.cli import main
    assert main(["load", str(out), "--db", str(tmp_path / "re.sqlite")]) == 0
    from pipeline.writers.sqlite import dump
    assert dump(tmp_path / "re.sqlite", include_files=False) == dump(out / "reports.sqlite", include_files=False)


def test_a_second_run_on_the_same_output_is_refused_while_the_first_runs(tmp_path):
    import fcntl

    inp = make_tree(tmp_path, 2)
    out = tmp_path / "out"
    run(inp, out)
    held = open(out / ".pipeline.lock", "a+b")  # what a running `pipeline extract` holds
    try:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        temp = out / "b" / ".r000.txt.json.tmp-1-abcd"  # the other run's write in flight
        temp.write_text("{}", encoding="utf-8")
        with pytest.raises(batch.UsageError, match="another pipeline run is writing to"):
            run(inp, out)
        assert temp.exists()
    finally:
        held.close()
    assert run(inp, out)["run"]["skipped"] == 2  # released: runs again
    assert not temp.exists()


def test_inputs_leave_out_the_output_folder(tmp_path):
    inp = make_tree(tmp_path, 4)
    out = inp / "a" / "out"
    out.mkdir()
    (out / "r001.txt.json").write_text("{}", encoding="utf-8")
    (inp / "b" / "link.txt").symlink_to(out / "r001.txt.json")
    assert [r for _, r in batch.Inputs([inp], exclude=out)] == ["a/r001.txt", "a/r003.txt", "b/r000.txt",
                                                                 "b/r002.txt"]
    assert list(batch.Inputs([out], exclude=out)) == []


def test_inputs_clash_between_two_inputs_is_a_usage_error(tmp_path):
    one = make_tree(tmp_path / "1", 2)
    two = make_tree(tmp_path / "2", 4)
    with pytest.raises(batch.UsageError, match="same output 'a/r001.txt'"):
        batch.Inputs([one, two]).count()
    # the same file given twice (a folder and a file in it, or the folder twice) is taken once
    rels = [r for _, r in batch.Inputs([one, one / "b" / "r000.txt", one])]
    assert rels == ["a/r001.txt", "b/r000.txt", "r000.txt"]
    with pytest.raises(batch.UsageError, match="r000.txt"):
        batch.Inputs([one / "b" / "r000.txt", two / "b" / "r000.txt"]).count()


def test_inputs_are_walked_lazily(tmp_path):
    """Nothing is kept per file: the first path comes before the walk reaches the others."""
    inp = make_tree(tmp_path, 4)
    it = iter(batch.Inputs([inp]))
    assert next(it)[1] == "a/r001.txt"
    (inp / "b" / "r001.txt").write_text("late", encoding="utf-8")  # appears after the walk began
    assert [r for _, r in it] == ["a/r003.txt", "b/r000.txt", "b/r001.txt", "b/r002.txt"]


def test_names_that_are_no_readable_file_are_failed_with_their_reason_not_lost_unsaid(tmp_path, monkeypatch):
    """An archive's broken or looping links, pipes, sockets, devices and a sub-folder that cannot be listed each get
    an error saying what they are, so a run's counts add up to the names it was given; none is opened (a pipe would
    block a worker, a device never end). A link to a folder is not followed; an input folder that cannot be read
    stops the run before any work."""
    import socket

    inp = make_tree(tmp_path, 2)
    os.mkfifo(inp / "pipe.html")
    (inp / "zero.html").symlink_to("/dev/zero")
    (inp / "broken.html").symlink_to("gone.html")
    (inp / "loop1").symlink_to("loop2")
    (inp / "loop2").symlink_to("loop1")
    (inp / "up").symlink_to("..")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(inp / "sock.html"))
    (inp / "locked" / "x").mkdir(parents=True)
    (inp / "locked" / "x" / "r.txt").write_text("测试县人民政府\nyear=2020\n", encoding="utf-8")
    scandir = os.scandir

    def refusing(path):  # (the tests run as root, whom no folder's mode refuses)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(batch.os, "scandir", refusing)
    s = run(inp, tmp_path / "out", jobs=1)
    sock.close()
    assert (s["run"]["ok"], s["run"]["failed"]) == (2, 7)
    said = {e["path"]: (e["reason"], e["message"]) for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert said["pipe.html"] == ("unreadable", "a named pipe, not a file")
    assert said["sock.html"] == ("unreadable", "a socket, not a file")
    assert said["zero.html"] == ("unreadable", "a device, not a file")
    assert said["broken.html"][1].startswith("a link to 'gone.html', which leads to no file")
    assert "Too many levels of symbolic links" in said["loop1"][1] and "loop2" in said
    assert said["locked"] == ("unreadable", "a folder that could not be listed when the inputs were walked: its files "
                                            "were not read")
    with pytest.raises(batch.UsageError, match="cannot read the input folder"):
        batch.Inputs([inp / "locked"]).count()
    with pytest.raises(batch.UsageError, match="neither a file nor a folder"):
        batch.Inputs([inp / "pipe.html"])


def test_a_tree_deeper_than_pythons_recursion_limit_is_walked(tmp_path):
    """A crawl of a URL loop can nest folders deeper than Python's recursion limit (1,000 calls): the walk then raised
    RecursionError, and the run died before any work; the outputs' folders too were made by recursion."""
    deep = tmp_path / "in"
    deep.mkdir()
    try:
        for _ in range(1100):  # (one level at a time: makedirs recurses too)
            deep = deep / "d"
            deep.mkdir()
        (deep / "r.txt").write_text("测试县人民政府\nyear=2020\n", encoding="utf-8")
        (tmp_path / "in" / "a.txt").write_text("测试县人民政府\nyear=2021\n", encoding="utf-8")
        assert [r for _, r in batch.Inputs([tmp_path / "in"])] == ["a.txt", "d/" * 1100 + "r.txt"]
        # (and the outputs are written as deep: their folders were made by a call a level, too)
        s = run(tmp_path / "in", tmp_path / "out", jobs=1)
        assert (s["run"]["ok"], s["run"]["failed"]) == (2, 0)
    finally:
        for top in (tmp_path / "in", tmp_path / "out"):
            _remove_tree(top)  # (pytest's own clean-up, shutil.rmtree, recurses a level a call as well)


def _remove_tree(top: Path) -> None:
    """Remove the folder `top` and all in it, a level at a time."""
    folders, stack = [], [top] if top.is_dir() else []
    while stack:
        folders.append(stack.pop())
        with os.scandir(folders[-1]) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append(Path(e.path))
                else:
                    os.unlink(e.path)
    for folder in reversed(folders):
        os.rmdir(folder)


def test_the_out_of_an_earlier_run_inside_the_inputs_is_left_out(tmp_path):
    """An archive holding an earlier run's OUT (its records, DOCX, database and report) gives none of them as
    inputs: they are outputs. The folder is known by the lock file a run leaves in its OUT."""
    inp = make_tree(tmp_path, 4)
    run(inp, inp / "old_out")
    assert (inp / "old_out" / ".pipeline.lock").exists() and list((inp / "old_out").rglob("*.json"))
    assert [r for _, r in batch.Inputs([inp])] == ["a/r001.txt", "a/r003.txt", "b/r000.txt", "b/r002.txt"]
    # (an OUT given as the input itself is walked: its records are then told apart by the reader)
    assert "a/r001.txt.json" in [r for _, r in batch.Inputs([inp / "old_out"])]


def test_retry_failed_tries_again_the_failures_of_the_reasons_named_and_nothing_else(tmp_path):
    """A file that timed out under a busy machine is tried again with a longer --timeout by naming its reason,
    without redoing the archive (--force) or the files that failed for their own content."""
    inp = make_tree(tmp_path, 4, {"s/slow.txt": "测试县人民政府\nyear=2020\nSLOW\n".encode(), "e.txt": b""})
    out = tmp_path / "out"
    s = run(inp, out, jobs=1, timeout=0.5, convert=sleepy_convert)
    assert s["by_reason"] == {"timeout": 1, "empty_input": 1}
    assert run(inp, out, jobs=1, timeout=5, convert=sleepy_convert)["run"]["processed"] == 0
    s = run(inp, out, jobs=1, timeout=5, convert=sleepy_convert, retry_failed=["timeout"])
    assert (s["run"]["processed"], s["run"]["ok"], s["run"]["failed"]) == (1, 1, 0)
    assert s["by_status"] == {"ok": 5, "failed": 1} and s["by_reason"] == {"empty_input": 1}
    s = run(inp, out, jobs=1, timeout=5, convert=sleepy_convert, retry_failed=[])  # (every reason)
    assert (s["run"]["processed"], s["run"]["failed"]) == (1, 1)
    with pytest.raises(batch.UsageError, match="no failure has the reason timeouts"):
        run(inp, out, retry_failed=["timeouts"])


def test_shard_partition_is_deterministic():
    rels = [f"x/{i}.html" for i in range(500)]
    parts = [[r for r in rels if batch.in_shard(r, (i, 4))] for i in range(1, 5)]
    assert sorted(sum(parts, [])) == sorted(rels)
    assert all(len(p) > 60 for p in parts)
    assert parts[0] == [r for r in rels if batch.in_shard(r, batch.parse_shard("1/4"))]
    for bad in ("0/4", "5/4", "x", "1/0"):
        with pytest.raises(batch.UsageError):
            batch.parse_shard(bad)


def test_a_mistyped_database_url_is_refused_not_made_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for url in ("postgresql:/pipeline", "postgres:pipeline", "mysql://localhost/db"):
        with pytest.raises(batch.UsageError, match="not a database URL"):
            batch.open_store(url, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []
    for good in ("db.sqlite", "sqlite:///x.sqlite"):
        batch.open_store(good, tmp_path / "out").close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == ["db.sqlite", "x.sqlite"]


def test_outputs_layout_and_manifest(tmp_path):
    inp = make_tree(tmp_path, 5)
    out = tmp_path / "out"
    s = run(inp, out)
    assert s["run"]["ok"] == 5 and s["run"]["failed"] == 0
    rec = json.loads((out / "a" / "r001.txt.json").read_text(encoding="utf-8"))
    assert rec["source"]["path"] == "a/r001.txt"
    assert "测试县" in (out / "a" / "r001.txt.json").read_text(encoding="utf-8")  # ensure_ascii=False
    lines = read_jsonl(out / "records.jsonl")
    assert [r["source"]["path"] for r in lines] == sorted(r["source"]["path"] for r in lines)
    assert len(lines) == 5
    assert (out / "errors.jsonl").read_text() == ""
    summ = json.loads((out / "summary.json").read_text())
    assert summ["by_status"] == {"ok": 5}
    assert sum(summ["by_year"].values()) == 5
    assert (out / "report.html").exists()
    assert not list(out.rglob(".*.tmp-*"))


def test_report_html_counts_and_failed_files(tmp_path):
    inp = make_tree(tmp_path, 5, {"bad/empty.txt": b"", "bad/junk.bin": b"\x00\xff" + b"x" * 50,
                                  "copy.txt": "测试县人民政府1\nyear=2019\nn=7\n".encode()})  # (a copy of a/r001's report)
    out = tmp_path / "out"
    s = run(inp, out)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "8 input files · 6 records · 2 failed · 5 distinct reports" in html
    assert "bad/empty.txt" in html and "bad/junk.bin" in html and "empty_input" in html and "unsupported_format" in html
    assert "By level (from issuer name)" in html and "<svg" in html
    assert s["by_reason"] == {"empty_input": 1, "unsupported_format": 1}
    assert s["by_status"] == {"failed": 2, "ok": 6} and s["files"] == 8
    assert s["run"]["failed_inputs"] == 2


def test_isolation_crash_hang_oom(tmp_path):
    faults = {
        "bad/segv.txt": b"SEGV",
        "bad/exit.txt": b"EXIT",
        "bad/hang.txt": b"HANG",
        "bad/oom.txt": b"OOM",
        "bad/bug.txt": b"BUG",
        "bad/invalid.txt": b"INVALID\nyear=2020",
        "bad/empty.txt": b"",
        "bad/junk.bin": b"\x00\xff" + os.urandom(200),
    }
    inp = make_tree(tmp_path, 8, faults)
    out = tmp_path / "out"
    t0 = time.monotonic()
    s = run(inp, out, jobs=2, timeout=3, max_memory_mb=512)
    assert time.monotonic() - t0 < 30
    errs = {e["path"]: e for e in read_jsonl(out / "errors.jsonl")}
    assert s["run"]["ok"] == 8, (s["run"], errs)
    assert s["run"]["failed"] == len(faults)
    assert set(errs) == set(faults)
    assert errs["bad/segv.txt"]["reason"] == "crash"
    assert errs["bad/exit.txt"]["reason"] == "crash"
    assert errs["bad/hang.txt"]["reason"] == "timeout"
    assert errs["bad/oom.txt"]["reason"] == "out_of_memory", errs["bad/oom.txt"]
    assert errs["bad/bug.txt"]["reason"] == "internal_error"
    assert errs["bad/invalid.txt"]["reason"] == "schema_invalid"
    assert errs["bad/empty.txt"]["reason"] == "empty_input"
    assert errs["bad/junk.bin"]["reason"] == "unsupported_format"
    for e in errs.values():
        assert set(e) == {"path", "sha256", "stage", "reason", "error_type", "message", "elapsed_ms"}
        assert "\n" not in e["message"]
        assert e["sha256"] and len(e["sha256"]) == 64
    assert len(read_jsonl(out / "records.jsonl")) == 8
    assert s["run"]["replaced_workers"] >= 4


def test_memory_cap_is_counted_from_what_a_worker_inherits(tmp_path):
    """A big embedding process (here 1 GB of reserved address space) does not leave its
    workers without room: the cap is what a worker may add, and still stops a runaway."""
    import mmap

    reserved = mmap.mmap(-1, 1024 * 1024 * 1024)  # address space, never touched
    try:
        inp = make_tree(tmp_path, 4, {"oom.txt": b"OOM"})
        s = run(inp, tmp_path / "out", jobs=1, max_memory_mb=256)
    finally:
        reserved.close()
    errs = {e["path"]: e["reason"] for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert s["run"]["ok"] == 4, errs
    assert errs == {"oom.txt": "out_of_memory"}


def test_a_result_sent_just_before_its_worker_exits_is_not_lost(tmp_path, monkeypatch):
    """A worker that sends its last result and exits (as after running out of memory) while
    the supervisor is between its wait and its look at the worker: the result counts, not a
    crash. The first wait here reports nothing, after the worker has had time to do both."""
    real_wait, calls = batch.mp_wait, []

    def late_wait(objs, timeout=None):
        calls.append(1)
        if len(calls) == 1:
            time.sleep(1.0)
            return []
        return real_wait(objs, timeout)

    monkeypatch.setattr(batch, "mp_wait", late_wait)
    inp = make_tree(tmp_path, 0, {"oom.txt": b"OOM"})
    s = run(inp, tmp_path / "out", jobs=1, max_memory_mb=256)
    errs = {e["path"]: e["reason"] for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert errs == {"oom.txt": "out_of_memory"}, s["run"]


def _pgroup_members(pgid: int) -> list[int]:
    found = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = open(f"/proc/{d}/stat").read()
                fields = stat.rsplit(")", 1)[1].split()
                if int(fields[2]) == pgid and fields[0] != "Z":
                    found.append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    return found


def _live_sleeps() -> set[int]:
    """The live `sleep` processes a SPAWN file started (found by their odd durations)."""
    wanted = {f"sleep\0{d}\0".encode() for d in GRANDCHILD_SLEEPS}
    found = set()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                cmdline = open(f"/proc/{d}/cmdline", "rb").read()
                state = open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if cmdline in wanted and state not in ("Z", "X"):
                found.add(int(d))
    return found


def test_no_orphans_after_timeout(tmp_path):
    inp = make_tree(tmp_path, 2, {"spawn.txt": b"SPAWN"})
    out = tmp_path / "out"
    before = _live_sleeps()
    s = run(inp, out, jobs=1, timeout=2)
    assert s["run"]["failed"] == 1
    deadline = time.monotonic() + 3
    while (_live_sleeps() - before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (_live_sleeps() - before), "a grandchild of a killed worker survived"
    kids = subprocess.run(["pgrep", "-P", str(os.getpid())], capture_output=True, text=True).stdout.split()
    assert kids == []


def test_resume_skips_and_force_redoes(tmp_path):
    inp = make_tree(tmp_path, 6, {"bad.txt": b""})
    out = tmp_path / "out"
    s1 = run(inp, out)
    assert (s1["run"]["ok"], s1["run"]["failed"]) == (6, 1)
    d1 = sqlw.dump(out / "reports.sqlite")
    s2 = run(inp, out)
    assert s2["run"]["processed"] == 0 and s2["run"]["skipped"] == 7
    assert s2["run"]["failed_inputs"] == 1
    assert sqlw.dump(out / "reports.sqlite") == d1
    assert len(read_jsonl(out / "records.jsonl")) == 6
    assert len(read_jsonl(out / "errors.jsonl")) == 1
    # a changed file is redone, its old report disappears
    (inp / "a" / "r001.txt").write_text("另一个县人民政府\nyear=2021\nn=9\n", encoding="utf-8")
    s3 = run(inp, out)
    assert s3["run"]["processed"] == 1
    d3 = sqlw.dump(out / "reports.sqlite")
    assert len(d3["reports"]) == 6
    assert any(r[4] == "另一个县人民政府" for r in d3["reports"])
    # deleting a JSON makes that file redone
    (out / "b" / "r000.txt.json").unlink()
    assert run(inp, out)["run"]["processed"] == 1
    s5 = run(inp, out, force=True)
    assert s5["run"]["processed"] == 7
    assert sqlw.dump(out / "reports.sqlite") == d3


def test_duplicate_content_keeps_smallest_path(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("z.txt", "m.txt", "a.txt"):
        (inp / name).write_text("同一个县人民政府\nyear=2020\nn=1\n", encoding="utf-8")
    out = tmp_path / "out"
    run(inp, out, jobs=2)
    d = sqlw.dump(out / "reports.sqlite")
    assert len(d["reports"]) == 1 and d["reports"][0][1] == "a.txt"
    assert len(d["files"]) == 3
    # records.jsonl: each file's own record (its own path), as its JSON file holds it
    lines = read_jsonl(out / "records.jsonl")
    assert [r["source"]["path"] for r in lines] == ["a.txt", "m.txt", "z.txt"]
    assert lines == [json.loads((out / f"{name}.json").read_text(encoding="utf-8")) for name in ("a.txt", "m.txt", "z.txt")]
    # a JSON file removed behind the pipeline's back is reported, not listed
    (out / "a.txt.json").unlink()
    summary = batch.finalize(out, batch.open_store(None, out))
    assert summary["missing_json"] == ["a.txt"] and summary["records"] == 2


KILL_SCRIPT = (
    "import sys; sys.path.insert(0, {tests!r}); import test_batch as t; from pipeline.cli import main; "
    "sys.exit(main(sys.argv[1:], convert=t.slow_convert))"
)


def _cli_with_fake(args, **kw):
    code = KILL_SCRIPT.format(tests=str(ROOT / "tests"))
    return subprocess.Popen([PY, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_a_full_disk_stops_the_run_and_a_rerun_goes_on_to_the_uninterrupted_result(tmp_path, monkeypatch):
    """OUT's disk full (or over quota, or read-only) is no fault of the file being written: every file left would
    meet it. The run stops, saying so, instead of failing each file (which a re-run would then skip as failed), and
    the same command run again, once there is room, ends as an uninterrupted run."""
    import errno

    inp = make_tree(tmp_path, 40)
    ref = tmp_path / "ref"
    run(inp, ref)
    write = batch.jsonio.atomic_write_text

    def full_from_b(path, text, **kw):  # the disk fills once the run reaches b/
        if Path(path).parent.name == "b":
            raise OSError(errno.ENOSPC, "No space left on device")
        return write(path, text, **kw)

    monkeypatch.setattr(batch.jsonio, "atomic_write_text", full_from_b)
    out = tmp_path / "out"
    with pytest.raises(OSError, match=r"No space left on device: writing the outputs of b/r0\d\d.txt into") as e:
        run(inp, out)
    assert e.value.errno == errno.ENOSPC
    assert not [r for r in sqlw.dump(out / "reports.sqlite")["files"] if r[2] != "ok"]  # (no file failed for it)
    monkeypatch.setattr(batch.jsonio, "atomic_write_text", write)
    run(inp, out)
    assert sqlw.dump(out / "reports.sqlite") == sqlw.dump(ref / "reports.sqlite")
    assert read_jsonl(out / "records.jsonl") == read_jsonl(ref / "records.jsonl")


def test_a_full_database_stops_the_run_keeping_the_outputs_and_a_rerun_goes_on(tmp_path, monkeypatch):
    """SQLite's database full (SQLITE_FULL, here by its page limit) refuses every result: the run stops with
    SQLite's own error (it had been hidden by 'cannot rollback - no transaction is active'), no file is failed as
    db_rejected nor loses its outputs for it, and a re-run once there is room ends as an uninterrupted run."""
    import sqlite3

    inp = make_tree(tmp_path, 300)
    ref = tmp_path / "ref"
    run(inp, ref, jobs=1)
    con = sqlite3.connect(ref / "reports.sqlite")
    half = con.execute("PRAGMA page_count").fetchone()[0] // 2  # (room for about half the results)
    con.close()
    opened = sqlw.SqliteStore.__init__

    def limited(self, path):
        opened(self, path)
        self.conn.execute(f"PRAGMA max_page_count = {half}")

    put = sqlw.SqliteStore.put
    refused = []

    def put_recording(self, results):
        refused[:] = [r["path"] for r in results]
        put(self, results)

    monkeypatch.setattr(sqlw.SqliteStore, "__init__", limited)
    monkeypatch.setattr(sqlw.SqliteStore, "put", put_recording)
    out = tmp_path / "out"
    with pytest.raises(sqlite3.OperationalError, match="full"):
        run(inp, out, jobs=1)
    monkeypatch.setattr(sqlw.SqliteStore, "__init__", opened)
    monkeypatch.setattr(sqlw.SqliteStore, "put", put)
    kept = sqlw.dump(out / "reports.sqlite")["files"]
    assert 0 < len(kept) < 300 and all(r[2] == "ok" for r in kept)
    assert len(refused) > 1 and all((out / f"{path}.json").exists() for path in refused)  # (its outputs are kept)
    run(inp, out, jobs=1)
    assert sqlw.dump(out / "reports.sqlite") == sqlw.dump(ref / "reports.sqlite")


def test_kill_midway_then_rerun_equals_uninterrupted(tmp_path):
    inp = make_tree(tmp_path, 120, {"x/empty.txt": b"", "x/junk.bin": b"\x00\xff\x01"})
    ref = tmp_path / "ref"
    p = _cli_with_fake(["extract", str(inp), "--out", str(ref), "--jobs", "2", "--no-docx", "--no-progress"])
    p.communicate(timeout=120)
    assert p.returncode == 1
    ref_dump = sqlw.dump(ref / "reports.sqlite")
    assert len(ref_dump["reports"]) == 120

    out = tmp_path / "out"
    for delay in (0.8, 1.2):
        p = _cli_with_fake(["extract", str(inp), "--out", str(out), "--jobs", "2", "--no-docx", "--no-progress"])
        # wait until some work is committed, then kill -9 the supervisor
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(out.rglob("*.txt.json")):
            time.sleep(0.05)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.communicate()
    n_before = len(list(out.rglob("*.txt.json")))
    assert 0 < n_before < 120, "kill came too late or too early to test anything"
    time.sleep(0.5)  # PDEATHSIG'ed workers are gone
    p = _cli_with_fake(["extract", str(inp), "--out", str(out), "--jobs", "2", "--no-docx", "--no-progress"])
    _, err = p.communicate(timeout=120)
    assert p.returncode == 1, err
    assert sqlw.dump(out / "reports.sqlite") == ref_dump
    assert read_jsonl(out / "records.jsonl") == read_jsonl(ref / "records.jsonl")
    strip = lambda es: [{k: v for k, v in e.items() if k != "elapsed_ms"} for e in es]  # noqa: E731
    assert strip(read_jsonl(out / "errors.jsonl")) == strip(read_jsonl(ref / "errors.jsonl"))
    assert not list(out.rglob(".*.tmp-*"))
    summary = json.loads((out / "summary.json").read_text())
    assert summary["by_status"] == {"ok": 120, "failed": 2}


def test_progress_plain_lines(tmp_path, capsys):
    inp = make_tree(tmp_path, 3, {"e.txt": b""})
    buf = io.StringIO()
    batch.run([str(inp)], str(tmp_path / "out"), jobs=1, convert=fake_convert, docx=False, stream=buf, fsync=False)
    text = buf.getvalue()
    assert "FAILED e.txt: empty_input" in text
    assert "summary" in text and "files/s" in text


def test_workers_are_fed_ahead_by_their_speed():
    w = batch._Worker(None, None)
    assert w.ahead() == 1  # nothing known yet
    for _ in range(10):
        w.timed(0.005)  # fast pages: a queue keeps the worker busy through a database commit
    assert w.ahead() == int(batch.PREFETCH_SECONDS / 0.005) > 8
    for _ in range(30):
        w.timed(0.0001)  # trivial files: capped
    assert w.ahead() == batch.PREFETCH_MAX
    for _ in range(20):
        w.timed(2.0)  # slow files: one at a time, so the other workers can take the rest
    assert w.ahead() == 1


def test_manifest_is_looked_up_a_chunk_at_a_time():
    class Store:
        asked: list[int] = []

        def previous(self, paths):
            self.asked.append(len(paths))
            return {p: ("0" * 64, "ok") for p in paths if p.endswith("7")}

    files = ((f"/x/{i}", str(i)) for i in range(600))
    got = list(batch._with_manifest(files, Store(), force=False, chunk=256))
    assert Store.asked == [256, 256, 88]
    assert [g[1] for g in got] == [str(i) for i in range(600)]
    assert [g[1] for g in got if g[2]] == [str(i) for i in range(600) if i % 10 == 7]
    Store.asked.clear()
    assert all(g[2] is None for g in batch._with_manifest(((f"/x/{i}", str(i)) for i in range(9)), Store(), force=True))
    assert Store.asked == []


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_otherwise():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stats = batch.RunStats(total=200, done=50, ok=48, failed=2)
    tty, plain = Tty(), io.StringIO()
    batch.Progress(stats, stream=tty).tick(force=True)
    batch.Progress(stats, stream=plain).tick(force=True)
    bar = tty.getvalue()
    assert bar.startswith("\r" + "█" * 6 + "░" * 18 + "  25% [50/200]") and "ok 48  failed 2" in bar and "ETA" in bar
    assert "\n" not in bar  # refreshed in place
    assert plain.getvalue().startswith("25% [50/200]") and plain.getvalue().endswith("\n")


def test_a_killed_worker_leaves_no_libreoffice_profile_socket_or_copy_of_its_input(tmp_path, monkeypatch):
    """A worker killed on timeout while LibreOffice converts cannot clean up after itself:
    the supervisor removes its profile, the single-instance socket soffice made in /tmp, and
    the folder holding the copy of the input soffice was given (an input may be 100 MB)."""
    where = tmp_path / "socket_path"
    fake = tmp_path / "soffice"  # binds its socket where soffice does, then hangs
    fake.write_text(
        f"#!{sys.executable}\n"
        "import socket, sys, time\n"
        "from pathlib import Path\n"
        "from urllib.parse import unquote, urlparse\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from pipeline.readers.libreoffice import ipc_socket\n"
        "url = next(a.split('=', 1)[1] for a in sys.argv if a.startswith('-env:UserInstallation='))\n"
        "profile = Path(unquote(urlparse(url).path))\n"
        "profile.mkdir(parents=True, exist_ok=True)\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "s.bind(str(ipc_socket(profile)))\n"
        f"Path({str(where)!r}).write_text(str(profile) + '\\n' + str(Path(sys.argv[-1]).parent))\n"
        "time.sleep(60)\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PIPELINE_SOFFICE", str(fake))
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.rtf").write_bytes(rb"{\rtf1\ansi \u24180?\u24230?\par}")
    from pipeline.readers.libreoffice import ipc_socket
    try:
        s = batch.run([str(inp)], str(tmp_path / "out"), jobs=1, timeout=3, progress=False, docx=False)
        assert (s["run"]["failed"], s["by_reason"]) == (1, {"timeout": 1})
        profile, work = map(Path, where.read_text().splitlines())
        assert not ipc_socket(profile).exists()
        assert not profile.exists()
        assert (work / "input.rtf").parent == work and not work.exists()
    finally:
        if where.exists():
            ipc_socket(Path(where.read_text().splitlines()[0])).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Is `pid` a process that is not a zombie?"""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _hanging_soffice_run(tmp_path: Path):
    """A run converting an RTF with a LibreOffice that hangs: (the run's process, the converter's pid, its profile,
    the command without --out, its environment), once the converter runs."""
    where = tmp_path / "soffice_seen"
    fake = tmp_path / "soffice"  # a converter that hangs: it says where it runs, then sleeps
    fake.write_text(f"#!{sys.executable}\n"
                    "import os, sys, time\n"
                    "from pathlib import Path\n"
                    "url = next(a.split('=', 1)[1] for a in sys.argv if a.startswith('-env:UserInstallation='))\n"
                    f"Path({str(where)!r}).write_text(f'{{os.getpid()}} {{url[len(\"file://\"):]}}')\n"
                    "time.sleep(120)\n", encoding="utf-8")
    fake.chmod(0o755)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.rtf").write_bytes(rb"{\rtf1\ansi \u24180?\u24230?\par}")
    env = dict(os.environ, PIPELINE_SOFFICE=str(fake))
    cmd = [PY, "-m", "pipeline", "extract", str(inp), "--no-docx", "--no-progress", "--jobs", "1"]
    # (SIGINT as a terminal gives it: a shell starting the tests in the background has them ignore it, and its children)
    p = subprocess.Popen(cmd + ["--out", str(tmp_path / "out")], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not where.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    pid, profile = where.read_text().split(" ", 1)
    assert _alive(int(pid)) and Path(profile).is_dir()
    return p, int(pid), Path(profile), cmd, env


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_libreoffice_dies_with_a_run_however_it_is_stopped_and_leaves_no_profile(tmp_path, sig):
    """soffice runs in a session of its own, and soffice.bin outlives its oosplash: a run stopped by a signal, even
    SIGKILL (its workers die with it), must not leave it converting, maybe forever. A run stopped by SIGTERM or
    SIGINT removes the profile of the worker it kills; one killed by SIGKILL cannot, and the next run does."""
    p, pid, profile, cmd, env = _hanging_soffice_run(tmp_path)
    try:
        p.send_signal(sig)
        p.communicate(timeout=60)
        assert p.returncode == {signal.SIGKILL: -9, signal.SIGTERM: 143, signal.SIGINT: 130}[sig]
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(pid), "the converter outlived the run"
    finally:
        p.kill()
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    if sig != signal.SIGKILL:
        assert not profile.exists()
        return
    inp = Path(cmd[4])
    (inp / "a.rtf").unlink()
    (inp / "b.txt").write_bytes(b"")
    subprocess.run(cmd + ["--out", str(tmp_path / "out2")], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert not profile.exists()
