"""DOCX reader: real corpus files, hand-built specimens, hostile input."""
from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputBomb, PipelineError, ReadError, TooComplex, UnsupportedFormat
from pipeline.model import Heading, Paragraph, Table
from pipeline.readers import docx
from pipeline.readers.xmlparse import make_parser, parse_xml

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus"
CI = os.environ.get("CI", "").lower() == "true"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PKG_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="NULL"/>'
    "</Relationships>"
)


def need(path: Path) -> Path:
    if not path.exists():
        if CI:
            pytest.fail(f"{path} is missing (CI=true)")
        pytest.skip(f"{path} not available")
    return path


def document_xml(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>'


def make_docx(body: str | None = None, *, raw_document: str | bytes | None = None, styles: str | None = None,
              numbering: str | None = None, header: str | None = "页眉文字不应出现", drop=(), extra=None) -> bytes:
    members = {
        "[Content_Types].xml": CT,
        "_rels/.rels": PKG_RELS,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/document.xml": raw_document if raw_document is not None else document_xml(body or ""),
    }
    if styles is not None:
        members["word/styles.xml"] = f'<w:styles {NS}>{styles}</w:styles>'
    if numbering is not None:
        members["word/numbering.xml"] = f'<w:numbering {NS}>{numbering}</w:numbering>'
    if header is not None:
        members["word/header1.xml"] = f'<w:hdr {NS}><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>'
    members.update(extra or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in members.items():
            if k not in drop:
                zf.writestr(k, v)
    return buf.getvalue()


def p(text: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def tc(text: str, tcpr: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}{p(text) if text else '<w:p/>'}</w:tc>"


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if not isinstance(b, Table)]


def spans(table: Table) -> list[list[tuple[str, int, int]]]:
    return [[(c.text, c.row_span, c.col_span) for c in row] for row in table.rows]


# --------------------------------------------------------------------------- real files


def test_45b_statistics_table():
    doc = docx.read(need(CORPUS / "raw" / "45b_pingtan_county_2011_attachment.docx").read_bytes())
    assert doc.format == "docx"
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    t = tables[0]
    assert (t.n_rows, t.n_cols) == (18, 4)
    head = [x.replace("\n", "") for x in t.text_rows()[0]]
    assert head == ["指标名称", "计量单位", "2011年度", "历年累计"]
    assert t.text_rows()[1] == ["主动公开信息数", "条", "425", "1516"]
    assert texts(doc)[0] == "平潭县人民政府2011年政府信息公开工作年度报告"
    assert "附件1：平潭县人民政府2011年政府信息公开情况统计表" in texts(doc)
    # the table comes after the paragraph announcing it (body order)
    assert isinstance(doc.blocks[-1], Table)


def test_80_template_table3_merged_header():
    doc = docx.read(need(CORPUS / "raw" / "80_govnianbao_2021format_template.docx").read_bytes())
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 3
    t3 = tables[1]
    cells = {(c.row, c.col): c for row in t3.rows for c in row}
    anchors = {c.text: c for c in cells.values()}
    assert anchors["申请人情况"].col_span == 7 and anchors["申请人情况"].row == 0
    assert anchors["自然人"].row_span == 2 and anchors["自然人"].row == 1
    assert anchors["法人或其他组织"].col_span == 5 and anchors["法人或其他组织"].row == 1
    assert anchors["总计"].row_span == 2
    corner = t3.rows[0][0]
    assert corner.row_span == 3 and corner.col_span == 3 and t3.is_anchor(0, 0) and not t3.is_anchor(2, 2)
    labels = [row[0].text for row in t3.rows]
    assert any("本年新收政府信息公开申请数量" in x for x in labels)
    assert any("上年结转政府信息公开申请数量" in x for x in labels)
    assert all(len(r) == t3.n_cols for r in t3.rows)
    # 表四: 行政复议 spans 5, 行政诉讼 spans 10, 未经复议直接起诉 spans 5
    t4 = tables[2]
    assert spans(t4)[0][0] == ("行政复议", 1, 5) and spans(t4)[0][5] == ("行政诉讼", 1, 10)
    assert spans(t4)[1][5] == ("未经复议直接起诉", 1, 5)
    assert texts(doc)[:2] == ["政府信息公开工作年度报告格式模板", "一、总体情况"]


@pytest.mark.parametrize("name", ["82_synthetic_gongwen_decision_wps.docx", "83_synthetic_gongwen_notice_messy_wps.docx"])
def test_other_wps_docx_read(name):
    doc = docx.read(need(CORPUS / "other" / name).read_bytes())
    assert len(doc.blocks) >= 5
    assert all(b.text == b.text.strip() for b in doc.blocks if not isinstance(b, Table))


def test_corpus_speed():
    data = need(CORPUS / "raw" / "80_govnianbao_2021format_template.docx").read_bytes()
    t = time.perf_counter()
    docx.read(data)
    assert time.perf_counter() - t < 1.0


# --------------------------------------------------------------------------- specimens


def test_tracked_changes_accepted():
    body = ("<w:p><w:r><w:t>保留</w:t></w:r><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>新增</w:t></w:r></w:ins>"
            "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
            "<w:moveFrom w:id=\"3\"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>")
    assert texts(docx.read(make_docx(body))) == ["保留新增移来"]


def test_fields_show_result_only():
    body = (
        "<w:p><w:r><w:t>第</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:t>页</w:t></w:r></w:p>"
        # nested field: outer code contains an inner field; only the outer result shows
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>内层结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>外层结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>'
        '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p>'
    )
    assert texts(docx.read(make_docx(body))) == ["第3页", "外层结果", "12", "链接文字"]


def test_text_boxes_read_once():
    txbx = "<w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>锚段落</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{txbx}</wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{txbx}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        f"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{p('VML文本框')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    assert texts(docx.read(make_docx(body))) == ["锚段落", "文本框内容", "VML文本框"]


def test_tab_break_and_symbols():
    body = ("<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t>"
            '<w:noBreakHyphen/><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="SimSun" w:char="4E00"/></w:r></w:p>')
    assert texts(docx.read(make_docx(body))) == ["甲\t乙\n丙\n丁-·一"]


def test_headers_footers_not_in_body():
    doc = docx.read(make_docx(p("正文")))
    assert texts(doc) == ["正文"]
    assert "页眉" not in repr(doc)


def test_content_controls_and_custom_xml_unwrapped():
    body = (f"<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>{p('控件内段落')}</w:sdtContent></w:sdt>"
            f"<w:customXml w:element=\"x\">{p('自定义XML段落')}</w:customXml>"
            "<w:p><w:sdt><w:sdtContent><w:r><w:t>行内控件</w:t></w:r></w:sdtContent></w:sdt></w:p>")
    assert texts(docx.read(make_docx(body))) == ["控件内段落", "自定义XML段落", "行内控件"]


def test_table_spans_and_fillers():
    grid = "<w:tblGrid>" + "<w:gridCol/>" * 4 + "</w:tblGrid>"
    rows = [
        "<w:tr>" + tc("合并标题", '<w:gridSpan w:val="3"/>') + tc("纵向", '<w:vMerge w:val="restart"/>') + "</w:tr>",
        "<w:tr>" + tc("甲") + tc("\u3000") + tc("\u3000\u3000") + tc("", "<w:vMerge/>") + "</w:tr>",
        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("乙") + tc("丙") + tc("丁") + "</w:tr>",
    ]
    body = p("表前") + f"<w:tbl><w:tblPr/>{grid}{''.join(rows)}</w:tbl>" + p("表后")
    doc = docx.read(make_docx(body))
    assert isinstance(doc.blocks[1], Table) and texts(doc) == ["表前", "表后"]
    t = doc.blocks[1]
    assert spans(t) == [
        [("合并标题", 1, 3)] * 3 + [("纵向", 2, 1)],
        [("甲", 1, 1), ("", 1, 1), ("", 1, 1), ("纵向", 2, 1)],
        [("", 1, 1), ("乙", 1, 1), ("丙", 1, 1), ("丁", 1, 1)],
    ]
    assert t.is_anchor(0, 3) and not t.is_anchor(1, 3)


def test_cell_with_two_paragraphs_and_nested_table():
    inner = "<w:tbl><w:tr>" + tc("内1") + tc("内2") + "</w:tr></w:tbl>"
    body = "<w:tbl><w:tr><w:tc>" + p("第一段") + p("第二段") + "</w:tc><w:tc>" + inner + "<w:p/></w:tc></w:tr></w:tbl>"
    t = docx.read(make_docx(body)).blocks[0]
    assert t.text_rows() == [["第一段\n第二段", "内1 内2"]]


STYLES = (
    '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Heading"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="MyOutline"><w:name w:val="我的样式"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Body9"><w:name w:val="正文缩进"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="派生"/><w:basedOn w:val="1"/></w:style>'
)


def test_heading_styles():
    body = (p("报告标题", '<w:pStyle w:val="Title"/>') + p("一、总体情况", '<w:pStyle w:val="1"/>')
            + p("（一）小节", '<w:pStyle w:val="a3"/>') + p("1.大纲", '<w:pStyle w:val="MyOutline"/>')
            + p("正文", '<w:pStyle w:val="Body9"/>') + p("基于Heading的普通", '<w:pStyle w:val="Heading"/>')
            + p("派生标题", '<w:pStyle w:val="Derived"/>') + p("直接大纲", '<w:outlineLvl w:val="1"/>')
            + p("未知样式", '<w:pStyle w:val="Nope"/>'))
    doc = docx.read(make_docx(body, styles=STYLES))
    got = [(type(b).__name__, b.text, getattr(b, "level", None)) for b in doc.blocks]
    assert got == [
        ("Heading", "报告标题", 0), ("Heading", "一、总体情况", 1), ("Heading", "（一）小节", 2),
        ("Heading", "1.大纲", 3), ("Paragraph", "正文", None), ("Paragraph", "基于Heading的普通", None),
        ("Heading", "派生标题", 1), ("Heading", "直接大纲", 2), ("Paragraph", "未知样式", None),
    ]


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf06c"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>'
)


def num(text, ilvl, numid=1):
    return p(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>')


def test_auto_numbering_rendered():
    body = (num("总体情况", 0) + num("主动公开", 1) + num("细项", 2) + num("细项二", 2) + num("依申请", 1)
            + num("主动公开政府信息情况", 0) + num("规章", 1) + num("要点", 0, 2)
            + "".join(num(f"第{i}", 0) for i in range(3, 12)) + num("十位", 0, 3))
    got = texts(docx.read(make_docx(body, numbering=NUMBERING)))
    assert got[:8] == ["一、总体情况", "（一）主动公开", "1.细项", "2.细项二", "（二）依申请",
                       "二、主动公开政府信息情况", "（一）规章", "要点"]
    assert got[8:17] == [f"{n}、第{i}" for n, i in zip("三四五六七八九十", range(3, 11))] + ["十一、第11"]
    assert got[17] == "一〇 十位"  # no separator in lvlText: a space stands for the tab


def test_dangling_relationship_and_missing_styles_tolerated():
    doc = docx.read(make_docx(p("正文"), drop=("word/styles.xml",)))
    assert texts(doc) == ["正文"]


def test_document_via_package_relationship():
    rels = PKG_RELS.replace("word/document.xml", "word/main.xml")
    data = make_docx(None, drop=("word/document.xml",),
                     extra={"_rels/.rels": rels, "word/main.xml": document_xml(p("别名主文档"))})
    assert texts(docx.read(data)) == ["别名主文档"]


def test_strict_ooxml_namespace():
    raw = document_xml(p("严格模式")).replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    assert texts(docx.read(make_docx(raw_document=raw))) == ["严格模式"]


# --------------------------------------------------------------------------- failures


def test_missing_document_xml():
    with pytest.raises(ReadError, match="document.xml"):
        docx.read(make_docx(p("x"), drop=("word/document.xml",)))


def test_spreadsheet_is_unsupported():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormat):
        docx.read(buf.getvalue())


@pytest.mark.parametrize("raw", [
    "<w:document",  # truncated
    "not xml at all",
    f'<w:document {NS}><w:body><w:p></w:body></w:document>',  # mismatched tags
    '<?xml version="1.0"?><root xmlns="urn:x"><body/></root>',  # wrong vocabulary
    f'<w:document {NS}></w:document>',  # no body
    "",
])
def test_bad_document_xml(raw):
    with pytest.raises(ReadError):
        docx.read(make_docx(raw_document=raw))


def test_empty_document():
    with pytest.raises(ReadError, match="no text"):
        docx.read(make_docx("<w:p/><w:p><w:r><w:t>\u3000 </w:t></w:r></w:p><w:sectPr/>"))


def test_not_a_zip():
    with pytest.raises(ReadError):
        docx.read(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ReadError):
        docx.read(make_docx(p("截断"))[:200])


def test_xxe_not_expanded():
    raw = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f'<w:document {NS}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    try:
        doc = docx.read(make_docx(raw_document=raw))
    except ReadError:
        return
    assert "root:" not in repr(doc)


def test_billion_laughs():
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    raw = (f'<?xml version="1.0"?><!DOCTYPE w:document [{ents}]>'
           f'<w:document {NS}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    t = time.perf_counter()
    try:
        doc = docx.read(make_docx(raw_document=raw))
        assert "lollollol" not in repr(doc)
    except ReadError:
        pass
    assert time.perf_counter() - t < 1


def test_deep_nesting_is_typed_error():
    raw = document_xml("<w:sdt><w:sdtContent>" * 300 + p("深") + "</w:sdtContent></w:sdt>" * 300)
    with pytest.raises(ReadError):  # TooComplex is a ReadError
        docx.read(make_docx(raw_document=raw))


def test_zip_bomb_docx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("word/document.xml", document_xml(p("x" * 10) * 2_000_000))
    t = time.perf_counter()
    with pytest.raises(InputBomb):
        docx.read(buf.getvalue())
    assert time.perf_counter() - t < 0.5


def test_media_not_inflated():
    # a 40 MiB "image" is never inflated: only XML/rels members are read
    data = make_docx(p("正文"), extra={"word/media/image1.png": bytes(40 * 1024 * 1024)})
    assert texts(docx.read(data)) == ["正文"]


def test_xmlparse_factory():
    parser = make_parser()
    assert parser is not None
    with pytest.raises(ValueError):
        make_parser(resolve_entities=True)
    assert parse_xml(b"<a><b>x</b></a>").find("b").text == "x"
    with pytest.raises(ReadError):
        parse_xml(b"<a>")
    with pytest.raises(TooComplex):
        parse_xml(b"<a>" * 300 + b"</a>" * 300)
    with pytest.raises(ReadError):
        parse_xml(b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')


_BASE = make_docx(
    p("一、总体情况") + "<w:tbl><w:tr>" + tc("甲", '<w:gridSpan w:val="2"/>') + tc("乙", '<w:vMerge w:val="restart"/>')
    + "</w:tr><w:tr>" + tc("丙") + tc("丁") + tc("", "<w:vMerge/>") + "</w:tr></w:tbl>",
    styles=STYLES, numbering=NUMBERING)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_document_xml_only_typed_errors(data):
    src = zipfile.ZipFile(io.BytesIO(_BASE))
    members = {n: src.read(n) for n in src.namelist()}
    target = data.draw(st.sampled_from(sorted(n for n in members if n.endswith((".xml", ".rels")))))
    blob = bytearray(members[target])
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(st.sampled_from(["flip", "cut", "dup", "attr"]))
        if not blob:
            break
        i = data.draw(st.integers(0, len(blob) - 1))
        if op == "flip":
            blob[i] = data.draw(st.integers(0, 255))
        elif op == "cut":
            del blob[i : i + data.draw(st.integers(1, 50))]
        elif op == "dup":
            blob[i:i] = blob[i : i + data.draw(st.integers(1, 80))]
        else:
            blob[i:i] = data.draw(st.sampled_from([b' w:val="-1"', b' w:val="99999999999"', b'<w:vMerge/>',
                                                   b'<w:gridSpan w:val="0"/>', b'<w:tc>', b'</w:tr>']))
    members[target] = bytes(blob)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, v in members.items():
            zf.writestr(n, v)
    try:
        docx.read(buf.getvalue())
    except PipelineError:
        pass


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(blob):
    try:
        docx.read(b"PK\x03\x04" + blob)
    except PipelineError:
        pass


def test_paragraphs_a_pdf_to_word_converter_made_of_a_pages_lines_are_put_back_together():
    # pdf2docx ('PDF转Word') makes some of a page's lines a paragraph each: a mark left open at a
    # line's end ('（地址：淮') runs on into the next paragraph, and where most paragraphs are a line
    # of the page each, equally wide, the lines of each paragraph are joined
    cut = [p("如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮"),
           p("安市翔宇南道1号，邮编：223001，电话：0517-83605210）。"), p("一、总体情况")]
    assert texts(docx.read(make_docx("".join(cut)))) == [
        "如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210）。", "一、总体情况"]
    text = ("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大精神，按照党中央国务院、"
            "省委省政府决策部署和市委工作要求，严格落实《中华人民共和国政府信息公开条例》各项规定，圆满完成了各项任务。")
    lines = [text[i:i + 28] for i in range(0, len(text), 28)]
    page = [p("一、总体情况")] + [p(line) for line in lines] + [p("二、主动公开政府信息情况")] + [p(line) for line in lines]
    doc = docx.read(make_docx("".join(page)))
    assert texts(doc) == ["一、总体情况", text, "二、主动公开政府信息情况", text]
    assert any("a line each" in w for w in doc.warnings)


def test_a_word_files_own_paragraphs_are_left_as_they_are():
    own = ["2024年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息5500余条。", "二、主动公开政府信息情况",
           "（一）主动公开情况", "制发规范性文件11件，全部公开。", "（二）政策解读", "发布政策解读21篇。", "三、其他需要报告的事项",
           "无。", "淮安市人民政府办公室", "2025年1月20日"]
    assert texts(docx.read(make_docx("".join(p(t) for t in own)))) == own
