"""Reader registry: sniff the real format of some bytes, then read them into a Document.

Formats are decided by content, never by extension: many archived ".doc" files are
really Word-HTML, RTF, MHT or a renamed DOCX.
"""
from __future__ import annotations

import importlib
import re

from ..errors import EmptyInput, NotADocument, TooLarge, UnsupportedFormat
from ..model import Document
from . import requisites
from .envelope import opened

#: container kind → (reader module, record `source.format`)
_ROUTES = {
    "html": ("html", "html"),
    "word-html": ("html", "html"),
    "mht": ("doc", "doc"),
    "txt": ("text", "txt"),
    "docx": ("docx", "docx"),
    "ole": ("doc", "doc"),
    "rtf": ("doc", "doc"),
    "pdf": ("pdf", "pdf"),
    "json": ("jsondump", "html"),
}


#: largest page text the text readers accept: real report pages are well under 5 MB, and
#: a 50 MB single-line page would cost seconds and hundreds of MB in lxml
MAX_TEXT_BYTES = 20 * 1024 * 1024
_TEXT_KINDS = {"html", "word-html", "mht", "txt", "json"}


def sniff(data: bytes, name: str = "") -> str:
    """The container kind of `data`: html, word-html, mht, txt, json, docx, ole, rtf or pdf.

    Raises `EmptyInput` for empty/blank input and `UnsupportedFormat` for binary data
    that is none of these.
    """
    head = data[:4096]
    if not data.strip():
        raise EmptyInput("file is empty")
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\xfe\xff \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    lower = stripped[:2048].lower()
    if lower.startswith(b"mime-version:") or b"\nmime-version:" in lower[:1024] and b"multipart/related" in lower:
        return "mht"
    if stripped[:1] in (b"{", b"[") and data.rstrip()[-1:] in (b"}", b"]") and _looks_like_text(data[:65536]):
        return "json"  # (a page's JSON as a site's interface serves it; the reader reads it as text if it is none)
    if _looks_like_html(lower) and not _text_under_stray_tags(lower, data):
        if b"urn:schemas-microsoft-com:office:word" in head.lower():
            return "word-html"
        if not any(m in lower[:1024] for m in _DOCUMENT_PARTS) and (what := requisites.markup_kind(lower)):
            raise NotADocument(f"{what}, not a document")
        return "html"
    if _looks_like_text(data[:65536]):
        if what := requisites.text_kind(data[:65536]):
            raise NotADocument(f"{what}, not a document")
        return "txt"
    if what := requisites.binary_kind(head):
        raise NotADocument(f"{what}, not a document")
    raise UnsupportedFormat("not a document format the pipeline reads (binary data)")


#: what an HTML page's first kilobyte holds
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<table", b"<p>", b"<?xml")


#: the markers that name an HTML document's parts (markup without them may be an SVG image)
_DOCUMENT_PARTS = tuple(m for m in _HTML_MARKERS if m not in (b"<!doctype html", b"<meta", b"<?xml"))


def _looks_like_html(lower: bytes) -> bool:
    return any(m in lower[:1024] for m in _HTML_MARKERS) or lower.startswith(b"<")


#: a tag (a mirror's stray ones copied above a page's text are dropped by the text reader)
STRAY_TAG = r"<[!/]?[a-zA-Z][^<>]{0,200}>"
#: a printed page's number on a line of its own ('-3-', '— 12 —', '第3页', '第 3 页 共 5 页'), which a PDF's text
#: leaves inside a paragraph that runs on to the next page, or between a flattened table's rows
FOLIO = re.compile(r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)\s*$")
_STRAY_TAG = re.compile(STRAY_TAG.encode())
_PROSE_LINE = re.compile(r"[\u4e00-\u9fff]{10}")


def _text_under_stray_tags(lower: bytes, data: bytes) -> bool:
    """Is `data` a page's text with a mirror's stray tags above it ('<i id="ew0tt"></i>', copied as
    text), not HTML: it opens with a tag but names no document part, and its few tags all stand
    before its first line of prose (ten Han characters in a row)?"""
    if any(m in lower[:1024] for m in _HTML_MARKERS):
        return False
    sample = data[:65536]
    tags = list(_STRAY_TAG.finditer(sample))
    if not 0 < len(tags) <= 60:
        return False
    for encoding in ("utf-8", "gb18030"):
        text = sample.decode(encoding, "ignore")
        if prose := _PROSE_LINE.search(text):
            return len(text[:prose.start()].encode(encoding)) >= tags[-1].end()
    return False


#: bytes that do not occur in text: C0 controls other than \t \n \v \f \r
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_like_text(sample: bytes) -> bool:
    """True when `sample` decodes as UTF-8/UTF-16/GB18030 text with few control bytes."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) * 0.01:
        return False
    for enc in ("utf-8", "gb18030"):
        try:
            sample.decode(enc)
            return True
        except UnicodeDecodeError as e:
            if e.start > len(sample) - 4 and enc == "utf-8":
                return True  # a multibyte character cut by the sample window
    return False


def source_format(kind: str) -> str:
    """The record's `source.format` for a container kind as `read` gives it (the envelopes
    it came in first: 'gzip+warc+html')."""
    return _ROUTES[kind.rpartition("+")[2]][1]


def read(data: bytes, name: str = "") -> tuple[Document, str]:
    """Read `data` with the reader its content calls for, out of any archive envelope it is
    kept in; returns (document, kind), kind naming the envelopes too ('gzip+html')."""
    envelope = opened(data)
    data = envelope.payload
    kind = sniff(data, name)
    if kind in _TEXT_KINDS and len(data) > MAX_TEXT_BYTES:
        raise TooLarge(f"{kind} page of {len(data)} bytes is over the {MAX_TEXT_BYTES // 2**20} MB limit for page texts")
    module = importlib.import_module(f".{_ROUTES[kind][0]}", __name__)
    doc = module.read(data) if kind not in ("ole", "rtf", "mht") else module.read(data, kind)
    if envelope.layers:
        if envelope.url:
            doc.meta.setdefault("url", envelope.url)
        kind = "+".join(envelope.layers + [kind])
    return doc, kind
