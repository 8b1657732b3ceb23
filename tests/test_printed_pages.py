"""A page printed to PDF by a browser gives the original's record.

Archives hold pages saved as PDF: by a browser's 'Save as PDF' (Chromium prints the date and
the page's title atop each page, its address and 'n/N' at the foot) or by wkhtmltopdf. The
text is set ragged right, not justified; the page's menus, its field table drawn without
rules and its lists of links are printed with the report; a table runs over page breaks
with a header and a footer between its parts. Each PDF here is made at test time by the
tool itself from the samples' and ../shared/corpus's pages."""
import subprocess

import pytest

from conftest import ROOT, need_font, need_tool, shared_corpus
from pipeline.convert import convert
from pipeline.readers import read

FIELDS = ("title", "issuer", "report_year", "doc_number", "signed_date", "published_date", "format",
          "contacts", "active_disclosure", "tables", "indicators")


def _pages() -> list:
    corpus = sorted((shared_corpus() / "raw").glob("*.html"))
    assert corpus
    return sorted((ROOT / "samples").glob("*.html")) + corpus


def _chromium(page, pdf) -> list[str]:
    return [need_tool("chromium-headless-shell"), "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", page.as_uri()]


def _wkhtmltopdf(page, pdf) -> list[str]:
    return [need_tool("wkhtmltopdf"), "-q", str(page), str(pdf)]


def _sections(record: dict) -> list:
    return [(s["number"], s["title"], "".join(s["text"].split()), [b.get("table") for b in s["blocks"]])
            for s in record["sections"]]


@pytest.mark.parametrize("printer", [_chromium, _wkhtmltopdf], ids=lambda f: f.__name__.strip("_"))
def test_a_page_printed_to_pdf_gives_its_record(printer, tmp_path):
    failures = []
    for page in _pages():
        pdf = tmp_path / (page.stem + ".pdf")
        done = subprocess.run(printer(page, pdf), capture_output=True, timeout=120)
        # (wkhtmltopdf exits 1 when it could not load a resource the page names, an image or a script)
        assert pdf.exists() and pdf.stat().st_size, done.stderr.decode(errors="replace")
        original, printed = convert(page.read_bytes(), page.name), convert(pdf.read_bytes(), pdf.name)
        differences = [k for k in FIELDS if printed[k] != original[k]]
        # each section whole: its paragraphs joined across lines and pages as the page has them, the
        # page's links under the report not among them, its tables where the page has them
        if _sections(printed) != _sections(original):
            differences.append("sections")
        if differences:
            failures.append(f"{page.name}: {', '.join(differences)}")
    assert failures == []


@pytest.mark.parametrize("printer", [_chromium, _wkhtmltopdf], ids=lambda f: f.__name__.strip("_"))
def test_a_page_with_lists_of_links_under_the_report_printed_to_pdf(printer, tmp_path):
    # (the footer's lists of links follow the report's signature; the page's HTML reader leaves them out)
    sites = ["中国政府网", "湖南省人民政府", "长沙市人民政府", "株洲市人民政府", "湘潭市人民政府", "衡阳市人民政府", "岳阳市人民政府"]
    links = "".join(f'<li><a href="http://www{i}.gov.cn/">{name}</a></li>' for i, name in enumerate(sites))
    sample = (ROOT / "samples" / "city_2021.html").read_text(encoding="utf-8")
    end = sample.rindex("</body>")
    page = tmp_path / "city_links.html"
    page.write_text(sample[:end] + f"<div><h4>政府网站</h4><ul>{links}</ul><h4>新闻媒体</h4><ul><li>人民网</li><li>新华网</li></ul></div>"
                    + sample[end:], encoding="utf-8")
    pdf = tmp_path / "city_links.pdf"
    subprocess.run(printer(page, pdf), capture_output=True, timeout=120)
    original, printed = convert(page.read_bytes(), page.name), convert(pdf.read_bytes(), pdf.name)
    assert printed["signed_date"] == original["signed_date"] == "2023-03-20"
    assert _sections(printed) == _sections(original)


def test_a_page_printed_with_a_font_whose_radicals_share_its_ideographs_glyphs(tmp_path):
    # wkhtmltopdf (Qt) maps each glyph back to the lowest code point the font gives it: with Noto Sans CJK, whose Kangxi
    # radicals share the ideographs' glyphs, the text layer holds ⼀ (U+2F00) for 一, ⼈ for 人, ⽇ for 日, ⻔ for 门
    need_font("Noto Sans CJK SC")
    style = b'<style>*{font-family:"Noto Sans CJK SC" !important}</style>'
    failures = []
    for page in _pages():
        styled = tmp_path / page.name
        styled.write_bytes(page.read_bytes().replace(b"<head>", b"<head>" + style, 1))
        pdf = tmp_path / (page.stem + ".pdf")
        subprocess.run(_wkhtmltopdf(styled, pdf), capture_output=True, timeout=120)
        text = "\n".join(b.text for b in read(pdf.read_bytes())[0].blocks if hasattr(b, "text"))
        assert sum("\u2e80" <= c <= "\u2fdf" for c in text) > 20, page.name  # (the font does as it did)
        original, printed = convert(page.read_bytes(), page.name), convert(pdf.read_bytes(), pdf.name)
        differences = [k for k in FIELDS if printed[k] != original[k]]
        if _sections(printed) != _sections(original):
            differences.append("sections")
        if not any(i["code"] == "radicals_unified" for i in printed["issues"]):
            differences.append("no radicals_unified issue")
        if differences:
            failures.append(f"{page.name}: {', '.join(differences)}")
    assert failures == []


def _without_rules(page, tmp_path):
    """The page with its tables' rules taken away (border attributes and styles in its tags), as a site's page whose
    style sheet was not saved with it prints; in the page's own encoding."""
    import re

    data = page.read_bytes()
    encoding = "gb18030" if re.search(rb"charset=[\"']?gb", data[:3000], re.I) else "utf-8"

    def without_borders(tag: re.Match) -> str:
        tag = re.sub(r"\sborder\s*=\s*(\"[^\"]*\"|'[^']*'|\S+)", ' border="0"', tag.group(0), flags=re.I)
        return re.sub(r"border(?:-(?:top|bottom|left|right))?(?:-(?:width|style|color))?\s*:[^;\"'>]*;?", "", tag, flags=re.I)

    html = re.sub(r"<(?:td|th|tr|table|p|span|div)\b[^>]*>", without_borders, data.decode(encoding), flags=re.I)
    out = tmp_path / (page.stem + "_norules.html")
    out.write_bytes(html.encode(encoding))
    return out


@pytest.mark.parametrize("printer, page", [(_chromium, "city_2021.html"), (_chromium, "bureau_2019.html"),
                                           (_wkhtmltopdf, "bureau_2019.html"), (_wkhtmltopdf, "45_pingtan_county_2011_page.html")],
                         ids=lambda x: getattr(x, "__name__", x).strip("_"))
def test_a_page_whose_tables_print_without_rules_gives_its_record(printer, page, tmp_path):
    # read off the PDF a line at a time: 表三's labels over two lines set around their values, pieces of the merged
    # captions beside them between; 表四's header torn into its words' halves; a 附表's header stacked a cell's line a line
    page = (ROOT / "samples" / page) if (ROOT / "samples" / page).exists() else shared_corpus() / "raw" / page
    pdf = tmp_path / (page.stem + ".pdf")
    subprocess.run(printer(_without_rules(page, tmp_path), pdf), capture_output=True, timeout=120)
    printed, original = convert(pdf.read_bytes(), pdf.name), convert(page.read_bytes(), page.name)
    assert [k for k in FIELDS if printed[k] != original[k]] == []


def test_a_page_whose_tables_print_without_rules_says_nothing_on_stderr(tmp_path):
    # pdfplumber parses such a page itself, and pdfminer under it warned of each font of Chromium's print
    # ('Could not get FontBBox from font descriptor…', 226 lines for one page) over a batch's progress
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    subprocess.run(_chromium(_without_rules(ROOT / "samples" / "city_2021.html", tmp_path), folder / "city_2021.pdf"),
                   capture_output=True, timeout=120)
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(tmp_path / "out"),
                           "--no-docx", "--jobs", "1"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0 and "FontBBox" not in done.stderr and "pdfminer" not in done.stderr


@pytest.mark.parametrize("printer", [_chromium, _wkhtmltopdf], ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("page", ["bureau_2019.html", "city_2021.html"])
def test_the_text_taken_out_of_a_printed_page_gives_its_record(printer, page, tmp_path):
    # pdftotext's text of the print: set ragged right in short paragraphs, a browser's fonts printing digits wider than
    # half a character, the page's menus, field table and tables among its lines, and (Chromium) the print's date and
    # title atop each page and its address and 'n/N' at each foot ('12/1/26, 3:40 AM X年度报告-X门户网站')
    page = ROOT / "samples" / page
    pdf, text = tmp_path / (page.stem + ".pdf"), tmp_path / (page.stem + ".txt")
    subprocess.run(printer(page, pdf), capture_output=True, timeout=120)
    subprocess.run([need_tool("pdftotext"), "-raw", str(pdf), str(text)], check=True, timeout=120)
    original, printed = convert(page.read_bytes(), page.name), convert(text.read_bytes(), text.name)
    assert [k for k in FIELDS if printed[k] != original[k]] == []
    assert any("hard-wrapped" in i["message"] for i in printed["issues"] if i["code"] == "reader_note")


@pytest.mark.parametrize("page", ["city_2021.html", "45_pingtan_county_2011_page.html"])
def test_pdfplumbers_text_of_a_printed_page_gives_its_record(page, tmp_path):
    # pdfminer's text (pdfplumber's extract_text, as scrapers take a PDF's text): wkhtmltopdf's bold headings, drawn
    # twice, read twice ('一一、、总总体体情情况况'); a 附表's header a row of lines a line ('计量 2011' / '指标名称 历年累计' / …)
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    page = (ROOT / "samples" / page) if (ROOT / "samples" / page).exists() else shared_corpus() / "raw" / page
    pdf, text = tmp_path / (page.stem + ".pdf"), tmp_path / (page.stem + ".txt")
    subprocess.run(_wkhtmltopdf(page, pdf), capture_output=True, timeout=120)
    with pdfplumber.open(pdf) as printed:
        text.write_text("\n".join(p.extract_text() or "" for p in printed.pages), encoding="utf-8")
    original, read_back = convert(page.read_bytes(), page.name), convert(text.read_bytes(), text.name)
    assert [k for k in FIELDS if read_back[k] != original[k]] == []
