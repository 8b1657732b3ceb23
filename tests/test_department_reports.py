"""Whole reports of a zone's departments as an archive's crawler saved them: a page's fields over a body glued onto one
line, headings, lists of kinds and the statistics tables run into the sentences around them. (Specimens written like
the real pages; the places and numbers are made up.)"""
import pytest

from pipeline.convert import convert
from pipeline.extract import digits
from pipeline.extract.disclosure import active_disclosure

_HEADER = ("标题: 云崖综合实验区{organ}{year}年度政府信息公开工作年度报告\n发布时间: {published} 10:21\n文号: \n"
           "发布机构: 云崖综合实验区{organ}\n栏目: 政府信息公开年报\n"
           "原文链接: https://www.yunya.gov.cn/zwgk/zfxxgknb/t{stamp}_80577.htm\n==================== 正文 ====================\n")


def _page(organ: str, year: int, body: str) -> bytes:
    published = f"{year + 1}-01-22"
    header = _HEADER.format(organ=organ, year=year, published=published, stamp=published.replace("-", ""))
    return (header + f"云崖综合实验区{organ}{year}年度政府信息公开工作年度报告 " + body).encode()


def _kinds(record: dict) -> list[tuple[str, int]]:
    return [(c["name"], c["count"]) for c in record["active_disclosure"]["categories"]]


def test_the_regulations_own_kinds_long_as_it_words_them():
    """The 条例's kinds, named as it words them (up to 46 characters, one holding 申请 and one opening with 办理), broke a
    list into pieces: the first four kinds of thirteen were lost, and of another list all after the second."""
    text = ("全年公开公文类政府信息共27条，其中地方性法规、政府规章和规范性文件1条，机构设置、主要职能、办事程序1条，"
            "国民经济和社会发展规划、专项规划、区域规划及相关政策1条，办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果2条，"
            "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况3条，"
            "行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况6条，"
            "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况5条，"
            "征收或者征用土地、房屋拆迁及其补偿、补助费用的发放、使用情况1条，工作动态7条。")
    got = active_disclosure(text)[0]
    assert got["total"] == 27
    assert [c["count"] for c in got["categories"]] == [1, 1, 1, 2, 3, 6, 5, 1, 7]
    assert got["categories"][5]["name"] == "行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况"
    assert got["categories"][3]["name"] == "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"


def test_the_regulations_catch_all_kind_and_a_list_opening_with_what_its_kinds_include():
    """'信息类别包括' stayed in the first kind's name; '…应当主动公开的其他政府信息' (28 characters, with 公开 in it) was no
    kind, and the list ended before it and the other kinds after it."""
    text = ("2021年我局共在门户网站公开政府信息267条，信息类别包括行政法规、规章和规范性文件4条；"
            "国民经济和社会发展规划、专项规划、区域规划及相关政策3条；突发公共事件的应急预案、预警信息及应对情况13条；"
            "法律、法规、规章和国家有关规定应当主动公开的其他政府信息1条；其他应主动公开的政府信息163条；"
            "在“基层政务公开标准化规范化建设”专题专栏公开信息83条。")
    assert [(c["name"], c["count"]) for c in active_disclosure(text)[0]["categories"]] == [
        ("行政法规、规章和规范性文件", 4), ("国民经济和社会发展规划、专项规划、区域规划及相关政策", 3),
        ("突发公共事件的应急预案、预警信息及应对情况", 13), ("法律、法规、规章和国家有关规定应当主动公开的其他政府信息", 1),
        ("其他应主动公开的政府信息", 163)]


@pytest.mark.parametrize("text", [
    "全年共办理依申请公开12件，答复群众咨询30件。",
    "全年主动公开政府信息50条，办理人大代表建议、政协委员提案12件。",
])
def test_handling_applications_is_still_no_kind(text):
    assert active_disclosure(text)[0]["categories"] == []


def test_a_kinds_count_printed_after_a_blank_without_its_unit():
    text = "全年政府信息主动公开52条，其中政策及规范性文件类3条，国土资源城乡建设环保能源类信息 45，其他类4条；办理依申请公开19件。"
    assert [(c["name"], c["count"]) for c in active_disclosure(text)[0]["categories"]] == [
        ("政策及规范性文件类", 3), ("国土资源城乡建设环保能源类", 45), ("其他类", 4)]


@pytest.mark.parametrize("text", [
    # one measure of a list of them counts what it published, after the measure before it counted its own
    "2022年共发布信息2479条（含行政规范性文件34件）。五是开设“议案提案”专栏，公开人大代表建议、政协委员提案办理情况相关信息70条。"
    "六是开设“市场规则和标准”专栏，梳理、汇总并公开市场监管规则和标准30条，公开行动方案及落实举措20条，同时公开相关执法信息。",
    # what a sentence counts after a clause of its own, after the year's count
    "全年主动公开行政许可、行政处罚等各类政府信息80条。加强行政规范性文件审查公开，全年共制发行政规范性文件6件，同步公开政策解读12条；"
    "规范做好依申请公开信息答复工作，全年办理政府信息公开申请1件。",
])
def test_counts_far_short_of_the_whole_that_do_not_break_it_down(text):
    got = active_disclosure(text)[0]
    assert got["total"] in (2479, 80) and got["categories"] == []


def test_a_breakdown_opening_the_sentence_after_the_whole_still_stands():
    text = "全年共发布各类政府信息493条。内容涉及部门动态412篇，通知公告16篇，政策文件65篇。"
    assert [c["count"] for c in active_disclosure(text)[0]["categories"]] == [412, 16, 65]


@pytest.mark.parametrize("token, cells", [
    ("0+11", ["0", "+1", "1"]),  # a rise printed with its sign, glued between the counts
    ("12+35", ["12", "+3", "5"]),
    ("0-11", ["0", "-1", "1"]),
])
def test_a_signed_change_glued_between_counts(token, cells):
    assert digits.solve([token], 3)[0] == cells


_TABLES_2019 = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件222233"
                "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可0+11其他对外管理服务事项000"
                "第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000行政强制000"
                "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00")


def test_a_2019_table_with_a_rise_signed_plus():
    """'行政许可0+11': nothing the year before, one more, one decision; the row was lost."""
    body = ("根据《中华人民共和国政府信息公开条例》要求，编制本报告。一、总体情况2019年，我办依法做好政府信息公开工作。"
            + _TABLES_2019 + "三、收到和处理政府信息公开申请情况本年度未收到申请。")
    record = convert(_page("管委会办公室", 2019, body), "80577.txt")
    assert record["tables"]["active"]["licensing"] == {"previous_items": 0, "change": 1, "decisions": 1}
    assert record["tables"]["active"]["normative_documents"] == {"made": 22, "published": 22, "total_published": 33}


def test_headings_after_a_colon_ending_the_preamble():
    """'…特编制此报告：一、总体情况2021年，…': the first two sections were lost, the outline starting at 三."""
    body = ("根据《中华人民共和国政府信息公开条例》，以及区管委会办公室关于政务公开工作的要求，特编制此报告："
            "一、总体情况2021年，我局政府信息公开工作稳步推进。二、主动公开政府信息情况本年度主动公开政府信息36条。"
            "三、收到和处理政府信息公开申请情况本年度收到申请1件。四、存在的主要问题及改进情况公开深度有待提升。"
            "五、其他需要报告的事项无。 云崖综合实验区公安局 2022年1月7日")
    record = convert(_page("公安局", 2021, body), "80607.txt")
    assert [(s["number"], s["title"]) for s in record["sections"]] == [
        ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
        ("四", "存在的主要问题及改进情况"), ("五", "其他需要报告的事项")]


def test_a_list_of_the_sections_after_a_colon_is_no_heading():
    body = ("本报告包括：一、总体情况；二、主动公开政府信息情况；三、其他需要报告的事项。"
            "一、总体情况2021年，我局政府信息公开工作稳步推进。二、主动公开政府信息情况本年度主动公开政府信息36条。"
            "三、其他需要报告的事项无。")
    record = convert(_page("公安局", 2021, body), "80608.txt")
    assert [s["number"] for s in record["sections"]] == ["一", "二", "三"]
    assert record["sections"][0]["text"].startswith("2021年，我局")


@pytest.mark.parametrize("heading, title", [
    # a known title with 及 where the list has 和, run into its paragraph ('…改进措施一年来，…')
    ("六、存在的主要问题及改进措施一年来，我局政府信息公开工作取得了新成效，但公开深度不够。", "存在的主要问题及改进措施"),
    # a title and its first subsection's heading glued together
    ("六、政府信息公开存在的问题及改进措施（一）工作中存在的主要问题和困难 一是认识不足。二是渠道有待拓宽。",
     "政府信息公开存在的问题及改进措施"),
])
def test_the_last_sections_title_ends_where_its_text_begins(heading, title):
    body = ("一、概述2015年，我局认真贯彻《条例》。二、政府信息主动公开情况全年主动公开政府信息120条。"
            "三、依申请公开政府信息情况全年未收到申请。四、政府信息公开的收费及减免情况未收取费用。"
            "五、因政府信息公开申请行政复议、提起行政诉讼情况无。" + heading + " 云崖综合实验区公安局 2016年1月7日")
    record = convert(_page("公安局", 2015, body), "80437.txt")
    assert record["sections"][-1]["number"] == "六" and record["sections"][-1]["title"] == title


def test_an_annex_numbered_past_the_sections_missing_before_it():
    """'四、…改进情况…七、附表 指标名称…': the report skips 五 and 六; its annex is its seventh part."""
    body = ("一、概述2016年，我局认真贯彻《条例》。二、主动公开政府信息情况2016年制作、获取政府信息总数86条，其中主动公开政府信息86条。"
            "三、政府信息依申请公开工作情况2016年我局未收到申请。四、政府信息公开工作存在的主要问题及改进情况公开深度不足。"
            "七、附表 指标名称计量单位年末统计主动公开信息数条86其中：1、网站公开条86 2、政府公报公开条0受理依申请公开信息总数条0"
            " 云崖综合实验区财政金融局2017年1月13日")
    record = convert(_page("财政金融局", 2016, body), "80469.txt")
    assert [(s["number"], s["title"]) for s in record["sections"]][-1] == ("七", "附表")
    assert [(i["name"], i["values"]) for i in record["indicators"]][:2] == [
        ("主动公开信息数", {"年末统计": 86}), ("网站公开", {"年末统计": 86})]


_APPLICATIONS_2021 = ("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人"
                      "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量{new}"
                      "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开{disclosed}（二）部分公开（区分处理的，只计这一"
                      "情形，不计其他情形）0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”"
                      "00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷0000000"
                      "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息{not_held}2.没有现成信息需要另行制作0000000"
                      "3.补正后申请内容仍不明确0000000（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物0000000"
                      "4.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其他处理0000000（七）总计{total}"
                      "四、结转下年度继续办理{forward}四、政府信息公开行政复议、行政诉讼情况")


@pytest.mark.parametrize("rows, forward", [
    ({"new": "2000002", "disclosed": "1000001", "not_held": "1000001", "total": "2000002", "forward": "000000"}, [0] * 7),
    ({"new": "0 00000", "disclosed": "0000000", "not_held": "0000000", "total": "0000000", "forward": "0000000"}, [0] * 7),
])
def test_a_row_of_zeros_that_lost_one(rows, forward):
    """'结转下年度继续办理000000': six zeros for seven cells. Its total, printed 0 or the one lost, makes every cell 0; the
    row had two zeros and five blanks (and '0 00000' one 0 for '00000')."""
    body = "一、总体情况2023年，我局依法做好政府信息公开工作。" + _APPLICATIONS_2021.format(**rows) + "无。"
    record = convert(_page("金井片区管理局", 2023, body), "86498.txt")
    apps = record["tables"]["applications"]
    row = "carried_forward" if rows["forward"] == "000000" else "new_received"
    assert list(apps[row].values()) == forward


def test_a_row_short_by_a_digit_that_is_not_zero_stays_unread():
    rows = {"new": "200002", "disclosed": "1000001", "not_held": "1000001", "total": "2000002", "forward": "0000000"}
    body = "一、总体情况2023年，我局依法做好政府信息公开工作。" + _APPLICATIONS_2021.format(**rows) + "无。"
    record = convert(_page("金井片区管理局", 2023, body), "86499.txt")
    assert None in record["tables"]["applications"]["new_received"].values()


_ACTIVE_2021 = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件{row}"
                "第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0"
                "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况")


@pytest.mark.parametrize("row, prose, cells", [
    # a year's clean-up repealed more than are left in force: the even split, not '16, 4, 640'
    ("164640", "", {"issued": 16, "repealed": 46, "in_force": 40}),
    # where lengths do not tell, fewer repealed than in force; and what the prose says wins
    ("1173", "", {"issued": 1, "repealed": 1, "in_force": 73}),
    ("97253", "制发行政规范性文件9件，确认失效或废止文件7件，现行有效行政规范性文件共253件。",
     {"issued": 9, "repealed": 7, "in_force": 253}),
])
def test_a_glued_row_of_documents_made_repealed_and_in_force(row, prose, cells):
    body = "一、总体情况2025年，我局依法做好政府信息公开工作。" + prose + _ACTIVE_2021.format(row=row) + "本年度未收到申请。"
    record = convert(_page("经济发展局", 2025, body), "104901.txt")
    assert record["tables"]["active"]["normative_documents"] == cells


def test_a_page_whose_document_title_leaves_out_the_organ_its_headline_names():
    """The page's headline, '云崖县交通局2009年度…', over the document's own '2009年度…' (the crawler's text copy of the
    same page is titled by the headline)."""
    page = ('<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="云崖县交通局2009年度政府信息公开年度报告"/>'
            "<title>云崖县交通局2009年度政府信息公开年度报告_政府信息公开年报_云崖综合实验区</title></head><body>"
            '<div class="TRS_Editor">'
            "<p>2009年度政府信息公开年度报告</p><p>2009年，为确保我局政府信息全面、及时、准确公开，根据《条例》编制本报告。</p>"
            "<p>一、年度政府信息公开工作概述</p><p>我局综合科负责政府信息公开的日常工作。</p>"
            "<p>二、政府信息主动公开情况</p><p>本局共主动公开政府信息6条。</p></div></body></html>")
    assert convert(page.encode(), "80647.html")["title"] == "云崖县交通局2009年度政府信息公开年度报告"


_PROCUREMENT = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件002"
                "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购（元）{cells}三、收到和处理政府信息公开申请情况本年度未收到申请。")


def test_the_money_unit_after_the_procurement_rows_label():
    """'政府集中采购（元）6675809': the bracket was read as the row's first cell, and the row was lost."""
    body = "一、总体情况2020年，我局有序开展政务公开工作。" + _PROCUREMENT.format(cells="6675809")
    record = convert(_page("综合执法局", 2020, body), "80591.txt")
    assert record["tables"]["active"]["procurement"] == {"items": 6, "amount": 675809}


def test_the_money_unit_in_the_procurement_rows_label_cell():
    grid = ("<table><tr><td>信息内容</td><td>采购项目数量</td><td>采购总金额</td></tr>"
            "<tr><td>政府集中采购（元）</td><td>6</td><td>675809</td></tr></table>")
    page = ('<html><head><meta charset="utf-8"><title>云崖综合实验区综合执法局2020年政府信息公开工作年度报告</title></head><body>'
            "<p>云崖综合实验区综合执法局2020年政府信息公开工作年度报告</p><p>一、总体情况</p><p>2020年，我局有序开展政务公开工作。</p>"
            "<p>二、主动公开政府信息情况</p><p>第二十条第（九）项</p>" + grid + "<p>三、收到和处理政府信息公开申请情况</p><p>本年度未收到申请。</p>"
            "</body></html>")
    record = convert(page.encode(), "80591.html")
    assert record["tables"]["active"]["procurement"] == {"items": 6, "amount": 675809}


def test_an_annex_row_whose_label_cell_spans_a_rule_drawn_across_its_values():
    """A PDF of a 附表 drew a rule through one row's value cells: its label and unit cells span two grid rows, and the
    lower, without values, became a second indicator of the same name with none."""
    from pipeline.extract.tables import _indicators_from_grid
    from pipeline.model import grid_from_cells

    grid = grid_from_cells([[("指标名称", 1, 1), ("单位", 1, 1), ("2016年度", 1, 1), ("历年累计", 1, 1)],
                            [("2.同意部分公开答复数", 2, 1), ("条", 2, 1), ("0", 1, 1), ("0", 1, 1)],
                            [("", 1, 1), ("", 1, 1)],
                            [("3.不予公开答复数", 1, 1), ("条", 1, 1), ("1", 1, 1), ("4", 1, 1)]])
    assert [(i["name"], i["values"]) for i in _indicators_from_grid(grid)] == [
        ("同意部分公开答复数", {"2016年度": 0, "历年累计": 0}), ("不予公开答复数", {"2016年度": 1, "历年累计": 4})]


def test_a_row_label_broken_by_a_rule_through_the_label_column():
    """A PDF's grid cut the label '2.申请人逾期未按收费通知要求缴纳费用、…' in two rows, the values spanning both: the row
    went unmatched and its cells unread. The rest of a label goes on the row above; a label of its own does not."""
    from pipeline.extract.tables import SEP, _grid_stream_rows
    from pipeline.model import grid_from_cells

    zeros = [("0", 2, 1)] * 7
    grid = grid_from_cells([[("（六）其他处理", 3, 1), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 1)] + [("1", 1, 1)] * 7,
                            [("2.申请人逾期未按收费通知要求缴纳费", 1, 1)] + zeros,
                            [("用、行政机关不再处理其政府信息公开申请", 1, 1)]])
    lines = _grid_stream_rows(grid).split("\n")
    assert len(lines) == 2
    assert lines[1].split(SEP)[2] == "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
    own_label = grid_from_cells([[("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 1, 1)] + zeros,
                                 [("3.其他", 1, 1)]])
    assert len(_grid_stream_rows(own_label).split("\n")) == 2


def test_a_review_table_whose_header_a_pdf_grid_tore_into_rows():
    """A browser's print of the page: the grid's header cells '结果维持' … torn into rows ('结' over '果维持'), the header no
    longer read, and 表四 lost with its row of fifteen numbers."""
    from pipeline.convert import extract
    from pipeline.model import Document, Paragraph, grid_from_cells

    torn = [("结", 1, 1), ("结", 1, 1), ("其", 1, 1), ("尚", 1, 1), ("总", 1, 1)]
    rest = [("果维持", 2, 1), ("果纠正", 2, 1), ("他结果", 2, 1), ("未审结", 2, 1), ("计", 2, 1)]
    heads = [("结果", 1, 1), ("结果", 1, 1), ("其他", 1, 1), ("尚未", 1, 1), ("总计", 2, 1)]
    tails = [("维持", 1, 1), ("纠正", 1, 1), ("结果", 1, 1), ("审结", 1, 1)]
    grid = grid_from_cells([[("行政复议", 1, 5), ("行政诉讼", 1, 10)],
                            torn + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
                            rest + heads * 2, tails * 2,
                            [(str(v), 1, 1) for v in (1, 0, 2, 0, 3, 4, 0, 0, 1, 5, 0, 0, 0, 0, 0)]])
    doc = Document(blocks=[Paragraph("云崖综合实验区公安局2019年政府信息公开工作年度报告"), Paragraph("一、总体情况"),
                           Paragraph("2019年，我局依法公开政府信息。"), Paragraph("四、政府信息公开行政复议、行政诉讼情况"), grid,
                           Paragraph("五、存在的主要问题及改进情况"), Paragraph("公开深度有待提升。")], format="pdf")
    record, _ = extract(doc)
    assert record["tables"]["review_litigation"] == {
        "review": {"upheld": 1, "corrected": 0, "other": 2, "pending": 0, "total": 3},
        "litigation_direct": {"upheld": 4, "corrected": 0, "other": 0, "pending": 1, "total": 5},
        "litigation_after_review": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}}
