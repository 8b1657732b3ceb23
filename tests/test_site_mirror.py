"""A site's mirror as HTTrack or `wget -p` leaves it: besides the report pages, the column's index
page, the pages' images, scripts, style sheets and fonts, the 404 pages of the links it followed,
and the mirroring tool's own files. Only the reports become records; every other file is refused
with what it is (`not_a_document` for the requisites)."""
import functools
import http.server
import json
import struct
import subprocess
import threading
import zlib

import pytest

from conftest import ROOT, need_tool
from pipeline import batch
from pipeline.errors import NotADocument, UnsupportedFormat
from pipeline.readers import sniff


def _png() -> bytes:
    """A 4×4 red PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    pixels = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


STYLE = ("/* 云崖区人民政府门户网站 政府信息公开专栏 */\nbody { font-family: \"宋体\"; font-size: 14px; }\n"
         ".xxgk .title {\n  color: #b00;\n  background: url(logo.png);\n}\n")
SCRIPT = ("var menus = [\n  {name: \"政府信息公开指南\", url: \"guide.html\"},\n  {name: \"政府信息公开年报\", url: \"index.html\"}\n];\n"
          "function show(id) {\n  document.getElementById(id).style.display = \"block\";\n}\n// 网站标识码：3301000001\n")
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><title>政府信息公开</title><rect width="16" height="16"/></svg>'
#: the samples the site's report pages are, and the titles its index lists them by
REPORTS = {"report.html": ("city_2021.html", "江临市人民政府2022年政府信息公开工作年度报告", "2023-01-20"),
           "report2.html": ("bureau_2019.html", "鹤川市交通运输局2019年政府信息公开工作年度报告", "2020-01-15"),
           "report3.html": ("county_2017_gbk.html", "云崖县2017年政府信息公开工作年度报告", "2018-01-30")}


def _site(root) -> None:
    """A column of a site: its index page listing three reports, the report pages with a style sheet,
    a script, an icon and a logo each (the samples' own links lead to pages the site does not have)."""
    (root / "logo.png").write_bytes(_png())
    (root / "style.css").write_text(STYLE, encoding="utf-8")
    (root / "menu.js").write_text(SCRIPT, encoding="utf-8")
    (root / "icon.svg").write_text(SVG, encoding="utf-8")
    requisites = b'<link rel="stylesheet" href="style.css"><script src="menu.js"></script><link rel="icon" href="icon.svg">'
    for name, (sample, _, _) in REPORTS.items():
        page = (ROOT / "samples" / sample).read_bytes()
        head_end = page.lower().find(b"</head>")
        page = page[:head_end] + requisites + page[head_end:]
        body = page.find(b">", page.lower().find(b"<body")) + 1
        (root / name).write_bytes(page[:body] + b'<img src="logo.png" alt="">' + page[body:])
    items = "".join(f'<li><a href="{name}">{title}</a> {date}</li>' for name, (_, title, date) in REPORTS.items())
    (root / "index.html").write_text(
        '<html><head><meta charset="utf-8"><title>政府信息公开年报</title><link rel="stylesheet" href="style.css"></head>'
        f'<body><img src="logo.png"><div class="list"><ul>{items}</ul></div></body></html>', encoding="utf-8")


@pytest.fixture
def mirror(tmp_path):
    """The site mirrored by HTTrack (the copies of its pages under HOST_PORT/, HTTrack's files beside)."""
    httrack = need_tool("httrack")
    site = tmp_path / "site"
    site.mkdir()
    _site(site)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        out = tmp_path / "mirror"
        subprocess.run([httrack, "-q", "-O", str(out), f"http://127.0.0.1:{httpd.server_address[1]}/index.html", "-r3"],
                       check=True, timeout=120, capture_output=True)
    finally:
        httpd.shutdown()
    host = f"127.0.0.1_{httpd.server_address[1]}"
    assert (out / host / "report3.html").exists() and (out / "hts-cache" / "new.zip").exists()
    return out, host


def test_a_site_mirror_gives_the_records_of_its_reports_only(mirror, tmp_path):
    out_dir, host = mirror
    summary = batch.run([str(out_dir)], str(tmp_path / "out"), jobs=2, progress=False, docx=False, fsync=False)
    records = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["source"]["path"]: r["title"] for r in records} == {
        f"{host}/{name}": title for name, (_, title, _) in REPORTS.items()}
    errors = {e["path"]: e for e in map(json.loads, (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    for name, what in [("logo.png", "an image (PNG)"), ("icon.svg", "an image (SVG)"), ("style.css", "a style sheet (CSS)"),
                       ("menu.js", "a script (JavaScript)")]:
        assert (errors[f"{host}/{name}"]["reason"], errors[f"{host}/{name}"]["message"]) == (
            "not_a_document", f"{what}, not a document"), name
    assert errors["backblue.gif"]["reason"] == errors["fade.gif"]["reason"] == "not_a_document"  # (HTTrack's own)
    assert errors[f"{host}/index.html"]["message"] == "not an annual report: index page listing annual reports (3 titles)"
    assert errors["hts-cache/new.zip"]["reason"] == "unsupported_format" and "ZIP archive" in errors["hts-cache/new.zip"]["message"]
    assert {e["reason"] for e in errors.values()} == {"not_a_document", "not_a_report", "unsupported_format"}
    assert summary["by_reason"]["not_a_document"] == 6
    # the 404 pages of the links the samples hold, HTTrack's own index page and log, named so
    kinds = summary["not_reports_by_kind"]
    assert kinds["error page (404 and the like)"] >= 10 and kinds["directory listing or a mirroring tool's own page"] == 2
    assert kinds["index page listing annual reports"] >= 1  # (HTTrack may keep the index twice: index-2.html)


@pytest.mark.parametrize("data, what", [
    (_png(), "an image (PNG)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "an image (JPEG)"),
    (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(range(256)) * 2, "an image (GIF)"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(range(256)) * 2, "an image (WebP)"),
    (b"wOF2\x00\x01\x00\x00" + bytes(range(256)) * 2, "a font (WOFF2)"),
    (b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 2, "a video or audio file (MP4)"),
    (SVG.encode(), "an image (SVG)"),
    (STYLE.encode(), "a style sheet (CSS)"),
    (SCRIPT.encode("gb18030"), "a script (JavaScript)"),
    (("!function(e){var t={};function n(r){if(t[r])return t[r].exports;}" * 40).encode(), "a script (JavaScript)"),
])
def test_a_mirrors_requisites_are_no_documents(data, what):
    with pytest.raises(NotADocument) as e:
        sniff(data, "x")
    assert str(e.value) == f"{what}, not a document" and e.value.reason == "not_a_document"


@pytest.mark.parametrize("data", [
    # a crawl's one line with a Word page's style sheet in it; a text with ASCII colons and commas at its lines' ends
    ("云崖区2019年政府信息公开工作年度报告 一、总体情况 正文。 无。 云崖区经济发展局 2020年1月2日 Normal 0 7.8 磅 0 2 false "
     "EN-US ZH-CN /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; font-size:10.0pt;} 附件下载").encode(),
    "现将2008年度政府信息公开工作情况报告如下:\n一、概述\n外海街道严格按照上级要求,\n推进公开,\n二、存在的问题\n".encode(),
    # a scraper's text keeping the page's character references: lines of ASCII ending in ';'
    "".join(f"&#{ord(c)};" if "\u3000" <= c <= "\u9fff" else c for c in
            "云崖县2017年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》的规定编制。\n一、概述\n").encode(),
    # a report page's text opening with its menu's script a crawler kept
    ("var _hmt = _hmt || [];\n(function() {\n})();\n云崖县2017年政府信息公开工作年度报告\n"
     "本报告根据《中华人民共和国政府信息公开条例》的规定，由云崖县人民政府办公室编制。\n").encode(),
])
def test_texts_with_code_in_them_are_documents(data):
    assert sniff(data, "x.txt") == "txt"


def test_random_bytes_and_a_bare_zip_stay_unsupported_formats():
    import io
    import random
    import zipfile
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(UnsupportedFormat) as e:
        sniff(junk, "x.bin")
    assert e.value.reason == "unsupported_format"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("附件/report.html", (ROOT / "samples" / "city_2021.html").read_bytes())
    from pipeline.convert import convert
    with pytest.raises(UnsupportedFormat, match="a ZIP archive, not a Word document: unpack it"):
        convert(buf.getvalue(), "attachments.zip")
