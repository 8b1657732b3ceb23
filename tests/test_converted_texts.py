"""A report converted to text by the tools archives are made with gives the original's record.

Archived TXT files are often what a converter or a text browser made of a page or a Word file: pandoc's
Markdown and plain text (HTML tables left in the Markdown, grids drawn with rules), w3m's dump of a page (tables
drawn with box characters, a 附表's header stacked over lines). Each text here is made at test time by the tool
itself from the samples and ../shared/corpus, and its record must hold the original's fields."""
import subprocess

import pytest

from conftest import ROOT, need_tool, shared_corpus
from pipeline.convert import convert
from pipeline.readers.decode import declared_charset, decode

FIELDS = ("title", "issuer", "report_year", "doc_number", "signed_date", "published_date", "format",
          "contacts", "tables", "indicators")


def _filled(value):
    """`value` without its null leaves: a blank template's table read as empty cells or not read at all is the same."""
    if isinstance(value, dict):
        return {k: v for k, v in ((k, _filled(v)) for k, v in value.items()) if v not in (None, {}, [])}
    if isinstance(value, list):
        return [_filled(v) for v in value]
    return value


def _differences(original: bytes, name: str, text: bytes) -> list[str]:
    page, copy = convert(original, name), convert(text, name + ".txt")
    return [k for k in FIELDS if _filled(copy[k]) != _filled(page[k])]


def _utf8_page(path) -> bytes:
    """The page's HTML as UTF-8 with its charset declared so (the tools read UTF-8)."""
    data = path.read_bytes()
    text, encoding, _ = decode(data, declared_charset(data))
    return text.replace(f"charset={encoding}", "charset=utf-8").encode("utf-8")


def _pages() -> list:
    return sorted((ROOT / "samples").glob("*.html")) + sorted((shared_corpus() / "raw").glob("*.html"))


def test_pandocs_plain_text_of_a_page():
    pandoc = need_tool("pandoc")
    # (pandoc lays a table out with blanks: county_2017_gbk's 附表 leaves a cell blank)
    for page in _pages():
        text = subprocess.run([pandoc, "-f", "html", "-t", "plain", "--wrap=none"], input=_utf8_page(page),
                              capture_output=True, check=True).stdout
        assert _differences(page.read_bytes(), page.name, text) == [], page.name


@pytest.mark.parametrize("to", ["plain", "gfm"])
def test_pandocs_text_of_a_word_file(to):
    pandoc = need_tool("pandoc")
    files = sorted((shared_corpus() / "raw").glob("*.docx"))
    assert files
    for doc in files:
        text = subprocess.run([pandoc, "-f", "docx", "-t", to, "--wrap=none"], input=doc.read_bytes(),
                              capture_output=True, check=True).stdout
        assert _differences(doc.read_bytes(), doc.name, text) == [], doc.name


def test_w3ms_dump_of_a_page(tmp_path):
    """Tables with borders drawn with box characters, borderless ones laid out with blanks (the Pingtan 附表, its
    header stacked over three lines); a whole page's menus above the report and its links below."""
    w3m = need_tool("w3m")
    drawn = 0
    for page in _pages():
        html = tmp_path / page.name
        html.write_bytes(_utf8_page(page))
        text = subprocess.run([w3m, "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", str(html)],
                              capture_output=True, check=True).stdout
        drawn += "┌".encode() in text
        assert _differences(page.read_bytes(), page.name, text) == [], page.name
    assert drawn == 3  # (the samples' tables have borders)


def _pdfplumbers_text(pdf, text) -> None:
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(pdf) as document:
        text.write_text("\n".join(page.extract_text() or "" for page in document.pages), encoding="utf-8")


@pytest.mark.parametrize("mode", ["-raw", "-layout", "pdfplumber"])
def test_the_text_of_a_real_pdf(mode, tmp_path):
    # the corpus's PDFs (Word's and WPS's, their tables ruled) as pdftotext or pdfminer (pdfplumber's extract_text)
    # gives their text: the prose hard-wrapped; the tables a row a line (raw: their cells' lines one after another;
    # layout: set out in columns; pdfminer: a row's values above its label where the label sits lower, the letters of
    # the caption printed down its merged cell before the labels beside them, '三 2.其他法律…'); the overview naming
    # 表四's words with their counts before the table ('其中结果维持72件，…')
    failures = []
    for pdf in sorted((shared_corpus() / "raw").glob("*.pdf")):
        text = tmp_path / (pdf.stem + ".txt")
        if mode == "pdfplumber":
            _pdfplumbers_text(pdf, text)
        else:
            subprocess.run([need_tool("pdftotext"), mode, str(pdf), str(text)], check=True, timeout=120)
        original, read_back = convert(pdf.read_bytes(), pdf.name), convert(text.read_bytes(), text.name)
        differences = [k for k in FIELDS + ("active_disclosure",) if read_back[k] != original[k]]
        if differences:
            failures.append(f"{pdf.name}: {differences}")
    assert failures == []
