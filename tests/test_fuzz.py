"""Mutation fuzzing of every reader: broken input gives a record or a typed `PipelineError`.

Seeds are real-shaped inputs: the HTML and text samples, DOCX files rendered from
samples by our writer, Word 97 and PDF files LibreOffice made from samples
(tests/fuzz_seeds). Hypothesis draws a short list of mutations (bit flips, byte
overwrites, "interesting" tokens, deletions, insertions, truncation, span swaps and
duplications) and applies them:

* HTML, text: to the file bytes;
* DOCX: to the raw zip bytes, or (mostly) to one XML member which is then re-zipped,
  so that the XML parser and the WordprocessingML walker see the damage, not only the
  zip CRC check;
* DOC: to the raw OLE2 bytes, or in place (length-preserving) to the bytes of the
  WordDocument / 1Table streams, so that the OLE container stays readable and the
  native FIB / piece-table / PAPX parser sees the damage;
* PDF: to the compressed file, or to a copy whose content and ToUnicode streams were
  inflated (positions then fall outside the embedded font programs).

The property: ``convert(mutated)`` returns a dict or raises a `PipelineError` subclass;
any other exception (or a case running past `CASE_TIMEOUT` seconds) is a failure and
the input is saved to ``tests/fuzz_regressions/<format>/<sha1>.<ext>``, which
`test_fuzz_regressions` replays on every run.

LibreOffice is switched off while fuzzing (``PIPELINE_SOFFICE`` points nowhere): the
DOC fallback and RTF go through it, and an external converter is isolated by the batch
runner, not by the reader; it then fails as `ExternalToolFailed`, a typed error.

Cases per format: 10,000 when ``CI=true``, else 200; ``FUZZ_CASES`` overrides both.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import signal
import time
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pipeline.convert import convert
from pipeline.errors import PipelineError

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEEDS = ROOT / "tests" / "fuzz_seeds"
REGRESSIONS = ROOT / "tests" / "fuzz_regressions"

IN_CI = os.environ.get("CI", "").lower() == "true"
CASES = int(os.environ.get("FUZZ_CASES") or (10_000 if IN_CI else 200))
CASE_TIMEOUT = float(os.environ.get("FUZZ_CASE_TIMEOUT", "30"))
FORMATS = ["html", "txt", "docx", "doc", "pdf"]

pytestmark = pytest.mark.slow if CASES > 1000 else []


@pytest.fixture(autouse=True, scope="module")
def _no_libreoffice():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PIPELINE_SOFFICE", str(ROOT / "tests" / "fuzz_no_soffice"))  # does not exist
        yield


# --------------------------------------------------------------------------- seeds


class Seed:
    """Bytes to mutate. `spans` (sorted (start, end) pairs) restrict where mutations land;
    `inplace` allows only length-preserving mutations (the container must keep its layout)."""

    def __init__(self, name: str, data: bytes, spans=None, inplace: bool = False):
        self.name = name
        self.data = data
        self.spans = spans or [(0, len(data))]
        self.inplace = inplace
        self.size = sum(e - s for s, e in self.spans)

    def pos(self, k: int) -> int:
        """The k-th position (modulo the total) inside the spans."""
        k %= max(self.size, 1)
        for s, e in self.spans:
            if k < e - s:
                return s + k
            k -= e - s
        return 0

    def room(self, p: int) -> int:
        """Bytes from position `p` to the end of its span."""
        for s, e in self.spans:
            if s <= p < e:
                return e - p
        return 0


def _docx_from(sample: str) -> bytes:
    from pipeline.writers.docx import render

    return render(convert((SAMPLES / sample).read_bytes(), sample))


def _stream_spans(data: bytes, names=("WordDocument", "1Table")) -> list[tuple[int, int]]:
    """File offsets (as spans) holding the bytes of the given OLE2 streams."""
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    spans: list[tuple[int, int]] = []
    ss = ole.sectorsize
    ole.loadminifat()
    root_chain = _chain(ole.fat, ole.root.isectStart)
    for name in names:
        if not ole.exists(name):
            continue
        entry = ole.direntries[ole._find(name)]
        size = entry.size
        if size >= ole.minisectorcutoff:
            for i, sect in enumerate(_chain(ole.fat, entry.isectStart)):
                start = (sect + 1) * ss
                spans.append((start, start + min(ss, size - i * ss)))
        else:
            mss = ole.minisectorsize
            for i, msect in enumerate(_chain(ole.minifat, entry.isectStart)):
                off = msect * mss  # offset inside the ministream
                sect = root_chain[off // ss]
                start = (sect + 1) * ss + off % ss
                spans.append((start, start + min(mss, size - i * mss)))
    ole.close()
    spans = [(s, e) for s, e in sorted(spans) if e > s and e <= len(data)]
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _chain(fat, start: int) -> list[int]:
    out = []
    sect = start
    while 0 <= sect < len(fat) and sect < 0xFFFFFFFA and len(out) < len(fat):
        out.append(sect)
        sect = fat[sect]
    return out


_OBJ = re.compile(rb"(\d+) 0 obj\s*")
_STREAM = re.compile(rb"(<<.*?>>)\s*stream\r?\n", re.S)


def _inflate_pdf(data: bytes) -> tuple[bytes, list[tuple[int, int]]]:
    """A copy of a classic-xref PDF with every Flate stream but font programs and images inflated.

    Returns (pdf bytes, spans outside the still-compressed streams).
    """
    ints = {int(m.group(1)): int(m.group(2)) for m in re.finditer(rb"(\d+) 0 obj\s*(\d+)\s*endobj", data)}
    out = bytearray(data[: data.index(b"\n") + 1])
    out += b"%\xe2\xe3\xcf\xd3\n"
    offsets: dict[int, int] = {}
    keep: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _OBJ.search(data, pos)
        if not m:
            break
        num = int(m.group(1))
        body_start = m.end()
        next_end = data.find(b"endobj", body_start)
        next_stream = data.find(b"stream", body_start, next_end)
        sm = _STREAM.match(data, body_start, next_stream + 8) if next_stream >= 0 else None
        offsets[num] = len(out)
        if sm:
            d = sm.group(1)
            lm = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", d)
            length = ints.get(int(lm.group(1)), 0) if lm.group(2) else int(lm.group(1))
            raw = data[sm.end() : sm.end() + length]
            end = data.index(b"endobj", sm.end() + length) + len(b"endobj")
            compressed = b"/FlateDecode" in d and not re.search(rb"/Length[123]\s|/Subtype\s*/Image|/DecodeParms", d)
            if compressed:
                try:
                    raw = zlib.decompress(raw)
                    d = re.sub(rb"/Filter\s*/FlateDecode", b"", d)
                except zlib.error:
                    compressed = False
            d = re.sub(rb"/Length\s+\d+(\s+0\s+R)?", b"/Length %d" % len(raw), d, count=1)
            head = m.group(0) + d + b"\nstream\n"
            start = len(out)
            out += head
            if compressed or b"/FlateDecode" not in d:
                out += raw
                keep.append((start, len(out)))
            else:
                keep.append((start, len(out)))
                out += raw
            tail_start = len(out)
            out += b"\nendstream\nendobj\n"
            keep.append((tail_start, len(out)))
            pos = end
        else:
            end = data.index(b"endobj", body_start) + len(b"endobj")
            start = len(out)
            out += data[m.start() : end] + b"\n"
            keep.append((start, len(out)))
            pos = end
    trailer = re.search(rb"trailer\s*(<<.*?>>)\s*startxref", data[pos:], re.S)
    size = max(offsets) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    start = len(out)
    out += b"trailer\n" + trailer.group(1) + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    keep.append((start, len(out)))
    return bytes(out), keep


@lru_cache(maxsize=None)
def seeds(fmt: str) -> tuple:
    if fmt == "html":
        return tuple(Seed(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.html")))
    if fmt == "txt":
        return tuple(Seed(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt")))
    if fmt == "docx":
        return tuple(Seed(f"{s}.docx", _docx_from(s)) for s in ("county_2017_gbk.html", "city_2021.html"))
    if fmt == "doc":
        out = []
        for p in sorted(SEEDS.glob("*.doc")):
            data = p.read_bytes()
            out.append(Seed(p.name, data))
            out.append(Seed(p.name + "#streams", data, _stream_spans(data), inplace=True))
        return tuple(out)
    if fmt == "pdf":
        out = []
        for p in sorted(SEEDS.glob("*.pdf")):
            data = p.read_bytes()
            out.append(Seed(p.name, data))
            inflated, keep = _inflate_pdf(data)
            out.append(Seed(p.name + "#inflated", inflated, keep))
        return tuple(out)
    raise ValueError(fmt)


@lru_cache(maxsize=None)
def docx_members(seed_index: int) -> tuple[tuple[str, bytes], ...]:
    data = seeds("docx")[seed_index].data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return tuple((i.filename, zf.read(i)) for i in zf.infolist())


def rezip(members) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                        compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return buf.getvalue()


# --------------------------------------------------------------------------- mutations

TOKENS = [
    # integers at type boundaries, little-endian (OLE / FIB / PLC fields)
    b"\x00", b"\xff", b"\x7f", b"\x80", b"\x00\x00", b"\xff\xff", b"\xff\x7f", b"\x00\x80",
    b"\x00\x00\x00\x00", b"\xff\xff\xff\xff", b"\xff\xff\xff\x7f", b"\x00\x00\x00\x80", b"\x01\x00\x00\x00",
    # text-level oddities
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r", b"\n", b"\t", b"\x0c", b"\x0b", b"\xe3\x80\x80",
    b"\xed\xa0\x80", b"\xef\xbf\xbf", b"\x81\x30\x81\x30", b"0", b"-1", b"99999999999999999999", b"1e308",
    b"NaN", b"-0", "合计".encode(), "一、".encode(), "（一）".encode(), "年".encode(), "〔2022〕".encode(),
    "===== 正文 =====\n".encode(), "标题：".encode(), b"|", b"||||",
    # HTML
    b"<", b">", b"<table>", b"</table>", b"<tr>", b"<td>", b'<td rowspan="99999">', b'<td colspan="9999">',
    b'<td colspan="-1">', b"<!--", b"<script>", b"<style>", b"&#0;", b"&#xD800;", b"&#1114112;", b"&#xFFFF;",
    b'<meta charset="utf-16">', b'<meta charset="x-unknown">', b"<![CDATA[", b"<div>" * 64, b"<p>",
    # OOXML
    b"<w:p>", b"</w:p>", b"<w:tc>", b"</w:tc>", b"<w:tr>", b'<w:gridSpan w:val="99999"/>',
    b'<w:gridSpan w:val="-3"/>', b'<w:vMerge w:val="restart"/>', b"<w:vMerge/>", b'<w:gridBefore w:val="999"/>',
    b'<w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr>', b'w:val="-1"', b'w:val=""',
    b"<w:txbxContent>", b"<w:br/>", b'<w:fldChar w:fldCharType="begin"/>', b"<!DOCTYPE x [", b"&amp;", b"&x;",
    b'"', b"xmlns:w=\"urn:x\"",
    # PDF
    b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"<<", b">>", b"[", b"]", b" Tj",
    b" TJ", b" re f", b" re S", b" cm", b" Tm", b" Td", b"1e38", b"-99999", b"/Length 0", b"%%EOF", b"BT",
    b"ET", b" q", b" Q", b" Do", b"/Encrypt", b"beginbfchar", b"<FFFF>", b"<D800>", b"0 0 R", b"/Kids [",
]

K = st.integers(min_value=0, max_value=2**32 - 1)
OP = st.one_of(
    st.tuples(st.just("flip"), K, st.integers(1, 255)),
    st.tuples(st.just("set"), K, st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("token"), K, st.sampled_from(TOKENS), st.booleans()),
    st.tuples(st.just("delete"), K, st.integers(1, 512)),
    st.tuples(st.just("insert"), K, st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("truncate"), K),
    st.tuples(st.just("swap"), K, K, st.integers(1, 512)),
    st.tuples(st.just("dup"), K, K, st.integers(1, 512)),
)
OPS = st.lists(OP, min_size=1, max_size=6)


def mutate(seed: Seed, ops) -> bytes:
    """Apply `ops` to the seed's bytes (positions drawn inside its spans)."""
    buf = bytearray(seed.data)
    for op in ops:
        kind = op[0]
        if not buf:
            break
        if seed.inplace:
            p = seed.pos(op[1])
            if kind == "flip":
                buf[p] ^= op[2]
            elif kind in ("set", "token", "insert"):
                blob = op[2]
                n = min(len(blob), seed.room(p))
                buf[p : p + n] = blob[:n]
            elif kind in ("swap", "dup", "delete"):
                q = seed.pos(op[2]) if kind != "delete" else seed.pos(op[1] + 7919)
                n = min(8, seed.room(p), seed.room(q), op[-1])
                a, b = bytes(buf[p : p + n]), bytes(buf[q : q + n])
                buf[p : p + n] = b
                if kind == "swap":
                    buf[q : q + n] = a
            # truncation would break the container layout: ignored in place
            continue
        # positions outside the spans shift as bytes come and go: map into the current buffer
        p = seed.pos(op[1]) % (len(buf) + 1)
        if kind == "flip":
            buf[p % len(buf)] ^= op[2]
        elif kind == "set":
            buf[p : p + len(op[2])] = op[2]
        elif kind == "token":
            if op[3]:
                buf[p:p] = op[2]
            else:
                buf[p : p + len(op[2])] = op[2]
        elif kind == "delete":
            del buf[p : p + op[2]]
        elif kind == "insert":
            buf[p:p] = op[2]
        elif kind == "truncate":
            del buf[p:]
        elif kind == "swap":
            q = seed.pos(op[2]) % (len(buf) + 1)
            n = op[3]
            if p > q:
                p, q = q, p
            n = min(n, q - p, len(buf) - q)
            if n > 0:
                a, b = bytes(buf[p : p + n]), bytes(buf[q : q + n])
                buf[q : q + n] = a
                buf[p : p + n] = b
        elif kind == "dup":
            q = seed.pos(op[2]) % (len(buf) + 1)
            buf[q:q] = bytes(buf[p : p + op[3]])
    return bytes(buf)


def case_strategy(fmt: str):
    n = len(seeds(fmt))
    if fmt == "docx":
        names = [name for name, _ in docx_members(0)]
        xml = [nm for nm in names if nm.endswith((".xml", ".rels"))]
        # the main part most often; every other XML part sometimes; the raw zip sometimes
        targets = ["<zip>"] * 2 + ["word/document.xml"] * 5 + xml
        return st.tuples(st.integers(0, n - 1), st.sampled_from(targets), OPS)
    return st.tuples(st.integers(0, n - 1), st.just(""), OPS)


def build(fmt: str, case) -> bytes:
    index, target, ops = case
    seed = seeds(fmt)[index]
    if fmt == "docx" and target != "<zip>":
        members = list(docx_members(index))
        for i, (name, data) in enumerate(members):
            if name == target:
                members[i] = (name, mutate(Seed(name, data), ops))
        return rezip(members)
    return mutate(seed, ops)


# --------------------------------------------------------------------------- the property


class CaseTimeout(BaseException):
    """A case ran past CASE_TIMEOUT (a BaseException: readers' `except Exception` must not swallow it)."""


def _alarm(signum, frame):
    raise CaseTimeout(f"convert ran past {CASE_TIMEOUT:g} s")


def save_crasher(fmt: str, data: bytes) -> Path:
    folder = REGRESSIONS / fmt
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha1(data).hexdigest()}.{fmt}"
    if not path.exists():
        path.write_bytes(data)
    return path


def check(fmt: str, data: bytes) -> None:
    """convert(data) returns a dict or raises a PipelineError; else the input is saved and the test fails."""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_TIMEOUT)
    try:
        out = convert(data, f"fuzz.{fmt}")
        if not isinstance(out, dict):
            raise TypeError(f"convert returned {type(out).__name__}, not a dict")
    except PipelineError as e:
        assert isinstance(e.reason, str) and e.reason not in ("", "error"), f"untyped PipelineError {e!r}"
    except (Exception, CaseTimeout) as e:
        path = save_crasher(fmt, data)
        raise AssertionError(f"{fmt} crasher saved to {path.relative_to(ROOT)}: {type(e).__name__}: {str(e)[:300]}") from e
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


_FUZZ_SETTINGS = settings(
    max_examples=CASES,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: the first crasher is saved as found
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_fuzz(fmt, capsys):
    if not seeds(fmt):
        pytest.skip(f"no {fmt} seeds")
    stats = {"cases": 0, "slowest": 0.0, "reasons": {}}

    @_FUZZ_SETTINGS
    @given(case=case_strategy(fmt))
    def run(case):
        data = build(fmt, case)
        t0 = time.perf_counter()
        try:
            check(fmt, data)
        finally:
            stats["cases"] += 1
            stats["slowest"] = max(stats["slowest"], time.perf_counter() - t0)

    t0 = time.perf_counter()
    try:
        run()
    finally:
        wall = time.perf_counter() - t0
        with capsys.disabled():
            print(f"\n[fuzz] {fmt}: {stats['cases']} cases in {wall:.1f} s "
                  f"({wall / max(stats['cases'], 1) * 1000:.1f} ms/case, slowest {stats['slowest']:.2f} s)")
    assert stats["cases"] >= min(CASES, 50)


def test_seeds_convert():
    """Every seed itself converts into a record (a fuzz run over an unreadable seed would be hollow)."""
    for fmt in FORMATS:
        for seed in seeds(fmt):
            rec = convert(seed.data, f"{seed.name}.{fmt}")
            assert rec["title"], (fmt, seed.name)


def test_mutations_are_deterministic_and_inplace_keeps_length():
    seed = seeds("doc")[1]
    assert seed.inplace and seed.size > 1000
    ops = [("flip", 5, 3), ("token", 17, b"\xff\xff\xff\xff", True), ("swap", 100, 9000, 50), ("truncate", 3)]
    a, b = mutate(seed, ops), mutate(seed, ops)
    assert a == b and len(a) == len(seed.data) and a != seed.data


# --------------------------------------------------------------------------- regressions


def _regression_files() -> list[Path]:
    if not REGRESSIONS.is_dir():
        return []
    return sorted(p for p in REGRESSIONS.glob("*/*") if p.is_file() and p.parent.name in FORMATS)


@pytest.mark.parametrize("path", _regression_files(), ids=lambda p: f"{p.parent.name}/{p.name[:12]}")
def test_fuzz_regressions(path):
    """Every crasher ever found is replayed: a record or a typed error now."""
    check(path.parent.name, path.read_bytes())
