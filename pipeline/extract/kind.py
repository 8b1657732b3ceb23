"""Which other kind of document a read document is, when it is not an annual report.

A crawl of a site's 政府信息公开 column holds, besides the reports, the column's index pages,
its guide, rules and work plans, notices and news about the reports, replies to applicants
and more. These speak of 信息公开 on every line, so they read as reports with a title,
sections and a year. They are known by their titles or what their opening says they are
(pipeline/data/document_kinds.yaml), an index page by its lines of report titles; a document
printing a report's statistics tables or two of a report's own sections is never taken for one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Paragraph, Table
from ..numbers import fold
from ..resources import load_yaml

#: blanks inside a title ('政府信息公开 指南')
_BLANKS = re.compile(r"\s+")
#: a report's opening sentence saying what it is ('本报告根据…编制', '本年度报告是依据…', '本年报由…')
_SAYS_IT_IS_THE_REPORT = re.compile(r"\s*本(?:年度)?(?:报告|年报)(?:是)?(?:根据|依据|按照|由)")
#: what a title does not hold: a sentence's punctuation (a field's colon it may: '名称：X', '文字解读：X')
_SENTENCE = re.compile(r"[。，,；;！？]")
#: a numbered heading or list item opening a line ('一、', '（二）', '3.', '(4)')
_HEADING = re.compile(r"[一二三四五六七八九十]+[、.．]|[（(](?:[一二三四五六七八九十]+|\d{1,2})[）)]|\d{1,2}[、.．](?!\d)")
#: a date ending a list's entry ('2024-01-25', '[2024-01-25]', '2024年1月25日')
_DATE_AFTER = re.compile(r"[\[(（]?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[\])）]?\s*$")
#: how long a title line is at most
_TITLE_LINE = 60
#: how many lines opening a document may hold its title, under a page's furniture
_TOP_LINES = 6
#: how many paragraphs opening a document may say what it is, and how much of each is read
_OPENING_PARAGRAPHS, _OPENING_CHARS = 3, 300


@lru_cache(maxsize=1)
def _rules() -> dict:
    """The kinds as (name, title pattern, statement pattern or None, word neither may hold or None),
    the report section topics as patterns, and the index page's title pattern."""
    data = load_yaml("document_kinds.yaml")

    def either(patterns):
        return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    kinds = [(spec["name"], either(spec["titles"]), either(spec.get("statements")), spec.get("without"))
             for spec in data["kinds"].values()]
    topics = [re.compile(t) for t in data["report_section_topics"]]
    return {"kinds": kinds, "topics": topics, "topic_word": data["report_section_word"],
            "list_title": re.compile(data["list_title"]), "list_min_titles": data["list_min_titles"],
            "list_min_share": data["list_min_share"]}


def other_kind(title: str | None, title_lines: list[str], blocks: list, read_blocks: list, page_title: str | None,
               section_titles: list[str], has_tables: bool) -> str | None:
    """What the document is instead of an annual report ('政府信息公开指南 (a guide…)'), else None.

    `title` is the report title found (None when none was), `title_lines` the lines it was read
    from (none when it was read from a sentence or the page's metadata), `blocks` the document's
    paragraphs and tables (those read as statistics tables stand in as placeholders), `read_blocks`
    its blocks as the reader gave them (an index page's list whole, the cleaning having taken it
    for furniture), `page_title` the page's <title>, `section_titles` its numbered sections' titles
    and `has_tables` whether it prints a statistics table or a 附表."""
    if has_tables or _report_shaped(section_titles):
        return None
    lines = [b.text for b in blocks if isinstance(b, Paragraph)]
    if any(_SAYS_IT_IS_THE_REPORT.match(line) for line in lines[:8]):
        return None  # its opening says what the report is ('本报告根据《条例》规定编制…'), whatever a page field names
        # ('内容概述:关于印发…实施方案的通知' over it on a mirror)
    named_by_title = [title] if title else []
    if title_lines:
        named_by_title.append("".join(title_lines))  # (the line as printed: '文字解读：X2023年…年度报告')
    name = next(filter(None, map(_kind_of_title, named_by_title)), None)
    if name is None and not title_lines:
        # (no title line of its own: the lines opening the document; of several kinds they are a menu,
        # '政府信息公开指南' / '政府信息公开制度' / …)
        named = {k for k in map(_kind_of_title, _top_lines(lines)) if k}
        name = named.pop() if len(named) == 1 else None
        if name is None and not named:
            name = _kind_of_title(page_title) if page_title and title is None else None
            name = name or _kind_stated(lines)
    return name or _report_list(_listing(read_blocks), title)


def _listing(blocks: list) -> list[str]:
    """The lines of `blocks`, a table's a row each (an index page's list is often laid out in a
    table: a title and a date a row)."""
    out = []
    for b in blocks:
        if isinstance(b, Table):
            out += [" ".join(row) for row in b.text_rows()]
        else:
            out.append(b.text)
    return out


def _top_lines(lines: list[str]) -> list[str]:
    """The lines opening a document that may be its title: short ones without a sentence's
    punctuation (a page's notice to its readers is passed over), nor opening with a closing
    mark (a sentence a crawl broke over lines: ')和《市政府信息公开规定》'), up to its first
    numbered heading or list item ('一、落实政务公开工作要点情况' names a section, not the document; '(4)本市国民经济
    和社会发展规划', a page opening inside a list, an item of it)."""
    out = []
    for line in lines[:_TOP_LINES]:
        if _HEADING.match(line):
            break
        if len(line) <= _TITLE_LINE and not _SENTENCE.search(line) and line[:1] not in _CLOSING_MARKS:
            out.append(line)
    return out


#: what opens no title, only the rest of a sentence broken over lines
_CLOSING_MARKS = frozenset(")）]】》」』、")


def _kind_of_title(title: str) -> str | None:
    """The name of the kind a title names, else None."""
    text = fold(_BLANKS.sub("", title))
    for name, pattern, _, without in _rules()["kinds"]:
        if (without is None or without not in text) and pattern.search(text):
            return name
    return None


def _kind_stated(lines: list[str]) -> str | None:
    """The name of the kind the document's opening paragraphs say it is ('…制定本要点。'), else None."""
    opening = "\n".join(line[:_OPENING_CHARS] for line in lines[:_OPENING_PARAGRAPHS])
    for name, _, statement, without in _rules()["kinds"]:
        m = statement.search(opening) if statement is not None else None
        if m and (without is None or without not in m.group(0)):
            return name
    return None


def _report_shaped(section_titles: list[str]) -> bool:
    """Do the sections report on two of a report's own topics (proactive disclosure, applications,
    review and litigation, fees): '二、主动公开政府信息情况', not a guide's '一、主动公开'?"""
    rules = _rules()
    titles = [t for t in section_titles if rules["topic_word"] in t]
    return sum(any(p.search(t) for t in titles) for p in rules["topics"]) >= 2


def _report_list(lines: list[str], title: str | None) -> str | None:
    """'index page listing annual reports (N titles)' when most of the text is a column's list of
    reports: lines of reports' titles with their dates ('X2023年…年度报告 2024-01-25'), or of other
    reports' titles than the document's own `title`; else None."""
    rules = _rules()
    own = _BLANKS.sub("", title) if title else None
    entries = {}  # (a title line: is it dated?)
    for line in lines:
        if len(line) <= _TITLE_LINE + 20 and "。" not in line and (m := rules["list_title"].search(folded := fold(line))):
            entries[line] = bool(_DATE_AFTER.search(folded, m.end()))
    dated = [line for line, has_date in entries.items() if has_date]
    others = [line for line in entries if not (own and own in _BLANKS.sub("", line))]
    listed = dated if len(dated) >= len(others) else others
    if len(listed) < rules["list_min_titles"] or sum(map(len, listed)) < rules["list_min_share"] * sum(map(len, lines)):
        return None
    return f"index page listing annual reports ({len(entries)} titles)"
