"""What a report's opening says, as real openings print it: its page's field table, the name its first
sentences give the report, and how much it disclosed. (Specimens written like the real pages; the places are made up.)"""
import io

import docx
import pytest

from pipeline.convert import convert
from pipeline.extract.disclosure import active_disclosure
from pipeline.extract.meta import title_of
from pipeline.numbers import parse_date
from pipeline.pagemeta import fields_under_labels
from pipeline.readers.lines import runs_on_unfinished

_BODY = ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《云崖市政府信息公开实施意见》,特向社会公布2009年度本机关信息公开年度报告。"
         "本报告由概述、主动公开政府信息情况组成。\n一、概述\n2009年,青石镇人民政府信息公开工作严格按照《条例》开展,认真执行信息审核发布制度。\n"
         "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n")


@pytest.mark.parametrize("labels, values, fields", [
    (["索引号", "公开方式", "发布机构"], ["116223010139324488/2010-00023", "主动公开", "云崖区青石镇人民政府", ""],
     "索引号：116223010139324488/2010-00023  公开方式：主动公开  发布机构：云崖区青石镇人民政府"),
    # a value left empty is no field; labels in Traditional script are read as their Simplified words
    (["索 引 号", "文号", "發佈機構"], ["000014349/2015-00339", "", "云崖市人民政府办公室"],
     "索引号：000014349/2015-00339  发布机构：云崖市人民政府办公室"),
    # a row of labels and values in turn is not a row of labels
    (["索引号", "/2013-17687", "发布机构", "区教育局"], ["成文日期", "2013-02-20", "公开方式", "主动公开"], None),
    # no field's label among them; a row of values that is one more row of labels; as many cells wanted
    (["公开方式", "主题分类"], ["主动公开", "综合政务"], None),
    (["索引号", "发布机构"], ["发布日期", "文号"], None),
    (["索引号", "发布机构", "发布日期"], ["116/2010-00023", "云崖区青石镇人民政府"], None),
])
def test_a_field_tables_labels_over_their_values(labels, values, fields):
    assert fields_under_labels(labels, values) == fields


def test_a_field_table_flattened_with_pipes_gives_each_label_the_value_under_it():
    """'索引号 | 公开方式 | 发布机构' over its values: read line by line, 索引号 took '公开方式' for its value and the
    organ was lost."""
    text = ("索引号 | 公开方式 | 发布机构 |\n116223010139324488/2010-00023 | 主动公开 | 云崖区青石镇人民政府 |\n" + _BODY)
    record = convert(text.encode(), "page.txt")
    assert (record["source"]["index_no"], record["source"]["publisher"], record["issuer"]) == (
        "116223010139324488/2010-00023", "云崖区青石镇人民政府", "云崖区青石镇人民政府")
    assert record["preamble"][0].startswith("根据《中华人民共和国政府信息公开条例》")


_FIELD_TABLE = ("<table><tr><td>索引号</td><td>公开方式</td><td>发布机构</td></tr>"
                "<tr><td>116223010139324488/2010-00023</td><td>主动公开</td><td>云崖区青石镇人民政府</td></tr></table>")


@pytest.mark.parametrize("where", ["above the body", "in the body"])
def test_a_pages_field_table_with_its_labels_in_a_row(where):
    """In the page outside the body, its text read node by node gave 发布机构 the 索引号's value; in the body, the table's
    cells read row by row did the same."""
    body = "".join(f"<p>{line}</p>" for line in _BODY.splitlines())
    page = (f'<html><head><meta charset="utf-8"><title>青石镇</title></head><body>'
            f'{_FIELD_TABLE if where == "above the body" else ""}'
            f'<div class="content">{_FIELD_TABLE if where == "in the body" else ""}{body}</div></body></html>')
    record = convert(page.encode(), "page.html")
    assert (record["source"]["index_no"], record["source"]["publisher"], record["issuer"]) == (
        "116223010139324488/2010-00023", "云崖区青石镇人民政府", "云崖区青石镇人民政府")


@pytest.mark.parametrize("lines, title", [
    # the name an opening sentence gives the report: its title where the page prints none
    (["根据《条例》要求,现公布云崖市环保局2017年度政府信息公开工作报告,如对本年报有任何疑问,请与我局办公室联系。"],
     "云崖市环保局2017年度政府信息公开工作报告"),
    (["根据《条例》,云崖自治区形成了《2016年政府信息公开年度报告》。本报告由自治区人民政府办公厅汇总编制。"], "2016年政府信息公开年度报告"),
    # a report's kind in a sentence: no year, or neither an organ nor title marks
    (["索引号:/2013-17687", "主要工作内容:积极做好信息的维护工作;按规范编制并及时报送信息公开年度报告,做好备案工作。"], None),
    (["根据《条例》有关规定,编制本报告。", "2023年,省知识产权局认真落实政务公开工作部署。现将2023年度政府信息公开工作报告如下:"], None),
    (["根据《条例》和区政府有关要求,我局编制了2017年度政府信息公开工作年度报告。它由主动公开政府信息的情况等部分组成。"], None),
    # a year's report as a sentence's subject, glued to its verb, is no title printed ('2009年年报根据《条例》编制')
    (["2009年年报根据《中华人民共和国政府信息公开条例》编制,由概述、主动公开政府信息情况、依申请公开政府信息情况、"
      "存在问题和改进措施四部分组成。"], None),
    # …but a title a crawl glued to the first sentence is one
    (["云崖县2009年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制,由概述、主动公开政府信息情况、"
      "依申请公开政府信息情况四部分组成。"], "云崖县2009年政府信息公开工作年度报告"),
])
def test_the_name_an_opening_sentence_gives_the_report(lines, title):
    assert title_of(lines, {})[0] == title


def test_kinds_counted_in_ge_that_add_up_to_the_whole_are_its_breakdown():
    """Kinds counted mostly in 个 are not taken for kinds among others in 条, unless they add up to the whole; the list
    of what a site released besides was taken instead."""
    text = ("2012年度共主动公开政府信息196条,其中年度报告1条,机构调整公告3个,档案180个,月工作计划12个,以上信息主要通过云崖教育信息网"
            "中政府信息公开专栏公开。\n另通过教育信息网发布教育要闻378条、学校动态信息807条、县市区动态信息402条,总计1587条。")
    ad, issues = active_disclosure(text)
    assert ad == {"total": 196, "categories": [{"name": "年度报告", "count": 1}, {"name": "机构调整公告", "count": 3},
                                               {"name": "档案", "count": 180}, {"name": "月工作计划", "count": 12}]}
    assert issues == []
    # (counts of something else in 个 stay no breakdown)
    assert active_disclosure("全年主动公开政府信息120条,网站访问总量28012个,留言回复35个,专题12个。")[0] == {"total": 120, "categories": []}


_CATALOGUE = ("(一)全面做好主动公开工作。一是依照《条例》规定,全年政府网站发布信息总量13.6万条,通过主动公开目录及时公开政府信息1280项,"
              "其中规章、规范性文件及相关解读文件130项,规划及标准规范89项,统计数据及分析公报116项。")


@pytest.mark.parametrize("second_point, total", [
    # the key areas' disclosure in the next point: a part of any whole, not the next share
    ("二是做好重点领域信息公开,通过“四好农村路”等8项专题,发布通知公告、政策解读、工作动态等信息1423条。", 1280),
    # a next point counting what else it disclosed: each point a share, no whole stated
    ("二是做好基层政务公开,在各村公开栏公开信息1423条。", None),
])
def test_what_was_proactively_disclosed_after_a_rough_count_of_what_a_site_released(second_point, total):
    """'网站发布信息总量13.6万条' is a rough count of what the site released, not said to be proactive disclosure: the exact
    count of what was proactively disclosed after it is no share of it."""
    assert active_disclosure(_CATALOGUE + second_point)[0]["total"] == total


def test_the_whole_among_the_counts_beside_it_is_no_breakdown():
    ad, issues = active_disclosure("(一)主动公开情况\n全年主动公开发布全国、全区环境信息和全市环境工作信息等924条,发布政策解读3条,"
                                   "让群众及时了解政策。", proactive="全年主动公开发布全国、全区环境信息和全市环境工作信息等924条,发布政策解读3条。")
    assert ad == {"total": 924, "categories": []} and issues == []
    # a kind with all of it, the others none: a breakdown still
    assert active_disclosure("2020年主动公开政府信息50条,其中工作动态类50条,其他类0条。")[0]["categories"] == [
        {"name": "工作动态类", "count": 50}, {"name": "其他类", "count": 0}]


def test_an_organ_named_after_a_bare_city_is_completed_with_a_city():
    """'市气象局' is the city's bureau: not the province's the text names more often ('安徽省气象局' in cited notices), and
    not with the words a sentence runs into its city ('…,紧抓宣城市气象局')."""
    text = ("市气象局\n市气象局2017年政府信息公开工作报告\n今年以来,市气象局认真贯彻落实《条例》,以及《安徽省气象局办公室关于印发"
            "安徽省气象局2017年政务公开工作要点的通知》和《宣城市人民政府办公室关于印发2017年政务公开工作要点的通知》要求,"
            "紧抓宣城市气象局政务公开工作。\n一、主动公开情况\n全年主动公开政府信息31条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "宣城市气象局"


def test_a_font_size_widget_printed_a_piece_a_line_and_the_documents_title_under_its_organ():
    """The widget's pieces had stood between the page's headline and the document's own title, which names the organ
    in full with the year moved ('2016年船山区民政局…' over '遂宁市船山区民政局' / '2016年…报告')."""
    lines = ["2016年船山区民政局政府信息公开工作年度报告", "来源:船山区民政局", "发布时间:2017-02-09 00:00", "浏览次数:", "字体: [",
             "大", "中", "小", "]", "打印", "遂宁市船山区民政局", "2016年政府信息公开工作年度报告",
             "遂宁市船山区民政局2016年政府信息公开工作年度报告(以下简称年报)是根据《条例》规定进行编制。", "一、概述",
             "2016年,我局认真贯彻落实《条例》,主动公开政府信息56条。"]
    record = convert("\n".join(lines).encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("遂宁市船山区民政局2016年政府信息公开工作年度报告", "遂宁市船山区民政局")
    assert record["preamble"] == [lines[12]]


@pytest.mark.parametrize("text, total, categories", [
    # a breakdown by channel is none by kind
    ("一是我市全年各级行政机关主动公开政府信息53393条,其中市政府门户网站5200条,各县(市、区)政府门户网站14541条,各部门政府网站14650条,"
     "政务新媒体主动公开政府信息19002条。", 53393, []),
    # documents counted in 份, the proactive part of what was issued
    ("截至2016年12月31日,云崖县卫生和计划生育局共发文191份,其中属于主动公开的71份,属于不予公开的120份。", 71, []),
    # kinds listed, counted in 件
    ("2020年,我局依法主动公开我局制定的规范性文件、对人大建议和政协提案的答复等政府信息19件。", 19, []),
    # policy explanations and their kinds: neither the year's total nor its kinds
    ("全年发布数据解读信息89篇,其中数据发布43篇、统计分析38篇、统计公报8篇。", None, []),
    ("全年共解读政府信息19条,其中主要负责人解读1条、音视频解读1条、图片解读2条、文字解读15条。", None, []),
])
def test_what_is_and_is_not_the_years_disclosure_and_its_kinds(text, total, categories):
    assert active_disclosure(text)[0] == {"total": total, "categories": categories}


def test_the_organ_the_body_opens_with_in_full_as_the_text_prints_it():
    """A report without a title, its body opening with the organ's short name ('宣城市残联'), its contact line naming it in
    full: the full name, as for an organ a title names."""
    text = ("本年报根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问,请与云崖市残疾人联合会联系(地址:云崖市人民路8号)。\n"
            "一、总体情况\n2023年,云崖市残联认真贯彻落实《条例》,全年主动公开政府信息40条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市残疾人联合会"


def test_kinds_after_han_counted_in_xiang():
    """'…119项,含X89项,Y等30项': kinds in 项 after 含 are the whole's breakdown, as after 其中."""
    ad, _ = active_disclosure("2021年,云崖街道办事处通过政府门户网站主动公开政府信息119项,含政府动态信息89项,政策文件、部门预决算、政府采购等30项。")
    assert ad == {"total": 119, "categories": [{"name": "政府动态信息", "count": 89}, {"name": "政策文件、部门预决算、政府采购", "count": 30}]}


def test_a_provinces_organs_together_are_no_compiler():
    """'2014年,全省各级行政机关按照…' opening the body was read as the organ that compiled the report (its '按照')."""
    text = ("云崖省2014年政府信息公开工作年度报告\n本年度报告根据《条例》编制。\n一、概述\n"
            "2014年,全省各级行政机关按照中央和省委、省政府决策部署,深入实施《条例》,全省政府信息公开工作持续深入推进。\n")
    assert convert(text.encode(), "province.txt")["issuer"] == "云崖省"


def test_kinds_after_what_was_disclosed_without_de():
    ad, _ = active_disclosure("2022年,我镇围绕应急管理等重点领域主动公开信息163条。\n"
                              "全年主动公开信息中政策文件信息18条、人事信息7条、财政管理信息11条、重大民生信息10条、信息公开年报1条。")
    assert [c["count"] for c in ad["categories"]] == [18, 7, 11, 10, 1] and ad["total"] == 163


def test_a_betting_brands_site_word_goes_with_it():
    """'金沙城中心赌场_澳门金沙官网' injected for a kind's name: its '官网' went on as a kind of its own."""
    text = ("云崖市教育局2022年政府信息公开工作年度报告\n一、总体情况\n市教育局主动在市政府门户网站发布新闻动态73条、教育资讯169条、"
            "政策图解4条、民意征集1条、金沙城中心赌场_澳门金沙官网1条、部门文件等111条。\n")
    record = convert(text.encode(), "mirror.txt")
    assert "官网" not in record["sections"][0]["text"]
    assert all("官网" not in c["name"] for c in record["active_disclosure"]["categories"])


def test_a_street_named_with_its_district_by_the_office_the_text_names():
    text = ("北京市云崖区什刹海街道2022年政府信息公开工作年度报告\n依据《条例》第五十条规定,编制本报告。全文包括什刹海街道办事处政府信息和"
            "政务公开2022年度重点工作情况。\n一、总体情况\n2022年,街道主动公开政府信息120条。\n")
    assert convert(text.encode(), "street.txt")["issuer"] == "北京市云崖区什刹海街道办事处"


def test_a_sentence_a_crawl_broke_over_lines_is_no_title_of_another_kind():
    """')和《市政府信息公开规定》', the rest of a sentence on a line of its own, was read as the title of a set of rules."""
    text = ("政府信息公开年度工作报告范文\n本年度报告是根据《中华人民共和国政府信息公开条例》\n(以下简称《条例》\n)和《市政府信息公开规定》\n"
            "(以下简称《规定》\n)要求,由区政府办公室编制。\n一、概述\n本区政府信息公开工作运行正常。\n二、主动公开政府信息情况\n"
            "全年主动公开政府信息2110条。\n")
    assert convert(text.encode(), "essay.txt")["active_disclosure"]["total"] == 2110


def test_a_count_of_tasks_by_kind_is_no_breakdown():
    ad, _ = active_disclosure("市政府还下发了《若干意见》,以深化公开内容为核心,提出了6大类30条109项工作任务,并逐一明确责任部门。")
    assert ad["categories"] == []


def test_a_columns_name_before_the_headline_is_no_part_of_the_title():
    assert title_of(["每日一报 | 云崖2015年政府信息公开工作年度报告", "云崖省人民政府办公厅 2016-04-15", "根据《条例》编制本报告。"], {})[0] == \
        "云崖2015年政府信息公开工作年度报告"


def test_a_title_whose_second_line_is_also_a_columns_name():
    """'政府信息公开年报' on a line of its own is a column's name above a page's body, but here it ends the title the line
    above begins."""
    text = ("当前位置:首页 > 信息公开专栏 > 政府信息公开年度报告\n2014年云崖市人民政府法制办公室\n政府信息公开年报\n云崖市人民政府法制办公室\n"
            "2015年3月30日\n本年报是根据《条例》要求,由云崖市人民政府法制办公室编制的2014年度政府信息公开年报。\n一、概述\n"
            "2014年,我办政府信息公开工作运行正常。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("2014年云崖市人民政府法制办公室政府信息公开年报", "云崖市人民政府法制办公室")


def test_a_count_beyond_the_whole_makes_no_breakdown():
    ad, issues = active_disclosure("2015年,我局主动公开政府信息173条,其中通知公告151条,管理保障服务187条,政策法规39条。")
    assert ad == {"total": 173, "categories": []} and issues == []


def test_a_betting_brands_words_around_its_number():
    text = ("2015年bet365亚洲官网国土资源和规划局政府信息公开年度报告\n根据《条例》编制本报告。\n一、概述\n2015年,我局主动公开政府信息40条。\n")
    assert "亚洲" not in convert(text.encode(), "mirror.txt")["title"]


def test_a_share_after_of_which_when_the_whole_before_it_is_a_sites():
    """'…网站主动公开政府信息189条。包括…等各领域。其中…重点领域公开信息数29条。在…微博微信公开信息分别为545条和378条。': the site's
    count is one channel's (new media counted after it), and the key areas' count under it is no whole either."""
    ad, _ = active_disclosure("二是及时主动公开政府信息。政府网站主动公开政府信息189条。包括城市管理、社区建设、便民服务等各领域。"
                              "其中民生、行政执法等重点领域公开信息数29条。在街道政务微博微信公开信息分别为545条和378条。")
    assert ad["total"] != 29


@pytest.mark.parametrize("text, names", [
    # the verb after 全年 before the first kind ('全年主动公开公文类信息19条'): the kind was lost
    ("全年主动公开公文类信息19条,行政处罚类信息22条,政策解读类信息4条,做好预决算等各类政府信息的公开。", ["公文类", "行政处罚类", "政策解读类"]),
    # '其中涉及到' before the first kind stayed in its name ('到行政许可类处理决定数')
    ("2020年,我局共主动公开政府信息154条。其中涉及到行政许可类处理决定数4条,行政处罚类处理决定数0条,行政强制处理决定数0条。",
     ["行政许可类处理决定", "行政处罚类处理决定", "行政强制处理决定"]),  # (and its 数, a count's word, since session 49)
])
def test_the_words_before_the_first_kind_are_no_part_of_its_name(text, names):
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]] == names


def test_an_organ_after_a_bare_city_completed_from_a_site_named_through_it():
    """'本报告通过漳州市地震局网站公布': the place after '通过' completes '市地震局' (通过 was taken for part of the place's name)."""
    text = ("市地震局2014年度政府信息公开年度报告\n市政府办:\n本年度报告是根据市政府办政府信息公开要求,由我局编制而成的。"
            "本报告通过云崖市地震局网站公布。\n一、概述\n2014年,我局认真落实《条例》,主动公开政府信息30条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市地震局"


@pytest.mark.parametrize("opening, title, issuer", [
    # the report named without its year: no title, but the organ it names
    ("根據《中華人民共和國政府信息公開條例》和《雲崖省政府信息公開辦法》的有關規定,現公布雲崖省人民防空辦公室政府信息公開工作年度報告。",
     None, "云崖省人民防空办公室"),
    # a customs' '年度信息公开报告' (spaces around its year, as a PDF's text prints it)
    ("根据中华人民共和国政府信息公开条例和中华人民共和国海关关务公开办法的规定,特编制云崖海关 2009 年度信息公开报告。",
     "云崖海关2009年度信息公开报告", "云崖海关"),
])
def test_the_organ_an_opening_sentence_names_the_report_by(opening, title, issuer):
    record = convert((opening + "\n一、概述\n2015年,本单位进一步健全了信息公开机制,加大了信息主动公开力度。\n").encode(), "page.txt")
    assert (record["title"], record["issuer"]) == (title, issuer)


def test_a_betting_brands_headline_over_the_title():
    """'hth网页版登录入口官网发布' over the title's lines: the brand was dropped, its '官网发布' opened the title."""
    text = ("hth网页版登录入口官网发布\n2011\n年政府信息公开\n年度报告\n依据《中华人民共和国政府信息公开条例》有关规定,编制本年度报告。\n"
            "一、基本情况概述\n我县始终高度重视政府信息公开工作,全年主动公开政府信息212条。\n")
    assert convert(text.encode(), "mirror.txt")["title"] == "2011年政府信息公开年度报告"


def test_a_kind_of_place_compiled_no_report():
    """A 范文 with its names taken out: '…要求,由市区编制' names no organ (it had been '市区人民政府')."""
    text = ("政府信息公开年度工作报告范文\n本年度报告是根据《条例》和《市政府信息公开规定》要求,由市区编制。全文包括概述,主动公开政府信息情况。\n"
            "一、概述\n本区政府信息公开工作运行正常。\n二、主动公开政府信息情况\n全年主动公开政府信息2110条。\n")
    assert convert(text.encode(), "essay.txt")["issuer"] is None


def test_counts_far_short_of_the_whole_and_not_said_to_break_it_down_are_no_kinds():
    """What a later paragraph says was released, far short of the year's whole, not after 其中 nor right after a count."""
    ad, _ = active_disclosure("2022年,我局主动公开政府信息493条。\n(三)政府信息管理情况。对经常性的工作定期公开。"
                              "2022年,我局共发布行政规范性文件0条,解读文件7条,其他文件7条。")
    assert ad == {"total": 493, "categories": []}


def test_a_breakdown_after_of_which_short_of_the_whole_stays():
    """Kinds listed after 其中, even far short of the whole, are what the text breaks it down into."""
    ad, _ = active_disclosure("2020年,我局共主动公开政府信息154条。其中涉及到行政许可类处理决定数4条,行政处罚类处理决定数0条,行政强制处理决定数0条。")
    assert [c["count"] for c in ad["categories"]] == [4, 0, 0]


def test_a_page_opening_inside_a_list_is_no_document_of_another_kind():
    """A report's second page, opening in the middle of its list of the 条例's kinds: '(4)本市国民经济和社会发展规划' is a list's
    item, not the title of a development plan (the page was refused as 'report or notice on another subject')."""
    text = ("(2)市级部门及其主要职责\n(3)市政府行政规章及规范性文件\n(4)本市国民经济和社会发展规划\n(5)经济和社会发展的主要统计数据\n"
            "2、公开形式\n(1)政府网站。通过门户网政府信息公开平台查阅主动公开的政府信息。\n(二)依申请公开的政府信息情况\n"
            "2011年度,云崖市共收到申请政府信息公开26件(次),各有关部门均及时给予了认真答复。\n三、存在的主要问题及下一步工作打算\n")
    record = convert(text.encode(), "page2.txt")
    assert record["report_year"] == 2011


@pytest.mark.parametrize("text, total, counts", [
    # a kind counted as the whole, beside the kinds adding up to it: they stay
    ("2023年,我乡通过乡人民政府网站主动公开政务信息194条。其中概况类信息67条,政务动态信息127条,信息公开目录信息194条(所列数据的统计期限自1月1日起)。",
     194, [67, 127]),
    # a note in brackets between what was disclosed and its count
    ("2014年度共主动公开政府信息(综合政务类)287条,全文电子化达100%。", 287, []),
    # '…等7个方面发布信息14条' names no kind ('方面发布信息')
    ("截止2021年12月31日,我局在县人民政府门户网站围绕基本信息、制度建设等7个方面发布信息14条,发布工作动态36条。", None, []),
])
def test_the_years_count_and_kinds_as_printed(text, total, counts):
    ad, _ = active_disclosure(text)
    assert (ad["total"], [c["count"] for c in ad["categories"]]) == (total, counts)


def test_a_betting_brand_put_for_a_citys_name():
    """'…投注官网市市场监管局': the brand took the city's place; its '官网' stayed before '市' in the organ's name and address."""
    text = ("本报告由市市场监管局编制。如对本报告有任何疑问,请与沙巴体育_大发体育娱乐在线¥投注官网市市场监管局办公室联系(地址:沙巴体育_"
            "大发体育娱乐在线¥投注官网市双龙南街1698号,邮编:321017)。\n一、总体情况\n2023年,全年主动公开政府信息1276条。\n")
    record = convert(text.encode(), "mirror.txt")
    assert record["contacts"]["address"] == "市双龙南街1698号"
    assert "官网" not in (record["issuer"] or "")


def test_a_betting_companys_full_name_put_for_a_citys():
    """'英国威廉希尔公司市建设部门…': only '威廉希尔' was known, '英国' and '公司' were left in the title."""
    text = ("英国威廉希尔公司市建设部门2016年政府信息公开工作年度报告\n本报告根据《条例》编制。\n一、概述\n2016年,我局主动公开政府信息27条。\n")
    assert convert(text.encode(), "mirror.txt")["title"] == "市建设部门2016年政府信息公开工作年度报告"


def test_the_information_disclosed_over_the_documents_disclosed():
    """'共发文96件,其中主动公开文件0件,…' then '另外,我镇共在…平台主动公开政府信息达18条' (its kinds adding up to less): the
    documents' count had been the year's."""
    ad, _ = active_disclosure("2021年,我镇共发文96件,其中主动公开文件0件,不公开文件96件,依申请公开0件。另外,我镇共在政务信息公开平台"
                              "主动公开政府信息达18条,其中机构设置1条,领导分工4条,工作规则3条,民生信息1条,法治政府工作报告6条。")
    assert ad["total"] == 18 and [c["count"] for c in ad["categories"]] == [1, 4, 3, 1, 6]


def test_a_channels_count_after_a_breakdown_is_no_kind():
    """'…其中工作情况信息38条,…其他公开内容81条;重庆政务服务网公开行政许可信息546条': a channel disclosing, not a kind."""
    ad, _ = active_disclosure("2022年,区住房城乡建委在政府网站集约化平台主动公开政务信息143条,其中工作情况信息38条,法定主动公开内容24条,"
                              "其他公开内容81条;云崖政务服务网公开行政许可信息546条,受理政府信息公开申请0件。")
    assert [c["count"] for c in ad["categories"]] == [38, 24, 81]


def test_what_was_accumulated_before_the_years_own_count():
    """'…累计主动公开信息6674条,本年度主动公开信息1068条': the site's stock, then the year's."""
    ad, _ = active_disclosure("自治区政府门户网站累计主动公开信息6674条,本年度主动公开信息1068条,全文电子化率为100%。")
    assert ad["total"] == 1068


def test_a_pages_third_page_opening_in_a_section():
    """A report's page opening inside its section on proactive disclosure, its '信息公开' on another page: '主动公开'
    says what it is (it was refused as no report)."""
    text = ("选择特殊符号\n自治区政府门户网站累计主动公开信息6674条,本年度主动公开信息1068条,全文电子化率为100%。\n(一)主动公开范围\n"
            "1、自治区政府规章和规范性文件。公布了《云崖自治区招标投标管理办法》等规章、规范性文件50余件。\n")
    assert convert(text.encode(), "page3.txt")["active_disclosure"]["total"] == 1068


def test_a_cover_letters_name_gives_way_to_the_reports_title_over_two_lines():
    """A page's field table naming the letter that sends the report ('…关于报送2021年…报告的函'), the report's own title under
    the letter over two lines: the report's title."""
    lines = ["文件名称 | 云崖市行政审批服务局关于报送2021年政府信息公开年度报告的函 | ||", "文号 | 云行审函〔2022〕6号 | 成文日期: | 2022年01月07日 |",
             "市政府办公室:", "现将我局《2021年政府信息公开年度报告》报来,请收悉。", "云崖市行政审批服务局", "2022年1月7日",
             "云崖市行政审批服务局2021年", "政府信息公开年度报告", "本年度报告是根据《条例》编制。", "一、总体情况", "2021年,我局主动公开政府信息31条。"]
    assert convert("\n".join(lines).encode(), "letter.txt")["title"] == "云崖市行政审批服务局2021年政府信息公开年度报告"


def test_handling_messages_is_no_kind_of_information():
    ad, _ = active_disclosure("2023年,通过各类渠道公开各类政府信息420余条。其中,本机关制定的政策文件1个,公开办公会议5次,发布政府采购信息48条,"
                              "办理“网上民声”留言7条。")
    assert ad["categories"] == []


def test_a_site_printed_with_a_blank_after_its_www():
    """'(www. yili.gov.cn/)': the address was lost, or read bare without its www. ('xizang.gov.cn')."""
    text = ("本报告的电子版可在“云崖州人民政府门户网站”(www. yunya.gov.cn/)“政府信息公开”栏目内下载。\n一、概述\n2012年,全州主动公开政府信息120条。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["websites"] == ["www.yunya.gov.cn/"]


@pytest.mark.parametrize("opening, issuer", [
    # '现就X(行署办公室)…汇总报告如下': a prefecture's office reporting as it, as a government's does
    ("根据《条例》的有关要求,现就云崖地区行政公署(行署办公室)2012年度政府信息公开工作情况汇总报告如下。", "云崖地区行政公署办公室"),
    # '本报告内容主要为X2012年度的…工作情况'
    ("根据《条例》的有关要求,特编制本报告。本报告内容主要为云崖哈萨克自治州人民政府办公厅2012年度的政府信息公开工作情况。",
     "云崖哈萨克自治州人民政府办公厅"),
])
def test_the_organ_whose_work_the_opening_says_it_reports(opening, issuer):
    text = opening + "\n一、概述\n2012年,全州政府信息公开工作运行正常。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("verb", ["发布", "公开"])
def test_the_disclosures_part_of_what_a_site_released(verb):
    """'…网站发布各类信息8632条,其中,发布政府信息公开信息共399条': the site's posts of every kind, then its disclosures."""
    ad, _ = active_disclosure(f"2014年,县政府门户网站{verb}各类信息8632条,其中,发布政府信息公开信息共399条。")
    assert ad["total"] == 399


def test_the_key_areas_count_alone_is_no_whole():
    ad, _ = active_disclosure("一是2024年,我区政府及时公开重点领域政府信息2424条,发布政策解读24篇。")
    assert ad["total"] is None


def test_a_unit_of_a_governments_office_compiled_the_places_report():
    """'由莫旗政府办公室网络信息中心编制' under '莫旗2011年…报告': the banner's report, named as its title names it (not the unit's,
    nor the office's, which compiled it)."""
    text = ("云崖旗2011年度政府信息公开年度报告\n本报告根据《条例》的要求,由云崖旗政府办公室网络信息中心编制。全文共分概述、主动公开政府信息情况。\n"
            "一、概述\n2011年,全旗政府信息公开工作运行正常。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖旗"


def test_a_kind_named_with_a_governments_meeting_is_no_whole():
    """'…;公开市委常委会、政府常务会信息71条,统计信息21条,…' after a list of kinds: one more kind, not the year's whole."""
    ad, _ = active_disclosure("2022年,市政府办公室公开重点项目信息219条,财政资金信息1067条。公开各县市区各部门政府信息公开工作年度报告50条,"
                              "政府工作报告11条;公开市委常委会、政府常务会信息71条,统计信息21条,人事信息28条。")
    assert ad["total"] != 71


def test_a_bare_site_after_a_disclosure_sites_name():
    text = ("本年度报告的电子版可在云崖区政府信息公开网(xxgk.yunya.gov.cn)查看。如对本年度报告有任何疑问,请与云崖区财政局办公室联系。\n"
            "一、概述\n2014年,我局主动公开政府信息43条。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["websites"] == ["xxgk.yunya.gov.cn"]


def test_the_first_kind_after_what_the_information_includes():
    """'主动公开的信息包括概况信息1条、…': the first kind had been lost with the words before it."""
    ad, _ = active_disclosure("全年共主动公开政府信息434条,超额完成考核任务。主动公开的信息包括概况信息1条、规范性文件信息12条、工作动态信息196条、"
                              "财政信息204条、服务信息1条以及其他信息20条。")
    assert [c["count"] for c in ad["categories"]] == [1, 12, 196, 204, 1, 20]


# Session 40: openings of county offices, townships, zones, national bodies' branches and mirror copies
# (the places are made up; the wording is the real pages').

def test_a_count_the_excerpt_cuts_before_its_unit_is_no_total():
    """A stored opening ends inside a count ('…全年发布信息247' may have been 2470条): no total; a count ending a sentence
    without its unit stays one."""
    cut = "4.平台建设:政务公开平台信息发布量稳步提升,政府办网站全年发布信息247"
    assert active_disclosure(cut)[0]["total"] is None
    assert active_disclosure(cut + "条。")[0]["total"] == 247


def test_screens_brochures_and_an_outer_site_are_channels_beside_the_site():
    """Channels side by side with no whole: the site's (a long list of kinds before its count), the screens' and
    brochures', a new medium's; no total (the screens' count had been taken for the year's)."""
    ad, _ = active_disclosure("一是主动公开情况。我县通过政府门户网站全面及时主动公开政府文件、政府会议、政务要闻、财政预决算等信息2548条,"
                              "宣传册、电子屏公开政府信息1876条,政务新媒体发布信息465条。")
    assert ad["total"] is None
    # a county's 外网 is its site: a medium's count after it leaves no whole either
    ad, _ = active_disclosure("2019年度,我镇在县人民政府外网主动公开政府信息13条;在云崖APP公开发布信息26条。")
    assert ad["total"] is None
    # screens named with the site as the channels of one whole
    assert active_disclosure("全年通过政府网站、电子屏等渠道主动公开各类信息29条。")[0]["total"] == 29


def test_documents_sent_on_to_another_office_are_not_disclosed():
    ad, _ = active_disclosure("截止目前,厅网站主动公开政府信息1574篇,官方微博发布信息183条,官方微信推送信息335条;"
                              "按要求定期向省政府办公厅送交主动公开政府信息(主动公开文件)共20份。")
    assert ad["total"] != 20


@pytest.mark.parametrize("top, date", [
    # a date in brackets ending the headline (Shanghai's sites), or on the line under it
    ("2014年云崖市发展和改革委员会政府信息公开年报 ( 2015年02月16日 )\n云崖市发展和改革委员会", "2015-02-16"),
    ("云崖市医疗保障局2022年政府信息公开工作年度报告\n(2023-01-06)", "2023-01-06"),
    ("云崖市青石区供销合作社2018年政府信息公开工作年度报告\n(2019年3月25日)", "2019-03-25"),
    # the page's 发布日期 wins; a date in brackets inside a line is none
    ("云崖市医疗保障局2022年政府信息公开工作年度报告\n发布日期:2023-01-09\n(2023-01-06)", "2023-01-09"),
    ("云崖市医疗保障局2022年政府信息公开工作年度报告\n本报告(2023-01-06)编制完成", None),
])
def test_the_page_date_printed_with_the_headline(top, date):
    record = convert((top + "\n一、总体情况\n2022年,我局认真贯彻落实《条例》,主动公开政府信息66条。\n").encode(), "page.txt")
    assert record["published_date"] == date


def test_a_casino_named_with_its_place_goes_whole():
    """'澳门特区赌场,澳门博彩业网址' put for a city, '澳门赌场推荐' for 政府信息公开: no place's word or suffix is left behind."""
    text = ("2025年澳门赌场推荐工作年度报告\n根据《中华人民共和国澳门赌场推荐条例》要求,现将我局编制的2025年澳门赌场推荐工作年度报告向社会公开。"
            "如对本报告有任何疑问,请与澳门特区赌场,澳门博彩业网址交通运输局联系(地址:澳门特区赌场,澳门博彩业网址益民西街8号;邮编:637300;"
            "联系电话:0817-5522624)。\n一、总体情况\n2025年,我局及时公开各类政府信息。\n")
    record = convert(text.encode(), "page.txt")
    assert "澳门" not in record["title"] and "推荐" not in record["title"]
    assert record["contacts"]["address"] == "益民西街8号"


def test_lines_a_page_wrapped_before_a_mirror_glossed_them_with_pinyin():
    """A PDF's text wrapped at 26 characters, then glossed: measured without the glosses the lines are equally wide,
    and the address broken over two lines is whole."""
    lines = ["濟(jì)南市歷城區(qū)文化和旅遊局", "2023 年政府信息公開(kāi)工作年度報(bào)告",
             "本報(bào)告根據(jù)《中華人民共和國(guó)政府信息公開(kāi)條例》、《國(guó)",
             "務(wù)院辦公廳政府信息與政務(wù)公開(kāi)辦公室關(guān)於印發(fā)<中華人民",
             "共和國(guó)政府信息公開(kāi)工作年度報(bào)告格式>的通知》(國(guó)辦公",
             "開(kāi)辦函〔2021〕30 號(hào))及省市有關(guān)工作要求,編制本報(bào)告",
             "並向社會(huì)公開(kāi)。本報(bào)告由總體情況、行政機(jī)關(guān)主動(dòng)公開政府",
             "信息情況、行政機(jī)關(guān)收到和處理政府信息公開(kāi)申請(qǐng)情況、因",
             "政府信息公開(kāi)工作被申請(qǐng)行政複議、提起行政訴訟情況、政",
             "府信息公開(kāi)工作存在的主要問(wèn)題及改進(jìn)情況、其他需要報(bào)告",
             "的事項(xiàng)共六個(gè)部分組成。如對(duì)本報(bào)告有任何疑問(wèn),請(qǐng)與濟(jì)",
             "南市歷城區(qū)文化和旅遊局聯(lián)繫(xì)(地址:濟(jì)南市歷城區(qū)山大路 287 號(hào)龍",
             "泉大廈 3 樓;郵編:250200;電話:0531-83212967)。", "一、總體情況",
             "2023 年,歷城區(qū)文化和旅遊局認(rèn)真貫徹落實(shí)《條例》。"]
    record = convert("\n".join(lines).encode(), "page.txt")
    assert record["contacts"]["address"] == "济南市历城区山大路287号龙泉大厦3楼"


@pytest.mark.parametrize("sentence, address", [
    ("对于属于行政查询事项的,相关业务负责人主动与申请人联系并告知其获取地址;其余无法提供的,也与申请人及时沟通。", None),
    ("我中心政府信息公开网站上可下载本报告的电子版(报告下载地址:/xxgk_public/jcms_files/jcms1/web46/site/index.html)。", None),
    # a semicolon typed for the colon before a street address stays one
    ("如有疑问请联系本局办公室(地址;云崖市青石路18号,电话:0591-83926179)。", "云崖市青石路18号"),
])
def test_what_follows_地址_is_a_street_address(sentence, address):
    record = convert(("云崖市医疗保障局2022年政府信息公开工作年度报告\n" + sentence + "\n一、总体情况\n2022年,我局主动公开政府信息66条。\n").encode(), "p.txt")
    assert record["contacts"]["address"] == address


def test_a_report_named_after_现公开发布():
    text = ("根据《中华人民共和国政府信息公开条例》要求,现公开发布云崖市行政审批局2023年政府信息公开工作年度报告。本年度报告中所列数据统计期限为"
            "2023年1月1日至12月31日。\n一、总体情况\n2023年,云崖市行政审批局坚持公开为常态。\n")
    assert convert(text.encode(), "page.txt")["title"] == "云崖市行政审批局2023年政府信息公开工作年度报告"


@pytest.mark.parametrize("top, issuer", [
    # a zone named short in the title, its committee in full in the page's 来源
    ("云崖高新区2020年度政府信息公开工作报告\n信息来源:云崖高新技术产业开发区管理委员会 发布时间:2021-01-29",
     "云崖高新技术产业开发区管理委员会"),
    # a zone named in full is the issuer, not its committee the 发布机构 names
    ("平岚综合实验区2012年政府信息公开工作年度报告\n发布机构: 平岚综合实验区管委会", "平岚综合实验区"),
])
def test_a_zone_named_short_by_its_committee(top, issuer):
    record = convert((top + "\n一、总体情况\n2020年,高新区深入贯彻落实《条例》,主动公开政府信息400条。\n").encode(), "page.txt")
    assert record["issuer"] == issuer


def test_a_place_printed_without_its_市_as_the_body_prints_it():
    text = ("2023年云崖行政审批服务局信息公开\n工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
            "2023年,云崖市行政审批服务局坚持以习近平新时代中国特色社会主义思想为指导,主动公开政府信息80条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市行政审批服务局"


def test_a_site_address_printed_without_its_scheme():
    text = ("现公布云崖湖管委会2018年政府信息公开工作年度报告。本报告电子版可在云崖市政府信息公开目录系统“云崖湖管委会”栏目查阅"
            "(//m.yunya.gov.cn/xxgk/)。\n一、信息公开概述\n云崖湖管委会高度重视政府信息公开工作。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["websites"] == ["//m.yunya.gov.cn/xxgk/"]


def test_the_body_opens_with_its_organ_after_whose_support():
    text = ("一、总体情况\n2021年,在市委、市政府坚强领导下,在省体育局的关心支持下,云崖市体育局坚持以习近平新时代中国特色社会主义思想为指导,"
            "持续推进政府信息公开工作。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市体育局"


def test_a_graphic_explanations_mark_before_the_headline():
    text = ("云崖市公安局青石区分局2021年政府信息公开工作年度报告\n\n(图解)云崖市公安局青石区分局2021年政府信息公开工作年度报告\n"
            "依据《中华人民共和国政府信息公开条例》,现公布本报告。\n一、总体情况\n2021年,我局主动公开政府信息80条。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("云崖市公安局青石区分局2021年政府信息公开工作年度报告", "云崖市公安局青石区分局")


def test_a_labelled_publish_time_over_a_bare_date_in_the_field_block():
    """A field block printing its values alone ('2022-01-19' a line) above the headline's labelled 发布时间."""
    lines = ["当前位置 > 信息公开 > 信息详情", "014178686/2022-00004", "政府信息公开年报", "云崖市教育局", "2022-01-19", "有效",
             "云崖市教育局2021年政府信息公开工作年度报告", "来源:云崖市教育局发布时间:2022-01-24 09:50:20访问量:字体",
             "2021年,市教育局认真贯彻落实《条例》。", "一、总体情况", "2021年,我局主动公开政府信息219条。"]
    assert convert("\n".join(lines).encode(), "page.txt")["published_date"] == "2022-01-24"
    # with no label anywhere, the bare date stands
    assert convert("\n".join(lines[:7] + lines[8:]).encode(), "page.txt")["published_date"] == "2022-01-19"


@pytest.mark.parametrize("opening, issuer", [
    # a role described is no organ's name: the place the title names stands for its government
    ("本年度报告由云崖市人民政府信息公开主管部门市工业和信息化委员会负责编制,经市人民政府审核同意,现予以公布。", "云崖市"),
    # a street office's own office compiles its report for it
    ("本年度报告是由青石区人民政府红花街道办事处办公室根据《中华人民共和国政府信息公开条例》等文件要求编制而成。",
     "青石区人民政府红花街道办事处"),
])
def test_who_compiled_the_report(opening, issuer):
    title = "云崖市2015年政府信息公开工作年度报告" if "云崖市" in opening else "红花街道2024年政府信息公开工作年度报告"
    text = f"{title}\n{opening}\n一、总体情况\n2015年,全市主动公开政府信息80条。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("sentence, title", [
    # a letter's subject in title marks names no report ('…关于编制发布2021年…年度报告的函')
    ("2021年,青石街道认真贯彻落实《云崖市政务公开工作办公室关于编制发布2021年政府信息公开工作年度报告的函》等文件的要求。", None),
    # nor does the body's own '本级政府(机关)' after a blank
    ("根据《中华人民共和国政府信息公开条例》,特向社会公布 2012年度本级政府(机关)信息公开工作年度报告。", None),
])
def test_what_an_opening_sentence_does_not_name(sentence, title):
    assert convert((sentence + "\n一、总体情况\n我街道主动公开政府信息80条。\n").encode(), "page.txt")["title"] == title


def test_contacts_a_page_broke_or_listed():
    text = ("本年度报告由云崖市青石镇人民政府编制。如对本年度报告有任何疑问,请联系云崖市青石镇人民政府 (电话:021-64503421,电子邮箱:qsxxgk\n"
            "@yunya.gov.cn)。线下主动信息公开的查阅地址:(1)云崖市青石镇上川路1639号青石镇人民政府;(2)云崖市川沙路582号青石镇图书馆。"
            "具体可参见网址:(//www.yunya.gov.cn/qs/);//console.error\n一、总体情况\n2021年,我镇主动公开政府信息80条。\n")
    found = convert(text.encode(), "page.txt")["contacts"]
    assert (found["emails"], found["address"]) == (["qsxxgk@yunya.gov.cn"], "云崖市青石镇上川路1639号青石镇人民政府")
    assert found["websites"] == ["//www.yunya.gov.cn/qs/"]


def test_a_betting_chain_before_the_organ_and_what_it_leaves():
    """'beat365官方网站大全_旧版彩票365下载_mobile 365365051' put for a city: gone whole; an organ left without its place
    ('…人民政府合作交流办公室') names no one."""
    text = ("beat365官方网站大全_旧版彩票365下载_mobile 365365051人民政府2021年政府信息公开年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、总体情况\n2021年,全市主动公开政府信息80条。\n")
    assert convert(text.encode(), "page.txt")["title"] == "人民政府2021年政府信息公开年度报告"
    text = ("365bet网上娱乐_365BETAPP官网_365体育平台网址人民政府合作交流办公室\n2022年政府信息公开工作年度报告\n"
            "本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2022年,市合作交流办主动公开信息80条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] is None


def test_a_copying_sites_发布_after_the_headline():
    text = "云崖省2011年政府信息公开工作年度报告/发布\n\n本报告由云崖省人民政府办公厅编制。\n一、概述\n2011年,全省主动公开政府信息80条。\n"
    assert convert(text.encode(), "page.txt")["title"] == "云崖省2011年政府信息公开工作年度报告"


def test_a_ministry_speaking_as_我部_by_its_contact_division():
    text = ("本报告根据《中华人民共和国政府信息公开条例》要求编制。\n如对本报告有任何疑问,请联络:商务部信息化司综合处,电话:010-65197474。\n"
            "一、概述\n2009年,我部认真贯彻《条例》精神。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "商务部"
    # a local division of a bureau stays no ministry's
    assert convert(text.replace("我部", "我局").encode(), "page.txt")["issuer"] is None


def test_a_street_speaking_of_itself_compiled_nothing():
    text = ("青泉街道政府信息公开工作年度报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
            "(二)主动公开政府信息统计。2019年度,街道按照云崖市政府信息公开要求,及时对信息进行更新。\n")
    assert convert(text.encode(), "page.txt")["issuer"] != "街道"


def test_the_information_disclosed_in_bulletins_over_the_documents():
    ad, _ = active_disclosure("2014年本单位制作政府信息总数60件,其中主动公开文件数5件、不予公开文件数55件。\n二、主动公开政府信息情况\n"
                              "㈠本机关主动公开政府信息的数量: 2014年度,我局主动公开政府信息简报111篇(条)。")
    assert ad["total"] == 111


@pytest.mark.parametrize("top, title", [
    # the year in brackets after the title, without 年
    ("云崖市发改局政府信息公开工作年度报告(2021)", "云崖市发改局政府信息公开工作年度报告(2021)"),
    # a title over three lines, its organ on the first
    ("云崖市人民政府办公室\n2021年政府信息公开工作年度\n报 告", "云崖市人民政府办公室2021年政府信息公开工作年度报告"),
])
def test_titles_printed_so(top, title):
    text = top + "\n本报告由云崖市人民政府办公室按照《条例》要求编制。\n一、总体情况\n2021年,我办主动公开政府信息80条。\n"
    assert convert(text.encode(), "page.txt")["title"] == title


# ---- session 43: 215 more real openings labelled blind (newest reports, townships and zones, first reports with
# contacts, copies and mirrors, national and provincial bodies)

def test_a_kind_named_信息公开目录_after_the_verb_公开():
    """'公开信息公开目录信息N条': 信息公开目录 is the kind's name, the 公开 before it the act (the list of kinds was lost,
    the last of them read as an act)."""
    text = ("2024年,通过云崖新区政府门户网站主动公开信息4210条,公开新区机构职能等概况类信息210条,公开政务动态类信息1500条,"
            "公开信息公开目录信息2500条。")
    ad = active_disclosure(text)[0]
    assert ad["total"] == 4210
    assert [(c["name"], c["count"]) for c in ad["categories"]][1:] == [("政务动态类", 1500), ("信息公开目录", 2500)]
    # as the first kind after 其中, and the annual report's and guide's names
    ad = active_disclosure("全年主动公开政府信息32条,其中公开信息公开指南1条、公开信息公开年报1条、公开工作动态30条。")[0]
    assert (ad["total"], [c["name"] for c in ad["categories"]]) == (32, ["信息公开指南", "信息公开年报", "工作动态"])


def test_a_columns_name_holding_公开_says_no_disclosure():
    """Counts of a site's columns, one of them named 信息公开栏目, then a medium's: no column's count is the year's
    whole (the 公开 of '信息公开栏目发布信息43条' had made the clause one of disclosing, and a column's count its total)."""
    text = ("(一)主动公开情况。2024年,区教育局在政府门户网站部门动态发布信息32条,校园风采栏目发布信息21条,"
            "信息公开栏目发布信息43条。“云崖教育发布”微信订阅号发布信息579条。")
    ad = active_disclosure(text, text, "", 2024)[0]
    assert ad["total"] is None
    assert not any("发布信息" in c["name"] for c in ad["categories"])  # (no channel and verb for a kind's name)
    # (in an overview of the year's work: a section on proactive disclosure counts what was released)
    text = ("二是充分利用媒体,广泛地发布卫生健康信息。委官方网站公开发布信息244条,其中发布1条概况类信息,35条政务动态信息。"
            "政府信息公开专栏信息公开目录发布26条信息。云崖健康微信平台共推文1570篇。")
    assert active_disclosure(text, "", "", 2024)[0]["total"] is None
    # what a section on proactive disclosure says was disclosed is still its total
    assert active_disclosure("2024年,区教育局在信息公开栏目主动公开政府信息43条。", "", "", 2024)[0]["total"] == 43


@pytest.mark.parametrize("text, total", [
    ("政府信息公开工作中的信息除了机构职能外,其余都是工作计划类信息。云崖地区管委会2011年无主动公开政府信息。", 0),
    ("2022年度没有主动公开的政府信息。", 0),
    # not a case of information left undisclosed
    ("2022年无主动公开信息而未公开的情况。我局依法开展公开工作。", None),
])
def test_a_year_named_by_its_number_with_nothing_disclosed(text, total):
    assert active_disclosure(text, "", "", 2022)[0]["total"] == total


def test_an_extension_after_a_multiplication_sign():
    """'62748577×1751': a CMS's × for the * before an extension, kept with its number (it had cut the extension off)."""
    record = convert(("云崖市人力资源和社会保障局2012年政府信息公开工作年度报告\n如对本年度报告有任何疑问,请联系我局政府信息公开工作部门,"
                      "联系电话62748577×1751,传真021-62748500。\n一、概述\n我局推进公开。").encode(), "page.txt")
    assert (record["contacts"]["phones"], record["contacts"]["faxes"]) == (["62748577×1751"], ["021-62748500"])


def test_kinds_counted_as_updates_most_of_them():
    """'其中党政建设更新30条,…,财务公开10条': the kinds are named without the 更新 each count is of, also where a few of the
    list are not updates (every kind had to be, so none lost its 更新)."""
    text = ("2019年度,我局网站共主动公开各类重要政府信息160条,其中:党政建设更新30条,通知公告更新31条,外贸更新49条,"
            "内贸更新40条,财务公开9条,领导分工1条。")
    ad = active_disclosure(text)[0]
    assert (ad["total"], [c["name"] for c in ad["categories"]]) == (
        160, ["党政建设", "通知公告", "外贸", "内贸", "财务公开", "领导分工"])


@pytest.mark.parametrize("sentence, phones", [
    ("针对我局公开信息的任何疑问,都可以拨打0563-3023224进行询问;", ["0563-3023224"]),
    ("可拨打电话0563-3023224咨询。", ["0563-3023224"]),
    ("群众可拨打12345热线反映诉求。", []),  # (a hotline's short number is no phone of the report's contact)
])
def test_a_number_to_dial(sentence, phones):
    record = convert(("云崖县水利局2019年政府信息公开工作年度报告\n" + sentence + "\n一、概述\n我局推进公开。").encode(), "page.txt")
    assert record["contacts"]["phones"] == phones


def test_the_organ_whose_report_is_compiled_named_without_its_year():
    """'特编制X局公开年度报告': the report named without its year in the sentence compiling it names its organ; the contact
    sentence names only the bureau after a bare 区."""
    text = ("根据《中华人民共和国政府信息公开条例》第五十条之规定,及相关文件要求,特编制云崖区商务局公开年度报告。本报告由主动公开"
            "信息情况等部分组成。如对本报告有任何疑问,请与区商务局联系(地址:云崖区滨江路8号,邮编:333000)。\n"
            "在区政府信息公开领导小组的领导下,我局高度重视信息公开工作。\n一、主动公开信息情况\n2019年我局主动公开信息58条。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["issuer"], record["title"], record["report_year"]) == ("云崖区商务局", None, 2019)
    # (the report's kind alone names no organ)
    record = convert("根据《条例》要求,特编制政府信息公开年度报告。\n一、概述\n2019年我局主动公开信息58条。\n".encode(), "page.txt")
    assert record["issuer"] is None


def test_a_sentence_printed_without_its_marks_is_no_title():
    """A copy that lost the 《》 and commas of the opening sentence: '根据中华人民共和国政府信息公开条例现向社会公布2014年本局
    …报告' is the preamble, and its words before the year name no issuer."""
    text = ("根据中华人民共和国政府信息公开条例现向社会公布2014年本局信息公开工作报告\n一、概述\n2014年,我局政府信息公开工作在市委、"
            "市政府的高度重视下开展。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == (None, None)
    assert record["preamble"] == [text.split("\n")[0]]


@pytest.mark.parametrize("contact, issuer", [
    ("云崖县卫生和计划生育局办公室陈斌", "云崖县卫生和计划生育局"),  # the person to ask after the office
    ("云崖县卫生和计划生育局办公室", "云崖县卫生和计划生育局"),
    ("云崖县卫生和计划生育局办公室综合科", "云崖县卫生和计划生育局"),
])
def test_the_contact_offices_organ_before_a_persons_name(contact, issuer):
    text = ("本年度报告根据《条例》要求,汇总2016年度云崖县卫生和计划生育局的政务公开年度报告编制而成。如对本报告有疑问,可与"
            + contact + "联系(地址:云崖县新华路70号,邮编:323400)。\n一、概述\n2016年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_the_documents_title_under_a_site_name_and_a_breadcrumbs_last_item():
    """'云崖市统计局' (the site) over '信息公开年度报告' (what is left of the breadcrumb) read as one title cut over two
    lines: the document's own title under them, which names the year, is the title."""
    lines = ["云崖市统计局", "当前位置:首页 >>信息公开", ">> 信息公开年度报告", "索引号: 002489786/2021-00009",
             "云崖市统计局2020年政府信息公开工作年度报告", "2020年,市统计局按照《条例》推进政务公开。", "一、总体情况", "我局推进公开。"]
    record = convert("\n".join(lines).encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("云崖市统计局2020年政府信息公开工作年度报告", "云崖市统计局")
    # the two lines alone are still the title
    assert title_of(["云崖市统计局", "2020年政府信息公开工作年度报告", "根据《条例》编制。"], {})[0] == \
        "云崖市统计局2020年政府信息公开工作年度报告"


def test_a_key_areas_count_named_by_their_number_is_no_whole():
    text = ("二是持续推进三大领域信息公开。今年以来,共发布三大领域信息757条。三是加强信息发布。2021年,云崖县人民政府门户网站"
            "上传信息5786条;“云崖政务”公众号共发布信息1014条。")
    assert active_disclosure(text, "", "", 2021)[0]["total"] is None


def test_a_cell_a_line_row_printing_its_blank_cell_after_two_values():
    """表二 flattened a cell a line, each cell ending with a pipe and each row with a line of its own ('|'): '规章 |' /
    '0 |' / '0 |' / '|' / '|' prints its third cell blank (the row of two values a table lost a cell of keeps its stock)."""
    def table(rule_cells: list[str]) -> str:
        rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章"] + rule_cells, ["行政规范性文件", "5", "2", "18"]]
        return "\n".join(["第二十条第(一)项 | |||", "|"] + [line for row in rows for line in [c + " |" for c in row] + ["|"]])
    head = "云崖区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n我区推进公开。\n二、主动公开政府信息情况\n"
    record = convert((head + table(["0", "0", ""]).replace("\n |\n", "\n|\n")).encode(), "page.txt")
    assert record["tables"]["active"]["regulations"] == {"issued": 0, "repealed": 0, "in_force": None}
    assert record["tables"]["active"]["normative_documents"] == {"issued": 5, "repealed": 2, "in_force": 18}
    # a row of two values on one line, no blank cell printed: the repealed cell is the one lost
    text = head + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 3 | 22 |\n行政规范性文件 | 5 | 2 | 18 |\n"
    assert convert(text.encode(), "page.txt")["tables"]["active"]["regulations"] == {"issued": 3, "repealed": None, "in_force": 22}
    # …but a row printing its blank third cell between its pipes on one line keeps it in its place
    text = head + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | |\n行政规范性文件 | 15 | 0 | 57 |\n"
    assert convert(text.encode(), "page.txt")["tables"]["active"]["regulations"] == {"issued": 0, "repealed": 0, "in_force": None}


def test_a_row_under_a_header_the_page_copied_from_the_block_above():
    """'政府集中采购 | 0 | 0 |' under '上一年项目数量 | 本年增/减' (the fees' header, copied): the row's cells are its own
    columns in order, not lost."""
    text = ("云崖区统计局2019年政府信息公开工作年度报告\n一、总体情况\n我局推进公开。\n二、主动公开政府信息情况\n"
            "第二十条第(八)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | |\n行政事业性收费 | 0 | 0 | |\n"
            "第二十条第(九)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | |\n政府集中采购 | 2 | 15.6 | |\n"
            "三、收到和处理政府信息公开申请情况\n")
    active = convert(text.encode(), "page.txt")["tables"]["active"]
    assert (active["fees"], active["procurement"]) == ({"previous_items": 0, "change": 0}, {"items": 2, "amount": 15.6})


def test_an_organ_that_特编制_the_report():
    """'…要求,云崖市越城区东湖街道特编制2023年…报告': the street compiling it is the issuer, named by its office as the
    text names it ('东湖街道办事处')."""
    text = ("一、总体情况\n根据《中华人民共和国政府信息公开条例》的要求,云崖市越城区东湖街道特编制2023年政府信息公开年度报告。\n"
            "(一)加大公开力度\n2023年,东湖街道办事处在越城区政府信息公开系统上主动公开政府信息47条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市越城区东湖街道办事处"


@pytest.mark.parametrize("title, sentence, issuer", [
    # a provincial office named after a bare 省 and its 政府, the text naming it in full with its province and 人民政府
    ("省政府研究室(发展研究中心)2011年政府信息公开工作年度报告",
     "现将云崖省人民政府研究室(发展研究中心)2011年政府信息公开工作年度报告向社会公布。", "云崖省人民政府研究室(发展研究中心)"),
    # an abbreviation alone ('住建局'), the text naming the organ in full with its place
    ("住建局2020年信息公开工作年度报告", "制定青石市住房和城乡建设局2020年政府信息公开工作年度报告。", "青石市住房和城乡建设局"),
])
def test_an_organ_the_title_names_short_and_the_text_in_full(title, sentence, issuer):
    text = title + "\n根据《中华人民共和国政府信息公开条例》要求," + sentence + "\n一、概述\n全年主动公开政府信息20条。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_the_contact_printed_under_the_signature():
    """'（联系人：X，联系方式：0591-…）' under the signature and date: the report's contact too."""
    text = ("云崖区交通局2021年度政府信息公开工作年度报告\n根据《条例》要求编制本报告。如对本报告有疑问,请与云崖区交通局联系"
            "(电话:0591-23179900)。\n一、总体情况\n我局推进公开。\n二、其他需要报告的事项\n无。\n云崖区交通局\n2022年1月7日\n"
            "（联系人：林立，联系方式：0591-23160011）\n")
    assert convert(text.encode(), "page.txt")["contacts"]["phones"] == ["0591-23179900", "0591-23160011"]


def test_a_kinds_name_a_copying_site_lost_characters_after():
    """'机构概况?1条' (an ASCII '?' for characters a mirror lost): the kind is '机构概况'."""
    ad, _ = active_disclosure("我公司2008年主动公开政府信息?10条。其中机构概况?1条;工作信息9条。", "", "", 2008)
    assert ad["categories"] == [{"name": "机构概况", "count": 1}, {"name": "工作信息", "count": 9}]


def test_a_ministry_the_body_opens_by_speaking_of():
    """'2009年,云崖部主动公开…' under no title: a national body names no place ('水利部', '海关总署')."""
    text = "(一)公开的主要内容\n2009年,农垦部主动公开政府信息1192条。其中,政策法规类信息2条,其他业务工作类信息1190条。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == "农垦部"


def test_the_bureau_of_the_office_to_contact():
    """'请联系X市公安局行政审批办公室': the office is the bureau's unit, the bureau the issuer."""
    text = ("本年度报告是根据《中华人民共和国政府信息公开条例》要求,我局编制了2013年度政府信息公开工作年度报告。如对本报告有任何疑问,"
            "请联系云崖市公安局行政审批办公室,联系电话:0432-64820300。\n一、基本工作情况\n2013年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市公安局"


def test_an_organ_named_in_full_after_words_run_into_its_place():
    """'2021年,市农业农村委…' in full as '打造新版云崖市农业农村委员会政务网站' prints it: the place '云崖市', which the text
    names elsewhere, not the words run into it."""
    text = ("2021年,市农业农村委深入学习贯彻《中华人民共和国政府信息公开条例》,推进政府信息公开工作。\n一、总体情况\n"
            "一是聚焦法定事项主动公开。打造新版云崖市农业农村委员会政务网站,全年累计发布相关信息6728条。公开《云崖市农村集体资产管理办法》。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市农业农村委员会"


@pytest.mark.parametrize("text, total, kinds", [
    # kinds listed with one count for all ('…、…均为0条'): each a kind counted 0
    ("2014年度共主动公开政府信息40条。其中,政务动态类信息21条,占52.5%;财政管理类信息19条,占47.5%、决策类信息、人事类信息均为0条。",
     40, [("政务动态类", 21), ("财政管理类", 19), ("决策类", 0), ("人事类", 0)]),
    # what the exercise of one power gave is no whole
    ("加强行政权力事项公开。公开行政处罚的依据、条件、程序,全年共公开行政处罚信息39条。", None, None),
])
def test_counts_of_kinds_that_are_no_whole(text, total, kinds):
    ad, _ = active_disclosure(text, "", "", 2014)
    assert ad.get("total") == total
    assert [(c["name"], c["count"]) for c in ad.get("categories") or []] == (kinds or [])


def test_the_organ_named_in_full_above_a_title_naming_it_after_a_bare_place():
    """'青石区国资局' over '…现公布区政府国资局2022年…报告': the line above names in full the organ the title names after
    a bare 区 and its 政府."""
    text = ("青石区国资局\n根据《中华人民共和国政府信息公开条例》要求,现公布区政府国资局2022年政府信息公开工作年度报告。\n一、总体情况\n"
            "(一)主动公开\n2022年度区政府国资局主动公开政府信息4条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石区国资局"


@pytest.mark.parametrize("text, issuer", [
    # the town's government the body opens by speaking of, doing something for a purpose ('为充分…')
    ("一、总体情况\n2022年,青石镇人民政府为充分尊重人民群众知情权,提升群众满意度,推进政府信息公开工作。我镇坚持以《条例》为指导。\n",
     "青石镇人民政府"),
    # the street's office whose disclosure group's office is to be asked
    ("根据《中华人民共和国政府信息公开条例》,特向社会公布2022年度本级政府(机关)信息公开工作年度报告。如对本报告有任何疑问,"
     "请与青石街道办事处政府信息公开领导小组办公室联系(地址:云崖新区大桥路1号)。\n一、总体情况\n我街道推进公开。\n", "青石街道办事处"),
])
def test_a_township_or_street_named_in_the_body(text, issuer):
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("sentence, address", [
    ("云崖区发改局办公地址在人民大街6175号,邮政编码136200,联系电话0437-3635200。", "人民大街6175号"),
    ("贺石镇设党政综合办公室等7个内设机构。办公地点设于云崖区贺石镇长堤路18号,工作日办公时间为上午8:30-12:00。", "云崖区贺石镇长堤路18号"),
])
def test_an_address_said_where_it_is(sentence, address):
    from pipeline.extract.contacts import contacts
    assert contacts(sentence)["address"] == address


@pytest.mark.parametrize("sentence, phones", [
    ("请联系云崖区人民政府办公室(地址:青石路336号,邮编:200030,电话:64872222转7071,传真:64872878)", ["64872222转7071"]),
    ("请联系云崖区人民政府办公室(咨询地址:青石路100号403室,邮编:200020,电话63262020-80403)", ["63262020-80403"]),  # (not cut to '-8040')
])
def test_a_phones_extension(sentence, phones):
    from pipeline.extract.contacts import contacts
    assert contacts(sentence)["phones"] == phones


def test_the_organ_compiling_the_report_under_a_feedback_forms_fields():
    """A page's feedback form ('1.错误类:*', '您的姓名:*') above the byline and the 引言: its fields are no text, and
    the organ the 引言 says compiled the report is the issuer."""
    text = ("留言咨询\n1.错误类:*\n2.出错页面的地址(浏览器地址栏里面的地址):*\n3.内容标题:*\n您的姓名:*\n相关文档\n使用说明\n"
            "青石区人民政府\n2014年2月27日\n引 言\n本年度报告根据《中华人民共和国政府信息公开条例》要求,由青石区人民政府编制。"
            "全文包括概述,主动公开政府信息情况。\n一、概述\n2013年,本区推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert record["issuer"] == "青石区人民政府"
    assert not any(":*" in line for line in record["preamble"])


def test_a_branch_the_text_names_its_bureau_with():
    """'2011年度质监局…报告' whose text names the bureau only with its branch ('请与云崖市质量技术监督局青石分局办公室联系'):
    the branch."""
    text = ("2011年度质监局信息公开工作年度报告\n区政府信息公开办:\n根据《中华人民共和国政府信息公开条例》要求,特向社会公布2011年度"
            "质监局信息公开工作年度报告。如对本报告有任何疑问,请与云崖市质量技术监督局青石分局办公室联系(地址:青石区临平路1号)。\n"
            "一、基本情况\n我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市质量技术监督局青石分局"


def test_kinds_after_in_what_was_disclosed():
    """'在主动公开的信息中,部门文件类的信息2条;…' breaks the year's whole down, though its kinds fall short of it."""
    ad, _ = active_disclosure("2010年度,我局主动公开政府信息共133条,全文电子化率达100%。在主动公开的信息中,部门文件类的信息2条;"
                              "工作动态类的信息4条。", "", "", 2010)
    assert ad["categories"] == [{"name": "部门文件类", "count": 2}, {"name": "工作动态类", "count": 4}]


def test_a_shared_documents_name_over_its_cover_is_not_part_of_the_title():
    """A document-sharing page's name for the file ('2010年X局') over the cover's own lines ('2010 年X局' / '政府信息公开年度
    报告'): the three had been joined, and the issuer read as '年X局'."""
    text = ("查看更多\n2010年云崖市青石区城市管理局\n2010 年云崖市青石区城市管理局\n政府信息公开年度报告\n2010 年 12 月\n引 言\n"
            "本报告是根据《中华人民共和国政府信息公开条例》编制的。\n一、概述\n我局推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("2010年云崖市青石区城市管理局政府信息公开年度报告", "云崖市青石区城市管理局")


@pytest.mark.parametrize("organ, issuer", [
    ("青石农场", "青石农场"), ("红星垦殖场", "红星垦殖场"), ("红星场", "红星场"),
    ("园艺场", None),  # (a kind of farm, as '林业局' is a kind of bureau, names no one where the text names no place for it)
])
def test_a_state_farm_named_by_its_own_name(organ, issuer):
    text = (f"{organ}2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,特向社会公布2021年度{organ}政府信息"
            "公开工作年度报告。\n一、总体情况\n2021年,我场推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("spam", ["• 和记AG", "成人直播"])
def test_betting_and_porn_brands_are_spam(spam):
    text = (f"{spam}\n青石镇2019年政府信息公开工作年度报告\n一、概述\n2019年,青石镇人民政府推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert "spam_removed" in [i["code"] for i in record["issues"]]
    assert spam.strip("• ") not in record["title"] + "".join(s["text"] for s in record["sections"])


@pytest.mark.parametrize("sentence, kinds", [
    # a list of kinds ending before a clause disclosing something else
    ("2024年按规定主动公开信息105条,其中:工作动态14条、其他法定信息91条;主动公开行政许可信息135件、行政处罚信息1件。",
     [("工作动态", 14), ("其他法定信息", 91)]),
    # each kind with a note on what it is about, up to the next ('主要围绕…;')
    ("公开各类信息136条,其中,助企纾困类信息64条,主要围绕着帮助企业减轻负担,解决企业发展中的实际问题;安全生产类信息36条,主要围绕企业安全生产的监督检查;"
     "“放管服”信息40条,主要围绕改善营商环境。", [("助企纾困类", 64), ("安全生产类", 36), ("放管服", 40)]),
    # a share's word left without its figure ('0条占;')
    ("2010年,我局主动公开政府信息共145条。其中,机构信息1条;决策信息0条占;工作信息126条,占86.9%;财政管理18条,占12.4%。",
     [("机构信息", 1), ("决策信息", 0), ("工作信息", 126), ("财政管理", 18)]),
    # a kind of documents of all sorts ('各类实施方案信息'), not the whole of all sorts ('各类政务信息')
    ("2022年主动公开政府信息46条。其中,各类实施方案信息10条,占22%;规划计划类信息8条,占17%;业务类信息28条,占61%。",
     [("各类实施方案", 10), ("规划计划类", 8), ("业务类", 28)]),
    # a quote opened before a kind's name and closed after its count ('“双随机系统公开4条”')
    ("主动发布各类政务信息共计95条。其中信息简报79条,建设项目信息12条,“双随机系统公开4条”。",
     [("信息简报", 79), ("建设项目信息", 12), ("双随机系统公开", 4)]),
])
def test_kinds_listed_with_more_than_their_counts(sentence, kinds):
    ad, _ = active_disclosure(sentence, "", "", None)
    assert [(c["name"], c["count"]) for c in ad["categories"]] == kinds


def test_an_affairs_disclosure_named_as_a_kind_is_no_whole():
    """'…政府信息54条,部门信息46条,政务公开信息6条,…': '政务公开信息6条' is a kind of the list, not the year's whole, also
    where a medium's count follows the site's."""
    ad, _ = active_disclosure("我局2023年在门户网站中主动公开政府信息54条,部门信息46条,政务公开信息6条,政策解读2条,并及时公开了单位财政"
                              "预算。通过微信公众号发布信息753条。", "", "", 2023)
    assert ad["total"] == 54
    assert [c["count"] for c in ad["categories"]] == [46, 6, 2]


def test_the_office_that_organised_the_compiling():
    """'X管理委员会办公室组织编制完成本报告': its committee issues it, named in full (not the short name of the contact line)."""
    text = ("根据《中华人民共和国政府信息公开条例》要求,青石高新技术产业开发区管理委员会办公室组织编制完成本报告。如对本报告有任何疑问,"
            "请与青石高新区管委会办公室联系(电话:83771315)。\n一、概述\n2011年,我委推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石高新技术产业开发区管理委员会"


def test_a_wikis_opening_sentence_naming_the_report_is_its_title():
    text = ("青石县红星镇2019年度政府信息公开年度工作报告。\n基本介绍\n- 中文名:青石县红星镇2019年度政府信息公开年度工作报告\n"
            "一、总体情况\n本报告根据《条例》要求编制。\n")
    assert convert(text.encode(), "page.txt")["title"] == "青石县红星镇2019年度政府信息公开年度工作报告"


def test_an_office_a_title_names_by_its_abbreviation():
    """'X区民防办' in the title, 'X区民防办公室' in the text: the full name."""
    text = ("2009年云崖市青石区民防办政府信息公开工作年度报告\n云崖市青石区民防办公室\n2010年2月15日\n引 言\n本年度报告由云崖市青石区"
            "民防办公室编制。\n一、概述\n本办推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市青石区民防办公室"


def test_a_pages_headline_over_the_documents_own_title_both_naming_the_year():
    """'X市政府信息公开工作年度报告(2014年)' over 'X市2014年政府信息公开工作年度报告': two titles, not one cut over two lines
    (the two had been joined); the document's own, under the page's headline, is the report's."""
    text = ("云崖市政府信息公开工作年度报告(2014年)\n云崖市2014年政府信息公开工作年度报告\n(2015年3月)\n"
            "一、概述\n2014年,我市推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "云崖市2014年政府信息公开工作年度报告"
    # a news portal's headline, its date and source, its key words, then the document's own title in other words
    text = ("云崖省2012年政府信息公开工作报告(全文)\n2013年04月30日17:01 | 中国发展门户网 www.chinagate.cn | 字号:T|T\n"
            "关键词: 云崖省政府 年度报告 政府规章\n2012年度云崖省政府信息公开年度报告\n本报告根据《条例》要求编制。\n一、概述\n正文。\n")
    assert convert(text.encode(), "page.txt")["title"] == "2012年度云崖省政府信息公开年度报告"


def test_kinds_each_broken_down_in_turn():
    """Each kind's own items after it ('机构类信息20条,内有领导成员10条、…'; '其中…') are not kinds of the whole."""
    ad, _ = active_disclosure("2023年度共新增主动公开政府信息50条。其中机构类信息20条,内有领导成员10条、机构职能4条、机构概况1条、"
                              "下属机构5条;工作类信息11条,其中镇街动态3条、计划总结3条、通知公告5条;政策文件类信息4条;民生事项类信息8条;"
                              "财政管理类信息7条。", "", "", 2023)
    assert [(c["name"], c["count"]) for c in ad["categories"]] == [
        ("机构类", 20), ("工作类", 11), ("政策文件类", 4), ("民生事项类", 8), ("财政管理类", 7)]


def test_an_organ_named_with_a_rare_character():
    """A township's name holding a character outside the common Han block ('塘㙍镇', U+3645): its government is named."""
    text = ("塘㙍镇2024年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,现公布云崖市塘㙍镇人民政府2024年政府信息"
            "公开工作年度报告。\n一、总体情况\n我镇推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市塘㙍镇人民政府"


def test_a_title_over_two_lines_on_a_mirror_that_lost_a_character_after_it():
    text = "青石旗2024年度\n政府信息公开年报?\n本年度报告根据《条例》要求制作。\n一、总体情况\n2024年,青石旗推进公开。\n"
    assert convert(text.encode(), "page.txt")["title"] == "青石旗2024年度政府信息公开年报"


@pytest.mark.parametrize("sentence, emails, websites", [
    # a blank before the top-level domain ('gov. cn'): the whole address, not one cut before it
    ("本报告的电子版可在青石区外事办公室门户网站(www.qsfao.gov. cn)下载。(电话:0471-4825765,电子信箱:qsfao @ qsfao.gov. cn)。",
     ["qsfao@qsfao.gov.cn"], ["www.qsfao.gov.cn"]),
    # a site printed in capitals
    ("我办政务网站WWW.QSJR.GOV.CN上可下载本报告的电子版。", [], ["WWW.QSJR.GOV.CN"]),
])
def test_addresses_printed_with_a_blank_or_in_capitals(sentence, emails, websites):
    from pipeline.extract.contacts import contacts
    found = contacts(sentence)
    assert (found["emails"], found["websites"]) == (emails, websites)


@pytest.mark.parametrize("place, issuer", [("青石盟", "青石盟"), ("青石地区", "青石地区")])
def test_a_league_or_prefecture_named_alone_issues_its_report(place, issuer):
    """A title naming only a league or prefecture ('X盟2024年…报告'): the league or prefecture, as the title names it (not a
    bureau the contact line names)."""
    text = (f"{place}2024年政府信息公开工作年度报告\n本年度报告电子版可以从{place}行政公署门户网站下载。如对本年度报告有疑问,请与"
            f"{place}行政审批政务服务与数据管理局联系。\n一、总体情况\n2024年,{place}推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_the_documents_issued_that_were_disclosed_before_the_information_disclosed():
    """'共发文20件,其中主动公开0件' counts documents; the year's whole is the information disclosed after it, named by the
    kinds it lists ('主动公开工作职责、领导班子…等信息88条')."""
    ad, _ = active_disclosure("全年,共发文20件,其中主动公开0件,依申请公开0件。通过区邮政管理局网站、区政府门户网站等途径主动公开工作"
                              "职责、领导班子、科室信息、公开指南、执法情况、行政审批等信息88条;未出台规章和规范性文件。", "", "", 2022)
    assert ad["total"] == 88


def test_a_font_widget_left_open_does_not_take_the_organs_line_below_it():
    """'来源: 发布时间:… 【字体:' over the document's own title under its organ's line: the widget's open bracket had run
    the organ's line into the field line, which was dropped with it, and the page's short headline stayed the title."""
    text = ("2017年区交通运输局政府信息公开工作年度报告\n\n来源: 发布时间:2018-03-08 00:00:00 【字体:\n  云崖市青石区交通运输局\n\n"
            "  2017年政府信息公开工作年度报告\n\n  本报告根据《中华人民共和国政府信息公开条例》规定编制。\n一、概述\n我局推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("云崖市青石区交通运输局2017年政府信息公开工作年度报告", "云崖市青石区交通运输局")


def test_a_phone_labelled_as_the_fax_too_with_its_number_word():
    from pipeline.extract.contacts import contacts
    found = contacts("如需咨询,请与青石县人民政府办公室联系。联系电话(传真号):0897-2622115。")
    assert (found["phones"], found["faxes"]) == (["0897-2622115"], ["0897-2622115"])


def test_a_covers_signature_under_its_title_below_the_pages_unlabelled_fields():
    """A Shanghai page printing its fields' values without their labels (索引号, 公开方式, 文号, 发布机构, 发布日期) above the
    cover, whose organ and date sign it under its title: the cover's date is the signed one."""
    text = ("2018年云崖市青浦区绿化局政府信息公开工作年度报告\nQE3903000-2019-015\n主动公开\n2019015\n青浦区绿化局\n2019.01.22\n"
            "2018年云崖市青浦区绿化局\n政府信息公开工作年度报告\n云崖市青浦区绿化局\n2018年12月31日\n引 言\n"
            "本年度报告由云崖市青浦区绿化局编制。\n一、概述\n本局推进公开。\n")
    assert convert(text.encode(), "page.txt")["signed_date"] == "2018-12-31"


def test_kinds_said_to_be_the_categories_of_what_was_disclosed():
    """'…公开政府信息类别:政策文件信息4条,…' lists kinds, though they fall far short of the year's whole (a sum_mismatch)."""
    text = ("青石镇2014年政府信息公开工作年度报告\n一、概述\n我镇推进公开。\n二、主动公开政府信息的情况\n(一)本机关主动公开政府信息的数量\n"
            "截至2014年12月31日,在县政府网站累计公开政府信息846条,其中本年度在县政府网站及本单位门户网站公开214条\n"
            "(二)主动公开政府信息的主要类别情况\n2014年在县政府网站公开政府信息类别:政策文件信息4条,政府决策23条,人事信息6条。\n")
    record = convert(text.encode(), "page.txt")
    ad = record["active_disclosure"]
    assert (ad["total"], [c["count"] for c in ad["categories"]]) == (214, [4, 23, 6])
    assert "sum_mismatch" in [i["code"] for i in record["issues"]]


@pytest.mark.parametrize("field_line", ["• 发文日期: 2021-03-30 09:12", "发文日期 2021-03-30 18:16:29",
                                        "发布机构: 市政府研究室 发文日期: 2021年03月30日"])
def test_a_pages_date_of_issue_is_its_date_where_it_prints_no_other(field_line):
    """A CMS labels the page's date 发文日期 ('发文日期: 2021-03-30', in a row of fields too): the published date, and no
    part of the publisher printed before it."""
    text = (f"云崖市人民政府研究室2020年政府信息公开工作年度报告\n{field_line}\n"
            "本报告由云崖市人民政府研究室编制。\n一、总体情况\n我室推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert record["published_date"] == "2021-03-30"
    assert record["source"].get("publisher") in (None, "市政府研究室")


def test_a_leading_groups_office_compiling_a_places_report():
    """'青石市2013年…报告' compiled by a leading group's office of the city on any work (not only disclosure): the city's
    report, named as its title names it."""
    text = ("青石市2013年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,本报告由青石市政府服务型政府建设工作"
            "领导小组办公室编制完成。\n一、总体工作情况\n2013年,青石市推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市"


def test_a_places_report_its_government_publishes_though_a_centre_compiled_it():
    """'青石市2022年…报告' from 来源: 青石市人民政府, compiled by the city's 政务服务中心: the city's, named as its title names it."""
    text = ("青石市2022年政府信息公开工作年度报告\n来源:青石市人民政府 时间:2023-02-10 11:54\n"
            "根据《中华人民共和国政府信息公开条例》要求,由青石市政务与外事服务中心编制完成本报告。\n一、总体情况\n2022年,全市推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市"


def test_an_organs_line_over_a_title_the_body_runs_on_from():
    """'X乡人民政府' over '2018年…年度报告 根据《条例》…' (the title and the body's first sentence on one line): the organ's
    line is the title's beginning."""
    text = ("青石乡人民政府\n2018年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》和省、市相关规定,特向社会公布"
            "2018年度本级政府信息公开工作年度报告。本报告由概述、主动公开政府信息情况等部分组成。\n一、概述\n我乡推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "青石乡人民政府2018年政府信息公开工作年度报告"


def test_the_organ_whose_years_work_the_report_sums_up():
    """An untitled opening that says the report sums up an organ's year ('全面总结X街道办事处2025年政府信息公开工作情况')
    names its issuer."""
    text = ("本报告根据《中华人民共和国政府信息公开条例》要求编制,全面总结云崖市青石区人民政府礼让街道办事处2025年政府信息公开工作情况。"
            "报告所列数据统计期限为2025年1月1日至12月31日。\n一、总体情况\n(一)主动公开工作扎实推进。持续更新本单位机构概况。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市青石区人民政府礼让街道办事处"


@pytest.mark.parametrize("sentence, issuer", [
    ("本报告是根据《中华人民共和国政府信息公开条例》要求,以2015年度云崖市青石区各政府信息公开工作机构的年度报告为基础编制而成。",
     "云崖市青石区人民政府"),
    ("本报告根据《中华人民共和国政府信息公开条例》要求,在2017年度云崖市各区人民政府和市政府各委、办、局的政府信息公开工作年度报告的"
     "基础上编制。", "云崖市人民政府"),
])
def test_a_report_compiled_from_the_reports_of_a_places_organs(sentence, issuer):
    """An untitled report compiled from the reports of a place's organs ('以X区各…机构的年度报告为基础编制') is the place's."""
    text = f"{sentence}\n本报告所列数据的统计期限自1月1日起至12月31日止。\n一、概述\n各公开机构推进公开。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("sentence", [
    "本报告由青石市人民政府办公室综合全市各级各部门政府信息公开工作年度报告和统计数据编制而成。",
    "本报告在2012年度青石市各区人民政府和市直各有关单位政府信息公开年度报告的基础上,由青石市人民政府办公室编制。",
])
def test_a_places_report_its_office_compiled_from_the_reports_of_its_organs(sentence):
    """'青石市2018年…报告' compiled by the city government's office from the reports of the city's organs: the city's
    report, its government's (not the office's own, which reports on the office)."""
    text = f"青石市2018年政府信息公开工作年度报告\n{sentence}\n一、基本情况\n我市推进公开。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市"


def test_kinds_under_a_heading_naming_them_break_the_whole_down():
    """'2、公开主要类别' over '其中机构设置2条,政策解读2条,…' (kinds not called information, adding up to the year's whole)."""
    ad, _ = active_disclosure("2019年我局在区政府信息公开发布平台公开信息31条。\n2、公开主要类别\n"
                              "其中机构设置2条,政策解读2条,政策法规1条、部门文件2条、知识产权4条、工作动态20条。", "", "", 2019)
    assert (ad["total"], [c["name"] for c in ad["categories"]]) == (31, ["机构设置", "政策解读", "政策法规", "部门文件", "知识产权", "工作动态"])


def test_a_date_of_issue_in_a_field_table_flattened_onto_the_bodys_line():
    """A crawler's one-line dump of a page whose field table prints '发布机构 | X | 发文日期 | 2018-02-28 |' before the body."""
    text = ("索 引 号 | 0144/2018-04736 | 分 类 | 政府信息公开年报 | 发布机构 | 市政府办 | 发文日期 | 2018-02-28 | 文 号 | 有 效 性 | "
            "根据《中华人民共和国政府信息公开条例》规定,现公布青石市人民政府2017年政府信息公开工作年度报告。 一、主要工作概述 我市推进公开。")
    assert convert(text.encode(), "page.txt")["published_date"] == "2018-02-28"


def test_the_kinds_of_organs_whose_reports_were_summed_name_no_place():
    """'…在综合汇总各旗县区和市各委、办、局…年度报告基础上编写' names no place: no issuer made of it."""
    text = ("本年度报告由市政府信息公开领导小组办公室在综合汇总各旗县区和市各委、办、局政府信息公开年度报告基础上编写而成。\n"
            "一、概述\n2013年,本市推进公开。\n")
    issuer = convert(text.encode(), "page.txt")["issuer"]
    assert issuer is None or "各" not in issuer


def test_a_date_line_with_an_authors_field_a_hit_count_and_a_font_widget():
    """'2015-12-30 00:00  稿件作者:   浏览量:- 【浏览字体:' under the headline: the page's date, no line of the body."""
    text = ("2015年青石区教育局政府信息公开年报\n\n2015-12-30 00:00  稿件作者:   浏览量:- 【浏览字体:\n\n"
            "根据《中华人民共和国政府信息公开条例》规定,编制青石区教育局2015年度政府信息公开工作年度报告。\n一、概述\n我局推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert record["published_date"] == "2015-12-30"
    assert not any("浏览" in p for p in record["preamble"])


def test_the_documents_own_title_opening_the_bodys_line_under_a_shorter_headline():
    """'2016年青石镇…报告' over 'X区青石镇人民政府2016年…报告 本年报是…' (the document's title, the body run on after it on
    one line): the fuller title, and the line stays the body's (its sections are read)."""
    text = ("2016年青石镇政府信息公开年度报告\n云崖区青石镇人民政府2016年政府信息公开年度报告 本年报是按照《中华人民共和国政府信息公开条例》"
            "要求编制。 一、概述 2016年以来,我镇推进公开。 二、政府信息主动公开情况 我镇主动公开政府信息50条。\n")
    record = convert(text.encode(), "page.txt")
    assert record["title"] == "云崖区青石镇人民政府2016年政府信息公开年度报告"
    assert [s["title"] for s in record["sections"]] == ["概述", "政府信息主动公开情况"]


def test_a_places_report_its_governments_office_compiled_and_the_offices_own_report():
    """'青石市2019年…报告' compiled by 青石市人民政府办公室 is the city's (the title's organ, as ../shared labels a zone's report its
    committee's office compiled); a document whose own title names the office under the page's headline is the office's."""
    text = ("青石市2019年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》要求,由青石市人民政府办公室编制。\n"
            "一、总体情况\n2019年,我市推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市"
    text = ("青石市2019年政府信息公开工作年度报告\n2019年青石市人民政府办公室\n政府信息公开年度报告\n本报告由青石市人民政府办公室编制。\n"
            "一、总体情况\n2019年,我办推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市人民政府办公室"


def test_an_address_label_printed_twice():
    from pipeline.extract.contacts import contacts
    found = contacts("如对本年报有疑问,受理单位:青石区延安街道办事处,地址地址:云崖市青石区交行名苑小区,邮编:132001,电话:65092906。")
    assert found["address"] == "云崖市青石区交行名苑小区"


def test_an_untitled_report_whose_body_opens_speaking_of_its_district():
    """No title; the body opens '2021年青石区政务公开工作坚持…', the text names 青石区人民政府 (its site, its office): the
    district's government (not for a department speaking as '我局')."""
    text = ("本年度报告的电子版可以从青石区人民政府网站下载。如对本报告有任何疑问,请与青石区人民政府办公室联系。\n一、总体情况\n"
            "2021年青石区政务公开工作坚持以习近平新时代中国特色社会主义思想为指导,严格落实《条例》。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石区人民政府"
    text = text.replace("严格落实《条例》。", "我局严格落实《条例》。")
    assert convert(text.encode(), "page.txt")["issuer"] != "青石区人民政府"


def test_the_kinds_a_whole_includes():
    """'主动公开政务信息37条,包括规划计划类信息3条占8.11%,…': the kinds after 包括 break the whole down (they had been taken
    for a sub-list of the whole, and dropped)."""
    ad, _ = active_disclosure("主动公开政务信息37条,包括规划计划类信息3条占8.11%,业务类信息15条占40.54%,政府开放日活动信息2条占5.41%,"
                              "重大行政决策5条占13.51%,其他类信息12条占32.43%。", "", "", 2023)
    assert (ad["total"], [c["count"] for c in ad["categories"]]) == (37, [3, 15, 2, 5, 12])


def test_a_title_marked_as_the_graphic_explanations():
    text = ("青石市余杭区2017年度政府信息公开工作年度报告(图解)\n发布时间:2018-03-29\n\n根据《中华人民共和国政府信息公开条例》规定,"
            "编制2017年度政府信息公开工作年度报告。\n一、概述\n全区推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("青石市余杭区2017年度政府信息公开工作年度报告", "青石市余杭区")


@pytest.mark.parametrize("sentence, issuer", [
    # the organ to contact directly, after a mailbox to write to ('…反映或直接与X局联系')
    ("我局报告2014年的政府信息公开工作。若对本报告有疑问,请通过云崖省统计局门户网站的意见箱反映或直接与云崖省统计局联系(联系电话:"
     "0591-87815137)。", "云崖省统计局"),
    # a county's disclosure office compiling an untitled report: the county's
    ("本报告依据《中华人民共和国政府信息公开条例》规定,由青石县政务公开办公室编制。", "青石县人民政府"),
    ("本年度报告由青石市政府信息公开领导小组办公室综合各县(市)区和市政府各部门的情况编制而成。", "青石市人民政府"),
    # the county's site the report is published on, the text speaking as the county
    ("本报告通过青石县人民政府网站(http://www.qingshi.gov.cn/)公布。2019年,我县深入贯彻新修订的《条例》。", "青石县人民政府"),
])
def test_the_organ_of_an_untitled_report(sentence, issuer):
    text = f"{sentence}\n一、总体情况\n全年推进公开。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_a_township_speaking_as_itself_on_its_countys_site():
    """'我乡人民政府…在“X县人民政府”网站上开辟的…专栏,发布公开信息': the county's government is no issuer of the township's."""
    text = ("我乡人民政府根据《条例》规定,特向社会公开2012年度政府信息公开年度报告。\n一、概述\n我乡在“青石县人民政府”网站上开辟的"
            "大埠乡专栏,发布公开信息,同时开通信息公开专用邮箱,公布联系电话。\n")
    assert convert(text.encode(), "page.txt")["issuer"] != "青石县人民政府"


def test_an_untitled_report_summing_up_its_countys_work():
    """'全面总结X县2019年度政府信息公开工作情况' and a body opening '2019年,X县深入…': the county's government."""
    text = ("根据《中华人民共和国政府信息公开条例》第五十条规定,全面总结青石县2019年度政府信息公开工作情况,现编制本年度报告。\n"
            "一、总体情况\n2019年,青石县深入学习领会党的十九大精神,推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石县人民政府"


def test_a_news_sites_headline_publishing_the_report():
    """'X省人民政府发布2010年…报告' (a news site's headline over the report): the report's title is without the verb."""
    text = ("云崖省人民政府发布2010年政府信息公开工作报告\n2011年05月26日14:35 | 中国发展门户网 www.chinagate.cn\n\n"
            "云崖省人民政府2010年政府信息公开工作报告\n根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、概述\n全省推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("云崖省人民政府2010年政府信息公开工作报告", "云崖省人民政府")


def test_porn_spam_above_a_mirrors_headline():
    text = ("中文字幕在线中乱码,青青青国产最新视频在线观看,无遮挡免费一级毛片视频\n云崖省人民政府2010年政府信息公开工作报告\n"
            "根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、概述\n全省推进公开。\n")
    assert "spam_removed" in [i["code"] for i in convert(text.encode(), "page.txt")["issues"]]


def test_the_site_a_bureau_disclosed_on_names_it():
    """An untitled report speaking as '我局' that disclosed on 'X局网站' ('在百色市投资促进局网站公开信息457条'): that bureau."""
    text = ("一、总体情况\n依法依规主动公开。2020年,我局在青石市投资促进局网站公开信息457条,严格按照网站管理绩效考评标准按时进行更新。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市投资促进局"


def test_a_bureaus_leading_group_compiling_an_untitled_report_is_no_places_body():
    text = "本报告由青石县教育局政务公开领导小组办公室编制。\n一、总体情况\n2019年,我局推进公开。\n"
    assert convert(text.encode(), "page.txt")["issuer"] != "青石县人民政府"


def test_a_casino_brand_pasted_over_the_compiling_office_leaves_the_place_titled():
    """A mirror pasted '澳门金沙集团' over the office's name ('由澳门金沙集团政务公开办公室…编制'): the brand goes, brand's
    '集团' too, and the office with no place named is the working body of the place the title names."""
    text = ("云崖市2016年政府信息公开工作年度报告\n日期:2017-03-24 13:56 来源:\n"
            "本年度报告依据《澳门金沙集团实施》的规定,由澳门金沙集团政务公开办公室综合市政府各部门的政府信息公开工作情况编制而成。\n"
            "一、概述\n2016年,云崖市政务公开工作稳步推进。\n")
    record = convert(text.encode(), "page.txt")
    assert record["issuer"] == "云崖市"
    assert "集团" not in record["preamble"][0]


def test_a_phone_after_the_office_it_rings():
    text = ("本年报由青石县生态环境局根据《中华人民共和国政府信息公开条例》的要求编制。联系电话:青石县生态环境局办公室 0792—6329579。\n"
            "一、概述\n2020年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["phones"] == ["0792-6329579"]


@pytest.mark.parametrize("text", [
    # the kinds one part of the year's whole holds
    "2020年主动公开政府信息264条。主动公开规范性文件0件。主动公开重点领域政府信息37条,其中统计信息14条,经济运行情况12条,统计公报1条。"
    "公开决策部署落实情况相关信息8条。2020年发布各类解读材料16条,公开新闻发布信息8条。",
    # the topics of one channel's posts, beside the whole
    "全年主动公开政务信息382条,包括政府网站35条,报刊等媒体上发布信息80条,“青石镇”微信公众号2443条,其中乡村振兴228条、民政社保45条、"
    "党建58条、纪检监察22条、妇联32条。",
])
def test_what_one_part_holds_is_no_breakdown_of_the_whole(text):
    disclosed = active_disclosure(text)[0]
    assert disclosed["categories"] == [] and disclosed["total"] in (264, 382)


def test_the_year_s_whole_broken_down_after_其中_still_is():
    disclosed, _ = active_disclosure("2020年主动公开政府信息264条,其中统计信息140条,经济运行情况120条,统计公报4条。")
    assert [c["count"] for c in disclosed["categories"]] == [140, 120, 4]


def test_a_name_of_no_known_kind_the_title_and_the_compiling_clause_both_give():
    """'青石二中2021年…报告' compiled '由青石二中编制': a school's short name, which no organ's ending marks."""
    text = ("青石二中2021年政府信息公开工作年度报告\n本报告是根据《中华人民共和国政府信息公开条例》要求,由青石二中编制。全文由总体情况等六部分组成。\n"
            "一、总体情况\n2021年,我校按照青石县政务公开工作要求推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石二中"


@pytest.mark.parametrize("title, text, issuer", [
    # a county or larger place the title names alone: the place as titled, its government's name printed or not
    ("青石县2017年政府信息公开工作年度报告", "2017年,青石县人民政府深入贯彻《条例》,推进公开。", "青石县"),
    ("云崖市2016年政府信息公开工作年度报告", "来源:云崖市人民政府\n本报告由云崖市人民政府办公室编制。", "云崖市"),
    ("2009年度云崖省政府信息公开工作报告", "全省推进公开。", "云崖省"),
    # a township by its government's name where the text prints it, as titled where it does not
    ("青石镇2015年政府信息公开工作年度报告", "2015年,青石镇人民政府贯彻政府信息公开工作要求。", "青石镇人民政府"),
    ("青石镇2015年政府信息公开工作年度报告", "2015年,我镇推进公开。", "青石镇"),
    ("2013年青石乡政府信息公开年度报告", "学习《条例》后,青石乡政府召开会议对贯彻实施工作进行了部署。", "青石乡政府"),
    # the organ the title names is named so
    ("青石县人民政府2017年政府信息公开工作年度报告", "2017年,我县推进公开。", "青石县人民政府"),
])
def test_a_place_the_title_names_alone_is_named_as_titled(title, text, issuer):
    """../shared's labels name a zone so titled as the title does ('平潭综合实验区', its 管委会 printed in the text too); this
    session's blind labels name counties, cities and provinces so 72 : 16, townships by their government where the text
    prints its name (4 : 0)."""
    record = convert(f"{title}\n{text}\n一、概述\n正文。\n".encode(), "page.txt")
    assert record["issuer"] == issuer


def test_a_cover_signing_under_the_title_names_the_government():
    text = "云崖市2010年政府信息公开工作年度报告\n云崖市人民政府\n2011年2月14日\n引 言\n本年度报告根据《条例》编制。\n一、概述\n正文。\n"
    record = convert(text.encode(), "page.txt")
    assert (record["issuer"], record["signed_date"]) == ("云崖市人民政府", "2011-02-14")


def test_an_email_with_a_blank_before_its_only_domain():
    from pipeline.extract.contacts import contacts
    assert contacts("联系电话:0825-5426979,电子邮箱:1583629898@qq. com)。")["emails"] == ["1583629898@qq.com"]


def test_a_kinds_count_called_its_数量():
    disclosed, _ = active_disclosure("2015年全县共公开政府信息1000条,概况类信息210条、计划总结类信息125条、其它信息数量665条。")
    assert [c["name"] for c in disclosed["categories"]] == ["概况类", "计划总结类", "其它"]


def test_a_betting_sites_withdrawal_words_pasted_into_an_organs_name():
    text = ("本报告是根据《中华人民共和国政府信息公开条例》要求,由365官方入口-app下载_mobile365-777_365提款一直在处理中人民政府办公室编制,"
            "时间截至2010年12月31日。全文包括主动公开政府信息情况。\n一、概述\n正文。\n")
    record = convert(text.encode(), "page.txt")
    assert not any("一直在处理中" in p for p in record["preamble"]) and record["issuer"] != "一直在处理中人民政府办公室"


def test_the_report_named_after_编写():
    text = ("根据《中华人民共和国政府信息公开条例》有关规定和要求,编写青石县2017年度政府信息公开工作年度报告。全文由概述等部分组成。\n"
            "一、概述\n2017年,我县推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("青石县2017年度政府信息公开工作年度报告", "青石县")


def test_a_count_over_a_span_of_years_is_not_the_years():
    text = ("2019年1-12月,制作政府信息总数217条,其中,主动公开文件数87条,依申请公开文件数128条。全文电子化的主动公开信息数87条。"
            "2003年-2018年主动公开政府信息491条,全文电子化率100%。")
    assert active_disclosure(text)[0]["total"] == 87


def test_a_zones_kind_alone_names_no_issuer():
    text = ("根据《中华人民共和国政府信息公开条例》规定,现将2013年我区信息公开情况报告如下:\n一、概述\n"
            "开发区政府信息公开工作在党工委、管委会直接领导下开展,由宣传局处理日常的信息公开事务。\n")
    assert convert(text.encode(), "page.txt")["issuer"] is None


def test_a_field_blocks_bare_dotted_date_under_the_headline():
    """Values without their labels under the headline ('无' / '主动公开' / '无' / '无' / '2023.01.30'): the date is the page's."""
    text = ("2022年云崖市青石区建设和管理委员会政府信息公开工作年度报告\n无\n主动公开\n无\n无\n2023.01.30\n"
            "本年度报告根据《中华人民共和国政府信息公开条例》要求,由云崖市青石区建设和管理委员会编制。\n一、总体情况\n正文。\n")
    assert convert(text.encode(), "page.txt")["published_date"] == "2023-01-30"


def test_what_public_enterprises_disclose_is_no_whole():
    text = ("2022年,通过门户网站发布信息1871条。其中,政务动态信息789条,概况类信息82条,政务专题信息713条。加强全县公共企事业单位信息公开,"
            "组织各主管部门编制发布公共企事业信息86条,其中,公共企事业单位信息公开指南7条。")
    disclosed, _ = active_disclosure(text)
    assert disclosed["total"] != 86 and [c["count"] for c in disclosed["categories"]] == [789, 82, 713]


def test_a_closing_quote_whose_opening_one_a_mirror_lost():
    disclosed, _ = active_disclosure("全年公开政府信息20条,其中组织机构”1条、部门文件”3条、财政信息”16条。")
    assert [c["name"] for c in disclosed["categories"]] == ["组织机构", "部门文件", "财政信息"]


def test_the_letter_sending_a_place_titled_report_signs_it():
    text = ("云崖市人民政府关于报送云崖市2020年度政府信息公开工作年度报告的函\n省政府信息公开办:\n现将《云崖市2020年度政府信息公开工作年度报告》报来,"
            "请审示。\n云崖市人民政府\n2021年3月3日\n云崖市2020年度政府信息公开工作年度报告\n本年度报告根据《条例》编制。\n一、总体情况\n正文。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市人民政府"
    # a site's banner naming the government over the page is no signature
    text = "云崖市人民政府\n政府信息公开\n云崖市2017年政府信息公开工作年度报告\n发布时间:2018-03-27\n2017年,全市推进公开。\n一、概述\n正文。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市"


def test_the_last_of_two_sites_a_bureau_disclosed_on_names_it():
    text = ("一、总体情况\n2020年,我厅推进公开。细化梳理后的办事指南已在云崖省网上办事大厅和云崖省农业农村厅门户网站上对外公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖省农业农村厅"


def test_counts_by_the_organs_publishing_are_no_kinds():
    text = ("2010年,全市各类公开主体共发布信息237482条,其中,市政府各部门发布信息90932条,占全市发布总量的38.29%;县、区政府及其部门发布信息"
            "146550条,占总量的61.71%。")
    assert active_disclosure(text)[0] == {"total": 237482, "categories": []}


def test_a_phone_with_a_horizontal_bar_and_a_misprinted_postcode():
    """'0631―7562100' (U+2015 for its dash); a postcode printed with seven digits is none ('2362400'), not its first six."""
    from pipeline.extract.contacts import contacts
    found = contacts("(地址:青石市韦德东路9号;邮编:2362400 ;电话:0631―7562100;传真:0631―7562101)。")
    assert (found["postcode"], found["phones"], found["faxes"]) == (None, ["0631-7562100"], ["0631-7562101"])


def test_a_notice_publishing_the_report_above_its_title_signs_it():
    """The office's notice ('X办公室关于公布' / 'Y2009年度…报告的通知', its 文号 and date) over the report's own title: the
    notice's organ and date sign the report, though the report's title names its place alone."""
    text = ("青石市人民政府办公室关于公布\n青石市2009年度政府信息公开工作年度报告的通知\n(青政办发〔2010〕3号)\n各县(区)人民政府,市直各单位:\n"
            "按照《条例》要求,我办编制了《青石市2009年度政府信息公开工作年度报告》,现予公布。\n二〇一〇年一月十九日\n"
            "青石市2009年度政府信息公开工作年度报告\n根据《条例》要求,特编制本年度报告。\n一、概述\n2009年,我市推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"], record["doc_number"], record["signed_date"]) == (
        "青石市2009年度政府信息公开工作年度报告", "青石市人民政府办公室", "青政办发〔2010〕3号", "2010-01-19")


def test_a_breadcrumb_of_two_steps_is_no_title():
    text = ("政府信息公开专栏\n青石新区管理委员会政府信息公开专栏  >>  年度报告\n根据《条例》,特向社会公布2015年度青石高新区信息公开年度报告。"
            "本报告由情况概述组成。\n一、概述\n2015年,我区推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("2015年度青石高新区信息公开年度报告", "青石高新区")


def test_a_kinds_list_opened_by_what_it_mainly_is():
    """'其中主要是X信息19条' (here misprinted '其实'): the words leading the list are no part of the first kind."""
    disclosed, _ = active_disclosure("2020年,我乡在网站公开信息40条。其实主要是机构信息19条、工作类信息15条、财务类信息6条等。")
    assert [c["name"] for c in disclosed["categories"]][:1] == ["机构"]


def test_the_proactive_part_of_a_whole_with_other_counts_after_it():
    text = ("截至2017年12月31日,2017年度共公开的政府信息48条,其中,主动公开信息23条,制发规范性文件总数2件,通过不同渠道和方式公开政府信息23条,"
            "回应解读情况0次,依申请公开信息0件。")
    assert active_disclosure(text)[0]["total"] == 23


def test_a_date_in_brackets_right_under_the_title_signs_the_report():
    text = ("2015年青石市政府信息公开工作年度报告\n发布日期: 2016- 03- 14 14: 36: 12 浏览次数: 来源: 青石市人民政府办公室\n"
            "2015年青石市政府信息公开工作年度报告\n(2016年3月5日)\n本年报根据《条例》编制而成。\n一、概述\n2015年,我市推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["signed_date"], record["published_date"]) == ("2016-03-05", "2016-03-14")


def test_a_place_a_title_names_after_its_year_issues_the_report_its_office_compiled():
    """As for 'X市2012年…' (session 47): '2012年度X市政府信息公开…' compiled by X市人民政府办公厅 is the place's."""
    text = "2012年度青石市政府信息公开年度报告\n本报告由青石市人民政府办公厅编制。\n一、概述\n2012年,全市推进公开。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市"


def test_a_betting_list_sites_name_and_the_sports_lotterys_put_for_names_are_spam():
    text = ("博彩平台网址大全2009年政府信息公开年度报告\n本年度报告由博彩平台网址大全编制。\n一、概述\n2009年,我委将需要公开的信息尽量在第一时间内"
            "在我委门户网站上予以公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("2009年政府信息公开年度报告", None)
    assert any(i["code"] == "spam_removed" for i in record["issues"])
    text = "现将中国体育彩票市统计局2019年政府信息公开工作年度报告向社会公布。\n一、总体情况\n2019年,我局推进公开。中国体育彩票市场平稳。\n"
    record = convert(text.encode(), "page.txt")
    assert "中国体育彩票市统计局" not in (record["title"] or "") and "中国体育彩票市场平稳" in record["sections"][0]["text"]


def test_a_contact_office_of_a_name_holding_a_会_gives_the_whole_name():
    text = ("本年报依据2011年度云崖省人力资源和社会保障厅政府信息公开情况编制。如对本年报有任何疑问,请与云崖省人力资源和社会保障厅办公室联系"
            "(地址:云崖市东路44号;邮编:350001)。\n一、概述\n2011年,我厅推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖省人力资源和社会保障厅"


def test_a_shanghai_cover_under_a_title_cut_over_two_lines_is_no_title():
    text = ("2012年云崖市青石区宜川路街道\n  政府信息公开工作年度报告\n  云崖市青石区宜川路街道\n  2012年12月31日\n  引 言\n"
            "  本年度报告由云崖市青石区宜川路街道编制。\n  一、概 述\n  2012年,街道推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["signed_date"]) == ("2012年云崖市青石区宜川路街道政府信息公开工作年度报告", "2012-12-31")


def test_a_kinds_note_between_its_name_and_its_信息():
    text = ("我街道2018年全年主动公开政府信息250条。其中:1.组织机构类信息5条;2.工作文件类(包括规范性文件、政策解读等)信息10条;"
            "3.政务动态类信息118条;4.其他信息117条。")
    assert [c["count"] for c in active_disclosure(text)[0]["categories"]] == [5, 10, 118, 117]


def test_a_wiki_copys_档案文号_field_and_the_documents_own_title_under_its_organs_line():
    text = ("青石市教育局2011年度政府信息公开工作年度报告\n基本介绍中文名:青石市教育局2011年度政府信息公开工作年度报告\n发布机构:青石市教育局\n"
            "档案文号:青教综〔2011〕269号\n发布日期:2012年1月6日\n一、概述\n2011年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["doc_number"] == "青教综〔2011〕269号"
    text = ("当前位置:首页\n> 政府信息公开年报\n青石镇人民政府2022年度政府信息公开工作年度报告\n青石镇人民政府\n2022年政府信息公开工作年度报告\n"
            "本报告由青石镇人民政府编制。\n一、总体情况\n2022年,我镇推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "青石镇人民政府2022年政府信息公开工作年度报告"


def test_a_report_saying_what_it_is_under_a_mirrors_field_naming_a_notice():
    text = ("索 引 号:\n目录名称:发展改革物价\n内容概述:关于印发2017年第二批投资工程包实施方案的通知\n发布机构:\n发文日期:2015-02-25\n"
            "本报告根据《中华人民共和国政府信息公开条例》规定编制,内容包括主动公开政府信息情况。本报告所列数据的统计期限自2014年1月1日起至"
            "2014年12月31日止。\n2014年,我市推进公开。\n")
    assert convert(text.encode(), "page.txt")["report_year"] == 2014


def test_a_kinds_count_word_数_is_no_part_of_its_name():
    disclosed, _ = active_disclosure("2022年,我乡共主动公开政府信息64条,其中主动公开规划计划数2条,其他62条。")
    assert [c["name"] for c in disclosed["categories"]] == ["规划计划", "其他"]


def test_a_townships_party_committee_and_government_opening_the_body_name_the_township():
    text = ("本年度报告根据《条例》要求编制。\n一、概述\n2016年青石乡党委政府高度重视政府信息公开工作,将其作为接受监督的重要形式。\n")
    assert convert(text.encode(), "page.txt")["issuer"] in ("青石乡", "青石乡人民政府")


def test_a_bureaus_centre_answering_for_it_and_dots_printed_as_full_stops():
    from pipeline.extract.contacts import contacts
    text = ("本报告根据《条例》编制。如对本报告有任何疑问,请与云崖省公安厅政务公开与信息发布中心联系(地址:云崖市八一路110号,邮编:410001)。\n"
            "一、概述\n2012年,我厅推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖省公安厅"
    found = contacts("本报告电子版可在www.ylwsj。gov。cn下载。如有疑问请联系(电子邮箱:ylwsj@163。com)。")
    assert (found["websites"], found["emails"]) == (["www.ylwsj.gov.cn"], ["ylwsj@163.com"])


def test_a_column_before_an_organs_site_names_no_site_owner_and_a_title_losing_its_年_stays_under_the_headline():
    text = ("一、概述\n局领导高度重视。\n二、公开形式\n在市政府信息公开栏目及云崖市卫生局门户网站上保持及时更新。我局推进公开。\n")
    assert "栏目" not in (convert(text.encode(), "page.txt")["issuer"] or "")  # (a guard: the real page's case needs its whole text)
    text = ("云崖市青石区2018年政府信息公开工作年度报告\n发布日期:2019-03-20\n云崖市青石区2018政府信息公开工作年度报告\n"
            "本报告由区政府办公室编制。\n一、总体情况\n2018年,我区推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "云崖市青石区2018年政府信息公开工作年度报告"


def test_a_betting_sites_backup_address_put_for_an_organs_name_is_spam():
    text = ("本年度报告由bt365备用网址办公室编制。如对本报告有任何疑问,请联系bt365备用网址办公室信息服务中心。\n一、概述\n2013年,我县推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert record["issuer"] is None and any(i["code"] == "spam_removed" for i in record["issues"])


def test_an_update_date_a_wiki_infoboxs_name_and_a_clause_verb_before_a_place():
    text = ("青石区前进街道2020年政府信息公开工作年度报告\n更新日期:2021-01-20 信息来源:青石区政务公开办 浏览:\n本年度报告根据《条例》编制。\n"
            "一、总体概述\n2020年以来,街道认真执行《条例》规定。\n")
    assert convert(text.encode(), "page.txt")["published_date"] == "2021-01-20"
    text = ("根据《条例》的要求,特向社会公布2013年青石区政府信息公开年度报告。全文包括概述。\n基本介绍\n- 中文名:云崖市青石区2013年政府信息公开年度报告\n"
            "- 时间:2013年\n一、概述\n2013年,我区推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "云崖市青石区2013年政府信息公开年度报告"
    text = ("根据《条例》等规定,编制云崖市2021年政府信息公开工作年度报告。\n一、总体情况\n2021年,云崖市坚持依法公开。组织各级各部门公开信息29116条;"
            "督促指导青石区编制《青石区深化政务公开实施方案》,有序开展试点。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市"


def test_a_kinds_leading_等_after_a_note_and_its_trailing_发布_and_a_domain_put_into_a_postal_address():
    text = ("2022年,我县通过县政府门户网站主动公开各类信息,累计发布(青府发、青府办发)等政策文件89条,政策解读22条。")
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]][:1] == ["政策文件"]
    text = "2024年,县政府网站累计发布各类政务信息300条,其中发布概况类信息32条,信息公开目录发布116条,解读信息发布152条。"
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]][1:] == ["信息公开目录", "解读信息"]
    text = ("本年度报告根据《条例》编制。如对本年报有任何疑问,请与本单位联系,地址:puroview.com青石街道环城东路255号党政综合办公室,"
            "电话:0577-67026029。\n一、总体情况\n2019年,街道推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert record["contacts"]["address"] == "青石街道环城东路255号党政综合办公室"


def test_an_editor_field_under_the_title_is_no_title_with_the_body_below():
    text = ("政府信息公开\n云崖市公安局信息公开\n云崖市公安局2016年度政府信息公开工作情况报告\n发文时间\n2017年01月20日 15:57:00\n来源\n"
            "云崖市公安局\n编辑\n市公安局\n 2016年以来,云崖市公安局按照《中华人民共和国政府信息公开条例》的规定和市政府有关会议、通知精神,"
            "高度重视公安政务信息公开工作,组织全市各地公安机关进一步健全领导和工作机构,制定了政府信息公开的各项工作制度。现将具体公开情况报告如下:\n一、主动公开信息情况\n2016年,市公安局推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "云崖市公安局2016年度政府信息公开工作情况报告"


def test_a_generated_date_is_no_signed_date_and_a_two_digit_year_with_slashes():
    text = ("云崖市青石区发展改革局2016年政府信息公开工作年度报告\n索  引  号: 11620403013912770D/2017-172787 生成日期: 2017-03-20 17:44:02\n"
            "本报告根据《条例》编制。\n一、概述\n2016年,我局推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["signed_date"], record["published_date"]) == (None, "2017-03-20")
    text = ("青石镇2017年政府信息公开工作年度报告\n    • 公文生成日期:2018-01-02\n    时间:2018-01-15 10:38\n"
            "本报告根据《条例》编制。\n一、概述\n2017年,我镇推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["signed_date"], record["published_date"]) == ("2018-01-02", "2018-01-15")
    text = ("索引号: 016006562/2021-02605 发布机构: 青石镇\n生成日期: 2021-01-26 公开方式: 主动公开\n公开范围: 面向全社会\n"
            "青石区青石镇人民政府2020年度政府信息公开年度报告\n发布时间: 2021-01-26 11:26:48 浏览次数:\n本报告根据《条例》编制。\n"
            "一、总体情况\n2020年,我镇推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["signed_date"], record["published_date"]) == (None, "2021-01-26")
    text = ("青石县林业和草原局2020年政府信息公开工作年度报告\n发布日期:21/01/26 10:42:59 作者:林草局 点击数: 来源:\n"
            "本报告根据《条例》编制。\n一、总体情况\n2020年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["published_date"] == "2021-01-26"


def test_kinds_after_分别包括_and_a_betting_brands_game_platform_in_an_address():
    text = "从2020年1月至12月全年公开信息18条,分别包括政府领导信息3条、卫生类3条,民生公益类信息4条、安全生产监管类2条,城乡建设类6条。"
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]][:1] == ["政府领导信息"]
    text = ("本报告根据《条例》编制。如对本报告有任何疑问,请联系:地址:bt365游戏平台政务公开办公室(云崖省青石市九台大街67号),邮编:130500。\n"
            "一、概述\n2016年,我区推进公开。\n")
    assert "游戏" not in convert(text.encode(), "page.txt")["contacts"]["address"]


def test_a_sites_first_kind_after_its_verb_and_a_list_after_全面公开():
    text = ("经统计,2022年云崖市统计局门户网站发布概况类信息36条,政务动态类信息87条,信息公开目录信息211条,政策解读1条,"
            "“云崖统计”微信公众号发布信息151条。")
    assert [c["count"] for c in active_disclosure(text)[0]["categories"]] == [36, 87, 211, 1]
    text = "2020年,我办围绕中心工作,全面公开市政府专题会议、常务会议信息72条,督查督办信息22条,放管服改革及地方金融信息23条。"
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]][0] == "市政府专题会议、常务会议信息"


def test_a_kind_after_the_organ_speaking_as_its_kind_and_its_verb():
    text = ("2024年我委门户网站共公开信息120条,其中:部门动态30条;政府信息公开指南1条;2024年我委更新概况信息31条;规划信息2条;"
            "政策解读37条;部门文件19条。")
    disclosed = active_disclosure(text)[0]
    assert (disclosed["total"], [c["name"] for c in disclosed["categories"]][:3]) == (120, ["部门动态", "政府信息公开指南", "概况信息"])
    text = "2022年,我委共公开信息20条,其中发布文件通知8条、分别以文字解读和图片解读3条,生活必需品价格运行情况分析9条。"
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]][1] == "文字解读和图片解读"


def test_a_letter_sending_the_report_above_it_signs_it_and_gives_way_to_its_title():
    text = ("青政办〔2018〕32号\n青石市人民政府办公室\n关于上报《青石市2017年度政府信息公开\n工作年度报告》的报告\n州政府信息与政务公开办公室:\n"
            "根据《中华人民共和国政府信息公开条例》和州政府办公室《关于做好2017年政府信息公开工作年度报告编制发布工作的通知》(青政办秘〔2018〕"
            "14号)有关要求,现将《青石市2017年政府信息公开工作年度报告》报上,请审示。\n2018年3月9日\n"
            "青石市2017年政府信息公开工作年度报告\n引 言\n本年度报告由青石市人民政府办公室编制。\n一、概述\n2017年,我市推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"], record["signed_date"], record["doc_number"]) == (
        "青石市2017年政府信息公开工作年度报告", "青石市人民政府办公室", "2018-03-09", "青政办〔2018〕32号")
    text = ("文章播报\n青政〔2012〕27号\n青石镇人民政府\n关于报送《2011年政府信息公开年度报告》的报 告\n云崖县人民政府办公室:\n"
            "现上报我镇《2011年政府信息公开年度报告》。\n附:《2011年政府信息公开年度报告》\n二〇一二年四月三十日\n"
            "2011年政府信息公开年度报告\n本年报由云崖县青石镇编制。\n一、概述\n2011年,我镇推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"], record["signed_date"]) == ("2011年政府信息公开年度报告", "青石镇人民政府", "2012-04-30")


def test_an_articles_number_is_no_count_and_the_wholes_breakdown_outranks_a_later_list_of_other_counts():
    text = ("本报告是根据《中华人民共和国政府信息公开条例》第23条和《北京市政府信息公开规定》第36条规定的具体要求,由青石镇人民政府编制的"
            "2016年度政府信息公开年度报告。")
    assert active_disclosure(text)[0]["categories"] == []
    text = ("(一)主动公开方面。2023年,在县政府门户网站主动公开政务信息共6931条,其中概况类信息124条,政务动态信息2239条,"
            "信息公开目录信息2009条。解读信息发布总数5条,意见征集数6条,专题专栏维护数16条,新开设专栏数量2条。")
    disclosed = active_disclosure(text)[0]
    assert (disclosed["total"], [c["count"] for c in disclosed["categories"]]) == (6931, [124, 2239, 2009])


def test_a_doc_number_without_brackets_under_the_headline_for_any_code():
    text = ("青石县卫生健康局2019年政府信息公开工作年度报告\n    时间:2020-01-07 17:33\n     卫综20201\n"
            "    青石县卫生健康局2019年政府信息公开工作年度报告\n本报告根据《条例》编制。\n一、总体情况\n2019年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["doc_number"] == "卫综〔2020〕1号"


def test_sections_numbered_only_in_arabic_numerals_and_not_a_list_under_a_heading_so_numbered():
    text = ("青石县科技局2018年政府信息公开工作年度报告\n发布时间:2020-06-22\n今年以来,我局认真贯彻落实工作机制。\n"
            "1、政府信息公开工作基本概况。为深入推行政府信息公开,局信息公开工作由分管副局长负责。\n2、主动公开政府信息的情况。一年来,我局共主动公开政府信息12条。\n"
            "3、依申请公开政府信息和不予公开政府信息的情况。一年来,未收到申请。\n4、政府信息公开的收费及减免情况。不收费。\n")
    assert [(s["number"], s["title"]) for s in convert(text.encode(), "page.txt")["sections"]] == [
        ("一", "政府信息公开工作基本概况"), ("二", "主动公开政府信息的情况"), ("三", "依申请公开政府信息和不予公开政府信息的情况"),
        ("四", "政府信息公开的收费及减免情况")]
    text = ("青石街道办事处\n2023年政府信息公开工作年度报告\n本年度报告根据《条例》要求编制。\n1、 总体情况\n2023年度,青石街道推进公开。\n"
            "1、 主动公开。全年发布各类信息四十余条。\n2、 依申请公开。未收到申请。\n3、 政府信息管理。及时做好公开工作。\n")
    assert convert(text.encode(), "page.txt")["sections"] == []


def test_a_revision_mark_after_the_title():
    text = ("青石县长湖乡2018年政府信息公开年度报告(修改)\n来源:长湖乡   2019-05-08 11:28\n浏览量:1 | | | |\n"
            "《中华人民共和国政府信息公开条例》颁布实施以来,我乡扎实推进政府信息公开工作。现将2018年工作情况报告如下:\n一、情况概述\n我乡推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("青石县长湖乡2018年政府信息公开年度报告", "青石县长湖乡")


def test_a_mediums_count_after_a_part_naming_the_medium_is_no_whole():
    text = ("2024年,市商务局网站信息发布量达1019篇,内容涵盖政策解读、工作动态等。同时,高度重视政务新媒体建设,借助“青石商务”微信公众号,"
            "累计发布各类信息345篇。")
    assert active_disclosure(text)[0]["total"] is None


def test_a_street_or_township_without_a_title_naming_it_is_named_with_its_county_as_the_text_prints_it():
    text = ("2022年,青湖街道办事处按照中央、省、市、区的要求,不断拓展公开内容。\n本年度报告根据《条例》编制,如对本报告有任何疑问,请联系"
            "青石市云崖区青湖街道办事处(办公地址:青石市云崖区创业大街76号,邮政编码:130062)。\n一、总体情况\n青湖街道推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市云崖区青湖街道办事处"
    text = ("索 引 号 : 主题分类: 综合政务\n发布机构: 云崖县长湖镇人民政府 成文日期: 2023-01-16\n标  题: 长湖镇2022年政府信息公开工作年度报告\n"
            "发文字号: 发布日期: 2023-01-16\n\n长湖镇2022年政府信息公开工作年度报告\n\n  一、总体情况\n\n  2022年,长湖镇认真贯彻《条例》。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖县长湖镇人民政府"
    # (a title naming the street keeps its name as printed)
    text = ("长湖街道办事处2023年政府信息公开工作年度报告\n2023年度,长湖街道推进公开。如有疑问请联系云崖区长湖街道办事处。\n一、总体情况\n"
            "长湖街道推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "长湖街道办事处"


def test_a_verb_setting_up_a_body_and_a_clause_on_where_the_data_come_from_name_no_organ():
    text = ("根据《中华人民共和国政府信息公开条例》要求,特向社会公布区水利局政府信息公开工作年度报告。\n一、概述\n"
            "根据人事变动,调整充实区水利局政府信息公开工作领导小组和办公室成员,完善相关工作制度。\n")
    assert convert(text.encode(), "page.txt")["issuer"] != "调整充实区水利局"
    text = ("本报告是根据《中华人民共和国政府信息公开条例》编制。本报告所列数据来自全市编制发布政府信息公开工作年度报告的单位,"
            "统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n全市推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] is None


@pytest.mark.parametrize("text, total, categories", [
    # each kind named with 信息公开 after it, one a long list of fields
    ("全年通过区政府信息公开网站共公开信息314条,其中,人员招录信息公开3条,财政预算、决算信息公开2条,政府性基金预算财政拨款收入支出决算表、"
     "机构运行信息表和封面代码信息公开1条,疫情信息公开8条,环境保护信息公开20条。", 314, [3, 2, 1, 8, 20]),
    # by channel, not by kind
    ("2020年我局主动公开政府信息1340条,其中政务信息公开网554条,其它方式61条。", 1340, []),
    # changes on the year before
    ("2018年,青石乡通过政府信息平台主动公开信息共287条,同比增量21条。其中通过政府网站公开政府信息123条,同比减少55条;通过微博公开政府信息"
     "15条,同比增加6条,其他方式公开政府信息数14条,同比减少1条。", 287, []),
    # a change after a kind's count, a note on it
    ("全年主动公开政府信息共3637条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条。", 3637, [3121, 412]),
    # a kind named after the fields describing it
    ("2024年主动公开各类政府信息64条,其中,机构职责和领导分工3条;包含安全教育、师德师风建设、学前教育等信息的部门文件28条;工作动态10条;"
     "涉及招生、幼儿园评估等信息的通知公告23条。", 64, [3, 28, 10, 23]),
    # a note on what each kind includes, with its share, between the kinds
    ("在主动公开的信息中,机构职能类信息115条,主要是有关单位机构职责、机构信息和机构设置等内容,占总体的比例为1.07%;法规文件类信息259条,"
     "主要是有关单位制定的规范性文件和其他文件,占总体的比例为2.41%;规划计划类信息78条,主要是规划和计划,占总体的比例为0.73%。", None, [115, 259, 78]),
    # what was sent up and pushed are acts, not kinds; a lead with 了, or to the public
    ("2019年,青湖街道通过区政府门户网站上报信息114条,审发推送71条,其中工作动态67条、规划计划1条、政策文件2条、应急管理1条;通过官方微博"
     "“青湖发布”分别发布各类信息92条。", 71, [67, 1, 2, 1]),
    ("2023年,全乡各部门在县人民政府网站上主动公开政府信息共计58条。其中:包括了机构职能1条,政府信息公开年报1条、财政预决算2条、"
     "补贴类信息54条。", 58, [1, 1, 2, 54]),
    # a column in quotes releasing its items names the kind
    ("截至2016年12月31日,我乡主动公开政府信息93条。在主动公开的信息中,“财政预算-决算”栏目共发布消息2条,政府工作动态20条、计划总结44条、"
     "其他信息27条。", 93, [2, 20, 44, 27]),
    # the year's new items, their unit lost before their breakdown, after what the platform holds
    ("我局在政务网站设立的政府信息公开平台共发布信息3642条,全文电子化达100%,本年度新增的主动公开信息212,其中公文类信息197条。", 212, [197]),
    # a site's sub-site releasing a kind names the channel, not the kind
    ("2015年度,主动公开信息总数373条,青石之窗门户网站部门子站发布通知公告186条,工作动态143条,“红头文件”44条。", 373, [186, 143, 44]),
    # how the applications were answered
    ("2017年,我局主动公开政府信息360条。2017年,我局共收到政府信息公开申请63项,全部在规定时限内予以答复,其中属于已经主动公开的2项,"
     "同意公开的9项,重复申请的1项。", 360, []),
])
def test_kinds_named_with_their_act_and_counts_that_are_not_kinds(text, total, categories):
    disclosed = active_disclosure(text)[0]
    assert (disclosed["total"], [c["count"] for c in disclosed["categories"]]) == (total, categories)
    assert not any("等信息的" in c["name"] or c["name"][:1] == "了" or c["name"] == "消息" or "子站" in c["name"] for c in disclosed["categories"])


def test_a_date_written_by_hand_under_the_title_dates_the_report_not_the_page():
    text = ("青石镇年报出炉 全文\n2017年上海市青石区长湖镇\n政府信息公开工作年度报告\n2018年1月23日\n【引 言】\n"
            "本年度报告是根据《中华人民共和国政府信息公开条例》要求,由上海市青石区长湖镇人民政府编制。\n一、概述\n长湖镇推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["published_date"], record["signed_date"]) == (None, "2018-01-23")
    text = ("2016年上海市青石区长湖镇人民政府信息公开工作年度报告\n索引号 | XF1300000-2017-002 | 发布机构 | 长湖镇 |\n"
            "公开类别 | 主动公开 | 发布时间 | 2017-01-25 |\n2016年上海市青石区长湖镇人民\n政府信息公开工作年度报告\n2017年1月10日\n引 言\n"
            "本年度报告是根据《中华人民共和国政府信息公开条例》要求编制。\n一、概述\n长湖镇推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["published_date"], record["signed_date"]) == ("2017-01-25", "2017-01-10")


def test_what_an_account_with_its_followers_counted_released_is_no_whole():
    text = ("(一)主动公开情况\n2023年,我镇政府网站共发布1722条信息,其中政务动态55条,公共公示544条,重点领域公开242条,总浏览次数2912万次。"
            "“青石灯都”微信公众号目前粉丝数83035,年内发布微信推文760篇;“青石灯都”南方+于2020年5月19日开通,目前订阅数9152,年内共发布信息125条,"
            "阅读量达到13万次。\n")
    assert active_disclosure(text, proactive=text)[0]["total"] != 125


def test_a_covers_organ_spaced_out_over_its_date_signs_the_report():
    text = ("青 石 县 人 民 政 府\n2011年3月10日\n引 言\n本年度报告是根据《中华人民共和国政府信息公开条例》要求,由云崖市青石县编制。\n"
            "一、概述\n2010年,我县推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["issuer"], record["published_date"], record["signed_date"]) == ("青石县人民政府", None, "2011-03-10")


def test_the_reports_name_opening_the_sentence_on_what_it_holds_is_its_title():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》要求,由青石县政府办公室编制。2017年度青石县政府信息公开年度报告全文包括:概述、"
            "主动公开政府信息情况、依申请公开政府信息办理情况。\n一、概述\n2017年,我县推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("2017年度青石县政府信息公开年度报告", "青石县")


def test_a_pages_written_or_generated_date_dates_the_document_not_the_page():
    text = ("索引号: | 330803-055/2020-42609 | 公开方式: | 主动公开 | ||\n发布单位: | 长湖镇 | 成文日期: | 2020-01-30 | ||\n"
            "一、总体情况\n本年度政府信息公开年度报告,根据《条例》编制。长湖镇推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["published_date"], record["signed_date"]) == (None, "2020-01-30")
    text = ("信息名称: 青石部办公厅关于2017年青石部政府信息公开工作年度报告的公告\n信息索引: 360A01-99-2018-0004-1 生成日期: 2018-03-30 "
            "发文机构: 青石部办公厅\n2017年,青石部认真学习贯彻条例。\n一、概述\n青石部推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["published_date"], record["signed_date"]) == (None, "2018-03-30")


@pytest.mark.parametrize("one_line", [False, True])
def test_a_headings_note_in_brackets_stays_in_its_title_in_a_one_line_body(one_line):
    """'一、概述(2017年政府信息公开工作开展情况) 根据…': a copy that ran the body into one line had cut the title at '概述'.
    A subsection's number after a title ('总体情况（一）…') is no note."""
    lines = ["青石街道2017年度政府信息公开年度报告", "本年报由青石街道办事处编制。", "一、概述(2017年政府信息公开工作开展情况)",
             "根据要求,本街道重新成立了领导小组。", "二、主动公开政府信息的情况（一） 主动公开", "2017年主动公开信息100条。"]
    text = lines[0] + "\n" + (" ".join(lines[1:]) if one_line else "\n".join(lines[1:])) + "\n"
    record = convert(text.encode(), "page.txt")
    assert [s["title"] for s in record["sections"]] == ["概述(2017年政府信息公开工作开展情况)", "主动公开政府信息的情况"]


def test_what_was_sent_to_a_medium_is_an_act_not_a_kind():
    text = ("3.主动公开情况。2018年,我街道网站、报纸等媒体公开政府信息200余条次,向区手机报报送工作动态类信息180条;"
            "受理“12345”公共服务热线共80条。\n")
    assert active_disclosure(text, proactive=text)[0] == {"total": None, "categories": []}


def test_a_channel_and_its_act_before_the_first_kind_after_of_which():
    text = ("2023年度青石街道主动公开政府信息152条,全文电子化达100%。其中,通过云崖区人民政府门户网站发布工作动态信息147条,"
            "发布公示公告2条,公开预决算及“三公”经费3条。\n")
    assert active_disclosure(text, proactive=text)[0]["categories"] == [
        {"name": "工作动态信息", "count": 147}, {"name": "公示公告", "count": 2}, {"name": "预决算及“三公”经费", "count": 3}]


def test_kinds_numbered_with_circled_numbers_are_named_without_them():
    text = ("2021年,我区通过政府信息公开网站主动公开各类政府信息共计38条,历年累计主动公开政府信息数量665条。主动公开政府信息的主要类别:"
            "①全文电子化的主动公开信息数38条,全文电子化率为100%;②机构职能类信息5条,占15.7%;③为民办实事信息1条,占2.63%;"
            "④民政扶贫救灾社会保障就业类信息5条,占15.7%;⑤科教文体卫生类信息2条。\n")
    assert [c["name"] for c in active_disclosure(text, proactive=text)[0]["categories"]] == [
        "机构职能类", "为民办实事", "民政扶贫救灾社会保障就业类", "科教文体卫生类"]


@pytest.mark.parametrize("office, issuer", [
    ("云崖市青石区元坝镇人民政府办公室", "云崖市青石区元坝镇人民政府"),
    ("云崖市青石区人民政府河西街道办事处党政综合与社区建设办公室", "云崖市青石区人民政府河西街道办事处"),
])
def test_a_townships_office_answering_for_the_report_names_its_government(office, issuer):
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况、主动公开政府信息情况等六部分内容。"
            f"如对本年度报告有疑问,请与{office}联系(地址:云崖市青石区晋寿路135号,邮编:628001,电话:0839-8722724)。\n"
            "一、总体情况\n2020年,我镇推进政务公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_a_date_in_brackets_with_slashes_after_the_title_is_no_part_of_it():
    text = ("欢迎访问云崖市民政局门户网!\n云崖市民政局2020年度信息公开工作报告(2021/01/29)\n时间:2021-01-29 来源:云崖市民政局\n"
            "按照《中华人民共和国政府信息公开条例》的有关规定,市民政局根据2020年政府信息公开情况编制本报告。\n一、总体情况\n2020年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "云崖市民政局2020年度信息公开工作报告"


def test_a_kind_of_organ_titled_without_its_place_is_named_as_the_text_names_it_with_one():
    text = ("营商环境建设局2019年度政府信息公开工作报告\n按照《中华人民共和国政府信息公开条例》的有关规定,我局编制形成本报告。"
            "本报告全文在“云崖市营商环境建设局”网站公开。\n一、总体情况\n2019年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市营商环境建设局"
    text = text.replace("营商环境建设局", "翠山湖管委会")  # (a body of its own name is named as titled)
    assert convert(text.encode(), "page.txt")["issuer"] == "翠山湖管委会"


def test_a_one_line_bodys_heading_of_two_parts_before_a_blank():
    text = ("青石县2010年政府信息公开工作年度报告\n2010年全县共制作政府信息6339条。年度报告具体情况如下: 一、注重机构建设,领导力量加强 "
            "采取有力措施,促进五到位。 二、加强制度建设,规范公开程序 建立了制度。\n")
    assert [s["title"] for s in convert(text.encode(), "page.txt")["sections"]] == ["注重机构建设,领导力量加强", "加强制度建设,规范公开程序"]


def test_points_numbered_in_arabic_numerals_none_titled_as_a_part_are_no_sections():
    text = ("青石县卫生局2010年政府信息公开工作年度报告\n现将我局2010年度政府信息公开工作年度报告如下:\n"
            "在主动公开信息工作中,我局公开了概况信息、机构信息、政策文件等。\n1、互联网。政府网站。\n"
            "2、通过县电视台等新闻媒体发布。我局一直重视与新闻媒体的联系。\n3、其他公开方式。利用纸质媒体,编制卫生信息。\n"
            "2010年,我局未接到要求公开政府信息的申请件。\n")
    assert convert(text.encode(), "page.txt")["sections"] == []
    text = text.replace("1、互联网。政府网站。", "1、概述。政府网站。")  # (one titled as a report's part is: '概述')
    assert [s["number"] for s in convert(text.encode(), "page.txt")["sections"]] == ["一", "二", "三"]


def test_a_report_speaking_as_no_one_is_the_organs_whose_site_it_is_downloaded_from():
    text = ("根据《中华人民共和国政府信息公开条例》,特向社会公布2018年度本级(机关)信息公开年度报告。本报告电子版可在“云崖市人民政府法制办公室”"
            "门户网站下载。如对本报告有任何疑问,请与市政府法制办信息公开领导小组办公室联系。\n一、概述\n2018年,全面推进政务公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市人民政府法制办公室"
    # (not a government's portal: a department's report is downloaded from it too)
    assert convert(text.replace("人民政府法制办公室", "人民政府").encode(), "page.txt")["issuer"] is None


def test_two_spam_terms_listed_with_a_comma_leave_no_comma_behind():
    text = ("????根据《中华人民共和国政府信息公开条例》要求,现将澳门特区赌场,澳门博彩业网址交通运输局2022年政府信息公开工作年度报告予以公布。"
            "全文包括总体情况、主动公开政府信息情况等六部分内容。如对本报告有任何疑问,请与澳门特区赌场,澳门博彩业网址交通运输局联系"
            "(地址:澳门特区赌场,澳门博彩业网址,益民西街8号;邮编:637300)。\n一、总体情况\n2022年,我局推进公开。\n")
    record = convert(text.encode(), "page.txt")
    assert record["title"] == "交通运输局2022年政府信息公开工作年度报告"
    assert "现将交通运输局" in record["preamble"][0] and "请与交通运输局联系" in record["preamble"][0]


def test_the_reports_text_run_on_after_a_field_blocks_last_label_is_kept():
    """'标题:… 索引号:… 发布日期:2023年01月12日 时效性:根据《条例》…': the whole line had been dropped as page fields, and the
    report's opening paragraph, its contacts with it, were lost."""
    text = ("标题:青石县卫生健康委员会2022年政府信息公开工作年度报告\n索引号:00821590-3/2023-00001 分 类:卫生 发文机关:青石县卫生健康委员会 "
            "成文日期:2023年01月12日 文 号:无 发布日期:2023年01月12日 时效性:根据《中华人民共和国政府信息公开条例》规定和有关通知要求,对青石县"
            "卫生健康委员会政府信息公开工作进行汇总报告。内容包含总体情况、主动公开政府信息情况等。如对本年度报告有疑问,请联系青石县卫生健康委员会"
            "(地址:青石县屯城镇昌盛二路127号;邮编:571600;电话:67812907)。\n一、总体情况\n(一)主动公开\n2022年我委梳理了政务公开信息。\n")
    record = convert(text.encode(), "page.txt")
    assert record["preamble"][0].startswith("根据《中华人民共和国政府信息公开条例》规定")
    assert (record["contacts"]["postcode"], record["source"]["publisher"], record["published_date"]) == (
        "571600", "青石县卫生健康委员会", "2023-01-12")


def test_the_reports_name_published_after_a_comma_is_its_title():
    text = ("根据《中华人民共和国政府信息公开条例》规定和有关通知要求,发布《云崖市审计局2021年政府信息公开工作年度报告》。\n一、总体情况\n"
            "围绕审计工作重点,全年主动公开政府信息117条。公开了2020年度市级预算执行审计情况。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"], record["report_year"]) == ("云崖市审计局2021年政府信息公开工作年度报告", "云崖市审计局", 2021)


def test_a_kinds_information_disclosed_is_named_by_the_kind():
    text = "(三)主动公开政府信息的主要类别情况:累计公开各类政府信息215条;其中,业务工作类信息主动公开210条,政策文件类5条。\n"
    assert active_disclosure(text, proactive=text)[0]["categories"] == [
        {"name": "业务工作类", "count": 210}, {"name": "政策文件类", "count": 5}]


def test_the_report_on_the_year_before_completed_is_no_year_of_this_one():
    text = ("一、概述\n推进政府信息公开是云崖市青石区人民政府的重要举措。2010年本区政府信息公开工作主要在深化公开内容方面取得了新的进展。\n"
            "(一)严格落实年度报告制度。依法按时完成2009年政府信息公开年度报告,并于2010年3月31日之前在政府网站向社会公布。\n")
    assert convert(text.encode(), "page.txt")["report_year"] == 2010


def test_one_kinds_count_broken_down_is_no_whole():
    text = ("(一)政府信息主动公开情况。本单位2023年度主动公开政府信息641条,全文电子化率100%。2023年我委主动公开价格和收费信息162条,其中:"
            "行政事业性收费1条,服务性收费13条,教育收费5条,民生价格100篇,价格监测36篇,价格工作相关的通知公告7条。\n")
    assert active_disclosure(text, proactive=text)[0]["total"] == 641


def test_a_count_broken_down_by_level_has_no_kinds():
    text = "2018年,全市主动公开政府信息106144条,其中县(市、区)级主动公开29836条,市本级主动公开76308条。\n"
    assert active_disclosure(text, proactive=text)[0] == {"total": 106144, "categories": []}


def test_a_place_titled_whose_governments_disclosure_centre_compiled_the_report():
    text = ("青石县2018年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的要求,由青石县人民政府信息公开工作中心编制完成本报告。"
            "报告全文由概述、主动公开政府信息的情况组成。\n一、概述\n2018年,我县推进公开。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石县"


def test_the_reports_name_after_the_piece_of_a_headline_a_copy_cut():
    text = ("工作年度报告 青石县民政局2017年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》规定进行编制。"
            "全文包括概述、政府信息主动公开情况等6个部分。\n一、概述\n2017年,我局推进公开。\n")
    assert convert(text.encode(), "page.txt")["title"] == "青石县民政局2017年政府信息公开工作年度报告"


def test_kinds_listed_after_what_the_content_includes_with_notes_and_an_edition():
    """'内容包括' before the first kind, a note after its count naming who made them with numbers of its own, and a
    guide's edition in brackets: the first two kinds had been lost, and the first named '内容包括…'."""
    text = ("2023年,青石街道通过网站公开信息346条,内容包括日常工作情况240条(街道11个科室以及4个社区)、政府信息公开指南(2023年版)1条、"
            "法定主动公开内容36条(政策文件、机关简介、机构职能、下辖村居、预算与决算)、基层政务公开70条(养老服务、社会救助、公共服务、"
            "计划生育服务、救灾等),涉及经济、法治等类别。\n")
    assert active_disclosure(text, proactive=text)[0]["categories"] == [
        {"name": "日常工作情况", "count": 240}, {"name": "政府信息公开指南(2023年版)", "count": 1},
        {"name": "法定主动公开内容", "count": 36}, {"name": "基层政务公开", "count": 70}]


@pytest.mark.parametrize("text, total", [
    # documents proactively disclosed, counted in 件, the clause's only count of what was disclosed
    ("一是加强政府信息主动公开。2025年,主动公开文件23件,并采用多种形式对《云崖市电梯维护保养管理办法》等规范性文件及时做好政策解读。", 23),
    ("2022年,向社会主动公开文件116件,开展政策解读54件,市政府全体会议和常务会议28次。", 116),
    # the whole said as the disclosure's total
    ("(一)主动公开情况\n全年区卫生健康局政府信息公开发布总量为116件,利用卫生健康重要节日、宣传日开展48场宣传活动。", 116),
    # a topic's items pushed are no whole
    ("围绕推动“一号工程”信息公开,在市政府门户网站开设营商环境优化升级专栏,专题推送全市营商环境、数字经济方面重要政策、工作推进、"
     "项目落地情况等信息275条;围绕公开渠道拓展,继续推进政民互动活动。", None),
    # a column's count after a site's: neither is the year's
    ("围绕财政工作重点,2023年县财政局在县门户网站财政信息专栏公开政府信息13篇,在财政局法定主动公开专栏公开信息36篇。", None),
    # …but the site's whole its columns break down stands
    ("2023年,我区依托青石区人民政府门户网站公开政府信息11314条,在青石要闻栏目发布信息1156条,财政预决算栏目发布信息247条,"
     "建议提案答复栏目发布信息69条。", 11314),
], ids=["documents", "documents-to-society", "said-total", "topics-push", "two-columns", "site-by-columns"])
def test_the_years_total_as_openings_word_it(text, total):
    assert active_disclosure(text, proactive=text)[0]["total"] == total


def test_a_pages_index_number_before_its_headline_is_no_part_of_the_title():
    text = ("您现在的位置: 首页 > 政务公开 > 政府信息公开年报\n210100030E00120150010 2015年云崖市卫计委政府信息公开工作年度报告\n"
            "来源:办公室 2016-12-27\n\n2015年云崖市卫计委政府信息公开工作年度报告\n\n2015年,我委政务公开工作在市政务公开办的直接指导下,"
            "不断拓展公开内容。云崖市卫生和计划生育委员会(以下简称市卫计委)现将工作总结如下:\n一、完成情况\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("2015年云崖市卫计委政府信息公开工作年度报告", "云崖市卫生和计划生育委员会")


def test_the_organ_the_body_opens_by_after_the_thought_it_followed():
    text = ("根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n"
            "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,在云崖市委、市人民政府的坚强领导下,市统计局不断完善"
            "政府信息公开工作机制。\n(一)主动公开\n1.网站公开情况。云崖市统计局官网发布信息306条。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "云崖市统计局"


def test_a_sumu_the_reports_introduction_speaks_of():
    """A Mongolian township (苏木) opening the paragraph that introduces the report, no title printed."""
    text = ("青石苏木严格按照市政府统一安排部署,进一步加强组织领导,扎实推进政府信息公开工作。现将2023年政府信息公开工作情况报告如下:\n"
            "一、总体情况\n(一)主动公开信息情况\n一是加强领导,明确职责。2023年,我苏木高度重视政务公开工作。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石苏木人民政府"


def test_a_kind_after_the_fields_it_holds_and_a_count_of_items_named_as_such():
    text = ("2023年,通过青石新区政府门户网站主动公开信息10866条,公开新区委领导、机构职能等概况类信息167条,公开政务动态类信息3371条,"
            "公开信息公开目录信息条数7328条;开设政策解读栏目,发布政策解读信息55条。\n")
    assert [c["name"] for c in active_disclosure(text, proactive=text)[0]["categories"]] == ["概况类", "政务动态类", "信息公开目录"]


@pytest.mark.parametrize("text, total, categories", [
    # the channel and its act glued to 其中 before the first kind
    ("2023年,主动公开信息200条,其中通过门户网站公开工作动态50条、通知公告86条、其他信息64条。", 200,
     [("工作动态", 50), ("通知公告", 86), ("其他信息", 64)]),
    # …but not the proactive part of what was made, broken down in turn
    ("2023年区教育局共制作政府信息176条,其中通过区政府网站主动公开政府文件24条,其中机构职能类信息5条,教科文体卫生类信息17条,"
     "其他主动公开2条。", 24, [("机构职能类", 5), ("教科文体卫生类", 17), ("其他主动公开", 2)]),
    # the first kind named after 信息: no whole, and the list's first kind
    ("2022年在区政府网站主动公开信息通知公告13条、部门动态3条、政务公开机构职能1条、政策文件1条。", None,
     [("通知公告", 13), ("部门动态", 3), ("政务公开机构职能", 1), ("政策文件", 1)]),
    # a kind released in the year, the year opening the sentence
    ("3.基础性工作开展情况。2019年发布通知公告21条,专项资金项目公开19条,政策文件2条,人事信息2条,发布扶贫工作动态28条。", None,
     [("通知公告", 21), ("专项资金项目公开", 19), ("政策文件", 2), ("人事信息", 2), ("扶贫工作动态", 28)]),
    # counts between semicolons, none of them the whole
    ("(一)主动公开。2023年云崖市人民政府办公室主动公开市级文件67份;公开会议、领导活动等信息262条;公开督查督导信息24条;"
     "公开人事任免等信息12条。", None, []),
    # what was handled is no kind
    ("我镇按照县政府的要求,2022年重大建设项目信息公开6条,包括青石镇上石峪、李家窑危房改造、青石镇2022年“一事一议”"
     "工程、木本药材种植项目、八小场所建设、杏果园配套工程及青石村小城镇建设;公开了脱贫类及其他产业项目等相关信息9条;对扶贫、脱贫对象认定过程严"
     "格按照规定做到村乡县逐级审批公示,各类补助标准公开透明、资金拨付有据可查;教育卫生领域信息公开35条;在青石镇22个行政村公示栏公开“三务”"
     "信息1000多条;对开展社会治安综合治理、隐患排查以及非煤矿山整顿监测、限期整改的信息共公开7条;主动发布食品药品安全预警信息12条;处理来"
     "信来访269件。", None, []),
    # documents of the organ's own, in 份
    ("2021年,主动公开本部门文件20份。", 20, []),
], ids=["channel-glued-to-qizhong", "proactive-part", "kind-after-xinxi", "year-release", "semicolon-list", "letters-handled",
        "own-documents"])
def test_kinds_and_wholes_worded_as_county_reports_word_them(text, total, categories):
    disclosed = active_disclosure(text, proactive=text)[0]
    assert (disclosed["total"], [(c["name"], c["count"]) for c in disclosed["categories"]]) == (total, categories)


def test_the_first_heading_glued_to_the_pages_date_and_time():
    text = ("青石县科技局2019年政府信息公开工作年度报告\n信息来源:青石县科技局\n浏览次数: 发布时间:2020-01-22 11:15一、总体情况\n"
            "根据《中华人民共和国政府信息公开条例》的要求,编制本报告。\n二、主动公开政府信息情况\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert record["published_date"] == "2020-01-22"
    assert [(s["number"], s["title"]) for s in record["sections"]] == [("一", "总体情况"), ("二", "主动公开政府信息情况")]


@pytest.mark.parametrize("opening, title", [
    # the report's name as the subject of the sentence on the year's work
    ("一、总体情况\n2024年青石区人民政府办公室政府信息公开工作年度报告,坚持以习近平新时代中国特色社会主义思想为指导,根据《条例》要求,"
     "全面推进政务公开。\n", "2024年青石区人民政府办公室政府信息公开工作年度报告"),
    # a report named a 工作情况报告 where it is published
    ("依据《中华人民共和国政府信息公开条例》第五十条规定,特向社会公布2025年青石乡人民政府政府信息公开工作情况报告。本报告中所列数据的"
     "统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n", "2025年青石乡人民政府政府信息公开工作情况报告"),
    # …not where the report is the verb: '…工作情况报告如下'
    ("扎实推进政府信息公开工作。现将2019年政府信息公开工作情况报告如下:\n一、总体情况\n", None),
], ids=["subject", "work-report", "reported-as-follows"])
def test_the_reports_name_in_its_opening_lines(opening, title):
    assert convert(opening.encode(), "page.txt")["title"] == title


def test_contacts_after_a_labels_run_without_colons():
    """A phone's area code set off by three dashes; an address labelled without a colon, ending the sentence."""
    text = ("本报告电子版可在青石县人民政府网站下载。如有疑问请与青石县农林局联系(地址:青石县玉蝉大道444号;邮编:646100;"
            "联系电话:0830---8191554)。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["phones"] == ["0830-8191554"]
    text = ("所列数据截止日期为2025年12月31日,青石镇人民政府 电话0435-3461301,邮编134000,地址青石县青石镇金厂大街13号。\n"
            "一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["address"] == "青石县青石镇金厂大街13号"


def test_a_breadcrumb_ending_in_the_title_and_a_betting_sites_name_for_the_organ():
    """The title line printed as a breadcrumb's last crumb, the organ's name replaced by a betting site's."""
    text = ("中国政府 山西政府 中国水利 | 设为首页 | Rss订阅\n首页>>公开年报 >> 2014年365体育亚洲华人官网政府信息公开年度报告\n\n"
            "本年报是根据《中华人民共和国政府信息公开条例》要求编制的2014年度政府信息公开年度报告。\n一、概述\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert record["title"] == "2014年政府信息公开年度报告"
    assert "亚洲华人" not in record["title"] and all("亚洲华人" not in s["title"] for s in record["sections"])


@pytest.mark.parametrize("text, categories", [
    ("全年主动公开信息56条,其中工作动态30条、5•15政务公开日活动1篇、通知公告25条。",
     [("工作动态", 30), ("5•15政务公开日活动", 1), ("通知公告", 25)]),
    ("全年主动公开信息56条,其中5·15政务公开日活动1篇、工作动态30条、通知公告25条。",
     [("5·15政务公开日活动", 1), ("工作动态", 30), ("通知公告", 25)]),
], ids=["within", "first"])
def test_a_kind_named_by_the_day_its_events_mark(text, categories):
    """A day's date opening a kind's name ('5•15政务公开日') is part of it: the list goes on through it."""
    disclosed = active_disclosure(text, proactive=text)[0]
    assert (disclosed["total"], [(c["name"], c["count"]) for c in disclosed["categories"]]) == (56, categories)


@pytest.mark.parametrize("title, issuer", [
    ("青石大学2015-2016学年度 信息公开工作年度报告", "青石大学"),
    ("青石县第一中学2016年信息公开工作年度报告", "青石县第一中学"),
    ("青石中学2020年政府信息公开工作年度报告", "青石中学"),
], ids=["academic-year", "school", "school-by-its-name"])
def test_a_school_titling_its_report(title, issuer):
    text = title + "\n发布时间:2016-10-31\n一、概述\n学校高度重视信息公开工作。\n"
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("text, categories", [
    # kinds listed after '包括:', adding up to less than the whole
    ("截至12月31日,我乡本年度新增主动公开政府信息727条,包括:政府领导、机构设置信息14条,本级政府文件7条,意见征集与意见反馈6条,"
     "权力事项办理结果35条,监督保障22条等。", [("政府领导、机构设置信息", 14), ("本级政府文件", 7), ("意见征集与意见反馈", 6),
                                               ("权力事项办理结果", 35), ("监督保障", 22)]),
    # the organ and its act before the first kind
    ("2024年,街道发布工作动态(街道动态)100条,通知公告6条,招聘信息20条,采购信息7条。",
     [("工作动态(街道动态)", 100), ("通知公告", 6), ("招聘信息", 20), ("采购信息", 7)]),
    ("2024年,我街道发布工作动态100条,通知公告6条,招聘信息20条,采购信息7条。",
     [("工作动态", 100), ("通知公告", 6), ("招聘信息", 20), ("采购信息", 7)]),
], ids=["after-baokuo", "street-releases", "our-street-releases"])
def test_kinds_after_include_and_after_the_organ_releasing_them(text, categories):
    disclosed = active_disclosure(text, proactive=text)[0]
    assert [(c["name"], c["count"]) for c in disclosed["categories"]] == categories


def test_a_kinds_name_after_the_channels_listed_before_it():
    text = "2020年,我局通过政府门户网、青石市政务服务网、互联网+监管、微信平台等渠道发布医疗类公开信息455条。"
    assert [c["name"] for c in active_disclosure(text, proactive=text)[0]["categories"]] == ["医疗类"]


def test_who_issues_a_towns_report_its_office_compiled_and_a_working_body_named_alone():
    text = ("青石镇2019年政府信息公开工作年度报告\n发布时间:2020-01-14 10:37\n报告根据《中华人民共和国政府信息公开条例》规定,"
            "由青石镇办公室编制并公开。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石镇"
    text = ("一、总体情况\n(三)政府信息管理。建立健全我镇政府信息公开工作制度,领导小组办公室根据实际工作情况,修改完善了"
            "《青石镇政府信息公开指南》。\n")
    assert convert(text.encode(), "page.txt")["issuer"] is None


def test_a_betting_brands_platform_tail_goes_with_it():
    text = ("沙巴体育_沙巴体育app$官网平台\n您现在所在的位置: 网站沙巴体育_沙巴体育app$官网平台 > 政府信息公开 > 政府信息公开年报\n"
            "根据《中华人民共和国政府信息公开条例》规定,现发布《青石县第三中学2022年政府信息公开工作年度报告》。\n一、总体情况\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert record["title"] == "青石县第三中学2022年政府信息公开工作年度报告"
    assert "官网平台" not in convert(text.encode(), "page.txt")["preamble"][0]


def test_an_email_whose_domain_a_blank_parts_from_its_top_level():
    text = "如对本报告有疑问,请与区商务局办公室联系(电话:0537-3413757;电子邮箱:qsswjbgs@ji.shandong .cn)。\n一、总体情况\n略。\n"
    assert convert(text.encode(), "page.txt")["contacts"]["emails"] == ["qsswjbgs@ji.shandong.cn"]


@pytest.mark.parametrize("text, total, categories", [
    # kinds counted in 期 among those in 条, one an online interview
    ("本年度我县主动在县政府网站上公布各类信息160条,概况类信息54条、政务动态52条、意见征集6期、在线访谈2期、通知公告15条、人事信息15条、"
     "工作动态16条。", 160, [("概况类信息", 54), ("政务动态", 52), ("意见征集", 6), ("在线访谈", 2), ("通知公告", 15), ("人事信息", 15),
                           ("工作动态", 16)]),
    # kinds of information counted in 篇, updated
    ("(一)主动公开。聚焦街道中心工作,实时更新工作动态信息43篇、公告公示信息3篇,按期发布2022年度法治政府建设年度报告。", None,
     [("工作动态信息", 43), ("公告公示信息", 3)]),
    # the channel and act before the first kind of a sentence
    ("(一)扎实做好主动公开。2023年度在厅网站发布全省征地信息1359条、新闻类信息6208条、公告类信息681条、政策文件42条、决策信息28条、"
     "重大项目推进情况361条。", None, [("全省征地信息", 1359), ("新闻类信息", 6208), ("公告类信息", 681), ("政策文件", 42),
                                       ("决策信息", 28), ("重大项目推进情况", 361)]),
    # a longer list of a part far short of the whole after the kinds breaking it down
    ("据统计,2017年,全区主动公开政府信息9726条。在主动公开信息工作中,组织机构类信息65条,部门文件类信息338条,动态类信息2263条,"
     "其他信息4314条。\n在重点领域信息板块公开财政资金类信息256条、公共资源配置类信息53条、重大建设项目类信息65条、公共服务类信息80条、"
     "行政职权类信息84条,建议提案办理结果类信息8条。", 9726, [("组织机构类", 65), ("部门文件类", 338), ("动态类", 2263), ("其他", 4314)]),
    # issues in 期 most of a list are no kinds
    ("2016年主动公开各类信息12万余条,发布《政府公报》10期、青石新闻联播366期,上报省政府门户网站信息2285条。", None, []),
    # nor are columns opened, nor what was done ('开展…')
    ("通过县政府门户网站发布政府信息2340条,其中政务动态信息2144条、概况类信息51条、信息公开目录信息481条;重点领域开设专栏19个;"
     "发布政府公报4期、文件解读11篇、重大会议17篇、民意征集调查15期、在线访谈7期。", 2340,
     [("政务动态信息", 2144), ("概况类信息", 51), ("信息公开目录信息", 481)]),
    ("围绕解读回应,发布重要政策解读信息68条,组织开展在线访谈15期;围绕财政预决算公开,按时发布部门预算信息。", None, []),
    # nor is what was edited and published in 期 after a list of documents
    ("2022年通过市政府门户网站主动发布市政府文件9条,市政府办公室文件14条,部门行政规范性文件68条,地方性法规3条;编辑出版政府公报12期。",
     None, [("市政府文件", 9), ("市政府办公室文件", 14), ("部门行政规范性文件", 68), ("地方性法规", 3)]),
    # kinds named after their counts
    ("2023年,共主动公开政府信息36条,其中发布1条概况类信息,35条政务动态信息。", 36, [("概况类", 1), ("政务动态", 35)]),
    # one count among a breakdown's printed without its unit
    ("2023门户网站全网发布信息7157条,其中青石新闻动态:1307条,政务动态:4268条,乡街部门动态:684,公示公告:75条,人事信息:11条,"
     "法规文件:31条,规划计划:4条,政府会议:14条,依申请公开:72件,访问量:9194934/次。", 7157,
     [("青石新闻动态", 1307), ("政务动态", 4268), ("乡街部门动态", 684), ("公示公告", 75), ("人事信息", 11), ("法规文件", 31),
      ("规划计划", 4), ("政府会议", 14), ("依申请公开", 72)]),
    # …not counts of columns' items
    ("2022年我镇公开政府信息243条,在门户网站的“镇场工作”栏目公开了63条动态信息,信息公开专栏公开180条政务信息。", 243, []),
], ids=["in-qi", "in-pian", "channel-first", "longer-list-far-short", "issues-in-qi", "columns-opened", "interviews-held",
        "gazette-edited", "count-before-kind", "unitless-among-many", "count-before-columns-item"])
def test_kinds_counted_in_other_units_and_lists_that_do_not_break_the_whole_down(text, total, categories):
    disclosed = active_disclosure(text, proactive=text)[0]
    assert (disclosed["total"], [(c["name"], c["count"]) for c in disclosed["categories"]]) == (total, categories)


def test_a_title_whose_organ_and_its_guanyu_stand_on_the_line_above():
    text = ("青石市行政服务中心管委会关于\n2021年政府信息公开年度工作报告\n根据《中华人民共和国政府信息公开条例》的规定和要求,现公布"
            "2021年度报告。\n一、基本情况\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("青石市行政服务中心管委会关于2021年政府信息公开年度工作报告", "青石市行政服务中心管委会")


def test_the_first_kind_after_a_points_number_and_its_act():
    text = ("主动公开各类政府信息12190条,实现了政府信息多渠道、全方位的公开。一是公开政务要闻285条,通知公告303条,部门、镇动态3718条,"
            "民生类信息713条。二是上报市政府网站信息187条。")
    assert [c["name"] for c in active_disclosure(text, proactive=text)[0]["categories"]][:2] == ["政务要闻", "通知公告"]


@pytest.mark.parametrize("text, issuer", [
    # a verb before an organ named without its place is no place ('反映县安监局')
    ("根据《中华人民共和国政府信息公开条例》的规定,县安监局编制了2017年度政府信息公开工作报告。\n一、加强组织领导\n及时全面的反映县安监局"
     "各阶段的工作情况。\n", None),
    # an office sending the county's report up
    ("青石县人民政府办公室关于 报送青石县2019年政府信息公开 工作年度报告的报告\n发文字号 青政办发〔2020〕7号\n一、总体情况\n略。\n",
     "青石县人民政府办公室"),
], ids=["verb-before-bare-place", "office-sending-a-report"])
def test_who_issues_a_report_named_by_a_verb_or_sent_by_an_office(text, issuer):
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_a_mediums_count_before_a_sites_broken_down_is_no_whole():
    text = ("2023年,青石县教育局通过青石教育微信公众号向社会公开工作信息104条,关注人数1.5万人,全年点击量20万次;通过青石县人民政府网站教育局"
            "子站向社会公布各类政府信息115条,其中包括:通知公告30条、财政预决算信息2条、政策文件10条、部门文件27条、其它信息33条、义务教育13条。")
    assert active_disclosure(text, proactive=text)[0]["total"] in (None, 115)  # (the site's, or none: not the WeChat account's)


def test_kinds_named_by_the_columns_they_were_released_in():
    text = ("一是推进卫生领域信息公开。通过县政府网站卫健委文件栏目发布6条;执行法规条例栏目发布3条;医疗机构栏目发布3条;行政执法栏目发布11条;"
            "疫情防控栏目发布4条信息。")
    names = [c["name"] for c in active_disclosure(text, proactive=text)[0]["categories"]]
    assert names[-4:] == ["执行法规条例栏目", "医疗机构栏目", "行政执法栏目", "疫情防控栏目"]


def test_a_shared_documents_file_name_glued_before_its_organ():
    text = ("青石县韩庄镇人民政府2022年政府信息公开工作年度报告.docx青石县韩庄镇人民政府\n2022年政府信息公开工作年度报告\n(2023年1月)\n"
            "一、总体情况\n2022年,我镇按照县委、县政府统一部署,加强组织领导。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("青石县韩庄镇人民政府2022年政府信息公开工作年度报告", "青石县韩庄镇人民政府")


@pytest.mark.parametrize("text, issuer", [
    # after a 根据 clause naming documents and their numbers at length
    ("根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室 关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》"
     "(国办公开办函〔2021〕30号)要求,青石市行政审批和便民服务局坚持以“公开为常态,不公开为例外”原则,认真推进政务信息公开工作,现对局"
     "2021年度政府信息公开情况报告如下:\n一、总体情况\n略。\n", "青石市行政审批和便民服务局"),
    # compiled 现由 the organ
    ("青石市文化旅游局2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》等文件要求,现由青石市文化旅游局编制,"
     "向社会公布青石市文化旅游局2023年政府信息公开工作年度报告。\n一、总体情况\n略。\n", "青石市文化旅游局"),
    # a county's site, on which a township speaking as 我镇 publishes its report, is not the township's
    ("欢迎来到青石县人民政府门户网站\n根据《中华人民共和国政府信息公开条例》要求,结合自身工作实际编制。\n本报告电子版可在青石县政府门户网站"
     "“青石县人民政府”(www.qingshi.gov.cn)下载。\n一、总体情况\n2021年我镇通过青石县人民政府网站向社会公开发布信息504条。\n", None),
    # a street's report downloaded from its own disclosure page
    ("根据《中华人民共和国政府信息公开条例》要求,特向社会公布2022年度我街道信息公开工作年度报告。本年度报告可在青石市天河街道办事处"
     "信息公开页面下载。\n一、总体情况\n截至2022年12月31日,我街道主动公开政府信息1037条。\n", "青石市天河街道办事处"),
], ids=["after-long-genju", "compiled-xian-you", "county-site-town-report", "streets-disclosure-page"])
def test_the_organ_an_opening_names_after_its_documents_by_its_compiling_or_by_its_site(text, issuer):
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("text, categories", [
    # the organ and its act before the first kind
    ("2022年,市政府办公室公开重点项目信息219条,财政资金信息1067条,疫情防控915条。",
     [("重点项目信息", 219), ("财政资金信息", 1067), ("疫情防控", 915)]),
    ("2023年我局已主动公开工信动态76条,文件4条,政策解读4条。", [("工信动态", 76), ("文件", 4), ("政策解读", 4)]),
    # a kind's act or 共 between its name and its count
    ("青石乡2022年全年通过政府信息公开网站公开公布了各类信息共计1685条,其中财政资金信息共公开257条;监督保障相关信息共27条;"
     "政策解读共解读25条;社会保障、社会救助共87条;精准脱贫、教育信息共12条。",
     [("财政资金信息", 257), ("监督保障相关信息", 27), ("政策解读", 25), ("社会保障、社会救助", 87), ("精准脱贫、教育信息", 12)]),
    # a kind's amount ('…信息量')
    ("2024年,我县政府网站共发布各类信息5386条,其中发布概况类信息量151条;青石要闻、政务动态信息量2650条。",
     [("概况类", 151), ("青石要闻、政务动态", 2650)]),  # (信息 after 类 dropped in every name, as ../shared/golden names kinds)
], ids=["office-and-act", "ju-yi", "gong-gongkai", "xinxi-liang"])
def test_kinds_after_an_organs_act_or_with_words_before_their_counts(text, categories):
    disclosed = active_disclosure(text, proactive=text)[0]
    assert [(c["name"], c["count"]) for c in disclosed["categories"]] == categories


def test_a_commission_titled_without_its_place_completed_by_its_short_name_with_one():
    text = ("2020年卫生健康委员会政府信息公开工作年度报告\n发布时间:2021-01-08\n2020年,我委严格按照《政府信息公开条例》的要求开展工作并编制本报告。"
            "如对本报告有任何疑问,请与青石市卫生健康委办公室联系(地址:青石市园艺山集中办公区4号楼)。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市卫生健康委员会"


def test_a_pages_date_with_its_time_of_day_in_words():
    text = "青石县人民政府办公室2023年度政府信息公开工作年度报告\n2024-01-26 10时25分浏览次数:\n一、总体情况\n略。\n"
    assert convert(text.encode(), "page.txt")["published_date"] == "2024-01-26"


@pytest.mark.parametrize("text, categories", [
    # two kinds given one count each
    ("2016年,共主动公开政府信息14条,其中工作计划类信息2条,组织机构与资金信息类各3条,法规公文类3条。",
     [("工作计划类", 2), ("组织机构", 3), ("资金信息类", 3), ("法规公文类", 3)]),
    # the channel a column of disclosure names ('…政府信息公开专栏发布…'), not its 公开, ends before the kind
    ("2023年,在青石市人民政府门户网站政府信息公开专栏发布政务动态类信息133条,发布市政府及政府办文件及解读信息82条,常务会议图解信息15条。",
     [("政务动态类信息", 133), ("市政府及政府办文件及解读信息", 82), ("常务会议图解信息", 15)]),
], ids=["ge-each", "disclosure-column-channel"])
def test_kinds_given_one_count_each_or_after_a_disclosure_columns_channel(text, categories):
    disclosed = active_disclosure(text, proactive=text)[0]
    assert [(c["name"], c["count"]) for c in disclosed["categories"]] == categories


def test_a_picture_and_text_mark_before_a_title():
    text = ("◇当前位置:首页\n>> 政府信息公开年报 >> 2023年政府信息公开年报\n(图文)青石市人民政府2023年度政府信息公开工作年度报告\n"
            "发布日期:2024-02-08 14:35 访问次数: 信息来源:青石市 字号:[ ]\n本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["issuer"]) == ("青石市人民政府2023年度政府信息公开工作年度报告", "青石市人民政府")


def test_an_office_after_a_bare_city_completed_by_its_source_not_by_a_platform_before_it():
    text = ("您现在所在的位置: 网站首页 > 政府信息公开 > 青石市人民政府研究室 > 政府信息公开年报\n市政府研究室2021年政府信息公开工作年度报告\n"
            "发布时间:2022-01-19 来源:青石市人民政府研究室 字体:[ ]\n根据《中华人民共和国政府信息公开条例》要求,结合我室工作撰写本报告。"
            "本年度报告的电子版可在青石市人民政府信息公开平台市政府研究室公开页面“政府信息公开年报”栏目下载。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市人民政府研究室"


@pytest.mark.parametrize("text, categories", [
    # each kind's share of the whole in 条 ('…类信息占12条')
    ("在2022年度主动公开的29条政府信息中,机构职能人事任免类信息占12条,为民办实事类信息占1条,安全生产应急管理类信息占12条,其他主动公开类信息4条。",
     [("机构职能人事任免类", 12), ("为民办实事类", 1), ("安全生产应急管理类", 12), ("其他主动公开类", 4)]),
    # the street and what it also published before the first kind
    ("此外,街道还公布了机构设置类信息1条、财政决预算及“三公”经费类信息5条、经济发展类信息1条。",
     [("机构设置类", 1), ("财政决预算及“三公”经费类", 5), ("经济发展类", 1)]),
], ids=["zhan", "street-also-published"])
def test_kinds_said_to_take_their_share_or_after_what_a_street_also_published(text, categories):
    disclosed = active_disclosure(text, proactive=text)[0]
    assert [(c["name"], c["count"]) for c in disclosed["categories"]] == categories


@pytest.mark.parametrize("text, issuer", [
    # an archive's own office compiled it
    ("本报告根据《条例》规定,由青石市档案馆办公室结合有关统计数据编制。\n一、总体情况\n略。\n", "青石市档案馆"),
    # a site's name before an organ after a bare city is no place ('…公开网和市安监局网站')
    ("市安监局2015年政府信息公开任务情况报告\n今年以来,市安监局严格按照要求落实信息公开工作。以上信息主要通过青石政府信息公开网和市安监局"
     "网站中的政府信息公开专栏公开。\n一、概述\n略。\n", None),
], ids=["archives-office", "site-before-bare-city"])
def test_an_organ_by_its_office_compiling_and_no_place_made_of_a_sites_name(text, issuer):
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


@pytest.mark.parametrize("widget", ["字体:【  ", "字号【", "【字体: 打印", "【字号:默认 特大", "【浏览字体:"],
                         ids=["after-its-label", "no-colon", "with-print", "with-sizes", "browse-font"])
def test_a_page_copied_into_word_keeps_the_paragraph_after_its_font_size_widget(widget):
    """A page saved as a Word file, a paragraph a line: the field line ending in a font-size widget left open does not run
    on into the paragraph under it (which, joined to the field line, was dropped with it, and the report's contacts too)."""
    import io

    from docx import Document as WordDocument

    word = WordDocument()
    for line in ("青石县交通运输局2020年政府信息公开工作年度报告", f"发布时间:2021-01-26 信息来源:青石县交通运输局 阅读次数: {widget}",
                 "本报告依据《中华人民共和国政府信息公开条例》编制。如对本报告有任何疑问,请与青石县交通运输局办公室联系(地址:青石县禹王路523号,"
                 "邮政编码:233400,办公电话:0552-8011345)。", "一、总体情况", "2020年,我局主动公开政府信息175条。"):
        word.add_paragraph(line)
    buf = io.BytesIO()
    word.save(buf)
    contacts = convert(buf.getvalue(), "copy.docx")["contacts"]
    assert (contacts["address"], contacts["phones"]) == ("青石县禹王路523号", ["0552-8011345"])


def test_a_taiwan_style_copy_names_its_contact_with_lianluo():
    """A mirror's Taiwan-style conversion writes 聯絡 for 联系: the organ to contact and its number are still read."""
    text = ("根據《中華人民共和國政府資訊公開條例》要求,特向社會公佈2023年度我局政府資訊公開工作年度報告。如對本報告有任何疑問,請與"
            "青石縣林業局聯絡(地址:青石縣人民路8號;郵編:330500)。如對本年度報告有疑問,請聯絡:青石縣林業局辦公室0791-83422245。\n"
            "一、總體情況\n2023年,我局主動公開政府資訊120條。\n")
    record = convert(text.encode(), "mirror.txt")
    assert (record["issuer"], record["contacts"]["phones"]) == ("青石县林业局", ["0791-83422245"])


def test_a_cms_field_block_on_one_line_opening_with_its_name_field():
    text = ("名  称: 2011年度青石区政府信息公开工作报告 发布机构: 政府信息科 文  号: 索 引 号: 007482532-03-2014-1194403 公开日期: "
            "2012年12月16日 公开方式: zhudong 内容概述: 主 题 词: 2011年度青石区政府信息公开工作报告\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、概述\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["published_date"]) == ("2011年度青石区政府信息公开工作报告", "2012-12-16")


@pytest.mark.parametrize("text, issuer", [
    # the opening sentence naming the organ below a page's field labels printed without their values
    ("2017年政府信息公开工作年度报告\n索引号\n主题分类\n发文日期\n发布机构\n文号\n根据《中华人民共和国政府信息公开条例》要求,特向社会公布"
     "2017年度青石市农业局信息公开工作年度报告。本报告由概述等部分组成。\n一、概述\n略。\n", "青石市农业局"),
    # a street's office named by its street ('…路街办')
    ("根据《中华人民共和国政府信息公开条例》规定,现公开2022年青石路街办政府信息公开工作年度报告。报告全文包括:总体情况。\n"
     "一、总体情况\n略。\n", "青石路街办"),
], ids=["below-bare-labels", "street-office-jieban"])
def test_the_organ_an_opening_sentence_names_below_bare_labels_or_as_a_streets_office(text, issuer):
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_a_pdfs_text_pasted_into_a_page_is_read_as_its_paragraphs():
    """A page holding a PDF's text a line at a time (<br> or <p> a line): its lines are unwrapped as a text file's are, and
    an address the wrap cut is read whole. A page's own paragraphs, ending their sentences, are left as they are."""
    lines = ["青石市统计局2013年政府信息公开工作年度报告", "本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由",
             "青石市统计局编制。全文包括概述、主动公开政府信息情况、依申请公开政府信", "息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复",
             "议和提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进措施、需", "要说明的事项、附表。本报告中所列数据的统计期限自2013年1月1日起至",
             "2013年12月31日止。本报告的电子版可在青石市统计局网站上下载。如对本报", "告有任何疑问,请联系:青石市统计局资料管理中心(地址:青石市西城区槐",
             "柏树街2号4号楼青石市统计局政府信息公开室;邮编:100054;电话:83172086)。", "一、概述", "2013年,我局认真贯彻落实《条例》,主动公开政府信",
             "息1200条,其中统计数据800条,工作动态400条。"]
    page = ("<html><head><title>青石市统计局</title></head><body><div id='zoom'>" + "<br>\n".join(lines)
            + "</div></body></html>").encode("utf-8")
    record = convert(page, "pasted.html")
    assert record["contacts"]["address"] == "青石市西城区槐柏树街2号4号楼青石市统计局政府信息公开室"
    assert runs_on_unfinished(lines) and not runs_on_unfinished([line.rstrip("。,") + "。" for line in lines])


@pytest.mark.parametrize("spam, before", [("开云体育官网入口", "本报告由青石市卫生健康局编制。"), ("澳门金沙城中心", "青石镇党政办公室编制了本报告。"),
                                          ("亚博体育app下载", "公开区级政策文件22条。"), ("bet365体育在线", "青石县工业和信息化局编制本报告。"),
                                          ("澳门葡京赌场", "本年度公开政府信息公开指南1条。")],
                         ids=["entrance", "casino-centre", "app-download", "brand-sports-online", "casino-place-brand"])
def test_a_betting_brands_entrance_app_or_casino_goes_with_it(spam, before):
    text = f"根据《中华人民共和国政府信息公开条例》要求,编制本报告。{spam}{before}\n一、总体情况\n略。\n"
    preamble = convert(text.encode(), "mirror.txt")["preamble"]
    assert any(before in p for p in preamble) and not any(spam[:2] in p or spam[-2:] in p for p in preamble)


def test_a_heading_line_whose_number_lost_its_separator():
    """'一 概 述' spaced out, whose blanks a PDF's text or a copy dropped ('一概述'): a heading where the rest of its line is a
    known title of a report's part, and only there ('一是加强领导' opens a point)."""
    text = ("青石区2012年政府信息公开年度报告\n引言\n本报告根据《条例》编制。\n一概述\n2012年,我区推进公开。\n一是加强领导。\n"
            "二主动公开政府信息情况\n全年公开100条。\n")
    sections = convert(text.encode(), "page.txt")["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [("一", "概述"), ("二", "主动公开政府信息情况")]


def test_a_printed_pages_crumbs_run_on_into_its_title():
    """A page printed to PDF whose crumbs' last column ran on into the title line: the column is no part of the title."""
    text = ("青石镇人民政府\n您现在所在的位置: 网站首页 > 政府信息公开 > 青石镇人民政府 > 政府信息公开年报青石县青石镇人民政府2023年政府信息公开工作年度报告\n"
            "本年报根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n略。\n")
    record = convert(text.encode(), "print.txt")
    assert (record["title"], record["issuer"]) == ("青石县青石镇人民政府2023年政府信息公开工作年度报告", "青石县青石镇人民政府")


def test_phones_listed_after_their_label_with_semicolons():
    text = ("根据《中华人民共和国政府信息公开条例》编制本报告。如对本报告有任何疑问,请与我局办公室联系(地址:青石市赤坎区军民路9号,"
            "联系电话:07591234567;07591234568;07591234569)。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["contacts"]["phones"] == ["0759-1234567", "0759-1234568", "0759-1234569"]


@pytest.mark.parametrize("text, total", [
    # a weibo account's count for the year is the account's, not the year's whole ('“X”微博全年共发布信息360条')
    ("二是充分发挥门户网站第一平台作用。2019年,厅门户网站总访问量共计5204万次,发布各类政务信息共5127条,其中,政策文件类信息286条,"
     "动态类信息1104条,其他信息3737条。三是着力打造政务新媒体。综合运用“青石人社”微博微信等政务新媒体,抓好正面宣传和舆论引导。"
     "其中,“青石人社”微博全年共发布信息360条,单条最高阅读量达15万。", 5127),
    # an account of a provincial news app's, in 篇, and the main media's
    ("2019年,厅门户网站新增信息14129条。“青石自然资源”官方微信号公开信息1535篇,累计点击量45万;“青石自然资源”南方号公开信息815篇,累计点击量15万。"
     "全年召开新闻发布会3次,通过新华社、南方日报等主流媒体公开信息121篇。", None),
    # what several channels named together disclosed proactively is the whole, one of them named after it notwithstanding
    ("2019年,通过厅门户网站、政务微信等多种渠道,主动公开政务信息1295条,通过“青石民政”政务微信公开信息788条。", 1295),
    # but not what they released, the site's proactive disclosure named after it
    ("今年以来,本单位积极通过青石政府网和各类新媒体平台,发布各类政务信息422条,在青石政府网上主动公开组织机构信息3条、财政预决算信息16条、"
     "其他公告公示通知等信息54条。", None),
], ids=["weibo-year", "nanfang-hao", "several-channels-proactive", "several-channels-released"])
def test_a_mediums_count_is_no_whole_but_several_channels_proactive_one_is(text, total):
    assert active_disclosure(text)[0]["total"] == total


def test_channels_counts_with_their_act_are_no_kinds():
    ad = active_disclosure("2023年,主动公开政府信息3911条,其中青石税务局网页专栏主动公开2153条,执法公示平台主动公开59条,"
                           "微信公众号发布625条,官方微博发布620条。")[0]
    assert ad == {"total": 3911, "categories": []}


def test_a_zones_committee_named_by_its_kind_alone_is_completed_by_the_place_the_text_gives_it():
    text = ("关于2016年政府信息公开工作的年度报告\n县政府办:\n为贯彻落实有关要求编制本年度报告。如对本年度报告有任何疑问,请联系:青石县工业园区管委会,"
            "电话:07971234567。\n一、概述\n2016年,工业园区管委会严格按照县委、县政府的决策部署,深入实施《条例》。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石县工业园区管委会"


def test_a_title_line_ending_with_its_doc_number_in_brackets():
    text = ("当前位置: 首页 / 最新信息公开\n青石省发展和改革委员会关于报送《2020年政府信息公开工作年度报告》的函(青发改函〔2021〕6号)\n"
            "发布日期:2021-01-25 信息来源:办公室\n省政府办公厅:\n根据有关要求,我委编制形成了《2020年政府信息公开工作年度报告》,现随文呈报。\n"
            "一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["doc_number"] == "青发改函〔2021〕6号"
    # a sentence citing a notice's number is no title
    cited = "根据《国务院办公厅政府信息与政务公开办公室关于印发的通知》(国办公开办函〔2021〕30号)\n一、总体情况\n略。\n"
    assert convert(cited.encode(), "page.txt")["doc_number"] is None


def test_a_streets_office_opening_its_body_with_the_years_disclosure_work():
    text = ("当前位置:青石街> 政务公开> 最新文件\n青石街2023年政府信息公开工作年度报告\n发布日期: 2024-01-26 08:59      来源: 青石街\n"
            "一、总体情况\n青石街道办事处2023年度政府信息公开工作依托云崖区人民政府政务网开展。2023年全年主动公开政府信息23件。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石街道办事处"


@pytest.mark.parametrize("text, total", [
    # one kind among things disclosed and updated, none a whole ('…,公开重大民生信息7项,更新领导信息1次,…')
    ("2023年,我街道主动公开青石街道2022年度工作总结,公开重大民生信息7项,更新领导信息1次,及时公开街道各部门财政预算情况10条。", None),
    # a site's count broken down exactly, a medium's count of policy explanations after it
    ("(二)平台建设。切实将区政府门户网站作为信息公开首发平台,2022年依托门户网站主动公开区政府(含区政府办公室)信息2214条。其中,政务动态类信息848条,政策文件42条,其他信息1324条。全年通过网站和“青石发布”微信公众号"
     "共发布解读材料256条,包含文字解读112条。", 2214),
], ids=["kind-among-updates", "explanations-after"])
def test_the_whole_among_kinds_and_a_mediums_explanations(text, total):
    assert active_disclosure(text)[0]["total"] == total


@pytest.mark.parametrize("text, name", [
    ("2023年主动公开政府信息300条,其中“两化”专题领域主动公开268条(含社会保险、就业创业)、法律法规和政策文件4条、人事信息28条。", "“两化”专题领域"),
    ("2024年,主动公开政府信息共188条。其中政府信息公开目录中公开政府信息公开年度报告1条,组织机构4条、部门文件22条、工作动态161条。", "政府信息公开年度报告"),
    ("2021年,公开政府信息1500条,其中,政务类信息672条,机构职能类43条,主动公开人事任免、招投标、稳岗就业、疫情防控、食品安全、生态环境、"
     "义务教育、重大决策预公开、建议提案办理等重点领域信息785条。", "重点领域信息"),
], ids=["area-with-its-act", "catalogue-before-it", "fields-listed-before-key-areas"])
def test_a_kinds_name_without_its_act_its_catalogue_or_the_fields_listed_before_it(text, name):
    assert name in [c["name"] for c in active_disclosure(text)[0]["categories"]]


def test_a_street_office_without_a_title_named_with_its_city_as_the_text_prints_it():
    text = ("本年度报告是根据《中华人民共和国政府信息公开条例》的要求编制的。青石市云崖区东郊办事处本年度报告中使用数据统计期限为2019年1月1日至12月31日。"
            "如对本报告有任何疑问,请与云崖区东郊办事处联系(电话:0562-1234567)。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市云崖区东郊办事处"


def test_kinds_disclosed_a_sentence_each_give_no_whole():
    ad = active_disclosure("本年度,共制作规范性文件11件,已全部在区政府门户网站进行了主动公开。公开机构简介、机构职能信息3条,领导简介、人事变动信息10条。"
                           "公开专项规划5条,各类计划5条。公开统计数据1条。无行政强制事项。公开财政信息30条。公开经济重点工作信息28条。")[0]
    assert ad["total"] is None


def test_the_first_kind_after_several_channels_named_with_their_act():
    ad = active_disclosure("2023年,通过“青石云崖”门户网站、“云崖发布”政务新媒体等平台主动公开行政规范性文件4件,区政府其它文件19件,"
                           "人事任免文件13件,区政府全会、常务会议、专题会议等会议信息40条。")[0]
    assert [c["name"] for c in ad["categories"]][:2] == ["行政规范性文件", "区政府其它文件"]


def test_the_first_kind_after_a_disclosure_sites_name_and_its_act():
    """'通过政务公开网累计发布基础栏目信息620条': the site's name holds 公开, which is not the act."""
    ad = active_disclosure("全年通过政务公开网累计发布基础栏目信息620条,重点领域信息发布109条,两化领域信息发布531条。")[0]
    assert [c["name"] for c in ad["categories"]] == ["基础栏目信息", "重点领域信息", "两化领域信息"]


def test_a_mirrors_day_first_stamp_under_the_title_is_the_pages_date():
    text = ("青石省教育厅2013年政府信息公开工作年度报告\n\n30.05.2014  20:33\n\n2013年,省教育厅认真贯彻落实《条例》,推进政府信息公开。\n"
            "一、概述\n略。\n")
    assert convert(text.encode(), "mirror.txt")["published_date"] == "2014-05-30"


def test_a_title_a_betting_brand_was_put_into_keeps_its_own_words():
    """'皇冠体育,皇冠体育平台' put for the place's name: the brand and its 平台 go, the title's own words stay, and no place is
    made of the sentence's words before the organ ('扎实做好区人民政府办公室')."""
    text = ("皇冠体育,皇冠体育平台皇冠体育,皇冠体育平台区人民政府办公室2019年度政府信息公开工作年度报告\n一、总体情况\n"
            "2019年,皇冠体育,皇冠体育平台区人民政府办公室深入贯彻落实《条例》规定,扎实做好区人民政府办公室政府信息公开工作。\n")
    record = convert(text.encode(), "mirror.txt")
    assert record["title"] == "区人民政府办公室2019年度政府信息公开工作年度报告"
    assert record["issuer"] is None and "平台" not in record["sections"][0]["text"]


def test_what_the_media_reported_is_no_whole_and_the_kinds_stand():
    ad = active_disclosure("(一)主动公开政府信息情况。2022年通过新闻网站在中省市媒体如新华网、西部网、青石发布等报道宣传秦岭保护信息95条,"
                           "为促进秦岭保护工作发挥积极作用。在青石市云崖区人民政府网公开工作动态信息16条,工作总结1条,政务诚信承诺书1份。",
                           "(一)主动公开政府信息情况。2022年通过新闻网站在中省市媒体如新华网、西部网、青石发布等报道宣传秦岭保护信息95条,"
                           "为促进秦岭保护工作发挥积极作用。在青石市云崖区人民政府网公开工作动态信息16条,工作总结1条,政务诚信承诺书1份。")[0]
    assert ad["total"] is None and [c["name"] for c in ad["categories"]] == ["工作动态信息", "工作总结", "政务诚信承诺书"]


def test_kinds_named_after_two_acts_or_holding_acceptance_or_a_slogan():
    ad = active_disclosure("2023年主动公开政府信息178条,其中:公开公示部门预算决算信息2条,政策文件信息3条,行政执法信息21条,"
                           "环境影响评价受理审批公示信息35条,开展工作情况信息13条,“推进绿色发展 建设生态云崖”专栏信息104条。")[0]
    assert [c["name"] for c in ad["categories"]] == ["部门预算决算信息", "政策文件信息", "行政执法信息", "环境影响评价受理审批公示信息",
                                                     "开展工作情况信息", "“推进绿色发展 建设生态云崖”专栏信息"]


def test_a_park_titled_with_the_town_it_is_one_with():
    text = ("当前位置 > 首页 > 青石市冶金园(云崖镇) > 政府信息公开年报\n冶金工业园(云崖镇)2024年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定,现发布本报告。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "冶金工业园(云崖镇)"


def test_points_under_the_overview_numbered_as_sections_from_one_again():
    """'一、总体情况' over its own points '一、加强组织领导。…' … '五、…' run into their paragraphs (one of them titled as a
    section is: '三、主动公开政府信息情况。2021年,我局无…'): the report's sections go on at '二、主动公开政府信息情况' on its own line."""
    text = ("青石市档案局2021年度政府信息公开工作年度报告\n一、总体情况\n政府信息公开是公众了解政府行为的直接途径。\n"
            "一、加强组织领导。确定专人负责政务公开日常工作。\n二、确保信息公开安全性。严格落实相关配套制度。\n"
            "三、主动公开政府信息情况。2021年,我局无相关政务信息公开。\n四、依申请公开政府信息情况。我局全年未收到政府信息公开申请。\n"
            "二、主动公开政府信息情况\n略。\n三、收到和处理政府信息公开申请情况\n略。\n")
    sections = convert(text.encode(), "page.txt")["sections"]
    assert [(s["number"], s["title"]) for s in sections] == [("一", "总体情况"), ("二", "主动公开政府信息情况"),
                                                            ("三", "收到和处理政府信息公开申请情况")]
    assert "确保信息公开安全性" in sections[0]["text"]


def test_a_site_printed_with_a_blank_after_its_www():
    text = "本报告可在青石区政府网站(http://www. qsq.gov.cn)下载。\n一、总体情况\n略。\n"
    assert convert(text.encode(), "page.txt")["contacts"]["websites"] == ["http://www.qsq.gov.cn"]


def test_the_first_kind_after_channels_listed_with_their_act():
    ad = active_disclosure("2023年,在市政府门户网站、《青石市人民政府公报》等主动公开市政府及市政府办公室政策文件79件、会议信息23条、"
                           "政策解读61件、政府公报12期。")[0]
    assert [c["name"] for c in ad["categories"]][0] == "市政府及市政府办公室政策文件"


def test_the_organ_whose_work_the_opening_publishes_after_the_year():
    text = ("根据《中华人民共和国政府信息公开条例》要求,现公布2022年青石县自然资源和规划局政府信息公开工作情况。本报告中所列数据的统计期限自"
            "2022年1月1日起至2022年12月31日止。\n一、总体情况\n2022年,我局高度重视政府信息公开工作。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石县自然资源和规划局"


@pytest.mark.parametrize("text, names", [
    # channels' counts are no kinds: a site's information, an app's articles
    ("2024年,主动公开网站信息6217份,掌上青石发稿28222条,新媒体账号发稿10739条。", []),
    # the whole of the kinds listed, no kind of its own
    ("依托县人民政府门户网站平台,主动向社会公开年度《政府工作报告》和主要工作动态、财政预决算等有关政务新闻和公告类信息4861条。", []),
    # the site's name holding 信息公开 is the channel, not the act
    ("通过政府信息公开门户网站主动公开工作动态33条、乡镇建设12条、政策文件4条。", ["工作动态", "乡镇建设", "政策文件"]),
    # an amount noted after a kind's count does not end the list
    ("我街主动公开街道工作动态50条,政府采购29项,采购金额23.72万元,政策文件1条,机构设置及职能1条,预决算信息2条。",
     ["街道工作动态", "政府采购", "政策文件", "机构设置及职能", "预决算信息"]),
], ids=["channels-posts", "listed-whole", "disclosure-portal", "amount-note"])
def test_channels_and_wholes_are_no_kinds_and_notes_do_not_end_a_list(text, names):
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]] == names


def test_kinds_listed_after_their_counts_whatever_their_names():
    """'其中含15条政府文件、7条乡镇建设相关的文件、…': read as named first, not each name paired with the next count."""
    ad = active_disclosure("2019年,公开政府信息48条(其中含15条政府文件、7条乡镇建设相关的文件、16条政策落实的文件、7条财政资金管理、"
                           "1条权责清单、2条乡镇动态)。")[0]
    assert [(c["name"], c["count"]) for c in ad["categories"]] == [
        ("政府文件", 15), ("乡镇建设相关的文件", 7), ("政策落实的文件", 16), ("财政资金管理", 7), ("权责清单", 1), ("乡镇动态", 2)]


@pytest.mark.parametrize("text, total, names", [
    # news outlets' reports on the organ are no kinds
    ("截至12月31日,市政府网站上主动公开交通行业信息112条,另外,市本级在各类媒体上刊发报道700余篇,并受到主流媒体的关注和推送,"
     "央视新闻频道刊播3条,新华社2篇,青石新闻联播10篇,青石日报15篇,市级党报头版50篇。", 112, []),
    # the whole of the kinds listed, its count before 信息 (in the section on proactive disclosure)
    ("我局坚持以公开为常态、不公开为例外原则,2022年,市营商环境局通过政府网站发布政策解读、信息公开年报、机构职能等5条信息。", 5, []),
    # the weibo and wechat pair's count is a medium's
    ("局“双微”平台共发布信息2128条(其中微信发布752条,微博发布1376条)。", None, []),
], ids=["news-outlets", "count-before-information", "weibo-wechat-pair"])
def test_outlets_a_lists_whole_and_the_two_micros(text, total, names):
    ad = active_disclosure(text, text)[0]
    assert (ad["total"], [c["name"] for c in ad["categories"]]) == (total, names)


def test_a_headings_number_on_a_paragraph_of_its_own_in_a_page_or_a_word_file():
    lines = ["青石区2019年政府信息公开工作年度报告", "一、总体情况", "2019年,我区推进政府信息公开。", "二、", "主要公开政府信息情况",
             "全年主动公开政府信息120条。", "三、", "收到和处理政府信息公开申请情况", "略。"]
    page = ("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>").encode("gb18030")
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    for data, name in ((page, "page.html"), (buffer.getvalue(), "report.docx")):
        sections = convert(data, name)["sections"]
        assert [(s["number"], s["title"]) for s in sections] == [("一", "总体情况"), ("二", "主要公开政府信息情况"),
                                                                ("三", "收到和处理政府信息公开申请情况")], name


@pytest.mark.parametrize("text, field, value", [
    # a Traditional copy's font widget left open ('【字體:') does not take the organ's line under it
    ("2017年區交通運輸局政府信息公開工作年度報告\n\n來源: 發佈時間:2018-03-08 00:00:00 【字體:\n  青石市雲崖區交通運輸局\n\n"
     "  2017年政府信息公開工作年度報告\n\n  本報告根據《中華人民共和國政府信息公開條例》規定編制。\n一、概述\n略。\n", "issuer", "青石市云崖区交通运输局"),
    # nor its date line, the widget in Taiwan words ('【瀏覽字型:')
    ("2019年雲崖街道政府資訊公開工作年度報告\n\n2020-01-23 11:21  稿件作者:雲崖街道   瀏覽量:- 【瀏覽字型:\n\n"
     "  根據《中華人民共和國政府資訊公開條例》的規定,現公佈2019年雲崖街道政府資訊公開工作年度報告。\n一、總體情況\n略。\n",
     "published_date", "2020-01-23"),
    # a betting brand's login entrance in Taiwan words ('網頁版登入入口')
    ("hth網頁版登入入口官網發佈\n2011\n年政府信息公開\n年度報告\n依據《中華人民共和國政府信息公開條例》有關規定,華體會登入入口政府辦公室編制年度報告。\n"
     "一、概述\n略。\n", "title", "2011年政府信息公开年度报告"),
], ids=["open-widget", "date-line-widget", "login-entrance"])
def test_a_traditional_copys_widgets_and_spam(text, field, value):
    assert convert(text.encode(), "mirror.txt")[field] == value


@pytest.mark.parametrize("text, title", [
    ("• 索 引 号:QZ10107-2500-2019-00002 • 备注/文号:云交〔2019〕3号 • 发布机构:青石县交通运输局 • 公文生成日期:2019-01-03 "
     "青石县交通运输局2018年政府信息公开工作年度报告 本年度报告根据《中华人民共和国政府信息公开条例》编制,全文包括概述、主动公开政府信息情况、"
     "依申请公开政府信息情况等内容。本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。如对本报告有任何疑问,请与青石县交通运输局"
     "办公室联系。一、概述 2018年,我局认真贯彻落实《条例》,全年主动公开政府信息120条。二、主动公开政府信息情况 略。",
     "青石县交通运输局2018年政府信息公开工作年度报告"),
    ("索引號: 728466524/2021-258586 公開方式: 主動公開 文號: 公開日期: 2021-01-26 發布單位: 市青石新城管委會 "
     "青石市青石新城管委會2020年政府信息公開工作年度報告 根據《中華人民共和國政府信息公開條例》規定,現公布本報告,全文包括總體情況、"
     "主動公開政府信息情況等內容。本報告中所列數據的統計期限自2020年1月1日起至2020年12月31日止。如對本報告有任何疑問,請與青石新城"
     "管委會辦公室聯繫。一、總體情況 2020年,我委認真貫徹落實《條例》。二、主動公開政府信息情況 略。",
     "青石市青石新城管委会2020年政府信息公开工作年度报告"),
], ids=["fields-then-title", "traditional-fields"])
def test_a_page_flattened_onto_one_line_keeps_its_report_after_its_fields(text, title):
    record = convert(text.encode(), "flat.txt")
    assert record["title"] == title and record["sections"]


@pytest.mark.parametrize("line", ["来源:青石乡2019-05-08 11:28", "2012-01-16 00:00青石省住房和城乡建设厅"],
                         ids=["source-then-date", "date-then-organ"])
def test_a_pdfs_date_line_its_blanks_lost(line):
    """A page printed to PDF, read back without the blanks between Han characters and figures."""
    text = f"青石省住房和城乡建设厅2011年政府信息公开工作年度报告\n{line}\n根据《中华人民共和国政府信息公开条例》规定,现公布本报告。\n一、概述\n略。\n"
    assert convert(text.encode(), "page.txt")["published_date"] == parse_date(line)


@pytest.mark.parametrize("text, total", [
    # what the organ released and updated, the site's and the account's counts after it
    ("2022年全年,云崖县市场监管局全年共发布和更新信息756条,官方网站发布信息223条,运营“云崖市场监管”微信公众号,推送101期,发布信息558条。", 756),
    # of every kind, the key areas' among them ('…等重点领域信息在内的各类信息'), a rough count of the media's after it
    ("2020年,我局充分利用县政府信息公开网站、政务微博、微信公众号等宣传载体,共发布包括食品、药品、特种设备信息等重点领域信息在内的各类信息516条,"
     "其中,在各级新闻媒体发布信息200余篇。", 516),
    # edited and released, of every kind
    ("(一)主动公开情况\n2021年,省统计局共编发各类信息1555条,发布各类解读信息123条。\n全年共办理各类在线留言1647条,其中,局长信箱268条、咨询交流1379条。", 1555),
    # what an account released since the street office was set up, and the site's beside it
    ("自街道成立以来利用街道“青石”公众号平台发布信息169条,利用区政府网站公布信息92条,涉及机构信息、新闻动态等多个版块。", None),
    # what was disclosed off the web, after the site's and the media's counts
    ("全年通过云崖区政府网站主动公开政府文件,政府会议、财政预决算、重大民生等信息3498条;政务新媒体发布信息10444条;线下方式公开信息20451条。", None),
], ids=["released-and-updated", "of-every-kind-including", "edited-and-released", "since-set-up", "off-the-web"])
def test_wholes_said_in_other_words_and_a_count_since_a_body_was_set_up(text, total):
    assert active_disclosure(text)[0]["total"] == total


@pytest.mark.parametrize("text, names", [
    # a kind's count broken down in brackets, its share after the note: the list goes on
    ("2021年,青石总局主动公开政府信息21628条。其中,机关和直属单位子站信息3357条(机关信息633条、直属单位信息2724条),占公开信息总数的15.52%;"
     "省市区局信息3346条,占公开信息总数的15.47%;政务类信息2815条(通知公告类信息642条,动态类信息1745条),占公开信息总数的13.02%;"
     "全民健身类信息2275条,占公开信息总数的10.52%。", ["机关和直属单位子站", "省市区局", "政务类", "全民健身类"]),
    # documents counted in 部 among kinds in 条
    ("2019年,共发布政府信息151条。其中,政务信息49条、规范性文件14部、涉企政策88条。", ["政务信息", "规范性文件", "涉企政策"]),
    # the kinds of what all the years hold ('到2017年底累计…,其中…'), not the year's
    ("二、主动公开政府信息情况 本局到2017年底累计主动公开政府信息401条,其中公文类信息150条,全文电子化率达100%。", []),
    # the messages handled, not kinds disclosed
    ("2021年,省统计局共编发各类信息1555条,发布各类解读信息123条。全年共办理各类在线留言1647条,其中,局长信箱268条、咨询交流1379条。", []),
], ids=["share-after-a-note", "documents-in-bu", "over-the-years", "messages"])
def test_kinds_past_a_note_and_a_share_in_bu_and_not_of_all_years(text, names):
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]] == names


@pytest.mark.parametrize("text, total", [
    # channels named together, summed over the year ('全年累计在…发布')
    ("一是强化依法主动公开。及时更新局官网政府信息公开有关内容。全年累计在局官网、政务微信公众号、今日头条政务号发布政务信息928条。二是规范依申请公开办理。", 928),
    # what was disclosed, counted before the word ('…公开的1860条信息')
    ("公开方式除通过云崖区政府网站青石乡政府信息公开专栏进行政府信息公开外,还通过各村(居)公示栏进行政府信息公开。公开数量主要包含了通过线上及线下公开的1860条信息。", 1860),
], ids=["channels-summed-over-the-year", "disclosed-counted-before-the-word"])
def test_a_years_sum_over_channels_and_a_count_before_the_word(text, total):
    assert active_disclosure(text)[0]["total"] == total


@pytest.mark.parametrize("text, first", [
    # the first kind after two acts ('公开发布') past the site's name
    ("2020年,我局在云崖旗门户网站公开发布通告类7条、局公告公示类35条,运用新媒体微信公众号、微博发布及时动态234条。", "通告类"),
    # after the channels, the act and the year's documents issued ('本年度制发的')
    ("通过省政府门户网站、《青石省人民政府公报》等渠道主动公开本年度制发的省政府规章2件、省政府及省政府办公厅行政规范性文件2件,其他文件113件,"
     "省政府工作报告及解读2条,财政预决算信息52条。", "省政府规章"),
], ids=["two-acts", "issued-this-year"])
def test_the_first_kind_after_two_acts_or_the_years_documents_issued(text, first):
    assert active_disclosure(text)[0]["categories"][0]["name"] == first


def test_a_street_office_named_by_its_streets_name_in_the_opening_sentence():
    text = ("2020年,根据《中华人民共和国政府信息公开条例》要求,现公布东街办事处2020年政府信息公开工作年度报告。\n"
            "本报告包括总体情况、主动公开政府信息情况等六个部分。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "东街办事处"


def test_a_ministrys_notice_under_a_headline_dated_by_its_publication_annexes_the_report():
    text = ("青石部2020年政府信息公开工作报告\n中华人民共和国青石部\n公\n告\n2020 年\n第 2 号\n"
            "按照《中华人民共和国政府信息公开条例》有关要求,我部编制了《青石部 2019 年政府信息公开工作报告》,现予公布。\n"
            "附件:青石部 2019 年政府信息公开工作报告\n青石部\n2020 年 1 月 22 日\n青石部 2019 年政府信息公开工作报告\n"
            "根据《政府信息公开条例》要求,编制青石部 2019年政府信息公开工作报告。报告所列数据的统计期限为 2019年 1 月 1 日至 2019 年 12 月 31 日。\n"
            "一、总体情况\n2019 年,青石部继续丰富政府信息公开渠道。\n")
    record = convert(text.encode(), "page.txt")
    assert (record["title"], record["report_year"]) == ("青石部2019年政府信息公开工作报告", 2019)


@pytest.mark.parametrize("head, date", [
    ("青石署2019年度政府信息公开工作报告 发布时间:2020年01月22日 ", "2020-01-22"),
    ("青石省财政厅2021年政府信息公开工作年度报告 • 发布时间:2022年01月26日 • 编辑:省财政厅办公室 • 来源:省财政厅 ", "2022-01-26"),
    ("部  门 街  镇 云崖区青石镇人民政府 2025年政府信息公开工作年度报告 日期:2026-01-09 字 号: ", "2026-01-09"),
], ids=["written-out", "bulleted-fields", "labelled-date-alone"])
def test_a_one_line_copys_date_field_after_its_title(head, date):
    body = ("本报告按照《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求进行编写。报告由总体情况、"
            "主动公开政府信息情况组成。一、总体情况 2019年,我署认真贯彻落实《条例》,主动公开政府信息120条。二、主动公开政府信息情况 略。")
    assert convert((head + body).encode(), "flat.txt")["published_date"] == date


def test_the_statistics_period_in_an_opening_sentence_is_no_page_date():
    text = ("根据《中华人民共和国政府信息公开条例》的要求,编制本报告。报告中所列数据统计时间:2024年1月1日—12月31日,现将公开工作情况报告如下:\n"
            "一、总体情况\n2024年,云崖县认真贯彻落实政府信息公开工作要求。\n")
    assert convert(text.encode(), "page.txt")["published_date"] is None


def test_a_list_goes_on_past_a_count_whose_name_a_mirrors_spam_replaced():
    text = ("市教育局主动在云崖市政府门户网站发布新闻动态73条、教育资讯169条、政策图解4条(其中1条视频动画解读)、民意征集1条、"
            "金沙城中心赌场_澳门金沙官网1条、部门文件等111条;“云崖教育”微信公众号发布信息约700条。")
    record = convert(("云崖市教育局2022年政府信息公开工作年度报告\n一、总体情况\n" + text + "\n").encode(), "mirror.txt")
    assert [c["name"] for c in record["active_disclosure"]["categories"]][-2:] == ["民意征集", "部门文件"]


def test_a_betting_brands_sports_word_put_before_an_organs_name():
    text = ("UedBet体育城市管理综合执法局\n2021年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定,现公布UedBet体育城市管理"
            "综合执法局2021年政府信息公开工作年度报告。\n一、总体情况\n略。\n")
    assert convert(text.encode(), "mirror.txt")["title"] == "城市管理综合执法局2021年度政府信息公开工作年度报告"


def test_headings_naming_the_organs_acts_split_from_the_paragraph_glued_to_them():
    text = ("根据《条例》要求编制本报告。\n一、总体情况\n略。\n二、行政机关主动公开政府信息情况2021年,我局主动公开政府信息120条。\n"
            "三、行政机关收到和处理政府信息公开申请情况本年未收到申请。\n")
    assert [s["title"] for s in convert(text.encode(), "page.txt")["sections"]] == [
        "总体情况", "行政机关主动公开政府信息情况", "行政机关收到和处理政府信息公开申请情况"]


@pytest.mark.parametrize("text, total, names", [
    # occasions counted among the kinds do not end the list
    ("2022年,共主动公开政府信息104条,其中,文件通知8条,人大建议、政协提案办理结果复函17条,公开征求意见3次、征求意见反馈3次,"
     "项目资金使用情况公示3条,评审结果公示3条,预决算公开说明2条。", 104,
     ["文件通知", "人大建议、政协提案办理结果复函", "项目资金使用情况公示", "评审结果公示", "预决算公开说明"]),
    # kinds in 份 adding up to the whole before them, no 其中
    ("截至12月底,及时发布各类教育信息718条,发布教育厅正式公文288份,部委新闻168份,图片新闻32份,教育新闻29份,其他类档案201份。", 718,
     ["教育厅正式公文", "部委新闻", "图片新闻", "教育新闻", "其他类档案"]),
    # the first of kinds listed, named by 类 before 政府信息, is no whole
    ("区政府办公室2022年依托区政府门户网站公开区政府规范性文件等公文类政府信息54条,公开财政预决算信息2条,区政府常务会议、政务动态类信息733条。", None, None),
    # a single kind, not the parts an archive's holdings are broken down into after a bracket
    ("云崖区档案局在2018年度共计产生政府信息34条,其中主动公开的公文类信息有34条。在主动公开的信息中,工作动态类34条,约占总体的比例为100%。\n"
     "目前累计接收政府公开信息文件共计1640份(其中原云崖1272份,原青石368份)。", 34, ["工作动态类"]),
], ids=["occasions", "in-fen-adding-up", "first-kind-before-government-information", "holdings-in-brackets"])
def test_kinds_past_occasions_in_fen_and_not_an_archives_holdings(text, total, names):
    ad = active_disclosure(text)[0]
    assert ad["total"] == total
    if names is not None:
        assert [c["name"] for c in ad["categories"]] == names


def test_a_proactive_sections_count_added_and_updated_and_a_mediums_besides():
    text = ("云崖区科技局2020年政府信息公开工作年度报告\n一、概述\n根据《条例》要求,我局成立了政务信息公开工作领导小组。\n"
            "二、主动公开政府信息的情况\n2020年共新增和更新政府信息153条,其中机构职能类8条;政策与规范性文件类3条;政府报告类6条;动态及其他工作信息82条。\n"
            "此外,还通过不同渠道和方式公开政府信息 ,新闻媒体公开信息5条,举办新闻发布会1次,政策解读稿件发布5篇。\n三、依申请公开情况\n略。\n")
    assert convert(text.encode(), "page.txt")["active_disclosure"]["total"] == 153


def test_the_year_applications_are_carried_over_to_is_not_the_reports():
    text = ("一、总体情况\n(一)认真落实主动公开。做好常态化政府信息公开和更新。\n(二)依申请公开。全年受理申请20件,办结12件,余8件转2023年度办理。\n")
    assert convert(text.encode(), "page.txt")["report_year"] is None


def test_a_proactive_sections_rough_whole_leaves_no_count_elsewhere_for_it():
    text = ("云崖市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
            "通过市门户网站、政务新媒体主动公开各类政务信息1.85万条,公开各类政府文件121件,政策解读111篇。\n"
            "(二)依申请公开情况\n全年共受理依申请公开112件。\n(三)政府信息管理情况\n一是加强信息安全保障。二是狠抓基层信息公开。"
            "三是注重重点领域公开。集中规范公开国民经济和社会发展规划、专项规划、国土空间规划等信息87条,公开助企纾困信息136条、疫情防控信息98条。\n")
    ad = convert(text.encode(), "page.txt")["active_disclosure"]
    assert ad == {"total": None, "categories": []}


@pytest.mark.parametrize("text, names", [
    # channels with their act and what they disclosed ('政府公报公开政府信息', '其他方式公开政府信息') are no kinds
    ("2018年,我局共对外公开各类信息278条,其中政府网站公开信息78条、政务微信公开信息14条、政府公报公开政府信息1条、其他方式公开政府信息185条。", []),
    # the act done at once (集中公开) before the first kind
    ("二是深化重点领域公开,依托政府网站政府信息公开平台,集中公开规划计划信息20条,重大建设项目信息94条,财政领域信息36条。",
     ["规划计划信息", "重大建设项目信息", "财政领域信息"]),
], ids=["channels-with-what-they-disclosed", "disclosed-at-once"])
def test_channels_with_what_they_disclosed_and_the_act_done_at_once(text, names):
    assert [c["name"] for c in active_disclosure(text)[0]["categories"]] == names


def test_a_date_field_after_the_title_on_its_line_is_no_sites_name():
    text = ("- 索 引 号:00824883-6/2024-29854 主题分类:综合政务\n- 发文机关:云崖县政府办公室 成文日期:2024-02-06 17:24\n-\n标 题:\n"
            "云崖县2023年政府信息公开工作年度报告 - 文 号:发布日期: 2024-02-06 17:24\n- 备案登记号:\n-\n废止日期:\n时 效 性:有效\n"
            "云崖县2023年政府信息公开工作年度报告\n依据《中华人民共和国政府信息公开条例》规定,编制本报告。\n一、总体情况\n略。\n")
    record = convert(text.encode(), "page.txt")
    assert record["published_date"] == "2024-02-06" and record["source"].get("site_name") is None


@pytest.mark.parametrize("text, issuer", [
    # a district's bureau after a bare 区, printed in full with its city once, opening a document's name
    ("一、总体情况\n根据《中华人民共和国政府信息公开条例》有关规定,现公布2021年度区民政局政府信息公开工作年度报告。\n(一)主动公开\n略。\n"
     "(二)依申请公开\n进一步完善依申请公开工作制度,制定《青石市云崖区民政局政府信息依申请公开指南》,明确相关科室职责。云崖区各街道同步公开。\n",
     "青石市云崖区民政局"),
    # an organ titled with the bodies merged into it in brackets
    ("2020年云崖县住房和城乡建设局(交通局、人防办)政府信息公开工作年度报告\n2022-03-10 18:38\n"
     "2020年,云崖县住建局(交通局、人防办)在县委、县政府的正确领导下,认真抓好政府信息公开工作。\n一、总体情况\n略。\n", "云崖县住房和城乡建设局"),
], ids=["city-in-a-documents-name", "merged-bodies-in-brackets"])
def test_an_organ_named_with_its_city_or_its_merged_bodies(text, issuer):
    assert convert(text.encode(), "page.txt")["issuer"] == issuer


def test_a_towns_government_the_body_speaks_of_is_named_with_the_titled_place():
    text = ("2019年青石市云崖镇政府信息公开工作年度报告\n本报告由工作情况概述,主动公开政府信息情况等七部分组成。\n"
            "一、概述\n2019年,云崖镇政府认真贯彻落实《条例》,扎实推进政府信息公开工作。\n")
    assert convert(text.encode(), "page.txt")["issuer"] == "青石市云崖镇"


def test_a_report_printing_full_width_digits_is_parsed_and_kept_as_printed():
    """Figures typed full-width ('２０２４年', '４５２１条'): the title keeps them as printed; the year, dates, issuer, 文号 and
    counts are parsed as if ASCII."""
    text = ("云崖县人民政府办公室\n２０２４年政府信息公开工作年度报告\n发布时间：２０２５-０１-２１ １７:４８ 来源：云崖县人民政府办公室\n"
            "一、总体情况\n２０２４年，云崖县人民政府办公室认真贯彻落实《条例》，全年主动公开政府信息４５２１条，其中政策文件１２条。\n"
            "二、主动公开政府信息情况\n略。\n云崖县人民政府办公室\n２０２５年１月２０日\n")
    record = convert(text.encode(), "page.txt")
    assert record["title"] == "云崖县人民政府办公室２０２４年政府信息公开工作年度报告"
    assert (record["report_year"], record["issuer"]) == (2024, "云崖县人民政府办公室")
    assert (record["published_date"], record["signed_date"]) == ("2025-01-21", "2025-01-20")
    assert record["active_disclosure"]["total"] == 4521
