"""Statistics tables: every source shape, every label variant, every arithmetic rule."""
import pytest

from pipeline.convert import convert
from pipeline.extract.arith import check

APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total"]

ROWS_2021 = [
    ("一、本年新收政府信息公开申请数量", [5, 1, 0, 0, 0, 0, 6]),
    ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
    ("（一）予以公开", [2, 1, 0, 0, 0, 0, 3]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [1, 0, 0, 0, 0, 0, 1]),
    ("1、属于国家秘密", [0, 0, 0, 0, 0, 0, 0]),
    ("2．其他法律行政法规禁止公开", [0] * 7),
    ("3.危及“三安全一稳定”", [0] * 7),
    ("4.保护第三方合法权益", [0] * 7),
    ("5.属于三类内部事务信息", [0] * 7),
    ("6.属于四类过程性信息", [0] * 7),
    ("7.属于行政执法案卷", [0] * 7),
    ("8.属于行政查询事项", [0] * 7),
    ("1.本机关不掌握相关政府信息", [1, 0, 0, 0, 0, 0, 1]),
    ("2.没有现成信息需要另行制作", [0] * 7),
    ("3.补正后申请内容仍不明确", [0] * 7),
    ("1.信访举报投诉类申请", [0] * 7),
    ("2.重复申请", [0] * 7),
    ("3.要求提供公开出版物", [0] * 7),
    ("4.无正当理由大量反复申请", [0] * 7),
    ("5.要求行政机关确认或重新出具已获取信息", [0] * 7),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("3.其他", [0] * 7),
    ("(七)总计", [4, 1, 0, 0, 0, 0, 5]),
    ("四、结转下年度继续办理", [2, 0, 0, 0, 0, 0, 2]),
]


def _page(table_html: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>测试县2022年政府信息公开工作年度报告</title></head><body>"
            "<div id='zoom'><p>测试县2022年政府信息公开工作年度报告</p><p>一、总体情况</p><p>2022年，我县主动公开政府信息12条。</p>"
            "<p>三、收到和处理政府信息公开申请情况</p>" + table_html + "<p>四、政府信息公开行政复议、行政诉讼情况</p>"
            "<table><tr><td colspan='5'>行政復議</td><td colspan='10'>行政訴訟</td></tr>"
            "<tr><td rowspan='2'>结<br>果<br>维<br>持</td><td rowspan='2'>结果纠正</td><td rowspan='2'>其他结果</td><td rowspan='2'>尚未审结</td>"
            "<td rowspan='2'>总 计</td><td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr>"
            "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
            "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>"
            "<tr>" + "".join(f"<td>{v}</td>" for v in [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 1, 1, 0, 3]) + "</tr></table>"
            "</div></body></html>").encode("utf-8")


def _applications_table(rows) -> str:
    head = ("<table><tr><td rowspan='3' colspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
            "<td colspan='7'>申请人情况</td></tr><tr><td rowspan='2'>自然人</td><td colspan='5'>法人或其他组织</td><td rowspan='2'>总计</td></tr>"
            "<tr><td>商业 企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")
    body = "".join("<tr><td colspan='3'>" + label + "</td>" + "".join(f"<td>{'' if v is None else v}</td>" for v in values) + "</tr>"
                   for label, values in rows)
    return head + body + "</table>"


def test_label_variants_in_a_merged_header_table():
    record = convert(_page(_applications_table(ROWS_2021)), "variants.html")
    apps = record["tables"]["applications"]
    for label, values in ROWS_2021:
        key = {"1、属于国家秘密": "withheld_state_secret", "3.其他": "other_other", "(七)总计": "total"}.get(label)
        if key:
            assert [apps[key][c] for c in APPLICANTS] == values
    assert apps["new_received"]["total"] == 6 and apps["carried_forward"]["natural_person"] == 2
    assert record["format"] == "2021"
    review = record["tables"]["review_litigation"]
    assert review["review"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2}
    assert review["litigation_after_review"]["total"] == 3
    assert not [i for i in record["issues"] if i["code"] == "sum_mismatch"]


def test_each_arithmetic_rule_break_is_reported_with_its_cell():
    rows = [list(r) for r in ROWS_2021]
    rows[0] = (rows[0][0], [5, 1, 0, 0, 0, 0, 7])       # 总计 column ≠ the six applicant columns
    rows[23] = (rows[23][0], [4, 1, 0, 0, 0, 0, 6])     # （七）总计 ≠ outcomes, and 一+二 ≠ 七+四
    record = convert(_page(_applications_table(rows)), "broken.html")
    paths = {i["path"] for i in record["issues"] if i["code"] == "sum_mismatch"}
    assert "$.tables.applications.new_received.total" in paths
    assert "$.tables.applications.total.total" in paths
    printed = [i for i in record["issues"] if i["path"] == "$.tables.applications.new_received.total"][0]
    assert (printed["printed"], printed["expected"]) == (7, 6)
    assert record["tables"]["applications"]["new_received"]["total"] == 7  # never changed


def test_review_group_total_rule():
    issues = check({"review_litigation": {"review": {"upheld": 10, "corrected": 1, "other": 0, "pending": 0, "total": 0}}})
    assert [(i["path"], i["printed"], i["expected"]) for i in issues] == [("$.tables.review_litigation.review.total", 0, 11)]


def test_blank_dash_and_zero_cells():
    rows = [list(r) for r in ROWS_2021]
    rows[2] = (rows[2][0], [2, None, "—", "/", "0", "无", 2])
    record = convert(_page(_applications_table(rows)), "blank.html")
    d = record["tables"]["applications"]["disclosed"]
    assert [d[c] for c in APPLICANTS] == [2, None, None, None, 0, None, 2]


def test_pipe_flattened_2019_active_table_from_text():
    text = ("某县审计局2019年政府信息公开工作年度报告\n一、总体情况\n全年我局主动公开信息25条。\n二、主动公开政府信息情况\n"
            "第二十条第(一)项 |\n||||\n信息内容 |\n本年新 制作数量 |\n本年新 公开数量 |\n对外公开总数量 |\n|\n"
            "规章 |\n0 |\n0 |\n0 |\n|\n规范性文件 |\n3 |\n3 |\n12 |\n|\n第二十条第(五)项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
            "行政许可 | 12 | +3 | 40 |\n其他对外管理服务事项 | 5 | -2 | 7 |\n"
            "第二十条第(九)项 |\n信息内容 | 采购项目数量 | 采购总金额 |\n政府集中采购 | 4 | 251.3万元 |\n三、收到和处理政府信息公开申请情况\n")
    record = convert(text.encode("gb18030"), "flat.txt")
    active = record["tables"]["active"]
    assert active["normative_documents"] == {"made": 3, "published": 3, "total_published": 12}
    assert active["licensing"] == {"previous_items": 12, "change": 3, "decisions": 40}
    assert active["other_services"]["change"] == -2
    assert active["procurement"] == {"items": 4, "amount": 251.3}
    assert record["tables"]["units"]["active.procurement.amount"] == "万元"
    assert record["format"] == "2019"


def test_a_note_after_a_row_label_is_not_a_value():
    text = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章(县级无此项) | 0 | 0 | 0 |\n行政规范性文件(指各行政机关印发的有正式文号的文件) | 2 | 1 | 9 |\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n"
            "行政许可 | 17 | ||\n三、收到和处理政府信息公开申请情况\n")
    active = convert(("云崖县农业农村局2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n" + text).encode(), "note.txt")["tables"]["active"]
    assert active["regulations"] == {"issued": 0, "repealed": 0, "in_force": 0}
    assert active["normative_documents"] == {"issued": 2, "repealed": 1, "in_force": 9}


def test_a_definition_after_a_row_labels_colon_and_a_change_in_words():
    text = ("二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
            "规章:地方行政规章指各省的人民政府根据宪法、法律和行政法规等制定和发布的规范性文件。规章的名称一般称“规定”。 |\n1 |\n1 |\n1 |\n"
            "规范性文件:是指各级人民政府在法定职权范围内依照法定程序制定、发布的行政措施。 |\n0 |\n0 |\n2 |\n"
            "第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n行政许可 | 8 | 增10 | 18 | |\n"
            "三、收到和处理政府信息公开申请情况\n")
    active = convert(("云崖区文教局2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n" + text).encode(), "defs.txt")["tables"]["active"]
    assert active["regulations"] == {"made": 1, "published": 1, "total_published": 1}
    assert active["normative_documents"] == {"made": 0, "published": 0, "total_published": 2}
    assert active["licensing"] == {"previous_items": 8, "change": 10, "decisions": 18}


def test_blank_cells_of_a_table_flattened_a_cell_a_line_keep_their_place():
    text = ("云崖县统计局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n"
            "|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
            "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n2 |\n||\n"
            "二、上年结转政府信息公开申请数量 |\n1 |\n|\n|\n|\n|\n|\n1 |\n||\n四、政府信息公开行政复议、行政诉讼情况\n")
    record = convert(text.encode(), "cells.txt")
    apps = record["tables"]["applications"]
    assert [apps["new_received"][c] for c in APPLICANTS] == [None, None, None, None, None, None, 2]
    assert [apps["carried_over"][c] for c in APPLICANTS] == [1, None, None, None, None, None, 1]
    assert not any(b["text"].strip("| ") == "" for s in record["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


def test_a_table_flattened_a_cell_a_line_with_every_cell_blank_is_kept_with_its_cells_null():
    text = ("云崖县交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n"
            "|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
            "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n|\n||\n"
            "二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n|\n||\n四、政府信息公开行政复议、行政诉讼情况\n")
    apps = convert(text.encode(), "cells.txt")["tables"]["applications"]
    assert [apps["new_received"][c] for c in APPLICANTS] == [None] * 7
    assert [apps["carried_over"][c] for c in APPLICANTS] == [None] * 7


def test_underscores_printed_for_blank_cells_of_a_table_flattened_a_cell_a_line():
    text = ("云崖区政务服务中心2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n"
            "第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n规章\n\n_\n\n_\n\n_\n\n"
            "规范性文件\n\n_\n\n3\n\n3\n\n三、收到和处理政府信息公开申请情况\n")
    active = convert(text.encode(), "cells.txt")["tables"]["active"]
    assert active["regulations"] == {"made": None, "published": None, "total_published": None}
    assert active["normative_documents"] == {"made": None, "published": 3, "total_published": 3}


def test_a_table_cut_after_its_first_row_is_read_under_its_header():
    text = ("云崖镇2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
            "自然人 | 法人或其他组织 | 总计 | |||||||\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
            "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 1 | 3 | ||\n二、上年结转政府信息")
    apps = convert(text.encode(), "cut.txt")["tables"]["applications"]
    assert [apps["new_received"][c] for c in APPLICANTS] == [2, 0, 0, 0, 0, 1, 3]


def test_a_row_matching_no_label_is_kept_and_reported():
    rows = list(ROWS_2021) + [("（八）本机关自行增加的统计项", [1, 0, 0, 0, 0, 0, 1])]
    record = convert(_page(_applications_table(rows)), "extra.html")
    assert record["tables"]["unmatched"] == [{"table": "applications", "label": "（八）本机关自行增加的统计项", "values": [1, 0, 0, 0, 0, 0, 1]}]
    assert [i["text"] for i in record["issues"] if i["code"] == "unmatched_label"] == ["（八）本机关自行增加的统计项"]


def test_cumulative_below_the_year_is_reported():
    from pipeline.extract.arith import check_indicators

    rows = [{"name": "主动公开信息数", "values": {"2017年": 410, "历年累计": 400}},
            {"name": "政府网站公开数", "values": {"2017年": 410, "历年累计": 1879}}]
    assert [i["path"] for i in check_indicators(rows)] == ["$.indicators[0].values"]


def test_a_header_word_in_the_prose_above_a_table_does_not_start_it():
    """'信息内容' in a sentence a few lines above a flattened 表二 is prose: the table starts at its
    own header, and the paragraphs above it stay in their sections."""
    text = ("云崖乡人民政府2024年政府信息公开工作年度报告\n一、总体情况\n(一)政府信息管理情况\n"
            "我乡严抓发布前审核，及时调整发布信息内容，将涉及村民身份证等隐私内容全部模糊处理。\n"
            "(二)监督保障情况\n我乡定期开展自查自纠，发现问题及时整改。\n二、主动公开政府信息情况\n"
            "第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
            "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n0 |\n0 |\n0 |\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
    record = convert(text.encode(), "prose_header.txt")
    assert record["tables"]["active"]["normative_documents"] == {"issued": 0, "repealed": 0, "in_force": 0}
    assert [(s["number"], s["title"]) for s in record["sections"]] == [
        ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况")]
    assert "发现问题及时整改" in record["sections"][0]["text"]


def test_row_labels_with_long_notes_naming_other_rows():
    """A note on what a row counts may name other rows ('…含行政处罚、行政强制…'): the row is read
    with its own numbers, and the labels inside its note start no rows."""
    text = ("云崖县生态环境局2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n"
            "第二十条第(一)项 | |||||\n信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ||\n"
            "规章(设区的市、自治州人民政府应提供相关数据) | 0 | 0 | 0 | ||\n"
            "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”“细则”等字样的公文,一般情况下属于规范性文件) | 2 | 2 | 19 | ||\n"
            "第二十条第(五)项 | |||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||\n行政许可 | 8 | 5 | 93 | ||\n"
            "其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政奖励、行政处罚、行政强制和其他类) | 117 | 0 | 165 | ||\n"
            "第二十条第(六)项 | |||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||\n行政处罚 | 90 | 0 | 22 | ||\n"
            "行政强制 | 4 | 4 | - | ||\n三、收到和处理政府信息公开申请情况\n")
    active = convert(text.encode(), "notes.txt")["tables"]["active"]
    assert active["normative_documents"] == {"made": 2, "published": 2, "total_published": 19}
    assert active["other_services"] == {"previous_items": 117, "change": 0, "decisions": 165}
    assert active["penalties"] == {"previous_items": 90, "change": 0, "decisions": 22}
    assert active["enforcement"] == {"previous_items": 4, "change": 4, "decisions": None}


def test_stream_maps_compact_positions_back_to_the_text():
    """`Stream.orig` and `Stream.compact_pos` agree with a map built character by character."""
    import random

    from pipeline.extract.tables import Stream

    rng = random.Random(5)
    alphabet = " \t\n\u3000\xa0ab一二：，1２"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        s = Stream(text)
        visible = [i for i, ch in enumerate(text) if not ch.isspace()]
        assert len(s.compact) == len(visible)
        for cp in range(len(s.compact) + 2):
            assert s.orig(cp) == (visible[cp] if cp < len(visible) else len(text))
        for pos in range(len(text) + 2):
            assert s.compact_pos(pos) == sum(1 for i in visible if i < pos)


def test_a_block_of_table_two_printed_with_its_own_columns_under_a_first_block_of_the_other_format():
    """A 2021 report whose first 表二 block keeps the 2019 headers reads each later block by the
    columns printed over it (本年处理决定数量 alone), not by the first block's format."""
    rows = ["第二十条第(一)项 | ||||", "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |", "规章 | 0 | 0 | 0 | |",
            "第二十条第(五)项 | ||||", "信息内容 | 本年处理决定数量 | |||", "行政许可 | 2 | |||",
            "第二十条第(六)项 | ||||", "信息内容 | 本年处理决定数量 | |||", "行政处罚 | 5 | |||",
            "第二十条第(八)项 | ||||", "信息内容 | 本年收费金额(单位:万元) | |||", "行政事业性收费 | 0 |"]
    text = "云崖市气象局2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n" + "\n".join(rows)
    active = convert(text.encode("utf-8"), "mixed.txt")["tables"]["active"]
    assert active["licensing"]["decisions"] == 2 and active["penalties"]["decisions"] == 5
    assert active["fees"]["amount"] == 0
    assert active["licensing"].get("previous_items") is None


def test_the_values_of_a_row_split_at_blanks_and_pipes():
    from pipeline.extract.tables import _tokens

    assert _tokens("3 | 0 ｜5  12", grid=False) == ["3", "0", "5", "12"]


def test_a_2019_report_written_to_the_old_outline_is_of_the_format_before_2019():
    text = "云崖镇2019年政府信息公开工作年度报告\n一、概述\n2019年,我镇推进公开。\n二、主动公开政府信息情况\n全年公开信息20条。\n三、依申请公开政府信息情况\n无。"
    assert convert(text.encode(), "x.txt")["format"] == "pre2019"
    text = "云崖镇2019年政府信息公开工作年度报告\n一、总体情况\n2019年,我镇推进公开。\n二、主动公开政府信息情况\n全年公开信息20条。\n三、收到和处理政府信息公开申请情况\n无。"
    assert convert(text.encode(), "x.txt")["format"] == "2019"


def test_a_glued_table_four_ends_at_its_digits_though_the_next_section_names_its_header_words():
    """A body dumped on one line: 表四's fifteen cells glued into one run of digits, the next
    section's heading right after it, and that section speaking of 行政复议、行政诉讼 again. The
    header ends where its words stop following one another, not at the last mention."""
    text = ("某某区2025年度政府信息公开工作年度报告\n一、总体情况 2025年，全区办理行政复议36起，行政诉讼9起。"
            "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
            "25380363300630003五、存在的主要问题及改进情况下一步，着力减少行政复议、行政诉讼案件数量。"
            "六、其他需要报告的事项 无。\n")
    record = convert(text.encode(), "glued_table_four.txt")
    assert record["tables"]["review_litigation"] == {
        "review": {"upheld": 25, "corrected": 3, "other": 8, "pending": 0, "total": 36},
        "litigation_direct": {"upheld": 3, "corrected": 3, "other": 0, "pending": 0, "total": 6},
        "litigation_after_review": {"upheld": 3, "corrected": 0, "other": 0, "pending": 0, "total": 3}}
    assert [s["number"] for s in record["sections"]] == ["一", "四", "五", "六"]


def test_a_glued_row_with_a_decrease_is_read_from_flattened_text():
    text = ("某某区2020年政府信息公开工作年度报告\n一、总体情况 2020年，我区主动公开政府信息120条。"
            "二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章007"
            "规范性文件7777166第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚2648-18538"
            "行政强制1262629第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费35-15"
            "三、收到和处理政府信息公开申请情况 本年度未收到申请。\n")
    active = convert(text.encode(), "decrease.txt")["tables"]["active"]
    assert active["penalties"] == {"previous_items": 2648, "change": -18, "decisions": 538}
    assert active["fees"] == {"previous_items": 35, "change": -15}


def test_a_table_two_header_printing_a_column_twice_keeps_the_formats_columns():
    text = ("云崖镇2019年政府信息公开工作年度报告\n一、总体情况\n我镇推进公开。\n二、主动公开政府信息情况\n第二十条第(一)项\n\n信息内容\n\n"
            "本年新制作数量\n\n本年新制作数量\n\n对外公开总数量\n\n规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n2\n\n2\n\n5\n\n"
            "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
    active = convert(text.encode(), "header_twice.txt")["tables"]["active"]
    assert active["normative_documents"] == {"made": 2, "published": 2, "total_published": 5}


def _markdown_row(label: str, values) -> str:
    return "| " + label + " | " + " | ".join(str(v) for v in values) + " |"


def test_a_text_converted_to_markdown_with_table_four_in_three_tables():
    """A report converted to Markdown (as archives of PDFs converted by tools hold them): heading
    marks, each part of 表三 a small pipe table with its alignment row, a header repeated wrongly
    in the middle of it, and 表四 printed as one table a group under its caption."""
    rows = {label: values for label, values in ROWS_2021}
    part = lambda labels: ["| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |", "|---|---|---|---|---|---|---|---|"] + [
        _markdown_row(l, rows[l]) for l in labels]
    lines = (["# 云崖县人民政府 2025 年 政府信息公开工作年度报告", "", "## 一、总体情况", "", "2025年，我县推进公开。", "",
              "## 三、收到和处理政府信息公开申请情况", ""]
             + part([l for l, _ in ROWS_2021[:20]]) + ["", "### (六) 其他"]
             + part(["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]) + ["",
             "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |", "|---|---|---|---|---|---|---|---|"]
             + [_markdown_row(l, rows[l]) for l in ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                                                    "3.其他", "(七)总计", "四、结转下年度继续办理")]
             + ["", "## 四、政府信息公开行政复议、行政诉讼情况", ""])
    for caption, values in (("行政复议", [1, 0, 0, 1, 2]), ("行政诉讼（未经复议直接起诉）", [0, 0, 0, 0, 0]),
                            ("行政诉讼（复议后起诉）", [1, 1, 1, 0, 3])):
        lines += ["### " + caption, "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "|----------|----------|----------|----------|------|",
                  "| " + " | ".join(map(str, values)) + " |", ""]
    lines += ["## 五、存在的主要问题及改进情况", "", "无。"]
    record = convert("\n".join(lines).encode(), "markdown.txt")
    assert record["title"] == "云崖县人民政府2025年政府信息公开工作年度报告"
    assert [(s["number"], s["title"]) for s in record["sections"]] == [
        ("一", "总体情况"), ("三", "收到和处理政府信息公开申请情况"), ("四", "政府信息公开行政复议、行政诉讼情况"),
        ("五", "存在的主要问题及改进情况")]
    apps = record["tables"]["applications"]
    # (the row before the repeated header: its cells are no count of 项目s)
    assert [apps["other_overdue_correction"][c] for c in APPLICANTS] == [0] * 7
    assert [apps["total"][c] for c in APPLICANTS] == [4, 1, 0, 0, 0, 0, 5]
    assert record["tables"]["review_litigation"] == {
        "review": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
        "litigation_direct": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0},
        "litigation_after_review": {"upheld": 1, "corrected": 1, "other": 1, "pending": 0, "total": 3}}


def test_a_row_printed_a_cell_a_line_keeps_its_numbers_whole():
    # a 2019-format 表二 flattened a cell a line, its blank cells blank lines: '148' is one cell, not 1, 4 and 8
    cells = "\n\n".join(["第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量", "行政许可", " 148", " ", " ",
                         "其他对外管理服务事项", " 257", " ", " ", "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减",
                         "处理决定数量", "行政处罚", " ", " ", " "])
    text = "云崖县政务服务中心2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n\n" + cells + "\n"
    active = convert(text.encode(), "cells.txt")["tables"]["active"]
    assert active["licensing"] == {"previous_items": 148, "change": None, "decisions": None}
    assert active["other_services"]["previous_items"] == 257


def test_a_decrease_typed_with_its_minus_twice():
    from pipeline.numbers import parse_cell_number
    assert parse_cell_number("--253") == (-253, None, True)


def test_a_table_printed_without_its_values_is_all_nulls():
    # a crawl kept a 2019 table's labels and lost every value: each row is there, each cell null
    text = ("一、总体情况\n2022年以来,主动公开政务文件11份。\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n"
            "本年新公开数量\n对外公开总数量\n规章\n\n规范性文件\n\n第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n"
            "行政许可\n\n其他对外管理服务事项\n\n三、收到和处理政府信息公开申请情况\n")
    tables = convert(text.encode(), "skeleton.txt")["tables"]
    assert tables["active"]["regulations"] == {"made": None, "published": None, "total_published": None}
    assert tables["active"]["licensing"] == {"previous_items": None, "change": None, "decisions": None}


def test_a_review_table_under_a_header_a_pdf_tore_apart():
    # 表四's header cells torn into their halves a line each (or characters), its one row of numbers under them
    for header in ("结果 结果 其他 尚未 总\n维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总\n"
                   "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计\n",
                   "结 结 其 尚\n结 结 其 尚 结 结 其 尚\n果 果 他 未\n总计 果 果 他 未 总 果 果 他 未 总\n维 纠 结 审\n"
                   "维 纠 结 审 计 维 纠 结 审 计\n持 正 果 结\n持 正 果 结 持 正 果 结\n"):
        text = ("四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n" + header
                + "1 0 0 0 1 0 2 0 0 2 0 0 0 1 1\n五、政府信息公开工作存在的主要问题及改进情况\n正文。\n")
        review = convert(text.encode(), "torn.txt")["tables"]["review_litigation"]
        assert review["review"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1}
        assert review["litigation_direct"]["corrected"] == 2 and review["litigation_after_review"]["pending"] == 1


def _layout_text_of_table_three(rows) -> str:
    """表三 as a PDF's text laid out (pdftotext -layout): a row a line, its label then its cells spaced apart."""
    return "\n".join(f"        {label:<30}" + "".join(f"{v:<6}" for v in values) for label, values in rows)


def test_a_laid_out_table_three_with_a_misprinted_label_and_a_page_number_between_rows():
    # a row label printed with characters lost ('2.其他法律行政止公开', as a real district's PDF prints it) is the
    # closest known label, reported; a printed page number ('-3-') between two rows is no cell of the row above it
    rows = [(label.replace("2．其他法律行政法规禁止公开", "2.其他法律行政止公开"), values) for label, values in ROWS_2021]
    body = _layout_text_of_table_three(rows[:14]) + "\n\n                                    -3-\n" + _layout_text_of_table_three(rows[14:])
    text = ("云崖县2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
            "                                   申请人情况\n        自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计\n"
            + body + "\n四、政府信息公开行政复议、行政诉讼情况\n")
    record = convert(text.encode(), "laid_out.txt")
    apps = record["tables"]["applications"]
    assert [apps["withheld_prohibited_by_law"][c] for c in APPLICANTS] == [0] * 7
    assert [apps["unavailable_not_held"][c] for c in APPLICANTS] == [1, 0, 0, 0, 0, 0, 1]
    assert [apps["unavailable_needs_creation"][c] for c in APPLICANTS] == [0] * 7
    assert any(i["code"] == "label_repaired" and i.get("text") == "2.其他法律行政止公开" for i in record["issues"])
    # the prose keeps its own words: no label is repaired outside a table's rows
    assert "正文。" in record["sections"][0]["text"]


def test_a_row_before_a_page_number_keeps_its_one_cell():
    text = ("云崖县自然资源局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n第二十条第（五）项\n"
            "       信息内容            本年处理决定数量\n行政许可                      9487\n\n\n     -2-\n"
            "                 第二十条第（六）项\n       信息内容            本年处理决定数量\n行政处罚                      12\n")
    active = convert(text.encode(), "folio.txt")["tables"]["active"]
    assert active["licensing"]["decisions"] == 9487 and active["penalties"]["decisions"] == 12


def test_a_review_table_under_its_section_heading_and_a_torn_header_keeps_the_heading():
    # the heading's last words ('…行政复议、行政诉讼情况') are no caption of the table right under it
    text = ("三、收到和处理政府信息公开申请情况\n正文。\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
            "结果 结果 其他 尚未 总\n维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总\n"
            "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计\n1 0 0 0 1 0 2 0 0 2 0 0 0 1 1\n五、存在的主要问题及改进情况\n正文。\n")
    record = convert(text.encode(), "torn.txt")
    assert record["tables"]["review_litigation"]["review"]["total"] == 1
    assert [s["title"] for s in record["sections"]][:2] == ["收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"]


def test_counts_printed_with_their_units_in_pipe_flattened_cells():
    # '政府集中采购 | 20项 | 28479765元 |' and a money cell with its unit in brackets ('205(万)')
    for row, (items, amount) in (("政府集中采购 | 20项 | 28479765元 |", (20, 28479765)), ("政府集中采购\n|\n2\n|\n205(万)\n|", (2, 205))):
        text = ("一、总体情况\n正文。\n二、主动公开政府信息情况\n第二十条第(九)项 |\n信息内容 | 采购项目数量 | 采购总金额 |\n" + row
                + "\n三、收到和处理政府信息公开申请情况\n")
        procurement = convert(text.encode(), "units.txt")["tables"]["active"]["procurement"]
        assert procurement == {"items": items, "amount": amount}


def _one_line_table_three(rows) -> str:
    """表三 as a crawler's one-line body prints it: labels and their digits glued, no blanks."""
    return "".join(label + "".join(str(v) for v in values) for label, values in rows)


def test_a_one_line_table_three_with_a_misprinted_label_and_the_prose_year_glued_after_it():
    # '7.属于行政执法案件' (案卷 misprinted) between runs of glued digits is the known row; the prose after the last
    # row opens with its year ('…结转下年度继续办理20000022025年，我局…'), no digits of the row
    rows = [(label.replace("7.属于行政执法案卷", "7.属于行政执法案件"), values) for label, values in ROWS_2021]
    text = ("平潭综合实验区X局2025年度政府信息公开工作年度报告 一、总体情况正文。三、收到和处理政府信息公开申请情况申请人情况自然人"
            "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他" + _one_line_table_three(rows)
            + "2025年，我局共收到申请5件。四、政府信息公开行政复议、行政诉讼情况\n")
    apps = convert(text.encode(), "page.txt")["tables"]["applications"]
    assert [apps["withheld_enforcement_file"][c] for c in APPLICANTS] == [0] * 7
    assert [apps["carried_forward"][c] for c in APPLICANTS] == [2, 0, 0, 0, 0, 0, 2]


def test_glued_table_two_cells_split_as_the_counts_are_plausible():
    # fewer documents repealed than in force ('1173': 1, 1, 73, not 1, 17, 3); an item list changing by less than
    # it holds ('103040': 103, 0, 40, not 10, 304, 0)
    text = ("一、总体情况正文。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            "行政规范性文件1173第二十条第（五）项信息内容本年处理决定数量行政许可5三、收到和处理政府信息公开申请情况\n")
    assert convert(text.encode(), "page.txt")["tables"]["active"]["normative_documents"] == {"issued": 1, "repealed": 1, "in_force": 73}
    text = ("一、总体情况正文。二、主动公开政府信息情况第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可3705"
            "其他对外管理服务事项109024第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚103040行政强制000"
            "三、收到和处理政府信息公开申请情况\n")
    assert convert(text.encode(), "page.txt")["tables"]["active"]["penalties"] == {"previous_items": 103, "change": 0, "decisions": 40}


def test_a_count_with_its_unit_glued_to_the_next_cell_and_a_change_glued_to_a_count():
    # '政府集中采购1个246900元' (in a grid: '1个' | '246900元'), '行政事业性收费16减12'
    text = ("一、总体情况正文。二、主动公开政府信息情况第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费16减12"
            "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购1个246900元三、收到和处理政府信息公开申请情况\n")
    active = convert(text.encode(), "page.txt")["tables"]["active"]
    assert active["fees"] == {"previous_items": 16, "change": -12}
    assert active["procurement"] == {"items": 1, "amount": 246900}
    page = _page("").replace(b"<p>\xe4\xb8\x89\xe3\x80\x81", (
        "<table><tr><td>信息内容</td><td>采购项目数量</td><td>采购总金额</td></tr>"
        "<tr><td>政府集中采购</td><td>1个</td><td>246900元</td></tr></table><p>三、").encode(), 1)
    assert convert(page, "page.html")["tables"]["active"]["procurement"] == {"items": 1, "amount": 246900}


def test_a_titled_appendix_table_holds_its_header_under_its_title_rows():
    # '附表：' / 'X局2018年政府信息公开情况统计表' / '指 标 名 称 | 计量单位 | 2018年度 | 历年累计' in one grid
    page = ("<html><body><div id='zoom'><p>云崖县交通局2018年政府信息公开工作年度报告</p><p>一、概述</p><p>正文。</p>"
            "<table><tr><td colspan='4'>附表：</td></tr><tr><td colspan='4'></td></tr>"
            "<tr><td colspan='4'>云崖县交通局2018年政府信息公开情况统计表</td></tr><tr><td colspan='4'></td></tr>"
            "<tr><td>指 标 名 称</td><td>计量单位</td><td>2018年度</td><td>历年累计</td></tr>"
            "<tr><td>主动公开文件数</td><td>条</td><td>225</td><td>1892</td></tr>"
            "<tr><td>行政诉讼数</td><td>件</td><td>1</td><td>1</td></tr></table></div></body></html>")
    rows = convert(page.encode(), "page.html")["indicators"]
    assert [(r["name"], r["unit"], r["values"]) for r in rows] == [("主动公开文件数", "条", {"2018年度": 225, "历年累计": 1892}),
                                                                   ("行政诉讼数", "件", {"2018年度": 1, "历年累计": 1})]


def test_a_flattened_appendix_counted_at_the_years_end():
    # an old report's 附表 with one column, '年末统计'
    text = ("平潭县财政局2010年度政府信息公开年度报告 一、年度政府信息公开工作概述 正文。 平潭县财政局 二○一一年元月二十日 附表： "
            "指标名称 计量单位 年末统计 主动公开信息数 条 3 其中：1．网站公开 条 3 行政复议数 件 0 附件下载\n")
    record = convert(text.encode(), "page.txt")
    assert [(r["name"], r["values"]) for r in record["indicators"]] == [("主动公开信息数", {"年末统计": 3}), ("网站公开", {"年末统计": 3}),
                                                                        ("行政复议数", {"年末统计": 0})]
    assert record["signed_date"] == "2011-01-20"


def test_a_flattened_appendix_of_one_year_counted_under_quantity():
    # a 附表 of a single year, its header spaced and its one value column '数量' ('指 标 名 称 单位 数量')
    text = ("云崖县司法局2013年度政府信息公开年度报告 一、年度政府信息公开工作概述 正文。 云崖县司法局 2014年1月13日 附表： "
            "指 标 名 称 单位 数量 主动公开信息数 条 21 正式受理政府信息公开申请数 件 0 其中：1．在办 件 0 2．办结 件 0 "
            "政府信息咨询数 件 3 附件下载\n")
    rows = convert(text.encode(), "page.txt")["indicators"]
    assert [(r["name"], r["unit"], r["values"]) for r in rows] == [
        ("主动公开信息数", "条", {"数量": 21}), ("正式受理政府信息公开申请数", "件", {"数量": 0}), ("在办", "件", {"数量": 0}),
        ("办结", "件", {"数量": 0}), ("政府信息咨询数", "件", {"数量": 3})]


def test_a_one_line_table_three_whose_group_opens_with_a_misprinted_label():
    # the first row under '（六）其他处理' printing '不再受理' for '不再处理': its label follows the group's caption,
    # not a run of digits, and is still the known row
    rows = [(label.replace("行政机关不再处理", "行政机关不再受理"), values) for label, values in ROWS_2021]
    rows = [(("（六）其他处理" if label.startswith("1.申请人无正当理由") else "") + label, values) for label, values in rows]
    rows[-3] = (rows[-3][0], [1, 0, 0, 0, 0, 0, 1])
    text = ("云崖县X局2024年度政府信息公开工作年度报告 一、总体情况正文。三、收到和处理政府信息公开申请情况申请人情况自然人"
            "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他" + _one_line_table_three(rows)
            + "四、政府信息公开行政复议、行政诉讼情况\n")
    apps = convert(text.encode(), "page.txt")["tables"]["applications"]
    assert [apps["other_overdue_correction"][c] for c in APPLICANTS] == [0] * 7
    assert [apps["other_other"][c] for c in APPLICANTS] == [1, 0, 0, 0, 0, 0, 1]


def test_prose_after_the_tables_naming_a_rows_words_is_no_row():
    # '…并及时程序予以公开，提高…' after 表四: a comma alone is no blank cell of a row '予以公开'
    rows = ROWS_2021[:3] + [("（一）予以公开", [1, 0, 0, 0, 0, 0, 1])] + ROWS_2021[3:]
    text = ("一、总体情况正文。三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
            + _one_line_table_three([r for r in rows if r[0] != "（一）予以公开" or r[1][0] == 1])
            + "五、存在的主要问题及改进情况了解群众关注的公开事项，并及时予以公开，提高服务水平。\n")
    apps = convert(text.encode(), "page.txt")["tables"]["applications"]
    assert [apps["disclosed"][c] for c in APPLICANTS] == [1, 0, 0, 0, 0, 0, 1]


def test_a_procurement_split_as_an_items_price_is_likeliest():
    # glued '1018703元': 10 items for 18703 元, not 1018 for 703; '178810055': 17 for 8810055, not 178 for 810055; '2笔'
    for cells, expected in (("1018703元", {"items": 10, "amount": 18703}), ("178810055", {"items": 17, "amount": 8810055}),
                            ("2笔 984361元", {"items": 2, "amount": 984361})):
        text = ("一、总体情况正文。二、主动公开政府信息情况第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购" + cells
                + "三、收到和处理政府信息公开申请情况\n")
        assert convert(text.encode(), "page.txt")["tables"]["active"]["procurement"] == expected, cells


# 表三 as a PDF-to-Markdown converter leaves it: labels printed over two lines or beside the numbers of the row
# before lose their numbers to rows standing alone ('| 1 | 0 | … |'), and two labels are torn so none matches
_TORN_TABLE_THREE = """三、收到和处理政府信息公开申请情况
申请人情况
（本列数据的勾稽关系为：第一项加第二项法人或其他组织
之和，等于第三项加第四项之和）
自然人总计
商业企科研机社会公法律服
| 业 | 构 | 益组织 | 务机构 |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 12 | 2 | 0 | 0 | 0 | 0 | 14 |  |
| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |  |
| 三、 | （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
| 1 | 0 | 0 | 0 | 0 | 0 | 1 |
|---|---|---|---|---|---|---|
（二）部分公开（区分处理的，只
度办
理结计这一情形，不计其他情形）
2.其他法律行政法规禁
止公开
| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
5.属于三类内部事务信
息
1.本机关不掌握相关政
府信息
| 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 2 | 1 | 0 | 0 | 0 | 0 | 3 |
（四）无2.没有现成信息需要另
法提供行制作
| 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| （五）不 | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 行政机关不再处理其政府信息公 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
（六）其
他处理
| 缴纳费用、 | 行政机关不再处理其政 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| （七）总计 | 13 | 2 | 0 | 0 | 0 | 0 | 15 |
| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |
"""


def _torn_report(table_three: str) -> bytes:
    return ("云崖市科学技术委员会2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n"
            + table_three + "四、政府信息公开行政复议、行政诉讼情况\n").encode()


def test_table_three_rows_torn_from_their_labels_placed_in_the_tables_order():
    record = convert(_torn_report(_TORN_TABLE_THREE), "kewei.txt")
    apps = record["tables"]["applications"]
    expected = {"partially_disclosed": [1, 0, 0, 0, 0, 0, 1], "withheld_prohibited_by_law": [0] * 7,
                "withheld_internal_affairs": [1, 0, 0, 0, 0, 0, 1], "unavailable_not_held": [2, 1, 0, 0, 0, 0, 3],
                "unavailable_needs_creation": [1, 0, 0, 0, 0, 0, 1], "unavailable_unclear": [0] * 7,
                "not_processed_excessive": [0] * 7, "not_processed_confirmation": [0] * 7,
                "other_overdue_correction": [1, 0, 0, 0, 0, 0, 1], "other_overdue_fee": [0] * 7,
                "other_other": [1, 0, 0, 0, 0, 0, 1], "carried_forward": [1, 0, 0, 0, 0, 0, None]}
    assert {k: [apps[k][c] for c in APPLICANTS] for k in expected} == expected
    assert check(record["tables"]) == []
    assert "rows_placed_by_order" in [i["code"] for i in record["issues"]]


def test_table_three_rows_torn_from_their_labels_stay_as_read_when_a_gap_lacks_a_row():
    # one lone row fewer between 8.属于行政查询事项 and 1.信访举报投诉类申请 than the three rows it lacks: no placing
    torn = _TORN_TABLE_THREE.replace("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 1.信访", "| 1.信访")
    record = convert(_torn_report(torn), "kewei.txt")
    assert "rows_placed_by_order" not in [i["code"] for i in record["issues"]]
    assert record["tables"]["applications"]["unavailable_not_held"]["natural_person"] != 2


def test_a_pdf_to_markdown_table_two_row_that_lost_a_cell_and_table_four_under_a_note():
    text = ("云崖市人民政府办公厅2025年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n"
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
            "| 规章 | 22 | 235 |\n|---|---|---|\n| 行政规范性文件 | 34 | 0 | 189 |\n"
            "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n未经复议直接起诉复议后起诉\n结果结果其他尚未\n"
            "总计结果结果其他尚未结果结果其他尚未\n维持纠正结果审结维持纠正结果审结\n注：行政复议、行政诉讼数量含上年度结转数量。\n"
            "| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |\n|---|---|---|---|---|---|\n"
            "| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |\n"
            "五、存在的主要问题及改进情况\n正文。\n")
    record = convert(text.encode(), "office.txt")
    active = record["tables"]["active"]
    assert active["regulations"] == {"issued": 22, "repealed": None, "in_force": 235}
    assert active["normative_documents"] == {"issued": 34, "repealed": 0, "in_force": 189}
    review = record["tables"]["review_litigation"]
    assert [review[g]["total"] for g in ("review", "litigation_direct", "litigation_after_review")] == [55, 12, 22]
    # the note inside the table's text stays the report's
    assert "注：行政复议、行政诉讼数量含上年度结转数量。" in record["sections"][3]["text"]


def test_table_two_cells_holding_a_note_after_their_count():
    # '22（其中修订16件）' in a grid's cell (a line break between them), and in a text's laid-out row
    html = ("<html><head><meta charset='utf-8'></head><body><div id='zoom'><p>云崖市人民政府办公厅2025年政府信息公开工作年度报告</p>"
            "<p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p><table><tr><td colspan='4'>第二十条第（一）项</td></tr>"
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            "<tr><td>规章</td><td>22<br>（其中修订16件）</td><td>55<br>（含自然失效29件）</td><td>235</td></tr>"
            "<tr><td>行政规范性文件</td><td>34</td><td>16（含修订1件）</td><td>189</td></tr></table>"
            "<p>三、收到和处理政府信息公开申请情况</p><p>无。</p></div></body></html>")
    text = ("云崖市人民政府办公厅2025年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n第二十条第（一）项\n"
            "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 22（其中修订16件） 55（含自然失效29件） 235\n"
            "行政规范性文件 34 16（含修订1件） 189\n三、收到和处理政府信息公开申请情况\n无。\n")
    for data, name in ((html.encode(), "page.html"), (text.encode(), "page.txt")):
        active = convert(data, name)["tables"]["active"]
        assert active["regulations"] == {"issued": 22, "repealed": 55, "in_force": 235}, name
        assert active["normative_documents"] == {"issued": 34, "repealed": 16, "in_force": 189}, name


def test_a_markdown_table_printing_merged_label_cells_empty():
    """A Markdown writer prints each position a merged cell covers as an empty cell: a 表三 row's label spans the
    label columns ('| 一、本年新收… | | | 52 |…'), and 表四's header captions span empty cells. The empty cells are
    the label's, not blank counts, and no gap in the header."""
    rows = {label: values for label, values in ROWS_2021}
    lines = ["# 云崖县交通运输局2021年政府信息公开工作年度报告", "", "三、收到和处理政府信息公开申请情况", "",
             "| | | | 申请人情况 | | | | | | |", "|---|---|---|---|---|---|---|---|---|---|",
             "| | | | 自然人 | 法人或其他组织 | | | | | 总计 |",
             "| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |"]
    blanks = {0: 2, 1: 2, 2: 1, 3: 1, 20: 1, 21: 1, 22: 1, 23: 1, 24: 2}  # empty cells after each label: its span's
    for i, (label, values) in enumerate(ROWS_2021):
        lead = "| 三、本年度办理结果 " if label == "（一）予以公开" else "| "
        lines.append(lead + "| " + label + " |" + " |" * blanks.get(i, 0) + " " + " | ".join(map(str, values)) + " |")
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", "",
              "| | | | | | | | | | | | | | | |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
              "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
              "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
              "| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
              "| 2 | 1 | 0 | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |", "", "五、存在的主要问题及改进情况", "", "无。"]
    record = convert("\n".join(lines).encode(), "converted.md.txt")
    apps = record["tables"]["applications"]
    assert [apps["new_received"][c] for c in APPLICANTS] == rows["一、本年新收政府信息公开申请数量"]
    assert [apps["disclosed"][c] for c in APPLICANTS] == rows["（一）予以公开"]
    assert [apps["total"][c] for c in APPLICANTS] == rows["(七)总计"]
    assert [apps["carried_forward"][c] for c in APPLICANTS] == rows["四、结转下年度继续办理"]
    assert not [i for i in record["issues"] if i["code"] == "sum_mismatch"]
    assert record["tables"]["review_litigation"] == {
        "review": {"upheld": 2, "corrected": 1, "other": 0, "pending": 1, "total": 4},
        "litigation_direct": {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1},
        "litigation_after_review": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}}


def test_an_old_annex_converted_to_a_markdown_html_table_or_a_grid_of_rules():
    """A Word report converted to text by pandoc: its 附表 as HTML inside Markdown (cells of two paragraphs), or
    as a grid of rules (cells over two lines). Either is the table it was."""
    prose = ["平潭县人民政府2011年政府信息公开工作年度报告", "一、概述", "2011年，我县推进政府信息公开工作。",
             "附件1：平潭县人民政府2011年政府信息公开情况统计表"]
    html = ["<table>", "<tbody>", "<tr>", "<td>指标名称</td>", "<td><p>计量</p>", "<p>单位</p></td>", "<td><p>2011</p>",
            "<p>年度</p></td>", "<td>历年累计</td>", "</tr>"]
    grid = ["+----------------+------+------+----------+", "| 指标名称       | 计量 | 2011 | 历年累计 |",
            "|                | 单位 | 年度 |          |", "+----------------+------+------+----------+"]
    rows = [("主动公开信息数", "条", "425", "1516"), ("其中：1.网站公开", "条", "418", "1509"), ("2.政府公报公开", "条", "7", "7"),
            ("受理依申请公开信息总数", "条", "0", "0")]
    for r in rows:
        html += ["<tr>"] + [f"<td>{c}</td>" for c in r] + ["</tr>"]
        grid += ["| " + " | ".join(r) + " |", "+----------------+------+------+----------+"]
    html += ["</tbody>", "</table>"]
    want = [("主动公开信息数", "条", {"2011年度": 425, "历年累计": 1516}), ("网站公开", "条", {"2011年度": 418, "历年累计": 1509}),
            ("政府公报公开", "条", {"2011年度": 7, "历年累计": 7}), ("受理依申请公开信息总数", "条", {"2011年度": 0, "历年累计": 0})]
    for table in (html, grid):
        record = convert("\n".join(prose + table + ["", "二○一二年二月二十日"]).encode(), "converted.txt")
        assert [(r["name"], r["unit"], r["values"]) for r in record["indicators"]] == want
        assert record["signed_date"] == "2012-02-20"


def test_an_old_annex_as_a_markdown_pipe_table_keeps_its_blank_cells_in_place():
    lines = ["云崖县2017年政府信息公开工作年度报告", "一、概述",
             "2017年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，全年主动公开政府信息1236条。",
             "附表：云崖县2017年政府信息公开情况统计表", "", "|                        |      |        |          |", "|------------------------|------|--------|----------|",
             "| 指 标 名 称            | 单位 | 2017年 | 历年累计 |", "| 主动公开信息数 （不同渠道公开相同信息计1条） | 条   | 1236   | 9874     |",
             "| 其中：1.政府网站公开数 | 条   | 1198   | 9502     |", "| 2.传真申请数           | 件   |        | 3        |",
             "| 3.电子邮件申请数       | 件   | 2      |          |", "| 依申请公开收取费用     | 元   | 0      | —        |", "",
             "云崖县人民政府办公室", "二〇一八年一月十五日"]
    record = convert("\n".join(lines).encode(), "annex.md.txt")
    assert [(r["name"], r["unit"], r["values"]) for r in record["indicators"]] == [
        ("主动公开信息数（不同渠道公开相同信息计1条）", "条", {"2017年": 1236, "历年累计": 9874}), ("政府网站公开数", "条", {"2017年": 1198, "历年累计": 9502}),
        ("传真申请数", "件", {"2017年": None, "历年累计": 3}), ("电子邮件申请数", "件", {"2017年": 2, "历年累计": None}),
        ("依申请公开收取费用", "元", {"2017年": 0, "历年累计": None})]


def test_table_three_drawn_with_box_characters_as_w3m_dumps_a_page():
    from unicodedata import east_asian_width

    def cell(text: str, width: int) -> str:
        return text + " " * (width - sum(2 if east_asian_width(c) in "WF" else 1 for c in text))

    widths = [40, 6, 8, 8, 12, 12, 6, 6]
    rule = lambda left, joint, right: left + joint.join("─" * w for w in widths) + right
    lines = ["三、收到和处理政府信息公开申请情况", "┌" + "─" * 40 + "┬" + "─" * (sum(widths[1:]) + 6) + "┐",
             "│" + cell("", 40) + "│" + cell("申请人情况", sum(widths[1:]) + 6) + "│",
             "│" + cell("", 40) + "├" + "┬".join("─" * w for w in widths[1:]) + "┤",
             "│" + cell("", 40) + "│" + "│".join(cell(t, w) for t, w in zip(
                 ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], widths[1:])) + "│"]
    for label, values in ROWS_2021:
        lines += [rule("├", "┼", "┤"), "│" + "│".join(cell(t, w) for t, w in zip([label[:20]] + [str(v) for v in values], widths)) + "│"]
        if len(label) > 20:
            lines.append("│" + "│".join(cell(t, w) for t, w in zip([label[20:]] + [""] * 7, widths)) + "│")
    lines += [rule("└", "┴", "┘"), "四、政府信息公开行政复议、行政诉讼情况"]
    apps = convert("\n".join(lines).encode(), "w3m_dump.txt")["tables"]["applications"]
    rows = {label: values for label, values in ROWS_2021}
    assert [apps["new_received"][c] for c in APPLICANTS] == rows["一、本年新收政府信息公开申请数量"]
    assert [apps["partially_disclosed"][c] for c in APPLICANTS] == rows["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]
    assert [apps["total"][c] for c in APPLICANTS] == rows["(七)总计"]
    assert [apps["carried_forward"][c] for c in APPLICANTS] == rows["四、结转下年度继续办理"]


def test_an_old_annex_laid_out_with_its_header_stacked_over_three_lines():
    """A laid-out text (w3m's dump of a page, pdftotext -layout) stacks a narrow column's header words one over
    another ('计量' over '单位', '2011' over '年度'), beside the first column's on the middle line; antiword prints
    them in cells of lines of pipes."""
    prose = ["平潭县人民政府2011年政府信息公开工作年度报告", "一、概述",
             "2011年，县政府办多次召开会议部署全县政府信息公开工作，并对全县各级政府、各乡镇、各有关单位的信息公开工作经办人员进行培训。",
             "附件1：平潭县人民政府2011年政府信息公开情况统计表", ""]
    header = ["                                       计量     2011", "指标名称                                                        历年累计",
              "                                       单位     年度"]
    rows = ["主动公开信息数                         条       425             1516", "其中：1.网站公开                       条       418             1509",
            "2.政府公报公开                         条       7               7"]
    want = [("主动公开信息数", "条", {"2011年度": 425, "历年累计": 1516}), ("网站公开", "条", {"2011年度": 418, "历年累计": 1509}),
            ("政府公报公开", "条", {"2011年度": 7, "历年累计": 7})]
    piped = ["|指标名称                      |计量  |2011        |历年累计        |", "|                              |单位  |年度        |                |"]
    piped_rows = ["|主动公开信息数                |条    |425         |1516            |", "|其中：1.网站公开              |条    |418         |1509            |",
                  "|2.政府公报公开                |条    |7           |7               |"]
    for body in (header + rows, header + [""] + [line for row in rows for line in (row, "")], piped + piped_rows):
        record = convert("\n".join(prose + body).encode(), "laid_out.txt")
        assert [(r["name"], r["unit"], r["values"]) for r in record["indicators"]] == want


def test_an_old_annex_laid_out_with_blanks_keeps_a_blank_cell_in_its_place():
    """A 附表 laid out with blanks (pandoc's plain text, pdftotext -layout) prints nothing in a blank cell: a row's
    cells are the columns they stand under; a dash printed for an empty cell keeps its place too."""
    lines = ["云崖县2017年政府信息公开工作年度报告", "一、概述",
             "2017年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，全年主动公开政府信息1236条。",
             "附表：云崖县2017年政府信息公开情况统计表", "",
             "  ------------------------ ------ -------- ----------",
             "  指 标 名 称              单位   2017年   历年累计",
             "  主动公开信息数           条     1236     9874",
             "  2.传真申请数             件              3",
             "  3.电子邮件申请数         件     2",
             "  4.网上申请数             件     —        26",
             "  ------------------------ ------ -------- ----------", "", "云崖县人民政府办公室", "二〇一八年一月十五日"]
    record = convert("\n".join(lines).encode(), "annex.txt")
    assert [(r["name"], r["values"]) for r in record["indicators"]] == [
        ("主动公开信息数", {"2017年": 1236, "历年累计": 9874}), ("传真申请数", {"2017年": None, "历年累计": 3}),
        ("电子邮件申请数", {"2017年": 2, "历年累计": None}), ("网上申请数", {"2017年": None, "历年累计": 26})]


def test_a_annex_table_a_pdf_to_word_converter_split_at_a_page_break_is_read_whole():
    # (pdf2docx makes each page's part of a table a table of its own; the rest has no header)
    from pipeline.extract import tables
    from pipeline.model import Document, Paragraph, grid_from_cells

    def grid(rows):
        return grid_from_cells([[(text, 1, 1) for text in row] for row in rows])

    first = grid([["指标名称", "单位", "2017年", "历年累计"], ["主动公开政府信息数", "条", "1236", "9874"],
                  ["行政诉讼数", "件", "0", "0"]])
    rest = grid([["行政申诉数", "件", "0", "2"], ["依申请公开收取费用", "元", "0", ""]])
    other = grid([["序号", "事项"], ["1", "政策解读"]])
    doc = Document([Paragraph("附表：云崖县2017年政府信息公开情况统计表"), first, rest, other, Paragraph("云崖县人民政府办公室")],
                   "docx", {}, None, [])
    doc, found, _ = tables.extract(doc)
    assert [(i["name"], i["unit"], i["values"]) for i in found.indicators][-2:] == [
        ("行政申诉数", "件", {"2017年": 0, "历年累计": 2}), ("依申请公开收取费用", "元", {"2017年": 0, "历年累计": None})]
    assert [b.caption for b in doc.blocks if isinstance(b, type(first))] == ["@indicators", None]  # (a table of other columns stays)


def test_a_row_labels_note_wrapped_over_lines_with_the_merged_cell_beside_it_between():
    # a table printed without rules, read off its PDF line by line: the label's note runs over its cell's lines, and the
    # merged cell beside it ('三、本年度' / '办理结果') is set between them
    table = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n"
             "法律服务机构\n其他\n总计\n一、本年新收政府信息公开申请数量52 6 0 0 2 1 61\n二、上年结转政府信息公开申请数量3 0 0 0 0 0 3\n"
             "三、本年度\n（一）予以公开22 3 0 0 1 0 26\n（二）部分公开（区分处理的，只\n办理结果\n"
             "计这一情形，不计其他情形）7 1 0 0 0 0 8\n1.属于国家秘密0 0 0 0 0 0 0\n")
    record = convert(_torn_report(table), "keji.txt")
    apps = record["tables"]["applications"]
    assert [apps["partially_disclosed"][c] for c in APPLICANTS] == [7, 1, 0, 0, 0, 0, 8]
    assert [apps["disclosed"][c] for c in APPLICANTS] == [22, 3, 0, 0, 1, 0, 26]


#: 表三 of a page printed without rules, as the PDF's text gives it a line at a time: a label over two lines is set
#: around its row's values (the values at the cell's middle), and the pieces of the merged captions beside the rows
#: ('（三）不' / '予公开') between them
_TABLE_THREE_WITHOUT_RULES = """三、收到和处理政府信息公开申请情况
申请人情况
自然人
法人或其他组织
总计
一、本年新收政府信息公开申请数量52 6 0 0 2 1 61
二、上年结转政府信息公开申请数量3 0 0 0 0 0 3
三、本年度
（一）予以公开22 3 0 0 1 0 26
（二）部分公开（区分处理的，只
办理结果
计这一情形，不计其他情形）7 1 0 0 0 0 8
1.属于国家秘密0 0 0 0 0 0 0
2.其他法律行政法规
禁止公开0 0 0 0 0 0 0
3.危及“三安全一稳
0 0 0 0 0 0 0
定”
4.保护第三方合法权
（三）不
2 0 0 0 1 0 3
益
予公开
5.属于三类内部事务
信息1 0 0 0 0 0 1
6.属于四类过程性信
2 0 0 0 0 0 2
息
7.属于行政执法案卷1 0 0 0 0 0 1
8.属于行政查询事项3 0 0 0 0 0 3
1.本机关不掌握相关
政府信息8 1 0 0 0 0 9
2.没有现成信息需要
（四）无
另行制作1 0 0 0 0 0 1
法提供
3.补正后申请内容仍
不明确1 0 0 0 0 0 1
1.信访举报投诉类申
（五）不
2 0 0 0 0 0 2
请
予处理
2.重复申请1 0 0 0 0 0 1
3.要求提供公开出版
0 0 0 0 0 0 0
物
4.无正当理由大量反
复申请0 0 0 0 0 0 0
5.要求行政机关确认
或重新出具已获取信
0 0 0 0 0 0 0
息
（六）其他处理0 0 0 0 0 1 1
（七）总计51 5 0 0 2 1 59
四、结转下年度继续办理4 1 0 0 0 0 5
"""


def test_table_three_rows_whose_labels_a_pdf_set_around_their_values():
    record = convert(_torn_report(_TABLE_THREE_WITHOUT_RULES), "jiaotong.txt")
    apps = record["tables"]["applications"]
    expected = {"withheld_security_stability": [0] * 7, "withheld_third_party": [2, 0, 0, 0, 1, 0, 3],
                "withheld_process_info": [2, 0, 0, 0, 0, 0, 2], "unavailable_needs_creation": [1, 0, 0, 0, 0, 0, 1],
                "not_processed_complaint": [2, 0, 0, 0, 0, 0, 2], "not_processed_publication": [0] * 7,
                "not_processed_confirmation": [0] * 7, "total": [51, 5, 0, 0, 2, 1, 59]}
    assert {k: [apps[k][c] for c in APPLICANTS] for k in expected} == expected
    assert check(record["tables"]) == []
    assert "rows_placed_by_order" not in [i["code"] for i in record["issues"]]


def test_table_three_a_label_that_makes_no_known_one_stays_apart_from_the_values():
    # the pieces make no known label ('4.保护第三方合法权' + '利'): the row is not made up
    torn = _TABLE_THREE_WITHOUT_RULES.replace("2 0 0 0 1 0 3\n益\n", "2 0 0 0 1 0 3\n利\n")
    apps = convert(_torn_report(torn), "jiaotong.txt")["tables"]["applications"]
    assert apps["withheld_third_party"]["natural_person"] is None


def test_table_four_whose_header_a_pdf_tore_into_its_words_halves():
    # (the halves happen to give '结果维持' where '结果' ends one line and '维持' opens the next)
    header = "\n".join(["行政复议行政诉讼", "未经复议直接起诉复议后起诉", "其他", "尚未", "总", "结果", "结果", "其他", "其他",
                        "尚未", "尚未", "总", "总", "结果", "结果", "结果", "结果", "维持", "审结", "纠正", "结果", "计", "维持",
                        "维持", "审结", "审结", "纠正", "纠正", "结果", "结果", "计", "计"])
    text = ("云崖市交通运输局2019年政府信息公开工作年度报告\n一、总体情况\n正文。\n四、政府信息公开行政复议、行政诉讼情况\n"
            + header + "\n2 1 0 1 4 1 0 0 0 1 0 0 0 0 0\n五、存在的主要问题及改进情况\n正文。\n").encode()
    review = convert(text, "jiaotong.txt")["tables"]["review_litigation"]
    assert [review[g][c] for g in ("review", "litigation_direct", "litigation_after_review")
            for c in ("upheld", "corrected", "other", "pending", "total")] == [2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]


def test_an_annex_whose_header_a_pdf_stacked_a_cells_line_a_line():
    # a 附表 printed without rules: the header's cells of two lines ('计量' over '单位', '2011' over '年度') come a line
    # at a time, row by row of their lines; each row's label, unit and values glued, an empty cell's dashes too
    text = ("平潭县人民政府2011年政府信息公开工作年度报告\n一、概述\n正文。\n二○一二年二月二十日\n"
            "附件1：平潭县人民政府2011年政府信息公开情况统计表\n计量\n2011\n指标名称\n历年累计\n单位\n年度\n"
            "主动公开信息数条425 1516\n其中：1.网站公开条418 1509\n2.政府公报公开条7 7\n3.其他方式公开数条——\n"
            "受理依申请公开信息总数条0 0\n").encode()
    record = convert(text, "pingtan.txt")
    assert [(i["name"], i["unit"], i["values"]) for i in record["indicators"]] == [
        ("主动公开信息数", "条", {"2011年度": 425, "历年累计": 1516}), ("网站公开", "条", {"2011年度": 418, "历年累计": 1509}),
        ("政府公报公开", "条", {"2011年度": 7, "历年累计": 7}), ("其他方式公开数", "条", {"2011年度": None, "历年累计": None}),
        ("受理依申请公开信息总数", "条", {"2011年度": 0, "历年累计": 0})]
    assert record["signed_date"] == "2012-02-20"


def test_a_laid_out_rows_label_note_cut_by_its_cells_wrap_before_the_values():
    # pdftotext -layout: the label's cell wraps inside its note, the values on the note's first line
    table = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 商业企业 总计\n"
             "        一、本年新收政府信息公开申请数量              412 37  2  3    9 6 469\n"
             "        二、上年结转政府信息公开申请数量               15  2  0  0    1 0 18\n"
             "                  （一）予以公开             168 15  1  2    4 2 192\n"
             "        （二）部分公开（区分处理的，只计这一情形，不 47 6 0 1 2 0 56\n"
             "                   计其他情形）\n"
             "                       1.属于国家秘密         1  0  0  0    0 0 1\n")
    apps = convert(_torn_report(table), "city.txt")["tables"]["applications"]
    assert [apps["partially_disclosed"][c] for c in APPLICANTS] == [47, 6, 0, 1, 2, 0, 56]
    assert [apps["withheld_state_secret"][c] for c in APPLICANTS] == [1, 0, 0, 0, 0, 0, 1]


def test_an_annex_whose_header_rows_of_lines_a_pdfs_text_puts_a_line_each():
    # pdfplumber's text of a 附表 printed without rules: the header's lines, each with the cells' parts side by side
    text = ("平潭县人民政府2011年政府信息公开工作年度报告\n一、概述\n正文。\n二○一二年二月二十日\n"
            "附件1：平潭县人民政府2011年政府信息公开情况统计表\n计量 2011\n指标名称 历年累计\n单位 年度\n"
            "主动公开信息数 条 425 1516\n其中：1.网站公开 条 418 1509\n2.政府公报公开 条 7 7\n").encode()
    record = convert(text, "pingtan.txt")
    assert [(i["name"], i["values"]) for i in record["indicators"]] == [
        ("主动公开信息数", {"2011年度": 425, "历年累计": 1516}), ("网站公开", {"2011年度": 418, "历年累计": 1509}),
        ("政府公报公开", {"2011年度": 7, "历年累计": 7})]


def test_a_torn_rows_values_after_a_piece_of_the_caption_beside_it():
    # pdftotext -layout: '（六）其他处理' beside three rows, its '处理' printed on the line of the second row's values
    table = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n总计\n一、本年新收政府信息公开申请数量 22 0 0 0 0 0 22\n"
             "（六）其他\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理\n        处理        1    0   0    0    0   0   1\n"
             "其政府信息公开申请\n3.其他       7                 0   0   0     1   0 8\n")
    apps = convert(_torn_report(table), "city.txt")["tables"]["applications"]
    assert [apps["other_overdue_fee"][c] for c in APPLICANTS] == [1, 0, 0, 0, 0, 0, 1]
    assert [apps["other_other"][c] for c in APPLICANTS] == [7, 0, 0, 0, 1, 0, 8]


def test_table_four_under_a_torn_header_after_prose_naming_its_columns():
    # the overview names 表四's words with their counts ('其中结果维持72件,结果纠正64件,…'); the table's header, torn by a
    # PDF's text into its cells' lines, is where the values stand under
    text = ("云崖市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，"
            "其他结果178件，尚未审结37件。\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果\n维持\n结 果\n纠正\n其他结\n果\n"
            "尚 未\n审结\n总计\n未经复议直接起诉 复议后起诉\n结 果\n维持\n结 果\n纠正\n其 他\n结果\n尚 未\n审结\n总计\n结 果\n维持\n结 果\n"
            "纠正\n其 他\n结果\n尚未 审\n结\n总计\n72 64 178 37 351 13 4 8 1 26 12 1 1 6 20\n五、存在的主要问题及改进情况\n正文。\n").encode()
    review = convert(text, "huaian.txt")["tables"]["review_litigation"]
    assert [review[g][c] for g in ("review", "litigation_direct", "litigation_after_review")
            for c in ("upheld", "corrected", "other", "pending", "total")] == [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]


def test_a_group_captions_row_takes_no_enumerator_of_the_label_under_it_for_a_value():
    # pdftotext -raw of a 2021 表三: '（六）其他处理' (the caption over three rows) then '1、申请人…' torn over lines around
    # its values; '1、' is the label's, not the caption's value
    table = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n总计\n一、本年新收政府信息公开申请数量 22 0 0 0 0 0 22\n"
             "（六）其\n他处理\n1、申请人无正当理由逾期不补\n正、\n行政机关不再处理其政府信\n息公开申请\n67 3 0 0 1 0 71\n"
             "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n3.其他 1 0 0 0 0 0 1\n")
    apps = convert(_torn_report(table), "huaian.txt")["tables"]["applications"]
    assert "other" not in apps or all(v is None for v in apps["other"].values())
    assert [apps["other_overdue_correction"][c] for c in APPLICANTS] == [67, 3, 0, 0, 1, 0, 71]


_ACTIVE_HEAD = "云崖镇2025年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n"
_ACTIVE_CELLS = [("", "0", "1", "2"), ("行政规范性文件", "3", "0", "5")]


@pytest.mark.parametrize("form", ["a-cell-a-line", "html"])
def test_the_regulations_row_printed_without_its_label_is_read_by_its_place(form):
    """A page that left the 规章 label's cell blank: its values between the header and the 规范性文件 row are that row's."""
    if form == "html":
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ACTIVE_CELLS)
        data = ("<html><body><p>" + _ACTIVE_HEAD.replace("\n", "</p><p>") + "</p><table><tr><td colspan=4>第二十条第(一)项</td></tr>"
                "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>" + rows
                + "</table><p>三、收到和处理政府信息公开申请情况</p><p>略。</p></body></html>").encode()
        name = "page.html"
    else:
        cells = ["第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"] + [c or "  " for r in _ACTIVE_CELLS for c in r]
        data = (_ACTIVE_HEAD + "\n\n".join(cells) + "\n三、收到和处理政府信息公开申请情况\n略。\n").encode()
        name = "page.txt"
    active = convert(data, name)["tables"]["active"]
    assert active["regulations"] == {"issued": 0, "repealed": 1, "in_force": 2}
    assert active["normative_documents"] == {"issued": 3, "repealed": 0, "in_force": 5}


def test_a_rows_columns_are_the_tables_format_under_a_header_copied_from_another_block_and_past_a_typed_character():
    text = ("云崖县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n"
            "第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n规范性文件 | 1 | 0 | 3 |\n"
            "第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 90 | ||\n第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n"
            "行政处罚 | 5 | ||\n行政强制法 | 2 | ||\n第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政事业性收费 | 7 |\n"
            "三、收到和处理政府信息公开申请情况\n略。\n")
    active = convert(text.encode(), "page.txt")["tables"]["active"]
    assert active["enforcement"] == {"decisions": 2} and active["fees"] == {"amount": 7}
