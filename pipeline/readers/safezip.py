"""Vet a ZIP container before anything opens it (zip bombs, zip-slip, duplicates, overlaps).

`vet_zip(data)` returns ``{name: bytes}`` of the vetted members. Limits are enforced
on the bytes actually inflated, read in 1 MiB chunks with running caps; header sizes
are never trusted. Nothing is ever written to disk.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Callable

from ..errors import Encrypted, InputBomb, ReadError

__all__ = ["ZipLimits", "DEFAULT_LIMITS", "vet_zip", "check_member_name"]

MiB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 1000  # Apache POI MAX_FILE_COUNT
    max_member_bytes: int = 32 * MiB  # inflated bytes of one member
    max_total_bytes: int = 64 * MiB  # inflated bytes of all read members
    max_ratio: float = 100.0  # POI MIN_INFLATE_RATIO 0.01
    ratio_grace_bytes: int = 100 * 1024  # ratio checked only past this many inflated bytes
    chunk_bytes: int = 1 * MiB


DEFAULT_LIMITS = ZipLimits()

_DRIVE = re.compile(r"^[A-Za-z]:")


def check_member_name(name: str) -> None:
    """Raise `ReadError` for a zip-slip member name (absolute, '..', backslash, drive letter, NUL)."""
    if not name:
        raise ReadError("zip member with an empty name")
    if "\\" in name:
        raise ReadError(f"zip member name contains a backslash: {name[:80]!r}")
    if "\x00" in name:
        raise ReadError(f"zip member name contains NUL: {name[:80]!r}")
    if name.startswith("/") or _DRIVE.match(name):
        raise ReadError(f"zip member name is absolute: {name[:80]!r}")
    if ".." in name.split("/"):
        raise ReadError(f"zip member name escapes the archive ('..'): {name[:80]!r}")


def _check_overlaps(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """Reject entries whose local data overlap (the Fifield overlapped-file bomb).

    CPython only checks this from 3.11.8/3.12.2 (gh-109858); do it ourselves.
    """
    spans = []
    for info in infos:
        off = info.header_offset
        head = data[off : off + 30]
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            raise ReadError(f"zip member {info.filename[:80]!r}: bad local header")
        name_len, extra_len = struct.unpack("<HH", head[26:30])
        start = off
        end = off + 30 + name_len + extra_len + info.compress_size
        if end > len(data):
            raise ReadError(f"zip member {info.filename[:80]!r} runs past the end of the file (truncated)")
        spans.append((start, end, info.filename))
    spans.sort()
    for (s1, e1, n1), (s2, _e2, n2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise InputBomb(f"zip members overlap ({n1[:40]!r} and {n2[:40]!r}): overlapped-entry zip bomb")


def vet_zip(
    data: bytes,
    include: Callable[[str], bool] | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> dict[str, bytes]:
    """Vet the ZIP in `data` and return ``{name: inflated bytes}``.

    Every entry's name is checked (count, duplicates, zip-slip); members for which
    `include(name)` is true (all when `include` is None) are inflated in chunks under
    running per-member, total and ratio caps. Directory entries are skipped.

    Raises `InputBomb` for any size/ratio/count limit, `Encrypted` for encrypted
    members, `ReadError` for anything corrupt.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error) as e:
        raise ReadError(f"not a readable zip archive: {e}") from None
    except NotImplementedError as e:  # a (damaged) header asking for a zip version / feature zipfile lacks
        raise ReadError(f"zip archive uses an unsupported feature: {e}") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise InputBomb(f"zip has {len(infos)} entries (limit {limits.max_entries})")
        seen: set[str] = set()
        for info in infos:
            check_member_name(info.filename)
            key = info.filename.lower()
            if key in seen:
                raise ReadError(f"zip has duplicate member name {info.filename[:80]!r}")
            seen.add(key)
        _check_overlaps(data, infos)

        out: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            if include is not None and not include(info.filename):
                continue
            if info.flag_bits & 0x1:
                raise Encrypted(f"zip member {info.filename[:80]!r} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ReadError(f"zip member {info.filename[:80]!r} uses unsupported compression {info.compress_type}")
            chunks = []
            size = 0
            comp = max(info.compress_size, 1)
            try:
                with zf.open(info) as fh:
                    while True:
                        chunk = fh.read(limits.chunk_bytes)
                        if not chunk:
                            break
                        size += len(chunk)
                        total += len(chunk)
                        if size > limits.max_member_bytes:
                            raise InputBomb(
                                f"zip member {info.filename[:80]!r} inflates past {limits.max_member_bytes} bytes"
                            )
                        if total > limits.max_total_bytes:
                            raise InputBomb(f"zip inflates past {limits.max_total_bytes} bytes in total")
                        if size > limits.ratio_grace_bytes and size / comp > limits.max_ratio:
                            raise InputBomb(
                                f"zip member {info.filename[:80]!r} compression ratio over {limits.max_ratio:.0f}:1"
                            )
                        chunks.append(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error) as e:
                raise ReadError(f"zip member {info.filename[:80]!r} is corrupt: {e}") from None
            except NotImplementedError as e:
                raise ReadError(f"zip member {info.filename[:80]!r}: {e}") from None
            if size != info.file_size:
                raise ReadError(f"zip member {info.filename[:80]!r} size does not match its header")
            out[info.filename] = b"".join(chunks)
        return out
