"""Statistics tables: 表二/表三/表四 of the 2019 and 2021 formats and the pre-2019 附表.

Every table source is turned into one text stream — grid tables row by row with an
explicit cell separator, text pages as printed — and rows and columns are found by
their labels (layouts and aliases in data/tables.yaml), never by position alone.
Cells whose separators were lost are recovered by `digits.solve`. The arithmetic
the tables obey is checked afterwards (`arith`), never silently fixed.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import add, sub

from ..model import Paragraph, Table
from ..resources import load_yaml
from . import arith, digits
from .issues import issue
from ..numbers import fold, parse_cell_number
from ..readers import FOLIO

SEP = "\x1f"  # cell separator in streams made from grid tables
_ENUM = r"(?:[一二三四五六七八九十]+、)?(?:\([一二三四五六七八九十]\))?(?:[1-9][.、])?"


@dataclass
class Found:
    """What the table extractor found in one document."""

    tables: dict = field(default_factory=dict)
    indicators: list = field(default_factory=list)
    formats: set = field(default_factory=set)


@lru_cache(maxsize=1)
def _layout() -> dict:
    return load_yaml("tables.yaml")


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """A label's matching key: full-width folded, spaces removed, 、 kept."""
    return "".join(_folded(text).split())


def _folded(text: str) -> str:
    """`text` with full-width forms folded and Chinese colon/comma made ASCII (same length)."""
    return fold(text).replace("：", ":").replace("，", ",")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lay = _layout()
    pats = {}
    # 表二
    labels = []
    for key, spec in lay["active"]["columns"].items():
        labels += [(norm(l), ("col", key)) for l in spec["labels"]]
    for key, spec in lay["active"]["rows"].items():
        labels += [(norm(l), ("row", key)) for l in spec["labels"]]
    labels += [(norm(m), ("marker", m)) for m in lay["active"]["markers"]]
    pats["active"] = _alternation(labels)
    # 表三
    labels = []
    for key, aliases in lay["applications"]["rows"].items():
        for a in aliases:
            labels.append((norm(a), ("row", key)))
            core = re.sub("^" + _ENUM, "", norm(a))
            if core != norm(a) and key not in ("other_other", "total", "other") and len(core) >= 4:
                labels.append((core, ("row", key)))
    labels += [(norm(m), ("marker", m)) for m in lay["applications"]["markers"]]
    pats["applications"] = _alternation(labels)
    pats["review_litigation"] = _alternation([(norm(m), ("marker", m)) for m in lay["review_litigation"]["markers"]])
    return pats


def _alternation(labels: list[tuple[str, tuple]]):
    labels = sorted(set(labels), key=lambda x: -len(x[0]))
    lookup = {}
    parts = []
    for text, role in labels:
        if text in lookup:
            continue
        lookup[text] = role
        parts.append(re.escape(text))
    return re.compile("|".join(parts)), lookup


#: a paragraph run without any of these holds no statistics table
_TABLE_HINT = re.compile(r"第二十条|信息内容|申请人情况|本年新收|结果维持|复议后起诉|指\s*标\s*名\s*称|统\s*计\s*指\s*标|计量单位")
_DIGITS_AND_DOTS = re.compile(r"[\d.]+")
#: the unit of a count in prose ('12件'): numbers so followed are not table cells
_PROSE_UNIT = re.compile(r"\s*(件|条|个|项|篇|次|人|家|期|%|万|亿)")
_CELL_GAP = re.compile(r"[\s|｜\x1f]+")
#: a pipe-flattened cell's end
_CELL_ENDS = re.compile(r"[ \t\u3000]*[|｜]")
_BLANKS = re.compile(r"[\s|｜]+")
#: a run of numbers, blanks and separators; its unwanted tails
#: (a change printed as words, '未增未减', is a blank cell too, '增10' a number, a bare '减' that lost its number a blank; a
#: copy's '?' for a lost blank is one)
_NUMERIC_CHARS = r"[\s|｜\x1f\d.,，+\-－—/万元%（）()无?_]*"
_NUMERIC_RUN = re.compile(_NUMERIC_CHARS + r"(?:(?:未增未减|无增减|(?:增加?|减少?)(?=\d|[ \t\u3000]*[\n|｜\x1f]))" + _NUMERIC_CHARS + ")*")
_ENUMERATOR_TAIL = re.compile(r"[1-9][.．、]$")
_LAST_NUMBER = re.compile(r"\d+$")
_GLUED_YEAR = re.compile(r"(?<=\d)(?:19|20)\d{2}$")
_OPEN_BRACKET_TAIL = re.compile(r"[（(]$")
#: a note in brackets after a cell's value, up to the cell's end (a pipe, a grid's separator, the line's end) or the next
#: cell's number: '22（其中修订16件）', '| -164(因机构改革,…) |'
_VALUE_NOTE = re.compile(r"(\d)[（(](?:[^（()）|｜\n\x1f]|[（(][^（()）|｜\n\x1f]{0,80}[）)]){2,200}[）)]"
                         r"(?=[ \t\u3000]*(?:[|｜\x1f\n]|$)|[ \t\u3000]+\d)")
_MONEY_UNIT = re.compile(r"(万元|元)$")
#: a count's unit printed in its cell, before the cell's end or glued to the next cell ('政府集中采购1个246900元')
_CELL_UNIT = re.compile(r"(\d)(项|件|条|个|笔|篇|人次|次)(?=[ \t\u3000]*[|｜\x1f]|\d|\s+\d)")
#: the characters opening such a unit
_COUNTS_UNITS = frozenset("项件条个笔篇次人")
#: a note printed after a row label, in brackets, without digits, maybe over its cell's lines ('(县级无此项)',
#: '(指各行政机关印发的有正式文号的文件)', a whole sentence on what the row counts; or the unit of its money,
#: '政府集中采购（元）'), or after a colon to the end of the label's cell ('规章:地方行政规章指各省…制定和发布的规范性文件。… |'), or
#: a character run on to the label in a pipe-flattened row
_ROW_NOTE = re.compile(r"[ \t\u3000]*(?:[（(](?:[^（()）\d|｜]{2,120}|元)[）)]|[:：][^\d|｜\n]{2,240}(?=[ \t\u3000]*[|｜\n])"
                       # (or a character a typist ran on to the label before its cell's end: '行政强制法 | 0 |')
                       r"|[\u3400-\u9fff](?=[ \t\u3000]*[|｜])"
                       # (or, in a laid-out row, cut by its cell's wrap before the values: '（区分处理的，只计这一情形，不   47 6…',
                       # or before the line of the values)
                       r"|[（(][^（()）\d|｜\n]{2,120}(?=[ \t\u3000]+\d|[ \t\u3000]*\n[ \t\u3000]*\d+(?:[ \t\u3000]+\d+){3}))")
#: how far a row's note may reach after its label
_ROW_NOTE_REACH = 260


class Stream:
    """Text with a compact (space-free, folded) view and a map back to the original."""

    def __init__(self, text: str):
        self.text = text
        folded = _folded(text)
        # the text between the runs of blanks (str.split's blanks are what \\s means to `re`),
        # and the runs, which the compact view leaves out
        pieces = _BLANK_RUN.split(folded)
        runs = list(map(len, _BLANK_RUN.findall(folded)))
        self.compact = "".join(pieces)
        # for each run: the compact position of the character after it, how many blanks it
        # and the runs before it hold, and where it starts and ends in the text
        self._after = list(accumulate(map(len, pieces[:-1])))
        self._blanks = list(accumulate(runs))
        self._ends = list(map(add, self._after, self._blanks))
        self._starts = list(map(sub, self._ends, runs))

    def orig(self, compact_pos: int) -> int:
        """The text position of the character at `compact_pos` (the text's end past the last)."""
        if compact_pos >= len(self.compact):
            return len(self.text)
        i = bisect_right(self._after, compact_pos)
        return compact_pos + (self._blanks[i - 1] if i else 0)

    def compact_pos(self, pos: int) -> int:
        """The compact position of the first character at or after text position `pos`."""
        pos = min(pos, len(self.text))
        i = bisect_left(self._starts, pos)  # the runs that start before pos
        if not i:
            return pos
        blanks = (self._blanks[i - 2] if i > 1 else 0) + min(self._ends[i - 1], pos) - self._starts[i - 1]
        return pos - blanks


_BLANK_RUN = re.compile(r"\s+")


def _prose_numbers(text: str) -> frozenset[int]:
    """The numbers of 2–9 digits the prose prints, not parts of a decimal or of a longer run:
    what glued digits may not be split into. (Runs of digits and dots are found with a
    character class, which the regex engine scans fast, and filtered here.)"""
    return frozenset(int(run) for run in _DIGITS_AND_DOTS.findall(text) if 2 <= len(run) <= 9 and run.isdigit())


def extract(doc) -> tuple:
    """(document with consumed table text replaced by placeholders, Found, issues)."""
    found = Found()
    issues: list[dict] = []
    prose = _prose_numbers(" ".join(b.text for b in doc.blocks if isinstance(b, Paragraph)))
    blocks = []
    run: list[Paragraph] = []

    def flush():
        if run:
            blocks.extend(_from_paragraphs(list(run), found, issues, prose))
            run.clear()

    rest_of = None  # (the index of a table read as the rest of the one before it)
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Table):
            flush()
            if k == rest_of:
                continue
            more = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
            if isinstance(more, Table) and _continues_annex(b, more):
                rest_of = k + 1
                blocks.extend(_from_grid(b, found, issues, prose, more))
            else:
                blocks.extend(_from_grid(b, found, issues, prose))
        elif isinstance(b, Paragraph):
            run.append(b)
        else:
            flush()
            blocks.append(b)
    flush()
    _complete(found)
    issues += arith.check(found.tables)
    issues += arith.check_indicators(found.indicators)
    # the empty cells of a pipe-flattened table left outside the rows read ('|', '||||'); a cell's end the only pipe
    # of a line outside them ('一、总体情况 |', a page laid out in a table of one column)
    doc.blocks = [_without_a_cells_end(b) if isinstance(b, Paragraph) else b for b in blocks
                  if not isinstance(b, Paragraph) or b.text.strip("|｜ \t\u3000")]
    return doc, found, issues


def _without_a_cells_end(p: Paragraph) -> Paragraph:
    """`p` without a pipe ending it where that is its only one."""
    text = p.text
    if text[-1:] in "|｜" and text.count("|") + text.count("｜") == 1:
        return Paragraph(text[:-1].rstrip())
    return p


def _complete(found: Found) -> None:
    """Give every found table all rows and columns of its layout; cells not printed are null."""
    lay = _layout()
    fmt = "2021" if "2021" in found.formats else "2019" if "2019" in found.formats else None
    active = found.tables.get("active")
    if active is not None:
        f = fmt or ("2021" if any("issued" in r or "in_force" in r for r in active.values()) else "2019")
        for key, spec in lay["active"]["rows"].items():
            if spec.get(f):
                row = active.setdefault(key, {})
                for col in spec[f]:
                    row.setdefault(col, None)
    apps = found.tables.get("applications")
    if apps is not None:
        skip = {"other"} if (fmt == "2021" and "other" not in apps) else {"other_overdue_correction", "other_overdue_fee", "other_other"}
        if any(k in apps for k in ("other_overdue_correction", "other_overdue_fee", "other_other")):
            skip = {"other"}
        for key in lay["applications"]["rows"]:
            if key not in skip:
                row = apps.setdefault(key, {})
                for col in lay["applications"]["columns"]:
                    row.setdefault(col, None)
    review = found.tables.get("review_litigation")
    if review is not None:
        for g in lay["review_litigation"]["groups"]:
            row = review.setdefault(g, {})
            for col in lay["review_litigation"]["columns"]:
                row.setdefault(col, None)


def block_ref(table: Table) -> dict:
    """The section block that stands for a table in the record."""
    if table.caption and table.caption.startswith("@"):
        return {"kind": "table", "table": table.caption[1:]}
    return {"kind": "table", "table": "other", "rows": table.text_rows()}


def _placeholder(kind: str) -> Table:
    return Table((), "@" + kind)


def _continues_annex(table: Table, after: Table) -> bool:
    """Is `after`, the table right after `table`, the rest of it: a 附表 whose part after a page
    break a PDF-to-Word converter made a table of its own, with as many columns and no header?"""
    return after.n_cols == table.n_cols and _is_indicator_grid(table) and not _is_indicator_grid(after)


def _from_grid(table: Table, found: Found, issues: list, prose, more: Table | None = None) -> list:
    """The blocks standing for `table` (and `more`, the rest of a 附表) once read into `found`."""
    if _is_indicator_grid(table):
        rows = _indicators_from_grid(table, more)
        if rows:
            found.indicators.extend(rows)
            return [_placeholder("indicators")]
        if more is not None:
            return _from_grid(table, found, issues, prose) + _from_grid(more, found, issues, prose)
    table = _canonical_labels(table, issues)
    kinds = _parse_stream(Stream(_grid_stream_rows(table)), found, issues, prose, grid=True)
    if kinds:
        _report_unmatched_rows(table, kinds, found, issues)
        return [_placeholder(k) for k in kinds]
    return [table]


def _report_unmatched_rows(table: Table, kinds: list[str], found: Found, issues: list) -> None:
    """Rows of a recognised statistics table that carry numbers under a label matching
    no known row are kept in `tables.unmatched` and reported, never dropped."""
    patterns = [_patterns()[k][0] for k in kinds if k in ("active", "applications")] + [_patterns()["review_litigation"][0]]
    for r, row in enumerate(table.rows):
        own = [c.text for i, c in enumerate(row) if c.row == r and (i == 0 or row[i - 1] is not c) and c.text.strip()]
        parsed = [(text, parse_cell_number(text)) for text in own]
        labels = [text for text, (_, _, is_number) in parsed if not is_number]
        values = [value for _, (value, _, is_number) in parsed if is_number]
        if not values or not labels:
            continue
        rest = "".join(c.text for i, c in enumerate(table.rows[r + 1]) if c.row == r + 1 and c.col == i) \
            if r + 1 < table.n_rows and _a_labels_rest(table, r + 1) else ""
        if any(p.search(norm(label)) or rest and p.search(norm(label + rest)) for p in patterns for label in labels):
            continue
        label = " / ".join(labels)
        found.tables.setdefault("unmatched", []).append({"table": kinds[0], "label": label, "values": values})
        issues.append(issue("unmatched_label", f"a row of the {kinds[0]} table matches no known label: {label!r}", "warning",
                            "$.tables.unmatched", text=label))


@lru_cache(maxsize=1)
def _row_aliases() -> list[tuple[str, str]]:
    lay = _layout()
    out = [(norm(a), a) for aliases in lay["applications"]["rows"].values() for a in aliases]
    out += [(norm(a), a) for spec in lay["active"]["rows"].values() for a in spec["labels"]]
    return out


@lru_cache(maxsize=1)
def _alias_matchers() -> list:
    """One SequenceMatcher per known row label, its index over the label built once."""
    from difflib import SequenceMatcher

    out = []
    for alias in _row_aliases():
        m = SequenceMatcher(None, autojunk=False)
        m.set_seq2(alias[0])
        out.append((alias, m))
    return out


def _closest_alias(key: str) -> tuple[tuple[str, str], float]:
    """The known row label closest to `key` and its similarity (0..1)."""
    best, best_ratio = ("", ""), 0.0
    for alias, m in _alias_matchers():
        if 2 * min(len(key), len(alias[0])) / (len(key) + len(alias[0])) < 0.8:
            continue
        m.set_seq1(key)
        if m.quick_ratio() < 0.8:
            continue
        r = m.ratio()
        if r > best_ratio:
            best, best_ratio = alias, r
    return best, best_ratio


def _canonical_labels(table: Table, issues: list) -> Table:
    """The table with misprinted row labels ('2.其他法律行政止公开') replaced by the
    closest known label; each replacement is reported. Exact labels are left alone."""
    def repair(text: str) -> str:
        label = _repaired_label(text)
        if label is None:
            return text
        issues.append(issue("label_repaired", f"row label {text!r} read as {label!r}", "info", text=text))
        return label

    return table.map_text(repair)


@lru_cache(maxsize=8192)
def _repaired_label(text: str) -> str | None:
    """The known row label a misprinted cell text stands for; None when the text is a
    known label, a number, or like no label."""
    key = norm(text)
    if not 4 <= len(key) <= 60 or parse_cell_number(text)[2]:
        return None
    if _patterns()["applications"][0].fullmatch(key) or _patterns()["active"][0].fullmatch(key):
        return None
    if any(a in key for a, _ in _row_aliases() if len(a) >= 4):
        return None
    best, ratio = _closest_alias(key)
    return best[1] if ratio >= 0.8 else None


def _grid_stream_rows(table: Table) -> str:
    """Row-major text of a grid: each row's own cells separated by SEP; merged cells once. A row whose own cells are
    the rest of a label, its values spanning it from the row above (a PDF's rule drawn through the label column,
    '2.申请人逾期未按收费通知要求缴纳费' over '用、行政机关不再处理其政府信息公开申请'), goes on the row above."""
    lines: list[list[str]] = []
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row):
            if c > 0 and row[c - 1] is cell:
                continue
            if cell.row != r and cell.col == c and cell.col_span == 1 and cell.row_span > 1 and not _is_value(cell.text):
                # a merged row label from above: not part of this row's values
                cells.append("")
                continue
            cells.append(cell.text.replace("\n", "") if cell.row == r else "")
        if lines and len(cells) == len(lines[-1]) and _a_labels_rest(table, r):
            lines[-1] = [above + own for above, own in zip(lines[-1], cells)]
            continue
        lines.append(cells)
    return "\n".join(SEP + SEP.join(cells) + SEP for cells in lines)


#: an enumerator opening a row label ('2.', '（六）'): a label's own start, not the rest of one
_ENUMERATED = re.compile(r"[（(]?[一二三四五六七八九十\d]+[)）.．、]")


def _a_labels_rest(table: Table, r: int) -> bool:
    """Is row `r` of `table` the rest of the row above's label: its own cells text, not values nor a label's own start,
    and every cell beside them one spanning from the row above, some holding values?"""
    row = table.rows[r]
    own = [cell for c, cell in enumerate(row) if cell.row == r and cell.col == c]
    if not own or not all(cell.text.strip() and not _is_value(cell.text) and not _ENUMERATED.match(cell.text.strip())
                          for cell in own):
        return False
    beside = [cell for c, cell in enumerate(row) if cell.col == c and c > own[-1].col]
    return all(cell.row < r for cell in beside) and any(_is_value(cell.text) for cell in beside)


#: a flattened row's label: the text opening the line up to its first blank or pipe, before a number
#: on the line ('2.其他法律行政止公开      0     0 …', '| 2.其他法律行政止公开 | 0 |') or alone on it
_ROW_LABEL = re.compile(r"^([\s|｜]*+)([^\s|｜]{4,60}+)(?=[\s|｜]+[\d.]+(?:[\s|｜]|$)|[\s|｜]*$)")
#: how long a line holding one flattened row is at most (a longer one is prose, or a one-line body)
_A_ROWS_LINE = 200


@lru_cache(maxsize=1)
def _enumerated_label_in_digits() -> re.Pattern:
    """An enumerated row label glued between digits, a flattened row's values before it (or its group's caption,
    '（六）其他处理1.申请人…', for the group's first row) and after it."""
    groups = "|".join(re.escape(c.split(")")[-1]) for c in _layout()["applications"]["group_captions"] if ")" in c)
    return re.compile(r"(\d|(?:" + groups + r")\s*)([1-8][.．、][\u3400-\u9fff“”\"、]{4,40}?)(?=\d)")


def _with_repaired_row_labels(paragraphs: list[Paragraph], issues: list) -> list[Paragraph]:
    """The paragraphs with a flattened row's misprinted label ('2.其他法律行政止公开') replaced by
    the closest known label, as `_canonical_labels` does for a grid's; a label alone on its line
    only when a number opens the next one (a table flattened a cell a line)."""
    def repaired(m: re.Match, group: int) -> str:
        """The text of `m`'s `group`, the known label it misprints in its place."""
        label = _repaired_label(m.group(group))
        if label is None:
            return m.group(group)
        issues.append(issue("label_repaired", f"row label {m.group(group)!r} read as {label!r}", "info", text=m.group(group)))
        return label

    out = []
    for i, p in enumerate(paragraphs):
        text = p.text
        if len(text) <= _A_ROWS_LINE and (m := _ROW_LABEL.match(text)) and (
                m.end() < len(text) or i + 1 < len(paragraphs) and paragraphs[i + 1].text.lstrip("|｜ \t\u3000")[:1].isdigit()):
            text = m.group(1) + repaired(m, 2) + text[m.end():]
        elif len(text) > _A_ROWS_LINE and _enumerated_label_in_digits().search(text):
            # (a crawler's one-line body: '…00000007.属于行政执法案件3000003…')
            text = _enumerated_label_in_digits().sub(lambda m: m.group(1) + repaired(m, 2), text)
        out.append(p if text == p.text else Paragraph(text))
    return out


@lru_cache(maxsize=1)
def _label_starts() -> dict[str, frozenset[str]]:
    """Each start (3 characters or more, not the whole) of a 表三 row's known label (its key) → the labels it starts;
    its enumerator printed with 、 too ('1、申请人…')."""
    out: dict[str, set[str]] = {}
    for aliases in _layout()["applications"]["rows"].values():
        for key in map(norm, aliases):
            for variant in {key, re.sub(r"^(\d)\.", r"\1、", key)}:
                for n in range(3, len(variant)):
                    out.setdefault(variant[:n], set()).add(variant)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _label_firsts() -> frozenset[str]:
    """The characters a known 表三 row label opens with, printed full-width or not ('（', '１')."""
    firsts = {key[0] for key in _label_starts()}
    return frozenset(firsts | {chr(ord(c) + 0xFEE0) for c in firsts if "!" <= c <= "~"})


@lru_cache(maxsize=1)
def _group_captions() -> tuple[str, ...]:
    return tuple(map(norm, _layout()["applications"]["group_captions"]))


#: a line of a row's values, after the rest of its label or alone ('另行制作1 0 0 0 0 0 1', '2 0 0 0 1 0 3')
_LABEL_REST_AND_VALUES = re.compile(r"^(\D*?)[ \t|｜]*(\d+(?:[ \t|｜]+\d+)+)[ \t|｜]*$")
#: how many lines a torn row spans at most
_TORN_ROW_LINES = 8


def _with_torn_rows_joined(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each 表三 row a PDF's text tore ('4.保护第三方合法权' / '（三）不' / '2 0 0 0 1 0 3' / '益' /
    '予公开': the label's lines around its values, set at the middle of the cell, and pieces of the merged caption
    beside it between them) joined again on one line, its label whole before its values, the caption's pieces after
    it. Only where the label's lines make a known label exactly and one line before its last holds the values, or the
    last after its rest (values after a label already whole may be the next row's: a converter's lone rows)."""
    starts, firsts = _label_starts(), _label_firsts()
    out, i = [], 0
    while i < len(paragraphs):
        head = paragraphs[i].text.strip()
        labels = starts.get(norm(head)) if len(head) <= 40 and head[:1] in firsts and not head[-1].isdigit() else None
        if not labels:
            out.append(paragraphs[i])
            i += 1
            continue
        label, key, values, captions = head, norm(head), None, []
        j = i + 1
        while j < len(paragraphs) and j <= i + _TORN_ROW_LINES and key not in labels:
            text = paragraphs[j].text.strip()
            m = _LABEL_REST_AND_VALUES.match(text)
            rest, row = (m.group(1), m.group(2)) if m else (text, None)
            if row is not None and values is not None:
                break
            rest_key = norm(rest)
            longer = key + rest_key
            if rest and (longer in labels or any(a.startswith(longer) for a in labels)):
                label, key, values = label + rest, longer, row if row is not None else values
            elif row is not None and not rest:
                values = row
            elif rest and len(rest_key) <= 9 and any(rest_key in c for c in _group_captions()):
                # (a piece of a caption alone, or before the row's values: '处理    0    0 …', '（六）其他' over '处理')
                captions.append(Paragraph(rest))
                values = row if row is not None else values
            else:
                break
            j += 1
        if key in labels and values is not None and j > i + 1:
            out.append(Paragraph(f"{label} {values}"))
            out.extend(captions)
            i = j
        else:
            out.append(paragraphs[i])
            i += 1
    return out


def _is_value(text: str) -> bool:
    return parse_cell_number(text)[2] and text.strip() != ""


#: a letter of a caption printed down its merged cell ('三、本年度办理结果' a character a line), which a PDF's text sets
#: before the label of the row beside it: '三 2.其他法律行政法规禁止公开 0 0 …', '办 （三）不予公开'
_CAPTION_LETTER = re.compile(r"[三、本年度办理结果不予公开无法提供处其他][ \t\u3000]+(?=\d[.．、]|[（(][一二三四五六七八九十][）)])")
#: a table's note on a line of its own
_TABLE_NOTE = re.compile(r"(?m)^[ \t\u3000]*注[:：][^\n]+")


def _from_paragraphs(paragraphs: list[Paragraph], found: Found, issues: list, prose) -> list:
    text = "\n".join(p.text for p in paragraphs)
    if not _TABLE_HINT.search(text):
        return paragraphs
    paragraphs = [Paragraph(p.text[m.end():]) if (m := _CAPTION_LETTER.match(p.text)) else p
                  for p in paragraphs if not FOLIO.match(p.text)]
    paragraphs = _with_repaired_row_labels(_with_torn_rows_joined(paragraphs), issues)
    text = "\n".join(p.text for p in paragraphs)
    spans: list[tuple[int, int, str]] = []
    stream = Stream(text)  # (read for the statistics tables, then for 附表)
    _parse_stream(stream, found, issues, prose, grid=False, spans=spans)
    ind = _indicators_from_text(stream, list(spans))
    if ind:
        rows, start, end = ind
        found.indicators.extend(rows)
        spans.append((start, end, "indicators"))
    if not spans:
        return paragraphs
    spans.sort()
    out, last = [], 0
    for start, end, kind in spans:
        if start < last:
            continue
        out.extend(Paragraph(t.strip()) for t in text[last:start].split("\n") if t.strip())
        out.append(_placeholder(kind))
        # a note printed inside the table's text ('注：行政复议、行政诉讼数量含上年度结转数量。' between its header and its
        # numbers) stays the report's text, after the table
        out.extend(Paragraph(m.group(0).strip()) for m in _TABLE_NOTE.finditer(text, start, end))
        last = end
    out.extend(Paragraph(t.strip()) for t in text[last:].split("\n") if t.strip())
    return out


# ---------------------------------------------------------------- stream parsing


def _parse_stream(s: Stream, found: Found, issues: list, prose, grid: bool, spans: list | None = None) -> list[str]:
    kinds = []
    for kind, fn in (("active", _parse_active), ("applications", _parse_applications), ("review_litigation", _parse_review)):
        result = fn(s, prose, grid)
        if result is None:
            continue
        rows, start, end, extra = result
        if not rows:
            continue
        table = found.tables.setdefault(kind, {})
        for rk, cols in rows.items():
            table.setdefault(rk, {}).update(cols)
        for note in extra.get("issues", []):
            issues.append(note)
        for k, v in extra.get("units", {}).items():
            found.tables.setdefault("units", {})[f"{kind}.{k}"] = v
        if extra.get("format"):
            found.formats.add(extra["format"])
        kinds.append(kind)
        if spans is not None:
            spans.append((s.orig(start), s.orig(end - 1) + 1 if end > 0 else 0, kind))
    return kinds


def _matches(s: Stream, kind: str):
    pattern, lookup = _patterns()[kind]
    return [(m.start(), m.end(), lookup[m.group(0)]) for m in pattern.finditer(s.compact)]


def _table_matches(s: Stream, kind: str, prose, grid: bool, window: int = 400):
    """Label matches that belong to a real table: rows followed by numbers, with a
    header or caption close before them; None when there is no such table."""
    ms = _outside_row_notes(s, _matches(s, kind))
    keep = []
    for i, m in enumerate(ms):
        if m[2][0] != "row":
            keep.append(m)
            continue
        nxt = ms[i + 1][0] if i + 1 < len(ms) else len(s.compact)
        text_after = _values_text(s, m[1], nxt)
        raw, used = _numeric_prefix(text_after, grid)
        # (not a word after the row's last cell: '…| 9 |\n| 项目 |'; nor a unit the cell prints after its number: '行政许可 |\n0件 |')
        prose_unit = (not grid and (unit := _PROSE_UNIT.match(text_after, used))
                      and not _PIPE.search(raw[len(raw.rstrip("|｜ \t\n")):]) and not _CELL_ENDS.match(text_after, unit.end()))
        # (a comma alone is no blank cell: '…并及时程序予以公开，提高…', the prose after 表四 naming a row's words)
        toks = [t for t in _CELL_GAP.split(raw) if t.strip(",，")]
        if "增" in raw or "减" in raw:
            toks = [part for t in toks for part in _GLUED_CHANGE.split(t)]
        cell_like = bool(toks) and all(parse_cell_number(t)[2] or digits.signed_run(t) for t in toks)
        # (a flattened table printing a row's cells empty: only the pipes between them, or nothing before the next
        # label: a table printed without its values, '规章\n\n规范性文件\n\n第二十条第(五)项')
        empty_cells = not grid and not toks and (len(_PIPE.findall(raw)) >= 2 or i + 1 < len(ms) and not text_after.strip())
        if (cell_like and not prose_unit) or empty_cells or (grid and (SEP in raw or nxt - m[1] <= 1)):
            keep.append(m)
    rows = [m for m in keep if m[2][0] == "row"]
    if len(rows) < 2 and not (grid and rows) and not (rows and _under_a_header(keep, rows[0], window)):
        return None
    first, heads = None, []
    for row in rows:
        heads = [m for m in keep if m[2][0] != "row" and row[0] - window <= m[0] <= row[0]]
        if grid or any(m[2][0] == "marker" for m in heads):
            first = row[0]
            break
    if first is None:
        return None
    heads = _header_run([m for m in heads if m[2][0] == "marker" or grid] or heads, first, s.compact)
    start = heads[0][0] if heads else first
    last_row_end = rows[-1][1]
    return [m for m in keep if start <= m[0] and (m[2][0] != "row" or m[0] >= first) and m[0] <= last_row_end]


#: compact characters between two cells of a table's header, at most (a label further up
#: is a word of the prose: '…及时调整发布信息内容，…' above a 表二 whose header says 信息内容)
_HEADER_GAP = 40


def _header_run(heads: list, first_row: int, compact: str) -> list:
    """The header matches that run up to the first row without a gap of prose between them
    (a long one, or one that ends a sentence: '…政治导向与信息内容，完善保密审查程序。二、主动…'); else
    the last one, unless a sentence ends between it and the row ('确保信息内容严谨无误。…二、…\n…制发规章及
    行政规范性文件0,…': the row is the prose's own)."""
    k, nxt = len(heads), first_row
    while k > 0 and nxt - heads[k - 1][1] <= _HEADER_GAP and "。" not in compact[heads[k - 1][1]:nxt]:
        k -= 1
        nxt = heads[k][0]
    return heads[k:] or [h for h in heads[-1:] if "。" not in compact[h[1]:first_row]]


def _outside_row_notes(s: Stream, ms: list) -> list:
    """`ms` without the labels printed inside a row label's note ('其他对外管理服务事项(指行政许可
    以外的…行政处罚、行政强制…)': those name no row)."""
    out, skip_to = [], -1
    for m in ms:
        if m[0] < skip_to or m[2][0] == "row" and _inside_a_cells_note(s.text, s.orig(m[0])):
            continue
        out.append(m)
        if m[2][0] == "row":
            begin = s.orig(m[1] - 1) + 1
            note = _ROW_NOTE.match(s.text, begin, begin + _ROW_NOTE_REACH)
            if note:
                skip_to = _compact_end(s, m[1], note.end() - begin)
    return out


#: the brackets of a note, opening and closing
_OPENING, _CLOSING = "(（", ")）"
#: what a cell or a line opens after, or the last value of the row before a flattened text glued to its label
_CELL_OPENING = frozenset("|｜\n \t\u30000123456789" + SEP)


def _inside_a_cells_note(text: str, pos: int) -> bool:
    """Is `pos` inside a bracketed note opened in its cell ('| -164(因机构改革,…行政许可6大项…) |'), where a
    row's label names no row? (A cell ends at a pipe or a line's end; a note is at most `_ROW_NOTE_REACH` long.)"""
    if not pos or text[pos - 1] in _CELL_OPENING:
        return False  # (a label opening its cell or line, or after the row before's value, as a row's does)
    reach = max(0, pos - _ROW_NOTE_REACH)
    start = max(text.rfind("|", reach, pos), text.rfind("｜", reach, pos), text.rfind("\n", reach, pos), reach - 1)
    cell = text[start + 1:pos]
    return sum(cell.count(c) for c in _OPENING) > sum(cell.count(c) for c in _CLOSING)


def _under_a_header(matches: list, row: tuple, window: int) -> bool:
    """Does a table's header (three of its header cells or captions) stand just before `row`?
    A table cut after its first row (an excerpt, a page break) is still a table."""
    return len({m[2] for m in matches if m[2][0] != "row" and row[0] - window <= m[0] <= row[0]}) >= 3


def _values_text(s: Stream, start: int, end: int) -> str:
    """Original text between two compact positions."""
    begin = s.orig(start - 1) + 1 if start > 0 else 0
    return s.text[begin:s.orig(end) if end < len(s.compact) else len(s.text)]


def _numeric_prefix(raw: str, grid: bool) -> tuple[str, int]:
    """The leading run of `raw` made of numbers, blanks and separators, after a note on the
    row label ('规章(县级无此项) | 0 | 0 |'); (run, the length of raw it takes, note included)."""
    note = _ROW_NOTE.match(raw)
    skip = note.end() if note else 0
    if "(" in raw or "（" in raw:  # a cell's note after its value, blanked where it stands ('| -164(因机构改革,…) | 42 |')
        raw = _VALUE_NOTE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), raw)
    run = _NUMERIC_RUN.match(raw, skip).group(0)
    end = skip + len(run)
    while end < len(raw) and raw[end] in _COUNTS_UNITS and (unit := _CELL_UNIT.match(raw, end - 1)):
        # a count's unit ending its cell ('政府集中采购 | 20项 | …', '…1个246900元'), blanked where it stands
        raw = raw[:unit.start(2)] + " " * len(unit.group(2)) + raw[unit.end(2):]
        run = _NUMERIC_RUN.match(raw, skip).group(0)
        end = skip + len(run)
    if raw[skip + len(run):skip + len(run) + 1] == "年" and (year := _GLUED_YEAR.search(run)):
        run = run[:year.start()]  # the prose's year glued to the row's last digit ('…20000022025年，我局…')
    # do not swallow an enumerator of the next label ('…0002.其他', '（六）其他处理' over '1、申请人…') or a unit-less tail
    run = _ENUMERATOR_TAIL.sub("", run)
    if raw[skip + len(run):skip + len(run) + 1] == "、" and (skip + len(run) + 1 == len(raw) or _HAN.match(raw, skip + len(run) + 1)):
        run = _LAST_NUMBER.sub("", run)
    run = _OPEN_BRACKET_TAIL.sub("", run)
    return run, skip + len(run)


def _tokens(raw: str, grid: bool) -> list[str]:
    if grid or SEP in raw:
        cells = raw.split("\n")[0].split(SEP)
        if cells and cells[0].strip() == "":
            cells = cells[1:]
        if cells and cells[-1].strip() == "":
            cells = cells[:-1]
        return [c.strip() for c in cells]
    toks = [t for t in _BLANKS.split(raw) if t]
    return [part for t in toks for part in _GLUED_CHANGE.split(t)] if "增" in raw or "减" in raw else toks


#: where a change printed in words is glued to the count before it ('行政事业性收费16减12': 16, 减12)
_GLUED_CHANGE = re.compile(r"(?<=\d)(?=(?:增加?|减少?)\d)")


def _pipe_cells(raw: str) -> list[str] | None:
    """The cells of a row flattened with a pipe after each cell ('| 3 | | 0 |', a cell a line
    in some crawls), blank ones kept in place; None when the text is not such a row, or a
    cell holds several numbers (the pipes then only end the row)."""
    if "|" not in raw and "｜" not in raw:
        return None
    if _TWO_IN_A_CELL.search(raw):
        return None
    cells = [c.strip() for c in _PIPE.split(raw)]
    if cells and not cells[0]:
        cells = cells[1:]  # what is left of the label's own cell
    return cells


_PIPE = re.compile(r"[|｜]")
_TWO_IN_A_CELL = re.compile(r"[^|｜\s?][^\S\n]+[^|｜\s]")


def _cells(tokens: list[str], n: int, hard=None, soft=None, prose=frozenset(), grid=False, positional=False):
    """`n` (value, unit, raw) cells from the tokens of one row; (cells, ambiguous?).
    `positional` tokens are the row's cells in place, blank ones included."""
    ambiguous = False
    if positional:
        toks = (tokens + [""] * n)[:n]
    else:
        toks = _row_tokens(tokens, n, grid)
    if len(toks) < n:
        digit_toks = [_MONEY_UNIT.sub("", fold(t)).replace(",", "") for t in toks]
        last_unit = _MONEY_UNIT.search(toks[-1]) if toks else None
        solved = digits.solve(digit_toks, n, hard, soft, prose)
        if solved is None and hard is not None and _zeros_one_short(digit_toks, n):
            solved = ["0"] * n, 0  # a row of zeros that lost one ('0 00000'): its total, printed 0 or lost, makes every cell 0
        if solved is None:
            toks = toks + [""] * (n - len(toks))
        else:
            toks, ties = solved
            ambiguous = ties > 0
            if last_unit:
                toks[-1] = toks[-1] + last_unit.group(1)
    out = []
    for t in toks:
        v, unit, ok = parse_cell_number(t)
        out.append((v if ok else None, unit, t))
    return out, ambiguous


def _zeros_one_short(tokens: list[str], n: int) -> bool:
    """Are `tokens` all zeros, one fewer than the `n` cells of a row that adds up to its total?"""
    return all(t and not t.strip("0") for t in tokens) and sum(len(t) for t in tokens) == n - 1


def _row_values(raw: str, tokens: list[str], n: int, hard, soft, prose, grid: bool):
    """`_cells` of a row: from its pipe-separated cells in place when it is printed so, else
    from its tokens."""
    pipes = None if grid else _pipe_cells(raw)
    if pipes is not None:
        return _cells(_under_columns(pipes, n), n, positional=True)
    if not grid and _A_CELL_A_LINE.fullmatch(raw) and not any(_GLUED_AFTER_A_ZERO.fullmatch(t) for t in tokens):
        # the row's cells a line each under its label ('行政许可\n 148\n \n '): no run of glued digits (but one
        # opening with a 0, no number: '规章\n 000'), and the blank cells after the printed ones lost with their lines
        return _cells([t for t in tokens if t], n, positional=True)
    return _cells(tokens, n, hard, soft, prose, grid)


def _under_columns(cells: list[str], n: int) -> list[str]:
    """A pipe row's cells under its `n` value columns: blank cells past the last one dropped, and so are blank
    cells before the first when there are more than `n` (the cells of a label merged across columns, which a
    Markdown writer prints empty: '| 一、本年新收… | | | 52 | 6 |…')."""
    if len(cells) <= n:
        return cells  # (the common row: nothing to drop)
    while len(cells) > n and not cells[-1]:
        cells = cells[:-1]
    extra = len(cells) - n
    return cells[extra:] if extra > 0 and not any(cells[:extra]) else cells


#: digits glued after a 0, which opens no number ('000': three cells of 0)
_GLUED_AFTER_A_ZERO = re.compile(r"0\d+")
#: a row's values printed a cell a line after its label's line
_A_CELL_A_LINE = re.compile(r"[ \t\u3000]*\n(?:[ \t\u3000]*[^\s|｜]+[ \t\u3000]*\n)*[ \t\u3000]*[^\s|｜]+[ \t\u3000]*\n?\s*")


def _row_tokens(tokens: list[str], n: int, grid: bool) -> list[str]:
    """At most `n` tokens of a row: its non-empty ones, or for a grid its cells (the
    non-empty ones when there are more cells than columns and they fit)."""
    toks = [t for t in tokens if t != ""] if not grid else tokens
    if grid and len(toks) > n:
        nonempty = [t for t in toks if t != ""]
        toks = nonempty if len(nonempty) <= n else toks[:n]
    return toks[:n]


def _parse_active(s: Stream, prose, grid):
    lay = _layout()["active"]
    ms = _table_matches(s, "active", prose, grid)
    if ms is None:
        return None
    fmt = None
    for _, _, role in ms:
        if role[0] == "col":
            f = lay["columns"][role[1]].get("format")
            fmt = fmt or f
    if any(m[2] == ("row", "other_services") or m[2] == ("row", "procurement") for m in ms):
        fmt = "2019"
    rows, units, notes = {}, {}, []
    header: list[str] = []
    start = ms[0][0]
    end = start
    for i, (a, b, role) in enumerate(ms):
        if role[0] == "col":
            if i > 0 and ms[i - 1][2][0] != "col":
                header = []
            header.append(role[1])
            end = b
            continue
        if role[0] == "marker":
            end = b
            continue
        key = role[1]
        spec = lay["rows"][key]
        cols = _row_columns(spec, header, fmt)
        if not cols:
            continue
        if key == "normative_documents" and "regulations" not in rows and i > 0 and ms[i - 1][2][0] == "col":
            _unlabelled_first_row(s, ms[i - 1][1], a, cols, grid, prose, rows)
        nxt = ms[i + 1][0] if i + 1 < len(ms) else len(s.compact)
        raw_all = _values_text(s, b, nxt)
        raw, used = _numeric_prefix(raw_all, grid)
        soft = _active_soft(cols, raw)
        cells, ambiguous = _row_values(raw, _tokens(raw, grid), len(cols), None, soft, prose, grid)
        if cols[1:] == ["repealed", "in_force"] and not grid and _two_cells_of_three(raw):
            cells = [cells[0], (None, None, ""), cells[1]]  # a row that lost its 本年废止 cell: 'X | 22 | 235 |'
        rows[key] = {c: v for c, (v, unit, t) in zip(cols, cells)}
        for c, (v, unit, t) in zip(cols, cells):
            if unit in ("元", "万元"):
                units[f"{key}.{c}"] = unit
        if ambiguous:
            notes.append(issue("ambiguous_cells", f"表二 {key}: the printed digits '{raw.strip()}' allow several splits; chose {[v for v, _, _ in cells]}", "info", f"$.tables.active.{key}"))
        end = _compact_end(s, b, used)
    return rows, start, end, {"units": units, "format": fmt, "issues": notes}


def _unlabelled_first_row(s: Stream, start: int, end: int, cols: list[str], grid: bool, prose, rows: dict) -> None:
    """The 规章 row printed with its label lost, its values alone between the header and the 规范性文件 row (a page that
    left the label's cell blank: '现行有效件数 /   / 0 / 0 / 0 / 行政规范性文件 / 0 …'): put in `rows` where they are as many
    numbers as the row's columns and nothing else."""
    raw = _values_text(s, start, end)
    values, used = _numeric_prefix(raw, grid)
    values = values.lstrip(" \t\n" + SEP)  # (the header row's end, in a grid's stream)
    tokens = [t for t in _tokens(values, grid) if t]
    if used and not raw[used:].strip(" \t\n|｜" + SEP) and len(tokens) == len(cols) and all(t.isdigit() for t in tokens):
        cells, _ = _row_values(values, tokens, len(cols), None, None, prose, grid)
        rows["regulations"] = {c: v for c, (v, _, _) in zip(cols, cells)}


#: a row's two values and its blank third cell between pipes, on one line ('| 0 | 0 | |')
_BLANK_THIRD_CELL = re.compile(r"\s*[|｜]?[ \t]*\d+[ \t]*[|｜][ \t]*\d+[ \t]*[|｜][ \t\u3000]*[|｜][ \t]*(?:\n|$)")


def _two_cells_of_three(raw: str) -> bool:
    """Does a pipe-flattened 2021 规章/规范性文件 row print two numbers in two cells ('| 22 | 235 |'), the table having
    lost a cell? Then they are the documents made and in force (the stock is never left blank; the repealed often is)."""
    cells = _pipe_cells(raw)
    if _BLANK_THIRD_CELL.match(raw):
        return False  # (its blank third cell printed in its place, between its pipes on its line: '| 0 | 0 | |')
    while cells and not cells[-1]:
        cells = cells[:-1]
    return (cells is not None and len(cells) == 2 and all(c.isdigit() for c in cells) and int(cells[1]) >= int(cells[0])
            # (not a cell a line printing a blank cell after the two before the line ending the row: '0 |' / '0 |' / '|' / '|')
            and sum(1 for line in raw.splitlines() if line.strip() in ("|", "｜")) < 2)


def _row_columns(spec: dict, header: list[str], fmt: str | None) -> list[str]:
    """The columns of a 表二 row: the header printed over it when that is the row's columns in
    either format (a 2021 block under a 2019 first block prints its own), else the format's."""
    if header and any(set(header) == set(spec.get(f) or ()) for f in ("2021", "2019")):
        return header
    for f in ([fmt] if fmt else []) + ["2021", "2019"]:
        cols = spec.get(f)
        # (or a header printing one of them twice for another: '本年新制作数量 本年新制作数量 对外公开总数量'; or the table's
        # format's, under a header another block's copied: '行政事业性收费' under '本年处理决定数量')
        if cols and (not header or set(header) <= set(cols) or len(header) != len(cols) or f == fmt):
            if header and set(header) == set(cols):
                return header
            return cols
    # (a header the page copied from the block above, as many cells as the row's own: '政府集中采购' under
    # '上一年项目数量 | 本年增/减', the fees' header; the row's cells are its own columns in order)
    return next((cols for f in ([fmt] if fmt else []) + ["2019", "2021"] if len(cols := spec.get(f) or ()) == len(header)), [])


def _active_soft(cols: list[str], raw: str):
    def soft(values):
        """(how implausible `values` are, how many weak rules they break): a weak rule broken weighs as much as a
        longest number one digit longer."""
        bad = weak = 0
        d = dict(zip(cols, values))
        if d.get("issued") is not None and d.get("in_force") is not None and d["in_force"] < d["issued"]:
            bad += 1
        # (fewer documents repealed than in force, as a rule, '1173' being 1, 1, 73, not 1, 17, 3; but a year's clean-up may
        # repeal more than are left, '164640' being 16, 46, 40, not 16, 4, 640, while '97253' is 9, 7, 253 as the prose says)
        if d.get("repealed") is not None and d.get("in_force") is not None and d["repealed"] > d["in_force"]:
            weak += 1
        # (an item list's change smaller than the list: '103040' is 103, 0, 40, not 10, 304, 0 nor 10, 30, 40)
        if d.get("change") is not None and d.get("previous_items") is not None and abs(d["change"]) > d["previous_items"]:
            bad += 1
        if d.get("items") and d.get("amount") is not None:
            # (graded: the price an item is furthest from what one costs counts most, '1018703元' being 10 items for
            # 18703 rather than 1018 for 703)
            per_item = d["amount"] / d["items"] * (10_000 if "万元" in raw else 1)
            if per_item <= 0:
                bad += 1
            elif not 1e4 <= per_item <= 1e7:
                bad += abs(math.log10(per_item / (1e4 if per_item < 1e4 else 1e7)))
        return bad, weak
    return soft


def _compact_end(s: Stream, label_end: int, used_orig_chars: int) -> int:
    """The compact position just after `used_orig_chars` original characters that follow
    the label ending at compact position `label_end`."""
    target = (s.orig(label_end - 1) + 1 if label_end > 0 else 0) + used_orig_chars
    return min(max(s.compact_pos(target), label_end), max(label_end, len(s.compact)))


def _parse_applications(s: Stream, prose, grid):
    lay = _layout()["applications"]
    ms = _table_matches(s, "applications", prose, grid)
    if ms is None:
        return None
    cols = lay["columns"]
    rows, notes = {}, []
    start = min(m[0] for m in ms if m[2][0] == "row" or m[2][1] in ("申请人情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"))
    end = start

    def hard(values):
        parts = [v for v in values[:6]]
        if values[6] is None or any(p is None for p in parts):
            return 0
        return int(abs(sum(parts) - values[6]) > 1e-9)

    for i, (a, b, role) in enumerate(ms):
        if a < start:
            continue
        if role[0] != "row":
            continue
        key = role[1]
        nxt = ms[i + 1][0] if i + 1 < len(ms) else len(s.compact)
        raw_all = _values_text(s, b, nxt)
        raw, used = _numeric_prefix(raw_all, grid)
        toks = _tokens(raw, grid)
        if key in lay["group_rows"] and not [t for t in toks if t]:
            continue
        cells, ambiguous = _row_values(raw, toks, len(cols), hard, None, prose, grid)
        rows[key] = {c: v for c, (v, u, t) in zip(cols, cells)}
        if ambiguous:
            notes.append(issue("ambiguous_cells", f"表三 {key}: the printed digits '{raw.strip()}' allow several splits; chose {[v for v, _, _ in cells]}", "info", f"$.tables.applications.{key}"))
        end = _compact_end(s, b, used)
    fmt = "2021" if any(k in rows for k in ("other_overdue_correction", "other_overdue_fee", "other_other")) else None
    if not grid and (placed := _rows_placed_by_order(s, [m for m in ms if m[0] >= start], rows, lay, fmt)):
        rows = placed
        notes.append(issue("rows_placed_by_order", "表三: rows whose labels stand apart from their numbers were placed in the "
                           "table's order between the rows printed with theirs; the sums agree", "info", "$.tables.applications"))
    return rows, start, end, {"issues": notes, "format": fmt}


def _rows_placed_by_order(s: Stream, ms: list, rows: dict, lay: dict, fmt: str | None) -> dict | None:
    """表三 as a PDF's text may tear it: some labels printed apart from their numbers (over two
    lines, beside the row before's numbers, or torn so no label matches), their rows of seven
    numbers standing alone. Between two rows printed on one line with their label, the lone
    rows are the rows the table's order puts between those two. The rows so placed, or None
    unless every gap holds as many lone rows as rows it lacks, every row is placed, and the placed
    table's sums all agree where the rows as read did not (or lacked rows)."""
    text = s.text
    if not ms or not _A_LONE_ROW.search(text, s.orig(ms[0][0])):
        return None  # (the common case: no row of numbers stands alone)
    order = [k for k in lay["rows"] if k not in (("other",) if fmt == "2021" else
                                                   ("other_overdue_correction", "other_overdue_fee", "other_other"))]
    if all(any(v is not None for v in rows.get(k, {}).values()) for k in order) and not arith.check({"applications": rows}):
        return None  # (every row read, and they add up)
    labels = [(s.orig(b - 1) + 1, role[1]) for a, b, role in ms if role[0] == "row" and role[1] in order]
    if not labels or len({k for _, k in labels}) != len(labels):
        return None
    first = text.rfind("\n", 0, labels[0][0]) + 1
    last_end = text.find("\n", labels[-1][0])
    label_ends = [e for e, _ in labels]
    anchors, lone = [], []  # (line start, key, values) of rows printed with their label; (line start, values)
    pos = first
    for line in text[first:last_end if last_end >= 0 else len(text)].split("\n"):
        line_end = pos + len(line)
        if line.rstrip(" \t|｜")[-1:].isdigit():  # (a row's line ends in a number, or in its blank last cell)
            i = bisect_right(label_ends, line_end)  # the last label ending on the line, if any
            label = labels[i - 1] if i and label_ends[i - 1] >= pos else None
            values = _seven_cells(text[label[0]:line_end] if label else line, label is not None)
            if values is not None and label:
                anchors.append((pos, label[1], values))
            elif values is not None:
                lone.append((pos, values))
        pos = line_end + 1
    rank = {k: i for i, k in enumerate(order)}
    if not lone or len(anchors) < 2 or any(rank[a[1]] >= rank[b[1]] for a, b in zip(anchors, anchors[1:])):
        return None
    placed = {k: v for _, k, v in anchors}
    for (at, key, _), (nxt_at, nxt_key, _) in zip(anchors, anchors[1:]):
        missing = order[rank[key] + 1:rank[nxt_key]]
        between = [v for p, v in lone if at < p < nxt_at]
        if len(between) != len(missing):
            return None
        placed.update(zip(missing, between))
    cols = lay["columns"]
    placed = {k: dict(zip(cols, placed[k])) for k in order if k in placed}
    if len(placed) < len(order) or arith.check({"applications": placed}):
        return None
    return placed


#: seven numbers alone on a line, a 表三 row without its label
_A_LONE_ROW = re.compile(r"(?m)^[ \t|｜]*\d+(?:[ \t|｜]+\d+){6}[ \t|｜]*$")


def _seven_cells(text: str, after_label: bool) -> list | None:
    """The seven values of a 表三 row printed in `text` (what follows a label on its line, or a
    line alone: then after any cells of words, a torn label's), blank cells as None; None when
    `text` holds no such row."""
    cells = _pipe_cells(text)
    if cells is None:
        cells = text.split()
    while len(cells) > 7 and not cells[-1]:
        cells = cells[:-1]  # (after the last pipe, and a blank column past the table's seven)
    if not after_label:
        while cells and cells[0] and not cells[0][0].isdigit():
            cells = cells[1:]  # (a torn label's words)
    if len(cells) != 7 or not any(cells):
        return None
    values = []
    for c in cells:
        v, _, ok = parse_cell_number(c) if c else (None, None, True)
        if not ok or v is not None and (v < 0 or v != int(v)):
            return None
        values.append(None if v is None else int(v))
    return values


def _parse_review(s: Stream, prose, grid):
    lay = _layout()["review_litigation"]
    ms = _matches(s, "review_litigation")
    names = [m[2][1] for m in ms]
    if "复议后起诉" not in names and "未经复议直接起诉" not in names:
        return None
    if "结果维持" not in names:
        return _review_under_a_torn_header(s, ms, names, lay, prose, grid)
    # (the header's, not the prose's before the table: '其中结果维持72件,结果纠正64件,…')
    uphelds = [i for i, name in enumerate(names) if name == "结果维持"]
    first_upheld = next((i for i in uphelds if i + 1 < len(ms) and ms[i + 1][0] - ms[i][1] <= 3
                         and not _DIGIT.search(s.compact, ms[i][1], ms[i + 1][0])), None)
    if first_upheld is None:  # (the prose's only: the header is torn, its words set out in columns over lines)
        return _review_under_a_torn_header(s, ms, names, lay, prose, grid)
    start_i = first_upheld
    # the header's group captions before it ('行政复议 | 行政诉讼'), not a heading's words ('…行政复议、行政诉讼情况')
    while (start_i > max(0, first_upheld - 2) and names[start_i - 1] in ("行政复议", "行政诉讼") and ms[start_i][0] - ms[start_i - 1][1] <= 2
           and not _HAN.search(s.compact, ms[start_i - 1][1], ms[start_i][0])):
        start_i -= 1
    last = first_upheld
    for j in range(first_upheld, len(ms)):
        if len(s.compact[ms[last][1]:ms[j][0]].translate(_NO_PIPES)) > 3:  # (a Markdown row's empty cells are no gap)
            break
        last = j
    start, header_end = ms[start_i][0], ms[last][1]
    raw, used = _numeric_prefix(_values_text(s, header_end, len(s.compact)), grid)
    groups, cols = lay["groups"], lay["columns"]
    toks = _tokens(raw, grid)
    if grid:
        lines = [l for l in raw.split("\n") if l.count(SEP) >= 16 or l.strip(SEP + " ")]
        toks = _tokens(lines[0], True) if lines else []
        if lines and not [t for t in toks if t]:
            toks = [""] * 15

    def hard(values):
        bad = 0
        for g in range(3):
            part = values[g * 5:g * 5 + 5]
            if any(v is None for v in part):
                continue
            bad += int(abs(sum(part[:4]) - part[4]) > 1e-9)
        return bad

    if not toks:  # (a header torn into its words' halves, a line each, that make '结果维持' only by chance: '结果' / '维持')
        return _review_under_a_torn_header(s, ms, names, lay, prose, grid)
    end = _compact_end(s, header_end, used)
    if len([t for t in toks if t]) == 5 and (split := _review_in_three_tables(s, ms, grid)):
        toks, end = split
    cells, ambiguous = _cells(toks, 15, hard, None, prose, grid)
    rows = {}
    for g, name in enumerate(groups):
        rows[name] = {c: cells[g * 5 + k][0] for k, c in enumerate(cols)}
    notes = []
    if ambiguous:
        notes.append(issue("ambiguous_cells", f"表四: the printed digits '{raw.strip()}' allow several splits", "info", "$.tables.review_litigation"))
    return rows, start, end, {"issues": notes}


_HAN = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")
_NO_PIPES = str.maketrans("", "", "|｜")
#: a 表四 header a PDF's text tore into its cells' halves or characters, a line each ('结果 结果 其他 尚未 总' /
#: '维持 纠正 结果 审结 计', or '结 结 其 尚' / '果 果 他 未' / …), or a grid into rows of them, up to the row of
#: numbers under it; maybe with the table's note in it ('注：行政复议、行政诉讼数量含上年度结转数量。') and a Markdown
#: table's rules ('|---|---|')
_TORN_REVIEW_HEADER = re.compile(r"(?:[\s|｜\x1f结果维持纠正其他尚未审结总计]|-{3,}|注[:：][^\n]{0,80}\n)*")


def _review_under_a_torn_header(s: Stream, ms: list, names: list, lay: dict, prose, grid: bool):
    """表四 under its groups' captions ('未经复议直接起诉 复议后起诉') and a header torn apart: the
    fifteen numbers of the row under it, when they stand right after the torn words; None
    otherwise."""
    caption = max(i for i, n in enumerate(names) if n in ("复议后起诉", "未经复议直接起诉"))
    after = _values_text(s, ms[caption][1], len(s.compact))
    torn = _TORN_REVIEW_HEADER.match(after)
    if "维" not in torn.group(0) or "审" not in torn.group(0):
        return None
    raw, used = _numeric_prefix(after[torn.end():], grid)
    toks = [t for t in _tokens(raw.lstrip(SEP) if grid else raw, grid) if t]
    if len(toks) != 15:
        return None
    cells, _ = _cells(toks, 15)
    rows = {name: {c: cells[g * 5 + k][0] for k, c in enumerate(lay["columns"])} for g, name in enumerate(lay["groups"])}
    start_i = caption
    while (start_i > 0 and names[start_i - 1] in ("行政复议", "行政诉讼", "未经复议直接起诉") and ms[start_i][0] - ms[start_i - 1][1] <= 2
           and not _HAN.search(s.compact, ms[start_i - 1][1], ms[start_i][0])):  # (not a heading's '…行政诉讼情况')
        start_i -= 1
    return rows, ms[start_i][0], _compact_end(s, ms[caption][1], torn.end() + used), {"issues": []}
#: the caption words naming each 表四 group, in the order of `review_litigation.groups`
_REVIEW_GROUP_CAPTIONS = (("行政复议",), ("未经复议直接起诉",), ("复议后起诉",))


def _review_in_three_tables(s: Stream, ms: list, grid: bool) -> tuple[list[str], int] | None:
    """表四 printed as one small table a group, each under its caption and its own header
    ('行政复议 | 结果维持 … 总计 | 27 | 10 | 9 | 15 | 61', then '行政诉讼(未经复议直接起诉) | 结果维持 …'):
    (the 15 cells in the groups' order, the compact end of the last); None unless at least two
    groups are so printed, each with five cells, none twice."""
    names = [m[2][1] for m in ms]
    found: dict[int, list[str]] = {}
    end = None
    for i, name in enumerate(names):
        if name != "结果维持":
            continue
        caption = next((names[j] for j in range(i - 1, max(-1, i - 3), -1) if names[j] not in ("行政诉讼",)), None)
        group = next((g for g, words in enumerate(_REVIEW_GROUP_CAPTIONS) if caption in words), None)
        last = i
        while last + 1 < len(ms) and ms[last + 1][2][1] in ("结果纠正", "其他结果", "尚未审结", "总计") and ms[last + 1][0] - ms[last][1] <= 3:
            last += 1
        raw, used = _numeric_prefix(_values_text(s, ms[last][1], len(s.compact)), grid)
        cells = [t for t in _tokens(raw, grid) if t]
        if group is None or group in found or len(cells) != 5:
            return None
        found[group] = cells
        end = _compact_end(s, ms[last][1], used)
    if len(found) < 2:
        return None
    return [c for g in range(3) for c in found.get(g, [""] * 5)], end


# ---------------------------------------------------------------- pre-2019 附表


def _is_indicator_grid(table: Table) -> bool:
    head = norm(" ".join(c.text for row in table.rows[:2] for c in row))
    return ("指标" in head or "项目" in head) and "单位" in head or _titled_header_row(table) is not None


def _titled_header_row(table: Table) -> int | None:
    """The index of a 附表's header row under its title rows ('附表：' / 'X局2018年…情况统计表' / '指标名称 | 计量单位 | …'
    in one grid), None when no row of the first few is one."""
    for i, row in enumerate(table.rows[2:6], 2):
        head = norm(" ".join(c.text for c in row))
        if ("指标" in head or "项目" in head) and "单位" in head:
            return i
    return None


def _indicators_from_grid(table: Table, more: Table | None = None) -> list[dict]:
    """The 附表's rows of `table`, with those of `more`, its rest in a table of its own."""
    # (each row with whether its label cell is its own, not the rest of a label cell spanning the row above)
    labelled = [(row, t.is_anchor(r, 0)) for t in (table, more) if t is not None for r, row in enumerate(t.text_rows())]
    rows = [row for row, _own in labelled]
    header_i = next((i for i, r in enumerate(rows[:3]) if "单位" in norm(" ".join(r))), None)
    header_i = header_i if header_i is not None else _titled_header_row(table) or 0
    header = [norm(c) for c in rows[header_i]]
    unit_col = next((i for i, h in enumerate(header) if h in ("单位", "计量单位")), None)
    first_value = (unit_col + 1) if unit_col is not None else 1
    value_cols = [(i, header[i]) for i in range(first_value, len(header)) if header[i] and (i == first_value or header[i] != header[i - 1])]
    out = []
    for r, own_label in labelled[header_i + 1:]:
        label = r[0]
        if not label.strip() or all(not c.strip() for c in r[1:]) and not label.strip():
            continue
        if not own_label and not any(c.strip() for c in r[first_value:]):
            continue  # a row's label cell over two grid rows and no value beside it (a rule drawn across its value cells)
        unit = r[unit_col].strip() if unit_col is not None else None
        values = {}
        for i, name in value_cols:
            v, u, ok = parse_cell_number(r[i] if i < len(r) else "")
            values[name] = v if ok else None
        out.append({"name": _indicator_name(label), "label": label, "unit": unit or None, "values": values})
    return out


#: a label, a note in brackets holding a number ('(不同渠道和方式公开相同信息计1条)', part of the label before it), or a value
#: (an empty cell's dashes glued to the label and unit before them, '3.其他方式公开数条——', are a piece of their own)
_PIECE = re.compile(r"[(][^()\n|｜]{1,40}?\d[^()\n|｜]{0,10}[)]|(?:[1-9][、.．](?=\D))?[^\d\s|｜\x1f—－–]+|[—－–]+|[\d.,]+?(?=[1-9][、.．][^\d]|[^\d.,]|$)")
#: a note in brackets, alone in its cell
_A_NOTE = re.compile(r"[(（][^()（）]*[)）]")
#: an empty cell's dash ('——', the unit of a heading row)
_DASHES = re.compile(r"[—\-－–]+")


#: how the name of the organ signing under a flattened 附表 ends: no indicator's name ends so
_SIGNING_ORGAN_ENDS = ("人民政府", "办公室", "办公厅", "局", "委员会", "管委会", "办事处")


@lru_cache(maxsize=1)
def _indicator_header() -> tuple[re.Pattern, re.Pattern]:
    """(a 附表's header up to its unit column, '指标名称 | 计量单位'; one of its value columns' titles after it, '2011年度'),
    on the compact text."""
    lay = _layout()["indicators"]
    alternatives = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731 — longest first
    return (re.compile(f"({alternatives(lay['header_markers'])})[|｜]*({alternatives(lay['unit_headers'])})"),
            re.compile(f"[|｜]*({alternatives(lay['value_columns'])})"))


def _indicators_from_text(s: Stream, taken: list) -> tuple[list[dict], int, int] | None:
    header, column = _indicator_header()
    m = header.search(s.compact)
    if not m:
        return _stacked_header(s)
    header_start = s.orig(m.start())
    after = s.compact[m.end():]
    cols = []
    pos = 0
    while True:
        cm = column.match(after, pos)
        if not cm:
            break
        cols.append(cm.group(1))
        pos = cm.end()
    if not cols:
        return None
    return _indicator_rows(s, cols, header_start, s.orig(m.end() + pos))


#: a 附表's header a PDF's text stacked a line a cell, row by row of its cells' lines ('计量' / '2011' / '指标名称' /
#: '历年累计' / '单位' / '年度': '计量单位' and '2011年度' each over two lines), or the cells of a row of lines on a line
#: ('计量 2011' / '指标名称 历年累计' / '单位 年度')
_STACKED_HEADER = re.compile(r"(?:指标名称|计量|单位|\d{4}(?:年度?)?|年度|历年累计|本年累计)"
                             r"(?:[ \t]*\n[ \t]*|[ \t]+)(?:(?:指标名称|计量|单位|\d{4}(?:年度?)?|年度|历年累计|本年累计)(?:[ \t]*\n[ \t]*|[ \t]+)){3,7}")


def _stacked_header(s: Stream) -> tuple[list[dict], int, int] | None:
    """The 附表 under a header stacked a cell's line a line (`_STACKED_HEADER`): its columns the year's (the year
    with the 年度 under it) and the cumulative one, in the order such tables print them."""
    if "计量" not in s.text and "单位" not in s.text:
        return None
    for m in _STACKED_HEADER.finditer(s.text):
        words = m.group(0).split()
        years = [w for w in words if w[:4].isdigit()]
        if "指标名称" not in words or "单位" not in words or len(years) != 1:
            continue
        year = years[0] + ("年度" if "年度" in words and years[0].isdigit() else "")
        return _indicator_rows(s, [year] + [w for w in words if "累计" in w], m.start(), m.end())
    return None


def _indicator_rows(s: Stream, cols: list[str], header_start: int, body_start: int) -> tuple[list[dict], int, int] | None:
    """The 附表's rows under its header, which ends at text position `body_start`; (rows, where the table starts
    and ends in the text), or None."""
    text = s.text
    lay = _layout()["indicators"]
    lines = text[body_start:]
    # (a table flattened with pipes ends at a line without one: a page's links under it)
    piped = "|" in text[header_start:body_start] or "｜" in text[header_start:body_start]
    rest = lines.replace("\n", " ")
    rows, current = [], None
    consumed = 0
    lead = ""
    units = lay["units"]
    # (a date signing it; a list's bullet, a page's links under it)
    stop_re = re.compile(r"[。，；]|\d{4}年\d|年\d+月|人民政府办公室$|^附件|^[〇○零一二三四五六七八九]{4}年|^[•·□■◆▪●]$")
    # pieces are cut from the folded text (enumerators printed １、 too), labels kept as printed
    for pm in _PIECE.finditer(fold(rest)):
        offset = pm.end()
        if re.fullmatch(r"[\d.,]+", pm.group()):
            if current is not None:
                current["_vals"].append(pm.group())
                consumed = current["_to"] = offset
            continue
        label = rest[pm.start():offset].strip()
        if stop_re.search(label) or len(label) > 40 or label.endswith(_SIGNING_ORGAN_ENDS):
            break
        if piped and not _PIPE.search(lines, lines.rfind("\n", 0, pm.start()) + 1, _line_end(lines, pm.start())):
            break
        if current is not None and _DASHES.fullmatch(label):
            current["_vals"].append(label)  # an empty cell's dash ('—'), in its place
            consumed = current["_to"] = offset
            continue
        if current is not None and not current["_vals"] and _A_NOTE.fullmatch(label):
            if label[:1] in "(（":
                current["label"] += label  # its note ('主动公开政府信息数 (不同渠道和方式公开相同信息计1条)')
            consumed = current["_from"] = current["_to"] = offset
            continue
        if current is not None and current["unit"] is None and not current["_vals"] and label in units:
            current["unit"] = label  # the unit in a cell of its own ('主动公开信息数 条 425 1516')
            consumed = current["_from"] = current["_to"] = offset
            continue
        if lead:
            label, lead = lead + label, ""
        if _QIZHONG.fullmatch(label):
            lead = label  # '其中：' in a cell of its own, before the label it qualifies
            continue
        unit = None
        for u in units:
            if label.endswith(u) and len(label) > len(u) + 1:
                unit, label = u, label[: -len(u)]
                break
        current = {"label": label, "unit": unit, "_vals": [], "_from": offset, "_to": offset}
        rows.append(current)
        consumed = offset
    while len(rows) > 2 and not rows[-1]["_vals"] and rows[-1]["unit"] is None and all(r["unit"] for r in rows[:-1]):
        rows.pop()  # (a line with neither value nor unit after rows that each print their unit: a page's links, '省市政府网站')
        consumed = rows[-1]["_to"]
    if len(rows) < 2:
        return None
    out = []
    for r in rows:
        soft = (lambda vals: int(len(vals) == 2 and None not in vals and vals[1] < vals[0])) if len(cols) == 2 and re.search("累计", cols[1]) else None
        # a row of a pipe-flattened table ('| 2.传真申请数 | 件 | | 3 |'): its cells in place, a blank one kept
        raw = rest[r["_from"]:r["_to"]]
        pipes = _pipe_cells(raw + "|") if r["_vals"] and ("|" in raw or "｜" in raw) else None
        cells, _ = _cells(_under_columns(pipes, len(cols)), len(cols), positional=True) if pipes else _cells(r["_vals"], len(cols), None, soft)
        out.append({"name": _indicator_name(r["label"]), "label": r["label"], "unit": r["unit"],
                    "values": {c: v for c, (v, u, t) in zip(cols, cells)}})
    return out, header_start, body_start + consumed


def _line_end(text: str, pos: int) -> int:
    """Where the line of `text` holding position `pos` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_QIZHONG = re.compile(r"^其中\s*[:：]?")
_INDICATOR_ENUM = re.compile(r"^[（(]?[0-9一二三四五六七八九十]{1,2}[）)]?[、.．]?(?=[\u3400-\u9fff])")


def _indicator_name(label: str) -> str:
    """An indicator's name: its label without spaces, '其中：' and its enumerator."""
    t = _QIZHONG.sub("", "".join(label.split()))
    enumerator = _INDICATOR_ENUM.match(fold(t))
    if enumerator:
        t = t[enumerator.end():]
    return _QIZHONG.sub("", t)


# ---------------------------------------------------------------- format


def _format_of_headers(text: str) -> str | None:
    """The format whose own 表二 column headers `text` prints (those of one format only)."""
    compact = "".join(text.split())
    printed = {spec["format"] for spec in _layout()["active"]["columns"].values()
               if spec.get("format") and spec["labels"][0] in compact}
    return printed.pop() if len(printed) == 1 else None


def report_format(found: Found, year: int | None, text: str) -> str | None:
    """pre2019 / 2019 / 2021, decided by the tables actually printed, else by headings and year."""
    if "2021" in found.formats:
        return "2021"
    if "2019" in found.formats:
        return "2019"
    active = found.tables.get("active", {})
    if any(k in active.get("regulations", {}) for k in ("issued", "in_force")):
        return "2021"
    if found.indicators:
        return "pre2019"
    printed = _format_of_headers(text)
    if printed:
        return printed  # a table printed without its values ('本年新制作数量' and no number)
    if year is None:
        return None
    new_style = "收到和处理政府信息公开申请" in text
    if year >= 2021:
        return "2021"
    if year >= 2019 and not new_style and _OLD_OUTLINE.search(text):
        return "pre2019"  # a 2019 or 2020 report written to the old outline ('一、概述', '三、依申请公开…')
    if year >= 2019 or new_style and year >= 2018:  # a 2010 report may name a section so
        return "2019"
    return "pre2019"


#: a heading of the outline before 2019's
_OLD_OUTLINE = re.compile(r"[一二三四五六七八九十]、\s*(?:概\s*述|依申请公开)")
