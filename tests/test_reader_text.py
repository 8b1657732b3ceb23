"""The plain-text reader: crawler headers, and hard-wrapped text joined back into paragraphs."""
import pytest

from pipeline.convert import convert
from pipeline.model import Paragraph
from pipeline.readers.text import read

PARAGRAPH = ("2022年，全区坚持以公开为常态、不公开为例外，围绕区委、区政府中心工作，持续深化政务公开，"
             "推动基层政务公开标准化规范化建设向镇（街道）和村（社区）延伸，全年主动公开政府信息4127条。")


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _texts(lines: list[str]) -> list[str]:
    return [b.text for b in read("\n".join(lines).encode("utf-8")).blocks if isinstance(b, Paragraph)]


def test_hard_wrapped_paragraphs_are_joined_but_not_headings_or_table_rows():
    contact = "如对本报告有疑问，请与区政府办公室联系（电话：0571-87654321；电子邮箱：zwgk_office@example.gov.cn）。"
    lines = (["一、总体情况"] + _wrap(PARAGRAPH, 30) + ["（一）主动公开"] + _wrap(PARAGRAPH, 30)
             + ["二、联系方式"] + _wrap(contact, 30) + _wrap(PARAGRAPH, 30)
             + ["| 自然人 | 12 | 3 |", "| 法人或其他组织 | 4 | 0 |"])
    assert _texts(lines) == ["一、总体情况", PARAGRAPH, "（一）主动公开", PARAGRAPH, "二、联系方式", contact,
                             PARAGRAPH, "| 自然人 | 12 | 3 |", "| 法人或其他组织 | 4 | 0 |"]


def test_a_paragraph_per_line_is_left_as_it_is():
    # paragraphs of every length, none ending in 。: nothing says the text was wrapped
    lines = [(PARAGRAPH * 3)[:n] for n in (40, 95, 130, 22, 61, 150, 75, 33, 110, 88, 47, 160)]
    assert _texts(lines) == lines


def test_the_record_says_the_text_was_rejoined():
    text = "\n".join(["江临市澄湾区2022年政府信息公开工作年度报告", "一、总体情况"] + _wrap(PARAGRAPH * 3, 32))
    record = convert(text.encode("utf-8"), "wrapped.txt")
    assert record["sections"][0]["text"] == PARAGRAPH * 3
    assert [i["message"] for i in record["issues"] if i["code"] == "reader_note"] == [
        "text hard-wrapped at about 32 characters: wrapped lines joined"]


def test_numbers_a_crawl_put_on_lines_of_their_own_go_back_into_their_sentence():
    lines = ["依据《条例》（国务院令第", "492", "号）编制。统计期限为", "2011", "年", "1", "月", "1", "日至", "2011", "年",
             "12", "月", "31", "日。", "行政处罚", "5", "行政强制", "0"]
    assert _texts(lines) == ["依据《条例》（国务院令第492号）编制。统计期限为2011年1月1日至2011年12月31日。",
                             "行政处罚", "5", "行政强制", "0"]  # a table's cells, one a line, stay apart


def test_a_line_ending_in_an_opening_mark_runs_on():
    assert _texts(["按照《", "中华人民共和国政府信息公开条例》（以下简称", "《条例》）要求，特编制本报告。", "一、概述"]) == [
        "按照《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，特编制本报告。", "一、概述"]
    # a line an excerpt cut short before a heading: the heading stays a line of its own
    assert _texts(["根据《中华人民", "一、总体情况", "2023年，经开区持续深化公开。"]) == [
        "根据《中华人民", "一、总体情况", "2023年，经开区持续深化公开。"]


def test_a_text_under_a_mirrors_stray_tags_is_text():
    """A page's text with the tags a mirror injected copied above it is read as text, its tags dropped."""
    data = ('<i id="ew0tt"></i>\n<video id="ew0tt"><menu id="ew0tt"></menu></video>\n\n      1. <source id="ew0tt"></source>\n'
            '      2. <b id="ew0tt"></b>\n\n        当前位置:政府信息公开年度报告\n\n        云崖区2018年政府信息公开工作年度报告\n\n'
            '          本报告是根据《中华人民共和国政府信息公开条例》要求编制的。\n一、概述\n2018年我区推进公开。\n').encode()
    from pipeline.readers import read as read_any

    doc, kind = read_any(data)
    assert kind == "txt"
    assert not any("<" in b.text or b.text in ("1.", "2.") for b in doc.blocks)
    # an HTML page opening with a tag is HTML
    assert read_any("<p>云崖区2018年政府信息公开工作年度报告</p><p>本报告是根据《中华人民共和国政府信息公开条例》编制的。</p>".encode())[1] == "html"


def test_a_hard_wrapped_text_is_found_wrapped_though_its_table_rows_outnumber_its_full_lines():
    # a PDF's text laid out (pdftotext): short prose wrapped at 30, then a 表三 a row a line, its cells spaced apart;
    # the rows say nothing of the width the prose wraps at
    rows = [f"        {label:<24}" + "".join(f"{v:<6}" for v in [3, 0, 0, 0, 0, 0, 3]) for label in
            ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开", "1.属于国家秘密",
             "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
             "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息")]
    lines = ["一、总体情况"] + _wrap(PARAGRAPH, 30) * 3 + ["三、收到和处理政府信息公开申请情况"] + rows
    assert _texts(lines)[:4] == ["一、总体情况", PARAGRAPH, PARAGRAPH, PARAGRAPH]


def test_a_hard_wrapped_texts_title_as_wide_as_its_lines_stands_alone():
    title = "云崖市人民政府办公室2023年政府信息公开工作年度报告"  # 27 characters, the wrap width 30 less three
    lines = [title] + _wrap(PARAGRAPH, 28) * 3
    assert _texts(lines)[:2] == [title, PARAGRAPH]


def test_a_page_number_between_the_lines_of_a_wrapped_paragraph_is_dropped_and_the_paragraph_joined():
    # a PDF's text: '— 1 —' (GB/T 9704's folio) where the paragraph runs on to the next page
    lines = _wrap(PARAGRAPH, 28)
    assert _texts(["一、总体情况"] + lines[:2] + ["— 1 —"] + lines[2:] + _wrap(PARAGRAPH, 28) * 2)[:3] == ["一、总体情况", PARAGRAPH, PARAGRAPH]


def test_paragraphs_a_line_each_about_as_wide_are_not_read_as_wrapped():
    # a crawl's text, a paragraph a line, a dozen of them by chance about as wide: each ends its sentence
    lines = [PARAGRAPH[:40 + k % 4] + "。" for k in range(12)] + ["一、总体情况", "正文。"]
    assert _texts(lines) == lines


def test_lines_a_pdf_printed_in_bold_by_drawing_them_twice_read_once():
    # pdfminer's and pdfplumber's text of a wkhtmltopdf print: the bold headings' characters each twice, digits (another
    # font) once; prose with a doubled word or two ('认认真真、扎扎实实') stays as written
    lines = ["江江临临市市人人民民政政府府2022年年政政府府信信息息公公开开工工作作年年度度报报告告", "一一、、总总体体情情况况",
             "全市上下认认真真、扎扎实实推进政务公开，人人参与。", "（（一一））主主动动公公开开"]
    assert _texts(lines) == ["江临市人民政府2022年政府信息公开工作年度报告", "一、总体情况", lines[2], "（一）主动公开"]


def test_a_heading_whose_number_is_no_numeral_is_no_heading():
    # ('一一、' where a line printed twice only in part: no section number, and no error)
    record = convert("云崖区2022年政府信息公开工作年度报告\n一一、、总总体体情情况况（摘要）\n全年主动公开政府信息4127条。\n"
                     "二、主动公开政府信息情况\n正文。\n".encode(), "yunya.txt")
    assert [s["number"] for s in record["sections"]] == ["二"]


def test_a_browsers_print_header_and_footer_are_dropped_only_where_its_footer_is_there():
    header, footer = "12/1/26, 3:40 AM 云崖区2022年政府信息公开工作年度报告-云崖区人民政府门户网站", "file:///C:/saved/report.html 1/3"
    paragraphs = ["2022年，全区主动公开政府信息4127条。", "全年新收政府信息公开申请52件。"]
    assert _texts([paragraphs[0], header, footer, paragraphs[1]]) == paragraphs
    assert _texts(["2026/12/1 03:40 云崖区2022年政府信息公开工作年度报告", paragraphs[0], "https://www.yunya.gov.cn/art/1.html 2/3"]) \
        == [paragraphs[0]]
    # (PyMuPDF's text puts each on two lines)
    assert _texts([paragraphs[0], "12/1/26, 3:40 AM", "云崖区2022年政府信息公开工作年度报告-云崖区人民政府门户网站",
                   "file:///C:/saved/report.html", "1/3", paragraphs[1]]) == paragraphs
    # (without a footer, a line opening with a date and time is the page's own: a list's entry, a crawl's field)
    assert _texts(["2023/01/17 10:30 云崖区2022年政府信息公开工作年度报告", paragraphs[0]])[0].startswith("2023/01/17")


def test_a_markdown_texts_links_images_emphasis_escapes_and_quote_marks_are_dropped():
    lines = ["[![](/images/site_logo.png)](/)", "当前位置：[首页](/) \\> [政务公开](/zwgk/) \\> 年报", "![](/res/img/banner.png)",
             "**一、总体情况**", "> （一）主动公开", "**2022年**，全年主动公开政府信息[4127](/x \"条数\")条。",
             "[打印本页](javascript:window.print();) [[关闭窗口]](javascript:window.close\\(\\))", "申请人张**、李**来电138****5678。"]
    assert _texts(lines) == ["当前位置：首页 > 政务公开 > 年报", "一、总体情况", "（一）主动公开",
                             "2022年，全年主动公开政府信息4127条。", "打印本页 [关闭窗口]", "申请人张**、李**来电138****5678。"]


def test_html_tables_in_a_markdown_text_are_tables_with_their_spans():
    """A converter (MinerU, pandoc) leaves a table it cannot draw in Markdown as HTML, on one line or on many;
    text before and after it on its lines stays text."""
    from pipeline.model import Table

    text = "\n".join([
        "# 云崖县2016年政府信息公开工作年度报告", "附表：统计表 <table><tr><td rowspan=\"2\">指标名称</td><td>计量</td>"
        "<td colspan=\"2\">数值</td></tr><tr><td>单位</td><td>2016年度</td><td>历年累计</td></tr>",
        "<tr><td>主动公开信息数</td><td>条</td><td>425</td><td><p>1516</p></td></tr></table> 云崖县人民政府",
        "<table>", "<tbody>", "<tr>", "<td><p>计量</p>", "<p>单位</p></td>", "</tr>", "</tbody>", "</table>", "二〇一七年一月十日"])
    blocks = read(text.encode("utf-8")).blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Paragraph", "Table", "Paragraph", "Table", "Paragraph"]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "云崖县2016年政府信息公开工作年度报告", "附表：统计表", "云崖县人民政府", "二〇一七年一月十日"]
    first, second = (b for b in blocks if isinstance(b, Table))
    assert first.text_rows() == [["指标名称", "计量", "数值", "数值"], ["指标名称", "单位", "2016年度", "历年累计"],
                                 ["主动公开信息数", "条", "425", "1516"]]
    assert second.text_rows() == [["计量\n单位"]]


def test_a_grid_table_drawn_with_rules_is_a_table_its_rows_lines_joined_cell_by_cell():
    from pipeline.model import Table

    lines = ["附件1：统计表", "+--------------+------+-------+----------+", "| 指标名称     | 计量 | 2011  | 历年累计 |",
             "|              | 单位 | 年度  |          |", "+==============+======+=======+==========+",
             "| 主动公开信息 | 条   | 425   | 1516     |", "| 数           |      |       |          |",
             "+--------------+------+-------+----------+", "| 行政复议数   | 条   | 0     | 0        |",
             "+--------------+------+-------+----------+", "二〇一二年二月二十日"]
    blocks = read("\n".join(lines).encode("utf-8")).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["附件1：统计表", "二〇一二年二月二十日"]
    (table,) = (b for b in blocks if isinstance(b, Table))
    assert table.text_rows() == [["指标名称", "计量\n单位", "2011\n年度", "历年累计"], ["主动公开信息\n数", "条", "425", "1516"],
                                 ["行政复议数", "条", "0", "0"]]


def test_a_table_drawn_with_box_characters_keeps_its_merged_cells():
    """w3m's dump of a page draws a table's borders: a cell merged down runs until a rule is drawn under it (its
    text centred over several rows, a rule beside it on the same line), one merged across spans the edges inside."""
    from pipeline.model import Table

    from unicodedata import east_asian_width

    def cell(text: str, width: int) -> str:  # padded to its display width, as w3m lays it out
        return text + " " * (width - sum(2 if east_asian_width(c) in "WF" else 1 for c in text))

    def line(*cells: tuple[str, int], joints: str = "││││││") -> str:
        return joints[0] + "".join(cell(t, w) + joints[i + 1] for i, (t, w) in enumerate(cells))

    lines = ["三、收到和处理政府信息公开申请情况",
             "┌" + "─" * 17 + "┬" + "─" * 18 + "┐",
             line(("", 17), ("申请人情况", 18)),
             line(("", 17), ("─" * 4, 4), ("─" * 8, 8), ("─" * 4, 4), joints="│├┬┬┤"),
             line(("", 17), ("自然", 4), ("法人或其", 8), ("总计", 4)),
             line(("", 17), ("人", 4), ("他组织", 8), ("", 4)),
             "├" + "─" * 17 + "┼" + "─" * 4 + "┼" + "─" * 8 + "┼" + "─" * 4 + "┤",
             line(("一、本年新收", 17), ("5", 4), ("1", 8), ("6", 4)),
             "├" + "─" * 6 + "┬" + "─" * 10 + "┼" + "─" * 4 + "┼" + "─" * 8 + "┼" + "─" * 4 + "┤",
             line(("", 6), ("（一）予以", 10), ("3", 4), ("0", 8), ("3", 4)),
             line(("三、本", 6), ("公开", 10), ("", 4), ("", 8), ("", 4)),
             line(("年度办", 6), ("─" * 10, 10), ("─" * 4, 4), ("─" * 8, 8), ("─" * 4, 4), joints="│├┼┼┼┤"),
             line(("理结果", 6), ("（二）部分", 10), ("1", 4), ("1", 8), ("2", 4)),
             line(("", 6), ("公开", 10), ("", 4), ("", 8), ("", 4)),
             "└" + "─" * 6 + "┴" + "─" * 10 + "┴" + "─" * 4 + "┴" + "─" * 8 + "┴" + "─" * 4 + "┘",
             "四、政府信息公开行政复议、行政诉讼情况"]
    blocks = read("\n".join(lines).encode("utf-8")).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [lines[0], lines[-1]]
    (table,) = (b for b in blocks if isinstance(b, Table))
    assert table.text_rows() == [
        ["", "", "申请人情况", "申请人情况", "申请人情况"],
        ["", "", "自然\n人", "法人或其\n他组织", "总计"],
        ["一、本年新收", "一、本年新收", "5", "1", "6"],
        ["三、本\n年度办\n理结果", "（一）予以\n公开", "3", "0", "3"],
        ["三、本\n年度办\n理结果", "（二）部分\n公开", "1", "1", "2"]]


def test_a_lynx_dump_loses_its_link_numbers_and_their_list_of_targets():
    lines = ["   [1]设为首页 | [2]加入收藏", "   一、总体情况", "   全年主动公开政府信息[3]386条。", "   鹤川市交通运输局",
             "   2020年1月17日", "   [12][打印本页] [13][关闭窗口]", "", "References", "", "   1. file:///", "  12. javascript:window.print();"]
    assert _texts(lines) == ["设为首页 | 加入收藏", "一、总体情况", "全年主动公开政府信息386条。", "鹤川市交通运输局", "2020年1月17日",
                             "[打印本页] [关闭窗口]"]


def test_a_lynx_dump_of_a_page_with_links_that_show_no_text_loses_both_lists_of_targets():
    # (a logo's link shows no text: lynx lists the targets in two, 'Visible links:' and 'Hidden links:')
    lines = ["   [1]设为首页", "   一、总体情况", "   全年主动公开政府信息386条。", "   鹤川市交通运输局", "   2020年1月17日", "",
             "References", "", "   Visible links:", "   1. file:///", "", "   Hidden links:", "   2. https://www.pingtan.gov.cn/"]
    assert _texts(lines) == ["设为首页", "一、总体情况", "全年主动公开政府信息386条。", "鹤川市交通运输局", "2020年1月17日"]


def test_table_markup_that_never_closes_stays_text():
    lines = ["附表：统计表", "<table><tr><td>指标名称</td>", "┌────┬────┐", "│条  │425 │", "+------+", "全年主动公开政府信息425条。"]
    assert _texts(lines) == lines


def test_catdocs_field_instructions_are_dropped_and_their_results_kept():
    lines = ["如对本报告有疑问，请与县政府办公室联系（电子邮箱：  HYPERLINK \"mailto:fqgkb@126.com\" 24336240@163.com ）。",
             "  HYPERLINK \"../../../wzdt/\" 网站地图  |   HYPERLINK", "\"../../../lxwm/\" 联系我们"]
    assert _texts(lines) == ["如对本报告有疑问，请与县政府办公室联系（电子邮箱： 24336240@163.com ）。", "网站地图  | 联系我们"]


def test_a_laid_out_table_row_ends_its_line_in_a_hard_wrapped_text():
    # pdftotext -layout: a row's label torn over lines, its values set out wide on the middle one: the row, as wide as a
    # full line of prose, does not run on into the label's last line
    row = "正、行政机关不再处理其政府信           67        3        0         0        1         0    71"
    lines = ["一、总体情况"] + _wrap(PARAGRAPH, 30) * 3 + ["1、申请人无正当理由逾期不补", row, "息公开申请"]
    assert _texts(lines)[-2:] == [row, "息公开申请"]


def test_a_line_left_open_does_not_run_on_into_a_row_of_values():
    # a 表三 label's note broken in its cell ('（区分处理的，只'), the row's values on the next line, the note's rest after
    lines = ["办理结果 （二）部分公开（区分处理的，只", "7 1 0 0 0 0 8", "计这一情形，不计其他情形）"]
    assert _texts(lines) == lines
    # (a line left open still runs on into its words: '按照《' / '中华人民共和国政府信息公开条例》…')
    assert _texts(["按照《", "中华人民共和国政府信息公开条例》要求编制本报告。"]) == ["按照《中华人民共和国政府信息公开条例》要求编制本报告。"]


@pytest.mark.parametrize("above, title", [
    # the page's field line happens to print as wide as the wrap: the title under it stays its own
    ("更新时间:2025-01-23浏览次数:来源:青石街道作者:青石街道 字体[ 大 中 小 ]", "云崖市青石区青石街道2024年政府信息公开年度报告"),
    # a title with its date in brackets after it, as wide as the wrap, does not take the body's first line
    (None, "2017年云崖市发展和改革委员会政府信息公开年报( 2018年02月27日 )"),
], ids=["under-a-field-line", "dated-in-brackets"])
def test_a_title_in_a_hard_wrapped_page_stays_its_own_line(above, title):
    width = len(above or title)
    texts = _texts(([above] if above else []) + [title] + _wrap(PARAGRAPH * 3, width))
    assert title in texts
