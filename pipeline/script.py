"""Traditional and Simplified script: OpenCC's converters to Simplified, and what t2s does to single characters.

A worker loads t2s for telling Traditional text, and hk2s only for a page to convert
(about 4 MB of dictionaries each once the page's characters are looked up).
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
def simplifier():
    """The OpenCC converter that makes a Traditional page Simplified (its `convert(str) -> str`):
    hk2s, which is t2s after Hong Kong's variant characters are made standard (衞→衛→卫, 枱→台,
    which t2s leaves). It gives back a page made by s2t or s2hk character for character.
    (tw2sp, which turns Taiwan's phrases back too, also turns 指标 into 指针 and 简报 into
    演示文稿: the phrases a Taiwan-style conversion swaps are restored from a list instead.)"""
    import opencc

    return opencc.OpenCC("hk2s")


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
