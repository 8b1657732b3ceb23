"""Round trip: a DOCX we write, read back with our own DOCX reader, gives the same record."""
from pathlib import Path

import pytest

from conftest import ROOT, shared_corpus
from pipeline.convert import convert
from pipeline.writers.docx import render

FIELDS = ["title", "issuer", "report_year", "doc_number", "signed_date", "tables", "indicators"]


def _same_record(path: Path) -> list[str]:
    record = convert(path.read_bytes(), path.name)
    again = convert(render(record), path.name + ".docx")
    diffs = [k for k in FIELDS if record[k] != again[k]]
    sections = lambda r: [(s["number"], s["title"], s["text"]) for s in r["sections"]]  # noqa: E731
    if sections(record) != sections(again):
        diffs.append("sections")
    return diffs


@pytest.mark.parametrize("sample", sorted((ROOT / "samples").iterdir()), ids=lambda p: p.name)
def test_samples_round_trip(sample):
    assert _same_record(sample) == []


def test_real_corpus_round_trips():
    raw = shared_corpus() / "raw"
    failures = {p.name: d for p in sorted(raw.iterdir()) if (d := _same_record(p))}
    assert failures == {}
