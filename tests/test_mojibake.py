"""A page a crawler or a tool decoded with the wrong charset before saving it is read back.

The commonest case in scraped archives: a page served without a charset in its HTTP
header, which Python's requests then decodes as ISO-8859-1 ('ÕþžüÐÅÏ¢' for GBK bytes,
'æ”¿åºœ' for UTF-8), saved as UTF-8. Nothing is lost there, so the copy must give the
original's record. UTF-8 read as GBK ('鏀垮簻淇℃伅') loses the bytes the reading
replaced; the rest must come back, each lost character marked."""
import difflib
import re

import pytest

from conftest import ROOT, shared_corpus
from pipeline.convert import convert
from pipeline.readers.decode import declared_charset, decode

FIELDS = ("title", "issuer", "report_year", "doc_number", "signed_date", "published_date", "format",
          "contacts", "sections", "tables", "indicators", "active_disclosure")
_BODY = re.compile(rb"(<body[^>]*>)(.*)(</body>)", re.S | re.I)


def _pages() -> list:
    corpus = [p for p in sorted((shared_corpus() / "raw").iterdir()) if p.suffix.lower() in (".txt", ".html", ".htm")]
    assert len(corpus) >= 30
    return corpus + sorted((ROOT / "samples").iterdir())


def _latin1(data: bytes) -> bytes:
    """The page as requests' ISO-8859-1 default reads it, saved as UTF-8."""
    return data.decode("latin-1").encode("utf-8")


def _windows1252(data: bytes) -> bytes:
    """The page read as windows-1252 the way browsers read it (the five bytes it leaves
    undefined as C1 controls), saved as UTF-8."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data).encode("utf-8")


def _twice(data: bytes) -> bytes:
    """Mojibake of mojibake: the ISO-8859-1 copy read as ISO-8859-1 again."""
    return _latin1(_latin1(data))


def _body_only(data: bytes) -> bytes:
    """Only the page's body stored as mojibake (a database that took UTF-8 for Latin-1)
    inside a template in its own charset."""
    m = _BODY.search(data)
    if not m:
        return _latin1(data)
    text, encoding, _ = decode(data, declared_charset(data))
    body = m.group(2).decode(encoding).encode("utf-8").decode("latin-1")
    return (data[:m.start(2)].decode(encoding) + body + data[m.end(2):].decode(encoding)).encode("utf-8")


@pytest.mark.parametrize("copy", [_latin1, _windows1252, _twice, _body_only], ids=lambda f: f.__name__.strip("_"))
def test_a_mojibake_copy_of_each_corpus_and_sample_page_gives_its_record(copy):
    failures = []
    for page in _pages():
        data = page.read_bytes()
        original, record = convert(data, page.name), convert(copy(data), page.name)
        codes = {i["code"]: i["severity"] for i in record["issues"]}
        if codes.get("mojibake_repaired") != "info":
            failures.append(f"{page.name}: {codes.get('mojibake_repaired')}")
        elif differences := [k for k in FIELDS if record[k] != original[k]]:
            failures.append(f"{page.name}: {', '.join(differences)}")
    assert failures == []


@pytest.mark.parametrize("codec, lost", [("gb18030", 0.1), ("gbk", 0.25)])
def test_utf8_read_as_gbk_comes_back_with_each_lost_character_marked(codec, lost):
    # what the reading replaced (a byte left alone before ASCII; with Python's gbk also a
    # pair in GBK's user-defined rows) is lost: each character that held such a byte reads
    # as one U+FFFD (here 8.7 and 20.6 % of the Chinese characters)
    text = (ROOT / "samples" / "district_2022_flat.txt").read_text(encoding="utf-8")
    mojibake = text.encode("utf-8").decode(codec, errors="replace")
    repaired, encoding, method = decode(mojibake.encode("utf-8"))
    assert (encoding, method) == ("utf-8", "repaired: utf-8 read as gbk")
    assert _only_lost_characters_marked(text, repaired, lost)


def _only_lost_characters_marked(text: str, repaired: str, lost: float, one_each: bool = True) -> bool:
    """Does `repaired` differ from `text` only in characters that read as U+FFFD (`one_each`:
    one for each), fewer than the share `lost` of its Chinese characters and punctuation?"""
    changes = [(text[a:b], repaired[c:d]) for op, a, b, c, d in
               difflib.SequenceMatcher(None, text, repaired, autojunk=False).get_opcodes() if op != "equal"]
    return (bool(changes) and all(set(now) == {"\ufffd"} and (len(was) == len(now) or not one_each) for was, now in changes)
            and repaired.count("\ufffd") < lost * len(re.findall("[\u4e00-\u9fff。，、：；（）]", text)))


def test_a_gbk_editor_saving_such_mojibake_leaves_question_marks_for_the_lost_bytes():
    text = (ROOT / "samples" / "township_2020_crawl.txt").read_text(encoding="utf-8")
    saved = text.encode("utf-8").decode("gb18030", errors="replace").encode("gbk", errors="replace")
    repaired, _, method = decode(saved)
    assert method == "repaired: utf-8 read as gbk"
    assert "?" not in text and "?" not in repaired  # (each '?' beside the mojibake is a lost byte)
    # (a '?' that stood for a whole character GBK lacks is taken for one byte, so the
    # characters around it are lost too)
    assert _only_lost_characters_marked(text, repaired, 0.35, one_each=False)


def test_the_record_of_a_lossy_copy_warns_of_its_lost_characters():
    data = (ROOT / "samples" / "city_2021.html").read_bytes()
    copy = data.decode("utf-8").encode("utf-8").decode("gb18030", errors="replace").encode("utf-8")
    record = convert(copy, "city_2021.html")
    (repaired,) = [i for i in record["issues"] if i["code"] == "mojibake_repaired"]
    assert repaired["severity"] == "warning" and re.search(r"; \d+ characters .* stay lost", repaired["message"])
    assert record["source"]["encoding_method"] == "repaired: utf-8 read as gbk"
    assert record["report_year"] == 2022 and record["tables"]["applications"]["new_received"]


def test_a_byte_windows_1252_replaced_reads_as_a_lost_character():
    # Python's cp1252 with errors="replace" loses 0x81, 0x8D, 0x8F, 0x90 and 0x9D; none of
    # the five readings of such a byte is taken for it (息 E6 81 AF reads as 杯 with 0x9D)
    text = "政府信息公开工作年度报告：本机关主动公开政府信息共计一百二十条，依申请公开答复按时办结。" * 3
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace")
    repaired, _, method = decode(mojibake.encode("utf-8"))
    assert method == "repaired: utf-8 read as windows-1252"
    assert repaired.startswith("政府信\ufffd公开工作年度报告：本机关主动公开政府信\ufffd共计一百二\ufffd\ufffd，\ufffd申请")
    assert len(repaired) == len(text) and all(a == b or b == "\ufffd" for a, b in zip(text, repaired))


@pytest.mark.parametrize("text", [
    "××××××县人民政府办公室2019年政府信息公开工作年度报告。联系人：××× 电话：××××××××",
    "本机关与Château Élysée、Ångström Æsir等外方机构交流。" * 4,
    "（上述内容中涉及“銆”“锛”等生僻字的，按原文照录。）" * 3,
])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_text_with_latin_letters_or_rare_characters_is_taken_as_it_stands(text, encoding):
    assert decode(text.encode(encoding)) == (text, encoding, encoding)


def test_valid_utf8_under_a_declared_gbk_is_read_as_utf8():
    # (each run of its Chinese is an even number of bytes, so GB18030 reads it without error too)
    page = '<html><head><meta charset="gbk"></head><body><p>政府信息公开工作年度报告</p></body></html>'
    data = page.encode("utf-8")
    assert data.decode("gb18030") != page
    assert decode(data, declared_charset(data)) == (page, "utf-8", "utf-8")
