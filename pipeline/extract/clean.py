"""Cleaning: page chrome, mirror-site spam, Traditional script, pinyin glosses, and the CJK
radicals a PDF's fonts put in its text for the ideographs it prints.

Every removal is reported as an issue carrying the removed text, so a person can
audit it. Real report sentences are never dropped: spam is cut out of a sentence,
the sentence stays.
"""
from __future__ import annotations

import operator
import re
import unicodedata
from re import _parser as _sre_parser
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlparse

from ..model import Document, Paragraph, Table
from ..numbers import fold_digits
from ..pagemeta import end_of_fields, fields_from_text, fields_under_labels, glued_fields, holds_a_field, label_alone, names_a_label
from ..resources import load_yaml
from ..script import FOREIGN, FOREIGN_CHARACTERS, PINYIN_GLOSS as _PINYIN, simplified_of, t2s, unmapped_runs
from .issues import issue

#: what every pinyin gloss holds; found by a fast scan, unlike the lookbehind above
_PINYIN_HINT = re.compile(r"[(（][a-zü]")
#: an ASCII comma a mirror's script converter put before a Chinese stop or list comma, or
#: doubled ('工作情况,、主动公开', '…12月31日止,。本报告', '工作情况,,主动公开')
_STRAY_COMMA = re.compile(r",(?=[、。])|(?<=,),")
#: how many a page must hold to be such a copy (a real text holds none)
_STRAY_COMMAS_OF_A_COPY = 3
_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
_TLDS = "com|cn|net|org|cc|top|vip|xyz|info|shop|site|club"
_DOMAIN = re.compile(r"(?<![A-Za-z0-9./@_-])(?<![A-Za-z0-9/]:)((?:[a-z0-9-]+\.)+(?:" + _TLDS + r")(?:\.cn)?)(?![A-Za-z./_-]|\d(?!\d{3}年))", re.I)
#: a year glued after a domain ('现公布puroview.com2012年…报告': the mirror's name in place of the organ's)
_YEAR_AFTER = re.compile(r"\d{4}年")
_SITE_WORD_AFTER = re.compile(r"\s*(?:网站|网址|网页)")
#: what every domain above holds
_DOMAIN_HINT = re.compile(r"\.(?:" + _TLDS + ")", re.I)
#: '来源：X 时间：2022-02-08 16:34' glued into a line; '信息来源：X发布时间：…' as a PDF of the page prints it, its blanks lost
_INLINE_META = re.compile(r"(?:信息)?来\s*源\s*[:：]\s*(\S*?)\s*(?:发布)?时\s*间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2})(\s*\d{1,2}:\d{2})?")
#: the date field of a page header glued into the top of a one-line body, with the 来源
#: before or after it: '发布日期：2023-01-16　来源：X', '来源：X发布日期：…', '时间：… 10:14来源：作者：', or a CMS's
#: date of issue in a field table flattened with pipes ('发布机构 | 市政府办 | 发文日期 | 2018-02-28 |'); a date written out
#: ('审计署2019年度…报告 发布时间:2020年01月22日 本报告…'), or labelled 日期 alone ('…报告 日期:2026-01-09 字号:'); not the
#: statistics' period ('数据统计时间:2024年1月1日—12月31日')
_HEADER_DATE = re.compile(
    r"(?:来\s*源\s*[:：]\s*(?P<before>[^\s:：]*?)\s*)?(?:发布日期|发布时间|(?<!统计)(?<!截止)时\s*间|(?<![\u3400-\u9fff])日\s*期|(?P<issued>发文日期(?=\s*[|｜])))\s*[:：|｜]\s*"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}/\d{1,2}/\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*来\s*源\s*[:：](?:\s*(?P<after>[^\s:：【]++)(?!\s*[:：]))?)?")
_DATE = (r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}/\d{1,2}/\d{1,2})/?"
         r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}时\d{1,2}分)?")
#: a page's headline, then its date as a CMS prints it, maybe after its source or a label, maybe in brackets
#: ('2012年X街道办事处…年度报告 2013-02-15', '2017年X统计局…年度报告 X统计局 2018-02-24', '…年度报告 时间:2021-01-27',
#: '…工作报告 ( 2024-01-25 )')
_TITLE_THEN_DATE = re.compile(r"^(?P<title>\S.{4,60}?(?:报告|年报))\s+(?:[\u3400-\u9fff（）()]{2,30}\s+|(?:发布)?(?:时间|日期)\s*[:：]\s*)?"
                              r"[（(]?\s*(?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*[）)]?$")
#: a page's date (and time) on a line of its own, maybe as a bullet, with a hit counter, an author field or its
#: source ('- 2023-02-15 19:38', '2022-01-01 20:51     (点击: )', '2017-03-30  阅读:101575', '2018-03-26 作者: 点击数: | |||',
#: '2021-01-28 13:53 X市人民政府办公室', '市政府办公室  2024-01-23【打印该页】', 'X市人民政府(办公室) 2016-01-30', a
#: font-size widget after it: '2018-03-29 17:05:00 【字体:', '… X市人民政府办公室 字体:'); not a clock's weekday, nor a date
#: written in words or with dots ('2018.01.25'), which may be a signature's at the top, but for one in words with a hit
#: counter ('2024年01月25日 (点击: )'), or a bare one ('2021-01-25 0'); '2015-12-30 00:00  稿件作者:   浏览量:- 【浏览字体:', a time in
#: words ('2024-01-26 10时25分浏览次数:'), or day first with its time, a mirror's stamp ('30.05.2014  20:33')
_PAGE_DATE_LINE = re.compile(r"^[-•·]?\s*(?:[\u3400-\u9fff（）()]{2,20}(?<!日期)(?<!时间)\s+)?(?P<date>(?:19|20)\d{2}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}(?:\s+\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?"
                             r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=\s*[（(]\s*(?:点击|浏览|阅读))"
                             # (day first, with its time: a mirror's stamp, '30.05.2014  20:33')
                             r"|(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})\s+\d{1,2}:\d{2}(?=\s*$))"
                             r"(?:\s+\d{1,7}(?=[\s|｜]*$))?(?:\s*(?:[（(]\s*(?:点击|浏览|阅读)[^）)]*[）)]|(?:(?:稿件)?作者|点击数?|阅读|浏览(?:次数|量)?|访问量)\s*[:：]\s*[\w-]*))*"
                             r"(?:(?:(?<=\d)\s+|(?<=:\d\d))(?!星期)[\u3400-\u9fff（）()]{2,30})?(?:\s*【[^】]{1,8}】)*(?:\s*[【\[]?\s*(?:浏览)?字[体型]\s*[:：].*)?[\s|｜]*$")
#: the words a report's body opens with, glued to a page field's value before it ('来源: 上海普陀本年度报告根据《…')
_BODY_OPENING = r"本年度报告|本报告|(?:根据|按照|依据)《"
#: a page's dateline: its date, then its 来源 ('2019年03月28日来源:市教育局', '2014-01-03 13:09  来源:X'),
#: maybe after the name and address of the site that copied it ('中央政府门户网站 www.gov.cn 2010年04月06日 来源:…')
_DATELINE = re.compile(r"^\s*(?:(?P<site>[\u3400-\u9fff]{2,12}网站?)\s+(?:[a-z0-9-]+\.[\w.]+\s+)?)?" + _DATE
                       + r"\s*(?:点击\s*[:：]\s*\S*\s*)?(?:(?:文章|信息)?来\s*源\s*[:：]\s*(?P<after>(?:(?!" + _BODY_OPENING + r")[^\s:：【。])*)|(?=发布机构\s*[:：]))")
#: a page's date (and time) on a line of its own above the body ('• 2025-02-10 15:59', '2020-03-2710:40'),
#: maybe before the name and address of the site that copied it ('2012年04月18日15:02 | 中国发展门户网 www.chinagate.cn')
_DATE_LINE = re.compile(r"^[•·\s]*" + _DATE + r"\s*(?P<after>)(?:[|｜]\s*(?P<site>[\u3400-\u9fff]{2,12}网站?)(?:\s+www\.[\w.]+)?\s*(?:[|｜].*)?)?$")
#: … or after the site's name and address ('银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28')
_SITE_DATE_LINE = re.compile(r"^(?P<site>[\u3400-\u9fff]{2,12}网站?)\s+(?:www\.[\w.]+\s+)?" + _DATE + r"\s*(?P<after>)$")
#: … or after the organ it comes from ('安徽省人民政府办公厅  2017/3/29')
_SOURCE_DATE_LINE = re.compile(r"^(?P<after>[\u3400-\u9fff]{2,24}?(?:办公厅|办公室|人民政府|局|厅|委员会|中心))\s+" + _DATE + r"\s*(?P<site>)$")
_DATE_LINES = (_DATE_LINE, _SITE_DATE_LINE, _SOURCE_DATE_LINE)
#: a site's name before a header's fields ('山东黄河河务局门户网站 时间:2021-1-26 来源:水利部')
_SITE_BEFORE_FIELDS = re.compile(r"^([\u3400-\u9fff]{2,20}网站?)\s+(?:时\s*间|来\s*源|发布(?:日期|时间))\s*[:：]")
#: the site's name alone on the first line of a copied page ('安全管理网')
_SITE_BANNER = re.compile(r"^([\u3400-\u9fff]{2,12}网)$")
#: a banner's greeting that names the site ('欢迎来到莒南县人民政府门户网站')
_WELCOME_TO_SITE = re.compile(r"^欢迎(?:来到|访问|光临)([\u3400-\u9fff]{2,24}网站?)[!！。]?$")
_RUNS_OF_SPACE = re.compile(r"\s{2,}")
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;！？]")
#: a flipbook page's title line opens with its page number: 'Page 8 - X年度报告'
_FLIPBOOK_PAGE = re.compile(r"^Page\s+\d+\s+-\s+")
_TITLE_HINT = re.compile(r"报告|年报")
_TITLE_SPLIT = re.compile(r"\s+[-–—|_]\s+|\s*[_|]\s*|-(?=[^\d])")


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = load_yaml("cleaning.yaml")
    return {
        "chrome_lines": _LinePatterns(rules["chrome_lines"]),
        "chrome_spans": [re.compile(p) for p in rules["chrome_spans"]],
        "chrome_span": _any_of(rules["chrome_spans"]),
        "chrome_span_in_page": _PageTest(rules["chrome_spans"]),
        "meta_line": re.compile(rules["meta_line"]),
        "summary_line": re.compile(rules["summary_line"]),
        "menu_line": re.compile(rules["menu_line"]),
        "widget_piece_line": re.compile(rules["widget_piece_line"]),
        "breadcrumb_line": re.compile(rules["breadcrumb_line"]),
        "site_contact_line": re.compile(rules["site_contact_line"]),
        "spam": re.compile("|".join(f"(?:{t})" for t in rules["spam_terms"]), re.I),
        "spam_in_page": _LexiconTest(rules["spam_terms"]),
        "allow": rules["allow"],
        "taiwan_words": re.compile("|".join(sorted(map(re.escape, rules["taiwan_words"]), key=len, reverse=True))),
        "taiwan_word_of": rules["taiwan_words"],
        "variant_characters": str.maketrans(rules["variant_characters"]),
    }


def _any_of(patterns: list[str], flags: int = 0) -> re.Pattern | None:
    """One regex that matches where any of `patterns` matches (one scan instead of many)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


#: what may open a pattern before its first literal: blanks, or the condition of a blank or
#: the line start before it
_LEADING_CONDITION = re.compile(r"^(?:\\s\*|\(\?<!\\S\))")


class _PageTest:
    """Is it worth trying `patterns` line by line on a page? True wherever one of them
    matches one of the page's lines (given joined by newlines), and maybe elsewhere.

    Each pattern is searched on its own, with its leading condition ('\\s*', '(?<!\\S)')
    left out, which only widens the test: a pattern that opens with a literal lets the
    regex engine skip straight to where that literal occurs, which one alternation of
    patterns opening with groups or conditions cannot (2–20× faster on a page)."""

    def __init__(self, patterns: list[str]):
        self.patterns = [re.compile(_LEADING_CONDITION.sub("", p), re.M) for p in patterns]

    def __call__(self, page: str) -> bool:
        return any(p.search(page) for p in self.patterns)


class _ByFirstCharacter:
    """Patterns matched at a text's start, each tried only on a text opening with a character
    it may open with. One alternation of them all makes the regex engine try every one of
    them at the start of every line, some 60 on a page's 300 lines (a fifth of the cleaning);
    a line opens with a character few of them open with."""

    def __init__(self, patterns: list[str]):
        by_char: dict[str, list[str]] = {}
        anywhere: list[str] = []  # (those whose opening is not one of a few characters)
        for p in patterns:
            chars = _opening_characters(p)
            for c in chars or ():
                by_char.setdefault(c, []).append(p)
            if chars is None:
                anywhere.append(p)
        self.anywhere = _any_of(anywhere)
        self.by_char = {c: _any_of(ps + anywhere) for c, ps in by_char.items()}

    def match(self, text: str) -> bool:
        pattern = self.by_char.get(text[:1], self.anywhere)
        return bool(pattern and pattern.match(text))


def _opening_characters(pattern: str, most: int = 64) -> frozenset[str] | None:
    """The characters a match of `pattern` may open with; None when they are more than
    `most`, the pattern may match empty text, or its opening is beyond this reading
    (classes such as \\s, case-insensitive matching, lookarounds)."""
    try:
        parsed = _sre_parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.I:
        return None
    chars, empty = _opening(list(parsed), most)
    return None if chars is None or empty else frozenset(chars)


def _opening(items: list, most: int) -> tuple[set[str] | None, bool]:
    """(the characters a sequence of parsed regex items may open with, may it match empty text?)."""
    from re import _constants as sre

    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            first, empty = {chr(av)}, False
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            first, empty = set(_WHITESPACE), False
        elif op is sre.IN and all(o is sre.LITERAL or o is sre.RANGE and av2[1] - av2[0] < most
                                  or o is sre.CATEGORY and av2 is sre.CATEGORY_SPACE for o, av2 in av):
            first = set()
            for o, av2 in av:
                first |= ({chr(av2)} if o is sre.LITERAL else set(_WHITESPACE) if o is sre.CATEGORY
                          else set(map(chr, range(av2[0], av2[1] + 1))))
            empty = False
        elif op is sre.SUBPATTERN and not av[1] & re.I:
            first, empty = _opening(list(av[3]), most)
        elif op is sre.BRANCH:
            first, empty = set(), False
            for alternative in av[1]:
                f, e = _opening(list(alternative), most)
                if f is None:
                    return None, True
                first |= f
                empty = empty or e
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            first, empty = _opening(list(av[2]), most)
            empty = empty or av[0] == 0
        else:
            return None, True
        if first is None:
            return None, True
        chars |= first
        if len(chars) > most:
            return None, True
        if not empty:
            return chars, False
    return chars, True


#: what \\s matches (all of it below U+3001)
_WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if re.match(r"\s", c))


class _LinePatterns:
    """Patterns tried line by line. Those anchored with ^ are tried at the line start, each
    on a line opening as it may; the others are searched together, and only on pages where
    one of them matches somewhere (one scan of the page instead of one per line)."""

    def __init__(self, patterns: list[str]):
        self.at_start = _ByFirstCharacter([p[1:] for p in patterns if p.startswith("^")])
        floating = [p for p in patterns if not p.startswith("^")]
        self.anywhere = _any_of(floating)
        self.anywhere_in_page = _PageTest(floating)

    def page_may_float(self, page: str) -> bool:
        """Can an unanchored pattern match any line of `page` (lines joined by newlines)?"""
        return self.anywhere_in_page(page)

    def line_matches(self, line: str, floating: bool = True) -> bool:
        """Does a pattern match `line`? `floating=False` skips the unanchored ones."""
        if self.at_start.match(line) or line[:1] in "•·" and self.at_start.match(line.lstrip("•· \t")):
            return True  # a widget printed as a list item ('• 【字体:') too
        return bool(floating and self.anywhere and self.anywhere.search(line))


class _LexiconTest:
    """Does a text hold a lexicon term (case-insensitively)? The answer of the combined
    re.I pattern, found faster: on the lower-cased text, terms that start with a plain
    character are searched together (the regex engine then skips every position whose
    character starts no term), the others one by one and only on a text holding the plain
    text every match of theirs holds ('\\d+bet' on a text holding 'bet'), as a page of
    figures has digits everywhere. Terms must be written in lower case and use no
    upper-case escapes (\\D, \\W…), which lower-casing would change; a term that does not
    start with a plain character must go on with plain text after its opening ('\\d+',
    an escaped character, an optional group), and none may open with an optional one ('新?葡京')."""

    def __init__(self, terms: list[str]):
        bad = [t for t in terms if t != t.lower() or re.search(r"\\[A-Z]", t)]
        if bad:
            raise ValueError(f"spam terms must be lower case without upper-case escapes: {bad}")
        plain = [t for t in terms if t[:1] not in "\\[(.^$*+?{|"]
        optional = [t for t in plain if t[1:2] in ("?", "*") or t[1:3] == "{0"]
        if optional:
            # the terms searched together must each open with a character every match holds, or
            # the regex engine can no longer skip the positions no term starts at (13 % of the extraction time)
            raise ValueError(f"spam terms must not open with an optional character: {optional}")
        self.together = _any_of(plain)
        self.apart = [(_text_after_opening(t), re.compile(t)) for t in terms if t not in plain]
        slow = [p.pattern for needed, p in self.apart if not needed]
        if slow:
            raise ValueError(f"spam terms must hold plain text after their opening (each would be searched on every text): {slow}")

    def __call__(self, text: str) -> bool:
        low = text.lower()
        return bool((self.together and self.together.search(low))
                    or any(p.search(low) for needed, p in self.apart if needed in low))


#: what may open a term before its plain text: digits ('\\d+', '\\d{3}'), an escaped character
#: ('\\('), an optional group ('(?:香港)?')
_TERM_OPENING = re.compile(r"^(?:\\d(?:[+*]|\{\d+(?:,\d*)?\})?|\\.|\(\?:[^()]*\)\?)+")
_PLAIN_TEXT = re.compile(r"([^\\\[\](){}|.^$*+?]+)([?*{]?)")


def _text_after_opening(term: str) -> str:
    """The plain text every match of `term` holds after its opening ('' when it has none)."""
    opening = _TERM_OPENING.match(term)
    m = _PLAIN_TEXT.match(term, opening.end() if opening else 0)
    if not m:
        return ""
    return m.group(1)[:-1] if m.group(2) else m.group(1)  # 'ab?': the b may be missing


def clean(doc: Document) -> tuple[Document, list[dict]]:
    """The cleaned document and the issues describing what was removed or converted."""
    issues: list[dict] = []
    text = all_text(doc)
    # each pass first asks the whole text whether it has anything to do: most pages are clean
    if _CONTROLS.search(text):
        doc = _strip_controls(doc, issues)
    _drop_bad_url(doc, issues)
    if _PINYIN_HINT.search(text) and _PINYIN.search(text):
        doc = _remove_pinyin(doc, issues)
    if _script_hint().search(text):  # (one scan for the three: most pages hold none of their characters)
        read = doc
        if FOREIGN.search(text):
            doc = _unmapped_dropped(doc, issues)
        if _RADICAL.search(text):
            doc = _radicals_unified(doc, issues)
        if doc is not read:
            text = all_text(doc)
        doc = _to_simplified(doc, text, issues)
    if "," in text and len(_STRAY_COMMA.findall(text)) >= _STRAY_COMMAS_OF_A_COPY:
        doc = _drop_stray_commas(doc, issues)
    doc = _split_page_lines(doc, issues)
    doc = _remove_spam(doc, issues)
    return doc, issues


def holds_page_chrome(text: str) -> bool:
    """Does `text` hold page furniture (ICP备, 版权所有, 打印本页…) by the chrome-line patterns?"""
    return _rules()["chrome_lines"].line_matches(text)


def map_text(doc: Document, fn, tables_if=None) -> Document:
    """A copy of `doc` with `fn` applied to every paragraph and cell text.

    `tables_if`, a test on a table's text (its cells joined by newlines), skips the tables
    that fail it: a caller that knows `fn` changes nothing there saves a call per cell."""
    blocks = []
    for b in doc.blocks:
        if isinstance(b, Table):
            skip = tables_if is not None and not tables_if("\n".join(c.text for row in b.rows for c in row))
            blocks.append(b if skip else b.map_text(fn))
        else:
            text = fn(b.text)
            blocks.append(b if text == b.text else replace(b, text=text))
    meta = {k: fn(v) if k not in ("url",) else v for k, v in doc.meta.items()}
    return Document(blocks, doc.format, meta, doc.encoding, list(doc.warnings))


def all_text(doc: Document) -> str:
    """Every paragraph, cell and page-metadata text, one per line."""
    parts = []
    for b in doc.blocks:
        if isinstance(b, Table):
            parts.extend(c.text for row in b.rows for c in row)
        else:
            parts.append(b.text)
    parts.extend(v for v in doc.meta.values() if isinstance(v, str))
    return "\n".join(parts)


# Characters no record text may hold (they cannot go into XML 1.0 either): C0 controls
# but \t \n \r, DEL, C1 controls, the noncharacters U+FFFE/U+FFFF, lone surrogates.
# Vertical tab, form feed and NEL are line-ish whitespace: they become a space.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_AS_SPACE = {"\x0b", "\x0c", "\x85"}


def _strip_controls(doc: Document, issues: list[dict]) -> Document:
    removed: list[str] = []

    def fn(text: str) -> str:
        if not isinstance(text, str) or _CONTROLS.search(text) is None:
            return text

        def sub(m: re.Match) -> str:
            ch = m.group(0)
            if ch in _AS_SPACE:
                return " "
            removed.append(f"U+{ord(ch):04X}")
            return "\ufffd" if "\ud800" <= ch <= "\udfff" else ""

        return _CONTROLS.sub(sub, text)

    doc = map_text(doc, fn)
    if removed:
        kinds = " ".join(sorted(set(removed))[:20])
        issues.append(issue("control_chars_removed", f"removed {len(removed)} control or non-characters", "info", text=kinds))
    return doc


def url_host(url: str) -> str:
    """The lower-case host of a page address ('' when it has none or cannot be parsed)."""
    try:
        return (urlparse(url).hostname or "").lower()
    except ValueError:  # e.g. a netloc with characters that NFKC-normalise to '/', '?', '#', '@' or ':'
        return ""


def _drop_bad_url(doc: Document, issues: list[dict]) -> None:
    """Drop a page address that urllib cannot parse (later steps read its host)."""
    url = doc.meta.get("url")
    if not url:
        return
    try:
        urlparse(url if "//" in url else "http://" + url).hostname
    except ValueError:
        del doc.meta["url"]
        issues.append(issue("bad_url", "dropped a page address that cannot be parsed", "warning", text=str(url)[:200]))


def _remove_pinyin(doc: Document, issues: list[dict]) -> Document:
    removed: list[str] = []

    def fn(text: str) -> str:
        removed.extend(m.group(0) for m in _PINYIN.finditer(text))
        return _PINYIN.sub("", text)

    doc = map_text(doc, fn)
    if removed:
        sample = " ".join(removed[:20])
        issues.append(issue("pinyin_removed", f"removed {len(removed)} inline pinyin glosses", "info", text=sample))
    return doc


def _drop_stray_commas(doc: Document, issues: list[dict]) -> Document:
    """`doc` without the commas a mirror's converter added before Chinese punctuation."""
    removed = 0

    def fn(text: str) -> str:
        nonlocal removed
        text, n = _STRAY_COMMA.subn("", text)
        removed += n
        return text

    doc = map_text(doc, fn)
    issues.append(issue("punctuation_repaired", f"removed {removed} commas a copying site added before Chinese punctuation", "info"))
    return doc


@lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern:
    """The characters t2s changes on their own, as one character class: a text holding none
    of them is not Traditional, whatever its phrases."""
    return re.compile("[" + "".join(sorted(simplified_of())) + "]")


#: the radicals data/radicals.yaml maps to ideographs (Kangxi Radicals, and the CJK Radicals Supplement's),
#: and the angle brackets it maps to CJK ones
_RADICALS = "\u2e81-\u2ef3\u2f00-\u2fd5\u2329\u232a"
_RADICAL = re.compile(f"[{_RADICALS}]")


@lru_cache(maxsize=1)
def _script_hint() -> re.Pattern:
    """A character t2s changes, a radical, or one of a script no report is written in: one
    character class for the three."""
    return re.compile(_traditional_chars().pattern[:-1] + _RADICALS + FOREIGN_CHARACTERS + "]")


def _unmapped_dropped(doc: Document, issues: list[dict]) -> Document:
    """`doc` without the runs of text in a PDF's font that has no Unicode mapping ('（一）主动公开情况。ͧ㺭䕆
    䓳ᩫᏈ…', the body's font unmapped; 'пȽ ᭬ࡦૂ༻⨽᭵ᓒؗ' for a heading in 黑体): their text is lost, and what
    stands for it is no text. A line left empty is dropped (a cell is left blank)."""
    lost: list[str] = []

    def fn(text: str) -> str:
        runs = unmapped_runs(text)
        if not runs:
            return text
        kept, at = [], 0
        for start, end in runs:
            lost.append(text[start:end])
            kept.append(text[at:start])
            at = end
        kept.append(text[at:])
        return " ".join(part.strip() for part in kept if part.strip())

    cleaned = map_text(doc, fn)
    if not lost:
        return doc
    cleaned.blocks = [b for b in cleaned.blocks if isinstance(b, Table) or b.text]
    issues.append(issue("text_unmapped", f"{len(lost)} runs of text ({sum(map(len, lost))} characters) in a font without a "
                        "Unicode mapping (a PDF's) dropped: their text is lost", "warning",
                        text=" | ".join(t[:30] for t in lost[:5])))
    return cleaned


@lru_cache(maxsize=1)
def _ideograph_of_radical() -> dict[int, str]:
    """Radical code point → the ideograph it stands for (a `str.translate` table), in Simplified
    script: a Simplified font shares 户's glyph with ⼾, whose ideograph is 戶 (records are in
    Simplified script whatever script the page printed)."""
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
    rules = load_yaml("radicals.yaml")
    table.update((ord(pair[0]), pair[1:]) for pair in (rules["supplement"] + " " + rules["brackets"]).split())
    simplified = simplified_of()
    return {cp: simplified.get(ideograph, ideograph) for cp, ideograph in table.items()}


def _radicals_unified(doc: Document, issues: list[dict]) -> Document:
    """`doc` with the radicals a PDF's fonts put in its text for the ideographs it prints
    ('⼀、总体情况', '2023年3⽉20⽇': ⼀ U+2F00 for 一) as those ideographs."""
    found: list[str] = []

    def fn(text: str) -> str:
        if not _RADICAL.search(text):
            return text
        found.extend(_RADICAL.findall(text))
        return text.translate(_ideograph_of_radical())

    doc = map_text(doc, fn)
    kinds = "".join(sorted(set(found)))
    issues.append(issue("radicals_unified", f"{len(found)} CJK radical characters in the text (a font's mapping: ⼀ U+2F00 "
                        f"for 一) read as the ideographs they print: {kinds[:40]}", "info"))
    return doc


def _to_simplified(doc: Document, text: str, issues: list[dict]) -> Document:
    """`doc` in Simplified script when its text (`text`) is mostly Traditional."""
    if not _traditional_chars().search(text):
        return doc
    sample = _NOT_CJK.sub("", text)[:4000]
    if not sample:
        return doc
    converted = t2s().convert(sample)
    if converted == sample:
        return doc
    changed = sum(map(operator.ne, sample, converted))
    if changed < max(5, 0.03 * len(sample)):
        return doc
    doc = map_text(doc, _simplified)
    issues.append(issue("traditional_converted", f"page was in Traditional script ({changed} of {len(sample)} characters differ); converted with OpenCC t2s", "info"))
    return doc


def _simplified(text: str) -> str:
    """`text` converted by t2s, its variant characters t2s leaves made Simplified too, and the
    mainland words a Taiwan-style conversion replaced restored."""
    text = t2s().convert(text).translate(_rules()["variant_characters"])
    words = _rules()["taiwan_words"]
    return words.sub(lambda m: _rules()["taiwan_word_of"][m.group(0)], text) if words.search(text) else text


def _split_page_lines(doc: Document, issues: list[dict]) -> Document:
    """Drop chrome lines, move key: value page fields into meta, cut chrome spans."""
    rules = _rules()
    blocks = []
    meta = dict(doc.meta)
    seen_body = False
    page = "\n".join(b.text for b in doc.blocks if not isinstance(b, Table))
    floating_chrome = rules["chrome_lines"].page_may_float(page)
    chrome_spans = rules["chrome_span_in_page"](page)
    inline_meta = bool(_INLINE_META.search(page))
    for i, b in enumerate(_paired_fields(doc.blocks)):
        if isinstance(b, Table):
            fields = _metadata_table(b)
            if fields:
                for k, v in fields.items():
                    meta.setdefault(k, v)
                continue
            blocks.append(b)
            seen_body = True
            continue
        text = b.text
        if i < 3 and not seen_body and text.rstrip(" )）")[-1:].isdigit() and (dated := _TITLE_THEN_DATE.match(fold_digits(text))):
            meta.setdefault("dated", dated.group("date"))  # a page's headline with its date after it
            text = text[dated.start("title"):dated.end("title")]
        if (i < 6 and not seen_body and blocks and (dated := _PAGE_DATE_LINE.match(fold_digits(text)))
                and (dated.group("sep") != "." or len(blocks) > 1)):
            # the page's date and time on a line under its headline (one with dots there may be a cover's; after the values
            # of the page's fields it is the page's: '…报告' / '无' / '主动公开' / '无' / '2023.01.30')
            meta.setdefault("dated", f"{dated['year']}-{dated['month']}-{dated['day']}" if dated["day"] else dated.group("date"))
            continue
        if text.rstrip(" |｜").isdigit() and "  " not in text:
            blocks.append(b)  # a number in a table flattened a cell a line: nothing to clean
            continue
        if rules["summary_line"].match(text):
            spam = rules["spam"].findall(text)
            if spam:
                issues.append(issue("spam_removed", "dropped a page summary line holding off-topic words", text=text))
            continue
        if not seen_body and (_is_page_title_line(text, i, meta) or (text[:1] in "-•·" and rules["menu_line"].match(text))
                              or len(text) < 6 and rules["widget_piece_line"].match(text)):
            continue
        if not seen_body and (welcome := _WELCOME_TO_SITE.match(text) or i == 0 and _SITE_BANNER.match(text)):
            meta.setdefault("site_name", welcome.group(1))  # a banner's greeting, or the site's name atop the page
            continue
        if not blocks and len(text) < 120 and rules["site_contact_line"].match(text):
            issues.append(issue("spam_removed", "dropped a contact line of the hosting site above the report", text=text))
            continue
        if not seen_body and len(text) < 200 and (glued := glued_fields(text)):
            for k, v in glued.items():  # (a PDF of the page, its field table drawn without rules)
                meta.setdefault(k, v)
            continue
        bare = fold_digits(text.lstrip("-•· \t"))  # (a list item's bullet before the fields: '- 时间:2018-02-11 00:00:00 来源:X'; its
        # full-width digits ASCII, one character for one)
        if rules["meta_line"].match(bare) or ((not seen_body or bare[:1].isdigit() and _DATELINE.match(bare)) and len(text) < 120
                                                and holds_a_field(text) and fields_from_text(text) and _mostly_fields(text)):
            # (a dateline '2024-01-11 15:04 点击:[] 来源:X' also under a headline a portal's news ticker ran before)
            body = (_BODY_AFTER_FIELDS.search(text, 20) if len(text) > 200 else None) or _HEADING_AFTER_A_DATE.search(text)
            if body:  # the report's text run on after the fields' last label ('…发布日期:2023年01月12日 时效性:根据《条例》…'),
                # or its first heading after the last field's date ('浏览次数: 发布时间:2020-01-22 11:15一、总体情况')
                text, rest = text[:body.start()], text[body.end():]
                blocks.append(Paragraph(rest))
                seen_body = True
            elif len(text) > 200 and (end := end_of_fields(bare)) and len(bare) - end > 100:
                # a page flattened onto one line: its fields, then its title and body ('索引号: X 成文日期: 2019-03-29 X局2018年…
                # 报告 本年度报告根据…'), which are kept
                end += len(text) - len(bare)
                text, rest = text[:end], text[end:].strip(" |｜\t")
                blocks.append(Paragraph(rest))
                seen_body = True
            for k, v in fields_from_text(text).items():
                meta.setdefault(k, v)
            if site := _SITE_BEFORE_FIELDS.match(text):
                meta.setdefault("site_name", site.group(1))
            if dateline := _DATELINE.match(bare):
                _dateline_fields(dateline, meta)  # '2019年03月28日来源:X'
            continue
        if len(text) < 200 and (rules["chrome_lines"].line_matches(text, floating_chrome)
                                or ((">" in text or "›" in text or "»" in text) and rules["breadcrumb_line"].match(text))) and not (
                not seen_body and _ends_a_title_above(blocks, text)):
            if rules["spam_in_page"](text):  # a mirror's spam in a menu or breadcrumb ('首页 > bt365…财政局 > …')
                issues.append(issue("spam_removed", "dropped a page-furniture line holding off-topic words", text=text))
            continue
        if len(text) > 20 and text[:1] in "|｜" and not text.strip("|｜ \t\u3000"):
            continue  # a rule of pipes (a few pipes are the empty cells of a flattened table)
        if inline_meta or not seen_body:  # before the chrome spans, which would leave its clock time behind
            # (a date written by hand under an organ's name, '2010年2月20日', not a CMS's '2021年01月29日', or right under
            # the report's title, is the report's signature at its top, not the page's date)
            signature = (bool(blocks) and "日" in text and not ZERO_PADDED.search(text) and isinstance(blocks[-1], Paragraph)
                         and (_names_an_organ(blocks[-1].text.strip()) or blocks[-1].text.rstrip().endswith(("报告", "年报"))))
            text = _strip_inline_meta(text, meta, header=not seen_body, top=i < 8 and not signature)
        if chrome_spans and rules["chrome_span"].search(text):
            for p in rules["chrome_spans"]:
                text = p.sub(" ", text)
        text = _RUNS_OF_SPACE.sub(" ", text).strip()
        if text.strip("•·-–— "):  # not what a list item's bullet is left of after its widget went
            blocks.append(b if text == b.text else replace(b, text=text))
            seen_body = seen_body or len(text) > 60 and len(text.rstrip(" |｜")) > 60  # (not a headline padded with pipes)
    return Document(blocks, doc.format, meta, doc.encoding, list(doc.warnings))


def _ends_a_title_above(blocks: list, text: str) -> bool:
    """Is `text`, a column's name as a line of its own ('政府信息公开年报'), the end of a title the line above
    begins ('2014年南京市人民政府法制办公室' / '政府信息公开年报')?"""
    above = blocks[-1].text if blocks and isinstance(blocks[-1], Paragraph) else ""
    return (len(text) <= 20 and text.endswith(("报告", "年报")) and _A_COLUMNS_NAME.fullmatch(text) is not None
            and 4 <= len(above) <= 40 and _A_YEARS_NAME.fullmatch(above) is not None)


#: a column's name, words alone ('政府信息公开年报')
_A_COLUMNS_NAME = re.compile(r"[\u3400-\u9fff]+")
#: a year and an organ's name, or an organ's name and a year: a title's first line ('2014年南京市人民政府法制办公室')
_A_YEARS_NAME = re.compile(r"(?:19|20)\d{2}\s*年度?\s*[\u3400-\u9fff（）()]{2,30}|[\u3400-\u9fff（）()]{2,30}?\s*(?:19|20)\d{2}\s*年度?")
#: a CMS's classification label waiting for its value on the next line ('组配分类:', '公开方式：')
_A_LABEL = re.compile(r"^[-•·\s]*(?:(?:组配分类|主题分类|体裁分类|服务对象分类|公开方式|公开范围|公开时限|有效性|信息类别|主题词|关键词)\s*[:：]"
                      r"|(?:信息分类|公开分类|信息类别|分\s*类)\s*[:：]?)$")  # ('信息分类' over '政府信息公开年度报告', no title)


#: a year's report, the title under a classification label left empty ('关键词:' over '2024年…年度报告(X办公室)')
_A_YEARS_REPORT = re.compile(r"(?:19|20)\d{2}\s*年.*(?:报告|年报)")
#: a numbered heading, which no page field's value is ('文号' left empty over '一、总体情况')
_A_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)])")


#: what parts the cells of a table's row flattened with pipes
_PIPE_CELL = re.compile(r"[|｜]")


def _torn_label(text: str, nxt: str) -> str | None:
    """The field a page's narrow label cell wrapped over the lines `text` and `nxt` ('文' / '号：', '索 引' / '号：',
    '发布机' / '构： X局'), its label whole; None unless they make one."""
    colon = max(nxt.find("：", 0, 6), nxt.find(":", 0, 6))
    if len(text) > 6 or colon < 0 or "：" in text or ":" in text:
        return None
    label = text.strip() + nxt[:colon + 1].strip()
    return label + nxt[colon + 1:] if label_alone(label) or _A_LABEL.match(label) else None


def _paired_fields(blocks: list) -> list:
    """`blocks` with a page's metadata printed a cell a line ('• 发布日期', '• 2014-02-06') above
    the body, or as a row of labels over a row of values, joined into fields ('发布日期：2014-02-06')."""
    out = []
    blocks = list(blocks)
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if isinstance(b, Table) or len(b.text) > 60:
            return out + blocks[k:]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if isinstance(nxt, Paragraph) and (torn := _torn_label(b.text, nxt.text)):
            blocks[k + 1] = Paragraph(torn)  # a label its narrow cell wrapped ('发布机' over '构：'), as the print did
            k += 1
            continue
        if isinstance(nxt, Paragraph) and _PIPE_CELL.search(b.text) and (
                under := fields_under_labels(_PIPE_CELL.split(b.text), _PIPE_CELL.split(nxt.text))):
            out.append(Paragraph(under))  # a field table's row of labels over its row of values, flattened with pipes
            k += 2
            continue
        classification = _A_LABEL.match(b.text)
        if (isinstance(nxt, Paragraph) and len(nxt.text) <= 40 and not names_a_label(nxt.text) and not _A_HEADING.match(nxt.text)
                and (classification and not _A_YEARS_REPORT.search(nxt.text)
                     or label_alone(b.text) and not nxt.text.endswith(("报告", "年报")))):
            joined = b.text.strip("-•· \t").rstrip("：:") + "：" + nxt.text.strip("-•· \t")
            if classification or fields_from_text(joined):  # ('更新时间:' over an organ's name: no date, no pair)
                out.append(Paragraph(joined))
                k += 2
                continue
        out.append(b)
        k += 1
    return out


def _metadata_table(table: Table) -> dict:
    """The page fields of a small 索引号/发布机构/文号 table (a CMS metadata block), else {}."""
    if table.n_rows > 6:
        return {}
    rows = [[c.text for c in row] for row in table.rows]
    lines, r = [], 0
    while r < len(rows):
        under = fields_under_labels(rows[r], rows[r + 1]) if r + 1 < len(rows) else None  # (a row of labels over their values)
        lines.append(under or "  ".join(rows[r]))
        r += 2 if under else 1
    text = "\n".join(lines)
    labels = sum(1 for k in ("索引号", "发布机构", "发布日期", "文号", "主题分类", "成文日期", "发文机关", "标题") if k in re.sub(r"\s", "", text))
    return fields_from_text(text) if labels >= 2 else {}


#: where the report's first heading is glued to the date (or time) a field line ends with
_HEADING_AFTER_A_DATE = re.compile(r"(?<=\d)(?=[一二三四五六七八九十]、[\u3400-\u9fff])")
#: a field's label run on into the report's opening sentence ('时效性:根据《中华人民共和国政府信息公开条例》…'), or its date
#: ('公文生成日期:2025-01-15 根据《…')
_BODY_AFTER_FIELDS = re.compile(r"(?:[:：]\s*|(?<=\d)\s+)(?=(?:根据|按照|依据|依照|为进一步|本年度报告|本报告)[^:：\n]{60})")


def _mostly_fields(text: str) -> bool:
    stripped = re.sub(r"(索\s*引\s*号|发布机构|发布日期|发布时间|文\s*号|来\s*源|时\s*间|分\s*类|有\s*效\s*性|发文日期|作者|点击)\s*[:：|｜]?", "", text)
    return len(_CJK.findall(stripped)) < 40


#: a date a CMS printed, its month or day padded with a zero ('2021年01月29日'), not one written by hand
ZERO_PADDED = re.compile(r"[年月]\s*0")


def _names_an_organ(line: str) -> bool:
    """sections.names_an_organ (imported here: sections reads the cleaned text and imports this module)."""
    from .sections import names_an_organ

    return names_an_organ(line)


def _strip_inline_meta(text: str, meta: dict, header: bool, top: bool = False) -> str:
    """Cut '来源：X 时间：2022-02-08 16:34' runs glued into a body line, and on a line above
    the body (`header`) a header's date field in any form, or among the page's first lines
    (`top`) a date alone (not a short notice's closing date); keep their values."""
    parsed = fold_digits(text)  # (its dates' full-width digits ASCII, one character for one)
    m = _INLINE_META.search(parsed)
    if m:
        source, date = m.group(1), m.group(2)
    elif header and (m := _HEADER_DATE.search(parsed, 0, 600)):
        source, date = m.group("before") or m.group("after"), m.group("date")
        if m.group("issued"):
            meta.setdefault("issued", date)  # (the page's date where it prints no other)
            return text[:m.start()] + " " + text[m.end():]
    elif header and (m := _DATELINE.match(parsed) or top and next(filter(None, (p.match(parsed) for p in _DATE_LINES)), None)):
        _dateline_fields(m, meta)
        return text[:m.start()] + " " + text[m.end():]
    else:
        return text
    if source:
        meta.setdefault("source_label", source)
    meta.setdefault("published", date)
    return text[:m.start()] + " " + text[m.end():]


def _dateline_fields(m: re.Match, meta: dict) -> None:
    """The page fields a dateline gives (its date, 来源 and the copying site's name)."""
    meta.setdefault("published", m.group("date"))
    if m.group("after"):
        meta.setdefault("source_label", m.group("after"))
    if m.group("site"):
        meta.setdefault("site_name", m.group("site"))


def _is_page_title_line(text: str, index: int, meta: dict) -> bool:
    """A browser-title line such as '报告标题 - 站点名' at the top of a scraped text."""
    flipbook = text[:1] == "P" and len(text) <= 120 and _FLIPBOOK_PAGE.match(text)
    if flipbook:  # 'Page 8 - X年度报告' above each page of a flipbook
        if _TITLE_HINT.search(text, flipbook.end()):
            meta.setdefault("page_title", text[flipbook.end():].strip())
        return True
    if index > 3 or len(text) > 120 or "报告" not in text:
        return False
    parts = [p.strip() for p in _TITLE_SPLIT.split(text.lstrip("?？ ")) if p and p.strip()]
    if len(parts) < 2 or "报告" not in parts[0] or _SENTENCE_PUNCTUATION.search(parts[0]):
        return False  # not a title: a sentence, which spam glued with _ or | may cut into parts
    if holds_a_field(parts[-1]) and fields_from_text(parts[-1]):
        return False  # the page's fields after its title, as a list's items ('X年度报告 - 文 号:发布日期: 2024-02-06 17:24')
    meta.setdefault("page_title", parts[0])
    site = parts[-1]
    if site and "报告" not in site and len(site) <= 30:
        meta.setdefault("site_name", site)
    return True


def _remove_spam(doc: Document, issues: list[dict]) -> Document:
    rules = _rules()
    site = doc.meta.get("site_name") or ""
    own_host = url_host(doc.meta.get("url") or "")
    site_is_spam = bool(site) and bool(rules["spam"].search(site))
    page = all_text(doc)
    # what a text cannot hold when the whole page does not hold it
    lexicon = site_is_spam or rules["spam_in_page"](page)
    domains = bool(_DOMAIN_HINT.search(page))
    if not (lexicon or domains):
        return doc
    removed: list[str] = []

    def fn(text: str) -> str:
        before = len(removed)
        if site_is_spam and site in text:
            removed.append(site)
            text = re.sub(re.escape(site) + r"\s*[:：]?", "", text)
        if lexicon:
            text = _cut_lexicon_spans(text, removed)
        if domains and _DOMAIN_HINT.search(text):
            text = _cut_glued_domains(text, removed, own_host)
        return text if len(removed) == before else text.strip()

    doc = map_text(doc, fn, tables_if=None if lexicon else _DOMAIN_HINT.search)
    if removed:  # lines that were nothing but spam
        doc.blocks = [b for b in doc.blocks if not isinstance(b, Paragraph) or b.text]
    if site_is_spam:
        doc.meta["site_name"] = site
    for r in removed:
        issues.append(issue("spam_removed", "removed text injected by a mirror site", text=r))
    return doc


def _cut_lexicon_spans(text: str, removed: list[str]) -> str:
    rules = _rules()
    hits = [m for m in rules["spam"].finditer(text) if not _allowed(text, m)]
    if not hits:
        return text
    if len(hits) >= 3 and len(text) <= 300 and "。" not in text and _mostly_spam_phrases(text, hits):
        removed.append(text)  # a line of nothing but spam phrases
        return ""
    spans: list[list[int]] = []
    for m in hits:
        start, end = m.start(), m.end()
        while start > 0 and re.match(r"[A-Za-z0-9_]", text[start - 1]):
            start -= 1
        if text[start:m.start()].isdigit() and _LABEL_COLON_BEFORE.search(text, 0, start):
            start = m.start()  # '电话：0523' + spam: the digits are the value, not glue
        gap = text[spans[-1][1]:start] if spans else ""
        # spam terms close together are one injection, and so are a brand's names chained by _ or |, or listed with a comma
        # between them and nothing else ('澳门特区赌场,澳门博彩业网址' put for an organ's name)
        if spans and ((len(gap) <= 8 or len(gap) <= 16 and ("_" in gap or "|" in gap)) and not _BREAKS_SPAM_RUN.search(gap)
                      or gap in _LIST_COMMAS):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    out, last = [], 0
    for start, end in spans:
        # swallow glue (underscores, digits, latin) right after the span…
        glue_end = end
        while glue_end < len(text) and re.match(r"[A-Za-z0-9_]", text[glue_end]):
            glue_end += 1
        brand_tail = _BRAND_TAIL.match(text, glue_end)  # 'BT365' + '-Online'
        if brand_tail:
            glue_end = brand_tail.end()
        # …but not a number the text goes on with: spam + '2010年度', '邮编：' + spam + '223002'
        if not (text[end:glue_end].isdigit() and (_CJK.match(text, glue_end) or _LABEL_COLON_BEFORE.search(text, 0, start))):
            end = glue_end
        out.append(text[last:start])
        removed.append(text[start:end])
        last = end
    out.append(text[last:])
    return "".join(out)


def _mostly_spam_phrases(text: str, hits: list[re.Match]) -> bool:
    """Is `text` a list of phrases ('A,B,C'), at least three, most of them spam: a third of each at least spam terms
    (not a title the terms were put into the place of its place's name: '皇冠体育,皇冠体育平台区人民政府办公室2019年度…报告')?"""
    phrases, spam, pos, plain = 0, 0, 0, 0
    for part in _PHRASE_BREAK.split(text):
        if part.strip():
            phrases += 1
            covered = sum(max(0, min(m.end(), pos + len(part)) - max(m.start(), pos)) for m in hits)
            if covered * 3 >= len(part.strip()):
                spam += 1
            else:
                plain += len(part.strip()) - covered
        pos += len(part) + 1
    return phrases >= 3 and spam >= 0.6 * phrases and plain * 2 <= len(text)


_PHRASE_BREAK = re.compile(r"[,，、;；\s]")
#: what a betting brand's name ends with after its words ('BT365' + '-Online', '澳门金沙' + '官网', 'app' + '$官网平台', a headline's 'X官网发布',
#: a brand put for a city's name: '…投注官网' + '市市场监管局'; its entrance or app, whatever follows: '开云体育' + '官网入口',
#: '亚博体育app' + '下载', '皇冠体育' + '平台', 'bet365' + '体育在线'; not a bare 下载 or 入口, which a brand put for a site's name leaves: '本报告可在' + spam + '下载')
_BRAND_TAIL = re.compile(r"-[A-Za-z]+\b|(?:官网|登[录入]|网页版)入口|(?<=[Aa][Pp][Pp])下载|(?<=体育)平台|(?<=\d)-?体育(?:在线|官网|平台)?"
                         r"|[$@]?(?:官网平台|官网|官方网站|官方平台)(?:(?:发布)?(?![\u3400-\u9fff])|(?=[省市县区][\u3400-\u9fff]))")
#: what spam glued into a sentence never holds between two of its terms
_BREAKS_SPAM_RUN = re.compile(r"[。，,；;：:《》“”（）()\s]")
#: a comma listing two spam terms, alone between them
_LIST_COMMAS = (",", "，", "、")
#: a label's colon just before a position (searched with endpos = that position)
_LABEL_COLON_BEFORE = re.compile(r"[:：]\s*$")


def _allowed(text: str, m: re.Match) -> bool:
    for word in _rules()["allow"]:
        for am in re.finditer(re.escape(word), text):
            if am.start() <= m.start() and m.end() <= am.end():
                return True
    return False


#: a street address going on after a domain spliced into it ('…东城街道环城东路255号')
_STREET_RUNS_ON = re.compile(r"[\u3400-\u9fff]{2,24}?(?:路|街|大道|巷|弄)\s*\d+\s*号")


def _cut_glued_domains(text: str, removed: list[str], own_host: str) -> str:
    """Remove a bare non-government domain spliced into a sentence (a mirror's name swapped
    in for a place name, or an ad): glued to Chinese text after it, not inside brackets and
    not introduced as an address (网站/网址/访问…)."""
    def repl(m: re.Match) -> str:
        domain = m.group(1).lower()
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        introduced = (re.search(r"(网站|网址|网|登录|访问|域名|地址|链接)\s*[:：]?\s*$", text[max(0, m.start() - 8):m.start()])
                      or _SITE_WORD_AFTER.match(text, m.end()))  # '可以在zwzx.qy.cn网站下载': an address cited
        # (or a postal address it was put into: '地址:puroview.com东城街道环城东路255号')
        postal = bool(introduced) and introduced.group(0).startswith("地址") and bool(_STREET_RUNS_ON.match(text, m.end()))
        glued = (_CJK.match(before or " ") or before in "，,；;。") and (_CJK.match(after or " ") or _YEAR_AFTER.match(text, m.end()))
        if (glued and not introduced or postal) and not domain.startswith("www.") and not domain.endswith("gov.cn"):
            removed.append(m.group(1))
            return ""
        return m.group(0)

    return _DOMAIN.sub(repl, text)
