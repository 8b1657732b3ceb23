"""Traditional and Simplified script: OpenCC's t2s converter, and what it does to single characters;
and the characters no Chinese report's text holds, which a PDF's font without a Unicode mapping gives.

Only t2s is ever loaded (about 3 MB): each further OpenCC configuration costs a
worker 15–30 MB of dictionaries.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: a pinyin gloss a mirror added after a character ('報(bào)告', '(bao4)'), its syllable the group
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[(（]\s?([a-zü]*[" + _TONE + r"][a-zü]*|[a-zü]+[1-5])\s?[)）]")

#: the Han blocks whose characters t2s may change: Ext-A, the unified block, compatibility ideographs
_HAN_BLOCKS = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00))


@lru_cache(maxsize=1)
def t2s():
    """The OpenCC Traditional → Simplified converter (its `convert(str) -> str`)."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def simplified_of() -> dict[str, str]:
    """Every character t2s changes on its own (some 4,200), to what it becomes: 發→发, 號→号.
    (Phrases may change more — 乾燥→干燥 — but a text without any of these characters is
    not Traditional.) Built once, converting all Han characters a thousand at a time."""
    out: dict[str, str] = {}
    codes = [i for block in _HAN_BLOCKS for i in block]
    for start in range(0, len(codes), 1024):  # in pieces: a worker keeps no big temporaries
        chars = [chr(i) for i in codes[start:start + 1024]]
        converted = t2s().convert("\n".join(chars)).split("\n")
        if len(converted) != len(chars):  # OpenCC merged or split a line: one call a character
            converted = [t2s().convert(c) for c in chars]
        out.update((c, s) for c, s in zip(chars, converted) if c != s and len(s) == 1)
    return out


#: characters of scripts no Chinese report is written in (Latin letters and combining marks pinyin has none of,
#: IPA, Cyrillic to Mongolian, CJK Extension A, Yi, Hangul; not Greek's letters), which the text of a PDF whose font
#: has no Unicode mapping is made of, each glyph's number read as a character: 'пȽ ᭬ࡦૂ༻⨽᭵ᓒؗᚥޢᔶ' for
#: '一、政府信息公开工作'
FOREIGN_CHARACTERS = "\u01dd-\u02ff\u030d-\u0385\u0400-\u1fff\u3400-\u4dbf\ua000-\ua4cf\uac00-\ud7af"
FOREIGN = re.compile(f"[{FOREIGN_CHARACTERS}]")
#: how far apart the foreign characters of one garbled run may stand (its random Han, digits and blanks between)
_RUN_GAP = 6


def unmapped_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of `text` in a PDF's font without a Unicode mapping: foreign
    characters of three Unicode blocks or more (a glyph's number falls in any script; a line of
    Uyghur, Tibetan, Mongolian or Russian keeps to its own), each at most a few characters from
    the next (the random Han, digits and blanks between them are the run's too), from the first
    to the last."""
    runs: list[tuple[int, int]] = []
    start = end = 0
    blocks: set[int] = set()
    for m in FOREIGN.finditer(text):
        if blocks and m.start() - end <= _RUN_GAP:
            end = m.end()
            blocks.add(ord(m.group()) >> 8)
            continue
        if len(blocks) >= 3:
            runs.append((start, end))
        start, end, blocks = m.start(), m.end(), {ord(m.group()) >> 8}
    if len(blocks) >= 3:
        runs.append((start, end))
    return runs
