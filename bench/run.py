#!/usr/bin/env python3
"""Throughput benchmark for `pipeline extract` (target `make bench`).

Generates batches of N reports by copying the sample reports (samples/, or the
folders/files given with --source) with small random variations (a trailing
HTML comment or whitespace/number line, so every copy has its own sha256),
runs `pipeline extract` at --jobs 1 and 2, with and without --no-docx, and
measures reports/s and the peak memory (sum of PSS) of the whole process tree
(supervisor and workers, sampled from /proc every 0.1 s). If pandoc exists,
`pandoc -f html -t docx` is timed on the batch's HTML files as a baseline.

Prints a table and writes bench/results.json.

  python bench/run.py                      # sizes 1000,10000; jobs 1,2; docx on/off
  python bench/run.py --sizes 200 --jobs 2 --docx on
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXT = {".html", ".htm", ".txt", ".shtml", ".xhtml"}


def sources(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            files.append(p)
    return files


def make_batch(src: list[Path], n: int, dest: Path, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        f = src[i % len(src)]
        data = f.read_bytes()
        ext = f.suffix.lower()
        if ext in {".html", ".htm", ".shtml", ".xhtml"}:
            data += f"\n<!-- bench copy {i} {rng.random():.12f} -->\n".encode("ascii")
        elif ext == ".txt":
            # trailing whitespace that encodes the copy number: unique sha256, same text
            tail = "".join("\t" if bit == "1" else " " for bit in f"{i:b}")
            data += ("\n" * rng.randint(1, 3) + tail + "\n").encode("ascii")
        # binary formats (pdf/docx/doc) are copied as is (same sha256, different path)
        sub = dest / f"d{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        p = sub / f"r{i:06d}{ext or '.bin'}"
        p.write_bytes(data)
        out.append(p)
    return out


HOSTILE = ROOT / "tests" / "hostile"
#: the bad 5 % of the hostile batch: (file in tests/hostile or a generated kind, extension)
_BAD_KINDS = ["truncated.docx", "truncated.pdf", "empty.html", "junk.bin", "zip_bomb.docx", "wrong-charset", "binary-txt"]


def make_hostile_batch(src: list[Path], n: int, dest: Path, share: float = 0.05, seed: int = 2) -> int:
    """A batch of `n` files of which `share` are corrupt or hostile; returns how many are bad."""
    files = make_batch(src, n, dest, seed)
    rng = random.Random(seed)
    bad = rng.sample(range(n), int(n * share))
    for k, i in enumerate(bad):
        kind = _BAD_KINDS[k % len(_BAD_KINDS)]
        target = files[i]
        target.unlink()
        if kind == "wrong-charset":  # a page whose bytes are neither UTF-8 nor GB text, nor a report
            data = bytes(rng.randrange(128, 256) for _ in range(4096))
            target = target.with_suffix(".html")
            data = b"<html><body>" + data + b"</body></html>"
        elif kind == "binary-txt":
            data = bytes(rng.randrange(0, 32) for _ in range(2048)) + str(i).encode()
            target = target.with_suffix(".txt")
        else:
            data = (HOSTILE / kind).read_bytes()
            target = target.with_suffix(Path(kind).suffix)
        target.write_bytes(data)
    return len(bad)


def run_hostile(src: list[Path], n: int, work: Path, jobs: int, timeout: float) -> dict:
    """The archive scenario: exit code 1, one record per good file, one typed error per bad
    file, and a second run that does no work."""
    batch = work / f"hostile_{n}"
    shutil.rmtree(batch, ignore_errors=True)
    bad = make_hostile_batch(src, n, batch)
    out = work / f"hostile_out_{n}"
    first = run_extract(batch, out, jobs, True, timeout)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    reasons: dict[str, int] = {}
    for e in errors:
        reasons[e.get("reason") or "?"] = reasons.get(e.get("reason") or "?", 0) + 1
    again = run_resume(batch, out, jobs)
    return {"files": n, "bad": bad, "exit": first["exit"], "ok": first["ok"], "errors": len(errors),
            "errors_without_reason": sum(1 for e in errors if not e.get("reason")), "reasons": reasons,
            "reports_per_s": first["reports_per_s"], "second_run": again}


def _memory_kb(pid: int) -> int:
    """A process's proportional set size (its private pages plus its share of pages shared
    with others, e.g. a worker's copy-on-write pages of the supervisor), else its RSS."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as fh:
                return next(int(line.split()[1]) for line in fh if line.startswith(key))
        except (OSError, StopIteration, ValueError):
            continue
    return 0


def _tree_memory_kb(pid: int) -> int:
    """Memory of a process and all its descendants (sum of PSS: shared pages counted once)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += _memory_kb(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total


def _sample_peak(pid: int, peak: list[int], stop) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], _tree_memory_kb(pid))
        stop.wait(0.1)


def run_extract(batch: Path, out: Path, jobs: int, docx: bool, timeout: float) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "pipeline", "extract", str(batch), "--out", str(out), "--jobs", str(jobs),
           "--no-progress", "--timeout", str(timeout)]
    if not docx:
        cmd.append("--no-docx")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err_chunks = []
    # wait4 gives this child's rusage (CPU time of it and its waited-for descendants)
    import threading
    t = threading.Thread(target=lambda: err_chunks.append(p.stderr.read()), daemon=True)
    t.start()
    # peak of the whole process tree (supervisor + workers), sampled: ru_maxrss of a child
    # would only report the largest single process, and counts the bench's own pages at fork
    peak, stop = [0], threading.Event()
    sampler = threading.Thread(target=_sample_peak, args=(p.pid, peak, stop), daemon=True)
    sampler.start()
    _pid, status, ru = os.wait4(p.pid, 0)
    stop.set()
    sampler.join(1)
    wall = time.monotonic() - t0
    t.join(5)
    p.returncode = os.waitstatus_to_exitcode(status)
    summary = {}
    try:
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    run = summary.get("run", {})
    n = run.get("processed") or 0
    return {"jobs": jobs, "docx": docx, "files": run.get("inputs"), "ok": run.get("ok"), "failed": run.get("failed"),
            "exit": p.returncode, "wall_s": round(wall, 2), "reports_per_s": round(n / wall, 2) if wall else None,
            "ms_per_report_per_job": round(1000 * wall * jobs / n, 1) if n else None,
            "peak_memory_mb": round(peak[0] / 1024, 1),
            # CPU time of the supervisor and its workers (wait4 sums what a process reaped):
            # what each report costs whatever the number of cores it was spread over
            "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
            "reports_per_cpu_s": round(n / (ru.ru_utime + ru.ru_stime), 1) if n else None,
            "stderr_tail": (b"".join(err_chunks).decode("utf-8", "replace").strip().splitlines() or [""])[-1][:200]
            if p.returncode not in (0, 1) else None}


def run_resume(batch: Path, out: Path, jobs: int) -> dict:
    """Second run over a finished OUT: the cost of skipping (hash + manifest lookup)."""
    t0 = time.monotonic()
    subprocess.run([sys.executable, "-m", "pipeline", "extract", str(batch), "--out", str(out), "--jobs", str(jobs),
                    "--no-progress"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.monotonic() - t0
    n = sum(1 for f in batch.rglob("*") if f.is_file())
    run = json.loads((out / "summary.json").read_text(encoding="utf-8")).get("run", {})
    return {"files": n, "wall_s": round(wall, 2), "files_per_s": round(n / wall, 1),
            "processed": run.get("processed"), "skipped": run.get("skipped")}


def run_pandoc(files: list[Path], limit: int, workdir: Path) -> dict | None:
    exe = shutil.which("pandoc")
    html = [f for f in files if f.suffix.lower() in {".html", ".htm"}][:limit]
    if not exe or not html:
        return None
    outdir = workdir / "pandoc"
    outdir.mkdir(exist_ok=True)
    t0 = time.monotonic()
    failed = 0
    for i, f in enumerate(html):
        r = subprocess.run([exe, "-f", "html", "-t", "docx", "-o", str(outdir / f"{i}.docx"), str(f)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        failed += r.returncode != 0
    wall = time.monotonic() - t0
    ver = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return {"tool": ver, "files": len(html), "failed": failed, "wall_s": round(wall, 2),
            "files_per_s": round(len(html) / wall, 2), "note": "sequential, one pandoc process per file; "
            "HTML only (pandoc does not read our PDF/TXT inputs)"}


def run_doc_paths(src: list[Path], rounds: int = 20) -> dict | None:
    """reports/s of the native Word 97 reader against the LibreOffice path, on .doc files
    LibreOffice made from the HTML samples (record extraction included in both)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.convert import convert
    from pipeline.readers import libreoffice

    if not libreoffice.available():
        return None
    docs = []
    for f in [p for p in src if p.suffix.lower() in {".html", ".htm"}]:
        text = f.read_bytes()
        try:
            docs.append(libreoffice.convert(libreoffice.html_for_libreoffice(text), ".html", "doc"))
        except Exception as e:  # noqa: BLE001 — a sample LibreOffice cannot load is left out
            print(f"  doc bench: {f.name}: {e}", file=sys.stderr)
    if not docs:
        return None
    t0 = time.monotonic()
    for _ in range(rounds):
        for d in docs:
            convert(d, "x.doc")
    native = rounds * len(docs) / (time.monotonic() - t0)
    t0 = time.monotonic()
    for d in docs:
        convert(libreoffice.convert(d, ".doc", "docx"), "x.docx")
    lo = len(docs) / (time.monotonic() - t0)
    return {"files": len(docs), "native_reports_per_s": round(native, 1), "libreoffice_reports_per_s": round(lo, 2),
            "speedup": round(native / lo, 1)}


def run_per_sample(src: list[Path], seconds: float = 1.0) -> list[dict]:
    """In-process `convert` rate of each sample (one core, no file or database I/O): what
    extraction alone costs on pages of each size, against the 30–100 kB the targets name."""
    sys.path.insert(0, str(ROOT))
    from pipeline.convert import convert

    out = []
    for f in src:
        data = f.read_bytes()
        try:
            convert(data, f.name)
        except Exception:  # noqa: BLE001 — a sample that is no report has no rate
            continue
        n, t0 = 0, time.process_time()
        while (spent := time.process_time() - t0) < seconds:
            convert(data, f.name)
            n += 1
        out.append({"file": f.name, "kb": round(len(data) / 1024, 1), "reports_per_s": round(n / spent, 1),
                    "ms_per_report": round(1000 * spent / n, 2)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--docx", choices=["on", "off", "both"], default="both")
    ap.add_argument("--source", nargs="*", default=None, help="sample files/folders (default samples/)")
    ap.add_argument("--workdir", default=None, help="where batches/outputs go (default: a temp dir, removed)")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--pandoc-limit", type=int, default=300, help="max HTML files timed with pandoc")
    ap.add_argument("--hostile", type=int, default=10000, help="size of the batch with 5 %% bad files (0: skip)")
    ap.add_argument("--results", default=str(ROOT / "bench" / "results.json"))
    a = ap.parse_args()

    src = sources(a.source or [str(ROOT / "samples")])
    if not src:
        print("bench: no sample files (samples/ is empty; pass --source DIR with *.html/*.txt)", file=sys.stderr)
        return 2
    sizes = [int(x) for x in a.sizes.split(",") if x]
    jobs = [int(x) for x in a.jobs.split(",") if x]
    docx_modes = {"on": [True], "off": [False], "both": [True, False]}[a.docx]
    work = Path(a.workdir) if a.workdir else Path(tempfile.mkdtemp(prefix="pipeline_bench_"))
    results = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
               "cpus": os.cpu_count(), "machine": platform.machine(), "sources": [str(s) for s in src],
               "runs": [], "resume": [], "pandoc": None, "doc_paths": run_doc_paths(src),
               "per_sample": run_per_sample(src)}
    try:
        for n in sizes:
            batch = work / f"batch_{n}"
            shutil.rmtree(batch, ignore_errors=True)
            files = make_batch(src, n, batch)
            mean_kb = round(sum(f.stat().st_size for f in files) / len(files) / 1024, 1)
            for j in jobs:
                for dx in docx_modes:
                    res = run_extract(batch, work / f"out_{n}_{j}_{int(dx)}", j, dx, a.timeout)
                    res["size"] = n
                    res["mean_input_kb"] = mean_kb
                    results["runs"].append(res)
                    print(f"  size {n:>6}  jobs {j}  docx {'on ' if dx else 'off'}  "
                          f"{res['reports_per_s']} reports/s  peak memory {res['peak_memory_mb']} MB", file=sys.stderr)
            last = results["runs"][-1]
            results["resume"].append({"size": n, **run_resume(batch, work / f"out_{n}_{last['jobs']}_{int(last['docx'])}",
                                                              last["jobs"])})
            if results["pandoc"] is None:
                results["pandoc"] = run_pandoc(files, a.pandoc_limit, work)
        if a.hostile:
            results["hostile"] = run_hostile(src, a.hostile, work, max(jobs), a.timeout)
    finally:
        if not a.workdir:
            shutil.rmtree(work, ignore_errors=True)

    pandoc_rate = (results["pandoc"] or {}).get("files_per_s")
    for r in results["runs"]:
        cores = min(r["jobs"], os.cpu_count() or 1)
        r["reports_per_s_per_core"] = round(r["reports_per_s"] / cores, 1) if r["reports_per_s"] else None
        r["x_pandoc_per_core"] = (round(r["reports_per_s_per_core"] / pandoc_rate, 1)
                                  if pandoc_rate and r["reports_per_s_per_core"] else None)
    hdr = (f"{'size':>6} {'jobs':>4} {'docx':>4} {'ok':>6} {'failed':>6} {'wall s':>8} {'reports/s':>10} "
           f"{'per core':>8} {'per CPU-s':>9} {'x pandoc':>8} {'peak MB':>8}")
    print(hdr)
    print("-" * len(hdr))
    for r in results["runs"]:
        print(f"{r['size']:>6} {r['jobs']:>4} {'on' if r['docx'] else 'off':>4} {r['ok'] or 0:>6} {r['failed'] or 0:>6} "
              f"{r['wall_s']:>8} {r['reports_per_s']!s:>10} {r['reports_per_s_per_core']!s:>8} {r['reports_per_cpu_s']!s:>9} "
              f"{r['x_pandoc_per_core']!s:>8} {r['peak_memory_mb']:>8}")
    for n in sizes:
        kb = next((r["mean_input_kb"] for r in results["runs"] if r["size"] == n), None)
        print(f"batch of {n}: mean input {kb} kB")
    print("per core = reports/s / min(jobs, cores); per CPU-s = reports / CPU seconds of supervisor and workers; "
          "x pandoc = per core / pandoc files/s (pandoc runs on one core); "
          "targets per core: docx off >= 300, docx on >= 100 and >= 10x pandoc")
    by_mode: dict[tuple, list] = {}
    for r in results["runs"]:
        by_mode.setdefault((r["jobs"], r["docx"]), []).append(r)
    for (j, dx), rs in by_mode.items():
        if len(rs) > 1:
            small, big = min(rs, key=lambda r: r["size"]), max(rs, key=lambda r: r["size"])
            print(f"memory as the batch grows (jobs {j}, docx {'on' if dx else 'off'}): {small['size']} files "
                  f"{small['peak_memory_mb']} MB -> {big['size']} files {big['peak_memory_mb']} MB")
    for r in results["resume"]:
        print(f"resume (all skipped) size {r['size']}: {r['files_per_s']} files/s")
    if results.get("hostile"):
        h = results["hostile"]
        print(f"hostile batch: {h['files']} files, {h['bad']} bad -> exit {h['exit']}, {h['ok']} records, "
              f"{h['errors']} errors ({h['errors_without_reason']} without a reason) {h['reasons']}; "
              f"second run: {h['second_run']}")
    for r in results["per_sample"]:
        print(f"extraction alone (convert, in process, one core): {r['file']} ({r['kb']} kB) "
              f"{r['reports_per_s']} reports/s, {r['ms_per_report']} ms")
    if results["doc_paths"]:
        d = results["doc_paths"]
        print(f"Word 97 .doc: native reader {d['native_reports_per_s']} reports/s, LibreOffice path "
              f"{d['libreoffice_reports_per_s']} reports/s ({d['speedup']}x), {d['files']} files")
    if results["pandoc"]:
        p = results["pandoc"]
        print(f"baseline {p['tool']}: {p['files_per_s']} files/s on {p['files']} HTML files ({p['note']})")
    Path(a.results).parent.mkdir(parents=True, exist_ok=True)
    Path(a.results).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"results: {a.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
