"""DOCX (WordprocessingML) reader: vetted zip members → hardened lxml → Document.

Only `[Content_Types].xml`, `.rels`, `word/document.xml` (the main part the package
relationship names), `styles.xml` and `numbering.xml` are inflated and parsed; nothing
else in the package (images, embedded objects) is ever opened.

What is read: paragraphs and tables in body order (content controls, custom XML and
smart tags unwrapped), tables as true grids (gridBefore, gridSpan, vMerge), text boxes
(emitted as blocks right after the paragraph that anchors them), tracked changes as
accepted (w:ins kept, w:del/w:moveFrom dropped), fields as their shown result,
w:tab → '\\t', w:br/w:cr → '\\n', auto-numbering rendered from numbering.xml
('一、', '（一）', '1.'…; bullets are not rendered). Headers, footers, footnotes,
comments are not part of the body and are ignored.
"""
from __future__ import annotations

import posixpath
import re

from lxml import etree

from ..errors import ReadError, TooComplex, UnsupportedFormat
from ..model import Document, Heading, Paragraph, Table, grid_from_cells
from .lines import paragraphs_rejoined
from .safezip import vet_zip
from .xmlparse import parse_xml

__all__ = ["read", "read_members"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC_TYPES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
STYLES_TYPE_SUFFIX = "/styles"
NUMBERING_TYPE_SUFFIX = "/numbering"

MAX_DEPTH = 200  # our own recursion guard (libxml2 already caps nesting at 256)
MAX_BLOCKS = 200_000


def _wanted(name: str) -> bool:
    n = name.lower()
    return n.endswith(".xml") or n.endswith(".rels")


def read(data: bytes) -> Document:
    """Read DOCX bytes into a `Document` (format 'docx')."""
    members = vet_zip(data, include=_wanted)
    return read_members(members)


# --------------------------------------------------------------------------- package


def _lookup(members: dict[str, bytes], name: str) -> bytes | None:
    name = name.lstrip("/")
    if name in members:
        return members[name]
    low = name.lower()
    for k, v in members.items():
        if k.lower() == low:
            return v
    return None


def _rels(members: dict[str, bytes], rels_name: str) -> list[tuple[str, str, str]]:
    """(type, target, target_mode) of a .rels part; [] when absent or unreadable."""
    raw = _lookup(members, rels_name)
    if raw is None:
        return []
    try:
        root = parse_xml(raw, rels_name)
    except TooComplex:
        raise
    except ReadError:
        return []
    out = []
    for rel in root.iter(f"{{{REL_NS}}}Relationship", "Relationship"):
        out.append((rel.get("Type", ""), rel.get("Target", ""), rel.get("TargetMode", "Internal")))
    return out


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target)).lstrip("/")


def _main_part(members: dict[str, bytes]) -> str:
    for typ, target, mode in _rels(members, "_rels/.rels"):
        if typ in OFFICE_DOC_TYPES and mode != "External" and target:
            part = _resolve("", target)
            if _lookup(members, part) is not None:
                return part
    if _lookup(members, "word/document.xml") is not None:
        return "word/document.xml"
    names = {k.lower() for k in members}
    if "xl/workbook.xml" in names:
        raise UnsupportedFormat("a spreadsheet (XLSX), not a Word document")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormat("a presentation (PPTX), not a Word document")
    if "content.xml" in names:
        raise UnsupportedFormat("an OpenDocument file, not a Word document")
    if "[content_types].xml" not in names and "_rels/.rels" not in names:
        # (no part of an Office file at all: an attachment's or a crawler's archive, HTTrack's hts-cache/new.zip)
        raise UnsupportedFormat("a ZIP archive, not a Word document: unpack it to convert the files it holds")
    raise ReadError("DOCX has no main document part (word/document.xml missing)")


def _part_by_rel(members: dict[str, bytes], main: str, suffix: str, default: str) -> bytes | None:
    rels_name = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    for typ, target, mode in _rels(members, rels_name):
        if typ.endswith(suffix) and mode != "External":
            raw = _lookup(members, _resolve(main, target))
            if raw is not None:
                return raw
    return _lookup(members, default)


# --------------------------------------------------------------------------- styles

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)
_TITLE_NAME = re.compile(r"^(?:title|标题)$", re.I)


class _Styles:
    def __init__(self, root, w: str):
        self.level: dict[str, int | None] = {}
        self.num: dict[str, tuple[str, int]] = {}
        info = {}
        if root is None:
            return
        for st in root.iter(f"{{{w}}}style"):
            if st.get(f"{{{w}}}type", "paragraph") != "paragraph":
                continue
            sid = st.get(f"{{{w}}}styleId")
            if not sid:
                continue
            name_el = st.find(f"{{{w}}}name")
            name = (name_el.get(f"{{{w}}}val") if name_el is not None else "") or ""
            based = st.find(f"{{{w}}}basedOn")
            based_id = based.get(f"{{{w}}}val") if based is not None else None
            ppr = st.find(f"{{{w}}}pPr")
            outline = None
            numpr = None
            if ppr is not None:
                ol = ppr.find(f"{{{w}}}outlineLvl")
                if ol is not None:
                    outline = _int(ol.get(f"{{{w}}}val"), None)
                np_ = ppr.find(f"{{{w}}}numPr")
                if np_ is not None:
                    numpr = _numpr(np_, w)
            info[sid] = (name.strip(), based_id, outline, numpr)

        def resolve(sid, depth=0):
            if sid not in info or depth > 20:
                return None, None
            name, based_id, outline, numpr = info[sid]
            m = _HEADING_NAME.match(name) or _HEADING_NAME.match(sid)
            level = None
            if m:
                level = int(m.group(1))
            elif _TITLE_NAME.match(name) or sid.lower() == "title":
                level = 0
            elif outline is not None:
                level = outline + 1 if 0 <= outline <= 8 else None
            if based_id:
                plevel, pnum = resolve(based_id, depth + 1)
                if level is None and outline is None and plevel is not None and plevel > 0:
                    level = plevel
                if numpr is None:
                    numpr = pnum
            return level, numpr

        for sid in info:
            self.level[sid], num = resolve(sid)
            if num is not None:
                self.num[sid] = num


def _int(v, default):
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _numpr(el, w):
    ilvl = el.find(f"{{{w}}}ilvl")
    numid = el.find(f"{{{w}}}numId")
    if numid is None:
        return None
    return (numid.get(f"{{{w}}}val") or "", _int(ilvl.get(f"{{{w}}}val") if ilvl is not None else 0, 0))


# --------------------------------------------------------------------------- numbering

_CN_DIGITS = "〇一二三四五六七八九"


def _chinese_counting(n: int) -> str:
    if n <= 0:
        return str(n)
    if n >= 100000:
        return str(n)
    units = ["", "十", "百", "千", "万"]
    s = str(n)
    out = []
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        out.append(_CN_DIGITS[d] + units[pos])
    r = "".join(out)
    if 10 <= n < 20:
        r = r[1:]  # 十一, not 一十一
    return r


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str | None:
    f = (fmt or "decimal")
    if f in ("decimal", "decimalZero"):
        return f"{n:02d}" if f == "decimalZero" and n < 10 else str(n)
    if f in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
             "ideographLegalTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        s = _chinese_counting(n)
        if f == "chineseLegalSimplified":
            s = s.translate(str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟"))
        return s
    if f in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(c)] for c in str(n))
    if f == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10] if n > 0 else str(n)
    if f == "ideographZodiac":
        return "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12] if n > 0 else str(n)
    if f == "decimalFullWidth" or f == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if f in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if f in ("decimalEnclosedParen",):
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if f in ("decimalEnclosedFullstop",):
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if f == "upperLetter":
        return _letters(n)
    if f == "lowerLetter":
        return _letters(n).lower()
    if f == "upperRoman":
        return _roman(n)
    if f == "lowerRoman":
        return _roman(n).lower()
    if f == "none":
        return ""
    if f == "bullet":
        return None
    return str(n)


class _Numbering:
    def __init__(self, root, w: str):
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.num: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for an in root.iter(f"{{{w}}}abstractNum"):
            aid = an.get(f"{{{w}}}abstractNumId")
            lvls = {}
            for lvl in an.iter(f"{{{w}}}lvl"):
                lvls[_int(lvl.get(f"{{{w}}}ilvl"), 0)] = self._lvl(lvl, w)
            self.abstract[aid] = lvls
        for num in root.iter(f"{{{w}}}num"):
            nid = num.get(f"{{{w}}}numId")
            ref = num.find(f"{{{w}}}abstractNumId")
            aid = ref.get(f"{{{w}}}val") if ref is not None else None
            overrides = {}
            for ov in num.iter(f"{{{w}}}lvlOverride"):
                il = _int(ov.get(f"{{{w}}}ilvl"), 0)
                so = ov.find(f"{{{w}}}startOverride")
                lv = ov.find(f"{{{w}}}lvl")
                if lv is not None and aid in self.abstract:
                    self.abstract[aid] = dict(self.abstract[aid])
                    self.abstract[aid][il] = self._lvl(lv, w)
                if so is not None:
                    overrides[il] = _int(so.get(f"{{{w}}}val"), 1)
            self.num[nid] = (aid, overrides)

    @staticmethod
    def _lvl(lvl, w):
        fmt_el = lvl.find(f"{{{w}}}numFmt")
        txt_el = lvl.find(f"{{{w}}}lvlText")
        start_el = lvl.find(f"{{{w}}}start")
        fmt = fmt_el.get(f"{{{w}}}val", "decimal") if fmt_el is not None else "decimal"
        text = txt_el.get(f"{{{w}}}val", "") if txt_el is not None else ""
        start = _int(start_el.get(f"{{{w}}}val"), 1) if start_el is not None else 1
        return fmt, text, start

    def render(self, numid: str, ilvl: int) -> str | None:
        if numid in ("", "0") or numid not in self.num:
            return None
        aid, overrides = self.num[numid]
        lvls = self.abstract.get(aid)
        if not lvls or ilvl not in lvls or not 0 <= ilvl <= 8:
            return None
        counters = self.counters.setdefault(aid, [None] * 9)
        if numid not in self.started:
            self.started.add(numid)
            for il, start in overrides.items():
                if 0 <= il <= 8:
                    counters[il] = start - 1
        fmt, text, start = lvls[ilvl]
        counters[ilvl] = (counters[ilvl] if counters[ilvl] is not None else start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        if fmt == "bullet":
            return None

        def sub(m):
            k = int(m.group(1)) - 1
            if not 0 <= k <= 8:
                return ""
            kfmt, _t, kstart = lvls.get(k, ("decimal", "", 1))
            val = counters[k] if counters[k] is not None else kstart
            s = _format_number(val, kfmt if k == ilvl or kfmt != "bullet" else "decimal")
            return s or ""

        out = re.sub(r"%([1-9])", sub, text)
        return out if out.strip() else None


# --------------------------------------------------------------------------- body


class _Reader:
    def __init__(self, w: str, styles: _Styles, numbering: _Numbering):
        self.w = w
        self.styles = styles
        self.numbering = numbering
        W = "{%s}" % w
        self.T = {k: W + k for k in (
            "p", "tbl", "tr", "tc", "r", "t", "tab", "br", "cr", "ins", "del", "moveFrom", "moveTo",
            "delText", "instrText", "fldChar", "fldSimple", "hyperlink", "sdt", "sdtContent", "customXml",
            "smartTag", "txbxContent", "pPr", "rPr", "pStyle", "numPr", "outlineLvl", "tcPr", "gridSpan",
            "vMerge", "trPr", "gridBefore", "sym", "noBreakHyphen", "softHyphen", "body", "sectPr",
            "rubyBase", "rt", "ruby", "bdo", "dir", "footnoteReference", "endnoteReference",
            "commentReference", "tblPr", "tblGrid", "trPr", "sdtPr", "sdtEndPr", "vanish", "ptab",
            "subDoc", "permStart", "permEnd", "proofErr", "bookmarkStart", "bookmarkEnd", "lastRenderedPageBreak",
            "object", "pict", "drawing", "altChunk",
        )}
        self.W = W
        self.MC_CHOICE = f"{{{MC_NS}}}Choice"
        self.MC_FALLBACK = f"{{{MC_NS}}}Fallback"
        self.MC_ALT = f"{{{MC_NS}}}AlternateContent"
        self.n_blocks = 0

    # ---- blocks
    def blocks(self, container, out: list, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            raise TooComplex("DOCX nesting too deep")
        T = self.T
        for el in container:
            tag = el.tag
            if tag == T["p"]:
                self.paragraph(el, out, depth)
            elif tag == T["tbl"]:
                tbl = self.table(el, depth)
                if tbl is not None:
                    out.append(tbl)
            elif tag in (T["sdt"], T["customXml"], T["ins"], T["moveTo"], T["smartTag"]):
                inner = el.find(T["sdtContent"]) if tag == T["sdt"] else el
                if inner is not None:
                    self.blocks(inner, out, depth + 1)
            elif tag == self.MC_ALT:
                choice = el.find(self.MC_CHOICE)
                if choice is None:
                    choice = el.find(self.MC_FALLBACK)
                if choice is not None:
                    self.blocks(choice, out, depth + 1)
            # w:del / w:moveFrom at block level, sectPr, bookmarks…: skipped
            if len(out) > MAX_BLOCKS:
                raise TooComplex(f"DOCX has more than {MAX_BLOCKS} blocks")

    def paragraph(self, p, out: list, depth: int) -> None:
        parts: list[str] = []
        extra: list = []
        self._fields: list[bool] = []  # per open complex field: True once past 'separate'
        self.inline(p, parts, extra, depth)
        text = "".join(parts)
        style_id, numpr, outline = self._ppr(p)
        if numpr is None and style_id:
            numpr = self.styles.num.get(style_id)
        stripped = text.strip()
        if numpr is not None and stripped:
            label = self.numbering.render(*numpr)
            if label:
                stripped = label + stripped if label.endswith(("、", "．", ".", "）", ")", " ", "\t", "　")) else label + " " + stripped
                stripped = stripped.replace("\t", " ", 1) if label.endswith("\t") else stripped
        if stripped:
            level = None
            if outline is not None:
                level = outline + 1 if 0 <= outline <= 8 else None
            elif style_id:
                level = self.styles.level.get(style_id)
            if level is not None:
                out.append(Heading(stripped, level))
            else:
                out.append(Paragraph(stripped))
        out.extend(extra)

    def _ppr(self, p):
        T = self.T
        ppr = p.find(T["pPr"])
        if ppr is None:
            return None, None, None
        st = ppr.find(T["pStyle"])
        style_id = st.get(self.W + "val") if st is not None else None
        np_ = ppr.find(T["numPr"])
        numpr = _numpr(np_, self.w) if np_ is not None else None
        ol = ppr.find(T["outlineLvl"])
        outline = _int(ol.get(self.W + "val"), None) if ol is not None else None
        if outline is not None and not 0 <= outline <= 8:
            outline = None
        return style_id, numpr, outline

    def inline(self, el, parts: list, extra: list, depth: int) -> None:
        """Collect the shown text of `el`'s descendants; text boxes go to `extra` as blocks."""
        if depth > MAX_DEPTH:
            raise TooComplex("DOCX nesting too deep")
        T = self.T
        fields = self._fields
        for ch in el:
            tag = ch.tag
            if not isinstance(tag, str):
                continue  # comments, processing instructions
            if tag == T["t"]:
                if not fields or all(fields):
                    parts.append(ch.text or "")
            elif tag == T["r"] or tag == T["hyperlink"] or tag == T["ins"] or tag == T["moveTo"] \
                    or tag == T["smartTag"] or tag == T["customXml"] or tag == T["fldSimple"] \
                    or tag == T["bdo"] or tag == T["dir"] or tag == T["rubyBase"] or tag == T["ruby"]:
                self.inline(ch, parts, extra, depth + 1)
            elif tag == T["sdt"]:
                c = ch.find(T["sdtContent"])
                if c is not None:
                    self.inline(c, parts, extra, depth + 1)
            elif tag == T["fldChar"]:
                kind = ch.get(self.W + "fldCharType")
                if kind == "begin":
                    fields.append(False)
                elif kind == "separate":
                    if fields:
                        fields[-1] = True
                elif kind == "end":
                    if fields:
                        fields.pop()
            elif tag == T["tab"] or tag == T["ptab"]:
                if not fields or all(fields):
                    parts.append("\t")
            elif tag == T["br"] or tag == T["cr"]:
                if not fields or all(fields):
                    parts.append("\n")
            elif tag == T["noBreakHyphen"]:
                parts.append("-")
            elif tag == T["sym"]:
                code = ch.get(self.W + "char") or ""
                try:
                    cp = int(code, 16)
                except ValueError:
                    cp = 0
                if cp >= 0xF000:
                    cp -= 0xF000  # Symbol-font private-use mapping
                if 0x20 <= cp and not 0xE000 <= cp <= 0xF8FF and (not fields or all(fields)):
                    parts.append(chr(cp))
            elif tag == T["txbxContent"]:
                self.blocks(ch, extra, depth + 1)
            elif tag == self.MC_ALT:
                choice = ch.find(self.MC_CHOICE)
                if choice is None:
                    choice = ch.find(self.MC_FALLBACK)
                if choice is not None:
                    self.inline(choice, parts, extra, depth + 1)
            elif tag in (T["del"], T["moveFrom"], T["instrText"], T["delText"], T["pPr"], T["rPr"], T["rt"],
                         T["sdtPr"], T["sdtEndPr"], T["footnoteReference"], T["endnoteReference"],
                         T["commentReference"]):
                continue
            elif tag == T["p"] or tag == T["tbl"]:
                # block content where inline was expected (malformed but seen): keep its text
                self.blocks([ch], extra, depth + 1)
            else:
                # drawings, VML shapes, objects…: look inside only for text boxes
                self._find_textboxes(ch, extra, depth + 1)

    def _find_textboxes(self, el, extra: list, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise TooComplex("DOCX nesting too deep")
        for ch in el:
            if not isinstance(ch.tag, str):
                continue
            if ch.tag == self.T["txbxContent"]:
                saved = self._fields
                self.blocks(ch, extra, depth + 1)
                self._fields = saved
            elif ch.tag == self.MC_ALT:
                choice = ch.find(self.MC_CHOICE)
                if choice is None:
                    choice = ch.find(self.MC_FALLBACK)
                if choice is not None:
                    self._find_textboxes(choice, extra, depth + 1)
            elif ch.tag == self.MC_FALLBACK:
                continue
            else:
                self._find_textboxes(ch, extra, depth + 1)

    # ---- tables
    def _rows(self, tbl):
        T = self.T
        for el in tbl:
            if el.tag == T["tr"]:
                yield el
            elif el.tag in (T["sdt"], T["customXml"], T["ins"], T["moveTo"]):
                inner = el.find(T["sdtContent"]) if el.tag == T["sdt"] else el
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr):
        T = self.T
        for el in tr:
            if el.tag == T["tc"]:
                yield el
            elif el.tag in (T["sdt"], T["customXml"], T["ins"], T["moveTo"]):
                inner = el.find(T["sdtContent"]) if el.tag == T["sdt"] else el
                if inner is not None:
                    yield from self._cells(inner)

    def table(self, tbl, depth: int) -> Table | None:
        T, W = self.T, self.W
        # rows of [text, row_span, col_span, start_col, vmerge]
        rows: list[list[list]] = []
        n_cells = 0
        for tr in self._rows(tbl):
            row: list[list] = []
            col = 0
            trpr = tr.find(T["trPr"])
            if trpr is not None:
                gb = trpr.find(T["gridBefore"])
                if gb is not None:
                    n = min(max(_int(gb.get(W + "val"), 0), 0), 1000)
                    if n:
                        row.append(["", 1, n, col, None])
                        col += n
            for tc in self._cells(tr):
                span, vmerge = 1, None
                tcpr = tc.find(T["tcPr"])
                if tcpr is not None:
                    gs = tcpr.find(T["gridSpan"])
                    if gs is not None:
                        span = min(max(_int(gs.get(W + "val"), 1), 1), 1000)
                    vm = tcpr.find(T["vMerge"])
                    if vm is not None:
                        vmerge = vm.get(W + "val") or "continue"
                text = self.cell_text(tc, depth + 1)
                row.append([text, 1, span, col, vmerge])
                col += span
                n_cells += span
                if n_cells > 100_000:
                    raise TooComplex("table has more than 100000 cells")
            rows.append(row)
        if not rows:
            return None
        # vMerge: attach 'continue' cells to the restart cell above at the same start column
        open_at: dict[int, list] = {}
        out_rows: list[list[tuple[str, int, int]]] = []
        for row in rows:
            out_row = []
            new_open: dict[int, list] = {}
            for cell in row:
                text, _rs, span, col, vmerge = cell
                if vmerge == "continue" and col in open_at and open_at[col][2] == span:
                    anchor = open_at[col]
                    anchor[1] += 1
                    new_open[col] = anchor
                    if text and text not in anchor[0]:
                        anchor[0] = (anchor[0] + "\n" + text).strip()
                    continue
                if vmerge is not None:
                    new_open[col] = cell
                out_row.append(cell)
            open_at = new_open
            out_rows.append(out_row)
        cells = [[(c[0], c[1], c[2]) for c in r] for r in out_rows]
        if not any(c for r in cells for c in r):
            return None
        return grid_from_cells(cells)

    def cell_text(self, tc, depth: int) -> str:
        blocks: list = []
        saved = getattr(self, "_fields", [])
        self.blocks(tc, blocks, depth + 1)
        self._fields = saved
        lines = []
        for b in blocks:
            if isinstance(b, Table):
                for r in b.text_rows():
                    seen = []
                    for t in r:
                        if t and (not seen or seen[-1] != t):
                            seen.append(t)
                    if seen:
                        lines.append(" ".join(seen))
            else:
                lines.append(b.text)
        return "\n".join(x for x in (line.strip() for line in lines) if x)


def read_members(members: dict[str, bytes]) -> Document:
    """Read an already-vetted member dict (see `safezip.vet_zip`)."""
    main = _main_part(members)
    root = parse_xml(members[main] if main in members else _lookup(members, main), main)
    ns = etree.QName(root).namespace or ""
    if ns not in (W_NS, W_STRICT):
        raise ReadError(f"{main} is not WordprocessingML (root {etree.QName(root).localname!r})")
    body = root.find(f"{{{ns}}}body")
    if body is None:
        raise ReadError(f"{main} has no w:body")
    warnings: list[str] = []

    def optional(suffix, default):
        raw = _part_by_rel(members, main, suffix, default)
        if raw is None:
            return None
        try:
            return parse_xml(raw, default)
        except TooComplex:
            raise
        except ReadError as e:
            warnings.append(f"ignored unreadable {default}: {e}")
            return None

    styles = _Styles(optional(STYLES_TYPE_SUFFIX, "word/styles.xml"), ns)
    numbering = _Numbering(optional(NUMBERING_TYPE_SUFFIX, "word/numbering.xml"), ns)
    reader = _Reader(ns, styles, numbering)
    blocks: list = []
    try:
        reader.blocks(body, blocks)
    except RecursionError:
        raise TooComplex("DOCX nesting too deep") from None
    if not blocks:
        raise ReadError("document has no text")
    return Document(blocks=paragraphs_rejoined(blocks, warnings), format="docx", warnings=warnings)
