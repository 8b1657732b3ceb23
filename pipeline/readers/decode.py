"""Turn the bytes of a text page into `str`, never silently losing characters.

Order: BOM → the declared charset (HTTP-equiv/meta/XML declaration), with the GB
family widened to gb18030 and Big5 to big5hkscs, decoded strictly → UTF-8 → GB18030,
or Big5-HKSCS when that reading has clearly more common hanzi (both decode the same
bytes) → charset-normalizer as a last resort → GB18030 with replacement characters.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

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
            if enc == "gb18030":
                # any Big5 byte pair is also a GB18030 one: the reading with more common hanzi wins
                big5 = _strict(data, "big5hkscs")
                if big5 is not None and _common_hanzi_share(big5) > _common_hanzi_share(text) + 0.1:
                    return big5, "big5hkscs", "big5hkscs"
            return text, enc, enc
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            return data.decode(best.encoding, errors="replace"), best.encoding, "detector"
    except Exception:  # the detector is a last resort; its failure must not cost the file
        pass
    return data.decode("gb18030", errors="replace"), "gb18030", "gb18030-replace"


#: Han characters, and the private-use ones a misreading yields (GBK's user-defined rows)
_HAN = re.compile("[\u4e00-\u9fff\ue000-\uf8ff]")


@lru_cache(maxsize=1)
def _gb2312_level1() -> re.Pattern:
    """The 3,755 most common hanzi (GB2312 level 1: lead bytes 0xB0–0xD7), as a character class."""
    chars = (bytes((lead, trail)).decode("gb2312", errors="ignore") for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF))
    return re.compile("[" + "".join(chars) + "]")


def _common_hanzi_share(text: str) -> float:
    """The share of the Han and private-use characters of `text` (its first 20,000
    characters) that are among the most common hanzi: about 1.0 for Simplified Chinese
    read in its own encoding, 0.6–0.7 for Traditional, low for a misreading (Simplified
    text read as Big5: 0.2; Big5 text read as GBK: about 0.3)."""
    sample = text[:20_000]
    han = len(_HAN.findall(sample))
    return len(_gb2312_level1().findall(sample)) / han if han else 0.0


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
