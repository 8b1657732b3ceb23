"""Parsing numbers, dates and 文号 — the only places full-width forms are folded."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "０": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERALS = "一二三四五六七八九十"


#: what `fold` changes; found by the regex engine, which skips the other characters in C
#: (str.translate looks every character of a Chinese text up in the table: 5–8× slower)
_FULLWIDTH_CHARS = re.compile("[\uff01-\uff5e\u3000]")


def fold(text: str) -> str:
    """Full-width ASCII forms to half-width (for parsing only; never for stored text)."""
    if text.isascii():
        return text
    # a page holds hundreds of ，：（） but only a handful of distinct ones: one replace each
    for ch in set(_FULLWIDTH_CHARS.findall(text)):
        text = text.replace(ch, chr(_FULLWIDTH[ord(ch)]))
    return text


#: full-width digits ('２０２１'), which `fold_digits` makes ASCII
_FULLWIDTH_DIGITS = re.compile("[\uff10-\uff19]")
_DIGITS_TABLE = {i: i - 0xFEE0 for i in range(0xFF10, 0xFF1A)}


def fold_digits(text: str) -> str:
    """Full-width digits to ASCII, nothing else (a text whose counts are parsed: '主动公开政府信息４５２１条'), one character
    for one."""
    return text.translate(_DIGITS_TABLE) if _FULLWIDTH_DIGITS.search(text) else text


def cn_int(text: str) -> int | None:
    """The value of a small Chinese numeral: 一→1, 十二→12, 二十→20, 三十一→31; digits-by-digit 二〇一八→2018."""
    text = text.strip()
    if not text:
        return None
    if all(ch in _CN_DIGITS for ch in text) and len(text) >= 3:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _CN_DIGITS.get(head, None) if head else 1
        ones = _CN_DIGITS.get(tail, None) if tail else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


def cn_numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一 (for section numbers)."""
    if n <= 10:
        return "零一二三四五六七八九十"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else "零一二三四五六七八九"[tens]) + "十" + ("" if not ones else "零一二三四五六七八九"[ones])


# 元月 is January
_AR_DATE = re.compile(r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2}|元(?=\s*月))\s*[月./-]\s*(\d{1,2})\s*[日号]?")
_CN_DATE = re.compile(r"([〇○零Ｏ０O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3}|元)\s*月\s*([一二三四五六七八九十]{1,3})\s*日")


def parse_date(text: str) -> str | None:
    """The first complete date in `text` as ISO YYYY-MM-DD (Arabic or Chinese numerals), or None."""
    text = fold(text)
    m = _AR_DATE.search(text)
    if m:
        return _iso(int(m.group(1)), 1 if m.group(2) == "元" else int(m.group(2)), int(m.group(3)))
    m = _CN_DATE.search(text)
    if m:
        y, mo, d = cn_int(m.group(1)), 1 if m.group(2) == "元" else cn_int(m.group(2)), cn_int(m.group(3))
        if y and mo and d:
            return _iso(y, mo, d)
    return None


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern:
    """A date in Arabic or Chinese numerals (match on `fold`ed text)."""
    return re.compile(_AR_DATE.pattern + "|" + _CN_DATE.pattern)


def dates_in(text: str) -> set[str]:
    """Every complete date in `text`, as ISO strings."""
    folded = fold(text)
    return {d for m in date_pattern().finditer(folded) if (d := parse_date(m.group(0)))}


#: a date whose year a CMS's field prints in two digits ('17-03-08 10:20', '21/01/26 10:42:59')
_SHORT_YEAR_DATE = re.compile(r"(\d{2})([-/])(\d{1,2})\2(\d{1,2})(?!\d)")


def parse_short_year_date(text: str) -> str | None:
    """The ISO date a field's value opening with a two-digit year prints ('21/01/26 10:42:59' → '2021-01-26'), else None."""
    m = _SHORT_YEAR_DATE.match(text.strip())
    return _iso(2000 + int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_NUM = re.compile(r"^[+\-−－]?\d+(?:\.\d+)?$")
_UNIT = re.compile(r"^(.*?\d)[（(]?(万元|亿元|万|元|件|条|个|笔|项|人次|人|次|篇|期|%)[）)]?$")
_BLANKS = frozenset(("", "-", "—", "——", "/", "无", "－", "–", "\\", "－－", "---", "…", "暂无", "空", "未增未减", "无增减", "_", "__", "___",
                     "增", "减", "增加", "减少"))


#: a change printed in words or as what was added and taken away: '增10', '减少3', '+(2) -(1)', '2/1' (under 本年增/减)
_CHANGE = re.compile(r"^(?:(增加?|减少?)(\d+)|\+\((\d+)\)-\((\d+)\)|(\d+)/(\d+))$")


def _signed_change(m: re.Match) -> int:
    """The change a `_CHANGE` match prints: 增10 → 10, 减少3 → -3, +(2) -(1) → 1, 2/1 → 1."""
    if m.group(1):
        return int(m.group(2)) * (1 if m.group(1)[0] == "增" else -1)
    if m.group(5):
        return int(m.group(5)) - int(m.group(6))
    return int(m.group(3)) - int(m.group(4))


@lru_cache(maxsize=8192)
def parse_cell_number(text: str) -> tuple[float | int | None, str | None, bool]:
    """Parse a table cell: (value, unit, ok).

    Blank, —, /, _, 无, －, 未增未减 and a bare 增 or 减 (its number lost) mean null (ok=True); a copy's '?'
    around a number is dropped. Thousands separators are dropped, a unit
    such as 万元/元/件/条 is split off, '+3'/'-2' (or '--2') are signed, and so are changes in words ('增10',
    '减少3') or as additions and removals ('+(2) -(1)', '2/1': 1). ok=False when the cell holds something
    that is not a number.
    """
    # ('?' is what a copying site left of a blank it could not encode: '? 0')
    t = fold(text or "").strip().replace(",", "").replace(" ", "").replace("−", "-").strip("?")
    if t[:2] == "--" and t[2:3].isdigit():
        t = t[1:]  # a decrease typed with its minus twice ('--253')
    if t in _BLANKS:
        return None, None, True
    if (t[:1] in "增减+" or "/" in t) and (change := _CHANGE.match(t)):
        return _signed_change(change), None, True
    unit = None
    m = _UNIT.match(t)
    if m and m.group(1):
        t, unit = m.group(1), m.group(2)
    if not _NUM.match(t):
        return None, unit, False
    value = float(t) if "." in t else int(t)
    return value, unit, True
