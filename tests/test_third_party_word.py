"""Our HTML samples converted to DOCX and to Word 97 DOC by a third-party encoder
(LibreOffice) give the same record as the HTML original — every field but `source`."""
import pytest

from conftest import ROOT, need_soffice
from pipeline.convert import convert
from pipeline.readers import doc as doc_reader
from pipeline.readers import libreoffice

HTML_SAMPLES = sorted((ROOT / "samples").glob("*.html"))


@pytest.fixture(scope="module")
def soffice():
    need_soffice()


@pytest.mark.parametrize("target", ["docx", "doc"])
@pytest.mark.parametrize("sample", HTML_SAMPLES, ids=lambda p: p.name)
def test_word_copy_gives_the_same_record(soffice, sample, target):
    original = convert(sample.read_bytes(), sample.name)
    word = libreoffice.convert(libreoffice.html_for_libreoffice(sample.read_bytes()), ".html", target)
    if target == "doc":
        assert word[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        doc_reader.read_native(word)  # the native Word 97 reader handles it, no fallback needed
    copy = convert(word, f"{sample.name}.{target}")
    assert copy["source"]["format"] == target
    assert {k: v for k, v in copy.items() if k != "source"} == {k: v for k, v in original.items() if k != "source"}
