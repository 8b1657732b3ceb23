"""Traditional and Simplified script: OpenCC's t2s converter, and what it does to single characters.

Only t2s is ever loaded (about 3 MB): each further OpenCC configuration costs a
worker 15–30 MB of dictionaries.
"""
from __future__ import annotations

from functools import lru_cache

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
