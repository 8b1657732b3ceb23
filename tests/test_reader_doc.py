"""Legacy Word readers: native Word 97 binary, LibreOffice fallback, RTF, MHT."""
from __future__ import annotations

import os
import re
import struct
import tempfile
import time
import unicodedata
from pathlib import Path

import pytest

from conftest import need_soffice
from pipeline.errors import Encrypted, ExternalToolFailed, PipelineError, ReadError, UnsupportedFormat
from pipeline.model import Table
from pipeline.readers import doc as docreader
from pipeline.readers import docx, libreoffice

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus"
CI = os.environ.get("CI", "").lower() == "true"
F45B = CORPUS / "raw" / "45b_pingtan_county_2011_attachment.docx"
F45C = CORPUS / "raw" / "45c_pingtan_county_2011_attachment.doc"
F81 = CORPUS / "other" / "81_synthetic_gongwen_notice_wps.doc"


def need(path: Path) -> bytes:
    if not path.exists():
        if CI:
            pytest.fail(f"{path} is missing (CI=true)")
        pytest.skip(f"{path} not available")
    return path.read_bytes()


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def para_texts(doc) -> list[str]:
    return [norm(b.text) for b in doc.blocks if not isinstance(b, Table) and norm(b.text)]


def grids(doc) -> list[list[list[str]]]:
    return [[[norm(t) for t in row] for row in b.text_rows()] for b in doc.blocks if isinstance(b, Table)]


def _fib_offset(data: bytes) -> int:
    """Offset of the WordDocument FIB inside the OLE file (first sector starting with wIdent)."""
    for off in range(512, len(data), 512):
        if data[off : off + 2] == b"\xec\xa5":
            return off
    raise AssertionError("no FIB found")


# --------------------------------------------------------------------------- native reader


def test_45c_native_equals_45b_docx():
    d_doc = docreader.read(need(F45C), "ole")
    d_docx = docx.read(need(F45B))
    assert d_doc.format == "doc"
    assert not d_doc.warnings  # the native reader did it (no LibreOffice fallback)
    assert para_texts(d_doc) == para_texts(d_docx)
    assert grids(d_doc) == grids(d_docx)
    t = [b for b in d_doc.blocks if isinstance(b, Table)][0]
    assert (t.n_rows, t.n_cols) == (18, 4)
    assert t.text_rows()[1] == ["主动公开信息数", "条", "425", "1516"]
    assert norm(t.text_rows()[0][1]) == "计量单位"
    # body order: the table is last, after the 附件 line
    assert isinstance(d_doc.blocks[-1], Table)
    assert para_texts(d_doc)[-1].startswith("附件1")


def test_45c_native_speed():
    data = need(F45C)
    t = time.perf_counter()
    for _ in range(10):
        docreader.read_native(data)
    assert (time.perf_counter() - t) / 10 < 0.1


def test_wps_doc_reads():
    d = docreader.read(need(F81), "ole")
    texts = para_texts(d)
    assert texts[0] == "关于举办2026年度公文处理培训的通知"
    assert "市政府办公室" in texts and not d.warnings


def test_encrypted_flag():
    data = bytearray(need(F45C))
    off = _fib_offset(bytes(data))
    data[off + 0x0B] |= 0x01  # FibBase.fEncrypted
    with pytest.raises(Encrypted):
        docreader.read(bytes(data), "ole")


def test_word95_not_native(monkeypatch):
    data = bytearray(need(F45C))
    off = _fib_offset(bytes(data))
    struct.pack_into("<H", data, off + 2, 0x65)  # nFib of Word 6/95
    with pytest.raises(ReadError):
        docreader.read_native(bytes(data))
    monkeypatch.setattr(libreoffice, "available", lambda: False)
    with pytest.raises(ReadError):
        docreader.read(bytes(data), "ole")


def test_corrupt_piece_table_falls_back(monkeypatch):
    data = bytearray(need(F45C))
    off = _fib_offset(bytes(data))
    # lcbClx (fibRgFcLcb pair 33) = 0: no piece table
    csw = struct.unpack_from("<H", data, off + 0x20)[0]
    p = off + 0x22 + csw * 2
    cslw = struct.unpack_from("<H", data, p)[0]
    p2 = p + 2 + cslw * 4
    struct.pack_into("<I", data, p2 + 2 + 33 * 8 + 4, 0)
    bad = bytes(data)
    with pytest.raises(ReadError, match="piece table"):
        docreader.read_native(bad)
    monkeypatch.setattr(libreoffice, "available", lambda: False)
    with pytest.raises(ReadError, match="piece table"):
        docreader.read(bad, "ole")


def test_truncated_and_garbage_ole():
    data = need(F45C)
    for blob in (data[:600], data[:5000], b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100):
        with pytest.raises(PipelineError):
            docreader.read_native(blob)


def test_mutated_ole_only_typed_errors(monkeypatch):
    import random

    monkeypatch.setattr(libreoffice, "available", lambda: False)
    data = need(F45C)
    rnd = random.Random(1)
    for _ in range(150):
        blob = bytearray(data)
        for _ in range(rnd.randint(1, 20)):
            i = rnd.randrange(len(blob))
            blob[i] = rnd.randrange(256)
        try:
            docreader.read(bytes(blob), "ole")
        except PipelineError:
            pass


def test_unknown_kind():
    with pytest.raises(UnsupportedFormat):
        docreader.read(b"x", "pdf")


# --------------------------------------------------------------------------- LibreOffice


def test_45c_native_equals_libreoffice():
    need_soffice()
    data = need(F45C)
    t = time.perf_counter()
    via_lo = docreader.read_via_libreoffice(data, ".doc")
    lo_ms = (time.perf_counter() - t) * 1000
    native = docreader.read_native(data)
    assert via_lo.format == "doc"
    assert para_texts(native) == para_texts(via_lo)
    assert grids(native) == grids(via_lo)
    print(f"LibreOffice path: {lo_ms:.0f} ms")


def test_native_failure_falls_back_to_libreoffice(monkeypatch):
    need_soffice()

    def broken(*a, **k):
        raise ReadError("simulated native failure")

    monkeypatch.setattr(docreader, "_native_from_ole", broken)
    d = docreader.read(need(F45C), "ole")
    assert any("LibreOffice" in w and "simulated" in w for w in d.warnings)
    assert ["主动公开信息数", "条", "425", "1516"] in [r for b in d.blocks if isinstance(b, Table) for r in b.text_rows()]


def test_libreoffice_mojibake_rejected():
    """With the piece table gone LibreOffice decodes the bytes as Latin-1: refuse that text."""
    need_soffice()
    data = bytearray(need(F45C))
    off = _fib_offset(bytes(data))
    csw = struct.unpack_from("<H", data, off + 0x20)[0]
    p = off + 0x22 + csw * 2
    cslw = struct.unpack_from("<H", data, p)[0]
    struct.pack_into("<I", data, p + 2 + cslw * 4 + 2 + 33 * 8 + 4, 0)
    with pytest.raises(ReadError, match="unreadable"):
        docreader.read(bytes(data), "ole")


def test_rtf_via_libreoffice():
    need_soffice()
    rtf = (rb"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0 SimSun;}}"
           rb"\f0 \u24180?\u24230?\u25253?\u21578?\par "
           rb"\trowd\cellx2000\cellx4000 \u25351?\u26631?\cell 425\cell\row "
           rb"}")
    d = docreader.read(rtf, "rtf")
    assert d.format == "doc"
    assert para_texts(d)[0] == "年度报告"
    assert grids(d) == [[["指标", "425"]]]


def _our_soffice_pids(profile_fragment: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if profile_fragment in cmd:
            pids.append(int(entry.name))
    return pids


def test_timeout_kills_process_group():
    need_soffice()
    data = need(F45C)
    system_tmp = Path(tempfile.gettempdir())
    before = set(system_tmp.glob("lu*.tmp"))
    t = time.perf_counter()
    with pytest.raises(ExternalToolFailed, match="timed out"):
        libreoffice.convert(data, ".doc", timeout=0.3)
    assert time.perf_counter() - t < 15
    time.sleep(0.2)
    assert _our_soffice_pids(f"lo_profile_{os.getpid()}") == []
    # nor the single-instance socket the killed soffice could not remove
    assert not libreoffice.ipc_socket(libreoffice._profile_dir()).exists()
    # nor the temporary files soffice makes while it works (lu<pid>.tmp), nor the folder of the input's copy
    assert set(system_tmp.glob("lu*.tmp")) <= before
    assert not list(libreoffice._profile_dir().glob("conv_*"))
    # and the profile still works afterwards
    assert libreoffice.convert(data, ".doc")[:2] == b"PK"
    assert _our_soffice_pids(f"lo_profile_{os.getpid()}") == []


def test_release_removes_the_profile_and_the_socket_soffice_left(tmp_path):
    import socket

    profile = tmp_path / "lo_profile_1"
    (profile / "user").mkdir(parents=True)
    where = libreoffice.ipc_socket(profile)
    # the name LibreOffice 7.4 gave the socket of the profile file:///tmp/lotest/prof2
    assert libreoffice.ipc_socket(Path("/tmp/lotest/prof2")).name == \
        f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_27bec427398cc253e59ef6b326de9dfc"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(where))
        libreoffice.release(profile)
        assert not where.exists() and not profile.exists()
    finally:
        sock.close()
        where.unlink(missing_ok=True)


def test_missing_soffice(monkeypatch):
    monkeypatch.setenv("PIPELINE_SOFFICE", "/nonexistent/soffice")
    assert not libreoffice.available()
    with pytest.raises(ExternalToolFailed, match="not installed"):
        libreoffice.convert(b"{\\rtf1 x}", ".rtf")
    with pytest.raises(ExternalToolFailed, match="not installed"):
        docreader.read(b"{\\rtf1 x}", "rtf")


def test_garbage_ole_never_returns_junk():
    """LibreOffice happily imports random bytes as UTF-16 text; the OLE path must refuse that."""
    need_soffice()
    import random

    blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(3).randbytes(3000)
    with pytest.raises(PipelineError):
        docreader.read(blob, "ole")


# --------------------------------------------------------------------------- MHT

MHT = (
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/related; boundary="----=_NextPart_01D0"\r\n\r\n'
    "------=_NextPart_01D0\r\n"
    "Content-Location: file:///C:/x.htm\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    'Content-Type: text/html; charset="gb2312"\r\n\r\n'
    "{body}\r\n"
    "------=_NextPart_01D0\r\n"
    "Content-Location: file:///C:/x_files/image001.png\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "Content-Type: image/png\r\n\r\n"
    "iVBORw0KGgo=\r\n"
    "------=_NextPart_01D0--\r\n"
)


def test_mht_to_html_reader():
    pytest.importorskip("pipeline.readers.html")
    import quopri

    html = ('<html xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>'
            "<body><p>喆堃政府信息公开工作年度报告</p><table><tr><td>指标</td><td>425</td></tr></table></body></html>")
    body = quopri.encodestring(html.encode("gb18030")).decode("ascii")
    d = docreader.read(MHT.format(body=body).encode("ascii"), "mht")
    assert d.format == "doc"
    assert any("喆堃政府信息公开工作年度报告" in norm(b.text) for b in d.blocks if not isinstance(b, Table))


def test_mht_without_html():
    with pytest.raises(ReadError, match="text/html"):
        docreader.read(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello", "mht")


def test_timeout_leaves_no_zombie_under_subreaper():
    """The batch supervisor makes its process a child subreaper: orphans must still be reaped."""
    need_soffice()
    import ctypes
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    q = ctx.Queue()

    def child(q):
        root_at_fork = libreoffice._PROFILE_ROOT
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        try:
            libreoffice.convert(need(F45C), ".doc", timeout=0.5)
            q.put("no timeout")
        except ExternalToolFailed:
            pass
        time.sleep(0.3)
        zombies = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                fields = stat.rsplit(")", 1)[1].split()
                if fields[0] == "Z" and int(fields[1]) == os.getpid():
                    zombies.append(stat[:60])
        libreoffice.release_own(root_at_fork)  # a process ending with os._exit, like a worker
        q.put(zombies)

    proc = ctx.Process(target=child, args=(q,))
    proc.start()
    result = q.get(timeout=60)
    proc.join(30)
    assert result == []


# --------------------------------------------------------------------------- table rows' layout


def _tdeftable(edges: list[int], flags: list[int]) -> bytes:
    """A sprmTDefTable operand: cb, itcMac, the cells' edges, a TC80 a cell (its flags, then blank)."""
    body = bytes([len(flags)]) + struct.pack(f"<{len(edges)}h", *edges) + b"".join(struct.pack("<H", f) + bytes(18) for f in flags)
    return struct.pack("<H", len(body) + 1) + body


def test_a_row_ends_cells_placed_by_their_edges_with_merges():
    # row 1: a label two columns wide, two numbers; row 2: the label cell starts a vertical merge (TC80
    # fVertMerge|fVertRestart), then a cell Word 97 merged into the one before it (fFirstMerged, fMerged);
    # row 3: the merged label goes on (fVertMerge), its neighbour column split in two
    rows_ops = [_tdeftable([0, 2000, 3000, 4000], [0, 0, 0]),
                _tdeftable([0, 1000, 2000, 3000, 4000], [0x60, 0, 0x1, 0x2]),
                _tdeftable([0, 1000, 2000, 3000, 4000], [0x20, 0, 0, 0])]
    layouts = [docreader._row_cells(b"", {docreader.SPRM_T_DEF_TABLE: op}) for op in rows_ops]
    assert layouts[1] == [(0, 1000, "restart", False), (1000, 2000, None, False), (2000, 3000, None, False), (3000, 4000, None, True)]
    rows = [[("一、本年新收", 1, 1), ("5", 1, 1), ("6", 1, 1)],
            [("三、办理结果", 1, 1), ("（一）予以公开", 1, 1), ("3", 1, 1), ("", 1, 1)],
            [("", 1, 1), ("（二）部分公开", 1, 1), ("1", 1, 1), ("1", 1, 1)]]
    table = docreader._grid_from_layout(rows, layouts)
    assert table.text_rows() == [["一、本年新收", "一、本年新收", "5", "6"],
                                 ["三、办理结果", "（一）予以公开", "3", "3"],
                                 ["三、办理结果", "（二）部分公开", "1", "1"]]
    assert (table.rows[1][0].row_span, table.rows[1][2].col_span) == (2, 2)
    # the same merge set apart from the TC80s, a sprmTVertMerge a cell (operand: its size, the cell, 3 restart / 1 goes on)
    vert_merge = lambda itc, flag: struct.pack("<HBBB", docreader.SPRM_T_VERT_MERGE, 2, itc, flag)
    plain = [_tdeftable([0, 1000, 2000, 3000, 4000], [0, 0, 0x1, 0x2]), _tdeftable([0, 1000, 2000, 3000, 4000], [0, 0, 0, 0])]
    apart = [docreader._row_cells(grpprl, {docreader.SPRM_T_DEF_TABLE: op}) for grpprl, op in
             ((vert_merge(0, 3), plain[0]), (vert_merge(0, 1), plain[1]))]
    assert docreader._grid_from_layout(rows[1:], apart).text_rows() == table.text_rows()[1:]


def test_a_word_97_table_three_with_merged_cells_reads_as_its_docx_does(tmp_path):
    # 表三 in the official layout (labels merged down and across, an eight-column grid whose row ends hold
    # more properties than a page of paragraph properties: Word keeps them in the Data stream), saved by
    # LibreOffice as Word 97 and as DOCX: the native reader gives the same grid as the DOCX reader
    need_soffice()
    from pipeline.convert import convert

    outcomes = [("（一）予以公开", [5, 1, None, None, None, None, 6]), ("（二）部分公开", [1, 0, None, None, None, None, 1])]
    withheld = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益"]
    cells = lambda values: "".join(f"<td>{'' if v is None else v}</td>" for v in values)
    html = ("<html><head><meta charset='utf-8'></head><body><p>云崖县发展和改革局2023年政府信息公开年度报告</p><p>一、总体情况</p><p>正文。</p>"
            "<p>三、收到和处理政府信息公开申请情况</p><table border='1'>"
            "<tr><td rowspan='3' colspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan='7'>申请人情况</td></tr>"
            "<tr><td rowspan='2'>自然人</td><td colspan='5'>法人或其他组织</td><td rowspan='2'>总计</td></tr>"
            "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
            "<tr><td colspan='3'>一、本年新收政府信息公开申请数量</td>" + cells([7, 1, None, None, None, None, 8]) + "</tr>"
            "<tr><td rowspan='6'>三、本年度办理结果</td><td colspan='2'>" + outcomes[0][0] + "</td>" + cells(outcomes[0][1]) + "</tr>"
            "<tr><td colspan='2'>" + outcomes[1][0] + "</td>" + cells(outcomes[1][1]) + "</tr>"
            + "".join(("<tr><td rowspan='4'>（三）不予公开</td>" if i == 0 else "<tr>") + f"<td>{label}</td>" + cells([0, 0, None, None, None, None, 0]) + "</tr>"
                      for i, label in enumerate(withheld))
            + "<tr><td colspan='3'>四、结转下年度继续办理</td>" + cells([1, 0, None, None, None, None, 1]) + "</tr></table>"
            "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p></body></html>")
    source = tmp_path / "report.html"
    source.write_text(html, encoding="utf-8")
    as_doc = libreoffice.convert(source.read_bytes(), ".html", "doc")
    as_docx = libreoffice.convert(source.read_bytes(), ".html", "docx")
    d_doc, d_docx = docreader.read(as_doc, "ole"), docx.read(as_docx)
    assert not d_doc.warnings  # the native reader did it
    assert grids(d_doc) == grids(d_docx)
    apps = convert(as_doc, "report.doc")["tables"]["applications"]
    assert apps["new_received"]["total"] == 8 and apps["partially_disclosed"]["natural_person"] == 1
    assert apps["withheld_state_secret"] == {"natural_person": 0, "commercial_enterprise": 0, "research_institution": None,
                                             "social_welfare_org": None, "legal_service_org": None, "other_org": None, "total": 0}


def test_a_table_floated_in_a_frame_where_its_anchor_is():
    """A page's 附表 aligned left became a frame when LibreOffice wrote the page's body as Word 97: its table stood in the
    text box story, after the main text, and was lost."""
    need_soffice()
    rows = "".join(f"<tr><td>{label}</td><td>条</td><td>{n}</td></tr>"
                   for label, n in [("主动公开信息数", 6), ("其中：1．网站公开", 6), ("受理依申请公开信息总数", 0)])
    page = ('<html><head><meta charset="utf-8"></head><body><p>2009年度政府信息公开年度报告</p>'
            "<p>一、年度政府信息公开工作概述</p><p>本局共主动公开政府信息6条。</p><p>云崖县交通局</p><p>二○一○年四月十日</p>"
            '<p>附表：</p><table border="1" align="left"><tr><td>指标名称</td><td>计量单位</td><td>年末统计</td></tr>'
            f"{rows}</table><p>&nbsp;</p></body></html>")
    data = libreoffice.convert(page.encode(), ".html", "doc:MS Word 97")
    doc = docreader.read_native(data)
    assert [r for b in doc.blocks if isinstance(b, Table) for r in b.text_rows()][:2] == [
        ["指标名称", "计量单位", "年末统计"], ["主动公开信息数", "条", "6"]]
    texts = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert texts.index("附表：") == len(texts) - 1  # the table where the frame stood, after its caption
