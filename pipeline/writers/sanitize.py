"""Make any Python string safe to put into XML 1.0 (DOCX parts).

`sanitize(text)` is the one function every text goes through before it reaches the
DOCX writer. It returns a string made only of XML-1.0 characters in which:

* ``\\n`` is a paragraph break (``\\r\\n`` and a lone ``\\r`` become ``\\n``, so does
  ``\\x0c`` — Word's page/section break in legacy .doc text — and U+0085 NEL);
* U+2028 LINE SEPARATOR is a line break inside a paragraph (``\\x0b``, Word's manual
  line break, becomes U+2028);
* ``\\t`` is kept (a tab);
* every other C0 control, DEL, the C1 controls, U+FFFE and U+FFFF are dropped;
* lone surrogates (from ``surrogateescape`` decoding or JSON ``\\ud800``) become U+FFFD.

Nothing else is changed (no NFC: compatibility ideographs stay as they are, so the
rendered text equals the record's text).
"""
from __future__ import annotations

import re

__all__ = ["sanitize", "LINE_BREAK"]

LINE_BREAK = "\u2028"

# Anything that needs work: C0 controls other than \t and \n, DEL, C1, U+2028 is fine,
# surrogates, U+FFFE/U+FFFF.
_NEEDS_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(text: str | None) -> str:
    """Return `text` with every character XML 1.0 forbids removed or mapped (see module doc)."""
    if not text:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if _NEEDS_WORK.search(text) is None:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n").replace("\x85", "\n")
    text = text.replace("\x0b", LINE_BREAK)
    text = _DROP.sub("", text)
    return _SURROGATE.sub("\ufffd", text)
