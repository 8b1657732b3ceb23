"""Open the envelopes an archive keeps a document in, before its format is sniffed.

A crawler or an archive does not always keep a page's bytes as the site served them:
- **gzip**: a body saved as it came over the wire (`Content-Encoding: gzip` never undone), or
  a file compressed after saving (`.html.gz`, a `.warc.gz`, whose records are gzip members);
- **a WARC record** (ISO 28500, what Heritrix, wget `--warc-file` and browsertrix write): the
  page's HTTP response under the record's headers, which name the page's address;
- **an HTTP response** with its status line and headers (wget `--save-headers`, `curl -i`),
  its body maybe chunked or compressed.

`opened(data)` peels them off, layer by layer, and says what it peeled. Inflating is capped
as a ZIP's is (`safezip.DEFAULT_LIMITS`): a gzip bomb costs its file a typed `zip_bomb` error.

The page's address, where an archive or a saving tool wrote it, is read here too
(patterns in data/archives.yaml): a browser's or HTTrack's note in a saved page's head, the
Wayback Machine's playback script and its toolbar in a text dump, and addresses it rewrote.
"""
from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import InputBomb, ReadError, UnsupportedFormat
from ..resources import load_yaml
from .safezip import DEFAULT_LIMITS, ZipLimits

#: envelopes within envelopes (a gzip of a WARC record of a gzip-encoded response) go no deeper
_MAX_LAYERS = 4

_GZIP = b"\x1f\x8b"
_WARC = re.compile(rb"WARC/1\.[01]\r?\n")
#: an HTTP response's status line (its status code the group)
_HTTP = re.compile(rb"HTTP/(?:1\.[01]|2(?:\.0)?|3) (\d{3})\b[^\r\n]*\r?\n")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
#: a chunk's size line in a chunked body (hex digits, maybe an extension after ';')
_CHUNK_SIZE = re.compile(rb"([0-9a-fA-F]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")
#: WARC record types whose block holds a document (a response, or a resource kept as a file)
_DOCUMENT_RECORDS = {"response", "resource"}
#: target URIs of records a crawler keeps about itself (wget's log and arguments, DNS answers)
_TOOL_SCHEMES = ("metadata:", "dns:")
#: media types of what a WARC response may hold that is never a report (a page's requisites, the data its scripts
#: fetch, a site's robots.txt and sitemaps)
_REQUISITE = re.compile(r"^(?:image/|text/css|(?:text|application)/(?:x-)?javascript|font/|application/(?:x-)?font|audio/|video/"
                        r"|application/(?:[\w.+-]+\+)?json|(?:text|application)/xml)")
_ROBOTS = re.compile(r"^[a-z]+://[^/]+/robots\.txt$")


@dataclass
class Opened:
    """A document's bytes out of their envelopes."""

    #: the document's own bytes
    payload: bytes
    #: the envelopes taken off, outermost first: 'gzip', 'warc', 'http'
    layers: list[str] = field(default_factory=list)
    #: the page's address as the envelope names it (a WARC record's target URI)
    url: str | None = None


def opened(data: bytes, limits: ZipLimits = DEFAULT_LIMITS) -> Opened:
    """`data` with its archive envelopes taken off (itself when it has none)."""
    out = Opened(data)
    while len(out.layers) < _MAX_LAYERS:
        head = out.payload[:16]
        if head.startswith(_GZIP):
            out.payload = gunzipped(out.payload, limits)
            out.layers.append("gzip")
        elif _WARC.match(head):
            out.payload, url = _warc_document(out.payload)
            out.url = out.url or url
            out.layers.append("warc")
        elif _HTTP.match(out.payload[:64]):
            out.payload = _http_body(out.payload, limits)
            out.layers.append("http")
        else:
            break
    return out


def gunzipped(data: bytes, limits: ZipLimits = DEFAULT_LIMITS) -> bytes:
    """The inflated bytes of gzip `data`, all its members one after another (a `.warc.gz`
    holds one per record). Raises `InputBomb` past the limits, `ReadError` if corrupt."""
    return _inflated(data, 16 + zlib.MAX_WBITS, limits, "gzip")


def _inflated(data: bytes, wbits: int, limits: ZipLimits, what: str) -> bytes:
    """Inflate `data` (zlib `wbits` says its framing) in chunks, each member of a multi-member
    stream in turn, stopping as soon as a cap of `limits` is passed."""
    parts: list[bytes] = []
    total = 0
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits)
        try:
            chunk = inflater.decompress(rest, limits.chunk_bytes)
            while True:
                total += len(chunk)
                _check_inflated(total, len(data), limits, what)
                parts.append(chunk)
                if inflater.eof or not inflater.unconsumed_tail:
                    break
                chunk = inflater.decompress(inflater.unconsumed_tail, limits.chunk_bytes)
        except zlib.error as e:
            raise ReadError(f"{what} data is corrupt: {e}") from e
        if not inflater.eof:
            raise ReadError(f"{what} data is truncated")
        rest = inflater.unused_data
        if rest and not rest.startswith(_GZIP):
            break  # (padding after the last member)
    return b"".join(parts)


def _check_inflated(total: int, packed: int, limits: ZipLimits, what: str) -> None:
    if total > limits.max_member_bytes:
        raise InputBomb(f"{what} data inflates past {limits.max_member_bytes} bytes")
    if total > limits.ratio_grace_bytes and total > packed * limits.max_ratio:
        raise InputBomb(f"{what} data inflates more than {limits.max_ratio:.0f} times ({packed} → over {total} bytes)")


def _headers(data: bytes, what: str) -> tuple[dict[str, str], int]:
    """(lower-cased header name → value, where the block after the headers starts) of a WARC
    record or HTTP response opening `data` (its first line is skipped)."""
    end = _HEADER_END.search(data, 0, 65536)
    if end is None:
        raise ReadError(f"{what} headers do not end")
    headers: dict[str, str] = {}
    for line in data[:end.start()].decode("latin-1").splitlines()[1:]:
        name, colon, value = line.partition(":")
        if colon:
            headers.setdefault(name.strip().lower(), value.strip())
    return headers, end.end()


def _warc_records(data: bytes):
    """Each record of a WARC file: (its headers, its block)."""
    at = 0
    while _WARC.match(data, at):
        headers, start = _headers(data[at:at + 65536], "WARC record")
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            raise ReadError("WARC record without a Content-Length") from None
        start += at
        if start + length > len(data):
            raise ReadError("WARC record is truncated")
        yield headers, data[start:start + length]
        at = start + length
        while data[at:at + 2] == b"\r\n" or data[at:at + 1] == b"\n":
            at += 2 if data[at:at + 2] == b"\r\n" else 1


def _warc_document(data: bytes) -> tuple[bytes, str | None]:
    """(the block, its target URI) of the one record of a WARC file that holds a document: a
    response or a resource, not a page's image, script or style sheet, not an error. A WARC
    file holding several documents is refused: a record is made of one document."""
    found = []
    for headers, block in _warc_records(data):
        uri = headers.get("warc-target-uri", "").strip("<>")
        if headers.get("warc-type") not in _DOCUMENT_RECORDS or uri.startswith(_TOOL_SCHEMES):
            continue
        media = headers.get("content-type", "")
        if media.startswith("application/http"):
            status = _HTTP.match(block)
            media = _headers(block, "HTTP response")[0].get("content-type", "") if status else ""
            if not status or not status.group(1).startswith(b"2"):
                continue
        if not _REQUISITE.match(media.lower()) and not _ROBOTS.match(uri):
            found.append((block, uri or None))
    if not found:
        raise UnsupportedFormat("WARC file holds no document (no successful response or resource record)")
    if len(found) > 1:
        raise UnsupportedFormat(f"WARC file holds {len(found)} documents; the pipeline reads one document per file "
                                "(split the WARC into its records first)")
    return found[0]


def _http_body(data: bytes, limits: ZipLimits) -> bytes:
    """The body of the HTTP response `data`, its transfer and content codings undone."""
    headers, start = _headers(data, "HTTP response")
    body = data[start:]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunked(body)
    coding = headers.get("content-encoding", "").lower().strip()
    if coding in ("gzip", "x-gzip"):
        body = gunzipped(body, limits) if body.startswith(_GZIP) else body
    elif coding == "deflate":
        body = _inflated(body, zlib.MAX_WBITS if body[:1] == b"\x78" else -zlib.MAX_WBITS, limits, "deflate")
    elif coding not in ("", "identity"):
        raise UnsupportedFormat(f"HTTP body in a content coding the pipeline does not undo: {coding}")
    return body


def _dechunked(body: bytes) -> bytes:
    """A body sent in chunks ('1a2f\\r\\n…\\r\\n0\\r\\n\\r\\n') as one; a body that is not
    chunked after all (wget keeps the header but undoes the coding; '2023年度…' is no chunk's
    size) as it is, and a body cut short as far as it goes."""
    parts = []
    at = 0
    while at < len(body):
        m = _CHUNK_SIZE.match(body, at)
        if m is None:
            return body if not parts else b"".join(parts)
        size = int(m.group(1), 16)
        if size == 0:
            break
        end = m.end() + size
        if end < len(body) and body[end:end + 1] not in (b"\r", b"\n") or end > len(body) and not parts:
            return body if not parts else b"".join(parts)  # (no chunk ends there: not chunked)
        parts.append(body[m.end():end])
        at = end + (2 if body[end:end + 2] == b"\r\n" else 1)
    return b"".join(parts)


@lru_cache(maxsize=1)
def _archives() -> dict:
    rules = load_yaml("archives.yaml")
    return {"saved": [re.compile(p) for p in rules["saved_address"]],
            "archived": re.compile(rules["archived_address"]),
            "toolbar_end": re.compile(rules["archive_toolbar_end"])}


def saved_address(head: str) -> str | None:
    """The page's address as the tool that saved the page wrote it in its `head` (the page's
    text up to its body), or None."""
    for pattern in _archives()["saved"]:
        if m := pattern.search(head):
            url = html.unescape(m.group(1))
            return original_address(url if "://" in url else "http://" + url)
    return None


def original_address(url: str) -> str:
    """`url` as the page's own address: an address an archive rewrote to point into itself
    ('https://web.archive.org/web/20220322081231/http://…', '/web/2022…/http://…') unwrapped."""
    return _archives()["archived"].sub("", url, count=1) if "/web/" in url else url


def archive_toolbar_end(lines: list[str]) -> tuple[int, str | None]:
    """(how many of a text dump's first `lines` an archive's toolbar takes, the page's address
    it names); (0, None) for a dump with no toolbar. An address the dump wrapped onto the lines
    below is joined."""
    pattern = _archives()["toolbar_end"]
    for i, line in enumerate(lines[:80]):
        if m := pattern.match(line):
            url, end = m.group(1) or "", i + 1
            # (the address goes on while the line holding it so far ran to the dump's width)
            while end <= i + 3 and end < len(lines) and _URL_REST.fullmatch(lines[end]) and (not url or len(line.rstrip()) >= 60):
                line = lines[end]
                url, end = url + line.strip(), end + 1
            return end, original_address(url) if url.startswith("http") else None
    return 0, None


#: the rest of an address wrapped onto a line of its own
_URL_REST = re.compile(r"\s*[A-Za-z0-9_\-./?=&%#:~+;,@!$]+\s*")
