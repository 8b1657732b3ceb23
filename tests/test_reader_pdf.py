"""Tests for the PDF reader (pipeline/readers/pdf.py).

Real-report tests read /work/shared/corpus (never copied into the project); they are
skipped when it is missing, except under CI=true where a missing corpus is a failure.
Synthetic PDFs are made with pypdfium2 (Courier/Helvetica text objects).
"""
from __future__ import annotations

import ctypes
import hashlib
import io
import json
import os
import re
from functools import lru_cache
from pathlib import Path

import sys

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run without an installed package

import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import need_tool, shared_corpus  # noqa: E402
from pipeline.convert import convert  # noqa: E402
from pipeline.errors import Encrypted, NoTextLayer, PipelineError, ReadError
from pipeline.model import Document, Heading, Paragraph, Table
from pipeline.readers.pdf import read
from pipeline.script import FOREIGN  # noqa: E402

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
RAW = SHARED / "corpus" / "raw"
GOLDEN = SHARED / "golden"


def _need(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"test data missing: {path}")
        pytest.skip(f"test data missing: {path}")
    return path


@lru_cache(maxsize=None)
def _doc(name: str) -> Document:
    return read(_need(RAW / name).read_bytes())


def _paragraphs(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def _tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def _row_values(table: Table, label: str) -> list[str]:
    """Texts of the distinct cells after the label cell, in the first row whose label contains `label`."""
    for row in table.rows:
        texts = []
        seen = set()
        for c in row:
            if id(c) not in seen:
                seen.add(id(c))
                texts.append(c.text)
        for k, t in enumerate(texts):
            if label in t:
                return texts[k + 1:]
    raise AssertionError(f"no row labelled {label!r}")


def _table_with(doc: Document, text: str) -> Table:
    hits = [t for t in _tables(doc) if any(text in c.text for row in t.rows for c in row)]
    assert len(hits) == 1, f"{len(hits)} tables contain {text!r}"
    return hits[0]


def _cell(table: Table, text: str):
    for row in table.rows:
        for c in row:
            if c.text == text:
                return c
    raise AssertionError(f"no cell {text!r}")


REAL = ["01_hongze_2023.pdf", "02_hongze_2024.pdf", "03_huaian_city_2024.pdf"]


# --------------------------------------------------------------------------- real reports


@pytest.mark.parametrize("name", ["01_hongze_2023", "02_hongze_2024"])
def test_golden_sentences_inside_one_paragraph(name):
    golden = json.loads(_need(GOLDEN / f"{name}.json").read_text("utf-8"))
    paras = _paragraphs(_doc(f"{name}.pdf"))
    for sentence in golden["docx"]["contains"]:
        assert any(sentence in p for p in paras), sentence
    assert any("我区在政府网站平台主动公开政府信息1136条" in p for p in _paragraphs(_doc("01_hongze_2023.pdf")))


@pytest.mark.parametrize("name", REAL)
def test_basic_shape(name):
    doc = _doc(name)
    assert doc.format == "pdf" and doc.encoding is None
    assert not any(isinstance(b, Heading) for b in doc.blocks)
    first = doc.blocks[0]
    assert isinstance(first, Paragraph) and first.text.endswith("年政府信息公开工作年度报告")
    assert len(_tables(doc)) == 3  # 表二, 表三, 表四: each merged across page breaks
    assert all(t.n_cols >= 2 for t in _tables(doc))  # no one-column text frames


@pytest.mark.parametrize("name", REAL)
def test_no_cjk_spaces_and_no_page_numbers(name):
    for p in _paragraphs(_doc(name)):
        assert not re.search(r"[\u4e00-\u9fff，。、；：）（] |[ ][\u4e00-\u9fff，。、；：）（]", p), p
        assert not re.search(r"\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d", p), p
        assert not re.fullmatch(r"[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页.*", p), p


def test_paragraphs_are_whole():
    paras = _paragraphs(_doc("01_hongze_2023.pdf"))
    # wrapped lines joined, a paragraph across a page break joined too
    assert any(p.startswith("本报告由淮安市洪泽区人民政府办公室") and p.endswith("hzzwgk@126.com）。") for p in paras)
    assert "（国令第711号）" in paras[1]
    assert any(p.startswith("2023年，洪泽区政府信息公开工作") and p.endswith("思想认识和业务工作水平。") for p in paras)
    # headings stay their own paragraphs
    for h in ["一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项", "（三）政府信息管理情况。"]:
        assert h in paras
    assert paras[0] == "洪泽区人民政府2023年政府信息公开工作年度报告"


def test_table3_values_in_right_cells():
    t = _table_with(_doc("01_hongze_2023.pdf"), "本年新收")
    assert _row_values(t, "本年新收")[-7:] == ["21", "0", "0", "0", "0", "0", "21"]
    assert _row_values(t, "部分公开")[-7:] == ["4", "0", "0", "0", "0", "0", "4"]
    assert _row_values(t, "本机关不掌握")[-7:] == ["10", "0", "0", "0", "0", "0", "10"]
    assert _row_values(t, "（七）总计")[-7:] == ["21", "0", "0", "0", "0", "0", "21"]
    # the table runs over a page break and is one Table
    assert _row_values(t, "结转下年度")[-7:] == ["0"] * 7
    assert t.n_cols == 10
    # cell text wraps joined without spaces
    texts = {c.text for row in t.rows for c in row}
    assert "4.无正当理由大量反复申请" in texts
    assert "5.要求行政机关确认或重新出具已获取信息" in texts
    assert "三、本年度办理结果" in texts


def test_table3_merged_cells_have_spans():
    t = _table_with(_doc("01_hongze_2023.pdf"), "本年新收")
    assert _cell(t, "申请人情况").col_span == 7
    assert _cell(t, "自然人").row_span == 2
    assert _cell(t, "法人或其他组织").col_span == 5
    assert _cell(t, "总计").row_span == 2
    label = _cell(t, "一、本年新收政府信息公开申请数量")
    assert label.col_span == 3
    # the 办理结果 label spans every result row, across the page break
    assert _cell(t, "三、本年度办理结果").row_span == 20
    assert _cell(t, "（四）无法提供").row_span == 3
    for r in range(t.n_rows):
        assert len(t.rows[r]) == t.n_cols


def test_table2_and_table4_values():
    doc = _doc("01_hongze_2023.pdf")
    t2 = _table_with(doc, "本年制发件数")
    assert _row_values(t2, "行政规范性文件") == ["0", "5", "5"]
    assert _row_values(t2, "规章") == ["0", "0", "0"]
    assert _row_values(t2, "行政许可") == ["550"]
    assert _row_values(t2, "行政处罚") == ["4119"]
    assert _row_values(t2, "行政事业性收费") == ["7730.28"]
    t4 = _table_with(doc, "行政诉讼")
    assert t4.n_cols == 15
    assert t4.text_rows()[-1] == ["10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"]
    assert _cell(t4, "行政复议").col_span == 5
    assert _cell(t4, "行政诉讼").col_span == 10


def test_table_split_label_rejoined():
    t = _table_with(_doc("03_huaian_city_2024.pdf"), "本年新收")
    texts = {c.text for row in t.rows for c in row}
    assert "（四）无法提供" in texts  # printed as 「（四）无」 | page break | 「法提供」
    assert _row_values(t, "本年新收")[-7:] == ["3001", "53", "0", "0", "61", "4", "3119"]


def test_tables_in_reading_order_and_not_in_paragraphs():
    doc = _doc("01_hongze_2023.pdf")
    kinds = ["T" if isinstance(b, Table) else b.text for b in doc.blocks]

    def after(prefix: str) -> object:
        k = next(k for k, t in enumerate(kinds) if t != "T" and t.startswith(prefix))
        return kinds[k + 1]

    assert after("二、主动公开政府信息情况") == "T"
    assert after("三、收到和处理政府信息公开申请情况") == "T"
    assert after("四、政府信息公开行政复议") == "T"
    assert kinds.count("T") == 3
    for p in _paragraphs(doc):
        for cell_text in ("本年新收政府信息公开申请数量", "本年制发件数", "结果维持", "法人或其他组织"):
            assert cell_text not in p


# --------------------------------------------------------------------------- synthetic PDFs


def _make_pdf(pages: list[list[tuple[float, float, str, float]]], font: bytes = b"Courier") -> bytes:
    """A PDF with one text object per (x, y, text, size); y is from the page bottom."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    for items in pages:
        page = pdf.new_page(595, 842)
        for x, y, text, size in items:
            obj = raw.FPDFPageObj_NewTextObj(pdf, font, ctypes.c_float(size))
            enc = (text + "\0").encode("utf-16-le")
            raw.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(enc), ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            raw.FPDFPage_InsertObject(page, obj)
        raw.FPDFPage_GenerateContent(page)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def _latin_doc(n_pages: int = 3) -> tuple[bytes, list[str]]:
    words = "alpha beta gamma delta epsilon zeta theta iota kappa lambda".split()
    pages, expected = [], []
    for p in range(n_pages):
        y = 760.0
        items = [(250, 810, "Annual Report Header", 10)]
        for q in range(2):
            body = [" ".join(words[(p + q + k) % 10:] + words[: (p + q + k) % 10])[:60].strip() for k in range(3)]
            body[-1] = body[-1][:25].strip()
            items.append((72 + 28.8, y, body[0][:56].strip(), 12))
            lines = [body[0][:56].strip(), body[1], body[2]]
            for line in lines[1:]:
                y -= 15
                items.append((72, y, line, 12))
            y -= 15
            expected.append(" ".join(lines))
        items.append((290, 40, f"- {p + 1} -", 10))
        pages.append(items)
    return _make_pdf(pages), expected


def test_synthetic_paragraphs_furniture_and_latin_spaces():
    data, expected = _latin_doc()
    doc = read(data)
    paras = _paragraphs(doc)
    assert paras == expected
    assert not any("Annual Report Header" in p for p in paras)


def test_blank_pdf_is_no_text_layer():
    data = _make_pdf([[], []])
    with pytest.raises(NoTextLayer):
        read(data)


def test_almost_no_text_is_no_text_layer():
    data = _make_pdf([[(290, 40, "1", 10)] for _ in range(4)])
    with pytest.raises(NoTextLayer):
        read(data)


def test_junk_and_truncated_raise_read_error():
    with pytest.raises(ReadError):
        read(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    with pytest.raises(ReadError):
        read(b"not a pdf at all")
    data, _ = _latin_doc(1)
    with pytest.raises(ReadError):
        read(data[: len(data) // 2])


def test_truncated_real_pdf_raises_read_error():
    data = _need(RAW / "01_hongze_2023.pdf").read_bytes()
    for frac in (0.05, 0.5, 0.95):
        with pytest.raises(ReadError) as info:
            read(data[: int(len(data) * frac)])
        assert "\n" not in str(info.value)


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _encrypted_pdf(user: bytes = b"secret", owner: bytes = b"owner") -> bytes:
    """A one-page PDF protected by a user password (standard handler, R2, 40-bit RC4)."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    padded = lambda pw: (pw + pad)[:32]  # noqa: E731
    o = _rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
    p = -44
    doc_id = b"0123456789abcdef"
    key = hashlib.md5(padded(user) + o + p.to_bytes(4, "little", signed=True) + doc_id).digest()[:5]
    u = _rc4(key, pad)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o.hex().encode() + b"> /U <" + u.hex().encode()
        + b"> /P " + str(p).encode() + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<" % (len(objs) + 1)
            + doc_id.hex().encode() + b"> <" + doc_id.hex().encode() + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def test_encrypted_pdf_raises_encrypted():
    with pytest.raises(Encrypted):
        read(_encrypted_pdf())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_never_raw_exception(junk):
    try:
        doc = read(b"%PDF-1.4\n" + junk)
    except PipelineError:
        return
    assert isinstance(doc, Document)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10_000), st.binary(min_size=1, max_size=8))
def test_fuzz_corrupted_real_pdf(pos, patch):
    data = _need(RAW / "01_hongze_2023.pdf").read_bytes()
    pos = pos * len(data) // 10_000
    broken = data[:pos] + patch + data[pos + len(patch):]
    try:
        doc = read(broken)
    except PipelineError as e:
        assert "\n" not in str(e)
        return
    assert isinstance(doc, Document)


def test_pdfplumber_fallback_gives_same_tables(monkeypatch):
    """Pages whose rules pdfium cannot give (form XObjects, curves) are parsed by pdfplumber."""
    import pipeline.readers.pdf as pdf_reader

    data = _need(RAW / "01_hongze_2023.pdf").read_bytes()
    fast = read(data)
    monkeypatch.setattr(pdf_reader, "_pdfium_edges", lambda *a, **k: None)
    slow = read(data)
    assert [t.text_rows() for t in _tables(slow)] == [t.text_rows() for t in _tables(fast)]
    assert _paragraphs(slow) == _paragraphs(fast)


def test_spacing_around_latin_letters_and_digits_is_no_text():
    from pipeline.readers.pdf import _clean

    # what pdfium reports for '市行政中心A座7楼，使用Word文档' set with Chinese-Latin spacing
    assert _clean("市行政中心 A 座 7 楼， 使用 Word 文档 ① 项") == "市行政中心A座7楼，使用Word文档①项"
    assert _clean("Office 2019 and WPS") == "Office 2019 and WPS"


def test_a_line_set_far_right_is_a_line_of_its_own():
    # a signature's date set flush right reaches the right margin as a full line does; the line under it at the
    # left margin (a printed page's '[Print] [Close]') starts a paragraph of its own, not the date's
    line = "alpha beta gamma delta epsilon zeta theta iota kappa lamb"  # 57 characters: the body's full width
    items = [(72 + 28.8, 760, line[:53], 12), (72, 745, line, 12), (72, 730, line, 12), (72, 715, "the end.", 12),
             (72 + 57 * 7.2 - 10 * 7.2, 690, "2020-01-17", 12), (72, 675, "[Print] [Close]", 12)]
    paras = _paragraphs(read(_make_pdf([items])))
    assert paras[-2:] == ["2020-01-17", "[Print] [Close]"]


def test_a_year_alone_at_a_pages_top_is_no_page_number():
    # a table without rules continued at a page's top, its header's year column ('2011' over '年度') on a line of
    # its own: a column's heading, not the page's number as the '3' at its foot is
    line = "alpha beta gamma delta epsilon zeta theta iota kappa lamb"
    items = [(400, 800, "2011", 12), (72, 780, line, 12), (72, 765, line, 12), (72, 750, "the end.", 12), (290, 40, "3", 10)]
    paras = _paragraphs(read(_make_pdf([items])))
    assert paras[0] == "2011" and "3" not in paras


def test_the_cells_of_a_row_a_page_break_cut_are_no_page_numbers():
    """A table flattened a cell a line, its row cut by a page break: '5' at the first page's foot, '5' and '5' at the
    next page's top. The pages print no numbers of their own, and 5 is none of theirs: the cells stay."""
    line = "alpha beta gamma delta epsilon zeta theta iota kappa lamb"
    first = [(72, 780, line, 12), (72, 765, line, 12), (72, 120, "normative", 12), (72, 60, "5", 12)]
    second = [(72, 780, "5", 12), (72, 760, "5", 12), (72, 740, line, 12), (72, 725, line, 12)]
    paras = _paragraphs(read(_make_pdf([first, second])))
    assert sum(p.count("5") for p in paras) == 3


def test_a_date_libreoffice_draws_with_a_fallback_glyph_reads_in_order():
    """LibreOffice draws a glyph its font lacks ('〇' in 仿宋_GB2312's stand-in) after the rest of its line, placed
    back between them: the line reads in the order its characters stand ('二〇一八', not '二一八…〇')."""
    from conftest import need_soffice
    from pipeline.readers import libreoffice

    need_soffice()
    html = ('<html><head><meta charset="utf-8"></head><body><p>云崖县2017年政府信息公开工作年度报告</p>'
            '<p style="text-align:right;font-family:仿宋_GB2312">云崖县人民政府办公室</p>'
            '<p style="text-align:right;font-family:仿宋_GB2312">二〇一八年一月十五日</p></body></html>')
    text = "".join(_paragraphs(read(libreoffice.convert(html.encode(), "html", "pdf"))))
    assert "二〇一八年一月十五日" in text


@pytest.mark.parametrize("text, ems", [
    ("（市、区）的业务指导", 3),          # an opening bracket stays with what follows it, 、 with what it follows
    ("例》）和落实国务院", 3),            # closing marks stay with what they close
    ("展“一对一”业务指导", 3),            # a browser keeps “ with both neighbours (UAX #14 LB19)
    ("（0762）6231185，传真", 8.5),       # a phone number is not parted from its area code's bracket
    ("jlszwgk@jianglin.gov.cn）。", 13.5),  # an address is one word, with the marks closing it
    ("动态更新政府信息公开指南", 1),
    ("19048 条,其中,概况类信息", 4.5),   # a number stays with its measure word, a word processor's blank between them
    ("2015年主动公开", 3),
])
def test_what_opens_a_line_up_to_where_a_browser_may_break_it(text, ems):
    # a line above ending with less room than this ended because this did not fit (a browser
    # sets text ragged right), not because its paragraph did
    from pipeline.readers.pdf import _first_unit_width

    assert _first_unit_width(text, 10.0) == ems * 10.0


def test_two_whole_rows_either_side_of_a_page_break_stay_two_rows():
    # (an old 附表 printed by LibreOffice with Noto Sans CJK broke between these rows: they had been read as one row
    # '3.否决公开答复数行政复议数', the rows below shifted up)
    from pipeline.readers.pdf import _RawTable, _join_split_cells

    def row(top, label, *values):
        return [(10, top, 150, top + 20, label)] + [(150 + 50 * i, top, 200 + 50 * i, top + 20, v) for i, v in enumerate(values)]

    prev = _RawTable(0, 10, 100, 300, 400, cells=row(380, "3.否决公开答复数", "条", "0", "0"))
    _join_split_cells(prev, _RawTable(1, 10, 50, 300, 70, cells=row(50, "行政复议数", "条", "0", "0")), 350)
    assert [c[4] for c in prev.cells if c[0] == 10] == ["3.否决公开答复数", "行政复议数"]
    # a label the break cut, its row's values printed beside one part of it: one row
    prev = _RawTable(0, 10, 100, 300, 400, cells=row(380, "（四）无", "8", "1"))
    _join_split_cells(prev, _RawTable(1, 10, 50, 300, 70, cells=row(50, "法提供", "", "")), 350)
    assert [c[4] for c in prev.cells if c[0] == 10] == ["（四）无法提供"]


def _fonts_unmapped(name: str, fonts: bytes, tmp_path) -> bytes:
    """The corpus PDF `name` with the ToUnicode maps of the fonts whose names start with `fonts` taken out, as a
    PDF whose fonts have none is made: qpdf writes its objects uncompressed, they are edited, qpdf writes it back."""
    import re
    import subprocess

    qpdf = need_tool("qpdf")
    plain, edited, out = tmp_path / "plain.pdf", tmp_path / "edited.pdf", tmp_path / "out.pdf"
    subprocess.run([qpdf, "--qdf", "--object-streams=disable", str(shared_corpus() / "raw" / name), str(plain)], check=True)

    def without_map(m: re.Match) -> bytes:
        return re.sub(rb"/ToUnicode \d+ 0 R", b"", m.group(0)) if re.search(rb"/BaseFont /" + fonts, m.group(0)) else m.group(0)

    edited.write_bytes(re.sub(rb"\d+ 0 obj\s*<<.*?>>\s*endobj", without_map, plain.read_bytes(), flags=re.S))
    subprocess.run([qpdf, str(edited), str(out)], capture_output=True)  # (exits 3: warnings, the offsets it mends)
    return out.read_bytes()


def test_a_pdf_whose_heading_font_has_no_unicode_mapping(tmp_path):
    # the headings' font (黑体) without a ToUnicode map: pdfium reads each glyph's number as a character
    # ('пȽ ᭬ࡦૂ༻⨽᭵ᓒؗ' for '一、总体情况'); those runs are dropped and said to be lost, the rest is read as before
    original = convert((shared_corpus() / "raw" / "01_hongze_2023.pdf").read_bytes(), "o.pdf")
    record = convert(_fonts_unmapped("01_hongze_2023.pdf", b"XEKKFX", tmp_path), "u.pdf")
    for key in ("title", "issuer", "report_year", "signed_date", "contacts", "active_disclosure", "tables"):
        assert record[key] == original[key], key
    texts = record["preamble"] + [s["text"] for s in record["sections"]]
    assert texts and not any(FOREIGN.search(t) for t in texts)
    assert [i["severity"] for i in record["issues"] if i["code"] == "text_unmapped"] == ["warning"]


def test_a_pdf_whose_fonts_all_lack_a_unicode_mapping_has_no_text_layer(tmp_path):
    # (not 'not_a_report': the report is there, its text cannot be read without OCR)
    with pytest.raises(NoTextLayer, match="Unicode mapping"):
        convert(_fonts_unmapped("01_hongze_2023.pdf", b"[A-Z]{6}\\+", tmp_path), "u.pdf")


def test_a_flattened_tables_cells_at_pages_feet_are_no_page_numbers():
    """A table flattened a cell a line (a Word file of a crawled page, printed to PDF): a '0' or a '|' ending a page is
    a cell, on every page, not a page number nor a repeated footer; a page's own number still goes."""
    pages = []
    for p in range(4):
        words = "alpha beta gamma delta epsilon zeta theta iota kappa lambda mu nu".split()
        items = [(72, 780 - 15 * k, f"{words[3 * p + k]} report text", 12) for k in range(3)]
        items += [(72, 60, "|", 12), (72, 45, "0", 12)] if p < 3 else [(290, 40, f"- {p + 1} -", 10)]
        pages.append(items)
    doc = read(_make_pdf(pages))
    pieces = " ".join(_paragraphs(doc)).split()
    assert pieces.count("0") == 3 and pieces.count("|") == 3 and "4" not in pieces


def test_a_pages_field_line_under_its_title_is_a_paragraph_of_its_own():
    """A Word copy of a page printed to PDF: the title, then '来源: 浏览次数: 发布时间: …' on the next line; not one
    paragraph run on from the title."""
    import docx

    from conftest import need_soffice
    from pipeline.readers import libreoffice

    need_soffice()
    document = docx.Document()
    for line in ("云崖乡人民政府2019年度政府信息公开年度工作报告", "来源: 浏览次数: 发布时间: 2020-02-20 16:53", "收藏",
                 "根据《中华人民共和国政府信息公开条例》要求,编制本报告。"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    paras = _paragraphs(read(libreoffice.convert(buffer.getvalue(), "docx", "pdf")))
    assert paras[0] == "云崖乡人民政府2019年度政府信息公开年度工作报告"
