"""Tests for pipeline.writers.docx.render: structure, GB/T 9704 conformance, tables, rendering."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from pipeline.writers.docx import render

ROOT = Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# ---------------------------------------------------------------------------
# Hand-built records

APP_ROWS_2021 = [
    "new_received", "carried_over", "disclosed", "partially_disclosed",
    "withheld_state_secret", "withheld_prohibited_by_law", "withheld_security_stability",
    "withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
    "withheld_enforcement_file", "withheld_query_matter", "unavailable_not_held",
    "unavailable_needs_creation", "unavailable_unclear", "not_processed_complaint",
    "not_processed_duplicate", "not_processed_publication", "not_processed_excessive",
    "not_processed_confirmation", "other_overdue_correction", "other_overdue_fee", "other_other",
    "total", "carried_forward",
]
APP_COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
            "legal_service_org", "other_org", "total"]


def _app_row(natural: int, commercial: int = 0) -> dict:
    row = dict.fromkeys(APP_COLS, 0)
    row.update(natural_person=natural, commercial_enterprise=commercial, total=natural + commercial)
    return row


def _base(**kw) -> dict:
    rec = {
        "schema_version": "1.0.0",
        "source": {"path": "x.html", "format": "html", "sha256": "0" * 64, "encoding": "utf-8",
                   "url": None, "site_name": None},
        "title": None, "issuer": None, "report_year": None, "doc_number": None,
        "signed_date": None, "published_date": None, "format": None,
        "contacts": {"address": None, "postcode": None, "phones": [], "faxes": [], "emails": [],
                     "websites": []},
        "sections": [], "active_disclosure": {"total": None, "categories": []},
        "tables": {}, "indicators": [], "issues": [],
    }
    rec.update(kw)
    return rec


def record_2021() -> dict:
    apps = {k: _app_row(0) for k in APP_ROWS_2021}
    apps["new_received"] = _app_row(21, 2)
    apps["partially_disclosed"] = _app_row(4)
    apps["withheld_state_secret"] = _app_row(1)
    apps["unavailable_not_held"] = _app_row(10, 2)
    apps["other_overdue_fee"] = _app_row(1)
    apps["total"] = _app_row(16, 2)
    apps["carried_forward"] = _app_row(5)
    apps["withheld_query_matter"] = dict.fromkeys(APP_COLS, None)  # printed blank
    body1 = ("2023年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，"
             "全面贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开，"
             "不断提升政府工作透明度\x07，切实保障人民群众知情权、参与权、表达权和监督权。")
    return _base(
        title="洪泽区人民政府2023年政府信息公开工作年度报告",
        issuer="洪泽区人民政府", report_year=2023, doc_number="洪政办〔2024〕3号",
        signed_date="2024-01-20", format="2021",
        preamble=["本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自"
                  "2023年1月1日起至2023年12月31日止。"],
        sections=[
            {"number": "一", "title": "总体情况", "text": "",
             "blocks": [
                 {"kind": "paragraph", "text": body1},
                 {"kind": "heading", "level": 2, "text": "（一）主动公开"},
                 {"kind": "paragraph", "text": "全年主动公开政府信息1136条，其中规范性文件5件。\ud800"},
                 {"kind": "heading", "level": 2, "text": "（二）依申请公开"},
                 {"kind": "paragraph", "text": "全年共受理政府信息公开申请23件，均在法定期限内答复。"},
                 {"kind": "heading", "level": 3, "text": "1.规范办理流程"},
                 {"kind": "paragraph", "text": "严格执行登记、审核、办理、答复、归档流程。\x0b落实专人负责。"},
             ]},
            {"number": "二", "title": "主动公开政府信息情况", "text": "",
             "blocks": [{"kind": "table", "table": "active"}]},
            {"number": "三", "title": "收到和处理政府信息公开申请情况", "text": "",
             "blocks": [{"kind": "table", "table": "applications"}]},
            {"number": "四", "title": "政府信息公开行政复议、行政诉讼情况", "text": "",
             "blocks": [{"kind": "table", "table": "review_litigation"}]},
            {"number": "五", "title": "存在的主要问题及改进情况", "text": "",
             "blocks": [{"kind": "paragraph", "text": "一是公开内容不够全面；二是解读形式较为单一。"},
                        {"kind": "paragraph", "text": "下一步，我们将进一步提高公开质量。"}]},
            {"number": "六", "title": "其他需要报告的事项",
             "text": "本年度未收取信息处理费。\n联系地址：淮安市洪泽区洪泽湖大道90号。"},
        ],
        tables={
            "active": {
                "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
                "normative_documents": {"issued": 3, "repealed": 5, "in_force": 12},
                "licensing": {"decisions": 550},
                "penalties": {"decisions": 4119},
                "enforcement": {"decisions": None},
                "fees": {"amount": 7730.28},
            },
            "applications": apps,
            "review_litigation": {
                "review": {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1},
                "litigation_direct": {"upheld": 0, "corrected": 0, "other": 0, "pending": 2, "total": 2},
                "litigation_after_review": {"upheld": None, "corrected": None, "other": None,
                                            "pending": None, "total": None},
            },
        },
        closing=["洪泽区人民政府", "2024年1月20日"],
    )


def record_2019() -> dict:
    apps = {k: _app_row(0) for k in APP_ROWS_2021 if not k.startswith("other_")}
    apps["other"] = _app_row(2)
    apps["new_received"] = _app_row(7)
    apps["disclosed"] = _app_row(5)
    apps["total"] = _app_row(7)
    return _base(
        title="岳阳市南湖新区住房和城乡建设局2019年政府信息公开工作年度报告",
        issuer="岳阳市南湖新区住房和城乡建设局", report_year=2019, signed_date="2020-01-15",
        format="2019",
        sections=[
            {"number": "一", "title": "总体情况", "text": "2019年，我局认真贯彻落实新修订的条例。\n加强组织领导。"},
            {"number": "二", "title": "主动公开政府信息情况", "text": "",
             "blocks": [{"kind": "table", "table": "active"}]},
            {"number": "三", "title": "收到和处理政府信息公开申请情况", "text": "见下表。"},
            {"number": "四", "title": "政府信息公开行政复议、行政诉讼情况", "text": "本年度无行政复议、行政诉讼。"},
            {"number": "五", "title": "存在的主要问题及改进情况", "text": "信息更新不够及时。"},
            {"number": "六", "title": "其他需要报告的事项", "text": "无。"},
        ],
        tables={
            "active": {
                "regulations": {"made": 0, "published": 0, "total_published": 0},
                "normative_documents": {"made": 2, "published": 2, "total_published": 9},
                "licensing": {"previous_items": 12, "change": -2, "decisions": 340},
                "other_services": {"previous_items": 3, "change": 0, "decisions": 15},
                "penalties": {"previous_items": 5, "change": 1, "decisions": 6},
                "enforcement": {"previous_items": 0, "change": 0, "decisions": 0},
                "fees": {"previous_items": 1, "change": 0},
                "procurement": {"items": 4, "amount": 251000},
            },
            "units": {"active.procurement.amount": "元"},
            "applications": apps,
            "review_litigation": {g: dict(upheld=0, corrected=0, other=0, pending=0, total=0)
                                  for g in ("review", "litigation_direct", "litigation_after_review")},
        },
    )


def record_pre2019() -> dict:
    return _base(
        title="晋安区2016年政府信息公开工作年度报告",
        issuer="福州市晋安区人民政府办公室", report_year=2016, signed_date="2017-03-28",
        format="pre2019",
        sections=[
            {"number": "一", "title": "概述", "text": "2016年，我区政府信息公开工作稳步推进。"},
            {"number": "二", "title": "主动公开政府信息情况",
             "blocks": [{"kind": "paragraph", "text": "全年主动公开政府信息2315条。"},
                        {"kind": "table", "table": "indicators"},
                        {"kind": "table", "table": "other",
                         "rows": [["渠道", "条数"], ["政府网站", "2000"], ["政务微博", "315"]]}],
             "text": "全年主动公开政府信息2315条。"},
            {"number": "三", "title": "其他需要报告的事项", "text": "无。"},
        ],
        indicators=[
            {"name": "主动公开情况", "label": "一、主动公开情况", "unit": None, "values": {"统计数": None}},
            {"name": "主动公开政府信息数", "label": "（一）主动公开政府信息数", "unit": "条",
             "values": {"统计数": 2315}},
            {"name": "收到申请数", "label": "（一）收到申请数", "unit": "件", "values": {"统计数": 0}},
            {"name": "政府信息公开工作专门经费", "unit": "万元", "values": {"统计数": 3.5}},
        ],
        closing=["福州市晋安区人民政府办公室", "二〇一七年三月二十八日"],
    )


RECORDS = {"2021": record_2021, "2019": record_2019, "pre2019": record_pre2019}


# ---------------------------------------------------------------------------
# helpers


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def xml(data: bytes, name: str = "word/document.xml"):
    return etree.fromstring(parts(data)[name])


def styles_by_name(data: bytes) -> dict:
    root = xml(data, "word/styles.xml")
    return {s.find(q("name")).get(q("val")): s for s in root.iter(q("style"))}


def cell_texts(tbl) -> list[list[str]]:
    return [["".join(tc.itertext()) for tc in tr.findall(q("tc"))] for tr in tbl.findall(q("tr"))]


def all_text(data: bytes) -> str:
    return "".join(xml(data).itertext())


@pytest.fixture(scope="module", params=sorted(RECORDS))
def rendered(request):
    rec = RECORDS[request.param]()
    return request.param, rec, render(rec)


# ---------------------------------------------------------------------------
# structure


def test_python_docx_opens_output(rendered):
    _, rec, data = rendered
    d = docx.Document(io.BytesIO(data))
    paras = [p for p in d.paragraphs if p.text.strip()]
    assert paras[0].text == rec["title"] and paras[0].style.name == "Title"
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{s['number']}、{s['title']}" for s in rec["sections"]]


def test_every_section_text_present(rendered):
    _, rec, data = rendered
    text = all_text(data)
    for s in rec["sections"]:
        chunks = [b.get("text", "") for b in s.get("blocks") or [] if b["kind"] != "table"] or [s["text"]]
        for chunk in chunks:
            for piece in re.split(r"[\x00-\x1f\ud800-\udfff]", chunk):
                assert piece.strip() in text, piece


def test_order_title_docnumber_preamble_sections():
    rec = record_2021()
    d = docx.Document(io.BytesIO(render(rec)))
    items = [(p.style.name, p.text) for p in d.paragraphs if p.text.strip()]
    assert items[0] == ("Title", rec["title"])
    assert items[1] == ("Doc Number", "洪政办〔2024〕3号")
    assert items[2] == ("Normal", rec["preamble"][0])
    assert items[3] == ("Heading 1", "一、总体情况")
    assert ("Heading 2", "（一）主动公开") in items
    assert ("Heading 3", "1.规范办理流程") in items
    # \x0b became a line break inside one paragraph; \x07 and the lone surrogate were cleaned
    assert ("Normal", "严格执行登记、审核、办理、答复、归档流程。\n落实专人负责。") in items
    assert ("Normal", "全年主动公开政府信息1136条，其中规范性文件5件。\ufffd") in items
    # closing already holds issuer and date: printed once each
    assert [t for _, t in items].count("洪泽区人民政府") == 1
    assert [t for _, t in items].count("2024年1月20日") == 1
    assert items[-2] == ("Signature", "洪泽区人民政府") and items[-1] == ("Date", "2024年1月20日")


def test_signature_and_date_appended_when_no_closing():
    rec = record_2019()
    d = docx.Document(io.BytesIO(render(rec)))
    items = [(p.style.name, p.text) for p in d.paragraphs if p.text.strip()]
    assert items[-2:] == [("Signature", rec["issuer"]), ("Date", "2020年1月15日")]


def test_chinese_numeral_closing_date_printed_once_in_arabic_numerals():
    rec = record_pre2019()
    d = docx.Document(io.BytesIO(render(rec)))
    texts = [p.text for p in d.paragraphs if p.text.strip()]
    assert "2017年3月28日" in texts  # GB/T 9704 §7.3.5.4: 成文日期 in Arabic numerals
    assert "二〇一七年三月二十八日" not in texts
    assert texts.count("2017年3月28日") == 1
    assert texts.count(rec["issuer"]) == 1


def test_section_text_fallback_splits_lines():
    d = docx.Document(io.BytesIO(render(record_2019())))
    texts = [p.text for p in d.paragraphs]
    i = texts.index("一、总体情况")
    assert texts[i + 1:i + 3] == ["2019年，我局认真贯彻落实新修订的条例。", "加强组织领导。"]


# ---------------------------------------------------------------------------
# GB/T 9704 conformance


def test_page_setup(rendered):
    _, _, data = rendered
    root = xml(data)
    sect = root.find(".//w:body/w:sectPr", NS)
    pg = sect.find(q("pgSz"))
    assert (pg.get(q("w")), pg.get(q("h"))) == ("11906", "16838")
    mar = sect.find(q("pgMar"))
    mm = {k: round(int(mar.get(q(k))) * 25.4 / 1440) for k in ("top", "bottom", "left", "right")}
    assert mm == {"top": 37, "bottom": 35, "left": 28, "right": 26}
    grid = sect.find(q("docGrid"))
    assert grid.get(q("linePitch")) == "579"
    refs = {r.get(q("type")) for r in sect.findall(q("footerReference"))}
    assert refs == {"default", "even"}
    settings = xml(data, "word/settings.xml")
    assert settings.find(q("evenAndOddHeaders")) is not None
    lang = settings.find(q("themeFontLang"))
    assert lang.get(q("eastAsia")) == "zh-CN"


def _font_and_size(style) -> tuple[str, str, str]:
    rpr = style.find(q("rPr"))
    rf = rpr.find(q("rFonts"))
    return rf.get(q("eastAsia")), rf.get(q("ascii")), rpr.find(q("sz")).get(q("val"))


def test_style_fonts(rendered):
    _, _, data = rendered
    st = styles_by_name(data)
    assert _font_and_size(st["Title"]) == ("方正小标宋简体", "Times New Roman", "44")
    assert _font_and_size(st["Normal"]) == ("仿宋_GB2312", "Times New Roman", "32")
    assert _font_and_size(st["heading 1"]) == ("黑体", "Times New Roman", "32")
    assert _font_and_size(st["heading 2"]) == ("楷体_GB2312", "Times New Roman", "32")
    assert _font_and_size(st["footer"])[0] == "宋体" and _font_and_size(st["footer"])[2] == "28"
    east, _, size = _font_and_size(st["Table Text"])
    assert east in ("宋体", "仿宋_GB2312") and 21 <= int(size) <= 24
    normal_ppr = st["Normal"].find(q("pPr"))
    spacing = normal_ppr.find(q("spacing"))
    assert (spacing.get(q("line")), spacing.get(q("lineRule"))) == ("579", "exact")
    assert normal_ppr.find(q("ind")).get(q("firstLineChars")) == "200"
    assert st["Title"].find(q("pPr")).find(q("jc")).get(q("val")) == "center"
    assert st["Doc Number"].find(q("pPr")).find(q("jc")).get(q("val")) == "center"
    for name in ("Signature", "Date"):
        assert st[name].find(q("pPr")).find(q("jc")).get(q("val")) == "right"
    # every rFonts in the styles names an East Asian font explicitly
    for rf in xml(data, "word/styles.xml").iter(q("rFonts")):
        assert rf.get(q("eastAsia"))
    for lang in xml(data, "word/styles.xml").iter(q("lang")):
        assert lang.get(q("eastAsia")) == "zh-CN"


def test_no_theme_fonts_anywhere(rendered):
    _, _, data = rendered
    for name, blob in parts(data).items():
        if name.endswith(".xml"):
            assert b"Theme=" not in blob and b"theme=" not in blob.replace(b"themeFontLang", b""), name
    assert "word/theme/theme1.xml" not in parts(data)


def test_page_number_footers(rendered):
    _, _, data = rendered
    rels = parts(data)["word/_rels/document.xml.rels"].decode()
    targets = re.findall(r'Target="(footer\d\.xml)"', rels)
    aligns = set()
    for target in targets:
        root = xml(data, f"word/{target}")
        instr = "".join(t.text for t in root.iter(q("instrText")))
        assert instr.strip() == "PAGE"
        text = "".join(t.text for t in root.iter(q("t")))
        # (the field holds no result: the page's number is the one the layout gives, and the XML's text reads
        # no '— 1 —', a PDF's folio a label may list as chrome)
        assert text == "—  —"
        aligns.add(root.find(".//w:jc", NS).get(q("val")))
    assert aligns == {"left", "right"}


# ---------------------------------------------------------------------------
# tables


def _tables(data: bytes):
    return xml(data).findall(".//w:body/w:tbl", NS)


def _find_table(data: bytes, needle: str):
    for tbl in _tables(data):
        if needle in "".join(tbl.itertext()):
            return tbl
    raise AssertionError(f"no table containing {needle}")


def test_applications_header_merges():
    data = render(record_2021())
    tbl = _find_table(data, "申请人情况")
    rows = tbl.findall(q("tr"))
    first = rows[0].findall(q("tc"))
    span = lambda tc: int(tc.find(".//w:gridSpan", NS).get(q("val"))) if tc.find(".//w:gridSpan", NS) is not None else 1  # noqa: E731
    vm = lambda tc: tc.find(".//w:vMerge", NS)  # noqa: E731
    assert "".join(first[1].itertext()) == "申请人情况" and span(first[1]) == 7
    assert span(first[0]) == 3 and vm(first[0]).get(q("val")) == "restart"
    second = [("".join(tc.itertext()), span(tc)) for tc in rows[1].findall(q("tc"))]
    assert second[1:] == [("自然人", 1), ("法人或其他组织", 5), ("总计", 1)]
    third = ["".join(tc.itertext()) for tc in rows[2].findall(q("tc"))]
    assert third[2:7] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    assert len(tbl.findall(".//w:gridCol", NS)) == 10
    texts = cell_texts(tbl)
    # 3 header rows + 25 data rows in 2021
    assert len(texts) == 28
    assert texts[5][0] == "三、本年度办理结果"
    withheld = [r for r in texts if "1.属于国家秘密" in r][0]
    assert withheld[1] == "（三）不予公开"
    assert any("（六）其他处理" in r for r in texts)
    # python-docx sees a consistent 10-column grid
    t = docx.Document(io.BytesIO(data)).tables[1]
    assert all(len(r.cells) == 10 for r in t.rows)


def test_applications_values_null_blank_zero_printed():
    data = render(record_2021())
    texts = cell_texts(_find_table(data, "申请人情况"))
    row = {r[-8] if len(r) >= 8 else "": r[-7:] for r in texts}
    assert row["一、本年新收政府信息公开申请数量"] == ["21", "2", "0", "0", "0", "0", "23"]
    assert row["8.属于行政查询事项"] == [""] * 7
    assert row["（七）总计"] == ["16", "2", "0", "0", "0", "0", "18"]
    assert row["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"][0] == "1"


def test_applications_2019_single_other_row():
    data = render(record_2019())
    texts = cell_texts(_find_table(data, "申请人情况"))
    assert len(texts) == 3 + 23
    other = [r for r in texts if "（六）其他处理" in r]
    assert len(other) == 1 and other[0][-7:] == ["2", "0", "0", "0", "0", "0", "2"]


def test_active_table_2021():
    data = render(record_2021())
    texts = cell_texts(_find_table(data, "第二十条第（一）项"))
    flat = [c for r in texts for c in r]
    for caption in ("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"):
        assert [caption] in texts
    assert "第二十条第（九）项" not in flat
    assert ["行政规范性文件", "3", "5", "12"] in texts
    assert ["行政许可", "550"] in texts
    assert ["行政强制", ""] in texts            # null → blank
    assert ["规章", "0", "0", "0"] in texts      # 0 printed
    assert ["行政事业性收费", "7730.28"] in texts
    assert ["信息内容", "本年收费金额（单位：万元）"] in texts


def test_active_table_2019():
    texts = cell_texts(_find_table(render(record_2019()), "第二十条第（一）项"))
    assert [["第二十条第（九）项"]] == [r for r in texts if r == ["第二十条第（九）项"]]
    assert ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"] in texts
    assert ["规范性文件", "2", "2", "9"] in texts
    assert ["行政许可", "12", "-2", "340"] in texts
    assert ["其他对外管理服务事项", "3", "0", "15"] in texts
    assert ["政府集中采购", "4", "251000元"] in texts


def test_review_table():
    data = render(record_2021())
    tbl = _find_table(data, "未经复议直接起诉")
    texts = cell_texts(tbl)
    assert texts[0] == ["行政复议", "行政诉讼"]
    assert texts[1][:5] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert texts[1][5:] == ["未经复议直接起诉", "复议后起诉"]
    assert texts[3] == ["1", "0", "0", "0", "1", "0", "0", "0", "2", "2", "", "", "", "", ""]


def test_unreferenced_tables_placed_by_section_title():
    data = render(record_2019())  # applications and review are not referenced by any block
    d = docx.Document(io.BytesIO(data))
    order = []
    for item in d.iter_inner_content():
        if isinstance(item, docx.table.Table):
            order.append("T:" + item.rows[0].cells[0].text[:5])
        elif item.style.name == "Heading 1":
            order.append(item.text[:2])
    assert order == ["一、", "二、", "T:第二十条第", "三、", "T:（本列数据", "四、", "T:行政复议", "五、", "六、"]


def test_indicators_and_other_tables():
    data = render(record_pre2019())
    texts = cell_texts(_find_table(data, "指标名称"))
    assert texts[0] == ["指标名称", "单位", "统计数"]
    assert ["（一）主动公开政府信息数", "条", "2315"] in texts
    assert ["一、主动公开情况", "", ""] in texts
    assert ["（一）收到申请数", "件", "0"] in texts
    assert ["政府信息公开工作专门经费", "万元", "3.5"] in texts
    other = cell_texts(_find_table(data, "政务微博"))
    assert other == [["渠道", "条数"], ["政府网站", "2000"], ["政务微博", "315"]]


def test_minimal_and_odd_records_do_not_crash():
    for rec in ({}, {"title": "x", "sections": None, "tables": None},
                {"sections": [{"number": "一", "title": "t", "text": None,
                               "blocks": [{"kind": "table", "table": "applications"},
                                          {"kind": "table", "table": "other", "rows": [[], ["a", None]]},
                                          {"kind": "heading", "text": "（一）x"}, {"kind": "bogus"}]}],
                 "tables": {"applications": {"total": {"total": "7"}}, "active": {"fees": None}},
                 "indicators": [{"name": "n", "unit": None, "values": {}}], "signed_date": "bad"}):
        docx.Document(io.BytesIO(render(rec)))


def test_template_is_loaded_once_per_process():
    from pipeline.writers import docx as writer

    render(record_2021())
    first = writer._template()
    render(record_2021())
    assert writer._template() is first


# ---------------------------------------------------------------------------
# rendering with LibreOffice (tools/preview.sh)

HAVE_TOOLS = all(shutil.which(t) for t in ("soffice", "pdftotext", "pdftoppm", "pdfinfo"))
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.mark.skipif(not HAVE_TOOLS and not IN_CI, reason="LibreOffice/poppler not installed")
@pytest.mark.parametrize("which", ["record_2021"] + [p.name for p in sorted((ROOT / "samples").iterdir())])
def test_libreoffice_render_keeps_all_text(tmp_path, which):
    if not HAVE_TOOLS:
        pytest.fail("CI=true but soffice/pdftotext/pdftoppm/pdfinfo are missing")
    if which == "record_2021":
        rec = record_2021()
    else:
        from pipeline.convert import convert

        rec = convert((ROOT / "samples" / which).read_bytes(), which)
    src = tmp_path / "r.docx"
    src.write_bytes(render(rec))
    subprocess.run([str(ROOT / "tools" / "preview.sh"), str(src), str(tmp_path / "out")],
                   check=True, timeout=180, capture_output=True)
    pdf = tmp_path / "out" / "r.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 1 <= pages <= 20
    assert len(list((tmp_path / "out").glob("r-*.png"))) == pages
    printed = set(re.sub(r"\s+", "", text))
    body = "".join(b.get("text", "") for s in rec["sections"] for b in s.get("blocks") or [])
    body += "".join(s["text"] for s in rec["sections"]) + rec["title"]
    cjk = {c for c in body if "\u4e00" <= c <= "\u9fff"}
    missing = cjk - printed
    assert not missing, "".join(sorted(missing))
    assert "—" in text  # page-number dashes


# ---------------------------------------------------------------------------
# OOXML child order (Word rejects files whose sequences are out of schema order)

_SEQ = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
           "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
           "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
           "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
           "rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
           "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
           "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
            "vAlign hideMark",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
              "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi "
              "rtlGutter docGrid printerSettings sectPrChange",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed "
             "qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
    "settings": "writeProtection view zoom removePersonalInformation removeDateAndTime "
                "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
                "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
                "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
                "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
                "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate "
                "linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge "
                "revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
                "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
                "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
                "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting "
                "bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
                "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
                "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
                "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
                "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
                "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
                "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
                "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
                "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat "
                "docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
                "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
                "readModeInkLockDown smartTagType schemaLibrary shapeDefaults "
                "doNotEmbedSmartTags decimalSymbol listSeparator",
}


def test_ooxml_child_order(rendered):
    _, _, data = rendered
    for name, blob in parts(data).items():
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        for el in etree.fromstring(blob).iter():
            local = etree.QName(el).localname if isinstance(el.tag, str) else None
            if local not in _SEQ:
                continue
            seq = _SEQ[local].split()
            idx = [seq.index(etree.QName(c).localname) for c in el]
            assert idx == sorted(idx), (name, local, [etree.QName(c).localname for c in el])


def test_issuer_and_date_on_one_closing_line_not_repeated():
    rec = record_2019()
    rec["closing"] = ["岳阳市南湖新区住房和城乡建设局  2020年1月15日"]
    texts = [p.text for p in docx.Document(io.BytesIO(render(rec))).paragraphs if p.text.strip()]
    assert texts[-1] == "岳阳市南湖新区住房和城乡建设局  2020年1月15日"
    assert rec["issuer"] not in texts and "2020年1月15日" not in texts


def test_package_is_the_zip_that_zipfile_writes():
    """The DOCX's ZIP container (template parts deflated once, written by hand) is byte for
    byte what zipfile writes for the same parts, in the same order, at compresslevel=1."""
    for make in RECORDS.values():
        data = render(make())
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            assert zf.testzip() is None
            names = zf.namelist()
            contents = {n: zf.read(n) for n in names}
        assert names[:5] == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                             "word/document.xml"]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, contents[name], compresslevel=1)
        assert buf.getvalue() == data
