"""Golden-file tests on our own samples.

Two expectations per sample:
- tests/samples_expected/<name>.json — written by hand by the sample's author: every
  table cell and the fields the document states. Never regenerated.
- tests/golden/<name>.record.json — the whole record as last reviewed; regenerate only
  with `make golden` (UPDATE_GOLDEN=1) and review the diff.
"""
import json
import os
import re
import unicodedata
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from conftest import IN_CI, ROOT, mismatches
from pipeline.convert import convert
from pipeline.writers.docx import render

SAMPLES = sorted((ROOT / "samples").iterdir())
EXPECTED = ROOT / "tests" / "samples_expected"
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _record(sample: Path) -> dict:
    return convert(sample.read_bytes(), sample.name)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_matches_its_hand_made_expectation(sample):
    label = json.loads((EXPECTED / (sample.name + ".json")).read_text(encoding="utf-8"))
    record = _record(sample)
    assert mismatches(label["expect"], record) == []
    codes = {i["code"] for i in record["issues"]}
    assert not codes & set(label.get("forbid_issue_codes", []))


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(BytesIO(data)) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n))
    text = "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml))
    return _fold(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_docx_holds_the_body_and_none_of_the_chrome(sample):
    label = json.loads((EXPECTED / (sample.name + ".json")).read_text(encoding="utf-8"))
    text = _docx_text(render(_record(sample)))
    for snippet in label.get("docx", {}).get("contains", []):
        assert _fold(snippet) in text, snippet
    for snippet in label.get("docx", {}).get("excludes", []):
        assert _fold(snippet) not in text, snippet


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_record_equals_reviewed_golden(sample):
    record = _record(sample)
    path = GOLDEN / (sample.name + ".record.json")
    text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), "no golden yet: run `make golden` and review the diff"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text)


def test_golden_regeneration_is_off_in_ci():
    assert not (IN_CI and UPDATE), "UPDATE_GOLDEN must never be set in CI"
