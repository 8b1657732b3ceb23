"""Lines of text put back into paragraphs: a text hard-wrapped at a page's width (pdftotext, some
archives), and sentences a crawl or a converter cut into lines. The text reader reads its lines so,
and the Word readers the paragraphs a PDF-to-Word converter made of a page's lines."""
from __future__ import annotations

import re
from typing import Callable

from ..model import Paragraph
from ..pagemeta import holds_a_field
from ..script import PINYIN_GLOSS as _PINYIN_GLOSS
from . import FOLIO


#: a line that starts a new block even after a full-width line: a heading or an enumerated item
#: (also a list item's bullet: '• 【字体:' does not run on into '•   一、总体情况')
_STARTS_BLOCK = re.compile(r"^(?:[•·]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?=[\u4e00-\u9fff])|第[一二三四五六七八九十]+[部章条])")


#: a line that is whole however wide it prints: a heading that ends as headings do, a report's title, a flipbook
#: page's header
_COMPLETE_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、.*(?:情况|措施|事项|概述|问题)|[^。，,；;：:]*(?:年度报告|工作报告|年报)"
                            r"(?:\s*[（(][^（）()]{4,24}[）)])?|Page\s+\d+\s+-\s+.*)$")  # (a title's date in brackets after it)
#: a report's title on a line of its own
_A_TITLE = re.compile(r"[^。，,；;：:]{4,60}(?:年度报告|工作报告|年报)$")
_NARROW = re.compile(r"[\x00-\xff]")
#: a table's row after its label: three numbers or more ending the line ('1.属于国家秘密 1 0 0 0 0 0 1')
_NUMBERS_ENDING = re.compile(r"(?:\s+\d+(?:\.\d+)?){3,}$")
#: a line of a table's values alone ('7 1 0 0 0 0 8')
_VALUES_ONLY = re.compile(r"\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?){2,}\s*$")
#: a table's row laid out as a PDF's text prints it: cells set apart by runs of blanks
_LAID_OUT_ROW = re.compile(r"\S\s{2,}\S.*\s{2,}\S")


def _values_only(line: str) -> bool:
    """Is `line` a table's row of values alone (under its label's first line: '（二）部分公开（区分处理的，只' / '7 1 0 0 0 0 8'),
    which no line runs on into?"""
    return line[0].isdigit() and _VALUES_ONLY.match(line) is not None


def _printed_width(line: str) -> float:
    """How wide `line` prints, in Chinese characters (a Latin letter or digit is half one)."""
    return len(line) - len(_NARROW.findall(line)) / 2


def _printed_width_unglossed(line: str) -> float:
    """How wide `line` printed before a mirror added pinyin glosses after its characters ('報(bào)告')."""
    return _printed_width(_unglossed(line))


def _characters_unglossed(line: str) -> int:
    """How many characters `line` held before a mirror added pinyin glosses after them."""
    return len(_unglossed(line))


def _unglossed(line: str) -> str:
    """`line` without the pinyin glosses a mirror added after its characters."""
    return _PINYIN_GLOSS.sub("", line) if "(" in line or "（" in line else line



def wrap_width(lines: list[str]) -> tuple[float, Callable[[str], float]] | None:
    """(width, how a line's width is measured) of a hard-wrapped text (pdftotext, some
    archives), else None: most of its longer lines are about equally wide, as a paragraph
    per line never is. Printed width (a Latin letter or digit is half a Chinese
    character) is what a page wraps at, the number of characters what text tools do."""
    # (not a table's row, however flattened: its cells piped, or spaced apart on the line as a PDF's text lays
    # them out, or a label before its numbers)
    candidates = [line for line in lines if len(line) >= 15 and "|" not in line
                  and not ("  " in line and _LAID_OUT_ROW.search(line)) and not (line[-1].isdigit() and _NUMBERS_ENDING.search(line))]
    if len(candidates) < 8:
        return None
    best = None
    # (the lines a page wrapped, then a mirror glossed with pinyin, measured without the glosses)
    glossed = any(_PINYIN_GLOSS.search(line) for line in candidates[:40])
    for measure in (_printed_width, len, *((_printed_width_unglossed, _characters_unglossed) if glossed else ())):
        widths = sorted(map(measure, candidates))
        width = widths[len(widths) * 3 // 4]  # full lines outnumber paragraph ends
        share = sum(1 for w in widths if 0.9 * width <= w <= width + 1) / len(widths)
        # (fewer where a page's menus, its printed header and footer and its tables stand among the lines: then
        # a quarter of them all as wide as one another, as a paragraph a line never is)
        peak = sum(1 for w in widths if width - 0.5 <= w <= width) / len(widths)
        if (share >= 0.55 or share >= 0.45 and peak >= 0.25 and peak * len(widths) >= 10) and width <= 120 and (
                best is None or share > best[0]):
            best = (share, width, measure)
    return best[1:] if best else _ragged_wrap_width(candidates, glossed)


#: what ends a sentence, or a line a paragraph a line ends with
_LINE_ENDS = ("。", "；", "！", "？", "：", "”", "）")


def _ragged_wrap_width(candidates: list[str], glossed: bool) -> tuple[float, Callable[[str], float]] | None:
    """`wrap_width` of a text taken out of a browser's print, set ragged right (a line breaks where the next word,
    number or address did not fit) in a font whose digits are wider than half a character, with short paragraphs, a
    page's menus and its tables among the lines: its prose lines (those holding a comma or a full stop) wide about
    as the widest are a third of them or more, and most run on unfinished, as a paragraph printed a line never does."""
    prose = [line for line in candidates if "，" in line or "。" in line or "、" in line]
    if len(prose) < 8 or sum(1 for line in prose if not line.endswith(_LINE_ENDS)) < 0.18 * len(prose):
        return None  # (a paragraph a line: too few run on for the test below)
    for measure in (_printed_width, len, *((_printed_width_unglossed, _characters_unglossed) if glossed else ())):
        widths = sorted(map(measure, prose))
        width = widths[len(widths) * 3 // 4]
        full = [line for line in prose if 0.85 * width <= measure(line) <= width + 1.5]
        running_on = sum(1 for line in full if not line.endswith(_LINE_ENDS))
        if len(full) >= 8 and len(full) >= 0.3 * len(prose) and running_on >= 0.6 * len(full) and width <= 120:
            return width, measure
    return None


#: what a page's number opens with
_FOLIO_OPENINGS = frozenset("-—–－第")


def unwrapped(lines: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    """`lines` with each full-width line joined to the line it runs on into (not to a blank
    line, a heading, a table row or after a sentence end)."""
    out: list[str] = []
    joinable = False
    for line in lines:
        if line[:1] in _FOLIO_OPENINGS and FOLIO.match(line):
            continue  # a page's number between the lines of a paragraph running on to the next page
        if (joinable and line and "|" not in line and not _STARTS_BLOCK.match(line) and not _values_only(line)
                and not (_A_TITLE.match(line) and holds_a_field(out[-1]))):  # (not the title under the page's fields)
            out[-1] += line
        else:
            out.append(line)
        joinable = (bool(line) and "|" not in line and not out[-1].endswith("。") and measure(line) >= 0.9 * width - 1
                    and not _COMPLETE_LINE.search(line) and not (line[-1].isdigit() and _NUMBERS_ENDING.search(line)))
        # (a table's row, however wide its cells are laid out, ends its line: '正、…其政府信   67   3 …   71' / '息公开申请')
    return out


#: what goes on after a number in a sentence (年, 月, 号, 条…)
_AFTER_NUMBER = frozenset("年月日号条件个项人次万亿元%余多家名篇期份起天至")
_SENTENCE_ENDS = ("。", "；", "！", "？", "|", "：")
#: the end of a line that leaves a mark open ('按照《', '（以下简称'): no line of real text does
_OPEN_AT_END = re.compile(r"[《“（(「【][^》”）)」】]{0,10}$")
#: a font-size widget left open ending a page's field line ('发布时间:2018-03-08 【字体:', '…【字体: 打印', '…【浏览字体:',
#: '…编辑:X 字体:【', '…字号【'): no sentence cut there
_OPEN_WIDGET = re.compile(r"【\s*(?:浏览|瀏覽)?字[体體型号號][^】]*$|字[体體型号號]\s*[:：]?\s*【\s*$")  # (Traditional: '【字體:', '【瀏覽字型:')
#: a heading's number on a line of its own ('一、' / '高度重视政府信息公开工作')
_BARE_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
#: any of these on a page (lines joined by newlines)
_REJOIN_HINT = re.compile(r"[《“（(「【][^》”）)」】\n]{0,10}\n|\n\d+\n[" + "".join(sorted(_AFTER_NUMBER)) + "]"
                          r"|\n(?:" + _BARE_NUMBER.pattern + r")\n")


def sentences_rejoined(lines: list[str]) -> list[str]:
    """`lines` with the sentences a crawl cut into lines put back together: a line that
    ends leaving a mark open ('按照《' / '中华人民共和国政府信息公开条例》…') runs on into
    the next, and so does a heading's number on a line of its own ('一、' / '概述'), and a
    number put on a line of its own (a page printing each number in its own element:
    '统计期限为' / '2011' / '年' / '1' / '月…') between a line that ends no sentence and
    one that goes on from the number. A heading never runs on from a line cut short
    ('根据《中华人民' / '一、总体情况')."""
    if not _REJOIN_HINT.search("\n" + "\n".join(lines)):  # one scan of the page: most have nothing to join
        return lines
    out: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:  # the line after a number, already joined
            skip = False
            continue
        if (line.isdigit() and out and out[-1] and i + 1 < len(lines) and lines[i + 1][:1] in _AFTER_NUMBER
                and not out[-1].endswith(_SENTENCE_ENDS) and not out[-1][-1].isdigit()):
            out[-1] += line + lines[i + 1]
            skip = True
        elif out and line and (_OPEN_AT_END.search(out[-1][-11:]) and not _STARTS_BLOCK.match(line)
                               and not _values_only(line) and not _OPEN_WIDGET.search(out[-1][-11:])
                               or _BARE_NUMBER.fullmatch(out[-1])):
            out[-1] += line
        else:
            out.append(line)
    return out


def runs_on_unfinished(texts: list[str]) -> bool:
    """Do most of the longer of `texts` (a page's paragraphs) run on unfinished, as a text's lines do (a PDF's text pasted
    into a page), which a page's own paragraphs, ending their sentences, never do?"""
    longer = [t for t in texts if len(t) >= 15]
    return len(longer) >= 8 and sum(not t.rstrip().endswith(_LINE_ENDS) for t in longer) >= 0.4 * len(longer)


def paragraphs_rejoined(blocks: list, warnings: list[str]) -> list:
    """`blocks` with the paragraphs that are a page's lines put back together, each run of
    them between other blocks (tables, headings, paragraphs holding line breaks) on its own:
    unwrapped where most paragraphs are about equally wide (one a line), and the sentences a
    line cut rejoined (a mark left open, '（地址：淮' / '安市…'). A Word file written as such
    has paragraphs of every width and no sentence cut, and is left as it is."""
    def plain(b) -> bool:
        return type(b) is Paragraph and "\n" not in b.text

    wrap = wrap_width([b.text for b in blocks if plain(b)])
    out: list = []
    run: list[str] = []

    def flush():
        if run:
            out.extend(Paragraph(line) for line in sentences_rejoined(unwrapped(run, *wrap) if wrap else run) if line)
            run.clear()

    for b in blocks:
        if plain(b):
            run.append(b.text)
        else:
            flush()
            out.append(b)
    flush()
    if wrap:
        warnings.append(f"paragraphs a line each, about {wrap[0]:g} characters wide: joined")
    return out
