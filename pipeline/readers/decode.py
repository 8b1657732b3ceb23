"""Turn the bytes of a text page into `str`, never silently losing characters.

Order: BOM → the declared charset (HTTP-equiv/meta/XML declaration), with the GB
family widened to gb18030 and Big5 to big5hkscs, decoded strictly → UTF-8 → GB18030,
or Big5-HKSCS when that reading has clearly more common hanzi (both decode the same
bytes) → charset-normalizer as a last resort → GB18030 with replacement characters.
Bytes that are valid UTF-8 are read as UTF-8 whatever legacy charset they declare (no
long GBK or Big5 text is valid UTF-8 by chance).

Then mojibake is undone: a text that a crawler or a tool decoded with the wrong charset
before saving it (GBK or UTF-8 bytes shown as Latin-1 or Windows-1252, 'ÕþžüÐÅÏ¢' or
'æ”¿åºœ'; UTF-8 bytes shown as GBK, '鏀垮簻淇℃伅') is turned back into its bytes and read
again. Bytes the wrong reading had already replaced with U+FFFD cannot be recovered: each
character they belonged to reads as one U+FFFD.
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
    text, encoding, method = _decoded(data, declared)
    # (what Latin-1 makes of CJK bytes, saved as UTF-8, holds the byte C3: 'ä'–'é' for UTF-8's
    # leads, 'À'–'÷' for most of GBK's; a page in any other charset is read as it declares)
    if _may_be_mojibake(text, latin=encoding == "utf-8" and b"\xc3" in data):
        repaired = _unmojibaked(text)
        if repaired is not None:
            return repaired
    return text, encoding, method


def _decoded(data: bytes, declared: str | None) -> tuple[str, str, str]:
    """(text, encoding, method) of `data` read as it stands."""
    if declared:
        if declared in ("gb18030", "big5hkscs") and not data.isascii() and (text := _strict(data, "utf-8")) is not None:
            return text, "utf-8", "utf-8"
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


#: runs of characters a byte becomes when Latin-1 or Windows-1252 (or a replacement) reads
#: bytes ≥ 0x80: GBK or UTF-8 text read so ('ÕþžüÐÅÏ¢¹«¿ª', 'æ”¿åºœ')
_CP1252_OF_BYTE = {bytes([b]).decode("cp1252", errors="replace"): chr(b) for b in range(0x80, 0xA0)}
_CP1252_OF_BYTE.pop("\ufffd")
_LATIN_RUN = re.compile("[\u0080-\u00ff\ufffd" + "".join(_CP1252_OF_BYTE) + "]{6}")
_LATIN_SPAN = re.compile("[\u0000-\u00ff\ufffd" + "".join(_CP1252_OF_BYTE) + "]+")
_AS_LATIN1 = str.maketrans({c: b for c, b in _CP1252_OF_BYTE.items()})
#: what UTF-8's CJK punctuation (E3 80 xx: '，' is EF BC 8C, '。' E3 80 82) becomes read as GBK:
#: rare characters, and frequent in such mojibake as the punctuation of any Chinese text
_UTF8_AS_GBK = re.compile("[銆锛]")
#: a '?' beside a character beyond ASCII in such mojibake: a lost byte, or a character GBK
#: lacks, as an editor saving the mojibake back in GBK writes it
_LOST_AS_QUESTION_MARK = re.compile("(?<=[^\x00-\x7f])\\?+|\\?+(?=[^\x00-\x7f])")


def _may_be_mojibake(text: str, latin: bool = True) -> bool:
    """Cheap test: may `text` be mojibake (see the module's docstring), read as Latin-1 only if `latin`?"""
    return bool(latin and _LATIN_RUN.search(text) or _read_as_gbk(text))


def _read_as_gbk(text: str) -> bool:
    """Does `text` hold what UTF-8's Chinese punctuation becomes when read as GBK?"""
    return ("銆" in text or "锛" in text) and len(_UTF8_AS_GBK.findall(text, 0, 20_000)) >= 3


def _unmojibaked(text: str, depth: int = 0) -> tuple[str, str, str] | None:
    """(text, encoding, method) of the text whose mojibake `text` is (maybe mojibake of
    mojibake), when undoing it yields a text of common hanzi; else None."""
    was_common, was_others = _common_hanzi(text)
    for wrong, encoding, repaired in (_latin1_undone(text), _gbk_undone(text)):
        if repaired is None:
            continue
        if depth < 2 and _may_be_mojibake(repaired) and (deeper := _unmojibaked(repaired, depth + 1)) is not None:
            return deeper[0], deeper[1], f"{deeper[2]}, then {encoding} read as {wrong}"
        common, others = _common_hanzi(repaired)
        # (20 more common hanzi, a third or more of its characters beyond ASCII, twice the share it had)
        if common >= was_common + 20 and common >= 0.5 * others and _share(common, others) > 2 * _share(was_common, was_others):
            return repaired, encoding, f"repaired: {encoding} read as {wrong}"
    return None


def _share(common: int, others: int) -> float:
    return common / (common + others) if common + others else 0.0


def _latin1_undone(text: str) -> tuple[str, str, str | None]:
    """(the wrong reading, the encoding of the bytes, the text) when `text`, or stretches of
    it, are bytes read as Latin-1 or Windows-1252 (a page whose template is right around a
    body stored as mojibake); else a text of None."""
    if not _LATIN_RUN.search(text):
        return "", "", None
    spans = [m for m in _LATIN_SPAN.finditer(text) if _LATIN_RUN.search(m.group())]
    chars = [m.group().translate(_AS_LATIN1) for m in spans]
    wrong = "windows-1252" if any(c != m.group() for c, m in zip(chars, spans)) else "latin-1"
    encoding = _best_reading(b"".join(_latin_bytes(c, "\x81") for c in chars))
    pieces, end = [], 0
    for m, c in zip(spans, chars):
        pieces += [text[end:m.start()], _with_lost_bytes_read(c, _latin_bytes, encoding)]
        end = m.end()
    pieces.append(text[end:])
    return wrong, encoding, "".join(pieces)


def _gbk_undone(text: str) -> tuple[str, str, str | None]:
    """("gbk", "utf-8", the text) when `text` is UTF-8 bytes read as GBK; else a text of None."""
    if not _read_as_gbk(text):
        return "gbk", "utf-8", None
    text = _LOST_AS_QUESTION_MARK.sub(lambda m: "\ufffd" * len(m.group()), text)
    return "gbk", "utf-8", _with_lost_bytes_read(text, _gb18030_bytes, "utf-8")


def _latin_bytes(chars: str, lost: str) -> bytes:
    """The bytes whose Latin-1 reading is `chars`, each U+FFFD (a byte the reading
    replaced) standing as the byte `lost`."""
    return chars.replace("\ufffd", lost).encode("latin-1")


def _gb18030_bytes(text: str, lost: str) -> bytes:
    """The bytes whose GB18030 reading is `text`, each U+FFFD (a byte the reading
    replaced) standing as the byte `lost`."""
    return lost.encode("latin-1").join(part.encode("gb18030") for part in text.split("\ufffd"))


def _best_reading(data: bytes) -> str:
    """UTF-8 when `data` is valid UTF-8, else the encoding in which it reads as the most
    common hanzi, replacements counted against it."""
    if _strict(data, "utf-8") is not None:
        return "utf-8"

    def score(enc: str) -> int:
        text = data.decode(enc, errors="replace")
        return _common_hanzi(text)[0] - 2 * text.count("\ufffd", 0, 20_000)
    return max(("utf-8", "gb18030", "big5hkscs"), key=score)


def _with_lost_bytes_read(text: str, to_bytes, encoding: str) -> str:
    """`text` turned back into bytes by `to_bytes` and read in `encoding`; a character that
    held a byte a wrong reading had replaced (a U+FFFD of `text`) reads as one U+FFFD.

    Such a character is found by reading the bytes twice, the lost byte standing as 0x81
    and then as 0x8D: both lead a GBK pair and continue a UTF-8 sequence, so both readings
    hold the same characters in the same places but for the ones that held it."""
    first = to_bytes(text, "\x81").decode(encoding, errors="replace")
    if "\ufffd" not in text:
        return first
    second = to_bytes(text, "\x8d").decode(encoding, errors="replace")
    if len(first) != len(second):
        return first
    return "".join(a if a == b else "\ufffd" for a, b in zip(first, second))


def _common_hanzi(text: str) -> tuple[int, int]:
    """(common hanzi, other characters beyond ASCII) in the first 20,000 characters of `text`."""
    sample = text[:20_000]
    common = len(_gb2312_level1().findall(sample))
    return common, len(sample) - len(sample.encode("ascii", "ignore")) - common


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
