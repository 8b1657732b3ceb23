"""What a file of a site's mirror is when it is no document: an image, a font, a script, a
style sheet (pipeline/data/requisites.yaml). `sniff` asks before it gives up on binary data
and before it takes a text for a document's text."""
from __future__ import annotations

import html
import re
from functools import lru_cache

from ..resources import load_yaml


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = load_yaml("requisites.yaml")
    magic = [(_hex_pattern(str(h)), what) for h, what in data["magic"].items()]
    return {"magic": magic, "svg": re.compile(data["svg"].encode()),
            "script": re.compile(data["code_lines"]["script"]), "style": re.compile(data["code_lines"]["style"]),
            "code_share": data["code_share"], "prose": re.compile(data["prose"]), "min_lines": data["min_lines"],
            "minified_chars": data["minified"]["chars"], "minified_braces": data["minified"]["braces"]}


def _hex_pattern(spec: str) -> re.Pattern:
    """A bytes pattern matching at a file's start from hex digits, `??` standing for any byte."""
    parts = [b"." if spec[i:i + 2] == "??" else re.escape(bytes.fromhex(spec[i:i + 2])) for i in range(0, len(spec), 2)]
    return re.compile(b"".join(parts), re.S)


def binary_kind(head: bytes) -> str | None:
    """What binary data opening with `head` is ('an image (PNG)'), else None."""
    return next((what for pattern, what in _rules()["magic"] if pattern.match(head)), None)


def markup_kind(lower: bytes) -> str | None:
    """'an image (SVG)' when markup (its first kilobyte lower-cased) is an SVG image, else None."""
    return "an image (SVG)" if _rules()["svg"].search(lower[:1024]) else None


def text_kind(sample: bytes) -> str | None:
    """'a script (JavaScript)' or 'a style sheet (CSS)' when a text (its first bytes) is one, else None."""
    rules = _rules()
    text = sample.decode("utf-8", "ignore") if _is_utf8(sample) else sample.decode("gb18030", "ignore")
    if "&#" in text:
        text = html.unescape(text)  # (a scraper's text keeping a page's character references, '&#25919;&#24220;')
    if rules["prose"].search(text):
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < rules["min_lines"] and not (len(text) >= rules["minified_chars"]
                                                and text.count("{") >= rules["minified_braces"]):
        return None  # (a line or two: a crawl's text, maybe with a Word page's style sheet in it, unless minified code)
    for key, what in (("style", "a style sheet (CSS)"), ("script", "a script (JavaScript)")):
        if sum(1 for line in lines if _is_code(line, rules[key])) >= rules["code_share"] * len(lines):
            return what
    return None


def _is_code(line: str, pattern: re.Pattern) -> bool:
    """Is `line` a line of code `pattern` knows: a comment, or a line at least half ASCII (a menu's
    Chinese strings in quotes, not a sentence ending in a comma or holding a colon: '现将…报告如下: 一、概述')?"""
    return bool(pattern.search(line)) and (line[:2] in _COMMENTS or len(line.encode("ascii", "ignore")) * 2 >= len(line))


#: how a comment's line opens
_COMMENTS = frozenset(("/*", "//", "*", "* ", "*/", "<!"))


def _is_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start > len(sample) - 4  # (a character cut by the sample's end)
    return True
