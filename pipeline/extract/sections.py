"""Sections: the numbered top-level parts (一、…), the preamble before them and the
closing lines (署名, 成文日期, notes) after them.

Crawler dumps often glue a whole report onto one line; headings are then found
inline, in numbering order, and the heading's title is cut off the text after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Paragraph, Table
from ..resources import load_yaml
from ..numbers import cn_int, cn_numeral, date_pattern, fold_digits, parse_date
from .clean import ZERO_PADDED, holds_page_chrome

_HEAD = re.compile(r"(?:(?<=^)|(?<=[。；;！？!?\s”」）)）】A-Za-z0-9])|(?<=[:：])|(?<=\d[元个条件项篇]))\s*(?:第([一二三四五六七八九十]{1,3})部分\s*[、.．:：]?|第?([一二三四五六七八九十]{1,3})\s*[、.．])\s*"
                   # a heading line numbered without 、 ('一 概 述') or with a comma for it ('一,主动公开政府信息情况')
                   r"|^([一二三四五六七八九十]{1,3})(?:[ \u3000]+|\s*[,，]\s*)(?=[\u3400-\u9fff][^。，,；;：:！？]{0,40}$)")
_DASH_FOR_ONE = ("—、", "－、", "-、")
_SUB = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]")
_BODY_START = re.compile(r"^(\s|\d|[（(]|第|根据|按照|本年|今年|全年|我|为|在|截至|20\d\d)")


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_yaml("sections.yaml")


@dataclass
class Section:
    number: str
    title: str
    blocks: list = field(default_factory=list)


@dataclass
class Outline:
    preamble: list = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)


def outline(items: list) -> Outline:
    """Split body items (Paragraph/Table blocks after the title) into preamble, sections, closing; a report numbering
    its sections only in Arabic numerals ('1、政府信息公开工作基本概况。…' / '2、主动公开政府信息的情况。…') is read as if
    it numbered them 一, 二…, as the record does."""
    out = _outline(_numbers_joined_to_their_titles(items))
    if not out.sections and (renumbered := _arabic_numbering_as_chinese(items)):
        out = _outline(renumbered)
    return out


def _numbers_joined_to_their_titles(items: list) -> list:
    """`items` with a heading's number printed as a paragraph of its own ('二、' / '主要公开政府信息情况', a page or a Word
    file a line a paragraph) joined to the short line after it, as a text file's reader joins them."""
    if not any(isinstance(item, Paragraph) and _NUMBER_ALONE.match(item.text) for item in items):
        return items
    out: list = []
    for item in items:
        if (out and isinstance(item, Paragraph) and isinstance(out[-1], Paragraph) and _NUMBER_ALONE.match(out[-1].text)
                and len(item.text) <= 40 and not _HEAD.match(item.text)):
            out[-1] = Paragraph(out[-1].text.strip() + item.text.strip())
        else:
            out.append(item)
    return out


#: a section's number alone on its line ('二、')
_NUMBER_ALONE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*$")
#: a paragraph opening with an Arabic section number ('1、', '2.')
_ARABIC_HEAD = re.compile(r"^\s*(\d{1,2})\s*[、.．](?!\d)\s*")


def _arabic_numbering_as_chinese(items: list) -> list | None:
    """`items` with the paragraphs that open numbered 1, 2, 3… in order (three or more, one of them titled as a report's part
    is) numbered 一、二、三… instead; None where they do not, or where the numbering starts again (lists under a heading so
    numbered: '1、 总体情况' / '1、 主动公开。…')."""
    heads, expected = {}, 1
    for i, item in enumerate(items):
        if isinstance(item, Paragraph) and (m := _ARABIC_HEAD.match(item.text)):
            if int(m.group(1)) != expected:
                if int(m.group(1)) < expected:
                    return None
                continue
            heads[i] = cn_numeral(expected) + "、" + item.text[m.end():]
            expected += 1
    if len(heads) < 3 or not any(_starts_with_known_title(head[2:]) for head in heads.values()):
        return None  # (not a list of points, none titled as a report's part is: '1、互联网。政府网站。' / '2、通过县电视台…发布。…')
    return [Paragraph(heads[i]) if i in heads else item for i, item in enumerate(items)]


def _outline(items: list) -> Outline:
    out = Outline()
    expected = 1
    sub_next = None  # the next number of points numbered as sections under one, restarting at 一 (None: none such)
    current: list = out.preamble
    for item in items:
        if not isinstance(item, Paragraph):
            current.append(item)
            continue
        text = item.text
        if expected == 1 and text[:2] in _DASH_FOR_ONE:
            text = "一、" + text[2:]  # the first heading typed with a dash for 一 ('—、总体情况')
        elif len(text) <= 40 and (glued := _NUMBER_GLUED_TO_A_TITLE.match(text)) and _known_title(text[glued.end():]):
            text = glued.group(0) + "、" + text[glued.end():]  # a heading line whose number lost its 、 or blank ('一概述': a PDF's '一 概 述')
        pos = 0
        for m in _HEAD.finditer(text):
            n = cn_int(m.group(1) or m.group(2) or m.group(3))
            if n is None:
                continue  # no numeral ('一一、、总总体体…', a text each of whose characters a PDF printed twice)
            rest = text[m.end():]
            if sub_next is not None and m.start() == 0:
                if n == sub_next and not _a_heading_line(text, m) and (sub_next > 2 or not _starts_with_known_title(rest)):
                    sub_next += 1
                    continue  # a point of those, run into its paragraph ('二、确保信息公开安全性。严格落实…', and so '三、主动公开政府
                    # 信息情况。2021年,我局无…' among them), not the next section ('二、主动公开政府信息情况' on its own line)
                sub_next = None
            # a text that starts inside a report (a flipbook page, a cut excerpt), or a report that
            # skips a number, goes on at a known title (or one past the number, at a heading line)
            skips_on = n > expected and (_starts_with_known_title(rest) or expected == 1 and _a_heading_line(text, m)
                                         or n == expected + 1 and _a_lost_heading_skipped(text, m))
            if n != expected and not (skips_on or _numbering_restarts(out, n, expected, text, m)) or m.start() < pos:
                if n == 1 and m.start() == 0 and out.sections and not _a_heading_line(text, m):
                    sub_next = 2  # points under a section numbered as sections, from 一 again ('一、总体情况' / '一、加强组织领导。…')
                continue
            if _is_table_row(rest) or not rest.strip():
                continue
            if m.start() and text[m.start() - 1] in ":：" and not (text[:m.start() - 1].endswith("如下") or _a_report_heading(rest)):
                continue  # after a colon, a heading of the report ('…特编制此报告:一、总体情况2021年,…'), not a list of its
                # parts ('本报告包括:一、总体情况;二、…')
            if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum() and not _starts_with_known_title(rest):
                continue  # glued to what ends a line before it, only a known title ('…@163.com一、概述2017年，…')
            if m.start() and n > 1 and cn_numeral(n - 1) + "、" in text[pos:m.start()]:
                continue  # an enumeration inside a paragraph ('…以下几个方面的措施:一、专门成立…;二、不断完善…', '报告主要包括:一、总体情况;
                # 二、主动公开政府信息情况;…')
            before = text[pos:m.start()].strip()
            if before:
                current.append(Paragraph(before))
            title, body_start = _split_title(rest)
            if title is None:
                continue
            section = Section(cn_numeral(n), title)
            out.sections.append(section)
            current = section.blocks
            expected = n + 1
            pos = m.end() + body_start
        tail = text[pos:].strip()
        if tail:
            current.append(Paragraph(tail))
    _split_closing(out)
    for s in out.sections:
        s.blocks = [_as_subheading(b) for b in s.blocks]
    return out


def _a_lost_heading_skipped(text: str, m: re.Match) -> bool:
    """Is the numbered heading `m`, one past the number expected, a heading line of its own ending like a section's title
    ('一、主动公开政府信息情况' … '三、依申请公开政府信息和不予公开情况': the page lost the heading between)?"""
    return _a_heading_line(text, m) and text.rstrip().endswith(tuple(_rules()["title_endings"]))


def _numbering_restarts(out: "Outline", n: int, expected: int, text: str, m: re.Match) -> bool:
    """Does a heading line numbered 一 again just under the first section ('一、总体情况' / one
    paragraph / '一、主动公开…', its subsections numbered as sections) start the next section?"""
    return (n == 1 and expected == 2 and len(out.sections) == 1 and len(out.sections[0].blocks) <= _RESTART_WITHIN
            and _a_heading_line(text, m) and not text[m.end():].strip().startswith(out.sections[0].title))  # not printed twice


#: how many blocks into the first section a heading numbered 一 again may restart the numbering
_RESTART_WITHIN = 4


def _a_heading_line(text: str, m: re.Match) -> bool:
    """Is the numbered heading `m` the whole of its line (a short title, no sentence)? A text
    cut out of a report (its second page) opens at such a heading numbered past 一."""
    return (m.start() == 0 and len(text) - m.end() <= 45 and not _SENTENCE_MARK.search(text, m.end())
            and not text.rstrip()[-1:].isdigit())  # not a menu's item ('六、年度政府信息公开工作报告0600')


def _a_report_heading(rest: str) -> bool:
    """Does `rest`, the text after a number, open with a known section title and go on with its body (not with the
    next item of a list of titles: '总体情况;二、…')?"""
    if not _starts_with_known_title(rest):
        return False
    title, body_start = _split_title(rest)
    return title is not None and rest[body_start:body_start + 1] not in "；;，,、。"


#: a heading line's number glued to its title
_NUMBER_GLUED_TO_A_TITLE = re.compile(r"^[一二三四五六七八九十]{1,3}(?=[\u3400-\u9fff])")


def _known_title(text: str) -> bool:
    """Is `text` (a line) one of the known titles of a report's parts, and nothing else?"""
    return _conjunctions_folded(_UNSPACED.sub("", text)) in _known_titles_unspaced()


def _starts_with_known_title(rest: str) -> bool:
    compact = _conjunctions_folded(_UNSPACED.sub("", rest[:80]))
    return any(compact.startswith(t) for t in _known_titles_unspaced())


_UNSPACED = re.compile(r"[\s、，,]")
#: the conjunctions a title may print for one another ('存在的主要问题及改进措施', '…和改进措施'; '行政复议与行政诉讼')
_CONJUNCTIONS = str.maketrans("和与", "及及")


def _conjunctions_folded(text: str) -> str:
    """`text` with 和 and 与 written 及, to compare titles that differ only in those."""
    return text.translate(_CONJUNCTIONS)


@lru_cache(maxsize=1)
def _known_titles_unspaced() -> tuple[str, ...]:
    return tuple(_conjunctions_folded(_UNSPACED.sub("", t)) for t in _rules()["known_titles"])


@lru_cache(maxsize=1)
def _known_titles_folded() -> tuple[str, ...]:
    return tuple(_conjunctions_folded(t) for t in _rules()["known_titles"])


def _is_table_row(rest: str) -> bool:
    """Is the text after a number (一、…) a statistics-table row: a row label with its values?"""
    r = rest.lstrip()
    if any(r.startswith(label) for label in _rules()["table_row_labels"]):
        return True
    label = next((lb for lb in _rules()["heading_like_row_labels"] if r.startswith(lb)), None)
    return bool(label and _ROW_VALUES.match(r, len(label))) or bool(re.match(r"^[^|]{0,40}\|", rest))


#: what follows a row label in a table row: a separator, or a number standing alone (not '2009年')
_ROW_VALUES = re.compile(r"\s*(?:[|｜]|\d+(?:\.\d+)?(?:\s|$))")


def _split_title(rest: str) -> tuple[str | None, int]:
    """(title, offset where the body starts in `rest`)."""
    r = rest.lstrip()
    if r[:1] == "?":
        r = r.lstrip("? ")  # characters a copying site lost before the title ('???????? 本年度…')
    lead = len(rest) - len(r)
    compact = _conjunctions_folded(re.sub(r"\s", "", r[:80]))
    known = [t for t in _known_titles_folded() if compact.startswith(t)]
    if known:
        t = max(known, key=len)
        end, seen = 0, 0
        while seen < len(t) and end < len(r):
            if not r[end].isspace():
                seen += 1
            end += 1
        more = r[end:].rstrip()
        if 0 < len(more) <= 16 and not more[0].isspace() and more.endswith(tuple(_rules()["title_endings"])) and not _SENTENCE_MARK.search(more):
            return r.strip(), lead + len(r)  # a heading that goes on after a known title ('基本情况概述')
        if more[:1] in "(（" and (note := _NOTE_AFTER_TITLE.match(more)) and not _SUBSECTION_NUMBER.fullmatch(note.group(0)):
            if note.end() == len(more):
                return r.strip(), lead + len(r)  # or with a note in brackets ('概述(2013年政府信息公开工作开展情况)')
            if more[note.end()].isspace():  # (in a one-line body, before a blank and its paragraph)
                return re.sub(r"\s", "", r[:end]) + note.group(0), lead + end + note.end()
        return re.sub(r"\s", "", r[:end]), lead + end  # (the known title, as printed)
    if (sub := _FIRST_SUBHEADING.search(r, 2, 46)) and not _SENTENCE_MARK.search(r, 0, sub.start()):
        return r[:sub.start()].rstrip().rstrip(":："), lead + sub.start()  # its first subsection glued to it ('…改进措施（一）工作中…')
    if len(r) <= 45 and not re.search(r"[。；;！？]", r):
        return _LOST_MARK.sub("", r.strip()).rstrip(":："), lead + len(r)  # ('存在的不足:')
    m = re.match(r"^(\S{1,45}?)\s", r)
    if m and not re.search(r"[。，,；;]", m.group(1)):
        return m.group(1), lead + m.end(1)
    m = _TWO_PART_HEADING.match(r)
    if m:
        return m.group(1), lead + m.end()  # a heading of two parts run into its paragraph ('加强领导,健全制度。镇领导…')
    best = None
    for ending in _rules()["title_endings"]:
        for em in re.finditer(re.escape(ending), r[:46]):
            end = em.end()
            if end < 2:
                continue
            if end == len(r) or _BODY_START.match(r[end:]) or r[end] in "。：:，,":
                if best is None or end < best:
                    best = end
                break
    if best is not None and not re.search(r"[。；;]", r[:best]):
        return r[:best], lead + best
    m = re.match(r"^([^。；;，,:：]{1,45})[。；;，,:：]", r)  # '依申请公开政府信息:无依申请…。'
    if m:
        return m.group(1), lead + m.end()
    return None, 0


_SENTENCE_MARK = re.compile(r"[。；;！？，,]")
#: the number of a section's first subsection
_FIRST_SUBHEADING = re.compile(r"[（(]一[）)]")
#: a note in brackets a heading line ends with (not a form's instruction: '（文字描述）')
_NOTE_AFTER_TITLE = re.compile(r"[（(](?![^（）()]*(?:文字|描述|填写))[^（）()。；;]{1,30}[）)]")
#: a subsection's number in brackets ('（一）'), which no note after a title is
_SUBSECTION_NUMBER = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]")
#: a heading of two short parts, a comma between them, ending with a full stop before its paragraph (or, in a one-line body, a
#: blank: '一、注重机构建设,领导力量加强 采取有力措施,…')
_TWO_PART_HEADING = re.compile(r"^([^。；;:：！？!?，,\s]{2,20}[，,][^。；;:：！？!?，,\s]{2,24})(?:。|\s+(?=\S))")
#: an ASCII '?' ending a Chinese heading: a character a copying site lost (a Chinese question
#: ends with the full-width ？)
_LOST_MARK = re.compile(r"(?<=[\u3400-\u9fff])\?$")


def _as_subheading(block):
    if isinstance(block, Paragraph) and _SUB.match(block.text) and len(block.text) <= 40 and not re.search(r"[。；;]", block.text[:-1]):
        return ("heading", 2, block.text)
    return block


_DATE_ONLY = re.compile(r"^[（(]?\s*(" + date_pattern().pattern + r")\s*[）)]?$")


def _date_only(line: str) -> re.Match | None:
    """`line` as a date alone ('2018年1月12日', '(２０２５年１月２０日)'), its full-width digits read as ASCII."""
    return _DATE_ONLY.match(fold_digits(line))


#: a date on its own: set apart by blanks, or glued after the organ signing (a crawler's one-line body: '…X局2026年1月23日')
#: or before a 抄送 list or an appendix (not before 印发: that date closes the printing office's footer)
_STANDALONE_DATE = re.compile(r"(?:(?<=\s)|^|(?<=[局府室会委办处厅院所站队心部署]))(" + date_pattern().pattern + r")(?=\s|$|抄送|附[件表])")


def _split_closing(out: Outline) -> None:
    """Move 署名/成文日期/附件 lines at the end of the last section (of the preamble, in a text
    without numbered sections: a report in prose, a page cut out of one) into `closing`."""
    body = out.sections[-1].blocks if out.sections else out.preamble
    blocks = body
    # a date standing alone inside the last paragraph (crawler one-line bodies)
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if not isinstance(b, Paragraph):
            continue
        m = None
        for m in _STANDALONE_DATE.finditer(fold_digits(b.text)):
            pass
        if m and m.start() > 0 and parse_date(m.group(1)):
            # (what follows may be a flattened page's empty cell: ' |')
            before, date_text, after = b.text[:m.start()].strip(), b.text[m.start(1):m.end(1)], b.text[m.end():].strip(" |｜\t\u3000")
            # (the organ after a sentence's end, or set apart by a blank: '…(闽食药监复决〔2017〕14号） X局 2018年1月12日')
            # (nor the '无' answering the heading before it: '…其他需要报告的事项 无X局 2020年1月2日'; not 无锡, 无为…)
            signer = re.search(r"(?:(?<=[。！；;\s])|^)\s*(?:暂?无(?![锡为棣极]))?([\u3400-\u9fff（）()]{2,30}?(?:" + "|".join(_rules()["organ_suffixes"])
                               + r"))$", before)
            new = []
            if signer:
                before = before[:signer.start()].strip()
            if before:
                new.append(Paragraph(before))
            if signer:
                new.append(Paragraph(signer.group(1).strip()))
            new.append(Paragraph(date_text))
            if after:
                new.append(Paragraph(after))
            blocks[i:i + 1] = new
        break
    organ_suffixes = tuple(_rules()["organ_suffixes"])
    # a one-line body goes on with the page footer after the signature: it is not the report's
    end = len(blocks)
    while end and isinstance(blocks[end - 1], Paragraph) and "。" not in blocks[end - 1].text \
            and holds_page_chrome(blocks[end - 1].text):
        end -= 1
    footer, blocks = blocks[end:], blocks[:end]
    cut, dated = _closing_start(blocks, organ_suffixes)
    last_table = next((i for i in range(len(blocks) - 1, -1, -1) if isinstance(blocks[i], Table)), None)
    if not dated and last_table is not None and not any("。" in b.text for b in blocks[last_table + 1:]):
        # a page's furniture under the appended table, which the signature stands over (a text dump of a whole page)
        cut_above, dated = _closing_start(blocks[:last_table + 1], organ_suffixes)
        if dated:
            under = blocks[last_table + 1:]
            footer, blocks, cut = ([] if _site_links(under) else under) + footer, blocks[:last_table + 1], cut_above
    if not dated and (signed := _last_date(blocks)) is not None and _site_links(blocks[signed + 1:]):
        # a page's lists of links under the report's signature (a PDF or a text dump of a whole page): not the report's
        blocks = blocks[:signed + 1]
        cut, dated = _closing_start(blocks, organ_suffixes)  # (dated: the date ends `blocks`)
    body[:] = blocks[:cut] + [b for b in blocks[cut:] if not isinstance(b, Paragraph)] + footer
    out.closing.extend(b.text for b in blocks[cut:] if isinstance(b, Paragraph))  # the closing lines, if any


def _site_links(blocks: list) -> bool:
    """Are `blocks` (below a report's signature, maybe under its appended table) a page's lists
    of links: three or more short lines, no sentence or field among them? They are not the report's."""
    return len(blocks) >= 3 and all(isinstance(b, Paragraph) and len(b.text) <= 40 and not _SENTENCE_OR_FIELD.search(b.text)
                                    for b in blocks)


#: a sentence's end or a field's label ('联系人：张三'), which a list of links does not hold
_SENTENCE_OR_FIELD = re.compile("[。：:]")


def _last_date(blocks: list) -> int | None:
    """The index of the last paragraph of `blocks` that is a date alone (a signature's), else None."""
    return next((i for i in range(len(blocks) - 1, -1, -1) if isinstance(blocks[i], Paragraph)
                 and _date_only(t := blocks[i].text.strip()) and parse_date(t)), None)


def _closing_start(blocks: list, organ_suffixes: tuple) -> tuple[int, bool]:
    """(where the closing lines start in `blocks`, the end of a report's body: its length when none do; is a date
    among them?)."""
    cut = len(blocks)
    date_seen = annexed = False  # (annexed: a caption or a printing line below was cut, which short lines above belong to)
    for i in range(len(blocks) - 1, max(-1, len(blocks) - 8), -1):
        b = blocks[i]
        if not isinstance(b, Paragraph):
            if date_seen:
                break
            continue
        t = b.text.strip()
        if _date_only(t) and parse_date(t):
            date_seen = True
            cut = i
        elif date_seen and len(t) <= 30 and t.endswith(organ_suffixes) and not re.search(r"[。，,；;：:]", t):
            cut = i
            break
        elif annexed and not date_seen and cut == i + 1 and len(t) <= 40 and not re.search(r"[。，,；;：:]", t):
            # an appended table's title over two lines, or the organ over it ('X局' / '2016年政府信息公开情况统计表'); the
            # printing office over its date ('X局办公室' / '2020年1月2日印发')
            cut = i
        elif not date_seen and (_caption_of_a_table(t, blocks[i + 1:i + 2]) or len(t) <= 60 and _PRINTED_ON.search(t)):
            cut, annexed = i, True
        elif not date_seen and cut == i + 1 and len(t) <= 3 and t.isdigit() and i and isinstance(blocks[i - 1], Table):
            cut = i  # a stray cell's number under the appended table ('附表：' / table / '0')
        elif (re.match(r"^[（(](?:此件|联系人|联系电话).*[）)]$|^(?:相关)?附[件表]\s*\d*\s*[:：]|^抄送\s*[:：]", t)
              or date_seen is False and re.match(r"^附件", t)):
            cut = i
        elif date_seen:
            break
        else:
            if not date_seen:
                break
    return cut, date_seen


def _caption_of_a_table(text: str, following: list) -> bool:
    """Is `text` the title of the table printed after it, an appendix without the word 附件
    ('平潭综合实验区政府信息公开情况统计表')?"""
    return bool(following) and isinstance(following[0], Table) and len(text) <= 40 and _TABLE_TITLE.search(text) is not None


#: the printing office's line closing a 公文 ('X局办公室 2020年1月2日印发', or what a split left of it: '印发 附件下载')
_PRINTED_ON = re.compile(r"(?:^|日\s*)印发(?:\s|$)")
#: how the title of an appended statistics table ends
_TABLE_TITLE = re.compile(r"(?:统计|情况|一览)表$|统计数据$")


def signature(closing: list[str]) -> tuple[str | None, str | None]:
    """(signing organ, ISO signed date) from the closing lines."""
    organ = signed = None
    organ_suffixes = tuple(_rules()["organ_suffixes"])
    for i, line in enumerate(closing):
        if _date_only(line.strip()):
            signed = parse_date(line)
            if i > 0 and closing[i - 1].endswith(organ_suffixes):
                # (the organ alone, not a list of attachments it ends: '附件：1.…(…14号） X局')
                organ = closing[i - 1].split()[-1] if not names_an_organ(closing[i - 1].strip()) else _unspaced(closing[i - 1].strip())
                organ = organ if names_an_organ(organ) else None
            break
    return organ, signed


def notice_signature(above_title: list[str]) -> tuple[str | None, str | None]:
    """(organ, ISO date) of a notice or a letter printed above the report it publishes or sends ('X办公室关于公布' /
    'Y2009年度…报告的通知' / '(X政办发〔2010〕3号)' / … / '二〇一〇年一月十九日' over the report's title; 'X政府办公室' /
    '关于上报《Y…' / '…报告》的报告' / … / '2018年3月9日'): its organ and date sign the report, as its 文号 numbers it;
    (None, None) where no such notice stands above the title."""
    lines = [line.strip() if "关于" not in line else re.sub(r"\s", "", line) for line in above_title[:8]]  # ('…的报 告')
    for k, line in enumerate(lines):
        if "关于" not in line:
            continue
        organ_line = lines[k - 1] if k and line.startswith("关于") and names_an_organ(lines[k - 1]) else ""
        for span in (1, 2):
            notice = _NOTICE_HEADING.match(organ_line + "".join(lines[k:k + span]))
            if notice and names_an_organ(notice.group(1)):
                dated = next((parse_date(later) for later in lines[k + span:] + above_title[8:] if _date_only(later.strip())),
                             None)
                return notice.group(1), dated
    return None, None


#: the heading of a notice publishing a report ('X办公室关于公布Y2009年度…报告的通知', '…关于印发《…年报》的通知'), or of a
#: letter sending it ('X关于报送…报告的函', '…关于上报《…报告》的报告')
_NOTICE_HEADING = re.compile(r"^([\u3400-\u9fff（）()]{4,40}?)关于(?:(?:印发|公布|发布)《?[^《》]{4,60}?(?:报告|年报)》?的(?:通知|公告)"
                             r"|(?:报送|上报|呈报)《?[^《》]{4,60}?(?:报告|年报)》?的(?:函|报告))$")


def byline(preamble: list) -> str | None:
    """The organ a cover prints under the title, over the month it is dated ('广州市人民政府' /
    '2015年3月') or alone, from the first lines of the preamble; None when there is no such byline."""
    lines = [_unspaced(fold_digits(b.text).strip()) for b in preamble[:2] if isinstance(b, Paragraph)]
    if lines and (flat := _SIGNED_ON_THE_LINE.match(lines[0])) and names_an_organ(flat.group(1)):
        return flat.group(1)  # the cover's lines flattened onto the body's first ('X区人民政府 2010年2月20日 引 言 本年度报告…')
    if not lines or not names_an_organ(lines[0]):
        return None
    if len(lines) == 2 and _DAY_OF_THE_WEEK.match(lines[1]):
        return None  # a site's header: its name over the day's date ('天津市河东区人民政府' / '2019年12月3日星期二')
    if len(lines) == 2 and (_date_only(lines[1]) or _MONTH_ONLY.match(lines[1])):
        return lines[0]
    # a name alone on its line ('贵阳市人民政府' under '贵阳市2020年…报告'), maybe after the year
    # of a title printed again below ('2015年呼和浩特市人民政府办公厅' / '政府信息公开年度报告')
    name = _NAME_ALONE.match(lines[0])
    return name.group(1) if name else None


#: a line of Han characters spaced out one by one, as a cover prints an organ's name ('蓝 山 县 人 民 政 府')
_SPACED_OUT = re.compile(r"[\u3400-\u9fff](?:[ \t\u3000]+[\u3400-\u9fff])+")


def _unspaced(line: str) -> str:
    """`line` without the blanks spacing its characters out, where it is spaced out so; else as it is."""
    return re.sub(r"[ \t\u3000]+", "", line) if _SPACED_OUT.fullmatch(line) else line


def byline_date(preamble: list) -> str | None:
    """The ISO date a cover prints under the organ's name below the title, as Shanghai's reports
    sign at their top ('上海市青浦区教育局' / '2012年2月15日' / '引言'), from the short lines
    opening the preamble, the one under the cover's title where the page's fields print an organ and a date above it
    ('青浦区X局' / '2019.01.22' / '2018年上海市青浦区X局' / '政府信息公开工作年度报告' / '上海市青浦区X局' / '2018年12月31日'),
    or the date in brackets alone right under the title, as documents adopted on a date print it ('(2016年3月5日)'; labels
    5 : 1), or a date written by hand alone under it; None when there is no such signature."""
    lines = []
    for b in preamble[:10]:
        if not isinstance(b, Paragraph) or len(b.text) > 40:
            break
        lines.append(_unspaced(fold_digits(b.text).strip()))
    signed = [(k, date) for k, (name, date) in enumerate(zip(lines, lines[1:])) if names_an_organ(name) and _date_only(date)]
    for k, line in enumerate(lines if not signed else ()):
        if _date_only(line) and (k == 0 or lines[k - 1].endswith(("报告", "年报"))) and (
                line[:1] in "(（" and k == 0 or line[:1] not in "(（" and "日" in line and not ZERO_PADDED.search(line)):
            # the date in brackets on a line of its own right under the title ('(2016年3月5日)'), or written by hand under it
            # (or under the title printed again), as Shanghai's reports date themselves at their top ('…工作年度报告' /
            # '2017年1月10日' / '引 言': labels 2 : 0)
            return parse_date(line)
    if (not signed and preamble and isinstance(preamble[0], Paragraph)
            and (flat := _SIGNED_ON_THE_LINE.match(preamble[0].text.strip()))):
        return parse_date(flat.group(2)) if names_an_organ(flat.group(1)) else None  # (the cover's lines flattened)
    if not signed:
        return None
    under_a_title = [date for k, date in signed if k and lines[k - 1].endswith(("报告", "年报"))]
    return parse_date((under_a_title or [signed[0][1]])[0])


def names_an_organ(line: str) -> bool:
    """Is `line` an organ's name alone (maybe with another name in brackets), as a signature or a
    cover prints it?"""
    line = _unspaced(line)
    return len(line) <= 30 and _NAME_NOTE.sub("", line).endswith(tuple(_rules()["organ_suffixes"]))


#: an organ's name alone on a line, maybe after a year
_NAME_ALONE = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?\s*)?([\u3400-\u9fff（）()]{4,30})$")
#: another name of the organ in brackets after its name ('衡阳市人民防空办公室(民防局)')
_NAME_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
#: a date's day of the week, as a site's header prints the day's date ('2019年12月3日星期二'); a report never dates itself so
_DAY_OF_THE_WEEK = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]$")
#: a cover's organ and date set apart by blanks at the start of a line the body runs on ('X区人民政府 2010年2月20日 引 言 …')
_SIGNED_ON_THE_LINE = re.compile(r"^([\u3400-\u9fff（）()]{4,30})\s+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s|$)")
_MONTH_ONLY = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月$|^[二〇○零一三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月$")


def section_text(blocks: list) -> str:
    """The section's clean text: its paragraphs and subheadings, one per line."""
    lines = []
    for b in blocks:
        if isinstance(b, Paragraph):
            lines.append(b.text)
        elif isinstance(b, tuple):
            lines.append(b[2])
    return "\n".join(lines)
