"""A copy of a report, as mirrors, crawlers and converters make them, gives the original's record.

Mirrors convert whole pages to Traditional script with OpenCC-like tools, page furniture
and crawler headers included (標題/發佈時間/文號…), so every label the readers parse
before the cleaner converts the text back must be read in both scripts; some serve it as
Big5 without saying so. Copies also splice spam into sentences, some pages print their
digits full-width (２０２１年), crawlers that join a page's text nodes dump the whole
page on one line, text taken from a printed page comes hard-wrapped, and a scraper that
strips a page's tags by pattern leaves its character references (&#25919;, &ldquo;)."""
import random
import re

import opencc
import pytest

from conftest import ROOT, shared_corpus
from pipeline.convert import convert
from pipeline.numbers import fold
from pipeline.pagemeta import fields_from_text
from pipeline.readers.decode import declared_charset, decode

FIELDS = ("title", "issuer", "report_year", "doc_number", "signed_date", "published_date", "format",
          "contacts", "tables", "indicators")
SPAM = ["澳门新葡京娱乐城", "bet365体育投注", "时时彩开户注册送", "皇冠体育官方网站入口"]
_CHARSET = re.compile(r"""(charset\s*=\s*["']?)[\w-]+""", re.I)
_NUMBER_IN_TEXT = re.compile(r"(?<=[\u4e00-\u9fff：:，。、（(])\d+(?=[\u4e00-\u9fff，。、）)])")
_CRAWLER_RULE = re.compile(r"(={5,}[^\n]*={5,}\n)")


def _pages(*suffixes: str) -> list:
    corpus = [p for p in sorted((shared_corpus() / "raw").iterdir()) if p.suffix.lower() in suffixes]
    assert len(corpus) >= 30
    return corpus + [p for p in sorted((ROOT / "samples").iterdir()) if p.suffix in suffixes]


def _differences(page, copy: bytes) -> list[str]:
    """The record fields in which the copy's record differs from the page's (strings
    compared folded: a full-width copy prints its numbers so)."""
    original, record = convert(page.read_bytes(), page.name), convert(copy, page.name)
    return [k for k in FIELDS if _folded(record[k]) != _folded(original[k])]


def _folded(value):
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, dict):
        return {k: _folded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return value


# ---------------------------------------------------------------- the copies


def _traditional(page, config: str = "s2t") -> bytes:
    """The page as a mirror serves it: converted to Traditional, in UTF-8."""
    data = page.read_bytes()
    html = page.suffix.lower() in (".html", ".htm")
    text, _, _ = decode(data, declared_charset(data) if html else None)
    text = opencc.OpenCC(config).convert(text)
    return (_CHARSET.sub(r"\g<1>utf-8", text) if html else text).encode("utf-8")


def _big5(text: str) -> bytes:
    """In Taiwan-standard Traditional script (為, not OpenCC s2t's 爲, which Big5 lacks), as Big5."""
    return opencc.OpenCC("s2tw").convert(text).replace("\xa0", " ").encode("big5hkscs")


def _spliced(text: str) -> bytes:
    """Spam spliced in after a dozen of the text's commas (where mirrors put it)."""
    commas = [m.end() for m in re.finditer("，", text)]
    cuts = sorted(random.Random(text[:50]).sample(commas, min(12, len(commas))))
    pieces, last = [], 0
    for i, cut in enumerate(cuts):
        pieces += [text[last:cut], SPAM[i % len(SPAM)]]
        last = cut
    return "".join(pieces + [text[last:]]).encode("utf-8")


def _full_width(text: str) -> bytes:
    """Numbers within the prose printed in full-width digits."""
    return _NUMBER_IN_TEXT.sub(lambda m: "".join(chr(ord(c) + 0xFEE0) for c in m.group()), text).encode("utf-8")


def _character_references(text: str) -> bytes:
    """The text as a scraper that strips a page's tags by pattern saves it, leaving the
    character references the page's CMS wrote ('&#25919;&#24220;', '&ldquo;…&rdquo;', '&nbsp;')."""
    named = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;", "\xa0": "&nbsp;"}
    return "".join(named.get(c) or (f"&#{ord(c)};" if "\u3000" <= c <= "\u9fff" else c) for c in text).encode("utf-8")


def _body(text: str) -> tuple[str, str]:
    """(a crawler header above its ===== rule, which stays as it is; the body)."""
    parts = _CRAWLER_RULE.split(text, maxsplit=1)
    return ("".join(parts[:2]), parts[2]) if len(parts) == 3 else ("", text)


def _one_line(text: str) -> bytes:
    """The body as a crawler that joins a page's text nodes dumps it: one line, page
    furniture, header fields, signature and footer included."""
    header, body = _body(text)
    return (header + " ".join(line.strip() for line in body.split("\n") if line.strip())).encode("utf-8")


def _wrapped(text: str, width: float = 34) -> bytes:
    """The body hard-wrapped as a page prints it (pdftotext): lines of `width` Chinese
    characters, a Latin letter or digit half one."""
    header, body = _body(text)
    lines = []
    for paragraph in body.split("\n"):
        line, used = "", 0.0
        for ch in paragraph:
            w = 0.5 if ch < "\u0100" else 1.0
            if used + w > width:
                lines.append(line)
                line, used = "", 0.0
            line, used = line + ch, used + w
        lines.append(line)
    return (header + "\n".join(lines)).encode("utf-8")


# ---------------------------------------------------------------- the tests


@pytest.mark.parametrize("copy", [_big5, _spliced, _full_width, _one_line, _wrapped, _character_references],
                         ids=lambda f: f.__name__[1:])
def test_a_copy_of_each_corpus_and_sample_text_gives_its_record(copy):
    failures = []
    for page in _pages(".txt"):
        text, _, _ = decode(page.read_bytes())
        if differences := _differences(page, copy(text)):
            failures.append(f"{page.name}: {', '.join(differences)}")
    assert failures == []


@pytest.mark.parametrize("config", ["s2t", "s2hk", "s2twp"])
def test_a_traditional_copy_of_each_corpus_and_sample_page_gives_its_record(config):
    failures = []
    for page in _pages(".txt", ".html", ".htm"):
        copy = _traditional(page, config)
        if "traditional_converted" not in [i["code"] for i in convert(copy, page.name)["issues"]]:
            failures.append(f"{page.name}: not converted")
        elif differences := _differences(page, copy):
            failures.append(f"{page.name}: {', '.join(differences)}")
    assert failures == []


def test_traditional_labels_are_read_and_values_kept_as_printed():
    fields = fields_from_text("發佈機構：平潭綜合實驗區管委會辦公室  文號：嵐政辦〔2024〕3號  發佈日期：2024-03-08")
    assert fields == {"publisher": "平潭綜合實驗區管委會辦公室", "doc_number": "嵐政辦〔2024〕3號", "published": "2024-03-08"}


@pytest.mark.parametrize("config, encoding", [(None, "gb18030"), ("s2t", "gb18030"), ("s2tw", "big5hkscs")])
def test_gbk_and_big5_bytes_are_told_apart(config, encoding):
    # every Big5 byte pair is also a GB18030 one: the decoder must choose by the text
    text = (ROOT / "samples" / "district_2022_flat.txt").read_text(encoding="utf-8")
    if config:
        text = opencc.OpenCC(config).convert(text)
    assert decode(text.encode(encoding)) == (text, encoding, encoding)


def test_pages_without_a_traditional_character_are_not_sent_through_opencc(monkeypatch):
    # the shortcut (no character t2s changes on its own) must decide as converting does
    from pipeline.extract import clean
    from pipeline.readers import read

    pages = _pages(".txt", ".html", ".htm")
    copies = [(page.read_bytes(), page.name) for page in pages] + [(_traditional(page), page.name) for page in pages]
    shortcut = []
    for data, name in copies:
        doc, _ = read(data, name)
        issues = []
        shortcut.append((clean._to_simplified(doc, clean.all_text(doc), issues).blocks, issues))
    monkeypatch.setattr(clean, "_traditional_chars", lambda: re.compile("."))
    for (data, name), want in zip(copies, shortcut):
        doc, _ = read(data, name)
        issues = []
        assert (clean._to_simplified(doc, clean.all_text(doc), issues).blocks, issues) == want, name


def test_a_worker_loads_only_the_t2s_dictionaries(monkeypatch):
    # each further OpenCC configuration costs a worker 15–30 MB (the bench's memory caught one)
    from pipeline import pagemeta, script
    from pipeline.extract import clean

    pages = sorted((ROOT / "samples").iterdir())
    copies = [(page.read_bytes(), page.name) for page in pages] + [(_traditional(page), page.name) for page in pages]
    loaded = []
    real = opencc.OpenCC
    monkeypatch.setattr(opencc, "OpenCC", lambda config: loaded.append(config) or real(config))
    for cached in (script.t2s, script.simplified_of, pagemeta._traditional_label_chars, clean._traditional_chars):
        cached.cache_clear()
    for data, name in copies:
        convert(data, name)
    assert loaded == ["t2s"]
