"""HTML reader: decode the bytes ourselves, find the report body, keep page metadata.

Tables become true grids (rowspan/colspan expanded); everything outside the body
container (navigation, footers) is left out, while page metadata (索引号, 发布机构,
发布日期, 文号, <title>, the page URL) is kept in `Document.meta`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..errors import EmptyInput, ReadError, TooComplex
from ..model import Document, Paragraph, Table, grid_from_cells
from ..pagemeta import fields_from_text, fields_under_labels
from ..resources import load_yaml
from .decode import declared_charset, decode
from .envelope import original_address, saved_address
from .lines import paragraphs_rejoined, runs_on_unfinished

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_CONTROL_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20)) + b"\x7f"
#: encodings in which a byte below 0x20 or 0x7f is always that control character (never
#: part of a multi-byte character), so the bytes tell whether the text holds one
_ASCII_SAFE = frozenset({"utf-8", "gb18030", "big5hkscs", "ascii"})


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_yaml("html.yaml")


@lru_cache(maxsize=1)
def _parser() -> etree.HTMLParser:
    """libxml2's HTML parser giving plain elements (no lxml.html class lookup on every access),
    comments and processing instructions dropped while parsing (their tails stay)."""
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


@lru_cache(maxsize=1)
def _too_deep():
    """XPath test: does the tree hold an element nested deeper than `max_depth` (html = 1)?"""
    return etree.XPath("boolean(" + "/*" * (_rules()["max_depth"] + 1) + ")")


def read(data: bytes) -> Document:
    """Read an HTML page into a Document (format "html")."""
    text, encoding, method = decode(data, declared_charset(data))
    warnings = []
    controls = _control_characters(data, text, encoding)
    if controls:
        # lxml turns NUL into U+FFFD and refuses other C0 controls when it edits the tree
        warnings.append(f"removed {len(controls)} control characters")
        text = _CONTROLS.sub("", text)
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        raise EmptyInput("page has no content")
    try:
        root = etree.fromstring(text, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise ReadError(f"HTML could not be parsed: {e}") from e
    if root is None:
        raise EmptyInput("page has no content")
    if _too_deep()(root):
        # libxml2 stops nesting at 255 levels and silently drops what is deeper
        raise TooComplex(f"HTML nested more than {_rules()['max_depth']} levels deep")
    meta = _head_meta(root)
    _take_saved_address(text, meta)
    etree.strip_elements(root, *_rules()["drop_tags"], with_tail=False)
    body = _content_element(root)
    meta.update(_page_fields(root, body))
    blocks = _blocks(body)
    if runs_on_unfinished([b.text for b in blocks if type(b) is Paragraph]):
        blocks = paragraphs_rejoined(blocks, warnings)  # a PDF's text pasted into the page, a line a paragraph
    if not blocks:
        raise EmptyInput("page has no body text")
    doc = Document(blocks=blocks, format="html", meta=meta, encoding=encoding, warnings=warnings)
    doc.meta["encoding_method"] = method
    return doc


def _control_characters(data: bytes, text: str, encoding: str) -> list[str]:
    """The characters of `text` (decoded from `data` in `encoding`) that XML cannot hold.

    Most pages hold none: deleting the control bytes in C and comparing lengths says so
    several times faster than the regex scan of the decoded text."""
    if (encoding in _ASCII_SAFE and len(data.translate(None, _CONTROL_BYTES)) == len(data)
            and "\ufffe" not in text and "\uffff" not in text):
        return []
    return _CONTROLS.findall(text)


def _head_meta(root) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = root.find(".//title")
    title_text = _text(title) if title is not None else ""
    if title_text.strip():
        meta["page_title"] = " ".join(title_text.split())
    names = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip()
        if key and el.get("content"):
            names.setdefault(key.lower(), el.get("content").strip())
    for field, keys in _rules()["meta_names"].items():
        for k in keys:
            if names.get(k.lower()):
                meta.setdefault(field, names[k.lower()])
                break
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta.setdefault("url", link.get("href"))
    return meta


def _take_saved_address(text: str, meta: dict[str, str]) -> None:
    """Set `meta['url']` to the page's address as the tool that saved it wrote it in the
    page's head (`text`: the page), if the page states none; an address an archive rewrote
    to point into itself is the page's own."""
    if "url" not in meta:
        url = saved_address(text[:text.find("<body")] if "<body" in text else text[:65536])
        if url:
            meta["url"] = url
    if "url" in meta:
        meta["url"] = original_address(meta["url"])


#: all text inside an element (its descendants' text and tails, not its own tail), joined in C
_text = etree.XPath("string()", smart_strings=False)


_SIMPLE_SELECTOR = re.compile(r"^(?:#([\w-]+))?((?:\.[\w-]+)*)$")
#: every id and class attribute value; each knows its element (`getparent()`) and name
_IDS_AND_CLASSES = etree.XPath("//@id|//@class")


@lru_cache(maxsize=1)
def _selectors() -> list:
    """The content selectors in order: a simple ``#id.class…`` chain as (id or None, classes),
    anything else as a CSSSelector."""
    out = []
    for sel in _rules()["content_selectors"]:
        m = _SIMPLE_SELECTOR.match(sel)
        if m and (m.group(1) or m.group(2)):
            out.append((m.group(1), tuple(m.group(2).split(".")[1:])))
        else:
            from lxml.cssselect import CSSSelector

            out.append(CSSSelector(sel))
    return out


@lru_cache(maxsize=1)
def _selector_names() -> tuple[frozenset, frozenset]:
    """(the ids, the first classes) the simple content selectors look up."""
    simple = [sel for sel in _selectors() if isinstance(sel, tuple)]
    return frozenset(i for i, _ in simple if i), frozenset(c[0] for i, c in simple if not i and c)


def _selected(root):
    """For each content selector in order, the elements it selects in document order.

    Simple selectors are answered from one index of the page's ids and classes (one
    XPath pass) instead of one XPath evaluation over the whole tree per selector."""
    by_id: dict[str, list] = {}
    by_class: dict[str, list] = {}
    wanted_ids, wanted_classes = _selector_names()
    for value in _IDS_AND_CLASSES(root):
        if value.attrname == "id":
            if value in wanted_ids:
                by_id.setdefault(value, []).append(value.getparent())
        else:
            for cls in wanted_classes.intersection(value.split()):
                by_class.setdefault(cls, []).append(value.getparent())
    for sel in _selectors():
        if not isinstance(sel, tuple):
            yield sel(root)
            continue
        ident, classes = sel
        found = by_id.get(ident, []) if ident else by_class.get(classes[0], [])
        if len(classes) > (0 if ident else 1):
            found = [el for el in found if set(classes) <= set((el.get("class") or "").split())]
        yield found


def _content_element(root):
    """The element holding the report body: a known CMS container, else the best-scoring one."""
    markers = _rules()["report_markers"]
    best, best_len = None, 0
    for selected in _selected(root):
        for el in selected:
            text = _text(el)
            n = len(text.strip())
            if n >= 200 and any(m in text for m in markers):
                if best is None or n > best_len * 1.5 and best in el.iterancestors():
                    best, best_len = el, n
        if best is not None:
            return best
    return _best_scoring(root, markers)


def _best_scoring(root, markers):
    body = root.find(".//body")
    if body is None:
        body = root
    best, best_score = body, -1.0
    for el in body.iter("div", "td", "article", "section", "main"):
        text = _text(el)
        n = len(text.strip())
        if n < 200:
            continue
        link_text = sum(len(_text(a)) for a in el.iter("a"))
        hits = sum(text.count(m) for m in markers)
        score = hits * 50 + n * (1 - link_text / max(n, 1)) ** 2
        # prefer the deepest element that still holds most of the text
        if score > best_score * 1.02 or (score >= best_score * 0.9 and best in el.iterancestors()):
            best, best_score = el, score
    return best





#: every text node of a tree, in document order, as plain strings
_TEXT_NODES = etree.XPath("//text()", smart_strings=False)


def _page_fields(root, body) -> dict[str, str]:
    """索引号/发布机构/发布日期/文号/来源 printed in the page outside the body container."""
    parent = body.getparent()
    if parent is None:
        return {}
    index = parent.index(body)
    tail, body.tail = body.tail, None
    parent.remove(body)
    try:
        text = "\n".join(filter(None, map(str.strip, _TEXT_NODES(root))))
        under = _fields_under_labels(root)
    finally:
        parent.insert(index, body)
        body.tail = tail
    return {**fields_from_text(text), **fields_from_text(under)} if under else fields_from_text(text)


def _fields_under_labels(root) -> str:
    """The fields of the page's field tables that print a row of labels over a row of their values
    ('索引号 | 公开方式 | 发布机构' over '116…/2010-00023 | 主动公开 | X镇人民政府'; the text of the page read
    node by node would give each label the next label for its value), as `fields_under_labels` writes them."""
    out = []
    for tr in root.iter("tr"):
        below = tr.getnext()
        # (a label is a short cell: a row opening with a long one is none, whatever its other cells)
        if below is not None and below.tag == "tr" and len(tr) > 1 and len(_text(tr[0]).strip()) <= 8:
            under = fields_under_labels([_text(c) for c in tr if c.tag in _CELLS], [_text(c) for c in below if c.tag in _CELLS])
            if under:
                out.append(under)
    return "\n".join(out)



def _blocks(body) -> list:
    blocks: list = []
    buf: list[str] = []

    def flush():
        text = "".join(buf)
        buf.clear()
        for line in text.split("\n"):
            line = _clean_ws(line)
            if line:
                blocks.append(Paragraph(line))

    block_tags = set(_rules()["block_tags"])

    def walk(el):
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "table" and (cell := _layout_cell(child)) is not None:
                flush()  # a table of one cell laying the page out: its content is the body's
                if cell.text:
                    buf.append(cell.text)
                walk(cell)
                flush()
            elif tag == "table":
                flush()
                table = _table(child)
                if table is not None:
                    blocks.append(table)
                else:
                    buf.append("\n" + " ".join(child.itertext()) + "\n")
                    flush()
            elif tag == "br":
                buf.append("\n")
            elif tag in block_tags:
                flush()
                if child.text:
                    buf.append(child.text)
                walk(child)
                flush()
            else:
                if child.text:
                    buf.append(child.text)
                walk(child)
            if child.tail:
                buf.append(child.tail)

    if body.text:
        buf.append(body.text)
    walk(body)
    flush()
    return blocks


#: what becomes one space: a run of blanks, or a single blank other than the space itself
_SPACES = re.compile(r"[ \t\r\f\v\xa0]{2,}|[\t\r\f\v\xa0]")
_INVISIBLE = str.maketrans("", "", "\u200b\ufeff")


def _clean_ws(text: str) -> str:
    """`text` with zero-width characters removed, blanks collapsed to one space, trimmed."""
    if text.isalnum():  # most table cells and many short lines: nothing to do
        return text
    if "\u200b" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)
    if "  " in text or "\xa0" in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = _SPACES.sub(" ", text)
    return text.strip(" \u3000")


_NESTED_ROWS = etree.XPath(".//table//tr")
_ROW_GROUPS = frozenset(("tbody", "thead", "tfoot"))
#: a table's cells
_CELLS = frozenset(("td", "th"))


def _layout_cell(el):
    """The one cell of a table that only lays out the page (one row of one cell around the report's paragraphs
    and tables, as a CMS wraps a Word page), else None. (Its own rows are walked, not the tables' in its cells,
    and a second row ends the walk: a statistics table is known at once.)"""
    row = None
    for child in el:
        for tr in (child,) if child.tag == "tr" else child if child.tag in _ROW_GROUPS else ():
            if tr.tag == "tr":
                if row is not None:
                    return None
                row = tr
    if row is None:
        return None
    cells = [c for c in row if c.tag in _CELLS]
    if len(cells) != 1 or cells[0].find(".//p") is None and cells[0].find(".//table") is None:
        return None
    return cells[0]


def _table(el) -> Table | None:
    rows = []
    # rows of nested tables are skipped: their text is part of the outer cell
    nested = set(_NESTED_ROWS(el))
    for tr in el.iter("tr"):
        if nested and tr in nested:
            continue
        cells = []
        for td in tr:
            if td.tag in _CELLS:
                rowspan, colspan = td.get("rowspan"), td.get("colspan")
                cells.append((_cell_text(td), _span(rowspan) if rowspan else 1, _span(colspan) if colspan else 1))
        if cells:
            rows.append(cells)
    if not rows:
        return None
    return grid_from_cells(rows)


def table_of_markup(markup: str) -> Table | None:
    """The table the HTML `markup` ('<table>…</table>', as a converter leaves it in a Markdown text) holds, else None."""
    try:
        root = etree.fromstring(markup, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    el = root.find(".//table") if root is not None else None
    return _table(el) if el is not None else None


def _cell_text(td) -> str:
    if not len(td):  # the common case: a cell holding just text
        text = td.text or ""
        if "\n" not in text:
            return _clean_ws(text)
    parts = []
    for node in td.iter():
        if node.tag == "br":
            parts.append("\n")
        if isinstance(node.tag, str) and node.tag in ("p", "div") and parts:
            parts.append("\n")
        if node.text and node is not None and node.tag not in ("script", "style"):
            parts.append(node.text)
        if node is not td and node.tail:
            parts.append(node.tail)
    text = "".join(parts)
    lines = [_clean_ws(x) for x in text.split("\n")]
    return "\n".join(x for x in lines if x)


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return 1
