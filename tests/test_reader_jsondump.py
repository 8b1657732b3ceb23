"""A page's JSON, as a site's interface serves it and a crawler saved it, gives the page's record
(pipeline/readers/jsondump.py)."""
import json
import re

import pytest

from conftest import ROOT, shared_corpus
from pipeline.convert import convert
from pipeline.errors import NotAReport, TooComplex
from pipeline.readers import read, sniff
from pipeline.readers.decode import declared_charset, decode

FIELDS = ("title", "issuer", "report_year", "doc_number", "signed_date", "published_date", "format",
          "contacts", "sections", "active_disclosure", "tables", "indicators")


def _pages() -> list:
    corpus = sorted((shared_corpus() / "raw").glob("*.html"))
    assert corpus
    return sorted((ROOT / "samples").glob("*.html")) + corpus


def _as_json(page, ensure_ascii: bool) -> bytes:
    """The page's article as an interface's JSON: its body's HTML and its fields in an envelope."""
    data = page.read_bytes()
    text, _, _ = decode(data, declared_charset(data))
    body = re.search(r"<body[^>]*>(.*)</body>", text, re.S | re.I).group(1)
    title = re.search(r"<title>(.*?)</title>", text, re.S | re.I).group(1).strip()
    article = {"code": 200, "msg": "success", "data": {"id": 8862455, "title": title, "publishTime": "2023-03-28 15:02:11",
                                                       "source": "办公室", "content": body}}
    return json.dumps(article, ensure_ascii=ensure_ascii).encode("utf-8")


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["escaped", "utf-8"])
def test_a_pages_json_gives_the_pages_record(ensure_ascii):
    failures = []
    for page in _pages():
        original, dumped = convert(page.read_bytes(), page.name), convert(_as_json(page, ensure_ascii), page.stem + ".json")
        assert dumped["source"]["format"] == "html" and dumped["source"]["detected_as"] == "json"
        if differences := [k for k in FIELDS if k != "published_date" and dumped[k] != original[k]]:
            failures.append(f"{page.name}: {', '.join(differences)}")
    assert failures == []


def test_the_fields_around_a_text_body():
    body = "\n".join(["一、总体情况", "2023年，本局主动公开政府信息386条。", "二、其他需要报告的事项", "本年度未收取信息处理费。",
                      "如对本报告有疑问，请与办公室联系（电话：0762-6231185）。", "鹤川市交通运输局", "2024年1月17日"] * 2)
    dumped = {"data": {"list": [{"docTitle": "鹤川市交通运输局2023年政府信息公开工作年度报告", "pub_date": "2024-01-21",
                                 "doc_url": "http://jtj.hechuan.gov.cn/art/2024/1/21/art_1.html", "docContent": body}]}}
    record = convert(json.dumps(dumped, ensure_ascii=False).encode(), "x.json")
    assert (record["title"], record["issuer"], record["report_year"], record["published_date"], record["signed_date"]) == (
        "鹤川市交通运输局2023年政府信息公开工作年度报告", "鹤川市交通运输局", 2023, "2024-01-21", "2024-01-17")
    assert record["source"]["url"] == "http://jtj.hechuan.gov.cn/art/2024/1/21/art_1.html"
    assert record["contacts"]["phones"] == ["0762-6231185"]
    # the body's HTML escaped once more ('&lt;p&gt;…'), the JSON itself in GBK
    escaped = {"title": dumped["data"]["list"][0]["docTitle"],
               "content": "".join(f"&lt;p&gt;{line}&lt;/p&gt;" for line in body.splitlines())}
    again = convert(json.dumps(escaped, ensure_ascii=False).encode("gb18030"), "x.json")
    assert (again["title"], again["signed_date"], again["source"]["encoding"]) == (record["title"], "2024-01-17", "gb18030")


def test_a_text_in_brackets_is_read_as_text():
    text = "[转载] 鹤川市交通运输局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本局主动公开政府信息386条。[完]"
    doc, kind = read(text.encode(), "x.txt")
    assert kind == "json" and doc.format == "txt"
    assert convert(text.encode(), "x.txt")["active_disclosure"]["total"] == 386
    with pytest.raises(NotAReport):
        convert(b'{"code": 404, "msg": "not found", "data": null}', "x.json")


def test_json_nested_too_deep_is_a_typed_error():
    assert sniff(b"[" * 100_000 + b"]" * 100_000) == "json"
    with pytest.raises(TooComplex):
        read(b"[" * 100_000 + b"]" * 100_000, "x.json")


def test_a_record_this_pipeline_wrote_is_no_source_document():
    """An archive walked with an earlier run's output in it (a record's JSON, records.jsonl) gives no second, degraded
    record of each report from the records themselves: they are told as the pipeline's own output."""
    from pipeline.errors import NotADocument
    from pipeline.writers.jsonio import dumps_pretty

    record = convert((ROOT / "samples" / "city_2021.html").read_bytes(), "city_2021.html")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (record, record)).encode()
    for data, name in ((dumps_pretty(record).encode(), "city_2021.html.json"), (lines, "records.jsonl")):
        with pytest.raises(NotADocument, match="a record this pipeline wrote"):
            convert(data, name)
    # (a page's JSON naming a source and versions of its own stays a page)
    page = {"source": "办公室", "schema_version": "2", "title": "鹤川市交通运输局2023年政府信息公开工作年度报告",
            "content": "<p>一、总体情况</p><p>" + "2023年，本局主动公开政府信息386条。" * 10 + "</p>"}
    assert convert(json.dumps(page, ensure_ascii=False).encode(), "x.json")["active_disclosure"]["total"] == 386
