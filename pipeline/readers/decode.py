"""Turn the bytes of a text page into `str`, never silently losing characters.

Order: BOM → the declared charset (HTTP-equiv/meta/XML declaration), with the GB
family widened to gb18030 and Big5 to big5hkscs, decoded strictly → UTF-8 → GB18030
→ charset-normalizer as a last resort → GB18030 with replacement characters.
"""
from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_WIDEN = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "cp936": "gb18030", "936": "gb18030", "euc-cn": "gb18030", "gb18030": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-8",
}


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 kB, mapped the WHATWG way, or None."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").lower()
    label = _WIDEN.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, str]:
    """Decode `data`; returns (text, encoding, method) where method says what decided it."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc.replace("-sig", ""), "bom"
    if declared:
        text = _strict(data, declared)
        if text is not None:
            return text, declared, "declared"
    for enc in ("utf-8", "gb18030"):
        text = _strict(data, enc)
        if text is not None:
            return text, enc, enc
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            return data.decode(best.encoding, errors="replace"), best.encoding, "detector"
    except Exception:  # the detector is a last resort; its failure must not cost the file
        pass
    return data.decode("gb18030", errors="replace"), "gb18030", "gb18030-replace"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
