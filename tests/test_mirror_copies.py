"""A mirror site's copy of a report in Traditional script gives the original's record.

Mirrors convert whole pages with OpenCC-like tools, page furniture and crawler headers
included (標題/發佈時間/文號…), so every label the readers parse before the cleaner
converts the text back must be read in both scripts."""
import re

import opencc
import pytest

from conftest import ROOT, shared_corpus
from pipeline.convert import convert
from pipeline.pagemeta import fields_from_text
from pipeline.readers.decode import declared_charset, decode

FIELDS = ("title", "issuer", "report_year", "doc_number", "signed_date", "published_date", "format",
          "contacts", "tables", "indicators")
_CHARSET = re.compile(r"""(charset\s*=\s*["']?)[\w-]+""", re.I)


def _traditional_copy(data: bytes, name: str, config: str) -> bytes:
    """The page as a mirror serves it: converted to Traditional, in UTF-8."""
    html = name.lower().endswith((".html", ".htm"))
    text, _, _ = decode(data, declared_charset(data) if html else None)
    text = opencc.OpenCC(config).convert(text)
    if html:
        text = _CHARSET.sub(r"\g<1>utf-8", text)
    return text.encode("utf-8")


def _assert_same_record(path, config="s2t"):
    data = path.read_bytes()
    original = convert(data, path.name)
    copy = convert(_traditional_copy(data, path.name, config), path.name)
    assert "traditional_converted" in [i["code"] for i in copy["issues"]]
    assert {k: copy[k] for k in FIELDS} == {k: original[k] for k in FIELDS}


@pytest.mark.parametrize("sample", sorted((ROOT / "samples").iterdir()), ids=lambda p: p.name)
@pytest.mark.parametrize("config", ["s2t", "s2hk"])
def test_a_traditional_copy_of_a_sample_gives_its_record(sample, config):
    _assert_same_record(sample, config)


def test_a_traditional_copy_of_each_corpus_page_gives_its_record():
    pages = [p for p in sorted((shared_corpus() / "raw").iterdir()) if p.suffix.lower() in (".txt", ".html", ".htm")]
    assert len(pages) >= 30
    failures = []
    for page in pages:
        try:
            _assert_same_record(page)
        except AssertionError as e:
            failures.append(f"{page.name}: {str(e)[:300]}")
    assert failures == []


def test_traditional_labels_are_read_and_values_kept_as_printed():
    fields = fields_from_text("發佈機構：平潭綜合實驗區管委會辦公室  文號：嵐政辦〔2024〕3號  發佈日期：2024-03-08")
    assert fields == {"publisher": "平潭綜合實驗區管委會辦公室", "doc_number": "嵐政辦〔2024〕3號", "published": "2024-03-08"}
