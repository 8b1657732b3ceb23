"""Title, issuer, report year, 文号 and dates."""
from __future__ import annotations

import re
from functools import lru_cache

from .issues import issue
from ..numbers import cn_int, fold, parse_date, parse_short_year_date

_TITLE_HINT = re.compile(r"(报告|年报)")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年")
#: a year a title prints without 年 before the subject ('X厅2022政府信息公开…', 'X镇2018度政府信息…')
_BARE_YEAR_IN_TITLE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*度?\s*(?=政府信息|信息公开|政务公开)")
_CN_YEAR_IN_TITLE = re.compile(r"([〇○零一二三四五六七八九]{4})年")
_SENTENCE = re.compile(r"[。，,；;：:！？]")
#: the organ before the year ('X2016年…', 'X关于2017年度…', 'X 2021政府信息公开…' printed without 年)
#: (or before an academic year: '安徽大学2015-2016学年度…')
_ORGAN_BEFORE_YEAR = re.compile(r"([\u3400-\u9fff（）()·]{2,40}?)(?:关于)?\s?(?:(?:19|20)\d{2})\s*(?:年|[-－—~～至](?:19|20)\d{2}\s*学年|(?=政府信息|信息公开|政务公开))")


def title_of(lines: list[str], meta: dict) -> tuple[str | None, int, int]:
    """(title, first line index, number of lines it spans) from the top of the body, else meta.

    An index of -1 means the title is not a line of its own (it may open the first
    paragraph, as in crawler dumps that glue the whole body onto one line). A notice that
    publishes the report ('X关于发布《Y》的公告') gives way to the report's own title when
    the report follows under it. The year a title prints in brackets on the line below it
    ('(2023年度)') is part of it.
    """
    title, index, span = _title_at_top(lines, meta)
    if title and index >= 0 and (attached := _attached_report(lines, index + span, title)):
        return attached
    if title and index >= 0 and index + span < len(lines) and _YEAR_AFTER_TITLE.fullmatch(lines[index + span].strip()):
        return title + lines[index + span].strip(), index, span + 1  # its year in brackets on the next line
    return title, index, span


def as_printed(title: str | None, lines: list[str]) -> str | None:
    """`title`, found in `lines` as parsed (their full-width digits made ASCII), as `lines` print it ('２０２４年…报告');
    as it is where they do not print it so."""
    if not title or not re.search(r"\d", title):
        return title
    chars = [c for c in title if not c.isspace()]
    pattern = r"\s*".join(f"[{c}{chr(ord(c) + 0xFEE0)}]" if "0" <= c <= "9" else re.escape(c) for c in chars)
    m = re.search(pattern, "\n".join(lines))
    return _compact_title(m.group(0)) if m else title


def _title_at_top(lines: list[str], meta: dict) -> tuple[str | None, int, int]:
    """title_of without the report a notice publishes."""
    glued = next((i for i, line in enumerate(lines[:3]) if len(line) > 60), None)
    if glued is not None and not any(_looks_like_title(line) for line in lines[:glued]):
        # (under a short line or two: a 文号 and its signer, '东府〔2018〕3号 签发人:X')
        head = fold(lines[glued][:300])  # a year printed ２０２１ too
        m = _GLUED_TITLE.search(head)
        if m and head[m.end(1):m.end(1) + 2] in ("根据", "按照", "依据") and _names_no_one(m.group(1)):
            m = None  # a sentence's subject, no title ('2009年年报根据《条例》编制,由…组成')
        if m:
            # the page's headline, then the title the document prints: the document's
            # ('…管委会2014年度…年度报告 平潭综合实验区 2014年度…年度报告 根据…')
            own = _GLUED_TITLE.match(head, m.end(1) + 1) if head[m.end(1):m.end(1) + 1].isspace() else None
            if (own and _YEAR_IN.findall(own.group(1)) == _YEAR_IN.findall(m.group(1))
                    and not _SPACES.sub("", m.group(1)).endswith(_SPACES.sub("", own.group(1)))):  # (not its tail again)
                m = own
            title = _SPACES.sub("", lines[glued][m.start(1):m.end(1)])
            if glued and not head[:m.start(1)].strip() and _joins_before(lines[glued - 1], title):
                return _compact_title(lines[glued - 1] + title), -1, 0  # its organ on the line above ('X乡人民政府' /
                # '2018年…报告 根据…')
            return _compact_title(title), -1, 0
    for i, line in enumerate(lines[:15]):
        if line.endswith(("文", ")", "）", "|", "｜", " ", "码", "?", "简介", "布")):
            line = _WHOLE_TEXT_MARK.sub("", line)
        elif i == 0 and line.endswith(("报告。", "年报。")) and not _TITLE_IN_SENTENCE.search(line) and "《" not in line:
            line = line[:-1]  # a wiki's opening sentence naming its page ('X镇2019年度政府信息公开年度工作报告。'), not one
            # publishing the report ('现向社会公布X2014年度…报告。') or saying what it is ('《X…报告》是X发布的一份报告。')
        if (column := _COLUMN_THEN_TITLE.match(line)) and _looks_like_title(column.group(2)) and not _looks_like_title(column.group(1)):
            line = column.group(2)  # a column's name before the headline ('每日一报 | 辽宁2015年…年度报告')
        if not _looks_like_title(line):
            if i + 1 < len(lines) and _cut_title(line, lines[i + 1]):
                rest = lines[i + 1].rstrip("?？")  # (a character a mirror lost after it)
                if i > 0 and _joins_before(lines[i - 1], line):
                    return _compact_title(lines[i - 1] + line + rest), i - 1, 3  # its organ on the line above
                # (unless a fuller title is under it: '杭州市统计局' / '信息公开年度报告', a breadcrumb's last item, over the
                # document's own title)
                return _fuller_title_below(lines, i + 1, cut := _compact_title(line + rest)) or (cut, i, 2)
            signed = _TITLE_THEN_ORGAN.match(line)
            if signed and _ends_with_organ(signed.group(2)) and _looks_like_title(signed.group(1)):
                return _compact_title(signed.group(1)), i, 1
            continue
        if i > 0 and _joins_before(lines[i - 1], line):
            return _compact_title(lines[i - 1] + line), i - 1, 2
        if (not line.endswith(("报告", "年报")) and i + 1 < len(lines) and lines[i + 1].endswith("报告") and len(lines[i + 1]) < 30
                and not (_YEAR_IN.search(line) and _YEAR_IN.search(lines[i + 1]))):
            return _compact_title(line + lines[i + 1]), i, 2  # (not a page's headline over the document's own title, both
            # naming the year: 'X市政府信息公开工作年度报告(2014年)' / 'X市2014年政府信息公开工作年度报告')
        again = next((j for j in range(i + 2, min(i + 6, len(lines))) if lines[j] == line), None)
        if again is not None and _joins_before(lines[again - 1], line):
            # a page's title line, then the document's own (maybe under its 文号): the organ over the same title
            return _compact_title(lines[again - 1] + line), i, again - i + 1
        # a page's headline ('2018年水务局…报告') over the document's own ('2018年绵阳市水务局…报告'),
        # or a column's name without a year over the title under the page's fields
        return (_fuller_title_below(lines, i, line) or _dated_title_below(lines, i, line) or _own_title_below(lines, i, line)
                or _annexed_title_below(lines, i, line)
                or (_headline_ending_with(meta, _compact_title(line)) or _compact_title(line), i, 1))
    for key in ("title", "page_title"):
        if meta.get(key) and _TITLE_HINT.search(meta[key]):
            return _compact_title(_strip_site(meta[key])), -1, 0
    sentence = _title_in_sentence(lines[:5])
    if sentence is None:
        return _title_under_furniture(lines) or (None, -1, 0)
    return sentence, -1, 0


def _headline_ending_with(meta: dict, title: str) -> str | None:
    """The page's headline when it is `title` with the organ before it ('平潭县交通局2009年度政府信息公开年度报告' over the
    document's '2009年度政府信息公开年度报告'): the fuller, as in a crawler's copy of the same page."""
    for key in ("title", "page_title"):
        if meta.get(key) and _TITLE_HINT.search(meta[key]):
            headline = _compact_title(_strip_site(meta[key]))
            if headline != title and headline.endswith(title) and _YEAR_IN.findall(headline) == _YEAR_IN.findall(title):
                return headline
    return None


def _title_under_furniture(lines: list[str]) -> tuple[str, int, int] | None:
    """(title, line index, 1) of a title line under more than 15 lines of a page's furniture (menus and links
    before the report, as a text dump of a whole page keeps them), before the body's first line of prose."""
    for i in range(15, min(len(lines), 60)):
        if _A_LINE_OF_PROSE.search(lines[i]):
            return None
        if _looks_like_title(lines[i]):
            return _compact_title(lines[i]), i, 1
    return None


#: what a line of prose holds and a menu's line, a link's address or a widget's does not
_A_LINE_OF_PROSE = re.compile(r"[\u3400-\u9fff，、“”《》（）]{30}|[。；]")


#: what a copying site adds after a title: 'X年度报告/全文', 'X年度报告/发布', 'X年度报告（全文）', 'X年度报告(文字版)', 'X年度报告(含图解)',
#: 'X年度报告(图解)', 'X年度报告(修改)', 'X年度报告简介',
#: '… ( 2014年02月25日 )', '… ( 2024-01-31 )', '…(二〇一〇年十二月二十日)' (a date in brackets), the question marks of
#: characters it could not encode ('X年度报告?????', 'X工作報告?'), a QR-code widget ('X年度报告 二维码')
#: a date in brackets ('( 2014年02月25日 )', '(2023-01-06)'), the date its group
_BRACKETED_DATE = r"[（(]\s*((?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/]\d{1,2}[-/]\d{1,2}))\s*[）)]"
_WHOLE_TEXT_MARK = re.compile(r"\s*(?:\?+|简介|[/／]\s*(?:全文|发布)|[（(](?:全文|文字版|含图解|附图解|图解|修改|修订版?|更正版?)[）)]|" + _BRACKETED_DATE
                              + r"|[（(][〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日[）)]|\s二维码)$|[\s|｜]+$")


def _attached_report(lines: list[str], start: int, title: str) -> tuple[str, int, int] | None:
    """(title, line index, lines it spans) of the report a notice publishes ('X关于发布《Y》的公告') when the
    report follows it, from line `start` on, under its own title (after '附件:'; maybe naming its organ
    before the name the notice gives it; maybe over two lines); None otherwise."""
    named = _NOTICE_OF_REPORT.search(title)
    if not named:
        return None
    report = _compact_title(named.group(1) or named.group(2))
    # the report's own title, maybe naming its organ before the name the notice gives it, maybe over two lines
    for j in range(start, min(start + 40, len(lines))):
        for span in (1, 2):
            printed = "".join(lines[j:j + span])
            if span == 2 and (j + 1 >= len(lines) or not _cut_title(lines[j], lines[j + 1])):
                continue
            title = _compact_title(printed)
            if (title == report or title.endswith(report) and _looks_like_title(printed)
                    or _YEARS_OWN_WORD.sub("年", title) == _YEARS_OWN_WORD.sub("年", report)):
                return title, j, span  # (as the letter names it but for the year's 度: '…2017年度…报告' / '…2017年…报告')
    return None


def _fuller_title_below(lines: list[str], index: int, title: str) -> tuple[str, int, int] | None:
    """(title, line index, lines it spans) of a title a little below the title line that prints a
    fuller form of it (every character of it, in order but maybe for its year, and more), maybe
    cut over two lines, or names in full under its organ's line the organ the title line names
    after a bare place; only short lines (page fields) between."""
    compact = _compact_title(title)
    for j in range(index + 1, min(index + 5, len(lines))):
        line = _WHOLE_TEXT_MARK.sub("", lines[j])
        if len(line) > 60 and (glued := _GLUED_TITLE.match(line, 0, 300)) and line[glued.end(1):glued.end(1) + 1].isspace():
            # the document's own title, the body run on after it ('X镇人民政府2016年…报告 本年报是…'): its line is the body's
            fuller = _compact_title(glued.group(1))
            if len(fuller) > len(compact) and (_in_order(compact, fuller) or _in_order_but_the_year(compact, fuller)):
                return fuller, index, 1
            return None
        span = 2 if j + 1 < len(lines) and _cut_title(line, lines[j + 1]) else 1
        if span == 2:
            line += lines[j + 1]
        fuller = _compact_title(line)
        if (j - 1 > index and span == 1 and _looks_like_title(line) and _joins_before(lines[j - 1], line) and not parse_date(line)
                and (_its_organ_in_full(compact, joined := _compact_title(lines[j - 1] + line))
                     or _its_organ_named(compact, joined) or len(joined) > len(compact) and _in_order_but_the_year(compact, joined))):
            return joined, j - 1, 2  # the document's own title under its organ's line ('2023年度…报告' over '桃江县松木塘镇
            # 人民政府' / '2023年…报告'; '2016年船山区民政局…报告' over '遂宁市船山区民政局' / '2016年…报告')
        if (len(fuller) > len(compact) and _looks_like_title(line) and not _FIELD_LABEL.match(fuller)
                and (_in_order(compact, fuller) or _in_order_but_the_year(compact, fuller)
                     or _its_organ_named(compact, fuller))):
            if j - 1 > index and span == 1 and _joins_before(lines[j - 1], line):
                return _compact_title(lines[j - 1] + line), j - 1, 2  # its organ on the line above
            return fuller, j, span
        if len(line) > 40 or _SENTENCE.search(line.replace(":", "").replace("：", "")):
            return None
    return None


def _its_organ_named(headline: str, title: str) -> bool:
    """Does `title` name an organ for the year of a page's `headline` that names none ('2013年政务公开年度报告'
    over 'X省住房和城乡建设厅2013年政府信息公开年度报告')?"""
    years = _YEAR_IN.findall(headline)[:1]
    return bool(years) and years == _YEAR_IN.findall(title)[:1] and not issuer_from_title_text(headline) and bool(issuer_from_title_text(title))


def _its_organ_in_full(headline: str, title: str) -> bool:
    """Does `title` name, for the same year, the organ a page's `headline` names after a bare
    place ('2010年度省国土资源厅信息公开工作报告' over '湖南省国土资源厅' / '2010年政府信息公开年度报告')?"""
    organ = _organ_before_disclosure(headline)
    return (bool(organ) and _after_a_bare_place(organ) and organ[1:] in title and not title.startswith(organ)
            and _YEAR_IN.findall(headline)[:1] == _YEAR_IN.findall(title)[:1])


#: a page field's label before a title ('内容概述 X年度报告')
_FIELD_LABEL = re.compile(r"(?:内容)?(?:概述|摘要|简介)|标题|题名|名称")


def _dated_title_below(lines: list[str], index: int, title: str) -> tuple[str, int, int] | None:
    """(title, line index, lines it spans) of a title naming the year below a title line that names
    none ('• 乡镇政府信息公开年度报告' over the page's fields over 'X镇2025年…报告', maybe under its
    organ's name on a line of its own); only short lines (page fields) between; None otherwise."""
    if _YEAR_IN_TITLE.search(fold(title)) or _CN_YEAR_IN_TITLE.search(title):
        return None
    for j in range(index + 1, min(index + 13, len(lines))):
        line = lines[j]
        if _looks_like_title(line) and _YEAR_IN_TITLE.search(fold(line)):
            if j - 1 > index and _joins_before(lines[j - 1], line):
                return _compact_title(lines[j - 1] + line), j - 1, 2  # its organ on the line above
            return _compact_title(line), j, 1
        if len(line) > 40 or _SENTENCE.search(line.replace(":", "").replace("：", "")):
            return None
    return None


def _own_title_below(lines: list[str], index: int, title: str) -> tuple[str, int, int] | None:
    """(title, line index, lines it spans) of the document's own title a little below a page's headline naming the same organ or
    place and year in other words ('山西省2012年政府信息公开工作报告(全文)' / its date and source / '关键词:…' / '2012年度山西省
    政府信息公开年度报告'), as ../shared's label of 30_pingtan takes the heading over the page's 标题 (blind labels 2 : 0);
    only page furniture between, no prose; None otherwise."""
    named, years = _named_in_title(title), _YEAR_IN.findall(fold(title))
    if not named or len(years) != 1:
        return None
    compact = _compact_title(title)
    for j in range(index + 1, min(index + 5, len(lines))):
        line = _WHOLE_TEXT_MARK.sub("", lines[j])
        span = 2 if j + 1 < len(lines) and _cut_title(line, lines[j + 1]) else 1
        if span == 2:
            line += lines[j + 1]  # (cut over two lines: 'X局2009年度政府' / '信息公开工作报告')
        if _looks_like_title(line):
            if j - 1 > index and span == 1 and _joins_before(lines[j - 1], line):
                line, j, span = lines[j - 1] + line, j - 1, 2  # under its organ's line ('X镇人民政府' / '2022年…报告')
            own = _compact_title(line)
            return (own, j, span) if (own != compact and _named_in_title(own) == named and _YEAR_IN.findall(fold(own)) == years
                                      and _YEAR_IN_TITLE.search(fold(own))) else None  # (not one losing the year's 年: 'X区2018政府…')
        if _A_LINE_OF_PROSE.search(line):
            return None
    return None


def _annexed_title_below(lines: list[str], index: int, title: str) -> tuple[str, int, int] | None:
    """(title, line index, 1) of the report a notice under a page's headline annexes ('附件:应急管理部 2019 年…报告'), printed
    again as the title over the body, where it is the headline's but for the year (the page's headline names the year it was
    published: '应急管理部2020年政府信息公开工作报告'); None otherwise."""
    compact = _compact_title(title)
    for j in range(index + 1, min(index + 15, len(lines))):
        annex = _ANNEX.match(lines[j])
        if not annex:
            continue
        named = _compact_title(annex.group(1))
        if named == compact or not _in_order(_TITLE_YEAR.sub("", compact), _TITLE_YEAR.sub("", named)):
            return None
        return next(((named, k, 1) for k in range(j + 1, min(j + 8, len(lines))) if _compact_title(lines[k]) == named), None)
    return None


#: a notice's annex line, naming the report ('附件:应急管理部 2019 年政府信息公开工作报告')
_ANNEX = re.compile(r"\s*附件\s*\d?\s*[:：]\s*(.{6,60}?(?:报告|年报))\s*$")


def _named_in_title(title: str) -> str | None:
    """The organ or place a title names as the report's."""
    return issuer_from_title_text(title) or _place_before_disclosure(title)


_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")


def _in_order_but_the_year(short: str, long: str) -> bool:
    """Does `long` print the same year as `short` and all its other characters in order
    ('2016年X人民政府信息公开年报' in 'X人民政府2016年度政府信息公开工作年报')?"""
    years = [m.group(0)[:4] for m in _TITLE_YEAR.finditer(short)]
    return (len(years) == 1 and [m.group(0)[:4] for m in _TITLE_YEAR.finditer(long)] == years
            and _in_order(_TITLE_YEAR.sub("", short), _TITLE_YEAR.sub("", long)))


def _in_order(short: str, long: str) -> bool:
    """Are all characters of `short` in `long`, in the same order?"""
    rest = iter(long)
    return all(ch in rest for ch in short)


def _title_in_sentence(lines: list[str], dated: bool = True) -> str | None:
    """The report's name as an opening sentence gives it ('现公布X2016年…年度报告'); with its year unless
    not `dated` (an organ's name is all that is wanted of it: '现公布山东省人民防空办公室政府信息公开工作年度报告')."""
    for line in lines:
        m = (_TITLE_IN_SENTENCE.search(line) or _NAMED_IN_QUOTES.search(line) or ("已" in line and _APPROVED_AS.search(line))
             or _NAMED_OPENING_A_SENTENCE.match(line))
        if (m and not _SELF_REFERENCE.match(_OPENING_YEAR.sub("", named := m.group(1) or m.group(2)))
                and (not dated or _YEAR_IN.search(fold(named)) or _CN_YEAR_IN_TITLE.search(named))
                and (line[(end := m.end(1 if m.group(1) else 2)):end + 1] == "》" or not _names_no_one(named))):
            # '特向社会公布我局2010年度…报告', '…公布2015年度本单位…报告' word it, name none; a name without a year
            # ('按规范编制并及时报送信息公开年度报告'), or without an organ and not in title marks ('现将2023年度政府信息公开
            # 工作报告如下', not '形成了《2016年政府信息公开年度报告》'), is a report's kind in a sentence
            return _compact_title(_SHORT_NAME_NOTE.sub("", named))  # '现公布X(以下简称Y)2019年…报告'

    return None


def _names_no_one(name: str) -> bool:
    """Is `name`, a report's name, its year and the words every report's name has, naming no organ or place?"""
    return not _GENERIC_TITLE_WORDS.sub("", _YEAR_WORD.sub("", fold(name)))


#: a year in a name, with its 年 or 年度
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}\s*年?度?|[〇○零一二三四五六七八九]{4}年度?")
#: a year opening a name ('2015年度本单位…')
_OPENING_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年度?")
#: the report named in an opening sentence: '现公布X2016年…年度报告', '现公开发布X…报告', '特向社会公布2020年X…年度报告',
#: '编制了X…年报', '编制形成(了)X…报告', '制定X…年度报告', '编制完成《X…报告》', '编写了《X…报告》', '编制的X局2018年度…报告' (not
#: '编制说明:本年度报告…', nor '由X编制的2012年度…报告', which names no title, only the organ, nor a letter's subject ('…关于编制发布2021年…报告的函'), nor
#: '编制本报告现向社会公开X…报告', where the report is named after, nor a notice's subject: '《…关于编制2023年…报告有关事项的通知》')
_TITLE_IN_SENTENCE = re.compile(
    r"(?:现(?:特|予以)?(?:向社会)?(?:公开)?(?:公布|发布|公开)|(?:特|现)?向社会(?:公布|发布|公开)|特(?:公布|发布)|现将|(?<=[，,])(?:公布|发布)"
    r"|(?:编制|制作|制定)(?!说明)(?:完成)?了?(?:形成了?|并(?:向社会)?(?:公布|发布|公开))?|编写了?|编制的(?=《?[\u3400-\u9fff])|形成了?)《?"
    # a note in brackets may hold a comma ('X(以下简称“Y”,下文类同)2021年…报告')
    r"(?!的|本报告|本年度报告)((?:[^《》。，,；;（(]|[（(][^（）()《》。]{0,30}[）)]){4,60}?(?:年度报告|工作报告|年报|年度信息公开报告|工作情况报告(?!如下)))(?!有关|相关|的通知|的函)》?")
#: a sentence opening with the report's name in quotes: a wiki's lead ('《X2010年…年度报告》是X2010年发布的一份报告'),
#: a report's opening ('《X县2019年…年度报告》(以下简称《年报》)根据…', without quotes where its short name follows:
#: 'X县2015年…年度报告(以下简称年报)根据…'), or a later sentence of it ('本报告根据…编制。…。《X…报告》(以下简称《年报》)通过…',
#: '…由X县政府办公室编制。2017年度X县政府信息公开年度报告全文包括:…'), maybe after the piece of a headline a copy cut
#: ('工作年度报告 X局2017年…年度报告(以下简称年报)是根据…')
_NAMED_IN_QUOTES = re.compile(r"(?:^|(?<=[。；;\s]))\s*(?:《([^《》。，,]{4,60}?(?:年度报告|工作报告|年报))》\s*(?:是|为|根据|依据|按照|[（(](?:以下)?简称)"
                              r"|([^《》。，,（()）\s]{4,60}?(?:年度报告|工作报告|年报))\s*(?:[（(]以下简称|全文(?:包括|分为)))")
#: the report's name opening a paragraph, its year first, as the subject of a sentence on how the work was done
#: ('2024年X区人民政府办公室政府信息公开工作年度报告,坚持以…为指导,根据…')
_NAMED_OPENING_A_SENTENCE = re.compile(r"\s*((?:19|20)\d{2}\s*年度?[^《》。，,；;（()）\s]{4,60}?(?:年度报告|年报))\s*[，,]\s*(?:坚持|根据|依据|按照)")
#: the report's name in quotes, said to be approved before it is published ('…规定,《X2020年…年度报告》已经X同意,现予公布')
_APPROVED_AS = re.compile(r"(?:^|(?<=[，,]))《([^《》。，,]{4,60}?(?:年度报告|工作报告|年报))》\s*已经?(?:[\u3400-\u9fff]{2,30}?)?(?:同意|审定|审核|批准)")
#: blanks next to a Han character in a title are layout: a title printed over two lines, the blank
#: a line prints between the organ and the year ('X管理局 2024年…', written without it by labels 9 : 0)
_TITLE_BLANKS = re.compile(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+")


def _compact_title(title: str) -> str:
    """`title` without layout blanks, a list bullet, or what a portal puts before it: its organ
    in brackets ('[嵊州市人民政府]2012年…'), its own name ('长沙市政府门户网站-X2021年…')."""
    # ? : a character a copy lost; | : the cell a flattened table printed the title in
    if ">" in title or "›" in title or "»" in title:
        title = _CRUMBS_BEFORE.sub("", title)  # a breadcrumb ending in the title ('首页>>公开年报 >> 2014年X…报告')
    title = _PORTAL_ORGAN.sub("", _TITLE_BLANKS.sub("", _NAVIGATION_BEFORE.sub("", title)).strip().strip("|｜").lstrip("•·?"))
    if (twice := _PRINTED_TWICE.fullmatch(title)) and twice.group(1).endswith(twice.group(2)):
        title = twice.group(1)  # printed again after it without its place ('天津市南开区2012年…报告南开区2012年…报告')
    if "发布" in title:
        title = _HEADLINE_VERB.sub("", title, 1)  # a news site's headline ('X省人民政府发布2010年…报告')
    return _PAGE_WORDS_BEFORE.sub("", title) if title[:1] in _PAGE_WORDS_OPEN else title


#: the verb a news site's headline puts between the organ and the report's title ('X省人民政府发布2010年…报告')
_HEADLINE_VERB = re.compile(r"(?<=[府局委厅室办会署部])发布(?=(?:19|20)\d{2}\s*年)")
#: a title followed by a title
_PRINTED_TWICE = re.compile(r"(.{6,60}?(?:年度报告|工作报告|年报))(.{6,60}?(?:年度报告|工作报告|年报))")


#: what a page prints glued before a title: its clock ('2025年6月1日星期日'), a field's label ('标题', '公报标题', '内容概述|',
#: a wiki infobox's '- 中文名:'), the word of a graphic explanation's page ('图解——X2017年度…报告', '(图解)X…', '(图文)X…'), a font-size
#: widget ('大中小X2020年…'), the text version's mark ('(文字版)2017年X…报告', as after a title), an export
#: button and its date ('2021-02-07导出wordX2020年…报告'), the page's index number ('210100030E00120150010 2015年X…报告'), the
#: column its crumbs end with, glued ('政府信息公开年报X镇人民政府2023年…报告': a printed page's crumbs run on into its title)
_PAGE_WORDS_BEFORE = re.compile(r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]|[-•·]?\s*(?:(?:公报|文章|信息)?标题|内容概述|内容摘要|中文名)\s*[:：|｜]?"
                                r"|图解\s*(?:[—\-–]+|[:：])|[（(【]图[解文][）)】]|大\s*中\s*小|[（(]文字版[）)]"
                                r"|[•·]?\s*(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*)?导出\s*(?:word|Word|WORD|pdf|PDF)"
                                r"|[0-9A-Za-z][0-9A-Za-z/\-]{11,40}(?=\s)"
                                r"|(?:政府)?信息公开(?:工作)?年(?:度)?报(?=[\u3400-\u9fff]{2,30}?(?:19|20)\d{2}\s*年))\s*(?=\S)")
_PAGE_WORDS_OPEN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz标内中公文信图大导-•·(（【政")
#: a portal's navigation printed as words before a title, the last of them a column ('首页 政务公开 … 信息公开年报 X2014年…',
#: 'X人民政府门户网站 部门 X局2022年…'), the title opening with its organ and year
_NAVIGATION_BEFORE = re.compile(r"^(?:[\u3400-\u9fff]{1,12}\s+)*?[\u3400-\u9fff]{0,10}(?:首页|政务公开|信息公开|网站|部门|年报)\s+"
                                r"(?:[\u3400-\u9fff]{1,12}\s+)*(?=[\u3400-\u9fff]{2,30}(?:19|20)\d{2})")
#: a breadcrumb's crumbs before a title
_CRUMBS_BEFORE = re.compile(r"^(?:[^>›»。，,；;]{1,20}?\s*(?:>>?|›|»)\s*)+(?=\S)")
_PORTAL_ORGAN = re.compile(r"^(?:[\[【][^\]】]{2,20}[\]】]|[\u3400-\u9fff]{2,20}网站?\s*[-_|｜—]\s*"
                           r"|[\u3400-\u9fff]{2,20}政府\s*[-_|｜—]\s*(?=[\u3400-\u9fff]{2,30}(?:19|20)\d{2}))(?=.)")  # ('X人民政府-X2014年…')


_YEAR = r"(?:(?:19|20)\d{2}|[〇○一二三四五六七八九]{4})"
#: a title opening a crawler's one-line body, maybe after page furniture ('政府信息公开 ',
#: 'X市人民政府 首页 | …'), its printed lines joined by spaces ('城口县人民政府机关 2020年…'), the body's first words
#: glued to it ('…年度报告根据《中华人民共和国…')
_GLUED_TITLE = re.compile(
    r"(?:^|(?<=[\s|>\-–—_]))((?:[\u3400-\u9fff（）()·]{2,40}?\s?(?:关于)?)?" + _YEAR
    + r"\s?(?:年度?\s)?(?:[\u3400-\u9fff、（）()]\s?){0,30}?(?:年度报告|工作(?:的)?报告|年报))(?=[\s|\-–—_]|$|\1|(?:根据|按照|依据)《)")  # \1: printed twice
_SPACES = re.compile(r"\s+")
#: a year printed in digits, wherever it is
_YEAR_IN = re.compile(r"(?:19|20)\d{2}")


#: the words every report title has; a line of nothing else is a cut-off title tail ('工作年度报告')
_GENERIC_TITLE_WORDS = re.compile(r"政府信息公开|信息公开|政务公开|工作|年度|报告|年报|\s")


#: a short name, a pipe, and the rest of a line ('每日一报 | 辽宁2015年…年度报告')
_COLUMN_THEN_TITLE = re.compile(r"^([^|｜]{2,12}?)\s*[|｜]\s*([^|｜]+)$")
#: the year a title names in brackets after its last word ('…年度报告(2024年度)')
_YEAR_AFTER_TITLE = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[）)]$")


#: a title with its organ glued after it ('上海市长宁区2011年政府信息公开年报上海市长宁区人民政府')
_TITLE_THEN_ORGAN = re.compile(r"^(.{6,60}?(?:年度报告|工作报告|年报))\s*([\u3400-\u9fff（）()]{2,30})$")


def _looks_like_title(line: str) -> bool:
    if len(line) > 60 or len(line) < 6 or _SENTENCE.search(line) or not _GENERIC_TITLE_WORDS.sub("", line):
        return False
    if line.startswith(("根据", "按照", "依据")):
        return False  # a sentence a copy printed without its marks ('根据中华人民共和国政府信息公开条例现向社会公布2014年…报告')
    if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", line):
        return False
    if "网站" in line and "公开" not in line:
        return False  # a site's own annual report ('政府网站年度报告', a menu's item), not the disclosure report
    if re.search(r"年度报告(格式|模板|模版)|^\S{2,20}\s?关于.{4,40}报告》?的(?:公告|通知|函)$", line):
        return True  # a template's title; a notice publishing the report ('X办公厅关于2017年…报告的公告'), a cover letter
    # a year or 年度 besides the 年 of 年报 ('在线访谈 政府文件 信息公开年报' is a menu), maybe in brackets after
    # it ('X局政府信息公开工作年度报告(2024年度)'), as its organ may be
    core = _YEAR_AFTER_TITLE.sub("", line) if line.endswith((")", "）")) else line
    if core.endswith((")", "）")) and (after := _ORGAN_AFTER_TITLE.search(core)) and _ends_with_organ(after.group(1)):
        core = core[:after.start(1)].rstrip("（( ")  # (its organ after it: '2024年…年度报告 (上海市浦东新区应急管理局)')
    core = _TITLE_BLANKS.sub("", core) if " " in core else core  # (its words spaced out: '…工作年度 报 告')
    return bool(re.search(r"(年度?|年度).*(报告|年报)$|政府信息公开.*(报告|年报)$|(报告|年报)$", core)) and "年" in line.replace("年报", "") or (
        line.endswith("年") and "政府" in line) or line.endswith(("年度政府",))


def _cut_title(first: str, second: str) -> bool:
    """Is this a title printed over two lines and cut anywhere ('…政府信息公开工作年度' +
    '报告', '…2024年政府信息公开' + '工作年度报告', as a PDF or a Word file wraps it)? The
    second line is no title of its own: it does not name the year the first line names."""
    if " " in second:
        second = _TITLE_BLANKS.sub("", second)  # (its words spaced out: '年 度 报 告')
    second = second.rstrip("?？")  # (a character a mirror lost after it: '镶黄旗2024年度' / '政府信息公开年报?')
    joined = first + second
    own_title = _looks_like_title(second) and not (re.search(_YEAR, fold(first)) and not re.search(_YEAR, fold(second)))
    return (len(second) < 30 and not own_title and not _SENTENCE.search(joined)
            and joined.endswith(("报告", "年报")) and _looks_like_title(joined))


def _joins_before(prev: str, line: str) -> bool:
    if " " in prev:
        prev = _TITLE_BLANKS.sub("", prev)  # (an organ's name spaced out: '琼 海 市人 民 政 府')
    if len(prev) > 30 or _SENTENCE.search(prev) or "报告" in prev:
        return False
    if not re.search(r"[\u3400-\u9fff]", prev) or _SPACES.sub("", line).startswith(prev):
        return False  # (nor above its own words again: a shared document's name over its cover, '2010年X局' / '2010 年X局')
    starts_bare = re.match(r"^(关于)?((19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*(?:年|(?=政府信息|政务公开))|^政府信息|^信息公开"
                           # an organ's name cut before its last word: 'X街道' / '办事处2023年…'
                           r"|^(办事处|人民政府|委员会|办公室|管理局)\s*(19|20)\d{2}\s*年", line)
    ends_open = prev.endswith(("年", "年度", "政府", "信息公开工作"))  # ('X乡人民政府信息公开工作' / '2023年度报告')
    ends_open = ends_open or prev.endswith("关于") and _ends_with_organ(prev[:-2])  # ('X管委会关于' / '2021年…报告')
    # not when the title names its organ after the year ('2008年高青县畜牧局…' under its publisher's name)
    # (an organ's other name in brackets after it: '安康市农业农村局(市茶叶局)')
    return (bool(starts_bare) and (ends_open or _ends_with_organ(_CLOSING_NOTE.sub("", prev))) and not _organ_before_disclosure(line)
            and not _place_before_disclosure(line))  # (nor a place: '2016年西城区展览路街道…' under the portal's name)


def _ends_with_organ(text: str) -> bool:
    suffixes, not_organs = _organ_endings()
    return text.endswith(suffixes) and not text.endswith(not_organs)


@lru_cache(maxsize=1)
def _organ_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the endings of organs' names, words ending so that name none), from sections.yaml."""
    from ..resources import load_yaml

    words = load_yaml("sections.yaml")
    return tuple(words["organ_suffixes"]), tuple(words["not_organ_endings"])


def _strip_site(title: str) -> str:
    return re.split(r"\s*[-_|–—]\s*(?=[^\d])", title)[0].strip()


def report_year(title: str | None, text: str) -> int | None:
    """The year the report covers: from the title, else the statistics period, else None."""
    if title:
        m = _YEAR_IN_TITLE.search(fold(title)) or _BARE_YEAR_IN_TITLE.search(fold(title))
        if m:
            return int(m.group(1))
        m = _CN_YEAR_IN_TITLE.search(title)
        if m:
            return cn_int(m.group(1))
    t = fold(text)
    # '统计期限自2015年1月1日起', '…自2015-1-1起'
    m = re.search(r"统计(?:期限|时限|期|区间|时间)[^。]{0,12}?((?:19|20)\d{2})\s*(?:年\s*1\s*月\s*1\s*日|[-./]\s*0?1\s*[-./]\s*0?1(?!\d))", t)
    if m:
        return int(m.group(1))
    m = re.search(r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|-|—)\s*((?:19|20)\d{2})?\s*年?\s*12\s*月\s*31\s*日", t)
    if m:
        return int(m.group(1))
    # '所列数据截止日期为2014年12月31日': the data's end
    m = re.search(r"数据[^。]{0,6}?截[至止](?:日期|时间)?(?:为|是)?\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日", t)
    if m:
        return int(m.group(1))
    # '2022年，国家新闻出版署坚持…' (not a cited notice's year, nor the next year's plans: '2011年,我街…工作要进一步加强…')
    m = next((m for m in _YEAR_OPENING_A_PARAGRAPH.finditer(t) if not _PLANS.match(t, m.end())), None)
    if m:
        return int(m.group(1))
    works = list(_YEARS_DISCLOSURE_WORK.finditer(t))
    m = next((m for m in works if not _in_a_documents_name(t, m.start())), None)
    if m:
        return int(m.group(1))
    m = re.search(r"截[至止]到?\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日", t)  # the counts are 'as of' the year's end
    if m:
        return int(m.group(1))
    # (a year's work named in a document's name only where the prose names no year more often: '《柳州市2022年政务
    # 公开工作要点》' cited in a 2024 report)
    return _most_mentioned_year(t) or (int(works[0].group(1)) if works else None)


#: a year's disclosure work named ('2019年政府信息公开工作…', '2013度政府信息公开…' as printed, '2010年本区政府信息公开工作…'),
#: not a report on an earlier year the work released or completed ('二是…更新了公开指南,发布2019年政府信息公开年度报告。', '依法按时完成2009年政府信息
#: 公开年度报告,并于2010年3月31日之前…公布')
_YEARS_DISCLOSURE_WORK = re.compile(r"(?<!发布)(?<!发布了)(?<!公布)(?<!报送)(?<!完成)((?:19|20)\d{2})(?:年度?|度)(?:[本我全][区县市局委镇乡])?"
                                    r"(?:政府信息公开|政务公开)")


def _in_a_documents_name(text: str, pos: int) -> bool:
    """Is `pos` inside a document's name in 《》 ('《柳州市2022年政务公开工作要点》', another year's plan)?"""
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


#: a paragraph on what is to be done, after its year
_PLANS = re.compile(r"[^。\n]{0,24}?(?:(?:要|将)(?:进一步|继续|持续|着力|重点|不断)|计划|拟)")
_YEAR_OPENING_A_PARAGRAPH = re.compile(r"(?m)^\s*((?:19|20)\d{2})\s*(?:年度?(?:以来)?)?[，,](?=\s*[\u3400-\u9fff])")  # (its 年 lost: '2025,X局…')


def _most_mentioned_year(text: str) -> int | None:
    """The year the prose mentions most often (citations in 《》 and 〔〕 left out)."""
    text = re.sub(r"《[^》]*》|〔[^〕]*〕|\([^)]*\)", "", text)
    # (not a year whose plans are told: '2020年,我局将按照…' at the end of a 2019 report, nor the next year that applications are
    # carried over to: '…余8件转2023年度办理')
    years = re.findall(r"(?<!\d)(?<!转)(?<!转入)(?<!转至)(?<!转到)((?:19|20)\d{2})\s*年(?!\d{1,2}月\d)(?![，,]?[^。，,；;]{0,8}?将)", text)
    if not years:
        return None
    counts: dict[str, int] = {}
    for y in years:
        counts[y] = counts.get(y, 0) + 1
    best = max(counts.items(), key=lambda kv: (kv[1], -abs(int(kv[0]) - int(years[0]))))
    return int(best[0]) if best[1] >= 2 or len(counts) == 1 else None


def issuer_from_title(title: str | None) -> str | None:
    """The organ named before the year in the title ('平潭县人民政府2011年…' → 平潭县人民政府)."""
    if not title:
        return None
    m = _ORGAN_BEFORE_YEAR.search(fold(title))  # a year printed ２０２１ too; the organ as printed
    if not m:
        return None
    organ = _NOTE_IN_NAME.sub("", title[m.start(1):m.end(1)])
    organ = re.sub(r"^(现公布|现发布|公布|发布|编制了|编制|现将)", "", organ)
    organ = re.sub(r"(关于|政府信息公开工作|政府信息公开|信息公开)$", "", organ)
    if "关于" in organ[2:]:
        organ = organ[:organ.index("关于", 2)]  # the organ sending another's report ('X办公室关于报送X县2019年…报告的报告')
    if ("政府信息公开" not in organ and not _ends_with_organ(re.sub(r"[（(][^）)]*[）)]$", "", organ))
            and not _PARK_WITH_ITS_TOWN.search(organ)):
        return None  # words before the year that name no organ ('官网发布2011年…'), but for a park named with the town it
        # is one with ('冶金工业园(锦丰镇)2024年…')
    if organ.endswith(_PLACE_SUFFIXES) and (after := _organ_before_disclosure(title[m.end():])):
        return organ + after[after[:1] == organ[-1]:]  # the place's organ named after the year ('宣城市2021年气象局…')
    return organ or None


#: a park named with the town it is one with ('冶金工业园(锦丰镇)', '经济开发区(X街道)')
_PARK_WITH_ITS_TOWN = re.compile(r"(?:园|园区|开发区)[（(][\u3400-\u9fff]{2,10}(?:镇|乡|街道)[）)]$")
#: a note in brackets after an organ's name: '(以下简称X)' (or a slip's '(以上简称X)'), '(含国家公务员局)'
_SHORT_NAME_NOTE = re.compile(r"[（(](?:以[下上]简称|下称|简称)[^）)]*[）)]")
_NOTE_IN_NAME = re.compile(r"[（(](?:以[下上]简称|下称|简称|含|包括|本级)[^）)]*[）)]")


def issuer_from_title_text(title: str | None) -> str | None:
    """Like `issuer_from_title`, also for titles that name the organ before 政府信息公开
    rather than before the year ('工业和信息化部政府信息公开工作2010年度报告',
    '2014年嵊泗县卫生计生局政府信息公开工作年度报告', '驼峰路街道办事处政府信息公开工作年度报告'),
    for a notice publishing a report, the report's organ ('X办公厅关于2016年X政府信息公开…报告的公告'),
    and for a news headline, the organ releasing it ('海关总署发布2012年…年度报告')."""
    sender = None
    if title and (notice := _NOTICE_OF_REPORT.search(title)):
        sender, title = title[:notice.start()].strip(), notice.group(1) or notice.group(2)
    if title and (news := _ORGAN_RELEASES.match(title)) and _ends_with_organ(news.group(1)):
        return news.group(1)
    organ = issuer_from_title(title)
    if organ and "政府信息公开" in organ:
        organ = organ.split("政府信息公开")[0]
        organ += "政府" if organ.endswith("人民") else ""  # 'X县人民政府信息公开…(2017年度)': X县人民 + 政府信息公开
    if not organ and title:
        organ = _organ_before_disclosure(title)
    if organ and _SELF_REFERENCE.match(organ):
        return None  # '现公布我局2022年…报告': the organ speaking of itself names no one
    if not organ and sender and _ends_with_organ(sender):
        return sender  # a cover letter sending its own report ('X水务局 关于2014年度…报告的函')
    after = _ORGAN_AFTER_TITLE.search(title) if not organ and title and title[-1:] in ")）" else None
    if after and _ends_with_organ(after.group(1)):
        return after.group(1)  # '2024年…年度报告(上海市浦东新区曹路镇人民政府)'
    return organ or None


#: an organ's name in brackets after a title's last word
_ORGAN_AFTER_TITLE = re.compile(r"(?:报告|年报)\s*[（(]([\u3400-\u9fff]{2,40})[）)]$")


#: a notice publishing a report, by the report's name ('X办公厅关于2017年…报告的公告',
#: '教育部办公厅关于发布《2010年…报告》的公告'), or a letter sending it ('X局 关于2014年度…报告的函')
#: a year's 年 or 年度
_YEARS_OWN_WORD = re.compile(r"(?<=\d)年度?")
_NOTICE_OF_REPORT = re.compile(r"关于(?:(?:印发|发布|公布|报送)?《?([^《》]{4,60}?报告)》?的(?:公告|通知|函)"
                               r"|(?:报送|上报|呈报)《([^《》]{4,60}?报告)》的报告)$")
#: a news headline on the report: the organ, then that it released it ('X发布2012年…年度报告')
_ORGAN_RELEASES = re.compile(r"^([\u3400-\u9fff（）()]{2,30}?)(?:正式)?(?:发布|公布)(?=(?:19|20)\d{2}\s*年.*(?:报告|年报)$)")
#: words a clause opens with before an organ's name ('请与X局联系'): no organ's name starts so
_CLAUSE_WORD = re.compile(r"请|与|对|在|为|是|并|但")  # not 和 (和平街道), 如 (如皋市), 向 (向阳), 经 (经开区), 可 (可克达拉)
_SELF_REFERENCE = re.compile(r"我|本(?:局|委|办|厅|院|署|部|机关|单位|部门|中心|镇|乡|街道|区|县|市|省|级)")


def _organ_before_disclosure(title: str) -> str | None:
    """The organ a title names before 政府信息公开 ('2014年X局政府信息公开…', 'X镇人民政府信息公开…');
    None for a place ('2022年上海市政府信息公开…', see `_place_before_disclosure`). A note in brackets closing the name is
    left out ('2020年X县住房和城乡建设局(交通局、人防办)政府信息公开…': the bodies merged into it)."""
    organ = _named_before_disclosure(title)
    if organ[-1:] in ")）":
        organ = _CLOSING_NOTE.sub("", organ)
    return organ if _ends_with_organ(organ) and not organ.endswith(_PLACE_SUFFIXES) else None


def _place_before_disclosure(title: str | None) -> str | None:
    """The place a title names after the year, before 政府信息公开 ('2020年度龙游县湖镇镇政府信息公开…');
    None for a bare 镇, 街道… ('2016年度镇政府信息公开…') or the organ's own ('2019年我乡…')."""
    place = _named_before_disclosure(title or "")
    return (place if place.endswith(_PLACE_SUFFIXES) and place not in _PLACE_SUFFIXES and place[0] not in "年度"
            and not _SELF_REFERENCE.match(place) else None)


def _named_before_disclosure(title: str) -> str:
    """What a title names before 政府信息公开, after its year or 本年度 ('' when nothing)."""
    m = _ORGAN_BEFORE_DISCLOSURE.match(fold(title))
    if not m:
        return ""
    return title[m.start(1):m.end(1) + (2 if m.group(1).endswith("人民") else 0)]  # 'X人民' + '政府信息公开'


_ORGAN_BEFORE_DISCLOSURE = re.compile(r"(?:" + _YEAR + r"\s*(?:年度?)?|本年度?)?((?:[\u3400-\u9fff（）()·]|[（(][\u3400-\u9fff、]{1,20}[）)]){2,40}?)"
                                     r"(?:政府信息公开|(?<!政府)信息公开|政务公开)")
#: the organ an opening sentence says compiled the report: '由临邑县人民政府编制的2012年…报告', '本年度报告是X根据…编制', '…,X街道特编制…',
#: '由X制作本报告'
#: (综合 in a name is no verb: '由澧县农业综合开发办公室编制')
_COMPILED_BY = re.compile(r"(?:由|(?<=[，,。；;])(?![现特今]由)|(?<=报告是))\s*([\u3400-\u9fff（）()]{2,60}?(?:[（(][^（()）]{1,40}[）)])?)\s*(?:负责|特|组织)?(?:编制|编写|制作(?=本|此|该)|按照|根据|依据|综合(?!开发|执法|行政|服务|治理|保障|管理)|汇总|结合|围绕(?=[^。]{0,40}?编制))")
#: the report's own words before 由 in a clause the name was taken from (',报告由X编制'; '本报由X…', '本年报X…编制' as printed)
_REPORT_BY = re.compile(r"^(?:本|该|此)?(?:年度)?(?:报告|年报)由|^(?:本|该|此)(?:年度)?(?:报告|年报|报)由?")
#: a note in brackets closing the name of the organ that compiled a report ('X局(Y办公室、Z办公室)')
_CLOSING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")


def issuer_of(signer: str | None, title: str | None, opening: list[str], text: str, publisher: str | None = None,
              byline: str | None = None, body_openings: tuple[str, ...] | list[str] = (), source: str | None = None) -> str | None:
    """The full name (`_in_full`) of the organ that issues the report (`_issuer_named`); a customs district
    as its customs, a tax bureau with the 国家税务总局 the text names it under."""
    organ = _in_full(_issuer_named(signer, title, opening, text, publisher, byline, body_openings, source))
    if not organ or _a_kind_of_local_organ(organ, text) or _a_kind_of_place(organ):
        return None
    if (not signer and organ != byline and (place := _titles_place(title, opening)) and (government := _government_of(place))
            and organ.endswith(government) and not _signs_a_letter(organ, text)):
        return _place_as_titled(place, organ, " ".join((text, publisher or "", source or "")))
    if organ[-1] in "区会" and (committee := _zones_committee(organ, (source, publisher))):
        organ = committee  # a zone named short by its committee's name in full, a page field's ('鞍山高新区' by
        # '鞍山高新技术产业开发区管理委员会')
    elif (placed := _with_its_place_word(organ, text)):
        organ = placed  # a place printed without its 市 or 县 where the text prints it ('永州行政审批服务局' of '永州市…')
    if (twice := _PLACE_TWICE.match(organ)):
        organ = organ[twice.end(1):]  # a place printed twice ('北京市大兴区北京市大兴区发展和改革委员会')
    if organ.endswith(_AND_ITS_OFFICE):
        organ = organ[:organ.rindex("及")]  # the organ whose work the report covers with its office's ('X行政公署及办公室')
    if organ.endswith(("办公室)", "办公室）", "办公厅)", "办公厅）")) and (office := _GOVERNMENT_BY_ITS_OFFICE.match(organ)):
        organ = office.group(1) + office.group(2)  # the government's office reporting as it ('X人民政府(政府办公室)': labels 2 : 0)
    if "乡" in organ[-6:] and (named := _with_its_peoples(organ, text)):
        organ = named  # a township printed with its peoples' name ('铜厂乡2022年…' by '铜厂彝族乡人民政府')
    if "自治" in text and "自治" not in organ and ("旗" in organ or "县" in organ) and (named := _with_its_autonomy(organ, text)):
        organ = named  # an autonomous banner or county printed without it ('鄂温克旗审计局' of '鄂温克族自治旗')
    if organ.endswith("街道") and (organ + "办事处" in text or (street := _STREET_ALONE.search(organ)) and street.group(0) + "办事处" in text):
        organ += "办事处"  # a street named by its office where the text names the office so ('X街道' with 'X街道办事处': labels 9 : 0;
        # '北京市西城区什刹海街道' with '什刹海街道办事处')
    if not signer and _GRASSROOTS_ORGAN.search(organ) and not issuer_from_title_text(title):
        organ = _with_its_county(organ, text)  # no title naming it: as the text names it in full ('春城街道办事处…' contacted as
        # '长春市绿园区春城街道办事处'; with the county prefix this session's labels 7 : 0)
    if organ.endswith("海关关区"):
        return organ[:-2]  # the customs a district is named for ('广州海关关区2023年…报告': labels 5 : 0)
    if organ.endswith("税务局") and "国家税务总局" + organ in text:
        return "国家税务总局" + organ  # its name since 2018, as the text prints it ('国家税务总局珠海市税务局')
    return organ


#: a township's or a street's organ ('春城街道办事处', '横道河子镇人民政府', '小甸子镇', a street's office named without 街道)
_GRASSROOTS_ORGAN = re.compile(r"(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)?$|(?<!驻京)(?<!驻沪)(?<!驻外)办事处$")  # ('东郊办事处')


def _with_its_county(organ: str, text: str) -> str:
    """A township's or a street's `organ` with the county, district or city above it where the text prints it so
    ('铁岭县横道河子镇人民政府', '吉林市龙潭区山前街道办事处'), else as it is."""
    if re.search("[省市州盟]", organ[:-2]):
        return organ  # its place named already
    above = "市州盟" if re.search("[区县旗]", organ[:-2]) else "市区县旗州"  # (its city, where it names its county: '铜官区东郊办事处'
    # printed as '铜陵市铜官区东郊办事处')
    placed = _with_place(organ, text)
    return placed if placed.endswith(organ) and placed[:-len(organ)][-1:] in above else organ


def _signs_a_letter(organ: str, text: str) -> bool:
    """Does `organ` sign a line of its own over a date's ('武威市人民政府' / '2021年3月3日' closing the letter that sends the
    report: a label this session, and an earlier test), not only head a page (a site's banner)?"""
    return bool(re.search(r"(?m)^\s*" + re.escape(organ) + r"\s*\n\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$", text))


def _titles_place(title: str | None, opening: list[str]) -> str | None:
    """The place alone a title names before or after its year ('X县2016年…报告', '2009年度X省政府信息公开…'), or the
    sentence naming the report does where no title is printed ('现公布X县2011年…报告'); None where it names an organ."""
    if title is None:
        title = _title_in_sentence(opening, dated=False)
    place = issuer_from_title_text(title) or _place_before_disclosure(title)
    return place if place and (_PLACE_ALONE.fullmatch(place) or _PREFECTURE.fullmatch(place)) else None


def _place_as_titled(place: str, government: str, text: str) -> str:
    """The issuer of a report whose title names its `place` alone, where its `government` is found to issue it: the
    place as the title prints it, as ../shared's labels name a zone so titled ('平潭综合实验区', its 管委会 printed too)
    and as blind labels name a county or a larger place (some 72 : 16, whether or not the text prints its government's
    name); a township by its government's name where the text or a page field prints that name (8 : 0; else as titled,
    4 : 0), by its '…政府' where that is how the text names it. (A cover's line naming the government under the title
    signs the report: `issuer_of` keeps it.)"""
    if place.endswith(_TOWNSHIP):
        named = _with_its_peoples(government, text) or government  # ('铜厂乡…' printing '铜厂彝族乡人民政府')
        if named in text:
            # (also where printed only inside a longer name, 'X镇人民政府办公室': session 49's labels 4 : 4; with its county where
            # a field names it so: '铁岭县横道河子镇人民政府')
            return _with_its_county(named, text)
        if re.search(re.escape(place) + r"政府" + _NOT_INSIDE_A_NAME, text):
            return place + "政府"  # as the text names it ('梅岐乡政府召开会议…', not '梅岐乡政府信息公开…': labels 5 : 0)
    return place


#: what does not go on from a government's name to a longer one's ('X乡人民政府信息公开…', '…政府办公室', '…政府门户网站')
_NOT_INSIDE_A_NAME = r"(?!信息|政务|办公|门户|网|党政|领导小组)"


def _zones_committee(organ: str, fields: tuple[str | None, ...]) -> str | None:
    """The page field (`fields`: its 来源, its 发布机构) naming in full the committee of the zone `organ` names short
    ('鞍山高新区', '池州高新区管委会' by '(安徽)池州高新技术产业开发区管理委员会'); None where none does, or names the
    zone as `organ` does (a zone named in full is the issuer: '平潭综合实验区', not its '平潭综合实验区管委会')."""
    zone = re.sub("(?:管委会|管理委员会)$", "", organ)
    if not zone.endswith("区") or not _ZONE.search(zone):
        return None
    for name in fields:
        if (name and len(name) > len(organ) and _HAN_NAME.fullmatch(name) and name.endswith(("管理委员会", "管委会"))
                and (its_zone := re.sub("(?:管委会|管理委员会)$", "", name)).endswith("区") and len(its_zone) > len(zone)
                and zone[:2] in its_zone and _in_order(zone, its_zone[its_zone.index(zone[:2]):])):
            return name
    return None


def _with_its_place_word(organ: str, text: str) -> str | None:
    """`organ`, its place printed without the word saying what the place is, as the text prints it with the word
    ('永州行政审批服务局' → '永州市行政审批服务局'); None where the text does not, or the name holds a place word."""
    if len(organ) < 6 or not _ends_with_organ(organ):
        return None
    for k in (2, 3):
        if organ[k - 1] in "省市县区旗盟镇乡" or organ[k] in _PLACE_CHARS:
            return None
        for word in "市县区州":
            if (placed := organ[:k] + word + organ[k:]) in text:
                return placed
    return None


def _a_kind_of_place(name: str) -> bool:
    """Is `name` a kind of place that names none ('市区', '县乡': a 范文's '由市区编制'; a zone's kind alone: '开发区')?"""
    return len(name) == 2 and name[0] in _PLACE_CHARS and name[1] in _PLACE_CHARS or bool(_KIND_OF_ZONE.fullmatch(name))


#: a kind of zone, which names none ('开发区政府信息公开工作在党工委、管委会直接领导下开展')
_KIND_OF_ZONE = re.compile(r"(?:经济技术|高新技术产业|经济|高新技术|综合)?开发区|高新区|经开区|保税区|新区|工业园区|园区|示范区|自贸区|试验区|实验区")


def _with_its_peoples(organ: str, text: str) -> str | None:
    """`organ`, a township or its government named without the peoples it is the township of, as the
    text names it with them ('铜厂乡人民政府' → '铜厂彝族乡人民政府'); None where the text does not."""
    end = organ.rfind("乡")
    return _with_words_after_its_stem(organ, end, _PEOPLES, text) if organ[end + 1:] in ("", "人民政府") else None


def _with_its_autonomy(organ: str, text: str) -> str | None:
    """`organ`, of an autonomous banner or county named by its stem alone, as the text names the place with
    its peoples and 自治 ('鄂温克旗审计局' → '鄂温克族自治旗审计局', '江华县…' → '江华瑶族自治县…'); None where
    the text does not."""
    return _with_words_after_its_stem(organ, next(i for i, ch in enumerate(organ) if ch in "旗县"), _AUTONOMY, text)


def _with_words_after_its_stem(organ: str, end: int, words: str, text: str) -> str | None:
    """`organ` with the `words` (a pattern, one group) the text prints between its place's stem (the 2–4 characters
    before `end`) and the place's character at `end`; None where the text prints none."""
    for k in (4, 3, 2):
        stem = organ[max(0, end - k):end]
        if len(stem) == k and (m := re.search(re.escape(stem) + words + re.escape(organ[end]), text)):
            return organ[:end] + m.group(1) + organ[end:]
    return None


#: the peoples' name of an ethnic township after its stem, before its 乡 ('彝族', '土家族苗族', '民族')
_PEOPLES = r"((?:[\u3400-\u9fff]{1,3}?族){1,3}|民族)"
#: the peoples' name and 自治 of an autonomous banner or county after its stem ('族自治' after 鄂温克, '瑶族自治',
#: '自治' after 鄂伦春)
_AUTONOMY = r"((?:[\u3400-\u9fff]{0,3}?族){0,3}自治)"
#: a street's own name, after the places above it ('什刹海街道' of '北京市西城区什刹海街道')
_STREET_ALONE = re.compile(r"[^省市区县州旗]{2,}街道$")
#: a name opening with its place printed twice over
_PLACE_TWICE = re.compile(r"^([\u3400-\u9fff]{2,12}?[省市区县州旗盟])\1")
#: a government named with its office in brackets, the organ whose report it is ('盘州市人民政府(市人民政府办公室)',
#: 'X地区行政公署(行署办公室)')
_GOVERNMENT_BY_ITS_OFFICE = re.compile(r"^(.{2,30}?(?:人民政府|行政公署))[（(][\u3400-\u9fff]{0,8}?(?:政府|行署)(办公[室厅])[）)]$")
#: an organ's office named after it, 'and its office' ('阿勒泰地区行政公署及办公室2016年度…工作情况')
_AND_ITS_OFFICE = ("及办公室", "及其办公室", "及办公厅", "及其办公厅")


#: the kind of farm a state farm's name ends with, after its own name ('蒋湖农场', '东风垦殖场', '东风场')
_FARMS_KIND = re.compile(r"(?:农|林|垦殖|园艺|牧|茶|渔|果|良种)?场$")


def _a_kind_of_local_organ(organ: str, text: str) -> bool:
    """Is `organ` a kind of local organ named without its place, which the text names nowhere ('商务局',
    '信访局', '政府办公室'); not a national body ('水利部', '海关总署') or a regional one of a national system named
    by its province or city ('广东海事局', '深圳海事局' where the text names 深圳市)?"""
    if (not _names_no_place(organ) or organ.startswith(_NATIONAL) or organ.endswith(_NATIONAL_KINDS)
            or any(nation + organ in text for nation in _NATIONAL)):  # ('中华人民共和国X局' over its notice)
        return False
    if organ.startswith(_province_short_names()) or organ.endswith("场") and _FARMS_KIND.sub("", organ):
        return False  # (nor a farm named by its own name: '蒋湖农场', '东风场'; not '园艺场')
    if organ.endswith(("大学", "学院")) or organ.endswith(("中学", "小学")) and not organ.startswith(("第", "县", "市", "区", "镇", "乡")):
        return False  # (nor a university or a school, named by its own name: '复旦大学', '太和中学'; not '县第一中学')
    return not any(organ[:k] + suffix in text for k in (2, 3) for suffix in "市县区州盟旗")


@lru_cache(maxsize=1)
def _province_short_names() -> tuple[str, ...]:
    """the provinces' names without 省/市/自治区 ('广东', '内蒙古'), from sections.yaml."""
    from ..resources import load_yaml

    return tuple(load_yaml("sections.yaml")["province_short_names"])


def _in_full(organ: str | None) -> str | None:
    """`organ` in full: a place named alone as its government (`_government_of`),
    an autonomous region named short in full ('新疆自治区…' → '新疆维吾尔自治区…'), an abbreviation
    ending its name written out ('四川省发改委' → '四川省发展和改革委员会', 'X县政府办' → 'X县人民政府办公室')
    and the place's 政府 before it as its 人民政府 ('西藏自治区政府国资委'); as it is otherwise
    (sections.yaml organ_full_names, region_full_names)."""
    if not organ:
        return organ
    if organ.endswith("自治区", 2, 5) and (short := organ[:5]) in (regions := _region_full_names()):
        organ = regions[short] + organ[5:]  # ('新疆自治区地方税务局')
    if (government := _government_of(organ)):
        return government
    short = next((s for s in _organ_full_names() if organ.endswith(s)), None)
    if short is None or len(organ) == len(short) or organ.endswith(_organ_full_names()[short]):
        return organ
    head, full = organ[:-len(short)], _organ_full_names()[short]
    if full.startswith("人民政府"):  # an organ of a place's government ('X县政府办', 'X市国资委', 'X市政府')
        # (a township's 'X乡政府' as a county's: labels 4 : 2)
        head = re.sub("(?:人民)?政府$|人民$", "", head)
        if not head.endswith(_PLACE_SUFFIXES):
            return organ  # ('国务院国资委': no place's)
    elif head.endswith("政府") and not head.endswith("人民政府"):
        head = head[:-2] + "人民政府"
    return head + full


def _government_of(place: str) -> str | None:
    """The government of a place named alone ('X县' → 'X县人民政府', 'X镇' → 'X镇人民政府'): the
    organ a report about its place is by (a title naming the place names the issuer as it prints it:
    `_place_as_titled`); None for a street, which labellers keep as printed ('X街道',
    8 : 2), for a zone, whose organ is a 管委会 the text may not name ('平潭综合实验区', 'X高新区'),
    and for what is no place."""
    if _PREFECTURE.fullmatch(place):
        return place + "行政公署"  # (a league's or a prefecture's: 'X盟' → 'X盟行政公署')
    if not _PLACE_ALONE.fullmatch(place) or _ZONE.search(place) or _a_kind_of_place(place):
        return None
    return place + "人民政府"


#: a league's or a prefecture's name alone, whose government is a 行政公署 ('兴安盟', '阿勒泰地区')
_PREFECTURE = re.compile(r"[\u3400-\u9fff]{2,10}(?:盟|地区)")


#: a place's name alone: Han characters ending in 省, 市, 县, 区, 州, 旗, 镇, 乡 or 苏木
_PLACE_ALONE = re.compile(r"[\u3400-\u9fff]{1,20}(?:[省市县区州旗镇乡]|苏木)")
#: the end of a zone's name (a development zone, a new area…), or a word no place holds
_ZONE = re.compile(r"(?:新|园|开发|高新|实验|试验|示范|合作|管理|保税|工业|综合|景|矿|林|社|关|辖|片|库|垦|牧|港|校|度假|功能|集聚|产业"
                   r"|保护|自贸|经济|商务|旅游|生态)区$|政府|机关|人民|委员|办事")


@lru_cache(maxsize=1)
def _organ_full_names() -> dict[str, str]:
    """abbreviation → full words, the longest abbreviations first."""
    from ..resources import load_yaml

    names = load_yaml("sections.yaml")["organ_full_names"]
    return dict(sorted(names.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _region_full_names() -> dict[str, str]:
    """an autonomous region's short name ('新疆自治区') → its full name."""
    from ..resources import load_yaml

    return load_yaml("sections.yaml")["region_full_names"]


def _issuer_named(signer: str | None, title: str | None, opening: list[str], text: str, publisher: str | None = None,
                  byline: str | None = None, body_openings: tuple[str, ...] | list[str] = (), source: str | None = None) -> str | None:
    """The organ that issues the report: the signature (落款); else the organ the title names,
    unless an opening sentence names the organ that title stands for (the title names its
    place, a 简称 of it, or it without the place above it), or names an organ where the title
    names none ('现公布X2016年…报告', '由X编制'). An organ the title names without its place
    ('公安局2010年…报告') is completed from the text when the text names it with one
    ('靖宇县公安局'), an abbreviation ('X县住建局') from the full name the text gives it. A title
    naming only a place whose government the page's 发布机构 (`publisher`) is gives that
    government ('X乡' published by 'X乡人民政府'); so does a cover's
    `byline` under a title naming no organ ('2014年广州市…报告' over '广州市人民政府'). A place's report compiled by
    its government's office or working body, or from the reports of its organs, is its government's (which `issuer_of`
    names as the title names the place: `_place_as_titled`). Where
    nothing else names one, the organ the body's first sentence is about (`body_openings`, the
    paragraphs where the body may open: '2020年，抚远市生态环境局认真贯彻…'), then the place a
    title names after its year or whose organs' reports the text sums up, then the page's 发布机构 where the text
    names it too, then the organ the text says to contact about the report ('如对本报告有疑问,请与X办公室联系'), the
    organ whose site it is published on, then the township or street the body opens by speaking of ('2020年七里坪镇
    严格按照…'), then the county or district it does ('2021年X区政务公开工作坚持…'). The page's 来源 (`source`)
    completes an organ named after a bare 市/县 as the 发布机构 does ('县农业农村局' from '南漳县农业农村局')."""
    if signer:
        return signer
    organ = issuer_from_title_text(title)
    if organ and organ.endswith(_PLACE_SUFFIXES) and (government := _summing_place(text, organ)):
        return government  # the place's report, compiled by its office from its organs' reports
    candidates = (byline, issuer_from_title_text(_title_in_sentence(opening, dated=False)), _compiled_by(opening), _reporting_organ(opening))
    for compiled, named in zip((False, False, True, False), candidates):
        # '现将徐闻县角尾乡人民政府2017年度…报告' for '角尾乡2017年…', '由建章路街道办事处编制' for
        # '建章路街道2022年…', '由X办公室(以下简称北部湾办)编制' for '北部湾办2022年…'
        if (named is byline and organ is not None and not organ.endswith(_PLACE_SUFFIXES)
                and not (named and _after_a_bare_place(organ) and _is_short_for(organ, named))):
            continue  # the title names the organ; a line naming it in full above the body heads a notice ('中华人民共和国X部 / 公告'),
            # but for the organ a title names after a bare place ('浑南区国资局' over '…现公布区政府国资局2022年…报告')
        if named and "关于" in named:
            named = named.split("关于")[0]  # a notice's opening line ('X办公室关于印发Y…' over '…报告的通知')
        if named and (office := _GOVERNMENT_OFFICE.search(named)) and office.end() < len(named) and _A_UNIT.fullmatch(named, office.end()):
            named = named[:office.end()]  # a unit of a government's office compiled it: the office ('莫旗政府办公室网络信息中心')
        if (compiled and named and (organ.endswith(_PLACE_SUFFIXES) if organ else _place_before_disclosure(title))
                and ((office := _GOVERNMENT_OFFICE.search(named)) and office.end() == len(named)
                     or _GOVERNMENTS_DISCLOSURE_CENTRE.search(named))):
            continue  # '漳州市2019年…' (or '2019年漳州市政府信息公开…') compiled by 漳州市人民政府办公室: the place issues the report
            # its office compiled (named as titled: `issuer_of`), as the title says (../shared's Pingtan labels: '平潭综合实验区…
            # 报告' compiled by 区管委会办公室; helpers 9 : 0 since session 45), not where the office's own title heads the
            # document ('2015年X市人民政府办公厅 / 政府信息公开年度报告')
        if compiled and named and organ is None and title is None and (government := _government_of_working_body(named)):
            return government  # no title, compiled by a place's working body ('由涡阳县政务公开办公室编制', 'X市政府信息公开领导小组
            # 办公室'): the place's report (helpers' labels 3 : 2, as for a title naming the place below)
        if (named and organ is None and (place := _place_before_disclosure(title)) and named.startswith(place)
                and _WORKING_BODY.fullmatch(named, len(place))):
            continue  # '2011年X市政府信息公开…年报' compiled by X市政府信息公开工作办公室: the place's report, as below
        if named and (organ is None or _is_short_for(organ, named)):
            if organ and organ + "人民政府" in (publisher, source) and named.startswith(organ):
                break  # the place's government publishes the report its office or another body of it compiled ('由拉萨市政府办公厅…
                # 编制', '福清市2022年…' by 福清市政务与外事服务中心), or is its source ('杨柳镇2021年…报告' 来源:杨柳镇人民政府,
                # 由杨柳镇人民政府办公室编制)
            return _full_name(_NOTE_IN_NAME.sub("", named), text)
    if organ is None and (head := _title_head_compiling(title, opening)):
        return head  # a name of no kind known, which the title and the compiling clause both give ('怀远二中2021年…报告', '由怀远二中编制')
    if organ is None:
        subject = (next(filter(None, map(_subject_organ, body_openings)), None)
                   or next(filter(None, (_bare_subject_in_full(b, text, publisher) or source and _bare_subject_in_full(b, text, source)
                                         for b in body_openings)), None))
        if subject:
            full = _full_name(subject, text)  # (in full as the text prints it too: '宣城市残联' → '宣城市残疾人联合会')
            return _with_the_titled_place(_expanded(full, text), title) if full else None
        # else the place a title names after the year, as one it names before the year is; else the
        # organ the page says published it (its 发布机构), when the text names it too
        return (_place_before_disclosure(title) or _summing_place(text)
                or (publisher if _an_organs_name(publisher) and publisher in text else None)
                or _self_declared(text) or _contact_organ(text) or _site_owner(text)
                or next(filter(None, map(_subject_township, body_openings)), None)
                or _subject_place(body_openings, text)
                # (last, the 发布机构 the text does not name, naming its place, when the text speaks as an organ of its
                # kind or as none: '发布机构: 湖南省生态环境厅' over '2023年…报告'; not '云崖区政府办' over '我街道…')
                or (publisher if _an_organs_name(publisher) and _PLACE_IN_NAME.search(publisher[:-1])
                    and _speaks_as_its_kind(text, publisher) else None)
                # (then its 来源 where the text speaks as an organ of its kind: '信息来源:洪江市教育局' over '…我局…')
                or (source if _an_organs_name(source) and _PLACE_IN_NAME.search(source[:-1]) and _SPEAKING_AS.search(text, 0, 2000)
                    and _speaks_as_its_kind(text, source) else None))
    if publisher and organ.endswith(_PLACE_SUFFIXES) and publisher in (organ + "人民政府", organ + "办事处"):
        return publisher
    full = _bare_name_by_source(organ, source) or _full_name(organ, text)
    return _expanded(full, text) if full else None


def _with_the_titled_place(organ: str, title: str | None) -> str:
    """`organ`, the government of a place the title names with the place above it, named with that place too
    ('2019年陆丰市河东镇政府信息公开…报告' over '河东镇政府…': '陆丰市河东镇人民政府')."""
    place = _place_before_disclosure(title)
    if place and not organ.startswith(place) and organ.endswith(("政府", "办事处")):
        for k in range(2, len(place) - 1):
            if place[k - 1] in _PLACE_CHARS and organ.startswith(place[k:]):
                return place[:k] + organ
    return organ


#: a title's name before its year, of Han characters only ('怀远二中2021年…')
_TITLE_HEAD = re.compile(r"([\u3400-\u9fff]{3,20}?)(?=(?:19|20)\d{2}\s*年)")


def _title_head_compiling(title: str | None, opening: list[str]) -> str | None:
    """The name opening `title` before its year where an opening sentence says that very name compiled the report
    ('由怀远二中编制'), whatever kind of organ it is."""
    m = _TITLE_HEAD.match(title or "")
    if not m or _PLACE_ALONE.fullmatch(m.group(1)):
        return None
    said = re.compile(r"由" + re.escape(m.group(1)) + r"(?:负责|组织)?(?:编制|编写)")
    return m.group(1) if any(said.search(line[:300]) for line in opening) else None


def _an_organs_name(name: str | None) -> bool:
    """Is `name` (a page field's value) an organ's name with its place, in Han characters only?"""
    return (bool(name) and bool(_HAN_NAME.fullmatch(name)) and _ends_with_organ(name) and not _names_no_place(name)
            and not _after_a_bare_place(name))  # (not '县卫健局办公室', the place left out)


#: the organ a text speaks as ('我局', '本厅', '我街道'; not '我市', '我县', which any organ there says of its place,
#: nor '本部门', '本办法')
_SPEAKING_AS = re.compile(r"[我本](局|委|厅|院|署|部(?!门)|中心|办(?!法|理|公)|镇|乡|街道)")
#: the endings an organ speaking as each kind has
_ENDINGS_OF_KIND = {"办": ("办", "办公室", "办公厅"), "委": ("委", "委员会", "管委会"), "镇": ("镇", "人民政府", "政府"),
                    "乡": ("乡", "人民政府", "政府"), "街道": ("街道", "办事处")}


def speaks_as_a_department(text: str) -> bool:
    """Does `text` speak as the department reporting ('我局', '本委'; not a township's '我镇', '我街道')?"""
    m = _SPEAKING_AS.search(text)
    return m is not None and m.group(1) not in ("镇", "乡", "街道")


def _speaks_as_its_kind(text: str, organ: str) -> bool:
    """Does `text` speak as an organ of `organ`'s kind ('我厅' for 'X省生态环境厅'), or as no organ near its top?"""
    m = _SPEAKING_AS.search(text, 0, 2000)
    return not m or organ.endswith(_ENDINGS_OF_KIND.get(m.group(1), (m.group(1),)))


def _bare_name_by_source(organ: str, source: str | None) -> str | None:
    """The page's 来源 (`source`) where it names in full the organ named after a bare 市/县 or without a place
    ('市退役军人事务局' from '天门市退役军人事务局', '市科技局' from '咸宁市科学技术局', '农业农村局' from
    '南通市通州区农业农村局'); else None."""
    if not source or not _HAN_NAME.fullmatch(source) or len(source) <= len(organ):
        return None
    # (its government written out too: '市政府研究室' from '铜陵市人民政府研究室')
    in_full = _in_full(source).endswith((_in_full(organ), _BARE_PLACES_GOVERNMENT.sub(r"\1人民政府", organ, 1)))
    if _after_a_bare_place(organ):
        if in_full:
            return source
        name = source[len(place.group(0)):] if (place := _PLACE_PREFIX.match(source)) else ""
        return source if name and place.group(0).endswith(organ[0]) and _stands_for(organ[1:], name, len(name)) else None
    if _names_no_place(organ) and in_full and _PLACE_IN_NAME.search(source[:len(source) - len(organ)]):
        return source
    return None


#: a note declaring the name before it the organ speaking ('北京市环境保护局(以下简称“我局”)')
_SELF_NOTE = re.compile(r"[（(]\s*(?:以下)?简称\s*[“\"「]?\s*(?:我|本)(?:局|委|厅|办|院|署|部|会|中心|机关|单位|部门|镇|乡|街道|区|县|市|省|府)"
                        r"\s*[”\"」]?\s*[）)]")
#: how far into the text the organ declares itself so
_SELF_NOTE_REACH = 1500


def _summing_place(text: str, titled: str | None = None) -> str | None:
    """The government of the place whose organs' reports the text says it was compiled from ('以2015年度X区各政府信息公开
    工作机构的年度报告为基础编制', '在2017年度X市各区人民政府和…各委、办、局的…年度报告的基础上编制', '由X办公室综合全市各级各部门
    政府信息公开工作年度报告…编制'): the place's report, not its office's, whoever compiled it. A place named as
    '全市' is the one the title names (`titled`)."""
    m = _ON_ITS_ORGANS_REPORTS.search(text, 0, 1500)
    place = m and (m.group("place") or m.group("summed"))
    if not place:
        return None
    if place.startswith("全"):
        place = titled if titled and titled.endswith(place[1:]) else None
    elif titled:
        if not (titled.endswith(place) or place.endswith(titled)):
            return None  # (another place's organs)
        place = max(titled, place, key=len)  # (its name in full: '密云区' for '北京市密云区')
    return _government_of(place) if place else None


#: the reports of a place's organs a report was compiled from, the place in the group
_ON_ITS_ORGANS_REPORTS = re.compile(r"(?:以|在)(?:(?:19|20)\d{2}年度?)?(?P<place>(?:(?![各全和及与])[\u3400-\u9fff]){2,20}?[省市县区州旗盟]|全[省市县区州旗盟])各"
                                    r"[^。；;]{0,60}?(?:年度(?:工作)?报告|年报)(?:为基础|的基础上)"
                                    r"|(?:综合|汇总)了?(?:(?:19|20)\d{2}年度?)?(?P<summed>(?:(?![各全和及与])[\u3400-\u9fff]){2,20}?[省市县区州旗盟]|全[省市县区州旗盟])各"
                                    r"[^。；;]{0,40}?(?:年度(?:工作)?报告|年报)")


def _self_declared(text: str) -> str | None:
    """The organ the text declares itself near its top ('…以及2010年度北京市环境保护局(以下简称“我局”)政府信息
    公开工作编制'), named with its place; None where it declares none."""
    m = _SELF_NOTE.search(text, 0, _SELF_NOTE_REACH)
    named = m and re.search(r"[\u3400-\u9fff]{3,40}$", text[max(0, m.start() - 40):m.start()])
    if not named:
        return None
    name = _VERB_BEFORE_NAME.sub("", named.group(0))
    while (opening := next((w for w in _CLAUSE_WORDS if name.startswith(w) and len(name) > len(w) + 2), None)):
        name = name[len(opening):]
    if not _ends_with_organ(name) or _names_no_place(name) or not (_PLACE_IN_NAME.search(name[:-1]) or name.startswith(_NATIONAL)):
        return None
    return name


#: whom a report says to contact about it: '如对本报告有疑问,请与X(办公室)联系', '…可与X联系', '请联系X办公室,',
#: '请与X(地址:…)联系', 'X联系电话:…'
_CONTACT = re.compile(r"(?:[请可]|或)(?:直接)?与\s*([\u3400-\u9fff（）()]{2,50}?)\s*(?:联[系络]|(?=[（(]\s*(?:联系|通讯|办公)?(?:地址|电话)))"
                      r"|请联[系络][:：]?\s*([\u3400-\u9fff（）()]{2,50}?)\s*(?=[,，。;；(（]|地址|电话)"
                      # a sentence of the organ's number alone ('…网站下载。瑞安市气象局联系电话:0577—65820375。')
                      r"|(?:^|(?<=[。；;\s]))([\u3400-\u9fff]{4,30}?)联系电话\s*[:：]")
#: the unit of an organ that answers for it ('X局办公室', 'X局党政办公室', 'X局行政审批办公室', 'X委员会研究室', 'X局人秘股', 'X局综合一科',
#: 'X领导小组办公室综合科', 'X局政府信息公开申请受理机构', 'X镇人民政府党政和人大办公室', a ministry's 'X部Y司综合处'); not '…政府办公室', an
#: organ of its own, nor the end of a name after a 会 inside it ('…和社会保障厅办公室'); a centre of a bureau ('X厅政务公开与信息发布中心')
_ANSWERING_UNIT = re.compile(r"(?:(?:(?<=局)局|(?<!政府))(?:(?<=[局厅委会处])政府信息公开|政务公开|信息公开)?(?:工作)?(?:领导小组)?(?:办公室|研究室|综合科)|信息中心"
                             r"|(?<=[局厅委会])(?!员会)(?:(?![局厅委])[\u3400-\u9fff]){2,4}?办公室|(?<=[局厅委])(?:(?![局厅委])[\u3400-\u9fff]){2,12}?中心"
                             r"|(?<=[局厅委会室])[\u3400-\u9fff]{1,4}?[科股]"
                             r"|(?<=[局厅委会])(?:政府信息公开)?申请受理机构|(?<=人民政府)党政(?:综合|和人大)?办(?:公室)?"
                             r"|(?<=部)[\u3400-\u9fff]{2,8}?司(?:[\u3400-\u9fff]{1,4}?处)?)$")

#: the person to ask, or the office's own unit, after the office answering ('可与X局办公室陈斌联系', 'X局办公室综合科')
_PERSON_AFTER_UNIT = re.compile(r"(?<=办公室)[\u3400-\u9fff]{2,3}$")


def _contact_organ(text: str) -> str | None:
    """The organ whose unit the text names as the report's contact ('请与永嘉县退役军人事务局办公室联系'
    → 永嘉县退役军人事务局), named with its place; None for an office of a place's own
    ('X镇党政办公室', 'X县政府办公室', 'X政府信息中心') or another unit inside an organ, the organ
    speaking of itself, or a kind of organ ('市教育局')."""
    m = _CONTACT.search(text)
    if not m:
        return None
    named = _PERSON_AFTER_UNIT.sub("", m.group(1) or m.group(2) or m.group(3))
    if (grassroots := _GRASSROOTS_OFFICE.fullmatch(named)) and _PLACE_IN_NAME.search(grassroots.group(1)):
        return grassroots.group(1)  # a township's or street's office answering for its government ('请与X区Y镇人民政府办公室联系')
    organ = _ANSWERING_UNIT.sub("", named)
    ministry = _a_ministry_speaking(organ, text)
    if (not _ends_with_organ(organ) or organ.endswith(_PLACE_SUFFIXES) or _SELF_REFERENCE.search(organ)
            or _names_no_place(organ) and not ministry or _after_a_bare_place(organ)
            or "政府" in organ and not organ.endswith(("人民政府", "办事处")) or _OFFICE_OF_AN_ORGAN.search(organ)
            or not _PLACE_IN_NAME.search(organ[:-1]) and not organ.startswith(_NATIONAL) and not ministry):
        return None  # (a name naming no place: '政务服务和大数据管理局', its place a mirror's spam replaced)
    return organ


#: the office of a township's or street's government, which is no organ of its own ('X镇人民政府办公室', 'X街道办事处党政综合与社区建设
#: 办公室'); its government
_GRASSROOTS_OFFICE = re.compile(r"([\u3400-\u9fff]{2,30}?(?:镇|乡|街道)(?:人民政府|办事处))[\u3400-\u9fff]{0,14}?办公室")


def _a_ministry_speaking(organ: str, text: str) -> bool:
    """Is `organ` a ministry ('商务部') the text speaks as ('我部')?"""
    return organ.endswith("部") and _SPEAKING_AS_A_MINISTRY.search(text, 0, 2000) is not None


_SPEAKING_AS_A_MINISTRY = re.compile("[我本]部(?!门)")


def _site_owner(text: str) -> str | None:
    """The organ whose site the text says the report can be downloaded from ('本年度报告电子版可以从乌海市统计局门户网(…)
    下载'), published or disclosed on, where the text speaks as its kind ('我局', '我县' for a county's government) and names
    its place, or, speaking as none, names the site the report is downloaded from by an organ's name with its place
    ('本报告电子版可在“长春市人民政府法制办公室”门户网站下载'); the first such of the sites it names."""
    return next(filter(None, (_owner_of_the_site(m, text) for m in _SITE_OF_THE_REPORT.finditer(text, 0, 1500))), None)


def _owner_of_the_site(m: re.Match, text: str) -> str | None:
    """The organ of the site `m` (a match of _SITE_OF_THE_REPORT in `text`) names, where the report is its (`_site_owner`)."""
    organ = m.group(1)
    parts = re.split("[和及与、]", organ)
    if len(parts) > 1 and (parts[-1][:2] == organ[:2] and _an_organs_name(parts[-1]) or parts[0].endswith(_A_MEDIUMS_END)):
        organ = parts[-1]  # the organ of the last of two sites of one place ('在X省网上办事大厅和X省农业农村厅门户网站'; not
        # '…住房和城乡建设局'), or after a column naming none ('在市政府信息公开栏目及市卫生局门户网站')
    if (organ.endswith("人民政府") and _government_of(organ[:-4]) == organ and not speaks_as_a_department(text[:2000])
            and re.search("[我本]" + organ[-5], text[:2000])):
        return organ  # a place's government, the text speaking as the place ('通过随县人民政府网站…公布' … '2019年,我县…')
    if not (speaking := _SPEAKING_AS.search(text, 0, 2000)):
        # (speaking as no one: the organ, not a government, whose site the report is downloaded from)
        downloaded = "下载" in m.group(0) and not organ.endswith(("人民政府",) + _PLACE_SUFFIXES)
        return organ if downloaded and _an_organs_name(organ) and _PLACE_IN_NAME.search(organ[:-1]) else None
    if organ.endswith("政府") and not organ.removesuffix("政府").removesuffix("人民").endswith(speaking.group(1)):
        return None  # (nor the county's government whose site a township speaking as '我乡' publishes on, '莒南县政府门户网站')
    owns_it = _an_organs_name(organ) and not organ.endswith(_PLACE_SUFFIXES) and _speaks_as_its_kind(text, organ)
    return organ if owns_it else None


#: how the name of a column or a site ends ('市政府信息公开栏目', 'X省网上办事大厅')
_A_MEDIUMS_END = ("栏目", "专栏", "平台", "网", "网站", "大厅")
#: the site the report can be read or downloaded from, or the year's information was disclosed on, by its organ's name
#: ('全年我局在句容市住房和城乡建设局官网上主动公开部门文件172条', '市民可以通过“X委员会”门户网站查阅主动公开的政府信息',
#: '在X局网站公开信息457条'; not '在第一时间内在我委门户网站上予以公开')
_SITE_OF_THE_REPORT = re.compile(r"(?:从|在|通过)[“\"]?((?:(?![在我])[\u3400-\u9fff（）()]){4,30}?)[”\"]?(?:门户网站|门户网|网站|官网|信息公开页面)[^。]{0,40}?(?:下载|查阅|查看|浏览|公开|公布)")
#: a unit inside an organ, not the organ ('X街道党政综合办', 'X办事处政务公开办', 'X署办公厅政务公开处')
_OFFICE_OF_AN_ORGAN = re.compile(r"(?:党政(?:综合)?办|政务公开[办处]|办公厅.+)$")


#: a name in Han characters (and brackets) only: no site's or spam's words
_HAN_NAME = re.compile(r"[\u3400-\u9fff（）()]{2,40}")


def _subject_organ(sentence: str | None) -> str | None:
    """The organ a report's body opens by speaking of ('2020年，句容市水利局认真贯彻落实…', 'X2023年为…'), named
    with its place; None for a place, the organs of a place together ('全市各级行政机关'), the
    organ speaking of itself, or a name without its place ('市市场监管局', '县乡村振兴局')."""
    for pattern in (_SUBJECT, _SUBJECT_BEFORE_YEAR, _SUBJECT_AFTER_SUBHEADING):
        organ = _subject(pattern, sentence)
        if (organ and _ends_with_organ(organ) and not organ.endswith(_PLACE_SUFFIXES)
                and (not _names_no_place(organ) or organ.startswith(_NATIONAL) or organ.endswith(_NATIONAL_KINDS))):
            # ('国家粮食局', '水利部' are names)
            return organ
    return None


def _bare_subject_in_full(sentence: str | None, text: str, publisher: str | None = None) -> str | None:
    """The organ a report's body opens by speaking of after a bare 省/市/县 ('2016年,省住房和城乡建设厅严格…'),
    named in full as the text prints it after its place ('《吉林省住房和城乡建设厅2016年…方案》') or as the
    page's 发布机构 (`publisher`) names it ('县政府办公室' published by 'X自治县人民政府办公室'); None
    where neither does."""
    m = _SUBJECT.match(sentence or "")
    name = m and m.group(1)
    if not name or name[0] not in _PLACE_CHARS or not _ends_with_organ(name) or _COLLECTIVE.search(name) or len(name) < 4:
        return None
    if publisher and _HAN_NAME.fullmatch(publisher) and (published := _in_full(publisher)).endswith(_in_full(name)):
        return published
    # the name as printed, else written out ('区政府办' as '区人民政府办公室', printed after its place: '泰山区人民政府办公室'),
    # found with its place given: the same name, not an abbreviation's guess ('青川县人民防空办' for '县人防办', whose
    # written-out '县人民防空办公室' the text prints as '青川县人民防空办公室')
    for name in dict.fromkeys((name, _in_full(name))):
        full = _expanded_after_a_bare_place(name, text)
        if full and (full.endswith(name[1:]) or name[-1] == "委" and full.endswith(name[1:] + "员会")):
            break
    else:
        return None
    place = full[:len(full) - len(name) + 1 - (2 if full.endswith("员会") and name[-1] == "委" else 0)]
    return full if text.count(place) >= 2 else None  # a place the text names again ('重庆市', not '打造新版重庆市')


def _subject(pattern: re.Pattern, sentence: str | None) -> str | None:
    """What `sentence` opens by speaking of, by `pattern`; None for the organs of a place together
    ('全市各级行政机关'), the organ speaking of itself, a clause's word or a clause, or a name after a bare 市/县
    (the place's own name left out)."""
    m = pattern.match(sentence or "")
    if not m:
        return None
    name = m.group(1)
    if (_COLLECTIVE.search(name) or _SELF_REFERENCE.match(name) or _CLAUSE_WORD.match(name) or _after_a_bare_place(name)
            or "是" in name):  # (a clause: '推进政府信息公开是X贯彻落实《条例》的重要举措')
        return None
    return _PARTY_AND_GOVERNMENT.sub("", name)  # the place whose party committee and government it names ('青龙乡党委政府')


#: a place's party committee and government named together after it ('X乡党委政府', 'X镇党委、政府'): no one organ
_PARTY_AND_GOVERNMENT = re.compile(r"(?<=[乡镇])党委[、和及]?(?:人民)?政府$")


def _subject_place(body_openings, text: str) -> str | None:
    """The government of the county, district or city a report's body opens by speaking of ('2021年昌江区政务公开工作坚持…'),
    where the text names that government too (its site, its office to contact) or the place's work as the report's ('全面总结
    湖口县2019年度政府信息公开工作情况'), and speaks as no department ('我局')."""
    for sentence in body_openings:
        place = _subject(_SUBJECT, sentence)
        if (place and place.endswith(_CITY_OR_COUNTY + ("区",)) and (government := _government_of(place))
                and (government in text or (own := _OWN_WORK.search(text, 0, 1500)) and own.group(1) == place)
                and not speaks_as_a_department(text[:2000])):
            return government
    return None


def _subject_township(sentence: str | None) -> str | None:
    """The township, street or development zone a report's body opens by speaking of ('2020年七里坪镇严格按照…',
    '2023年,海门经济技术开发区认真贯彻…', '宝力根苏木严格按照…'), as printed; None for any other subject, or one named after a bare
    县, 区… ('区西湖街道')."""
    place = _subject(_SUBJECT, sentence)
    return place if place and place.endswith(("镇", "乡", "街道", "苏木", "开发区", "园区")) and 3 <= len(place) <= 14 else None


#: '2020年，X认真贯彻…', '2021年，X在区委区政府的正确领导下…', '2022年，在区委的正确领导下，X认真…', '2021年度,结合工作实际,X坚持…':
#: the year, then the organ (maybe with its short name: 'X(以下简称“市公安局”)'), then what it did; or who
#: led it, then the organ's disclosure work and what it did ('在市委、市政府的正确领导下,X政府信息公开工作坚持…'), maybe
#: after the thought it followed ('坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,在…领导下,X不断…');
#: or the organ and what it did alone ('X以习近平新时代中国特色社会主义思想为指导,…')
_FOLLOWED = r"|坚持以[^，,。]{2,30}?为指导|(?:全面|深入|认真)?贯彻(?:落实)?[^，,。]{2,40}?精神"
_SUBJECT = re.compile(r"^(?:在?(?:(?:19|20)\d{2}\s*年(?:度|以来)?|今年以来|一年来)\s*[,，]?\s*(?:(?:在[^，,。]{2,30}?(?:领导|指导|引领|带领|支持|关怀)下|结合[^，,。]{2,8}?实际"
                      + _FOLLOWED + r")\s*[,，]\s*)*"
                      r"|(?:(?:在[^，,。]{2,30}?(?:领导|指导|引领|带领|支持|关怀)下|根据(?:《[^《》。]{1,80}》|[（(][^（）()。]{1,30}[）)]|[^，,。《》（）()]){2,16}?(?:要求|部署)"
                      + _FOLLOWED + r")\s*[,，]\s*)+)?"
                      r"(?!通过|经过|根据|按照|为)([\u3400-\u9fff（）()]{3,40}?)(?:[（(](?:以下)?简称[^（）()]{1,20}[）)])?"
                      r"(?:的?(?:政府信息公开工作|政务信息公开工作|政务公开工作))?"
                      r"(?=认真|全面|在|坚持|深入|按照|积极|严格|紧紧|始终|以|围绕|进一步|高度重视|继续|持续|依法|牢固|紧扣|聚焦|不断|主动|扎实"
                      r"|通过|依托|利用|坚决|结合|把|将|切实|着力|大力|加强|强化|狠抓|深学|准确|精准|立足|统筹|贯彻|为(?:充分|全面|进一步|深入|切实|更好|加快|推进|保障|提升|做好))")
#: the organ, then the year, then what it did ('临河区医疗保障局2023年为深入推进…', 'X2021年，认真贯彻…')
_SUBJECT_BEFORE_YEAR = re.compile(r"^([\u3400-\u9fff（）()]{3,40}?)(?:19|20)\d{2}\s*年度?\s*[,，]?\s*"
                                  r"(?=为|认真|全面|坚持|深入|按照|积极|严格|始终|围绕|进一步|高度重视|继续|持续|依法|紧扣|聚焦|不断|扎实"
                                  r"|(?:政府信息公开|政务公开)工作(?!年度?报告|年报|报告))")  # (its work: '新港街道办事处2023年度政府信息公开工作依托…')
#: a numbered subheading run into its paragraph, then the organ and what it did ('(一)领导重视,职责明确。X分局高度重视…',
#: '1.组织机构建设情况。X局成立以局长为组长…', '1.主动公开。2021年,X局在县委、县政府的坚强领导下,…')
_SUBJECT_AFTER_SUBHEADING = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,2}[）)]|[1-9][.、．])[^。]{2,16}。\s*(?:(?:19|20)\d{2}\s*年度?\s*[,，]?\s*)?"
                                       r"([\u3400-\u9fff（）()]{3,40}?)(?=高度重视|成立|认真|始终|坚持|严格|积极|深入"
                                       r"|在[^，,。]{2,30}?(?:领导|指导|引领|带领)下)")
_NATIONAL = ("国家", "中华人民共和国", "中国")
#: how the names of national bodies that name no place end ('水利部', '海关总署', '国家税务总局')
_NATIONAL_KINDS = ("部", "署", "总局", "海关")
_COLLECTIVE = re.compile(r"各级|全国|全市|全县|全区|全省|全州|全旗|全镇|所属|系统|各部门|各单位")


def _full_name(organ: str, text: str) -> str | None:
    """`organ`'s full name: the name the text declares it short for ('公主岭市残疾人联合会(以下简称
    “市残联”)'), or the name with the place the text gives it for an organ named without one
    ('公安局', '市卫生局'); None for a place's organ named after a bare 市, 县… ('市卫生局',
    '县工业商贸和科技信息局') when the text names no place for it."""
    if "简称" in text and (declared := _declared_full_name(organ, text)):
        return declared
    if _after_a_bare_place(organ):
        # (as printed, else written in full as the text may print it after its place: '县政府办' → '府谷县人民政府办公室',
        # '省政府研究室' → '湖北省人民政府研究室')
        return (_first_with_place((organ, _in_full(organ), _BARE_PLACES_GOVERNMENT.sub(r"\1人民政府", organ, 1)), text)
                or _expanded_after_a_bare_place(organ, text))
    if _names_no_place(organ):
        # (as printed, else in full: '住建局' → '梅河口市住房和城乡建设局')
        return _first_with_place((organ, _organ_full_names().get(organ, organ)), text) or organ
    if len(organ) <= 12 and organ.endswith(_A_KINDS_ENDING) and not _PLACE_IN_NAME.search(organ):
        # a longer kind of organ without its place, as the text prints it with one ('营商环境建设局2019年度…' in “营口市营商环境建设局”
        # 网站; not a body of its own name, '翠山湖管委会'), a commission maybe by its short name ('卫生健康委员会' as '绵阳市卫生健康委')
        if placed := _first_with_place((organ,), text):
            return placed
        if organ.endswith("委员会") and (placed := _first_with_place((organ[:-2],), text)):
            return placed + "员会"
        return organ
    if _A_ZONES_KIND_COMMITTEE.fullmatch(organ):
        return _first_with_place((organ,), text) or organ  # a zone's committee named by the zone's kind alone, as the text
        # prints it with its place ('工业园区管委会' → '寻乌县工业园区管委会')
    return organ


#: how a kind of organ's name ends
_A_KINDS_ENDING = ("局", "厅", "委员会", "办公室")
#: a committee named by its zone's kind alone, no name of its own ('工业园区管委会', '经济开发区管理委员会')
_A_ZONES_KIND_COMMITTEE = re.compile(r"(?:工业|产业|科技|物流)?园区(?:管委会|管理委员会)|(?:经济|经济技术|高新技术产业|高新技术)?开发区(?:管委会|管理委员会)"
                                     r"|(?:高新|综合保税|保税|新)区(?:管委会|管理委员会)")


def _first_with_place(names: tuple[str, ...], text: str) -> str | None:
    """The first of `names` (ways of writing one organ's name) the text names after a place, with it; None if none."""
    for name in dict.fromkeys(names):
        if (full := _with_place(name, text)) != name:
            return full
    return None


def _expanded_after_a_bare_place(organ: str, text: str) -> str | None:
    """The full name of an abbreviation after a bare 省, 市… ('省经合局' → '辽宁省经济合作局') as the
    text prints it after a place ending so; the longest of those; None when it prints none."""
    bare, short = organ[0], organ[1:]
    found = []
    start = text.find(bare + short[0]) if len(short) >= 2 else -1
    while start >= 0 and len(found) < 20:
        if place := _place_before(text, start + 1):
            run = _NAME_RUN.match(text, start + 1, start + len(organ) + 16).group(0)
            printed_so = run.startswith(short) and not run.startswith(_IN_FULL_AFTER.get(short[-1], "\0"), len(short))
            if name := short if printed_so else _name_standing_for(short, run):  # (printed as it is after its place too)
                found.append(_as_named_elsewhere(place, text) + name)
        start = text.find(bare + short[0], start + 1)
    return max(found, key=len) if found else None


#: words of organs' kinds that hold a place's character ('市场监督管理局', '城市管理局', '住房和城乡建设局', '乡村振兴局', '社区…',
#: '区香蜜湖片区建设发展事务中心')
_KIND_WORDS_WITH_PLACE_CHARS = re.compile("市场|城市|城乡|乡村|社区|片区|园区|景区")


def _after_a_bare_place(organ: str) -> bool:
    """Is `organ` named after a bare 市, 县, 州… ('市卫生局', '州政务公开…领导小组办公室'), which
    stands for the place's own name (not '市中区人民政府', a place's name)?"""
    return organ[:1] in _PLACE_CHARS and not re.search("[" + _PLACE_CHARS + "]", _KIND_WORDS_WITH_PLACE_CHARS.sub("", organ[1:]))


def _reporting_organ(opening: list[str]) -> str | None:
    """The organ the opening of the text reports on: its first sentence opens with the report's name
    ('X局2017年…年度报告(以下简称年报)是根据…'); a sentence of the opening paragraph reports it
    ('现将2015年X局政府信息公开…情况报告如下'), reports on its work ('结合X办公室政府信息公开工作实际',
    '结合X镇人民政府(以下简称“镇政府”)2025年度…工作实际', '涵盖了X2020年…工作情况') or says whose report it is ('本报告为X…年度报告'); the organ's name
    must hold its place."""
    for line in opening:
        sentence = line[:300].split("。", 1)[0]
        m = _NAMED_AT_START.match(sentence)
        organ = issuer_from_title_text(m.group(1)) if m else None
        if organ is None and (m := _COMPILED_AS.search(sentence)):
            organ = issuer_from_title_text(m.group(1) or m.group(2)) if m.group(1) or m.group(2) else m.group(3)
        if organ is None and (m := _REPORTED_AS.search(line[:600])):  # (the intro's last sentence, often)
            organ = _organ_before_disclosure(m.group(1)) or issuer_from_title_text(m.group(1))
        if organ is None and (m := _OWN_WORK.search(line[:400])):  # (any sentence of the intro: …涵盖了X2020年…工作情况)
            organ = m.group(1) + ("政府" if m.group(1).endswith("人民") else "")  # ('结合X县人民政府信息公开工作…')
        if organ is None and (m := _PUBLISHED_AS.search(line[:400])):
            organ = m.group(1) or m.group(2) or m.group(3)
        if organ is None and (m := _CONTENTS_OF.search(line[:400])):
            organ = m.group(1) + ("政府" if m.group(1).endswith("人民") else "")
        if (organ and (_ends_with_organ(organ) or _GOVERNMENT_BY_ITS_OFFICE.match(organ))
                and not organ.endswith(_PLACE_SUFFIXES) and not _names_no_place(organ)
                and not _SELF_REFERENCE.match(organ) and not _CLAUSE_WORD.match(organ)
                and _speaks_as_its_kind("\n".join(opening), organ)):
            return organ  # (not a government's name a bureau's report copied: '结合X区人民政府信息公开工作实际,…' over '我局…')
    return None


#: the report a sentence says was compiled, by its name ('…编制完成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》',
#: '…第五十条规定,制作X局2023年…年度报告', '编制形成了X镇人民政府2023年…年度报告'), or the organ whose report it names without
#: its year ('特编制X局公开年度报告')
_COMPILED_AS = re.compile(r"(?:编制|制作)(?:完成|形成)?了?(?:《([^《》]{4,60}?(?:年度报告|工作报告|年报))》"
                          # (unquoted: '编制汾阳市卫生健康和体育局2022年度政府信息公开报告')
                          r"|(?![的了本])((?:(?!报告)[\u3400-\u9fff（）()]){2,40}?(?:19|20)\d{2}\s*年度?[\u3400-\u9fff]{0,16}?"
                          r"(?:年度报告|工作报告|年报|公开报告))"
                          # (named without its year: '特编制X商务局公开年度报告'; the organ itself)
                          r"|(?![的了本])((?:(?!报告)[\u3400-\u9fff（）()]){4,40}?)(?:政府)?(?:信息)?公开(?:工作)?年度报告)")
#: a sentence opening with the report's name ('X局2017年…年度报告(以下简称年报)是根据…'; one name, not a
#: page's headline with the document's own title after it)
_NAMED_AT_START = re.compile(r"《?((?:(?!报告)[^《》。，,：:]){4,60}?(?:年度报告|工作报告|年报))》?\s*(?:[（(]以下简称|是根据|是依据|根据|依据)")
#: '现将2015年X局政府信息公开年度工作情况报告如下', '现就X县人民政府2020年度政府信息公开情况报告如下'
_REPORTED_AS = re.compile(r"现[将就把]([^。，,]{4,160}?)报告如下")
#: '现公布广东省粮食局2014年度政府信息公开情况', '现公布2022年X局政府信息公开工作情况' (the report named by what it states);
#: 'X办事处向社会公布2021年度…报告'
#: (the organ publishing it opening the sentence); '本报告为X政府信息公开工作年度报告'
_PUBLISHED_AS = re.compile(r"现(?:予以|特)?(?:向社会)?公布(?:(?:19|20)\d{2}\s*年度?)?([\u3400-\u9fff（）()]{2,40}?)(?:(?:19|20)\d{2}\s*年度?)?(?<!人民)(?:政府)?信息公开(?:工作)?情况"
                           # ('X局特向社会公布2024年度本机关…', at the sentence's start or after a clause: '根据…要求,X局特向社会…')
                           r"|(?:^|[，,])([\u3400-\u9fff（）()]{4,40}?)(?:现|特)?向社会(?:公布|发布|公开)(?:19|20)\d{2}\s*年"
                           # '本报告为X政府信息公开工作年度报告' (the report saying whose it is)
                           r"|本(?:年度)?报告为([\u3400-\u9fff（）()]{4,40}?)(?:(?:19|20)\d{2}\s*年度?)?(?:政府)?信息公开(?:工作)?(?:年度)?报告")
#: '全文包括扎赉特旗宝力根花苏木人民政府信息公开总体情况、…' (the 2021 format's opening, with the organ named;
#: '全文包括X本年度政府信息公开工作的基本情况' in the 2019 one)
_CONTENTS_OF = re.compile(r"全文包括[:：]?(?:(?:19|20)\d{2}年度?)?([\u3400-\u9fff（）()]{2,40}?)(?:(?:19|20)\d{2}年度?|本年度?)?"
                          r"(?:政府)?信息公开(?:工作)?(?:的)?(?:总体|基本)情况")
#: '结合泰安市人民政府办公室政府信息公开工作实际，编制发布本报告', '结合2021年X政府信息公开工作编制而成',
#: '为认真做好X政府信息公开工作,我局…', '依据X2010年政府信息公开工作情况编制', '涵盖了2022年X政府信息公开工作,',
#: '本报告内容主要为X2012年度的政府信息公开工作情况',
#: '依据《条例》和2011年度X信息公开工作情况编制', '全面总结X2025年政府信息公开工作情况'
_OWN_WORK = re.compile(r"(?:结合|做好|依据|根据|按照|涵盖了?|总结了?|内容(?:主要)?为|(?<=[》)）])和)(?:(?:19|20)\d{2}年度?)?([\u3400-\u9fff（）()]{2,40}?)"
                       r"(?:[（(](?:以下)?简称[^（）()]{1,12}[）)])?(?:(?:19|20)\d{2}年度?的?)?"
                       r"(?:政府信息公开|政务公开|信息公开)工作(?:开展)?"
                       r"(?:实际|情况|编制|有关|[,，])")


#: the office of a place's government, after the place's name
_GOVERNMENT_OFFICE = re.compile(r"(?:人民)?政府办公[厅室]")
#: a government's centre for its disclosure work ('连江县人民政府信息公开工作中心'), compiling the place's report as its office does
_GOVERNMENTS_DISCLOSURE_CENTRE = re.compile(r"(?:人民)?政府(?:政府信息公开|政务公开|信息公开)(?:工作)?中心$")
#: a unit inside an office ('网络信息中心', '信息科', '政务公开股')
_A_UNIT = re.compile(r"[\u3400-\u9fff]{1,10}(?:中心|科|股|处)")


#: verbs opening a clause, which no organ's name opens with (not 组织, 综合: '组织部', '综合行政执法局')
_CLAUSE_VERBS = ("督促", "要求", "指导", "推动", "落实", "协助", "配合", "明确", "责成", "安排", "制定", "确保", "依托", "利用", "围绕", "结合",
                 "汇总", "公开", "公布", "发布", "印发", "编制")


def _compiled_by(opening: list[str]) -> str | None:
    """The organ an opening sentence says compiled the report, with any note on its name."""
    for line in opening:
        for m in _COMPILED_BY.finditer(line[:300]):
            if (not m.group(0).startswith("由") and m.group(0).endswith(("综合", "结合", "汇总", "围绕"))
                    and "编制" not in line[m.end():].split("。")[0]):
                continue  # a clause of the body, not on compiling the report (',…持续提升政府网站综合服务能力')
            name = _BUREAU_OFFICE.sub("", _REPORT_BY.sub("", _CLOSING_NOTE.sub("", _NOTE_IN_NAME.sub("", m.group(1)))))
            name = _ITS_OWN_OFFICE.sub("", name)
            if (_ends_with_organ(name) and not _SELF_REFERENCE.match(name) and not _CLAUSE_WORD.match(name)
                    and not name.startswith(_CLAUSE_VERBS)  # (nor a clause's verb: '…;督促指导雁江区编制《…方案》')
                    and name[0] != "各" and not _COLLECTIVE.match(name)  # (not organs together: '各市局', '全省各级行政机关')
                    and "主管部门" not in name  # (nor a role described: 'X市人民政府信息公开主管部门市工业和信息化委员会')
                    and not _WHERE_DATA_COME_FROM.search(name)  # (nor where the data come from: '本报告所列数据来自全市编制…的单位')
                    and len(name) > 2):  # (nor a kind speaking of itself: '2019年度,街道按照…')
                return name if "简称" not in m.group(1) else _REPORT_BY.sub("", m.group(1))
    return None


#: words of a clause saying where a report's figures come from, which no organ's name holds
_WHERE_DATA_COME_FROM = re.compile("来自|所列")
#: a bureau's or commission's own office, which compiles its report for it ('由沁阳市教育局办公室
#: 编制', '…局政务公开领导小组(办公室)', '…公安局指挥中心办公室', '…局信息中心', 'X管理委员会办公室', 'X街道办事处办公室', 'X档案馆办公室':
#: the bureau issues it; not '…人民政府办公室', an organ of its own)
_BUREAU_OFFICE = re.compile(r"(?<=[局委厅会处馆院])(?:[\u3400-\u9fff]{2,20}?领导小组(?:办公室)?"
                            r"|(?:[\u3400-\u9fff]{2,4}?(?:中心|科|股))?(?:政府)?(?:信息公开|政务公开)?(?:工作)?办公室|信息中心)$")


def _is_short_for(organ: str, compiler: str) -> bool:
    """Does the title's `organ` stand for `compiler`: a place whose organ it is ('建章路街道' for
    '建章路街道办事处'; not '…人民政府' for its '…人民政府办公室', nor a zone for its 党政办公室), or the
    简称 it gives?"""
    name = _NOTE_IN_NAME.sub("", compiler)
    if organ.endswith(_CITY_OR_COUNTY) and name.startswith(organ[-1]):
        return False  # '黄南州…' compiled by '州政务公开…办公室': the place's office, its name left out
    if name.startswith(organ) and (_PARTY_AND_GOVERNMENT_OFFICE.fullmatch(name, len(organ))
                                   or _WORKING_BODY.fullmatch(name, len(organ))
                                   or organ.endswith(("镇", "乡", "街道")) and name[len(organ):] == "办公室"):
        # '赣州经济技术开发区2023年…' compiled by its 党政办公室 (a town's by its 办公室: '大新镇办公室'), '内黄县2018年…' by
        # 内黄县政府信息公开领导小组办公室
        # (a working body, as '清江浦区政务公开工作领导小组办公室编制了清江浦区人民政府…报告'): the place issues it
        return False
    if organ.endswith(_PLACE_SUFFIXES) and _WORKING_BODY.fullmatch(name):
        return False  # ('哈尔滨市2016年…' compiled by 政务公开办公室, no place named: the place's working body, as above)
    if len(name) > len(organ) and organ.endswith(_PLACE_SUFFIXES) and (organ in name or organ.endswith(_CITY_OR_COUNTY)):
        return True  # '建章路街道2022年…' compiled by 建章路街道办事处
    if name != organ and (name.endswith(organ) or _after_a_bare_place(organ) and (
            _in_full(name).endswith(_in_full(organ)) or name.endswith(_BARE_PLACES_GOVERNMENT.sub(r"\1", organ, 1)))):
        # '金山区卫生局2012年…' compiled by 上海市金山区卫生局: its name with the place above ('市政府办公室2018年…' by
        # 德阳市人民政府办公室, the title's abbreviated; '区政府国资局' by 浑南区国资局, the place's 政府 left out)
        return True
    if (not organ.endswith(_PLACE_SUFFIXES) and name[-1:] == organ[-1:] and name[:3] == organ[:3]
            and not name.startswith(organ) and _in_order(organ, name)
            and not (_DISCLOSURE_OFFICE.search(name) and not _DISCLOSURE_OFFICE.search(organ))):
        # '常德市交警支队2013年…' compiled by 常德市公安局交通警察支队: its abbreviation (not '同心县人民政府办公室2020年…'
        # compiled by 同心县人民政府政务公开办公室, the body working for it)
        return True
    return bool(re.search(r"简称[“\"]?" + re.escape(organ) + r"[”\"]?[）)]", compiler))


#: a town's or a street's office or body compiling its report for it ('由清塘铺镇人民政府党政办…编制', '由X街道办事处党政办编制',
#: '由X镇人民政府政务公开工作机构编制')
_ITS_OWN_OFFICE = re.compile(r"(?:(?<=人民政府)|(?<=办事处))(?:党政(?:综合)?办(?:公室)?|(?:政务公开|政府信息公开|信息公开)(?:工作)?机构)$")
#: the office a zone, a town or a street runs its work from ('X开发区党政办公室', 'X镇党政综合办')
_PARTY_AND_GOVERNMENT_OFFICE = re.compile(r"党政(?:综合)?办(?:公室)?")
#: a place's working body on disclosure, named without 人民政府 ('政府信息公开办公室', '政府信息公开领导小组办公室',
#: '政务公开工作领导小组办公室'): the report it compiles is the place's government's (labels 2 : 0); not
#: '人民政府信息公开(工作)办公室', an office of the government that labellers name as the issuer (2 : 0)
_DISCLOSURE_OFFICE = re.compile(r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:领导小组)?办公室")
def _government_of_working_body(name: str) -> str | None:
    """The government of the place whose working body `name` is ('X县政务公开办公室', 'X市政府信息公开领导小组办公室' →
    'X县人民政府', 'X市人民政府'); None for any other name (not '…人民政府信息公开办公室', an office of the government, nor
    'X县教育局政务公开领导小组办公室', a bureau's)."""
    if _BUREAU_OFFICE.search(name):
        return None
    for k in range(2, len(name) - 3):
        if (name[k - 1] in _PLACE_CHARS and name[k] not in _PLACE_CHARS and _WORKING_BODY.fullmatch(name, k)
                and (government := _government_of(name[:k]))):
            return government
    return None


#: a place's working body: its disclosure office, or a leading group (or its office) on any work
#: ('大连市2013年…' compiled by 大连市政府服务型政府建设工作领导小组办公室): the place issues the report it compiles
_WORKING_BODY = re.compile(_DISCLOSURE_OFFICE.pattern + r"|[\u3400-\u9fff]{2,24}?领导小组(?:办公室)?")
_PLACE_CHARS = "省市县区州旗盟镇乡"
#: a bare place's 政府 opening an organ's name ('省政府研究室'), its 人民政府
_BARE_PLACES_GOVERNMENT = re.compile("^([" + _PLACE_CHARS + "])政府")
_PLACE_IN_NAME = re.compile("[" + _PLACE_CHARS + "]|街道|苏木")
#: words that open a clause, not a place's name ('由市政府办公厅编制', '现公布区政府国资局…', '(以下简称市府办公室)')
_CLAUSE_OPENING = "由|现|以|简称|经|将|按|据|向|对|在|为|是|并|但|请|与|年|度|日|月|汇总|综合|结合|依托|利用|围绕|确保|推动|督促|要求|指导|配合|协助|组织|落实|同时|指定|明确|责成|安排|制定"
_CITY_OR_COUNTY = ("省", "市", "县", "州", "旗")
_PLACE_SUFFIXES = (*_PLACE_CHARS, "街道", "苏木", "新区", "实验区")
_TOWNSHIP = ("镇", "乡", "街道", "苏木")


def _names_no_place(organ: str) -> bool:
    """'公安局', '市财政局', '人民政府': a kind of organ rather than its name (本市的, 本县的)."""
    if organ.startswith(("自治区", "人民政府", "领导小组", "工作领导小组")):
        return True  # the region's organ, its name left out: '自治区自然资源厅'; a government's, its place left out (or a
        # mirror's spam put for it: '365bet…人民政府合作交流办公室'); a working body's ('领导小组办公室根据实际…')
    return (len(organ.lstrip(_PLACE_CHARS)) <= 5 and not re.search("[" + _PLACE_CHARS + "国]", organ[1:-1])
            and not organ.endswith(_PLACE_SUFFIXES)  # '角尾乡' is a place, not a kind of organ
            # (nor a street's office by its street's name: '东岳路街办', '东街办事处'; not '街道办事处')
            and not (organ.endswith("街办") and len(organ) > 3
                     or organ.endswith("办事处") and len(organ.removesuffix("办事处").removesuffix("街道")) >= 2))


def _expanded(organ: str, text: str) -> str:
    """The name `organ` abbreviates as the text prints it after the same place ('X县住建局' →
    'X县住房和城乡建设局', 'X区卫计委' → 'X区卫生和计划生育委员会', 'X镇政府' → 'X镇人民政府'):
    where the text names the place, the shortest name after it that the abbreviation stands
    for (`_stands_for`); the longest of those; `organ` when the text prints none."""
    place = _PLACE_PREFIX.match(organ)
    short = organ[place.end():] if place else ""
    if not place or len(short) < 2:
        return organ
    if short == "政府":
        return organ[:place.end()] + "人民政府" if organ[:place.end()] + "人民政府" in text else organ
    head, found = place.group(0), []
    start = text.find(head)
    while start >= 0 and len(found) < 20:
        run = _NAME_RUN.match(text, start + len(head), start + len(organ) + 16).group(0)
        # (not the abbreviation itself, but for a 委 that is a 委员会 cut short: 'X省经济和信息化委')
        if ((not run.startswith(short) or run.startswith(_IN_FULL_AFTER.get(short[-1], "-"), len(short)))
                and (name := _name_standing_for(short, run))):
            found.append(head + name)
        start = text.find(head, start + 1)
    return max(found, key=len) if found else organ


def _name_standing_for(short: str, run: str) -> str | None:
    """The shortest name opening `run` (a run of Han characters) that the abbreviation `short` stands for."""
    return next((run[:end] for end in range(len(short) + 1, len(run) + 1) if _stands_for(short, run, end)), None)


#: what an abbreviation's last character stands for in full ('市委' → '…委员会', '残联' → '残疾人联合会', '科协' → '科学技术协会')
_IN_FULL_AFTER = {"委": "员会", "联": "合会", "协": "会", "办": "公室"}


def _stands_for(short: str, run: str, end: int) -> bool:
    """Does the abbreviation `short` stand for the name `run[:end]`: one opening with its first
    character, holding all of its characters in order and ending as it does (委 maybe as 委员会, 联
    as 联合会, 协 as 协会, and not cut before 员会, 合会, 会), with no organ's or site's word put in,
    nor another organ's merged with it ('教育局' is not '教育和体育局', the organ a reform made of
    it, whose name a site may print)?"""
    name = run[:end]
    ends_so = name[-1] == short[-1] or short[-1] in _IN_FULL_AFTER and name.endswith(short[-1] + _IN_FULL_AFTER[short[-1]])
    if not (name[0] == short[0] and ends_so and not (name[-1] in _IN_FULL_AFTER and run.startswith(_IN_FULL_AFTER[name[-1]], end))
            and not name.startswith(short[:-1] + "和") and _in_order(short, name)):
        return False
    in_full = short[-1] in _IN_FULL_AFTER and name.endswith(short[-1] + _IN_FULL_AFTER[short[-1]])
    left = "".join(_left_over(short, name[:len(name) - len(_IN_FULL_AFTER[short[-1]])] if in_full else name))
    # (not the same name with a conjunction put in: '外事侨务办公室' is as full as '外事与侨务办公室')
    return not _PUT_IN.search(left) and (bool(left.strip("与和及")) or in_full)


#: the place a name opens with ('台州市', '镜湖区', '唐村镇'), up to its last place word
_PLACE_PREFIX = re.compile(r"^.*(?:街道|新区|[省市县区州旗盟镇乡])")
#: a run of characters an organ's name may hold
_NAME_RUN = re.compile(r"[\u3400-\u9fff]*")
#: words no abbreviation leaves out: another organ's, a site's ('人民政府网站(区…局'), an office's
#: ('人民政府信息公开办公室' is not '人民政府办公室')
_PUT_IN = re.compile(r"[局厅府网站的信息公开及其]")  # (及其: "X人民政府及其办公室" is two organs)


def _left_over(short: str, name: str) -> list[str]:
    """The characters of `name` left over when `short`'s are matched in order, first come first."""
    out, i = [], 0
    for ch in name:
        if i < len(short) and ch == short[i]:
            i += 1
        else:
            out.append(ch)
    return out


#: an organ's name before the bracket of a note on it ('X(以下简称', 'X（下称')
_NAME_BEFORE_NOTE = re.compile(r"([\u3400-\u9fff]{4,40})\s*[（(]\s*(?:以下)?$")


def _declared_full_name(short: str, text: str) -> str | None:
    """The organ's name the text gives `short` for ('X(以下简称“short”)'), None when it gives none."""
    note = re.search(r"[简下]称为?\s*[“\"「]?\s*" + re.escape(short) + r"\s*[”\"」]?\s*[,，;；)）]", text)
    m = note and _NAME_BEFORE_NOTE.search(text, max(0, note.start() - 50), note.start())
    if not m:
        return None
    name = _VERB_BEFORE_NAME.sub("", m.group(1))
    while name and _CLAUSE_WORD.match(name):
        name = name[1:]
    return name if name != short and _ends_with_organ(name) else None


#: a verb the sentence puts before the organ's name ('结合X(以下简称“Y”)政府信息公开工作…')
_VERB_BEFORE_NAME = re.compile(r"^(?:结合|根据|依据|按照|现将|现对|现公布|现发布|公布|发布|编制了|编制)")


def _with_place(organ: str, text: str) -> str:
    """`organ` as the text most often names it after a place ('靖宇县公安局'), else as it is."""
    if organ.startswith("自治区"):  # '自治区自然资源厅' → '新疆维吾尔自治区自然资源厅'
        kind = organ
        named = re.findall(r"(新疆维吾尔|广西壮族|宁夏回族|内蒙古|西藏)" + re.escape(kind), text)
        regions = {full for short, full in _region_full_names().items() if short[:-3] in text}
        if not named and len(regions) == 1:
            return regions.pop() + organ[3:]  # the one region the text names ('…新疆政府网…'; '新疆' of '新疆自治区')
    else:
        kind = organ.lstrip(_PLACE_CHARS)
        bare = organ[:len(organ) - len(kind)][-1:]  # (a place of its kind: '市气象局' is 宣城市's, not 安徽省气象局)
        named = [place for m in re.finditer(re.escape(kind), text)
                 if (place := _place_before(text, m.start())) and place.endswith(bare)]
    if not named:
        return organ
    place = max(dict.fromkeys(named), key=named.count)
    full = (_as_named_elsewhere(place, text) if named.count(place) == 1 else place) + kind
    # (a branch the text names it with wherever it names it: the organ is the branch, '质监局…' by '杭州市质量技术监督局余杭分局')
    branches = [_BRANCH.match(text, m.end()) for m in re.finditer(re.escape(full), text)]
    if branches and all(branches) and len({b.group(0) for b in branches}) == 1:
        full += branches[0].group(0)
    return full


#: a branch named after its bureau ('…局余杭分局')
_BRANCH = re.compile(r"[\u3400-\u9fff]{2,4}?分局")


def _as_named_elsewhere(place: str, text: str) -> str:
    """A place the text names once, maybe run into the words before it ('…,紧抓宣城市气象局', '打造新版重庆市农业农村委员会'),
    as the text names it elsewhere too ('宣城市人民政府办公室'); else as it is."""
    if text.count(place) > 1 or (at := text.find(place)) > 0 and text[at - 1] in "《“\"（(「":
        return place  # (named once, opening a name in brackets or quotes: '制定《重庆市江北区民政局…指南》' with '江北区' elsewhere)
    return next((place[k:] for k in range(1, len(place) - 1) if text.count(place[k:]) > 1), place)


def _place_before(text: str, end: int) -> str | None:
    """The place named right before `end` ('…期间云崖区' → '云崖区'): the longest run of 2–9 Han
    characters ending in 省/市/县/区… that holds no word of an organ, a list or a clause and starts
    a phrase (after a non-Han character or a clause word: '2018年', '请与', '由', '期间')."""
    start = end
    while start > 0 and end - start < 9 and _is_han(text[start - 1]):
        start -= 1
    window = text[start:end]
    if len(window) < 2 or window[-1] not in _PLACE_CHARS:
        return None
    best = None
    for begin in range(len(window) - 2, -1, -1):  # the place grows leftwards until a clause word
        place = window[begin:]
        if _NOT_IN_A_PLACE.search(place):
            break
        if begin == 0 and (start == 0 or not _is_han(text[start - 1])) or text.endswith(_CLAUSE_WORDS, 0, start + begin):
            best = place
    if best and best[0] == "和" and len(best) > 3 and text.count(best[1:]) > text.count(best):
        best = best[1:]  # a conjunction before a place the text names elsewhere without it ('…网站和宿迁市民政局网站'; not '和平区')
    return best


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


#: what no place's name holds ('内容涵盖市政府及市府办公室', '本报告由市卫生局编制', '…期间云崖区', '请联系珙县…'; a verb setting
#: up a body: '调整充实区水利局政府信息公开工作领导小组'; a verb before an organ named without its place: '反映县安监局'; a site's or
#: platform's name before one: '…信息公开平台市政府研究室', '…公开网和市安监局网站'; a verb of the work: '扎实做好区人民政府办公室…')
_NOT_IN_A_PLACE = re.compile("政府|由|及|的|与|了|联系|报告|年报|通过|编制|公开|公布|发布|印发|期间|完善|进一步|调整|充实|成立|组建|健全|建立|设立|加强|反映|体现|展示|宣传|报道|介绍|平台|网站|栏目|专栏|页面|门户|做好|推进|落实|按照|^网|^(?:" + _CLAUSE_OPENING + ")")
#: words a place's name follows in a sentence
_CLAUSE_WORDS = ("年度", "年", "度", "月", "日", "期间", "通过", "请与", "可与", "与", "联系", "请", "由", "现", "经", "将", "按", "据", "向", "对",
                 "在", "为", "是", "并", "但", "及", "的", "公开", "公布", "发布", "印发", "编制", "汇总", "综合", "结合", "依托", "利用", "围绕", "确保", "推动", "督促", "要求", "指导", "配合", "协助", "组织", "落实", "同时", "指定", "明确", "责成", "安排", "制定")


#: a printed 文号: 代字 (a 字 closing it is part of it: '嵊民字〔2010〕5号'), year, number (a 字 or 第 after the year is not)
_DOCNO = re.compile(
    r"([\u3400-\u9fff]{1,12}?)\s*[〔\[［【(（﹝〖〘⦗]?\s*((?:19|20)\d{2})\s*[〕\]］】)）﹞〗〙⦘]?\s*(?:字)?\s*第?\s*0*(\d{1,5})\s*号")


def normalize_doc_number(raw: str) -> tuple[str | None, bool]:
    """(canonical 代字〔YYYY〕N号, repaired?) for a printed 文号, or (None, False)."""
    text = fold(raw).strip()
    m = _DOCNO.search(text)
    if not m:
        return None, False
    org, year, num = m.group(1), m.group(2), str(int(m.group(3)))
    if int(num) == 0:
        return None, False
    canonical = f"{org}〔{year}〕{num}号"
    return canonical, canonical != raw.strip()


#: a 文号 line printed without 号: 代字, the year in brackets, the number
_DOC_NO_WITHOUT_HAO = re.compile(r"^[\u3400-\u9fff]{1,8}[〔\[［【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞]\s*第?\s*\d{1,4}$")
#: a 文号 printed without its brackets and 号, on a line of its own near the top: an issuing organ's 代字, the year and
#: the number ('永政民2011151', '卫综20201', '泉鲤应急20221')
_DOC_NO_GLUED = re.compile(r"^\s*([\u3400-\u9fff]{2,8})((?:19|20)\d{2})(\d{1,4})\s*$"
                           # or any 代字 with the bracket opening the year, the rest lost ('漳国土资〔201225')
                           r"|^\s*([\u3400-\u9fff]{1,8})[〔\[［【﹝]((?:19|20)\d{2})(\d{1,4})\s*$")
#: a 文号 standing between spaces (a line of its own before a crawler joined the lines)
_SPACED_DOC_NO = re.compile(r"(?:^|(?<=\s))([^\s。，,；;：:]{1,12}?\d{4}[^\s。，,；;：:]{0,3}?\d+\s*号)(?=\s|$)")


#: a 文号 in brackets ending a title's line (its year in 〔〕 or the like; a report's, a letter's or a notice's title before it)
#: a line citing another document ('根据《…的通知》(国办公开办函〔2021〕30号)'), not a title
_CITING = re.compile(r"\s*(?:根据|按照|依据|依照|遵照|对照|为贯彻|贯彻)")
_DOC_NO_ENDING_A_TITLE = re.compile(r"(?:报告|年报|函|通知)》?\s*[（(]\s*([\u3400-\u9fff]{2,12}[〔\[［【﹝]\s*(?:19|20)\d{2}\s*[〕\]］】﹞]\s*第?\s*\d{1,4}\s*号)\s*[）)]\s*$")


#: the 签发人 a report to a higher organ prints on its 文号's line (GB/T 9704: '侯水利〔2011〕47号 签发人:林振东')
_SIGNER_FIELD = re.compile(r"\s+签\s*发\s*人?\s*[:：]\s*[\u3400-\u9fff·]{2,8}\s*$")  # ('签发人：X', '签发:X')


def doc_number(meta: dict, top_lines: list[str]) -> tuple[str | None, str | None, list[dict]]:
    """(canonical 文号, as printed, issues) from the page's 文号 field or a 文号 line near the top."""
    candidates = []  # (as printed, what is parsed)
    if meta.get("doc_number"):
        candidates.append((meta["doc_number"], meta["doc_number"]))
    for line in top_lines:
        if "签" in line:
            line = _SIGNER_FIELD.sub("", line).strip()
        if len(line) > 200:  # a crawler's one-line body: a 文号 that was a line of its own in its top
            candidates += [(n, n) for m in _SPACED_DOC_NO.finditer(fold(line[:600])) if (n := line[m.start(1):m.end(1)])]
            continue
        folded = fold(line)
        if len(line) <= 25 and re.search(r"\d{4}.{0,3}\d+\s*号[)）]?$", folded) and not _SENTENCE.search(line):
            candidates.append((line, line))
        elif (len(line) <= 100 and (ending := _DOC_NO_ENDING_A_TITLE.search(line)) and not _SENTENCE.search(line, 0, ending.start())
              and not _CITING.match(line)):
            candidates.append((ending.group(1), ending.group(1)))  # a title ending with its 文号 in brackets ('…报告》的函(川发改函〔2021〕6号)')
        elif _DOC_NO_WITHOUT_HAO.match(folded):
            candidates.append((line, line + "号"))  # '南政发[2013]05' on a line of its own
        elif glued := _DOC_NO_GLUED.match(folded):
            code, year, number = (g for g in glued.groups() if g)
            candidates.append((line, f"{code}〔{year}〕{number}号"))  # '永政民2011151'
    for raw, parsed in candidates:
        canonical, repaired = normalize_doc_number(parsed)
        if canonical:
            issues = []
            if repaired or parsed != raw and not parsed.startswith(raw):
                issues.append(issue("doc_number_repaired", f"文号 printed as {raw!r} normalized to {canonical}", "info", "$.doc_number", text=raw))
            return canonical, raw, issues
    return None, None, []


def signed_date(signature_date: str | None, meta: dict) -> str | None:
    """The report's 成文日期: the date under its signature, else the page's 成文日期 field, else a CMS's 生成日期 dating the
    document before the page was published ('生成日期: | 2018-03-29 |'; one the same day as the page's 发布时间 is the CMS's
    stamp: labels 3 : 0)."""
    if signature_date or meta.get("written"):
        return signature_date or parse_date(meta["written"])
    generated = parse_date(meta["generated"]) if meta.get("generated") else None
    return generated if generated and generated != (parse_date(meta["published"]) if meta.get("published") else None) else None


def published_date(meta: dict, headline: list[str] = ()) -> str | None:
    """The page's publish date: its 发布日期, else a date it prints without a label under or after its headline
    ('dated': '2022-01-19' on a line of its own), else the date in brackets ending its `headline` (the title's lines and
    the line under them: 'X年报 ( 2015年02月16日 )') or on that line alone ('(2019年3月25日)'), else the date it was last
    updated (a 生成日期 with its time of day is a CMS's stamp), else its 发文时间 (a CMS's date of issue); a CMS's field may
    print the year in two digits ('发布时间:17-03-08'). Not its 成文日期 nor a 生成日期 without a time, which date the
    document, not the page (labels 8 : 2 this session, 5 : 0 before)."""
    dated = next((m for line in headline[-2:] if line.endswith((")", "）")) and (m := _DATE_IN_BRACKETS_ENDING.search(line))
                  and (m.start() == 0 or _REPORTS_NAME_BEFORE.search(line, 0, m.start()))), None)
    fields = {**meta, "headline": dated.group(1)} if dated else meta
    for key in ("published", "dated", "headline", "updated", "issued"):
        if fields.get(key):
            d = parse_date(fields[key]) or parse_short_year_date(fields[key])
            if d:
                return d
    return None


#: a date in brackets ending a line ('2014年X政府信息公开年报 ( 2015年02月16日 )', '(2019年3月25日)'), and a report's name
#: before it
_DATE_IN_BRACKETS_ENDING = re.compile(_BRACKETED_DATE + r"\s*$")
_REPORTS_NAME_BEFORE = re.compile(r"(?:报告|年报)\s*$")

