"""Tests for pipeline.writers.sanitize and the writer's handling of arbitrary text."""
from __future__ import annotations

import io
import re

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.writers.docx import render
from pipeline.writers.sanitize import LINE_BREAK, sanitize

XML10 = re.compile("^[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")

# Every code point, surrogates and C0/C1 controls included.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
ANY_TEXT = st.text(alphabet=ANY_CHAR, max_size=200)
NASTY = st.text(alphabet=st.sampled_from(
    list("\x00\x01\x07\x08\t\n\x0b\x0c\r\x1f\x7f\x85\x9f\ufffe\uffff\ud800\udfff\u2028&<>\"'")
    + ["政", "府", "〔", "〕", "—", "\U00020000", "\u3000"]), max_size=60)
TEXT = st.one_of(ANY_TEXT, NASTY)


def test_examples():
    assert sanitize("a\x00b\x07c") == "abc"
    assert sanitize("line\x0bnext") == f"line{LINE_BREAK}next"
    assert sanitize("page\x0cnext") == "page\nnext"
    assert sanitize("a\r\nb\rc") == "a\nb\nc"
    assert sanitize("tab\tkeep\n") == "tab\tkeep\n"
    assert sanitize("x\ufffe\uffffy") == "xy"
    assert sanitize("lone\ud800 and \udfff") == "lone\ufffd and \ufffd"
    assert sanitize("政府信息公开〔2024〕") == "政府信息公开〔2024〕"
    assert sanitize(None) == "" and sanitize("") == ""
    assert sanitize("\U00020000\U0010ffff") == "\U00020000\U0010ffff"


def test_clean_text_is_returned_unchanged_object():
    s = "洪泽区人民政府2023年政府信息公开工作年度报告"
    assert sanitize(s) is s


@given(TEXT)
def test_output_is_xml10_and_parses(text):
    out = sanitize(text)
    assert XML10.match(out)
    esc = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert etree.fromstring(f"<a>{esc}</a>".encode("utf-8")).text in (None, out.replace("\r", "\n"))
    out.encode("utf-8")  # no lone surrogates left


@given(TEXT)
def test_idempotent(text):
    once = sanitize(text)
    assert sanitize(once) == once


@given(TEXT)
def test_keeps_every_valid_non_control_char(text):
    kept = ["\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text
            if (XML10.match(c) or "\ud800" <= c <= "\udfff") and not ("\x7f" <= c <= "\x9f") and c != "\r"]
    out = sanitize(text)
    assert [c for c in out if c not in "\n" + LINE_BREAK] == [c for c in kept if c not in "\n" + LINE_BREAK]


@settings(max_examples=60, deadline=None)
@given(title=TEXT, para=TEXT, heading=TEXT, cell=TEXT, label=TEXT, closing=TEXT, number=TEXT)
def test_python_docx_reopens_every_file(title, para, heading, cell, label, closing, number):
    record = {
        "title": title, "issuer": closing, "doc_number": number, "signed_date": "2024-01-02",
        "format": "2021", "preamble": [para],
        "sections": [
            {"number": number, "title": heading, "text": para,
             "blocks": [{"kind": "heading", "level": 2, "text": heading},
                        {"kind": "paragraph", "text": para},
                        {"kind": "table", "table": "other", "rows": [[cell, label], [label]]},
                        {"kind": "table", "table": "indicators"}]},
            {"number": "二", "title": title, "text": para},
        ],
        "tables": {"active": {"fees": {"amount": 1.5}}, "units": {"active.fees.amount": cell}},
        "indicators": [{"name": label, "label": label, "unit": cell, "values": {cell: 1, label: None}}],
        "closing": [closing, para],
    }
    data = render(record)
    doc = docx.Document(io.BytesIO(data))
    assert doc.paragraphs
