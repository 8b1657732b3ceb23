"""safezip: every ZIP is vetted, streaming, before anything opens it."""
from __future__ import annotations

import io
import random
import struct
import time
import tracemalloc
import zipfile
import zlib

import pytest

from pipeline.errors import Encrypted, InputBomb, ReadError
from pipeline.readers.safezip import ZipLimits, check_member_name, vet_zip

MiB = 1024 * 1024


def raw_zip(entries, central_names=None, central_offsets=None):
    """Hand-built ZIP: entries are (name, payload, declared_size, flags, method, compressed?).

    Lets a test lie in the headers (declared sizes), duplicate names, or point two
    central-directory entries at one local header (overlap).
    """
    out = io.BytesIO()
    central = []
    for i, (name, payload, declared, flags, method) in enumerate(entries):
        nb = name.encode("utf-8")
        if method == 8:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(payload) + co.flush() if isinstance(payload, bytes) else payload()
        else:
            comp = payload
        crc = zlib.crc32(payload) if isinstance(payload, bytes) else 0
        size = declared if declared is not None else (len(payload) if isinstance(payload, bytes) else 0)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0, crc, len(comp), size, len(nb), 0))
        out.write(nb)
        out.write(comp)
        cname = central_names[i] if central_names else nb
        coff = central_offsets[i] if central_offsets else off
        central.append((cname if isinstance(cname, bytes) else cname.encode(), coff, crc, len(comp), size, flags, method))
    cd_start = out.tell()
    for cname, off, crc, csize, size, flags, method in central:
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0, crc, csize, size,
                              len(cname), 0, 0, 0, 0, 0, off))
        out.write(cname)
    cd_end = out.tell()
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_end - cd_start, cd_start, 0))
    return out.getvalue()


def zeros_deflated(n_mib: int) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(MiB)
    parts = [co.compress(chunk) for _ in range(n_mib)]
    parts.append(co.flush())
    return b"".join(parts)


def measure(fn):
    tracemalloc.start()
    t = time.perf_counter()
    try:
        fn()
    finally:
        elapsed = time.perf_counter() - t
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return elapsed, peak


def ok_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return buf.getvalue()


def test_plain_zip_roundtrip_and_include_filter():
    data = ok_zip({"a.xml": b"<a/>", "dir/b.rels": b"x" * 5000, "media/img.png": b"\x89PNG" + bytes(100)})
    assert vet_zip(data) == {"a.xml": b"<a/>", "dir/b.rels": b"x" * 5000, "media/img.png": b"\x89PNG" + bytes(100)}
    got = vet_zip(data, include=lambda n: n.endswith((".xml", ".rels")))
    assert set(got) == {"a.xml", "dir/b.rels"}


def test_ratio_bomb_rejected_fast_and_small():
    # ~1000:1: 200 MiB of zeros deflate to ~200 KB
    comp = zeros_deflated(200)
    assert 150 < 200 * MiB / len(comp) < 1100
    payload_fn = lambda: comp  # noqa: E731
    data = raw_zip([("word/document.xml", payload_fn, 200 * MiB, 0, 8)])
    with pytest.raises(InputBomb, match="ratio"):
        vet_zip(data)
    elapsed, peak = _measure_raises(lambda: vet_zip(data), InputBomb)
    assert elapsed < 0.5, elapsed
    assert peak < 100 * MiB, peak


def _measure_raises(fn, exc):
    box = {}

    def run():
        with pytest.raises(exc) as ei:
            fn()
        box["e"] = ei.value

    elapsed, peak = measure(run)
    return elapsed, peak


def test_ratio_bomb_with_real_zipfile_writer():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", bytes(50 * MiB))
    data = buf.getvalue()
    elapsed, peak = _measure_raises(lambda: vet_zip(data), InputBomb)
    assert elapsed < 0.5 and peak < 100 * MiB


def test_lying_size_header_small_declared():
    comp = zeros_deflated(200)
    data = raw_zip([("word/document.xml", lambda: comp, 1000, 0, 8)])  # header says 1,000 bytes
    elapsed, peak = _measure_raises(lambda: vet_zip(data), ReadError)
    assert elapsed < 0.5 and peak < 100 * MiB


def test_lying_size_header_large_declared_stays_capped():
    comp = zeros_deflated(200)
    data = raw_zip([("word/document.xml", lambda: comp, 0xFFFFFFFE, 0, 8)])
    elapsed, peak = _measure_raises(lambda: vet_zip(data), InputBomb)
    assert elapsed < 0.5 and peak < 100 * MiB


def test_total_and_member_caps_use_streamed_bytes():
    rnd = random.Random(7)
    data = ok_zip({f"p{i}.xml": rnd.randbytes(MiB) for i in range(3)})  # incompressible, 1 MiB each
    with pytest.raises(InputBomb, match="in total"):
        vet_zip(data, limits=ZipLimits(max_total_bytes=2 * MiB))
    with pytest.raises(InputBomb, match="inflates past"):
        vet_zip(data, limits=ZipLimits(max_member_bytes=512 * 1024))


def test_too_many_members():
    data = ok_zip({f"f{i}.xml": b"" for i in range(1001)})
    with pytest.raises(InputBomb, match="1001 entries"):
        vet_zip(data)
    assert len(vet_zip(ok_zip({f"f{i}.xml": b"" for i in range(1000)}))) == 1000


def test_duplicate_names():
    data = raw_zip([("word/document.xml", b"<a/>", None, 0, 8), ("word/document.xml", b"<b/>", None, 0, 8)])
    with pytest.raises(ReadError, match="duplicate"):
        vet_zip(data)
    data = raw_zip([("Word/Document.xml", b"<a/>", None, 0, 8), ("word/document.xml", b"<b/>", None, 0, 8)])
    with pytest.raises(ReadError, match="duplicate"):
        vet_zip(data)


@pytest.mark.parametrize("name", ["../evil.xml", "word/../../evil.xml", "/etc/passwd", "word\\document.xml",
                                  "C:/x.xml", "c:evil.xml"])
def test_zip_slip_names(name):
    data = raw_zip([(name, b"<a/>", None, 0, 8)])
    with pytest.raises(ReadError):
        vet_zip(data)
    with pytest.raises(ReadError):
        check_member_name(name)


def test_nul_in_name():
    with pytest.raises(ReadError):
        check_member_name("a/\x00b")


def test_overlapping_entries_rejected():
    comp_payload = b"<a/>" * 10
    data = raw_zip(
        [("a.xml", comp_payload, None, 0, 8), ("b.xml", comp_payload, None, 0, 8)],
        central_offsets=[0, 0],
    )
    with pytest.raises((InputBomb, ReadError)):
        vet_zip(data)


def test_encrypted_member():
    data = raw_zip([("word/document.xml", b"<a/>", None, 1, 8)])
    with pytest.raises(Encrypted):
        vet_zip(data)


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage", b"", b"not a zip at all"])
def test_not_a_zip(data):
    with pytest.raises(ReadError):
        vet_zip(data)


def test_truncated_zip():
    data = ok_zip({"word/document.xml": bytes(range(256)) * 100})
    for cut in (len(data) // 3, len(data) - 30, 40):
        with pytest.raises(ReadError):
            vet_zip(data[:cut])


def test_corrupt_deflate_stream():
    data = bytearray(ok_zip({"word/document.xml": bytes(range(256)) * 200}))
    # flip bytes inside the compressed data (after the 30-byte header and the 17-byte name)
    for i in range(60, 90):
        data[i] ^= 0xFF
    with pytest.raises(ReadError):
        vet_zip(bytes(data))
