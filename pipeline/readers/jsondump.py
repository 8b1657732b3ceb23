"""Reader for a page's JSON as a site's interface serves it and a crawler saved it: the
article's fields ('title', 'publishTime', 'source', 'url'…) around its body, HTML or text
('content': '<p>…</p>'), maybe under an envelope ({"code": 200, "data": {…}}) and with its
characters escaped ('\\u653f\\u5e9c'). The body is read by the HTML reader; the fields are the
page's metadata. Bytes that do not parse as JSON are read as text."""
from __future__ import annotations

import html
import json
import re

from ..errors import NotADocument, TooComplex
from ..model import Document
from . import html as html_reader
from . import text as text_reader
from .decode import decode

#: a field's name (lower case, without '_' and '-') → the page metadata key it gives
_FIELDS = {
    "title": "title", "articletitle": "title", "doctitle": "title", "infotitle": "title", "headline": "title",
    "publishtime": "published", "publishdate": "published", "pubdate": "published", "pubtime": "published",
    "releasetime": "published", "releasedate": "published", "docreltime": "published", "fbrq": "published",
    "source": "source_label", "docsource": "source_label", "infosource": "source_label",
    "publisher": "publisher", "publishorg": "publisher", "fbjg": "publisher",
    "url": "url", "docurl": "url", "link": "url", "pageurl": "url",
    "docno": "doc_number", "fileno": "doc_number", "wenhao": "doc_number", "wh": "doc_number",
    "indexno": "index_no", "syh": "index_no",
}
_KEY_NOISE = re.compile(r"[_\-]")
_MARKUP = re.compile(r"<[a-zA-Z][^<>]{0,200}>")
#: a body shorter than this is no report's
_SHORTEST_BODY = 200


def read(data: bytes) -> Document:
    """Read a page's JSON into a Document (format "html"); text when it is no JSON."""
    text, encoding, method = decode(data)
    try:
        value = json.loads(text)
    except ValueError:
        if _a_record(_first_line_value(text)):
            raise NotADocument(_OUR_OUTPUT) from None
        return text_reader.read(data)
    except RecursionError:
        raise TooComplex("JSON nested too deeply") from None
    if _a_record(value):
        raise NotADocument(_OUR_OUTPUT)
    strings = _strings(value)
    body = max((s for _, s in strings), key=len, default="")
    if len(body) < _SHORTEST_BODY:
        return text_reader.read(data)
    fields: dict[str, str] = {}
    for key, s in strings:
        name = _FIELDS.get(_KEY_NOISE.sub("", key.lower()))
        if name and s.strip() and s is not body and len(s) < 300:
            fields.setdefault(name, s.strip())
    if "<" not in body and "&lt;" in body:
        body = html.unescape(body)  # (the body's HTML escaped once more: '&lt;p&gt;…')
    if not _MARKUP.search(body):
        body = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines())
    title = f"<title>{html.escape(fields['title'])}</title>" if "title" in fields else ""
    page = f'<html><head><meta charset="utf-8">{title}</head><body>{body}</body></html>'
    doc = html_reader.read(page.encode("utf-8"))
    for key, value in fields.items():
        doc.meta.setdefault(key, value)
    doc.encoding, doc.meta["encoding_method"] = encoding, method
    doc.warnings.append(f"a page's JSON: its longest string read as the page ({len(body)} characters), "
                        f"{', '.join(sorted(fields)) or 'no fields'} from its fields")
    return doc


_OUR_OUTPUT = "a record this pipeline wrote (an earlier run's output), not a source document"


def _a_record(value) -> bool:
    """Is `value` a record this pipeline wrote (its schema and pipeline versions, its source)?"""
    return isinstance(value, dict) and "schema_version" in value and "pipeline_version" in value and "source" in value


def _first_line_value(text: str):
    """The JSON value on the first line of `text` (a JSON-lines file: records.jsonl), or None."""
    try:
        return json.loads(text[:text.find("\n")] if "\n" in text else text)
    except (ValueError, RecursionError):
        return None


def _strings(value) -> list[tuple[str, str]]:
    """(the name of its field, the string) for each string in `value`, in document order."""
    out: list[tuple[str, str]] = []
    stack = [("", value)]
    while stack:
        key, v = stack.pop()
        if isinstance(v, str):
            out.append((key, v))
        elif isinstance(v, dict):
            stack.extend(reversed([(str(k), x) for k, x in v.items()]))
        elif isinstance(v, list):
            stack.extend(reversed([(key, x) for x in v]))
    return out
