"""A report kept the ways archives keep pages gives the original's record.

Crawlers and archives keep a document in envelopes: gzip (a body saved as it came over the wire,
or a file compressed after saving), a WARC record (wget --warc-file, Heritrix), an HTTP response
under its headers (wget --save-headers, curl -i), its body chunked or compressed. A saved page
bears the address it came from in its head (HTTrack's note, a browser's), or is the Wayback
Machine's playback of it: its scripts in the head, its toolbar atop the body, its links rewritten
to point into the archive; a text browser's or pandoc's dump of that holds the toolbar's text.

The copies are made at test time by wget, curl and HTTrack fetching the samples' and
../shared/corpus's documents from a local server."""
import gzip
import http.server
import re
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import ROOT, need_tool, shared_corpus
from pipeline.convert import convert
from pipeline.errors import InputBomb, ReadError, UnsupportedFormat

#: media types the server gives what it serves
_MEDIA = {".html": "text/html", ".txt": "text/plain", ".pdf": "application/pdf", ".doc": "application/msword",
          ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
#: a page's statement of its own address, which the server's 'bare' copies leave out
_OWN_ADDRESS = re.compile(rb'<meta name="Url"[^>]*>\s*')


def _documents() -> list[Path]:
    corpus = shared_corpus() / "raw"
    picked = [corpus / n for n in ("45_pingtan_county_2011_page.html", "45b_pingtan_county_2011_attachment.docx",
                                   "45c_pingtan_county_2011_attachment.doc", "01_hongze_2023.pdf")]
    assert all(p.exists() for p in picked)
    return sorted((ROOT / "samples").iterdir()) + picked


class _Handler(http.server.BaseHTTPRequestHandler):
    """GET /MODE/NAME: the document NAME, its body gzip-encoded and/or chunked as MODE says
    ('plain', 'gzip', 'chunked', 'gzip-chunked'), or without its own address ('bare')."""
    protocol_version = "HTTP/1.1"
    documents: dict[str, Path] = {}

    def do_GET(self):  # noqa: N802 (http.server's name)
        mode, _, name = self.path.strip("/").partition("/")
        path = self.documents.get(name)
        if path is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = path.read_bytes()
        media = _MEDIA[path.suffix]
        if path.suffix == ".html":
            media += "; charset=" + ("GBK" if b"gb2312" in body[:2048].lower() else "UTF-8")
        if mode == "bare":
            body = _OWN_ADDRESS.sub(b"", body)
        self.send_response(200)
        self.send_header("Content-Type", media)
        if "gzip" in mode:
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        if "chunked" in mode:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 4000):
                chunk = body[i:i + 4000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    _Handler.documents = {p.name: p for p in _documents()}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _body(record: dict) -> dict:
    """A record's fields but what says where it came from and how it was read."""
    return {k: v for k, v in record.items() if k not in ("source", "issues")}


def _curl(url, out):
    return [need_tool("curl"), "-s", "-i", "--raw", "-H", "Accept-Encoding: gzip", "-o", str(out), url]


def _wget_headers(url, out):
    return [need_tool("wget"), "-q", "--save-headers", "-O", str(out), url]


def _wget_warc(url, out):
    return [need_tool("wget"), "-q", "--no-warc-compression", f"--warc-file={out.with_suffix('')}", "-O", "/dev/null", url]


def _wget_warc_gz(url, out):
    return [need_tool("wget"), "-q", f"--warc-file={out.with_suffix('').with_suffix('')}", "-O", "/dev/null", url]


#: each tool, how the server sends the document, the name the tool saves its copy under, and the
#: envelopes the record names
_FETCHERS = [(_curl, "gzip-chunked", "{}.http", "http"), (_wget_headers, "chunked", "{}.http", "http"),
             (_wget_warc, "plain", "{}.warc", "warc+http"), (_wget_warc_gz, "gzip-chunked", "{}.warc.gz", "gzip+warc+http")]


@pytest.mark.parametrize("fetch, mode, saved_as, envelopes", _FETCHERS, ids=[f[0].__name__.strip("_") for f in _FETCHERS])
def test_a_document_fetched_and_kept_with_its_envelopes_gives_its_record(server, fetch, mode, saved_as, envelopes, tmp_path):
    failures = []
    for doc in _documents():
        out = tmp_path / saved_as.format(doc.name)
        subprocess.run(fetch(f"{server}/{mode}/{doc.name}", out), check=True, timeout=60, capture_output=True)
        original, copy = convert(doc.read_bytes(), doc.name), convert(out.read_bytes(), out.name)
        if _body(copy) != _body(original):
            failures.append(f"{doc.name}: fields differ")
        if copy["source"]["detected_as"] != f"{envelopes}+{original['source']['detected_as']}":
            failures.append(f"{doc.name}: detected as {copy['source']['detected_as']}")
        if copy["source"]["format"] != original["source"]["format"]:
            failures.append(f"{doc.name}: format {copy['source']['format']}")
        # the page's own address where it states one, else the WARC record's
        want_url = original["source"]["url"] or (f"{server}/{mode}/{doc.name}" if "warc" in envelopes else None)
        if copy["source"]["url"] != want_url:
            failures.append(f"{doc.name}: url {copy['source']['url']}")
    assert failures == []


def test_a_warc_file_gives_the_address_of_a_page_that_states_none(server, tmp_path):
    doc = ROOT / "samples" / "city_2021.html"
    assert _OWN_ADDRESS.search(doc.read_bytes())
    subprocess.run(_wget_warc(f"{server}/bare/{doc.name}", tmp_path / "p.warc"), check=True, timeout=60)
    record = convert((tmp_path / "p.warc").read_bytes(), "p.warc")
    assert record["source"]["url"] == f"{server}/bare/{doc.name}"
    assert _body(record) == _body(convert(doc.read_bytes(), doc.name))


def test_a_page_mirrored_by_httrack_gives_its_address(server, tmp_path):
    for doc in (ROOT / "samples").glob("*.html"):
        subprocess.run([need_tool("httrack"), "-q", "-O", str(tmp_path / doc.stem), f"{server}/bare/{doc.name}", "-r1"],
                       check=True, timeout=60, capture_output=True)
        copy = next((tmp_path / doc.stem).rglob(doc.name))
        assert b"by HTTrack" in copy.read_bytes()
        record, original = convert(copy.read_bytes(), copy.name), convert(doc.read_bytes(), doc.name)
        assert record["source"]["url"] == f"{server}/bare/{doc.name}"
        assert _body(record) == _body(original)


def test_a_gzip_file_gives_its_documents_record():
    for doc in _documents():
        original = convert(doc.read_bytes(), doc.name)
        once = convert(gzip.compress(doc.read_bytes()), doc.name + ".gz")
        twice = convert(gzip.compress(gzip.compress(doc.read_bytes())), doc.name + ".gz.gz")
        assert _body(once) == _body(twice) == _body(original), doc.name
        assert once["source"]["detected_as"] == "gzip+" + original["source"]["detected_as"]
        assert twice["source"]["detected_as"] == "gzip+gzip+" + original["source"]["detected_as"]
    # a gzip file of several members (one per record, as a .warc.gz is made) is read whole
    page = (ROOT / "samples" / "city_2021.html").read_bytes()
    members = gzip.compress(page[:10000]) + gzip.compress(page[10000:])
    assert _body(convert(members, "p.html.gz")) == _body(convert(page, "p.html"))


def test_a_browsers_saved_page_gives_the_address_it_was_saved_from():
    page = _OWN_ADDRESS.sub(b"", (ROOT / "samples" / "city_2021.html").read_bytes())
    assert convert(page, "p.html")["source"]["url"] is None
    saved = b"<!-- saved from url=(0060)http://www.jianglin.gov.cn/zwgk/zfxxgk/ndbg/202303/t20230328_618207.html -->\r\n" + page
    assert convert(saved, "p.html")["source"]["url"] == "http://www.jianglin.gov.cn/zwgk/zfxxgk/ndbg/202303/t20230328_618207.html"
    # a page's own statement of its address comes first
    stated = b"<!-- saved from url=(0024)http://mirror.example.com/ -->\r\n" + (ROOT / "samples" / "city_2021.html").read_bytes()
    assert convert(stated, "p.html")["source"]["url"] == "http://www.jianglin.gov.cn/zwgk/zfxxgk/ndbg/202303/t20230328_618207.html"


# The Wayback Machine's playback of a page, as web.archive.org serves it (its insertions as its
# pages print them: the playback script in the head, the toolbar atop the body, the note at the end)
_WAYBACK_HEAD = """<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("{url}","{ts}","https://web.archive.org/","web","/_static/",
\t      "1647936751");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt">
<!-- End Wayback Rewrite JS Include -->
"""
_WAYBACK_TOOLBAR = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display: block; direction: ltr;"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a></div>
<table class="c"><tbody><tr><td class="u" colspan="2"><form target="_top" method="get" action="/web/submit"><input type="text" name="url" value="{url}"></form></td>
<td class="n" rowspan="2"><table><tbody><tr class="m"><td class="b">Jan</td><td class="c">MAR</td><td class="f">May</td></tr>
<tr class="d"><td class="b">20</td><td class="c">22</td><td class="f">15</td></tr><tr class="y"><td class="b">2021</td><td class="c">2022</td><td class="f">2023</td></tr></tbody></table></td></tr>
<tr><td class="s"><a class="t" href="/web/{ts}*/{url}">3 captures</a><div class="r">20 Jan 2022 - 15 May 2023</div></td><td class="k"><a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline"></div></a></td></tr></tbody></table>
<div id="wm-capinfo"><div class="wm-title">About this capture</div><div class="wm-title">COLLECTED BY</div>Collection: <a href="/details/liveweb">Live Web Proxy Crawls</a>
<div>Content crawled via the Wayback Machine Live Proxy mostly by the Save Page Now feature on web.archive.org.</div><div class="wm-title">TIMESTAMPS</div></div></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{url}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(700,27,25,2,"web","{url}","{ts}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
"""
_WAYBACK_NOTE = """
<!--
     FILE ARCHIVED ON 08:12:31 Mar 22, 2022 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 02:15:11 Nov 30, 2026.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->"""


def _played_back(page: str, url: str, ts: str = "20220322081231") -> str:
    """`page` (whose address is `url`) as the Wayback Machine plays it back: its insertions, and
    each link and source rewritten to point into the archive ('/web/TS/http://…', 'im_' for images)."""
    site = "/".join(url.split("/", 3)[:3])

    def rewritten(m):
        attr, quote, target = m.groups()
        if target.startswith(("#", "javascript:", "mailto:", "data:")):
            return m.group(0)
        if target.startswith("//"):
            target = "http:" + target
        elif target.startswith("/"):
            target = site + target
        elif not re.match(r"[a-z]+:", target):
            target = url.rsplit("/", 1)[0] + "/" + target
        return f"{attr}={quote}/web/{ts}{'im_' if attr == 'src' else ''}/{target}{quote}"

    page = re.sub(r"""\b(href|src)=(["'])([^"']*)\2""", rewritten, page)
    page = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + _WAYBACK_HEAD.format(url=url, ts=ts), page, count=1)
    page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + _WAYBACK_TOOLBAR.format(url=url, ts=ts), page, count=1)
    return page + _WAYBACK_NOTE


def _wayback_copies(tmp_path) -> list[tuple[Path, Path, str]]:
    """(the page, its playback, the address the playback names) for the samples' pages and the
    corpus's, each page written without its meta tag stating its address."""
    out = []
    for page in sorted((ROOT / "samples").glob("*.html")) + [shared_corpus() / "raw" / "45_pingtan_county_2011_page.html"]:
        data = _OWN_ADDRESS.sub(b"", page.read_bytes())
        encoding = "gbk" if b"gb2312" in data[:2048].lower() else "utf-8"
        url = "http://www.example.gov.cn/art/2022/3/1/art_1229_5555.html"
        plain, copy = tmp_path / page.name, tmp_path / ("wayback_" + page.name)
        plain.write_bytes(data)
        copy.write_bytes(_played_back(data.decode(encoding), url).encode(encoding, "xmlcharrefreplace"))
        out.append((plain, copy, url))
    return out


def test_a_page_the_wayback_machine_plays_back_gives_its_record_and_address(tmp_path):
    for page, copy, url in _wayback_copies(tmp_path):
        original, record = convert(page.read_bytes(), page.name), convert(copy.read_bytes(), copy.name)
        assert _body(record) == _body(original), page.name
        # the page's address: its own where it states one (the corpus page's link to itself, rewritten
        # into the archive, unwrapped), else the playback script's
        assert record["source"]["url"] == (original["source"]["url"] or url), page.name
        assert not any(i["code"] == "non_government_source" for i in record["issues"])
    # a page's link to itself, rewritten by the playback to point into the archive, names the page
    page, copy, url = _wayback_copies(tmp_path)[0]
    own = b'<link rel="canonical" href="http://www.example.gov.cn/own.html">'
    linked = page.read_bytes().replace(b"<head>", b"<head>" + own, 1)
    played = _played_back(linked.decode("utf-8"), url)
    assert '<link rel="canonical" href="/web/20220322081231/http://www.example.gov.cn/own.html">' in played
    record = convert(played.encode("utf-8"), "p.html")
    assert record["source"]["url"] == "http://www.example.gov.cn/own.html"
    assert _body(record) == _body(convert(linked, "p.html"))


def _w3m(page):
    return [need_tool("w3m"), "-dump", "-cols", "120", "-T", "text/html", str(page)]


def _lynx(page):
    return [need_tool("lynx"), "-dump", "-width=100", "-display_charset=utf-8", str(page)]


def _pandoc(page):
    return [need_tool("pandoc"), "-f", "html", "-t", "plain", str(page)]


@pytest.mark.parametrize("dump", [_w3m, _lynx, _pandoc], ids=lambda f: f.__name__.strip("_"))
def test_a_text_dump_of_a_page_the_wayback_machine_plays_back(dump, tmp_path):
    failures = []
    for page, copy, url in _wayback_copies(tmp_path):
        texts = [subprocess.run(dump(p), capture_output=True, check=True, timeout=60).stdout for p in (page, copy)]
        record, played = convert(texts[0], page.name + ".txt"), convert(texts[1], copy.name + ".txt")
        if _body(played) != _body(record):
            failures.append(f"{page.name}: fields differ")
        # the toolbar names the page's address, which the dump may wrap onto the next lines
        if played["source"]["url"] != url:
            failures.append(f"{page.name}: url {played['source']['url']}")
    assert failures == []


def test_a_compressed_or_enveloped_file_that_cannot_be_read_has_a_typed_error():
    page = (ROOT / "samples" / "city_2021.html").read_bytes()
    # a gzip bomb: 200 MB of zeros in 200 kB
    with pytest.raises(InputBomb):
        convert(gzip.compress(b"\0" * 200_000_000, compresslevel=1), "bomb.gz")
    with pytest.raises(ReadError, match="truncated"):
        convert(gzip.compress(page)[:5000], "cut.html.gz")
    with pytest.raises(ReadError, match="corrupt"):
        convert(gzip.compress(page)[:20] + b"\xff" * 200, "bad.html.gz")

    def warc(*blocks: bytes | tuple[bytes, bytes]) -> bytes:
        """A WARC file of a response record for each of `blocks` (a target URI of its own with it, or one made up)."""
        records = [b if isinstance(b, tuple) else (b"http://www.example.gov.cn/%d.html" % i, b) for i, b in enumerate(blocks)]
        return b"".join(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <%s>\r\n"
                        b"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
                        % (uri, len(b), b) for uri, b in records)

    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + page
    assert _body(convert(warc(response), "one.warc")) == _body(convert(page, "p.html"))
    with pytest.raises(UnsupportedFormat, match="2 documents"):
        convert(warc(response, response), "two.warc")
    with pytest.raises(ReadError, match="truncated"):
        convert(warc(response)[:-3000], "cut.warc")
    # a response the server refused, or only a page's image: no document
    with pytest.raises(UnsupportedFormat, match="no document"):
        convert(warc(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>404</html>"), "404.warc")
    with pytest.raises(UnsupportedFormat, match="no document"):
        convert(warc(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"), "img.warc")
    # the page with what a browser fetched for it: its images, scripts, style sheets, the data its scripts asked for
    requisites = [b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\n\r\n{}" % media for media in
                  (b"image/x-icon", b"application/javascript", b"text/css", b"application/json;charset=UTF-8",
                   b"application/ld+json", b"font/woff2", b"text/xml")]
    robots = (b"http://www.example.gov.cn/robots.txt", b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nUser-agent: *")
    assert _body(convert(warc(response, *requisites, robots), "page.warc")) == _body(convert(page, "p.html"))
    with pytest.raises(UnsupportedFormat, match="br"):
        convert(b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x1b\x00", "br.http")


def test_a_body_is_read_as_chunked_only_where_its_chunks_are():
    from pipeline.readers.envelope import _dechunked

    assert _dechunked(b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n") == b"hello world"
    assert _dechunked(b"5\r\nhello\r\n6\r\n wo") == b"hello wo"  # (cut short: as far as it goes)
    # wget keeps 'Transfer-Encoding: chunked' among the headers it saves but undoes the chunks: a text opening with a
    # year or a hex-like word is no chunk's size
    for body in ("2023年度报告\n全文".encode(), b"2023\n\xe5\x85\xa8\xe6\x96\x87", b"abc\r\nde", b"<html>"):
        assert _dechunked(body) == body
    text = "江临市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息18642条。".encode()
    saved = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text
    assert convert(saved, "p.txt")["sections"] == convert(text, "p.txt")["sections"]
