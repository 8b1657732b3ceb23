"""Batch runner: a supervisor keeping N long-lived worker processes.

Why not ProcessPoolExecutor: one segfault breaks the whole pool (every pending
future fails with BrokenProcessPool). Here each worker is a forked process in
its OWN process group, receives (path, rel) over a pipe, converts one file at a
time and sends back a small result (status, metadata, the database rows). The
supervisor alone writes the database.

Per file the supervisor enforces a wall-clock limit (`timeout`); the worker
runs under RLIMIT_AS (`max_memory_mb`, soft limit only, so an external tool
can raise it for itself). A worker that crashes (segfault, abort, os._exit),
hangs or runs out of memory costs only its current file (reason crash /
timeout / out_of_memory) and is replaced; its whole process group is killed
(LibreOffice grandchildren included). Workers also get PR_SET_PDEATHSIG so a
SIGKILLed supervisor leaves no workers behind.

Resume: the supervisor sends each file with its manifest entry from earlier runs
(`files` table: path → sha256, status; looked up a few hundred paths at a time);
the worker hashes the file and skips it when that entry holds the same sha256
(ok with its JSON present, or failed, unless `retry_failed` names its reason) — unless
`force`. Outputs are written
atomically by the worker before the supervisor commits the manifest row, so a
run killed at any moment and re-run ends with the same contents as an
uninterrupted run.

Scale: the inputs are walked lazily (`Inputs`) and nothing is kept per file, so
the supervisor's memory does not grow with the size of the archive.
"""
from __future__ import annotations

import ctypes
import errno
import hashlib
import itertools
import multiprocessing as mp
import os
import re
import resource
import signal
import sys
import time
import traceback
import zlib
from collections import Counter, deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from stat import S_ISDIR, S_ISFIFO, S_ISREG, S_ISSOCK
from typing import Any, Callable, Iterable, Iterator

from .errors import NotAReport
from .writers import jsonio
from .writers.dbschema import record_rows
from .writers.report_html import level_of

SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class UsageError(Exception):
    """Bad arguments or missing input: exit code 2."""


# ---------------------------------------------------------------------------
# discovery and sharding
# ---------------------------------------------------------------------------

class Inputs:
    """The input files of a run, walked lazily: memory does not grow with their number.

    Iterating gives (absolute path, relative path) pairs: a folder contributes its files
    recursively (paths relative to the folder, in sorted order), a single file its name.
    Hidden files and folders, `SKIP_NAMES` and everything under `exclude` (the output
    folder) are left out; `shard` keeps the share of the paths that `in_shard` gives it.
    Two inputs that give the same relative path for different files are a UsageError,
    raised by `count()`, which a run calls (to know its total) before any work.

    A relative path is text as records, the database and output names need it: a file
    name that is not UTF-8 (GBK names are common in unpacked archives) has its other bytes
    written as \\xNN, so it is still one stable name of its own (see `printable`).
    """

    def __init__(self, inputs: Iterable[str | os.PathLike], shard: tuple[int, int] | None = None,
                 exclude: str | os.PathLike | None = None):
        self.roots: list[tuple[Path, bool]] = []  # (path, is a folder)
        for inp in inputs:
            p = Path(inp)
            if p.is_dir():
                self.roots.append((p, True))
            elif p.is_file():
                self.roots.append((p, False))
            elif p.exists():
                raise UsageError(f"input is neither a file nor a folder (a pipe, socket or device): {inp}")
            else:
                raise UsageError(f"input not found: {inp}")
        self.shard = shard
        self.exclude = os.path.realpath(exclude) if exclude is not None else None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for k, (root, is_dir) in enumerate(self.roots):
            pairs = _walk(os.path.abspath(root), "", self.exclude) if is_dir else self._single(root)
            for full, name in pairs:
                rel = printable(name)
                if self.shard is not None and not in_shard(rel, self.shard):
                    continue
                if k and self._given_before(k, full, name):
                    continue
                yield full, rel

    def count(self) -> int:
        """How many files iterating gives (one walk; raises UsageError on a clash)."""
        return sum(1 for _ in self)

    def _single(self, p: Path) -> Iterator[tuple[str, str]]:
        full = os.path.abspath(p)
        if self.exclude is None or not _inside(os.path.realpath(full), self.exclude):
            yield full, p.name

    def _given_before(self, k: int, full: str, rel: str) -> bool:
        """Whether an earlier input already gives `rel` for this same file (a UsageError
        when it gives it for another file). A stat per earlier input, no memory."""
        for root, is_dir in self.roots[:k]:
            other = os.path.join(root, rel) if is_dir else (str(root) if root.name == rel else None)
            if other is None or not os.path.isfile(other):
                continue
            if os.path.samefile(other, full):
                return True
            raise UsageError(f"two inputs map to the same output {rel!r}: {other} and {full}")
        return False


def printable(text: str) -> str:
    """`text` as text that encodes as UTF-8: the bytes the file system could not decode
    (which Python holds as surrogates) written as \\xNN, any other surrogate as \\uNNNN."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


#: the lock file a run keeps in its OUT, which marks the folder as a run's output
OUT_MARK = ".pipeline.lock"


def _walk(folder: str, prefix: str, exclude: str | None) -> Iterator[tuple[str, str]]:
    """(absolute path, relative path) of the files under `folder`, in sorted order of the
    relative path (a sub-folder `a` sorts as 'a/', so 'a.txt' comes before 'a/x').

    Names that are no readable file are given too, for the worker to fail with their reason
    rather than lose them unsaid: a broken or looping link, a pipe, a socket, a device, and
    a sub-folder that cannot be listed. Links to folders are not followed, and sub-folders that
    are the OUT of an earlier run (they hold its `OUT_MARK`) are left out. The walk keeps a
    stack of the folders it is in, not a call per level: a tree of any depth is walked."""
    real = os.path.realpath(folder)
    try:
        names = _names(folder, real, prefix, exclude)
    except OSError as e:
        raise UsageError(f"cannot read the input folder {folder}: {e.strerror or e}") from None
    # (each folder's names are held while it is walked, one short string each: a folder of 10⁶ files takes some
    # 140 MB here; nothing is kept once it is done)
    stack = [(folder, real, prefix, iter(names))]
    while stack:
        base, real, above, names = stack[-1]
        key = next(names, None)
        if key is None:
            stack.pop()
            continue
        full = os.path.join(base, key.rstrip("/"))
        if key[-1] == "/":
            # (a sub-folder, no link: its real path is its folder's and its name, found without a realpath, which
            # looks up each folder of a path)
            sub = os.path.join(real, key[:-1])
            try:
                stack.append((full, sub, above + key, iter(_names(full, sub, above + key, exclude))))
            except OSError:
                yield full, above + key[:-1]  # (its files are lost to this run: said in errors.jsonl)
        elif exclude is None or not os.path.islink(full) or not _inside(os.path.realpath(full), exclude):
            yield full, above + key


def _names(folder: str, real: str, prefix: str, exclude: str | None) -> list[str]:
    """The sorted names `_walk` takes in `folder`, whose real path is `real` (a sub-folder's with a '/' after it):
    none for OUT or for a sub-folder holding an earlier run's OUT_MARK. Raises OSError when the folder cannot be
    listed."""
    if exclude is not None and _inside(real, exclude):
        return []
    keys = []
    with os.scandir(folder) as it:
        for e in it:
            if e.name == OUT_MARK and prefix:
                return []  # (the OUT of an earlier run: records, DOCX and database are outputs, not inputs)
            if e.name.startswith(".") or e.name in SKIP_NAMES:
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    keys.append(e.name + "/")
                elif not e.is_dir():
                    keys.append(e.name)
            except OSError:
                keys.append(e.name)
    keys.sort()
    return keys


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder + os.sep)


def parse_shard(spec: str | None) -> tuple[int, int] | None:
    """'i/N' with 1 <= i <= N (human numbering: 1/4 … 4/4)."""
    if not spec:
        return None
    try:
        a, b = spec.split("/")
        i, n = int(a), int(b)
    except ValueError:
        raise UsageError(f"--shard must look like i/N, got {spec!r}") from None
    if n < 1 or not 1 <= i <= n:
        raise UsageError(f"--shard {spec}: need 1 <= i <= N")
    return i, n


def in_shard(rel: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    i, n = shard
    h = int.from_bytes(hashlib.sha1(rel.encode("utf-8")).digest()[:8], "big")
    return h % n == i - 1


#: bytes of an output file's name at most: file systems allow 255, and the temp file a
#: write goes through adds about 25 (see jsonio.atomic_write_bytes)
MAX_NAME_BYTES = 220


def out_paths(out: Path, rel: str) -> tuple[Path, Path]:
    """OUT/rel.json and OUT/rel.docx; a name too long for the file system once suffixed
    is cut at a character boundary and made unique again with a hash of the whole name
    (the record's source.path keeps the full one)."""
    base = out / rel
    name = base.name
    if len((name + ".docx").encode("utf-8")) > MAX_NAME_BYTES:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]
        suffix = base.suffix if len(base.suffix) <= 10 else ""
        keep = MAX_NAME_BYTES - 40 - len(suffix)
        name = name.encode("utf-8")[:keep].decode("utf-8", "ignore") + "~" + digest + suffix
    return base.with_name(name + ".json"), base.with_name(name + ".docx")


def get_validator() -> Callable[[dict], None]:
    """A function record -> None raising SchemaInvalid."""
    from .validate import validate

    return validate


def load_docx_renderer(warn: Callable[[str], None] | None = None) -> Callable[[dict], bytes]:
    """The standardized-DOCX writer."""
    from .writers.docx import render

    return render


def load_convert() -> Callable[[bytes, str], dict]:
    """bytes, relative path → validated record."""
    from .convert import convert

    return convert


# ---------------------------------------------------------------------------
# the worker
# ---------------------------------------------------------------------------

@dataclass
class Options:
    out: Path
    jobs: int = 1
    timeout: float = 60.0
    max_memory_mb: int = 1024
    max_input_mb: int = 100
    force: bool = False
    docx: bool = True
    #: the reasons of earlier failures to try again (empty: every reason), or None
    retry_failed: frozenset[str] | None = None


def _one_line(s: str, limit: int = 500) -> str:
    """A message on one line, at most `limit` characters, that encodes as UTF-8 (an OS
    error names its file as the file system spells it, maybe not in UTF-8)."""
    s = printable(" ".join(str(s).replace("\x00", "").split()))
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _remove_outputs(out: Path, rel: str) -> None:
    for p in out_paths(out, rel):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


#: errors writing OUT that no file causes and every file would meet: the run stops (and a re-run goes on) rather
#: than fail each file left, which a re-run would then skip as failed
OUTPUT_UNWRITABLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})


def stop_if_unwritable(res: dict[str, Any], out: Path) -> None:
    """Raise the OSError a worker met writing `res`'s outputs into `out` when it is one that stops the run."""
    if res.get("errno") in OUTPUT_UNWRITABLE:
        raise OSError(res["errno"], f"{os.strerror(res['errno'])}: writing the outputs of {res['path']} into {out}")


def _retried(prev: tuple[str, str, str | None], reasons: frozenset[str] | None) -> bool:
    """Is the manifest entry `prev` a failure whose reason `reasons` asks to try again (empty: every reason)?"""
    return reasons is not None and prev[1] == "failed" and (not reasons or prev[2] in reasons)


def failure_reasons() -> frozenset[str]:
    """Every typed reason a file can fail with: the pipeline's errors' and the batch's own."""
    from .errors import PipelineError

    classes, reasons = [PipelineError], set(BATCH_REASONS)
    while classes:
        cls = classes.pop()
        reasons.add(cls.reason)
        classes.extend(cls.__subclasses__())
    return frozenset(reasons)


#: the reasons the batch itself gives a failure
BATCH_REASONS = ("timeout", "out_of_memory", "crash", "unreadable", "too_large", "render_failed", "write_failed",
                 "internal_error", "db_rejected")


def _no_file(path: str, mode: int) -> str:
    """What the name `path`, whose stat mode is `mode`, is instead of a file."""
    if S_ISDIR(mode):
        try:
            os.listdir(path)
        except OSError as e:
            return f"a folder that cannot be listed ({e.strerror or e}): its files were not read"
        return "a folder that could not be listed when the inputs were walked: its files were not read"
    kind = "a named pipe" if S_ISFIFO(mode) else "a socket" if S_ISSOCK(mode) else "a device"
    return f"{kind}, not a file"


def failure(rel: str, sha: str | None, stage: str, reason: str, error_type: str, message: str,
            elapsed_ms: int) -> dict[str, Any]:
    return {"path": rel, "sha256": sha, "status": "failed", "stage": stage, "reason": reason,
            "error_type": error_type, "message": _one_line(message), "elapsed_ms": elapsed_ms}


def process_one(full: str, rel: str, prev: tuple[str, str, str | None] | None, opts: Options, convert: Callable,
                render: Callable | None, validate: Callable) -> dict[str, Any]:
    """Convert one file and write its outputs. Runs inside a worker.

    `prev` is what the manifest holds for `rel` from an earlier run, (sha256, status, reason), or None."""
    from .errors import PipelineError

    t0 = time.monotonic()
    ms = lambda: int((time.monotonic() - t0) * 1000)  # noqa: E731
    sha = None
    try:
        st = os.stat(full)
        if not S_ISREG(st.st_mode):
            return failure(rel, None, "read", "unreadable", "NotAFile", _no_file(full, st.st_mode), ms())
        size = st.st_size
        if size > opts.max_input_mb * 1024 * 1024:
            return failure(rel, None, "read", "too_large", "TooLarge",
                           f"input is {size} bytes, over the {opts.max_input_mb} MB limit", ms())
        with open(full, "rb") as fh:
            data = fh.read()
    except OSError as e:
        said = f"a link to {os.readlink(full)!r}, which leads to no file: {e}" if os.path.islink(full) else str(e)
        return failure(rel, None, "read", "unreadable", type(e).__name__, said, ms())
    sha = hashlib.sha256(data).hexdigest()
    json_path, docx_path = out_paths(opts.out, rel)
    if not opts.force and prev and prev[0] == sha and not _retried(prev, opts.retry_failed):
        if prev[1] == "failed" or (prev[1] == "ok" and json_path.exists()):
            return {"path": rel, "sha256": sha, "status": "skipped", "prev_status": prev[1], "elapsed_ms": ms()}
    stage = "extract"
    try:
        record = convert(data, rel)
        stage = "validate"
        validate(record)
        stage = "write"
        text = jsonio.dumps_pretty(record)
        if render is not None:
            stage = "render"
            docx = render(record)
            stage = "write"
            jsonio.atomic_write_bytes(docx_path, docx, fsync=False)
        # no fsync per file: the supervisor syncs OUT's file system once per batch of results,
        # before the database records them (see `run`), which costs 1/64 of it
        jsonio.atomic_write_text(json_path, text, fsync=False)
        rows = record_rows(record, rel)
    except PipelineError as e:
        _remove_outputs(opts.out, rel)
        return failure(rel, sha, getattr(e, "stage", stage) or stage, getattr(e, "reason", "error"),
                       type(e).__name__, str(e) or e.__doc__ or "", ms())
    except MemoryError:
        _remove_outputs(opts.out, rel)
        res = failure(rel, sha, stage, "out_of_memory", "MemoryError",
                      f"memory limit of {opts.max_memory_mb} MB exceeded", ms())
        res["recycle"] = True
        return res
    except RecursionError as e:
        _remove_outputs(opts.out, rel)
        return failure(rel, sha, stage, "too_complex", "RecursionError", str(e), ms())
    except Exception as e:  # noqa: BLE001 — a bug costs its file, not the run
        _remove_outputs(opts.out, rel)
        reason = {"render": "render_failed", "write": "write_failed"}.get(stage, "internal_error")
        tb = traceback.extract_tb(e.__traceback__)
        where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        res = failure(rel, sha, stage, reason, type(e).__name__, f"{e}{where}", ms())
        if stage == "write" and isinstance(e, OSError) and e.errno in OUTPUT_UNWRITABLE:
            res["errno"] = e.errno  # (no fault of the file's: the run stops, see `stop_if_unwritable`)
        return res
    src = record.get("source") or {}
    return {
        "path": rel, "sha256": sha, "status": "ok",
        "source_format": src.get("format"), "report_format": record.get("format"),
        "report_year": record.get("report_year"), "issuer": record.get("issuer"),
        "stage": None, "reason": None, "error_type": None, "message": None,
        "elapsed_ms": ms(), "rows": rows,
    }


_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36


def _prctl(option: int, arg: int) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(option, arg, 0, 0, 0) == 0
    except Exception:  # noqa: BLE001 — not Linux
        return False


def _children_of(pid: int) -> list[int]:
    """Live (non-zombie) direct children of `pid`, from /proc."""
    kids = []
    try:
        names = os.listdir("/proc")
    except OSError:
        return kids
    for d in names:
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2:].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            kids.append(int(d))
    return kids


def _cleanup_worker_temp(profile_root_at_fork) -> None:
    """Remove the LibreOffice profile a worker created (its atexit hook does not run under os._exit)."""
    lo = sys.modules.get("pipeline.readers.libreoffice")
    if lo is not None:
        lo.release_own(profile_root_at_fork)


def _address_space() -> int:
    """Bytes of address space this process holds now (0 when /proc cannot tell)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _worker_setup(max_memory_mb: int) -> None:
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)  # die with the supervisor, even if it is SIGKILLed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if max_memory_mb and max_memory_mb > 0:
        # on top of the address space the worker inherits from the process that forked it
        # (an embedding program's, or a test runner's, can itself be hundreds of MB)
        cap = _address_space() + int(max_memory_mb) * 1024 * 1024
        try:
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY and hard < cap:
                cap = hard
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (ValueError, OSError):
            pass


def _worker_main(conn, opts: Options, convert, render, validate) -> None:
    code = 0
    lo = sys.modules.get("pipeline.readers.libreoffice")
    profile_at_fork = getattr(lo, "_PROFILE_ROOT", None) if lo else None
    try:
        _worker_setup(opts.max_memory_mb)
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                break
            if msg is None:
                break
            res = process_one(*msg, opts, convert, render, validate)
            conn.send(res)
            if res.get("recycle"):
                break
    except BaseException:  # noqa: BLE001
        code = 70
    finally:
        try:
            _cleanup_worker_temp(profile_at_fork)
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001
            pass
        os._exit(code)  # never run atexit handlers / finalizers inherited from the supervisor


# ---------------------------------------------------------------------------
# the supervisor
# ---------------------------------------------------------------------------

#: a worker is sent files ahead of the one it converts: about this much work, more than a
#: database commit of a batch of results takes (64 × ~1 ms), so it never runs dry meanwhile…
PREFETCH_SECONDS = 0.1
#: …and at most this many files (fast pages: ~17; slow PDFs or LibreOffice files: 1, so
#: at the end of a run no idle worker waits while another has a queue of slow files)
PREFETCH_MAX = 32


class _Worker:
    """A worker process: `item` is the file it is converting (its clock started at `t0`),
    `queued` the next ones already sent down its pipe (see `ahead`), so it keeps working
    while we are busy (a database commit of a batch of results takes tens of ms)."""

    __slots__ = ("proc", "conn", "item", "queued", "t0", "killed", "avg_s")

    def __init__(self, proc, conn):
        self.proc, self.conn = proc, conn
        self.item: tuple | None = None  # (absolute path, relative path, manifest entry)
        self.queued: deque = deque()
        self.avg_s: float | None = None  # moving average of its seconds per file

    def ahead(self) -> int:
        """How many files to keep queued for this worker."""
        if self.avg_s is None:
            return 1
        return max(1, min(PREFETCH_MAX, int(PREFETCH_SECONDS / max(self.avg_s, 1e-4))))

    def timed(self, seconds: float) -> None:
        self.avg_s = seconds if self.avg_s is None else 0.8 * self.avg_s + 0.2 * seconds
        self.t0 = 0.0
        self.killed = False


def _release_if_killed(w: "_Worker") -> None:
    """Remove the LibreOffice profile (and the copy of an input in it) and soffice's socket of a worker that was
    killed and so could not remove them."""
    if w.proc.exitcode is not None and w.proc.exitcode < 0:
        from .readers import libreoffice
        libreoffice.release(libreoffice.profile_of(w.proc.pid))


def _killpg(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except (ProcessLookupError, PermissionError, OSError):
            pass


@dataclass
class RunStats:
    total: int = 0
    done: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    skipped_failed: int = 0
    reasons: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    replaced_workers: int = 0

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


class Progress:
    """TTY: one line refreshed in place. Otherwise: a plain line every ~5 s."""

    def __init__(self, stats: RunStats, enabled: bool = True, stream=None, interval: float | None = None):
        self.stats = stats
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if interval is not None else (0.2 if self.tty else 5.0)
        self.last = 0.0
        self.dirty = False

    BAR_WIDTH = 24

    def line(self) -> str:
        """The progress line: on a terminal led by a bar, in plain lines by the percentage."""
        s = self.stats
        el = max(s.elapsed, 1e-6)
        rate = s.done / el
        left = s.total - s.done
        eta = left / rate if rate > 0 else float("nan")
        eta_s = "?" if eta != eta else time.strftime("%H:%M:%S", time.gmtime(eta))
        share = s.done / s.total if s.total else 1.0
        if self.tty:
            filled = min(self.BAR_WIDTH, int(share * self.BAR_WIDTH))
            lead = "█" * filled + "░" * (self.BAR_WIDTH - filled) + f" {share:4.0%}"
        else:
            lead = f"{share:.0%}"
        return (f"{lead} [{s.done}/{s.total}] {rate:.1f} files/s  ok {s.ok}  failed {s.failed}  "
                f"skipped {s.skipped}  ETA {eta_s}")

    def tick(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        if self.tty:
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.dirty = True
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        if self.tty and self.dirty:
            self.stream.write("\r\x1b[K")
            self.dirty = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.tty and self.dirty:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()
            self.dirty = False


class _Feed:
    """The files still to send: first those given back by a worker that went away, then the
    rest of `items`, taken from it one at a time (it may be a lazy walk of the inputs)."""

    def __init__(self, items: Iterable):
        self.back: deque = deque()
        self.items = iter(items)
        self.head = None

    def __bool__(self) -> bool:
        if self.back or self.head is not None:
            return True
        self.head = next(self.items, None)
        return self.head is not None

    def popleft(self):
        if self.back:
            return self.back.popleft()
        if not self:
            raise IndexError("no file left")
        item, self.head = self.head, None
        return item

    def appendleft(self, item) -> None:
        self.back.appendleft(item)


class Supervisor:
    def __init__(self, opts: Options, convert, render, validate, on_result):
        self.opts = opts
        self.convert, self.render, self.validate = convert, render, validate
        self.on_result = on_result
        self.ctx = mp.get_context("fork")
        self.workers: list[_Worker] = []
        self.replaced = 0
        # Orphaned grandchildren (e.g. soffice started in its own session by a worker
        # that was then killed) are re-parented to us, so we can kill and reap them.
        self.subreaper = _prctl(_PR_SET_CHILD_SUBREAPER, 1)
        self.preexisting = set(_children_of(os.getpid()))

    def reap_orphans(self) -> int:
        """Kill and reap adopted descendants that are not our workers."""
        if not self.subreaper:
            return 0
        mine = {w.proc.pid for w in self.workers}
        n = 0
        for pid in _children_of(os.getpid()):
            if pid in mine or pid in self.preexisting:
                continue
            try:
                if os.getpgid(pid) == os.getpgid(0):
                    continue  # started by the embedding program, not by a worker
            except OSError:
                continue
            _killpg(pid)
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
            n += 1
        return n

    def spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        p = self.ctx.Process(target=_worker_main, name="pipeline-worker",
                             args=(child, self.opts, self.convert, self.render, self.validate))
        p.daemon = False
        p.start()
        child.close()
        try:
            os.setpgid(p.pid, p.pid)  # also set in the child; whichever runs first wins
        except OSError:
            pass
        w = _Worker(p, parent)
        self.workers.append(w)
        return w

    def _retire(self, w: _Worker) -> None:
        _killpg(w.proc.pid)
        try:
            w.proc.join(5)
        except Exception:  # noqa: BLE001
            pass
        _killpg(w.proc.pid)  # grandchildren left in the group
        try:
            w.conn.close()
        except OSError:
            pass
        if w in self.workers:
            self.workers.remove(w)
        self.reap_orphans()
        _release_if_killed(w)

    def _lost(self, w: _Worker, reason: str, message: str) -> None:
        full, rel, _prev = w.item
        elapsed = int((time.monotonic() - w.t0) * 1000)
        sha = None
        try:
            h = hashlib.sha256()
            with open(full, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            sha = h.hexdigest()
        except OSError:
            pass
        _remove_outputs(self.opts.out, rel)
        self.on_result(failure(rel, sha, "worker", reason, "WorkerLost", message, elapsed))
        w.item = None

    @staticmethod
    def _send(w: _Worker, item: tuple) -> None:
        try:
            w.conn.send(item)
        except (BrokenPipeError, OSError):
            pass  # the sentinel will tell

    @staticmethod
    def _requeue(w: _Worker, pending: _Feed) -> None:
        """Files sent to a worker that is going away but not started: back to the front."""
        while w.queued:
            pending.appendleft(w.queued.pop())

    def run(self, items: Iterable[tuple[str, str, tuple[str, str, str | None] | None]], total: int) -> None:
        """Convert `items` ((absolute path, relative path, manifest entry) of `total` files)."""
        pending = _Feed(items)
        n = max(1, min(self.opts.jobs, total))
        try:
            for _ in range(n):
                self.spawn()
            while pending or any(w.item for w in self.workers):
                for w in list(self.workers):
                    if w.item is None and pending:
                        if not w.proc.is_alive():
                            self._retire(w)
                            w = self.spawn()
                            self.replaced += 1
                        w.item = pending.popleft()
                        w.t0 = time.monotonic()
                        self._send(w, w.item)
                    while w.item is not None and len(w.queued) < w.ahead() and pending:
                        w.queued.append(pending.popleft())
                        self._send(w, w.queued[-1])
                busy = [w for w in self.workers if w.item is not None]
                if not busy:
                    break
                now = time.monotonic()
                wait_for = min(max(0.0, w.t0 + self.opts.timeout - now) for w in busy)
                objs = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
                ready = set(mp_wait(objs, timeout=min(wait_for, 0.5) + 0.01))
                now = time.monotonic()
                for w in busy:
                    res = None
                    # a worker seen dead may have sent its last result just before: after the
                    # wait, between it and `is_alive` (so its pipe was not in `ready`)
                    dead = w.proc.sentinel in ready or not w.proc.is_alive()
                    if w.conn in ready or (dead and w.conn.poll()):
                        try:
                            res = w.conn.recv()
                        except (EOFError, OSError):
                            res = None
                        except Exception as e:  # noqa: BLE001 — unpicklable result
                            res = failure(w.item[1], None, "worker", "internal_error", type(e).__name__,
                                          f"bad result from worker: {e}", int((now - w.t0) * 1000))
                    if res is not None:
                        w.item = None
                        w.timed((res.get("elapsed_ms") or 0) / 1000)
                        self.on_result(res)
                        if res.get("recycle"):
                            self._requeue(w, pending)
                            self._retire(w)
                            self.spawn()
                            self.replaced += 1
                        elif w.queued:
                            w.item = w.queued.popleft()
                            w.t0 = now
                        continue
                    if dead:
                        w.proc.join(1)
                        code = w.proc.exitcode
                        if code is not None and code < 0:
                            sig = -code
                            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
                            if sig == signal.SIGKILL:
                                reason, msg = "out_of_memory", "worker killed by SIGKILL (likely the kernel OOM killer)"
                            else:
                                reason, msg = "crash", f"worker died with signal {name}"
                        else:
                            reason, msg = "crash", f"worker exited with code {code}"
                        self._lost(w, reason, msg)
                        self._requeue(w, pending)
                        self._retire(w)
                        self.spawn()
                        self.replaced += 1
                        continue
                    if now - w.t0 > self.opts.timeout:
                        _killpg(w.proc.pid)
                        self._lost(w, "timeout", f"no result within {self.opts.timeout:g} s; worker killed")
                        self._requeue(w, pending)
                        self._retire(w)
                        self.spawn()
                        self.replaced += 1
        finally:
            self.shutdown()

    def shutdown(self) -> None:
        for w in self.workers:
            try:
                w.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 5
        for w in list(self.workers):
            w.proc.join(max(0.0, deadline - time.monotonic()))
            _killpg(w.proc.pid)
            if w.proc.is_alive():
                w.proc.join(1)
            try:
                w.conn.close()
            except OSError:
                pass
            _release_if_killed(w)
        self.workers.clear()
        self.reap_orphans()


# ---------------------------------------------------------------------------
# public entry point
# ---------------------------------------------------------------------------

#: a URL's scheme ('postgres:', 'mysql:'); a one-letter one is a Windows drive
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")


def open_store(db: str | None, out: Path):
    """SQLite path / sqlite:///path / postgresql://… → a store (SqliteStore or PostgresStore).

    A database that cannot be opened or reached is a UsageError (one line, exit code 2)."""
    if db and (db.startswith(("postgresql://", "postgres://")) or db.startswith("host=") or db.startswith("dbname=")):
        import psycopg

        from .writers.postgres import PostgresStore
        try:
            return PostgresStore(db)
        except psycopg.Error as e:
            raise UsageError(f"cannot use the PostgreSQL database: {_one_line(str(e).splitlines()[0] if str(e) else e)}") from e
    if db and _URL_SCHEME.match(db) and not db.startswith("sqlite://"):
        # 'postgresql:/db' (one slash) or 'mysql://…' would otherwise become a SQLite file of that name
        raise UsageError(f"not a database URL the pipeline writes to: {db} "
                         "(a SQLite path, sqlite:///path or postgresql://…)")
    import sqlite3

    from .writers.sqlite import SqliteStore
    path = out / "reports.sqlite" if not db else db
    if db and db.startswith("sqlite:///"):
        path = db[len("sqlite:///"):]  # sqlite:///rel.db, sqlite:////abs/path.db
    elif db and db.startswith("sqlite://"):
        path = db[len("sqlite://"):]
    try:
        return SqliteStore(path)
    except (OSError, sqlite3.Error) as e:
        raise UsageError(f"cannot use the SQLite database {path}: {_one_line(str(e))}") from e


def _put_one_at_a_time(store, results: list[dict[str, Any]], out: Path) -> list[dict[str, Any]]:
    """After the database refused a batch: each result alone. An ok result it still refuses
    becomes a failure (stage load, reason db_rejected) and loses its outputs; those are
    returned. When it refuses a failure row too, the database itself fails: raised."""
    rejected = []
    for r in results:
        try:
            store.put([r])
        except Exception as e:  # noqa: BLE001
            if r["status"] != "ok":
                raise
            _remove_outputs(out, r["path"])
            bad = failure(r["path"], r["sha256"], "load", "db_rejected", type(e).__name__, str(e),
                          r.get("elapsed_ms") or 0)
            store.put([bad])
            rejected.append(bad)
    return rejected


def _with_manifest(files: Iterable[tuple[str, str]], store, force: bool,
                   chunk: int = 256) -> Iterator[tuple[str, str, tuple[str, str, str | None] | None]]:
    """`files` with what the manifest holds for each from earlier runs, (sha256, status, reason) or
    None (always None with `force`): looked up a chunk at a time, so memory stays flat."""
    it = iter(files)
    while part := list(itertools.islice(it, chunk)):
        prev = {} if force else store.previous([rel for _, rel in part])
        for full, rel in part:
            yield full, rel, prev.get(rel)


def run(inputs: list[str], out: str | os.PathLike, *, jobs: int | None = None, timeout: float = 60.0,
        max_memory_mb: int = 1024, max_input_mb: int = 100, force: bool = False,
        retry_failed: Iterable[str] | None = None, docx: bool = True,
        db: str | None = None, shard: str | None = None, progress: bool = True, convert: Callable | None = None,
        render: Callable | None = None, stream=None, fsync: bool = True,
        batch_size: int = 64, flush_seconds: float = 1.0) -> dict[str, Any]:
    """Run an extraction. Returns the summary dict (also written to OUT/summary.json).

    `convert` (bytes, rel_path) -> record defaults to pipeline.convert.convert;
    `render` (record) -> bytes defaults to pipeline.writers.docx.render (when docx).
    `retry_failed`: the reasons of earlier runs' failures to try again on unchanged files (empty: every reason;
    None: none, a failed file is skipped like a converted one).
    `fsync`: before each database commit, OUT's file system is synced, so a record the
    database lists survives a power cut (a killed process needs no sync: writes are
    temp + rename). Raises UsageError for bad arguments / missing inputs.
    """
    stream = stream or sys.stderr
    if not inputs:
        raise UsageError("no input given")
    if timeout <= 0:
        raise UsageError("--timeout must be > 0")
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be >= 1")
    if retry_failed is not None:
        retry_failed = frozenset(retry_failed)
        if unknown := sorted(retry_failed - failure_reasons()):
            raise UsageError(f"--retry-failed: no failure has the reason {', '.join(unknown)} (the reasons: "
                             f"{', '.join(sorted(failure_reasons()))})")
    shard_t = parse_shard(shard)
    out = Path(out)
    files = Inputs(inputs, shard_t, exclude=out)
    total = files.count()  # before any work: a clash between inputs is a UsageError
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot make the output folder {out}: {e.strerror or e}") from e
    lock = _lock_output(out)  # before the sweep, which would delete another run's temp files
    jsonio.sweep_temp(out)
    from .readers import libreoffice
    libreoffice.prune_dead_profiles()  # (a run killed with SIGKILL left its workers' LibreOffice profiles)

    def warn(msg: str) -> None:
        stream.write(f"warning: {msg}\n")

    if convert is None:
        convert = load_convert()
    if docx and render is None:
        render = load_docx_renderer(warn)
    if not docx:
        render = None
    validate = get_validator()

    store = open_store(db, out)
    try:
        stats = RunStats(total=total)
        prog = Progress(stats, enabled=progress, stream=stream)
        buffer: list[dict[str, Any]] = []
        last_flush = [time.monotonic()]

        def flush() -> None:
            if buffer:
                if fsync:
                    jsonio.sync_filesystem(out)  # outputs are on disk before the database says so
                try:
                    store.put(buffer)
                except Exception as e:  # noqa: BLE001 — one result the database refuses costs its file only
                    if store.failed(e):
                        raise
                    for res in _put_one_at_a_time(store, buffer, out):
                        stats.ok -= 1
                        stats.failed += 1
                        stats.reasons[res["reason"]] += 1
                        prog.message(f"FAILED {res['path']}: {res['reason']} ({res['stage']}, "
                                     f"{res['error_type']}): {res['message']}")
                buffer.clear()
            last_flush[0] = time.monotonic()

        def on_result(res: dict[str, Any]) -> None:
            stop_if_unwritable(res, out)
            stats.done += 1
            rel = res["path"]
            st = res["status"]
            if st == "skipped":
                stats.skipped += 1
                if res.get("prev_status") == "failed":
                    stats.skipped_failed += 1
            else:
                if st == "ok":
                    stats.ok += 1
                else:
                    stats.failed += 1
                    stats.reasons[res.get("reason")] += 1
                    prog.message(f"FAILED {rel}: {res.get('reason')} ({res.get('stage')}, "
                                 f"{res.get('error_type')}): {res.get('message')}")
                buffer.append(res)
            if len(buffer) >= batch_size or time.monotonic() - last_flush[0] >= flush_seconds:
                flush()
            prog.tick()

        opts = Options(out=out, jobs=jobs or os.cpu_count() or 1, timeout=timeout,
                       max_memory_mb=max_memory_mb, max_input_mb=max_input_mb, force=force, retry_failed=retry_failed,
                       docx=render is not None)
        sup = Supervisor(opts, convert, render, validate, on_result)
        prev_term = signal.getsignal(signal.SIGTERM)

        def on_term(signum, frame):
            raise SystemExit(128 + signum)

        try:
            signal.signal(signal.SIGTERM, on_term)
        except ValueError:  # not in the main thread
            prev_term = None
        try:
            if total:
                sup.run(_with_manifest(files, store, force), total)
        finally:
            try:
                flush()
            finally:
                if prev_term is not None:
                    signal.signal(signal.SIGTERM, prev_term)
                prog.close()
        stats.replaced_workers = sup.replaced
        store.add_query_indexes()
        summary = finalize(out, store, stats)
    finally:
        store.close()
        lock.close()
    print_summary(summary, stream)
    return summary


def _lock_output(out: Path):
    """An exclusive lock on OUT for this run (the open lock file; closing it, or the end of
    the process however it ends, releases it). Raises UsageError while another run holds it:
    two runs on one OUT would delete each other's temp files and race on its manifest."""
    import fcntl

    try:
        fh = open(out / OUT_MARK, "a+b")  # noqa: SIM115 — held for the whole run
    except OSError as e:
        raise UsageError(f"cannot write to the output folder {out}: {e.strerror or e}") from e
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise UsageError(f"another pipeline run is writing to {out}; wait for it or use another --out") from None
    except OSError:
        pass  # a file system without locks: run unguarded, as before
    return fh


# ---------------------------------------------------------------------------
# end of run: records.jsonl, errors.jsonl, summary.json, report.html
# ---------------------------------------------------------------------------

ERROR_KEYS = ("path", "sha256", "stage", "reason", "error_type", "message", "elapsed_ms")


_FILE_COLS = ("path", "sha256", "status", "source_format", "report_format", "report_year", "issuer",
              "stage", "reason", "error_type", "message", "elapsed_ms")


@dataclass
class ManifestCounts:
    """What summary.json and report.html say about the files of OUT, gathered while the
    manifest is streamed (never held in memory: an archive can have millions of files)."""

    by_status: Counter = field(default_factory=Counter)
    by_source_format: Counter = field(default_factory=Counter)
    by_report_format: Counter = field(default_factory=Counter)
    by_year: Counter = field(default_factory=Counter)
    by_level: Counter = field(default_factory=Counter)
    by_reason: Counter = field(default_factory=Counter)
    #: the files refused as not_a_report by the kind of document they are (a guide, an index page…)
    not_reports: Counter = field(default_factory=Counter)
    #: the first failed files in path order (report.html lists these)
    failed_sample: list[dict[str, Any]] = field(default_factory=list)

    def add(self, f: dict[str, Any]) -> None:
        self.by_status[f["status"]] += 1
        if f["status"] == "ok":
            self.by_source_format[f["source_format"] or "unknown"] += 1
            self.by_report_format[f["report_format"] or "unknown"] += 1
            self.by_year[f["report_year"]] += 1
            self.by_level[level_of(f["issuer"])] += 1
        elif f["status"] == "failed":
            self.by_reason[f["reason"]] += 1
            if f["reason"] == NotAReport.reason:
                self.not_reports[NotAReport.kind_in(f["message"] or "")] += 1
            if len(self.failed_sample) < 1000:
                self.failed_sample.append(f)


def _files(store, status: str):
    """Manifest rows (dicts) of one status, in path order, streamed."""
    sql = f"SELECT {', '.join(_FILE_COLS)} FROM files WHERE status = ? ORDER BY path"
    return (dict(zip(_FILE_COLS, row)) for row in store.iter_query(sql, (status,)))


def _ok_files_with_lines(store):
    """(manifest row, its record's JSON line or None) of the ok files, in path order, streamed.

    SQLite holds each report's record as written to its JSON file, on one line (reports.
    record_json, dumps_line of the same record): read there instead of parsing and dumping
    every JSON file again. None when the record must come from the file: PostgreSQL's JSONB
    reorders keys, and a file whose bytes another path also holds has that path's record."""
    if store.dialect != "sqlite":
        return ((f, None) for f in _files(store, "ok"))
    cols = ", ".join(f"f.{c}" for c in _FILE_COLS)
    sql = (f"SELECT {cols}, r.path, r.record_json FROM files f LEFT JOIN reports r ON r.sha256 = f.sha256 "
           "WHERE f.status = 'ok' ORDER BY f.path")
    n = len(_FILE_COLS)
    return ((dict(zip(_FILE_COLS, row)), row[n + 1] if row[n] == row[0] else None)
            for row in store.iter_query(sql, batch=64))  # a record is ~10 kB: 64 at a time


def finalize(out: Path, store, stats: RunStats | None = None, html: bool = True) -> dict[str, Any]:
    """Rewrite OUT/records.jsonl, errors.jsonl, summary.json (and report.html) from the manifest."""
    counts = ManifestCounts()
    missing: list[str] = []

    def record_lines():
        for f, line in _ok_files_with_lines(store):
            counts.add(f)
            jp, _ = out_paths(out, f["path"])
            if line is not None:
                if jp.exists():
                    yield line
                    continue
                missing.append(f["path"])
                continue
            try:
                rec = jsonio.loads(jp.read_bytes())
            except (OSError, ValueError):
                missing.append(f["path"])
                continue
            yield jsonio.dumps_line(rec)

    def error_lines():
        for f in _files(store, "failed"):
            counts.add(f)
            yield jsonio.dumps_line({k: f[k] for k in ERROR_KEYS})

    n_records = jsonio.atomic_write_lines(out / "records.jsonl", record_lines())
    jsonio.atomic_write_lines(out / "errors.jsonl", error_lines())
    for status, n in store.query("SELECT status, COUNT(*) FROM files WHERE status NOT IN ('ok', 'failed') GROUP BY status"):
        counts.by_status[status] += n

    summary: dict[str, Any] = {
        "files": sum(counts.by_status.values()),
        "records": n_records,
        "by_status": dict(sorted(counts.by_status.items())),
        "by_source_format": dict(sorted(counts.by_source_format.items())),
        "by_report_format": dict(sorted(counts.by_report_format.items())),
        "by_year": {str(k): v for k, v in sorted(counts.by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))},
        "by_reason": dict(sorted(counts.by_reason.items())),
        "not_reports_by_kind": dict(counts.not_reports.most_common()),
    }
    if missing:
        summary["missing_json"] = missing[:100]
    if stats is not None:
        el = stats.elapsed
        summary["run"] = {
            "inputs": stats.total, "processed": stats.ok + stats.failed, "ok": stats.ok, "failed": stats.failed,
            "skipped": stats.skipped, "skipped_failed": stats.skipped_failed,
            "elapsed_s": round(el, 3), "files_per_s": round((stats.ok + stats.failed) / el, 2) if el > 0 else None,
            "replaced_workers": stats.replaced_workers,
            "failed_inputs": stats.failed + stats.skipped_failed,
        }
    jsonio.atomic_write_json(out / "summary.json", summary)
    if html:
        try:
            from .writers.report_html import write_report
            write_report(out, store, summary, counts)
        except Exception as e:  # noqa: BLE001 — the report is a convenience
            sys.stderr.write(f"warning: report.html not written: {type(e).__name__}: {e}\n")
    return summary


def print_summary(summary: dict[str, Any], stream=None) -> None:
    stream = stream or sys.stderr
    run = summary.get("run") or {}
    lines = ["", "summary", "-------"]
    rows = [("inputs this run", run.get("inputs")), ("processed", run.get("processed")),
            ("  ok", run.get("ok")), ("  failed", run.get("failed")), ("skipped (unchanged)", run.get("skipped")),
            ("elapsed s", run.get("elapsed_s")), ("files/s", run.get("files_per_s")),
            ("workers replaced", run.get("replaced_workers")),
            ("records in OUT", summary.get("records")), ("failed in OUT", summary.get("by_status", {}).get("failed", 0))]
    w = max(len(k) for k, _ in rows)
    lines += [f"{k:<{w}}  {'' if v is None else v}" for k, v in rows]
    if summary.get("by_reason"):
        lines.append("failures by reason:")
        lines += [f"  {k:<{w - 2}}  {v}" for k, v in summary["by_reason"].items()]
    if summary.get("not_reports_by_kind"):
        lines.append("not reports, by what they are:")
        lines += [f"  {v:>{w - 2}}  {k}" for k, v in summary["not_reports_by_kind"].items()]
    stream.write("\n".join(lines) + "\n")
    stream.flush()
