"""PDF reader: pypdfium2 for text, pdfplumber for the statistics tables.

Text comes from pdfium's text page, character by character with its box, so that
wrapped lines can be re-joined into paragraphs (first-line indent, heading
enumerators, short last lines and vertical gaps start a new paragraph) and so that
characters inside a table's box can be left out of the paragraph text.

Tables are looked for only on pages whose text suggests a statistics table and which
draw at least a few paths. The rules come from pdfium's path objects (visible strokes,
thin filled boxes; white/transparent paint and shading are ignored: WPS paints a white
box behind every text line, which would otherwise become a one-column "table") and go
through pdfplumber's own "lines" table finder (`TableFinder`). Pages pdfium's path walk
does not handle (form XObjects, curves) are parsed by pdfplumber itself. Where a table's
verticals end without a rule (WPS omits the border at a page break) a closing rule is
added. The cell *boxes* become a true grid: column and row boundaries are the clustered
cell edges, so a merged cell gets its spans from the boundaries it covers; positions no
box covers become empty cells. Cell text is rebuilt from pdfium's characters inside each
box. A table that ends a page and one that starts the next page with the same left and
right edges are merged; a label cell the page break cut in two is joined again.

`read(data)` is the whole public interface.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass, field

from ..errors import Encrypted, NoTextLayer, PipelineError, ReadError, TooComplex
from ..model import Document, Paragraph, Table, grid_from_cells
from ..script import FOREIGN, unmapped_runs

_MAX_PAGES = 5000
_MAX_TABLE_PAGES = 200
_MAX_CHARS_FOR_TABLES = 30000      # skip pdfplumber on pages with more characters
_MIN_CHARS_PER_PAGE = 10           # below this on average: no text layer

_TABLE_HINTS = re.compile(
    r"申请人情况|本年制发件数|本年新制作数量|本年处理决定数量|行政复议|信息内容|统计表|指标名称|统计指标"
    r"|(?:^|\s)(?:计量)?单位(?:\s|$|[：:])"
)
_ENUM = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇]+[章节部分条]|[一二三四五六七八九十]+[、．.]"
    r"|[（(][一二三四五六七八九十]+[）)]|[（(]\d{1,2}[）)]|\d{1,2}[、．.](?!\d)|[①-⑳]|附件|附表)"
)
#: a page's field opening a line (a page printed to PDF: its title, then '来源: X 发布时间: …' under it)
_FIELD_OPENING = re.compile(r"^\s*(?:来\s*源|信息来源|发布(?:时间|日期|机构)|索\s*引\s*号|浏览次数|成文日期|发文字号)\s*[:：]")
#: a page number alone on its line (a year is none: '2011' heading a table's column at a page's top)
_PAGE_NO = re.compile(
    r"^(?:[-—–－―_~·•*\s]*(?!(?:19|20)\d\d(?!\d))\d{1,4}[-—–－―_~·•*\s]*"
    r"|第\d{1,4}页(?:[,，/、]?共\d{1,4}页)?|共\d{1,4}页第\d{1,4}页|\d{1,4}/\d{1,4}"
    r"|page\d{1,4}(?:of\d{1,4})?|-?\s*第\d{1,4}页\s*-?)$",
    re.I,
)
_SPACES = re.compile(r"[ \t\u3000\u00a0\r\n]+")


def _not_this_pages_number(bare: str, page: int, offsets: frozenset[int] | None = None) -> bool:
    """Is a bare number at a page's edge no page number of that page (index `page`): 0, or far beyond it (a table's
    cell a line at the page's foot: '行政规范性文件' / '0' / '0' / '0'), or, in a document of pages (`offsets` given), a
    number alone off the numbering its pages share (number minus index, on two pages or more), or where they share none
    beyond a first page's numbering (index + 0–2: the cells of a row a page break cut, '规范性文件' / '5' / page 2: '5' / '5')?"""
    digits = bare.strip("-—–－―_~·•*")
    if not digits.isdigit():
        return False
    n = int(digits)
    if n == 0 or n > page + 50:
        return True
    return offsets is not None and digits == bare and n - page not in (offsets or range(3))


def _shared_page_offsets(edge: dict[int, list]) -> frozenset[int]:
    """The offsets (number minus page index) of the bare numbers at the pages' edges that two pages or more share: how
    the document numbers its pages."""
    pages_of: dict[int, set[int]] = {}
    for p, lines in edge.items():
        for ln in lines:
            bare = _SPACES.sub("", ln.text)
            if bare.isdigit() and len(bare) <= 4:
                pages_of.setdefault(int(bare) - p, set()).add(p)
    return frozenset(k for k, ps in pages_of.items() if len(ps) >= 2)


# --------------------------------------------------------------------------- data


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    top: float
    x1: float
    bottom: float
    line: int      # pdfium's line number on the page (its \r\n breaks)
    space: bool    # pdfium put a space before this character


@dataclass(slots=True)
class _Line:
    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class _RawTable:
    """Cells as boxes ``(x0, top, x1, bottom, text)``; merged across pages by shifting y."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    cells: list = field(default_factory=list)
    last_page: int = -1
    segments: list = field(default_factory=list)  # (page, x0, top, x1, bottom) per page


@dataclass(slots=True)
class _Page:
    width: float
    height: float
    chars: list
    has_paths: bool
    text: str
    edges: list | None = None   # table rules from pdfium's path objects; None: ask pdfplumber


# --------------------------------------------------------------------------- entry


def read(data: bytes) -> Document:
    """Read a PDF into a Document (format "pdf"): paragraphs and statistics tables."""
    try:
        return _read(bytes(data))
    except PipelineError:
        raise
    except RecursionError:
        raise ReadError("PDF structure is nested too deeply to parse") from None
    except MemoryError:
        raise TooComplex("PDF needs too much memory to parse") from None
    except Exception as e:  # pdfium / pdfminer internals: never let them escape
        raise ReadError(f"PDF could not be read: {_one_line(e)}") from e


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split())[:200]
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def _read(data: bytes) -> Document:
    import pypdfium2 as pdfium

    if not data.lstrip()[:1024].count(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise ReadError("not a PDF (no %PDF- header)")
    pages = _pdfium_pages(data, pdfium)
    warnings: list[str] = []
    n_chars = sum(len(p.chars) for p in pages)
    if n_chars < _MIN_CHARS_PER_PAGE * len(pages):
        raise NoTextLayer(f"PDF has no text layer ({n_chars} characters on {len(pages)} pages)")

    tables = _find_tables(data, pages, warnings)
    lines = []
    for i, page in enumerate(pages):
        boxes = _page_boxes(tables, i)
        chars = [c for c in page.chars if not _in_any(c, boxes)] if boxes else page.chars
        lines.extend(_lines(chars, i))
    lines, furniture = _drop_furniture(lines, pages, warnings)
    # (a table's parts on two pages are one table when only the pages' headers and footers
    # stand between them: a browser prints the page's address and title there)
    tables = _merge_continued(tables, pages, furniture)
    blocks = _assemble(lines, tables, pages)
    if not blocks:
        raise NoTextLayer("PDF has no readable text")
    _refuse_unmapped_text(lines)
    return Document(blocks=blocks, format="pdf", meta={}, encoding=None, warnings=warnings)


def _refuse_unmapped_text(lines: list[_Line]) -> None:
    """Raise `NoTextLayer` when most of the text of `lines` is in fonts without a Unicode mapping
    (each glyph's number read as a character: 'пȽ ᭬ࡦૂ༻⨽᭵ᓒؗ'): a report whose text cannot be
    read, not a document that is no report. (A few such runs are dropped by the cleaning.)"""
    text = "\n".join(ln.text for ln in lines)
    if not FOREIGN.search(text):
        return
    garbled = sum(end - start for start, end in unmapped_runs(text))
    if garbled > 0.5 * len("".join(text.split())):
        raise NoTextLayer(f"PDF text is in fonts without a Unicode mapping ({garbled} of {len(text)} characters garbled): "
                          "its text layer cannot be read (OCR is out of scope)")


# --------------------------------------------------------------------------- pdfium


def _pdfium_pages(data: bytes, pdfium) -> list[_Page]:
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise Encrypted("PDF is password-protected") from None
        if code == raw.FPDF_ERR_SECURITY:
            raise Encrypted("PDF uses an unsupported security handler") from None
        raise ReadError(f"PDF could not be opened: {_one_line(e)}") from None
    try:
        n = len(pdf)
        if n == 0:
            raise ReadError("PDF has no pages")
        if n > _MAX_PAGES:
            raise TooComplex(f"PDF has {n} pages (limit {_MAX_PAGES})")
        import ctypes

        rect = tuple(ctypes.c_double() for _ in range(4))
        pages = []
        for i in range(n):
            page = pdf[i]
            try:
                pages.append(_read_page(page, raw, rect))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def _read_page(page, raw, rect) -> _Page:
    width, height = page.get_size()
    try:
        mb = page.get_mediabox()
        ox, oy, top_y = mb[0], mb[1], mb[3]
    except Exception:
        ox, oy, top_y = 0.0, 0.0, height
    tp = page.get_textpage()
    try:
        n = raw.FPDFText_CountChars(tp)
        chars = []
        parts = []
        line, space, after_cr = 0, False, False
        left, right, bottom, top = rect
        get_box = raw.FPDFText_GetCharBox
        for k in range(n):
            u = raw.FPDFText_GetUnicode(tp, k)
            if u == 0:
                continue
            ch = chr(u) if u < 0xD800 or u > 0xDFFF else "\ufffd"
            parts.append(ch)
            if ch == "\r" or ch == "\n" and not after_cr:
                line += 1
                space = False
                after_cr = ch == "\r"
                continue
            after_cr = False
            if ch.isspace() or raw.FPDFText_IsGenerated(tp, k):
                space = True
                continue
            get_box(tp, k, left, right, bottom, top)
            chars.append(_Char(ch, left.value - ox, top_y - top.value, right.value - ox, top_y - bottom.value, line, space))
            space = False
    finally:
        tp.close()
    has_paths = False
    edges = None
    hint = _TABLE_HINTS.search("".join(parts))
    if hint:
        has_paths = _has_paths(page, raw)
        if has_paths:
            try:
                edges = _pdfium_edges(page, raw, ox, top_y)
            except Exception:
                edges = None
    return _Page(width, height, chars, has_paths, "".join(parts) if hint else "", edges)


def _has_paths(page, raw, need: int = 4) -> bool:
    count = 0
    try:
        for obj in page.get_objects(max_depth=3):
            if obj.type == raw.FPDF_PAGEOBJ_PATH:
                count += 1
                if count >= need:
                    return True
    except Exception:
        return True  # let pdfplumber decide
    return False


def _pdfium_edges(page, raw, ox: float, top_y: float) -> list[dict] | None:
    """Visible horizontal/vertical rules of the page's path objects, as pdfplumber edges.

    Stroked paths give their straight segments; filled, unstroked paths count only when
    thin (a rule drawn as a filled box); white or transparent paint is invisible.
    Returns None when the page has what this does not handle (form XObjects, curves),
    so that pdfplumber reads the page itself.
    """
    import ctypes

    m = raw.FS_MATRIX()
    fx, fy = ctypes.c_float(), ctypes.c_float()
    fill_mode, stroke = ctypes.c_int(), raw.FPDF_BOOL()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    edges: list[dict] = []

    def visible(getter, h) -> bool:
        if not getter(h, r, g, b, a):
            return True
        return a.value > 0 and not (r.value >= 242 and g.value >= 242 and b.value >= 242)

    def add(x0, t, x1, bt):
        if abs(x1 - x0) < 0.8 and bt - t > 1:
            x = (x0 + x1) / 2
            edges.append({"object_type": "line", "orientation": "v", "x0": x, "x1": x, "top": t, "bottom": bt,
                          "width": 0, "height": bt - t, "doctop": t})
        elif abs(bt - t) < 0.8 and x1 - x0 > 1:
            y = (t + bt) / 2
            edges.append({"object_type": "line", "orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y,
                          "width": x1 - x0, "height": 0, "doctop": y})

    for obj in page.get_objects(max_depth=1):
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            return None
        if obj.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        h = obj.raw
        if not raw.FPDFPath_GetDrawMode(h, fill_mode, stroke):
            return None
        stroked = bool(stroke.value) and visible(raw.FPDFPageObj_GetStrokeColor, h)
        filled = fill_mode.value != 0 and visible(raw.FPDFPageObj_GetFillColor, h)
        if not (stroked or filled):
            continue
        if not raw.FPDFPageObj_GetMatrix(h, m):
            return None
        subpaths: list[list[tuple[float, float]]] = []
        for k in range(raw.FPDFPath_CountSegments(h)):
            seg = raw.FPDFPath_GetPathSegment(h, k)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind not in (raw.FPDF_SEGMENT_LINETO, raw.FPDF_SEGMENT_MOVETO):
                return None
            raw.FPDFPathSegment_GetPoint(seg, fx, fy)
            x = m.a * fx.value + m.c * fy.value + m.e - ox
            y = top_y - (m.b * fx.value + m.d * fy.value + m.f)
            if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([])
            subpaths[-1].append((x, y))
            if raw.FPDFPathSegment_GetClose(seg):
                subpaths[-1].append(subpaths[-1][0])
        for pts in subpaths:
            if len(pts) < 2:
                continue
            if stroked:
                for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
                    add(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))
            else:  # filled only: a thin box is a rule, anything else is shading
                x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
                t, bt = min(p[1] for p in pts), max(p[1] for p in pts)
                if min(x1 - x0, bt - t) <= 3:
                    if x1 - x0 <= bt - t:
                        add((x0 + x1) / 2, t, (x0 + x1) / 2, bt)
                    else:
                        add(x0, (t + bt) / 2, x1, (t + bt) / 2)
    return edges


class _EdgePage:
    """The little of a pdfplumber page its "lines" table finder needs."""

    def __init__(self, edges: list[dict], width: float, height: float):
        self.edges = edges
        self.bbox = (0, 0, width, height)
        self.width, self.height = width, height
        self.initial_doctop = 0


def _lines(chars: list[_Char], page: int) -> list[_Line]:
    """Group characters into lines at pdfium's line breaks (and at jumps in height)."""
    out: list[_Line] = []
    cur: list[_Char] = []

    def flush():
        if cur:
            if any(b.x0 < a.x0 - (a.x1 - a.x0) / 2 for a, b in zip(cur, cur[1:])):
                # drawn out of order (LibreOffice draws a fallback font's glyphs after the line's others:
                # '二〇一八' as 二, 一, 〇, 八): the line as it stands on the page, a space where a gap is
                cur.sort(key=lambda c: c.x0)
                em = max(c.bottom - c.top for c in cur)
                text = "".join((" " + c.ch) if k and c.x0 - cur[k - 1].x1 > em / 4 else c.ch for k, c in enumerate(cur))
            else:
                text = "".join((" " + c.ch) if c.space and k else c.ch for k, c in enumerate(cur))
            out.append(_Line(page, text, min(c.x0 for c in cur), min(c.top for c in cur),
                             max(c.x1 for c in cur), max(c.bottom for c in cur)))
            cur.clear()

    lo = hi = mid = em = 0.0
    for c in chars:
        if cur:
            if c.line != cur[-1].line and not _runs_on(cur[-1], c, lo, hi, em):
                flush()
            elif c.top > max(hi, mid + 0.6 * em) + 1 or c.bottom < min(lo, mid - 0.6 * em) - 1:
                # pdfium joined text at another height into the line: split it off
                flush()
        if not cur:
            lo, hi, mid, em = c.top, c.bottom, (c.top + c.bottom) / 2, 0.0
        else:
            lo, hi = min(lo, c.top), max(hi, c.bottom)
        em = max(em, c.x1 - c.x0, c.bottom - c.top)
        cur.append(c)
    flush()
    return out


def _runs_on(last: _Char, c: _Char, lo: float, hi: float, em: float) -> bool:
    """Does `c`, where pdfium starts a new line, go on with the line `last` ends (spanning `lo`–`hi`,
    its characters up to `em` big)? pdfium breaks a line where a small glyph, a punctuation mark of
    another font, sits higher or lower than the text around it ('例外”' / '，充分'): the line goes
    on where the next character stands right after the last, at its height, the smaller of the
    two a punctuation mark. (Not the characters of the cells side by side in a table's row.)"""
    small = last if last.bottom - last.top < c.bottom - c.top else c
    return (0 <= c.x0 - last.x1 < em / 2 and c.top < hi and c.bottom > lo
            and small.bottom - small.top < 0.6 * em and _is_wide_punct(small.ch))


# --------------------------------------------------------------------------- text rules


def _is_wide(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
        or 0x2010 <= o <= 0x206F or 0x20000 <= o <= 0x3FFFF or 0xFE30 <= o <= 0xFE4F
    )


def _is_wide_punct(ch: str) -> bool:
    o = ord(ch)
    return (0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF0F or 0xFF1A <= o <= 0xFF20
            or 0xFF3B <= o <= 0xFF40 or 0xFF5B <= o <= 0xFF65 or 0x2010 <= o <= 0x206F or 0xFE30 <= o <= 0xFE4F)


#: punctuation a line may not open with (a line breaks before the character ahead of it) …
_NO_BREAK_BEFORE = frozenset("，。、；：！？）》」』】〕〉”’…—～%,.;:!?)]}")
#: … and punctuation a line may not end with; a browser also keeps ambiguous quotation marks
#: with both neighbours (UAX #14, LB19)
_NO_BREAK_AFTER = frozenset("（《「『【〔〈“‘([{")
_QUOTES = frozenset("“”‘’")


def _first_unit_width(text: str, cw: float) -> float:
    """The width of what opens `text` up to its first place a line may break, in ems of
    `cw` (a Latin letter or digit half one): when a line above ends with less room than
    that, it ended because this did not fit, not because its paragraph did. (A browser
    sets text ragged right, so how far a line falls short of the margin says little.)"""
    i = 1
    while i < len(text):
        a, b = text[i - 1], text[i]
        if not (b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER or a in _QUOTES or b in _QUOTES
                or b.isascii() and not b.isspace() and (a.isascii() and not a.isspace() or a in _NO_BREAK_BEFORE)
                or a.isdigit() and (_is_wide(b) or b == " ") or a == " " and text[i - 2:i - 1].isdigit() and _is_wide(b)):
            # (a Latin word, a number, an address or a phone number is not broken, nor parted from
            # the bracket closing before it: '（0762）6231185', nor a number from the measure word after it, the blank
            # there a word processor's spacing: '19048 条,')
            break
        i += 1
    return sum(cw if _is_wide(c) else 0.5 * cw for c in text[:i])


def _drop_space(a: str, b: str) -> bool:
    """Whether a space between characters `a` and `b` is a layout artefact: Chinese text
    sets Latin letters and digits apart by spacing, not by a space character."""
    if _is_wide_punct(a) or _is_wide_punct(b):
        return True
    wa, wb = _is_wide(a), _is_wide(b)
    return (wa and (wb or _set_apart(b))) or (wb and _set_apart(a))


def _set_apart(ch: str) -> bool:
    return ch.isdigit() or (ch.isascii() and ch.isalpha())


def _clean(text: str) -> str:
    """Collapse whitespace; drop it between CJK characters and between CJK and Latin letters or digits."""
    text = _SPACES.sub(" ", text).strip()
    if " " not in text:
        return text
    out = []
    for k, ch in enumerate(text):
        if ch == " " and 0 < k < len(text) - 1 and _drop_space(text[k - 1], text[k + 1]):
            continue
        out.append(ch)
    return "".join(out)


def _join(a: str, b: str) -> str:
    """Join a wrapped line `b` onto `a`: a space only between Latin words/numbers."""
    if not a:
        return b
    if not b:
        return a
    x, y = a[-1], b[0]
    if x.isascii() and x.isalnum() and y.isascii() and y.isalnum():
        return a + " " + b
    if x in ",;:" and y.isascii() and y.isalpha():
        return a + " " + b
    return a + b


# --------------------------------------------------------------------------- furniture


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", _SPACES.sub("", text))


def _drop_furniture(lines: list[_Line], pages: list[_Page], warnings: list[str]) -> tuple[list[_Line], list[_Line]]:
    """(the lines but the pages' headers, footers and page numbers; those dropped)."""
    by_page: dict[int, list[_Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    drop: set[int] = set()
    edge: dict[int, list[_Line]] = {}
    for p, pls in by_page.items():
        h = pages[p].height
        ordered = sorted(pls, key=lambda l: l.top)
        cands = ordered[:2] + ordered[-2:]
        edge[p] = [l for l in dict.fromkeys(map(id, cands)) and cands if l.top < 0.15 * h or l.bottom > 0.85 * h]
    offsets = _shared_page_offsets(edge) if len(by_page) >= 2 else None  # (how a document of pages numbers them)
    for p in by_page:
        for ln in edge[p]:
            if _PAGE_NO.match(bare := _SPACES.sub("", ln.text)) and not _not_this_pages_number(bare, p, offsets):
                drop.add(id(ln))
    if len(by_page) >= 3:
        counts: dict[str, set[int]] = {}
        for p, cands in edge.items():
            for ln in cands:
                if id(ln) not in drop:
                    counts.setdefault(_furniture_key(ln.text), set()).add(p)
        need = max(3, int(0.6 * len(by_page) + 0.5))
        repeated = {k for k, ps in counts.items() if len(ps) >= need and k.strip("|｜")}  # (not a flattened table's pipe)
        if repeated:
            for p, cands in edge.items():
                for ln in cands:
                    if _furniture_key(ln.text) in repeated and not _not_this_pages_number(_SPACES.sub("", ln.text), p, offsets):
                        drop.add(id(ln))
            warnings.append(f"dropped repeated header/footer lines: {sorted(repeated)[:3]}")
    return [ln for ln in lines if id(ln) not in drop], [ln for ln in lines if id(ln) in drop]


# --------------------------------------------------------------------------- paragraphs


def _mode(values: list[float], step: float = 2.0) -> float:
    buckets: dict[int, int] = {}
    for v in values:
        buckets[round(v / step)] = buckets.get(round(v / step), 0) + 1
    best = max(buckets.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return best * step


def _assemble(lines: list[_Line], tables: list[_RawTable], pages: list[_Page]) -> list:
    """Order lines and tables by page and position, then build paragraphs."""
    items: list[tuple[int, float, int, object]] = []
    for k, ln in enumerate(lines):
        items.append((ln.page, ln.top, k, ln))
    for k, t in enumerate(tables):
        items.append((t.page, t.top, -1_000_000 + k, t))
    items.sort(key=lambda it: (it[0], it[1], it[2]))

    if lines:
        heights = [ln.height for ln in lines if ln.height > 0]
        body_h = statistics.median(heights) if heights else 12.0
        left = _mode([ln.x0 for ln in lines])
        long = [ln.x1 for ln in lines if ln.x1 - ln.x0 > 0.5 * (max(l.x1 for l in lines) - left)]
        right = _mode(long) if long else max(ln.x1 for ln in lines)
    else:
        body_h, left, right = 12.0, 0.0, 0.0
    cw = body_h  # CJK characters are square: one em wide
    centre = (left + right) / 2

    blocks: list = []
    buf: list[_Line] = []

    def flush():
        if buf:
            text = ""
            for ln in buf:
                text = _join(text, _clean(ln.text))
            text = _clean(text)
            if text:
                blocks.append(Paragraph(text))
            buf.clear()

    def is_centred(ln: _Line) -> bool:
        return ln.x0 > left + 2 * cw and abs((ln.x0 + ln.x1) / 2 - centre) < 1.5 * cw

    for _, _, _, it in items:
        if isinstance(it, _RawTable):
            flush()
            table = _grid(it)
            if table is not None:
                blocks.append(table)
            continue
        ln = it
        if buf:
            prev = buf[-1]
            same_page = prev.page == ln.page
            gap = ln.top - prev.bottom if same_page else 0.0
            title_pair = (
                is_centred(prev) and is_centred(ln) and prev.height > 1.15 * body_h
                and abs(prev.height - ln.height) < 0.15 * prev.height and gap < 1.5 * prev.height
            )
            new = not title_pair and (
                ln.x0 > left + 1.2 * cw
                or bool(_ENUM.match(ln.text))
                or bool(_FIELD_OPENING.match(ln.text))
                or right - prev.x1 > 1.5 * cw and right - prev.x1 > _first_unit_width(ln.text, cw)
                # a line set far right (a signature's date) is a line of its own, though it
                # reaches the right margin: the next line at the left margin starts anew
                or prev.x0 > left + 4 * cw and ln.x0 < left + 1.2 * cw
                or gap > 1.6 * max(prev.height, ln.height)
                or abs(ln.height - prev.height) > 0.3 * max(prev.height, ln.height)
                or (not same_page and ln.page != prev.page + 1)
                or ln.top < prev.top - 1 and same_page
            )
            if new:
                flush()
        buf.append(ln)
    flush()
    return blocks


# --------------------------------------------------------------------------- tables


_WHITE = 0.95


def _is_white(color) -> bool:
    if color is None or isinstance(color, str):
        return False
    try:
        vals = [float(v) for v in (color if isinstance(color, (list, tuple)) else [color])]
    except (TypeError, ValueError):
        return False
    if len(vals) == 1:
        return vals[0] >= _WHITE
    if len(vals) == 3:
        return all(v >= _WHITE for v in vals)
    if len(vals) == 4:
        return all(v <= 1 - _WHITE for v in vals)
    return False


def _visible_edge(obj) -> bool:
    """Keep characters and visible rules; drop shading and white text-background boxes."""
    t = obj.get("object_type")
    if t == "rect":
        w = obj["x1"] - obj["x0"]
        h = obj["bottom"] - obj["top"]
        if obj.get("stroke") and not _is_white(obj.get("stroking_color")):
            return True
        return bool(obj.get("fill")) and min(w, h) <= 3 and not _is_white(obj.get("non_stroking_color"))
    if t in ("line", "curve"):
        if obj.get("stroke", True) and not _is_white(obj.get("stroking_color")):
            return True
        return bool(obj.get("fill")) and not _is_white(obj.get("non_stroking_color"))
    return t == "char"


def _quiet_pdfminer() -> None:
    """pdfminer, under pdfplumber, logs a warning for each font whose descriptor it cannot
    parse (Chromium's prints: 'Could not get FontBBox…', dozens a page), and Python prints
    those on stderr over a batch's progress. They say nothing of the text, which pdfium
    reads; only pdfminer's errors are let through."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _find_tables(data: bytes, pages: list[_Page], warnings: list[str]) -> list[_RawTable]:
    wanted = [i for i, p in enumerate(pages) if p.has_paths and len(p.chars) <= _MAX_CHARS_FOR_TABLES]
    if not wanted:
        return []
    if len(wanted) > _MAX_TABLE_PAGES:
        warnings.append(f"tables read on the first {_MAX_TABLE_PAGES} of {len(wanted)} candidate pages")
        wanted = wanted[:_MAX_TABLE_PAGES]
    try:
        from pdfplumber.table import TableFinder
    except ImportError:  # pragma: no cover - dependency missing
        warnings.append("pdfplumber not installed: tables not read")
        return []

    found: list[_RawTable] = []
    todo = list(wanted)
    done: set[int] = set()
    plumber = None
    try:
        while todo:
            i = todo.pop(0)
            if i in done or i >= len(pages):
                continue
            done.add(i)
            try:
                if pages[i].edges is not None:
                    page = _EdgePage(pages[i].edges, pages[i].width, pages[i].height)
                else:  # pdfplumber parses the page itself (form XObjects, curves)
                    if plumber is None:
                        import pdfplumber

                        _quiet_pdfminer()
                        plumber = pdfplumber.open(io.BytesIO(data))
                    page = plumber.pages[i].filter(_visible_edge)
                closing = _closing_lines(page)
                settings = {"explicit_horizontal_lines": closing} if closing else {}
                tables = TableFinder(page, settings).tables
            except RecursionError:
                warnings.append(f"tables on page {i + 1} not read: nested too deeply")
                continue
            except Exception as e:
                warnings.append(f"tables on page {i + 1} not read: {_one_line(e)}")
                continue
            open_bottoms = _open_bottoms(page, closing)
            for t in tables:
                raw = _raw_table(t, i, pages[i], open_bottoms)
                if raw is None:
                    continue
                found.append(raw)
                # a table reaching the bottom of the page may continue on the next one
                if raw.bottom > 0.8 * pages[i].height and i + 1 < len(pages) and i + 1 not in done:
                    nxt = pages[i + 1]
                    if i + 1 not in todo and len(nxt.chars) <= _MAX_CHARS_FOR_TABLES:
                        if nxt.edges is None and not nxt.has_paths:
                            _fill_edges(data, nxt, i + 1)
                        todo.insert(0, i + 1)
    finally:
        if plumber is not None:
            plumber.close()
    found.sort(key=lambda t: (t.page, t.top))
    return found


def _fill_edges(data: bytes, page: _Page, index: int) -> None:
    """Read the rules of a page that had no table hint (a table continuing onto it)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(data)
    try:
        p = pdf[index]
        try:
            mb = p.get_mediabox()
            page.edges = _pdfium_edges(p, raw, mb[0], mb[3])
            page.has_paths = True
        finally:
            p.close()
    finally:
        pdf.close()


def _closing_lines(page) -> list[dict]:
    """Horizontal rules where a table's verticals end but no border is drawn.

    WPS leaves out the bottom border of a table that continues on the next page (and
    the top border of the continuation); pdfplumber would drop that last row.
    """
    edges = page.edges
    vert = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 5]
    horiz = _horizontal_rules(edges)
    extra: list[dict] = []
    for key in ("top", "bottom"):
        ends = sorted(vert, key=lambda e: e[key])
        groups: list[list[dict]] = []
        for e in ends:
            if groups and e[key] - groups[-1][-1][key] <= 2:
                groups[-1].append(e)
            else:
                groups.append([e])
        for g in groups:
            if len(g) < 2:
                continue
            y = statistics.median(e[key] for e in g)
            xa, xb = min(e["x0"] for e in g), max(e["x0"] for e in g)
            if xb - xa < 20:
                continue
            if any(abs(h["top"] - y) <= 3 and h["x0"] <= xa + 3 and h["x1"] >= xb - 3 for h in horiz):
                continue
            extra.append({
                "object_type": "line", "x0": xa, "x1": xb, "top": y, "bottom": y,
                "width": xb - xa, "height": 0, "y0": page.height - y, "y1": page.height - y,
                "doctop": page.initial_doctop + y,
            })
    return extra


def _horizontal_rules(edges: list[dict]) -> list[dict]:
    """The horizontal rules among a page's `edges` (not the dots a dashed or dotted line is made of)."""
    return [e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] > 5]


def _open_bottoms(page, closing: list[dict]) -> list[float]:
    """Where the `closing` lines close tables that no rules close either, near them: most of the
    line's span left open (wkhtmltopdf draws each cell's border on its own, a little off the ends of
    the verticals, where the closing lines then stand in for what is there)."""
    rules = _horizontal_rules(page.edges)
    out = []
    for line in closing:
        near = [(max(e["x0"], line["x0"]), min(e["x1"], line["x1"])) for e in rules if abs(e["top"] - line["top"]) <= 12]
        covered = sum(b - a for a, b in _merged_spans(near) if b > a)
        if covered < 0.9 * (line["x1"] - line["x0"]):
            out.append(line["top"])
    return out


def _merged_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """`spans` (a, b) merged where they overlap."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _raw_table(t, page_no: int, page: _Page, open_bottoms: list[float]) -> _RawTable | None:
    """The table pdfplumber found as `t` on `page`, its cells' text read (`open_bottoms`: where the
    page's tables end without a rule, cut by the page's end)."""
    # (the page's part of cells drawn past its edge: wkhtmltopdf draws a row cut by the page's end on both pages)
    boxes = [(b[0], max(b[1], 0.0), b[2], min(b[3], page.height)) for b in t.cells]
    boxes = [b for b in boxes if b[3] - b[1] > 1]
    if not boxes:
        return None
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    if len(xs) < 3:  # one column: a bordered text frame, not a table
        return None
    x0, top, x1, bottom = t.bbox
    top, bottom = max(top, 0.0), min(bottom, page.height)
    if bottom > 0.8 * page.height and any(abs(y - bottom) <= 3 for y in open_bottoms):  # (cut by the page's end)
        overflow = _overflow_end(page, x0, x1, bottom)
        boxes = [b if abs(b[3] - bottom) > 3 else (b[0], b[1], b[2], overflow) for b in boxes]
        bottom = overflow
    raw = _RawTable(page_no, x0, top, x1, bottom, [], page_no)
    raw.segments = [(page_no, x0, top, x1, bottom)]
    ys = _without_slivers(_cluster([b[1] for b in boxes] + [b[3] for b in boxes]), page.chars, xs)
    # fill holes (positions no cell box covers) with boxes of their own
    covered = set()
    for b in boxes:
        c0, c1 = _index(xs, b[0]), _index(xs, b[2])
        r0, r1 = _index(ys, b[1]), _index(ys, b[3])
        for r in range(r0, r1):
            for c in range(c0, c1):
                covered.add((r, c))
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            if (r, c) not in covered:
                boxes.append((xs[c], ys[r], xs[c + 1], ys[r + 1]))
    import bisect

    buckets: dict[tuple[int, int], list[tuple[int, _Char]]] = {}
    for n, c in enumerate(page.chars):
        mx, my = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        if xs[0] <= mx < xs[-1] and ys[0] <= my < ys[-1]:
            key = (bisect.bisect_right(ys, my) - 1, bisect.bisect_right(xs, mx) - 1)
            buckets.setdefault(key, []).append((n, c))
    for b in boxes:
        c0, c1 = _index(xs, b[0]), _index(xs, b[2])
        r0, r1 = _index(ys, b[1]), _index(ys, b[3])
        mine = sorted(nc for r in range(r0, r1) for k in range(c0, c1) for nc in buckets.get((r, k), ()))
        raw.cells.append((b[0], ys[r0], b[2], ys[r1], _cell_text([c for _, c in mine])))
    return raw


def _without_slivers(ys: list[float], chars: list[_Char], xs: list[float]) -> list[float]:
    """The row boundaries `ys` of a table spanning columns `xs`, less the one closing a sliver: a
    band inside the table thinner than its text's lines that no character stands in. (wkhtmltopdf
    draws a cell's border a few points off its row's: '（六）其他处理' ends 5.7 pt below the
    numbers beside it, which would make a row of its own of the cells spanning it.)"""
    mine = [c for c in chars if xs[0] <= (c.x0 + c.x1) / 2 < xs[-1] and ys[0] <= (c.top + c.bottom) / 2 < ys[-1]]
    if len(ys) < 4 or not mine:
        return ys
    em = max(c.bottom - c.top for c in mine)  # (a Chinese character's height: a digit is shorter)
    out = [ys[0]]
    for k in range(1, len(ys) - 1):
        a, b = out[-1], ys[k]
        if b - a < 0.75 * em and k > 1 and not any(a <= (c.top + c.bottom) / 2 < b for c in mine):
            continue  # (the band runs on to the next boundary)
        out.append(b)
    out.append(ys[-1])
    return out


def _overflow_end(page: _Page, x0: float, x1: float, bottom: float) -> float:
    """Where the text of a table's last row that a browser let run on below the page's cut of the
    row ends (`bottom` when none does): Chromium cuts a row spanning two at the page's end but
    prints its cells' text whole, '结果维' in the cell and '持' under it. The text runs on from
    the cut without a line's gap, under the table, and ends the page's body."""
    end = bottom
    for c in sorted((c for c in page.chars if x0 <= (c.x0 + c.x1) / 2 < x1 and c.top >= bottom - 1), key=lambda c: c.top):
        if c.top - end > 0.5 * (c.bottom - c.top):
            break
        end = max(end, c.bottom + 1)
    # (the row's text ends the page's body: only the page's footer may follow it; else the table ended there, and
    # what follows it closely is a heading)
    if any(end < c.top < 0.92 * page.height for c in page.chars):
        return bottom
    return end


def _cluster(values: list[float], tol: float = 2.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(bounds: list[float], v: float) -> int:
    """Index of the (sorted) boundary nearest to `v`."""
    import bisect

    k = bisect.bisect_left(bounds, v)
    if k <= 0:
        return 0
    if k >= len(bounds):
        return len(bounds) - 1
    return k if bounds[k] - v < v - bounds[k - 1] else k - 1


def _cell_text(mine: list[_Char]) -> str:
    """The text of a cell's characters (in stream order), wrapped lines joined."""
    if not mine:
        return ""
    text = ""
    for ln in _lines(mine, 0):
        text = _join(text, _clean(ln.text))
    return _clean(text)


def _merge_continued(tables: list[_RawTable], pages: list[_Page], furniture: list[_Line]) -> list[_RawTable]:
    """Merge a table ending page n with a table starting page n+1 when their edges line up
    and nothing but the pages' `furniture` (header and footer lines) stands between them."""
    bands: dict[int, list[tuple[float, float]]] = {}
    for ln in furniture:
        bands.setdefault(ln.page, []).append((ln.top - 1, ln.bottom + 1))
    out: list[_RawTable] = []
    for t in tables:
        prev = out[-1] if out else None
        if (
            prev is not None
            and t.page == prev.last_page + 1
            and abs(t.x0 - prev.x0) <= 3 and abs(t.x1 - prev.x1) <= 3
            and _last_on_page(prev, pages, bands) and _first_on_page(t, pages, bands)
        ):
            segment = (t.page, t.x0, t.top, t.x1, t.bottom)  # the header it repeats included
            _drop_repeated_header(prev, t)
            shift = prev.bottom - t.top  # stack the continuation right below
            _join_split_cells(prev, t, shift)
            prev.segments.append(segment)
            prev.bottom = t.bottom + shift
            prev.last_page = t.page
            continue
        out.append(t)
    return out


_NUMERIC = re.compile(r"^[-+]?[\d,.，]+%?$")


def _header_band(t: _RawTable) -> tuple[list, float]:
    """(the cells of `t`'s first row, with the cells row-spanning beside them; where it ends)."""
    first = [c for c in t.cells if abs(c[1] - t.top) <= 3]
    bottom = max((c[3] for c in first), default=t.top)
    return [c for c in t.cells if c[1] < bottom - 1], bottom


def _drop_repeated_header(prev: _RawTable, t: _RawTable) -> None:
    """Drop the header rows a continued table repeats at the top of its next page (Word's
    'repeat as header row'), so that they do not come back as rows of data."""
    def shape(band: list, top: float) -> list:
        return sorted((round(c[0]), round(c[1] - top), round(c[2]), c[4]) for c in band)

    head, _ = _header_band(prev)
    again, bottom = _header_band(t)
    if again and any(c[4] and not _NUMERIC.match(c[4]) for c in again) and shape(again, t.top) == shape(head, prev.top):
        t.cells = [c for c in t.cells if c not in again]
        t.top = bottom


def _join_split_cells(prev: _RawTable, t: _RawTable, shift: float) -> None:
    """Append `t`'s cells below `prev`'s, joining label cells the page break cut in two.

    A label cell touching the bottom of `prev` continues into the cell right below it
    when that cell is empty (a row-spanning label) or holds the rest of the label
    (`（四）无` + `法提供`: the first part starts with an enumerator, the second does not).
    """
    ends = {}
    for k, c in enumerate(prev.cells):
        if abs(c[3] - prev.bottom) <= 3 and c[4] and not _NUMERIC.match(c[4]):
            ends[(round(c[0]), round(c[2]))] = k
    last_row = [c for c in prev.cells if abs(c[3] - prev.bottom) <= 3]
    first_row = [c for c in t.cells if abs(c[1] - t.top) <= 3]
    for c in t.cells:
        moved = (c[0], c[1] + shift, c[2], c[3] + shift, c[4])
        if abs(c[1] - t.top) <= 3:
            k = next((k for (a, b), k in ends.items() if abs(a - c[0]) <= 3 and abs(b - c[2]) <= 3), None)
            if k is not None:
                above = prev.cells[k]
                rest = c[4]
                # (two rows of one line each, each with its own values beside its label, are not one row cut
                # in two: '3.否决公开答复数 条 0 0' over '行政复议数 条 0 0'; a label spanning rows is)
                whole = (_one_row(above, last_row) and _one_row(c, first_row)
                         and any(x[4] for x in last_row if x is not above) and any(x[4] for x in first_row if x is not c))
                if not rest or (_ENUM.match(above[4]) and not _ENUM.match(rest) and not _NUMERIC.match(rest) and not whole):
                    prev.cells[k] = (above[0], above[1], above[2], moved[3], _clean(_join(above[4], rest)))
                    continue
        prev.cells.append(moved)


def _one_row(cell: tuple, row: list[tuple]) -> bool:
    """Does `cell` span just its `row` (the cells beside it start and end where it does)?"""
    return all(abs(x[1] - cell[1]) <= 3 and abs(x[3] - cell[3]) <= 3 for x in row)


def _seg_on(t: _RawTable, page: int):
    for seg in t.segments:
        if seg[0] == page:
            return seg
    return None


def _last_on_page(t: _RawTable, pages: list[_Page], bands: dict[int, list[tuple[float, float]]]) -> bool:
    """Does nothing but a footer follow `t` on its last page (`bands`: the furniture lines' spans, by page)?"""
    seg = _seg_on(t, t.last_page)
    p = t.last_page
    below = [c for c in pages[p].chars if c.top > seg[4] + 1 and not _in_band(c, bands.get(p, ()))]
    return not _has_body_text(below, pages[p], after=True)


def _first_on_page(t: _RawTable, pages: list[_Page], bands: dict[int, list[tuple[float, float]]]) -> bool:
    """Does nothing but a header stand above `t` on its page (`bands` as for `_last_on_page`)?"""
    p = t.page
    above = [c for c in pages[p].chars if c.bottom < t.top - 1 and not _in_band(c, bands.get(p, ()))]
    return not _has_body_text(above, pages[p], after=False)


def _in_band(c: _Char, bands) -> bool:
    return any(top <= c.top and c.bottom <= bottom for top, bottom in bands)


def _has_body_text(chars: list[_Char], page: _Page, after: bool) -> bool:
    """Whether characters outside a table are real text, not a page number or header."""
    if not chars:
        return False
    text = _SPACES.sub("", "".join(c.ch for c in chars))
    if _PAGE_NO.match(text):
        return False
    if _ENUM.match(text):
        return True  # a numbered heading (a table's section starting at the foot of the page)
    # only a short line inside the page margin (header/footer): not body text
    if after:
        return not (min(c.top for c in chars) > 0.88 * page.height and len(text) < 40)
    return not (max(c.bottom for c in chars) < 0.12 * page.height and len(text) < 40)


def _page_boxes(tables: list[_RawTable], page: int) -> list[tuple[float, float, float, float]]:
    out = []
    for t in tables:
        for seg in t.segments:
            if seg[0] == page:
                out.append(seg[1:])
    return out


def _in_any(c: _Char, boxes) -> bool:
    mx, my = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
    return any(b[0] - 1 <= mx <= b[2] + 1 and b[1] - 1 <= my <= b[3] + 1 for b in boxes)


def _grid(t: _RawTable) -> Table | None:
    cells = t.cells
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    placed = []
    taken: set[tuple[int, int]] = set()
    for c in sorted(cells, key=lambda c: (c[1], c[0])):
        c0, c1 = _index(xs, c[0]), _index(xs, c[2])
        r0, r1 = _index(ys, c[1]), _index(ys, c[3])
        if c1 <= c0 or r1 <= r0:
            continue
        pos = {(r, k) for r in range(r0, r1) for k in range(c0, c1)}
        if pos & taken:
            continue
        taken |= pos
        placed.append([r0, r1, c0, c1, c[4]])
    if not placed:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    for r in range(n_rows):
        for k in range(n_cols):
            if (r, k) not in taken:
                placed.append([r, r + 1, k, k + 1, ""])
    # drop rows holding nothing but empty one-row cells
    empty = []
    for r in range(n_rows):
        over = [p for p in placed if p[0] <= r < p[1]]
        if over and all(p[0] == r and p[1] == r + 1 and not p[4] for p in over):
            empty.append(r)
    if empty:
        placed = [p for p in placed if not (p[0] in empty and p[1] == p[0] + 1)]
        for p in placed:
            p[0] -= sum(1 for r in empty if r < p[0])
            p[1] -= sum(1 for r in empty if r < p[1])
        n_rows -= len(empty)
    # drop columns holding nothing but empty one-column cells (hairline slivers)
    empty_c = []
    for k in range(n_cols):
        over = [p for p in placed if p[2] <= k < p[3]]
        if over and all(p[2] == k and p[3] == k + 1 and not p[4] for p in over):
            empty_c.append(k)
    if empty_c and len(empty_c) < n_cols:
        placed = [p for p in placed if not (p[2] in empty_c and p[3] == p[2] + 1)]
        for p in placed:
            p[2] -= sum(1 for k in empty_c if k < p[2])
            p[3] -= sum(1 for k in empty_c if k < p[3])
        n_cols -= len(empty_c)
    if n_rows <= 0 or n_cols < 2:
        return None
    placed = _merge_stray_header_splits(placed)
    rows: list[list[tuple[str, int, int]]] = [[] for _ in range(n_rows)]
    for p in sorted(placed, key=lambda p: (p[0], p[2])):
        rows[p[0]].append((p[4], p[1] - p[0], p[3] - p[2]))
    return grid_from_cells(rows)


def _merge_stray_header_splits(placed: list[list]) -> list[list]:
    """Merge an empty header cell into its labelled neighbour when the rule between
    them is a stray: the row below has a cell crossing it (WPS leaves such rules)."""
    changed = True
    while changed:
        changed = False
        for a in placed:
            if a[4]:
                continue
            for b in placed:
                if b is a or b[0] != a[0] or b[1] != a[1] or not b[4] or _NUMERIC.match(b[4]):
                    continue
                if b[2] == a[3]:
                    edge = a[3]
                elif b[3] == a[2]:
                    edge = a[2]
                else:
                    continue
                below = [p for p in placed if p[0] == a[1]]
                if any(p[2] < edge < p[3] for p in below) and not any(p[0] == a[0] and p[4] and _NUMERIC.match(p[4]) for p in placed):
                    b[2], b[3] = min(a[2], b[2]), max(a[3], b[3])
                    placed.remove(a)
                    changed = True
                    break
            if changed:
                break
    return placed
