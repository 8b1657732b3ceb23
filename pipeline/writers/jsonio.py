"""Atomic file writes: temp file in the same directory, fsync, os.replace.

A reader (or a re-run after a crash) sees either the old file or the new one,
never a torn one. Temp files are named `.NAME.tmp-PID-RANDOM`, so a crash can
leave one behind but never under the real name; `sweep_temp` removes them.
"""
from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any, Iterable

import orjson

TMP_MARK = ".tmp-"


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_folders(folder: Path) -> None:
    """Make `folder` and the parents it lacks, one level at a time (Path.mkdir(parents=True) recurses once a missing
    level: the outputs of a crawl's tree nested a thousand levels deep ran out of Python's stack)."""
    missing = []
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for f in reversed(missing):
        try:
            f.mkdir()
        except FileExistsError:
            pass


def atomic_write_bytes(path: str | os.PathLike, data: bytes, *, fsync: bool = True, fsync_dir: bool = False) -> None:
    """Write `data` to `path` atomically (same-directory temp + fsync + os.replace)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileNotFoundError:  # the folder is made on the first write into it
        make_folders(path.parent)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        if fsync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    os.close(fd)
    os.replace(tmp, path)
    if fsync_dir:
        _fsync_dir(path.parent)


def sync_filesystem(path: str | os.PathLike) -> None:
    """Flush every written file (data and directory entries) of the file system holding
    `path` to disk: syncfs(2) on Linux, sync(2) elsewhere."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        os.sync()
        return
    try:
        if _libc_syncfs is None or _libc_syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def _load_syncfs():
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


_libc_syncfs = _load_syncfs()


def atomic_write_text(path: str | os.PathLike, text: str, **kw: Any) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), **kw)


def dumps_pretty(obj: Any) -> str:
    """The per-file record format: pretty (2-space indent), UTF-8, non-ASCII kept as is.

    orjson writes the same text as `json.dumps(indent=2, ensure_ascii=False)` some forty
    times faster; values it cannot encode (integers beyond 64 bits) go through `json`."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def loads(data: bytes | str) -> Any:
    """Parse a JSON document (orjson: several times faster than `json`)."""
    return orjson.loads(data)


def dumps_line(obj: Any) -> str:
    """One JSON document on one line (JSONL), as `json.dumps(separators=(",", ":"))` writes it."""
    try:
        return orjson.dumps(obj).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def atomic_write_json(path: str | os.PathLike, obj: Any, **kw: Any) -> None:
    atomic_write_text(path, dumps_pretty(obj), **kw)


def atomic_write_lines(path: str | os.PathLike, lines: Iterable[str], **kw: Any) -> int:
    """Stream lines into a temp file, then replace `path`. Returns the line count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line)
                fh.write("\n")
                n += 1
            fh.flush()
            if kw.get("fsync", True):
                os.fsync(fh.fileno())
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    os.replace(tmp, path)
    return n


def is_temp(name: str) -> bool:
    return name.startswith(".") and TMP_MARK in name


def sweep_temp(root: str | os.PathLike) -> int:
    """Remove temp files left behind by a killed run under `root`."""
    removed = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if is_temp(name):
                try:
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
                except OSError:
                    pass
    return removed
