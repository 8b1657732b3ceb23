"""What else a crawl of a site's 政府信息公开 column holds: refused as `not_a_report`, naming its
kind; and reports that use those kinds' words, which must stay reports. Specimens written like the
real pages (a CMS article, a GBK index page laid out in a table, a crawler's text)."""
import pytest

from pipeline.convert import convert
from pipeline.errors import NotAReport


def _page(title: str, paragraphs: list[str], encoding: str = "utf-8") -> bytes:
    """A CMS article page: the title in <title> and as the headline, then the paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="{encoding}"><title>{title}_云崖区人民政府</title></head><body>'
            f'<div class="nav">首页 &gt; 政务公开 &gt; 政府信息公开</div>'
            f'<div class="article"><h1>{title}</h1>{body}</div>'
            f'<div class="footer">主办：云崖区人民政府办公室 电话：0571-12345678</div></body></html>').encode(encoding)


def _refusal(data: bytes, name: str) -> str:
    with pytest.raises(NotAReport) as e:
        convert(data, name)
    return str(e.value)


GUIDE = _page("云崖区人民政府信息公开指南", [
    "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》规定，编制本指南。",
    "一、主动公开", "（一）公开范围。对涉及公众利益调整、需要公众广泛知晓的政府信息，本机关依法主动公开。",
    "二、依申请公开", "（一）受理机构。名称：云崖区人民政府办公室 办公地址：云崖区人民路1号 联系电话：0571-12345678",
    "三、监督和救济", "公民、法人或者其他组织认为本机关侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。",
    "云崖区人民政府办公室", "2023年3月1日"])
NOTICE = _page("关于做好2023年政府信息公开工作年度报告编制和发布工作的通知", [
    "云政办函〔2023〕45号", "各镇人民政府、街道办事处，区政府各部门：",
    "根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求，现通知如下：",
    "一、严格按照格式编制。", "二、各单位应于2024年1月31日前发布年度报告。", "云崖区人民政府办公室", "2023年12月20日"])
REVIEW = _page("关于2022年度政府信息公开工作年度报告评查情况的通报", [
    "区政务公开办对全区45家单位2022年度政府信息公开工作年度报告进行了评查。现将有关情况通报如下：",
    "一、总体情况", "45家单位均按时发布了年度报告。", "二、存在的问题", "部分单位表格数据勾稽关系错误。",
    "云崖区人民政府办公室", "2023年4月1日"])
REPLY = _page("政府信息公开申请答复书", [
    "云政公开〔2023〕12号", "张三：",
    "本机关于2023年5月6日收到您提出的政府信息公开申请。经审查，现答复如下：您申请获取的政府信息属于公开范围，现提供给您。",
    "如对本答复不服，可以在收到本答复之日起60日内申请行政复议，或者在6个月内提起行政诉讼。",
    "云崖区人民政府办公室", "2023年5月20日"])
PLAN = _page("云崖区2024年政务公开工作要点", [
    "为深入贯彻落实《中华人民共和国政府信息公开条例》，结合我区实际，制定本要点。",
    "一、围绕推动高质量发展加强政务公开", "二、加强政府信息公开平台建设",
    "三、做好政府信息公开工作年度报告编制发布工作", "云崖区人民政府办公室", "2024年4月10日"])
RULES = _page("云崖区政府信息公开保密审查制度", [
    "第一条 为规范政府信息公开保密审查工作，制定本制度。", "第二条 本制度适用于区政府各部门。",
    "第三条 本制度自印发之日起施行。"])
PERIODIC = _page("云崖区2023年第三季度政府信息公开工作情况", [
    "2023年第三季度，云崖区主动公开政府信息1234条，受理依申请公开23件。", "云崖区人民政府办公室", "2023年10月8日"])
RULE_OF_LAW = _page("云崖区2023年法治政府建设年度报告", [
    "2023年，云崖区扎实推进法治政府建设。现将有关情况报告如下：", "一、主要举措和成效",
    "（一）推进政务公开。全年主动公开政府信息3456条，受理政府信息公开申请45件。",
    "二、存在的不足和原因", "三、2024年主要安排", "云崖区人民政府", "2024年3月1日"])


GUIDE_UNTITLED = "\n".join([
    "为更好地提供政府信息公开服务，本机关编制了《云崖街道办事处信息公开指南》（以下简称《指南》），需要获得本机关政府信息公开服务的"
    "公民、法人和其他组织，建议阅读《指南》。", "一、主动公开", "应当将属于主动公开范围的政府信息依法予以公开。",
    "二、依申请公开", "（一）受理机构"]).encode()
CATALOGUE_UNTITLED = "\n".join([
    "一、编制目的", "为了方便公民、法人和其他组织依法获取本机关应当公开的信息，特编制本目录。", "二、入编范围",
    "本信息公开目录共收编政府信息包括：机构职能；政策法规；规划计划。", "三、机构名称及代码", "机构名称：云崖市应急管理局"]).encode()
INTERPRETATION = "\n".join([
    "文字解读：云崖区教育和体育局2023年政府信息公开工作年度报告", "字号：", "大 中 小", "一、编制背景",
    "2023年，区教育和体育局不断规范政府信息公开内容。根据有关工作要求，特编制《云崖区教育和体育局2023年政府信息公开工作年度报告》。",
    "二、编制依据", "《中华人民共和国政府信息公开条例》（国务院令711号）", "三、主要内容"]).encode()
NEWS = "\n".join([
    "【工作推进】云崖县召开2023年度政府信息公开工作年报编制和发布部署会", "发布时间:2024-01-10 18:11 来源: 云崖县人民政府 浏览量:",
    "为认真贯彻落实《中华人民共和国政府信息公开条例》，1月9日下午，在县政府五楼会议室召开了2023年度政府信息公开工作年报编制和发布部署会，"
    "11家乡镇、37家县直单位参加会议。"]).encode()
PUBLICATION = "\n".join([
    "云崖市2023年政府信息公开工作年度报告公布情况", "发布时间: 2024-02-05 11:25:00",
    "我市组织全市各政府信息公开责任单位编制并发布2023年度政府信息公开工作年度报告。现将云崖市2023年政府信息公开工作年度报告公布情况报告如下：",
    "一、我市应公布年度报告单位37个，按时公布率100%。"]).encode()
WEBSITE_CHECK = "\n".join([
    "首页/ 政府信息公开 / 法定主动公开内容 / 网站管理 / 季度检查通报 / 正文", "关于2021年第三季度政府网站和政务新媒体检查情况的通报",
    "云崖区人民政府办公室", "各镇人民政府、街道办事处，区政府各工作部门：", "近日，区政府办公室对全区政府网站和政务新媒体进行了检查。",
    "一、区政府网站检查情况", "二、政务新媒体检查情况"]).encode()
ISSUING = "\n".join([
    "归档时间:2018-11-21", "当前位置: 首页 > 政务公开 > 政务公开工作要点",
    "云崖市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(云办发〔2017〕2号)", "来源:云崖市政府门户网 日期:2017-01-12",
    "各县市区人民政府，市直各单位：", "为深入推进政府信息公开，现将《关于全面推进政务公开工作的实施意见》印发给你们，请认真贯彻执行。"]).encode()
NEWS_UNDER_FIELDS = "\n".join([
    "标题: | 云崖区召开2024年政务公开工作推进会 | ||", "---|---|---|---|", "索引号: | 113703020042161/2024-5493739 | 文号: | |",
    "发文日期: | 2024-12-18 | 发布机构: | 云崖区人民政府办公室 |",
    "12月18日，云崖区召开政务公开工作推进会议。会上针对本年度政策解读、依申请公开、政府信息公开工作年度报告等重点工作进行了培训。"]).encode()
NEWS_UNTITLED = "\n".join([
    "12月18日下午，县政务公开办在县政务服务中心四楼会议室召开了全县政府信息公开工作会议，我局信息员参加了会议。",
    "会议传达了关于开展2015年度全县政务公开考评工作的通知，对下一步政务公开工作进行了安排部署。"]).encode()
EVALUATION = "\n".join([
    "当前位置:政务公开>政务公开目录>云崖市政务公开第三方评估报告(2018)", "名称:云崖市政务公开第三方评估报告(2018)",
    "一、评估对象、指标及方法", "本次评估对象为市政府各部门，评估指标涵盖主动公开、依申请公开、政策解读等。"]).encode()
EVALUATION_UNTITLED = "\n".join([
    "为进一步规范政务公开内容和程序，区政府办对各镇（街）和区直各办、局开展政务公开评估工作。",
    "考核内容由政府信息公开情况考核、政府网站及政务新媒体考核构成。"]).encode()
def _application_form() -> bytes:
    """The application form a column offers for download, as a page: its title, its table, where to sign."""
    rows = [("申请人信息", "公民", "姓名", "", "工作单位", ""), ("申请人信息", "法人或者其他组织", "名称", "", "统一社会信用代码", ""),
            ("所需信息情况", "所需信息内容描述", "", "", "", ""), ("所需信息情况", "获取信息的方式", "□邮寄 □电子邮件 □自行领取", "", "", "")]
    table = "<table border=1>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    return _page("云崖区政府信息公开申请表", []).replace(b"</h1>", ("</h1>" + table).encode()).replace(
        b"</div><div class=\"footer\">", "<p>注：本表依据《中华人民共和国政府信息公开条例》制作，可复印使用。</p></div><div class=\"footer\">".encode())


RULE_OF_LAW_UNTITLED = "\n".join([
    "根据《法治政府建设与责任落实督察工作规定》，现将市政府办公室2022年度法治政府建设情况报告如下：", "一、2022年工作推进情况",
    "2022年，市政府办公室坚持推进政务公开，全年主动公开政府信息1200条。", "二、存在的不足"]).encode()


def _gbk_index_page() -> bytes:
    """An old CMS's column page: the reports listed in a table, a title and its date a row."""
    reports = [("", 2023), ("教育局", 2023), ("", 2022), ("财政局", 2022), ("", 2021)]
    rows = "".join(f'<tr><td><a href="t{i}.html">·云崖县{organ}{year}年政府信息公开工作年度报告</a></td>'
                   f'<td>[{year + 1}-01-2{i}]</td></tr>' for i, (organ, year) in enumerate(reports))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<title>政府信息公开年报</title></head><body><table width="980"><tr><td class="lm">政府信息公开年报</td></tr>'
            f'</table><table width="700" class="list">{rows}</table><div>共5条记录 页次:1/1 首页 上一页 下一页 尾页</div>'
            '</body></html>').encode("gbk")


def _index_page_as_text() -> bytes:
    """A crawler's text of a column page listing the reports, a date after each title."""
    lines = [f"云崖区{organ}{year}年政府信息公开工作年度报告 {year + 1}-01-2{i}"
             for i, (organ, year) in enumerate([("", 2023), ("卫生健康局", 2023), ("", 2022), ("民政局", 2022)])]
    return "\n".join(["政府信息公开年报"] + lines + ["共4条 首页 上一页 1 下一页 尾页"]).encode()


@pytest.mark.parametrize("data, name, kind", [
    (GUIDE, "guide.html", "指南"),
    (NOTICE, "notice.html", "notice or news about the annual reports"),
    (REVIEW, "review.html", "notice or news about the annual reports"),
    (REPLY, "reply.html", "reply to an application"),
    (PLAN, "plan.html", "work plan"),
    (RULES, "rules.html", "rules"),
    (PERIODIC, "periodic.html", "quarterly"),
    (RULE_OF_LAW, "rule_of_law.html", "report or notice on another subject"),
    (_gbk_index_page(), "index.html", "index page listing annual reports (5 titles)"),
    (_index_page_as_text(), "index.txt", "index page listing annual reports (4 titles)"),
    # (shapes of real pages: no title, or a title under a page's furniture and fields)
    (GUIDE_UNTITLED, "guide.txt", "指南"),
    (CATALOGUE_UNTITLED, "catalogue.txt", "catalogue"),
    (INTERPRETATION, "interpretation.txt", "interpretation"),
    (NEWS, "news.txt", "news about the annual reports"),
    (PUBLICATION, "publication.txt", "news about the annual reports"),
    (WEBSITE_CHECK, "check.txt", "quarterly"),
    (ISSUING, "issuing.txt", "notice issuing a document"),
    (RULE_OF_LAW_UNTITLED, "rule_of_law.txt", "another subject"),
    (NEWS_UNDER_FIELDS, "news.txt", "news of 政务公开 work"),
    (NEWS_UNTITLED, "news2.txt", "news of 政务公开 work"),
    (EVALUATION, "evaluation.txt", "evaluation"),
    (EVALUATION_UNTITLED, "evaluation2.txt", "evaluation"),
    (_application_form(), "form.html", "application form"),
    # a CMS's 404 page under its menu, a web server's listing of a folder (wget and HTTrack mirrors keep them)
    (_page("页面不存在_云崖区人民政府", ["政府信息公开", "政务服务", "抱歉，您访问的页面不存在或已被删除！", "返回首页"]),
     "404.html", "error page"),
    ('<html><head><title>Index of /zwgk/zfxxgk/ndbg</title></head><body><h1>Index of /zwgk/zfxxgk/ndbg</h1><pre>'
     '<a href="../">../</a>\n<a href="2023.html">2023.html</a>  25-Jan-2024 10:02  34612\n'
     '<a href="2023.pdf">政府信息公开工作年度报告.pdf</a>  25-Jan-2024 10:03  812345\n</pre></body></html>'.encode(),
     "listing.html", "directory listing"),
])
def test_other_documents_of_a_disclosure_column_are_refused_by_kind(data, name, kind):
    message = _refusal(data, name)
    assert message.startswith("not an annual report: ") and kind in message, message


def _report(title: str, before: list[str] = (), sections: bool = True, after: list[str] = ()) -> bytes:
    body = list(before) + [title, "2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息126条。"]
    if sections:
        body += ["一、总体情况", "本局推进政务公开。", "二、主动公开政府信息情况", "全年主动公开政府信息126条。",
                 "三、收到和处理政府信息公开申请情况", "本年新收申请3件。"]
    return "\n".join(body + ["云崖区审计局", "2024年1月20日"] + list(after)).encode()


@pytest.mark.parametrize("data", [
    # a menu of the column's items above the report, a line each
    _report("云崖区审计局2023年政府信息公开工作年度报告", before=["政府信息公开指南", "政府信息公开制度", "政府信息公开年报"]),
    # the same without sections to vouch for it
    _report("云崖区审计局2023年政府信息公开工作年度报告", before=["政府信息公开指南", "政府信息公开制度"], sections=False),
    # an organ whose name holds another subject's word, a title without 公开
    _report("云崖区审计局2023年度报告"),
    _report("云崖区安全生产监督管理局2013年度报告", sections=False),
    # a report of both subjects
    _report("云崖区2023年法治政府建设和政务公开工作年度报告", sections=False),
    # links to other years' reports under it
    _report("云崖区审计局2023年政府信息公开工作年度报告", sections=False,
            after=["相关链接", "云崖区审计局2022年政府信息公开工作年度报告", "云崖区审计局2021年政府信息公开工作年度报告",
                   "云崖区审计局2020年政府信息公开工作年度报告"]),
    # a cover letter sending the report, the report under it
    "\n".join(["云崖区审计局关于报送2023年政府信息公开工作年度报告的函", "区政府办公室：", "现报送本局2023年年度报告。",
               "附件：云崖区审计局2023年政府信息公开工作年度报告", "云崖区审计局2023年政府信息公开工作年度报告",
               "一、总体情况", "本局推进公开。"]).encode(),
    # a section naming a work plan, no title
    "\n".join(["2016年，本厅认真贯彻落实《云崖省人民政府办公厅关于印发2016年全省政务公开工作要点的通知》。",
               "一、落实政务公开工作要点情况", "本厅制定了实施方案。"]).encode(),
    # a report of both subjects, saying so in its opening
    "\n".join(["根据《条例》，现将市政府办公室2022年度法治政府建设和政务公开工作情况报告如下：", "一、工作推进情况",
               "全年主动公开政府信息1200条。"]).encode(),
    # a report opening with a page's fields, a breadcrumb and its toolbar
    "\n".join(["当前位置：首页 > 政府信息公开 > 政府信息公开年报", "云崖县审计局2012年政府信息公开工作年度报告", "发布时间：2013-03-01 字号：大 中 小",
               "本年报根据《条例》要求编制。2012年，我局主动公开政府信息45条。", "云崖县审计局", "2013年3月1日"]).encode(),
    # a report without a title line, saying it took part in an evaluation and held a meeting
    "\n".join(["2023年，我局积极开展政务公开考核工作，1月10日召开政务公开工作会议，全年主动公开政府信息45条。",
               "本年度未收到政府信息公开申请。", "云崖县审计局", "2024年1月20日"]).encode(),
    # a report whose sections are a guide's topics, reported on
    _page("云崖区人民政府信息公开指南和年度报告", ["一、主动公开政府信息情况", "全年主动公开政府信息126条。",
                                         "二、依申请公开政府信息情况", "本年新收申请3件。"]),
])
def test_reports_using_those_kinds_words_stay_reports(data):
    name = "report.html" if data.lstrip().startswith(b"<html") else "report.txt"
    assert convert(data, name)["source"]["path"] == name


def test_a_crawl_of_a_column_counts_its_other_documents_by_kind(tmp_path):
    import json
    from pathlib import Path

    from pipeline import batch

    inp = tmp_path / "in"
    inp.mkdir()
    samples = Path(__file__).resolve().parent.parent / "samples"
    (inp / "report.html").write_bytes((samples / "city_2021.html").read_bytes())
    for name, data in [("guide.html", GUIDE), ("guide2.txt", GUIDE_UNTITLED), ("index.html", _gbk_index_page()),
                       ("index.txt", _index_page_as_text()), ("notice.txt", "关于组织春季运动会的通知\n各单位：\n请报名。".encode())]:
        (inp / name).write_bytes(data)
    out = tmp_path / "out"
    summary = batch.run([str(inp)], str(out), jobs=1, progress=False, docx=False, fsync=False)
    assert summary["by_status"] == {"ok": 1, "failed": 5}
    assert summary["not_reports_by_kind"] == {
        "index page listing annual reports": 2, "政府信息公开指南 (a guide to asking for information)": 2, "no sign of a report": 1}
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["path"]: e["reason"] for e in errors}["index.html"] == "not_a_report"
    assert "index page listing annual reports (5 titles)" in {e["path"]: e["message"] for e in errors}["index.html"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Not reports, by what they are" in html and "政府信息公开指南" in html
    import io
    table = io.StringIO()
    batch.print_summary(summary, table)
    assert "not reports, by what they are:\n" in table.getvalue()
    assert " 2  index page listing annual reports\n" in table.getvalue()
