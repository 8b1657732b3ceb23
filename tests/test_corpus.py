"""The real corpus in ../shared: `pipeline extract` converts every file, and the
label score (../shared/tools/score.py) never falls below the level reached."""
import json
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED, shared_corpus

LEVELS = json.loads((ROOT / "tests" / "corpus_levels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    raw = shared_corpus() / "raw"
    out = tmp_path_factory.mktemp("corpus")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(raw), "--out", str(out), "--no-progress"],
                          capture_output=True, text=True, timeout=600)
    return raw, out, proc


def test_every_corpus_file_becomes_a_valid_record(corpus_out):
    raw, out, proc = corpus_out
    assert proc.returncode == 0, proc.stderr[-2000:]
    errors = (out / "errors.jsonl").read_text(encoding="utf-8").strip() if (out / "errors.jsonl").exists() else ""
    assert errors == ""
    inputs = sorted(p.name for p in raw.iterdir())
    assert sorted(p.name[:-5] for p in out.glob("*.json") if p.name[:-5] in inputs) == inputs


@pytest.mark.parametrize("part", sorted(LEVELS))
def test_score_does_not_regress(corpus_out, part):
    _, out, _ = corpus_out
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(SHARED / "golden"),
                           "--out", str(out), "--only", part], capture_output=True, text=True, timeout=120)
    m = re.search(r"fields matched: (\d+)/(\d+)", proc.stdout)
    assert m, proc.stdout[-500:]
    share = int(m.group(1)) / int(m.group(2))
    assert share >= LEVELS[part], f"{part}: {share:.1%} < {LEVELS[part]:.1%}\n{proc.stdout[-3000:]}"


def test_a_reports_page_and_attachments_are_one_distinct_report(corpus_out):
    """Pingtan's 2011 report is in the corpus five times (its page, the page's text and GB copy, the DOCX and DOC
    attachments): the database holds five records of one report."""
    from pipeline.writers.sqlite import SqliteStore
    _, out, _ = corpus_out
    store = SqliteStore(out / "reports.sqlite")
    try:
        rows = store.query("SELECT title, copies FROM distinct_reports WHERE issuer = '平潭县人民政府' AND report_year = 2011")
        assert rows == [("平潭县人民政府2011年政府信息公开工作年度报告", 5)]
        assert store.query("SELECT COUNT(*) FROM reports")[0][0] > store.query("SELECT COUNT(*) FROM distinct_reports")[0][0]
    finally:
        store.conn.close()
