"""What a report's opening says, as real openings print it: its page's field table, the name its first
sentences give the report, and how much it disclosed. (Specimens written like the real pages; the places are made up.)"""
import pytest

from pipeline.convert import convert
from pipeline.extract.disclosure import active_disclosure
from pipeline.extract.meta import title_of
from pipeline.pagemeta import fields_under_labels

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
