"""A mirror site's copy of a report gives the original's record.

Mirrors convert whole pages to Traditional script with OpenCC-like tools, page furniture
and crawler headers included (標題/發佈時間/文號…), so every label the readers parse
before the cleaner converts the text back must be read in both scripts. Copies also
splice spam into sentences, some pages print their digits full-width (２０２１年),
crawlers that join a page's text nodes dump the whole page on one line, and text taken
from a printed page comes hard-wrapped."""
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
_CHARSET = re.compile(r"""(charset\s*=\s*["']?)[\w-]+""", re.I)


def _traditional_copy(data: bytes, name: str, config: str) -> bytes:
    """The page as a mirror serves it: converted to Traditional, in UTF-8."""
    html = name.lower().endswith((".html", ".htm"))
    text, _, _ = decode(data, declared_charset(data) if html else None)
    text = opencc.OpenCC(config).convert(text)
    if html:
        text = _CHARSET.sub(r"\g<1>utf-8", text)
    return text.encode("utf-8")


def _assert_same_record(path, config="s2t"):
    data = path.read_bytes()
    original = convert(data, path.name)
    copy = convert(_traditional_copy(data, path.name, config), path.name)
    assert "traditional_converted" in [i["code"] for i in copy["issues"]]
    assert {k: copy[k] for k in FIELDS} == {k: original[k] for k in FIELDS}


SPAM = ["澳门新葡京娱乐城", "bet365体育投注", "时时彩开户注册送", "皇冠体育官方网站入口"]
_NUMBER_IN_TEXT = re.compile(r"(?<=[\u4e00-\u9fff：:，。、（(])\d+(?=[\u4e00-\u9fff，。、）)])")


def _spliced_copy(text: str, seed: str) -> str:
    """Spam spliced in after a dozen of the text's commas (where mirrors put it)."""
    commas = [m.end() for m in re.finditer("，", text)]
    cuts = sorted(random.Random(seed).sample(commas, min(12, len(commas))))
    pieces, last = [], 0
    for i, cut in enumerate(cuts):
        pieces += [text[last:cut], SPAM[i % len(SPAM)]]
        last = cut
    return "".join(pieces + [text[last:]])


def _full_width_copy(text: str, seed: str) -> str:
    """Numbers within the prose printed in full-width digits."""
    return _NUMBER_IN_TEXT.sub(lambda m: "".join(chr(ord(c) + 0xFEE0) for c in m.group()), text)


def _one_line_copy(text: str, seed: str) -> str:
    """The body as a crawler that joins a page's text nodes dumps it: one line, page
    furniture, header fields, signature and footer included (a crawler header above a
    ===== rule stays as it is)."""
    header, rule, body = re.split(r"(={5,}[^\n]*={5,}\n)", text, maxsplit=1) if re.search(r"={5,}[^\n]*={5,}\n", text) else ("", "", text)
    return header + rule + " ".join(line.strip() for line in body.split("\n") if line.strip())


def _wrapped_copy(text: str, seed: str, width: float = 34) -> str:
    """The body hard-wrapped as a page prints it (pdftotext): lines of `width` Chinese
    characters, a Latin letter or digit half one."""
    header, rule, body = re.split(r"(={5,}[^\n]*={5,}\n)", text, maxsplit=1) if re.search(r"={5,}[^\n]*={5,}\n", text) else ("", "", text)
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
    return header + rule + "\n".join(lines)


def _folded(value):
    """A record value with its strings folded (a full-width copy prints them so)."""
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, dict):
        return {k: _folded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return value


@pytest.mark.parametrize("copy", [_spliced_copy, _full_width_copy, _one_line_copy, _wrapped_copy],
                         ids=lambda f: f.__name__.strip("_"))
def test_spliced_spam_full_width_digits_one_line_and_wrapped_bodies_leave_the_records_as_they_are(copy):
    pages = [p for p in sorted((shared_corpus() / "raw").iterdir()) if p.suffix.lower() == ".txt"]
    pages += [p for p in sorted((ROOT / "samples").iterdir()) if p.suffix == ".txt"]
    failures = []
    for page in pages:
        data = page.read_bytes()
        text, _, _ = decode(data)
        original = convert(data, page.name)
        record = convert(copy(text, page.name).encode("utf-8"), page.name)
        got, want = ({k: _folded(r[k]) for k in FIELDS} for r in (record, original))
        if got != want:
            failures.append(page.name + ": " + ", ".join(k for k in FIELDS if got[k] != want[k]))
    assert failures == []


@pytest.mark.parametrize("sample", sorted((ROOT / "samples").iterdir()), ids=lambda p: p.name)
@pytest.mark.parametrize("config", ["s2t", "s2hk"])
def test_a_traditional_copy_of_a_sample_gives_its_record(sample, config):
    _assert_same_record(sample, config)


def test_a_traditional_copy_of_each_corpus_page_gives_its_record():
    pages = [p for p in sorted((shared_corpus() / "raw").iterdir()) if p.suffix.lower() in (".txt", ".html", ".htm")]
    assert len(pages) >= 30
    failures = []
    for page in pages:
        try:
            _assert_same_record(page)
        except AssertionError as e:
            failures.append(f"{page.name}: {str(e)[:300]}")
    assert failures == []


def test_traditional_labels_are_read_and_values_kept_as_printed():
    fields = fields_from_text("發佈機構：平潭綜合實驗區管委會辦公室  文號：嵐政辦〔2024〕3號  發佈日期：2024-03-08")
    assert fields == {"publisher": "平潭綜合實驗區管委會辦公室", "doc_number": "嵐政辦〔2024〕3號", "published": "2024-03-08"}


def test_a_big5_copy_without_a_declared_charset_gives_the_record():
    # every Big5 byte pair is also a GB18030 one: the decoder must choose by the text
    taiwan = opencc.OpenCC("s2tw")  # 為, not OpenCC s2t's 爲, which Big5 lacks
    pages = [p for p in sorted((shared_corpus() / "raw").iterdir()) if p.suffix.lower() == ".txt"]
    pages += [p for p in sorted((ROOT / "samples").iterdir()) if p.suffix == ".txt"]
    failures = []
    for page in pages:
        data = page.read_bytes()
        text, _, _ = decode(data)
        copy = convert(taiwan.convert(text).replace("\xa0", " ").encode("big5hkscs"), page.name)
        original = convert(data, page.name)
        if copy["source"]["encoding"] != "big5hkscs" or any(copy[k] != original[k] for k in FIELDS):
            failures.append(page.name + ": " + copy["source"]["encoding"] + " "
                            + ", ".join(k for k in FIELDS if copy[k] != original[k]))
    assert failures == []


@pytest.mark.parametrize("config, encoding", [(None, "gb18030"), ("s2t", "gb18030"), ("s2tw", "big5hkscs")])
def test_gbk_and_big5_bytes_are_told_apart(config, encoding):
    text = (ROOT / "samples" / "district_2022_flat.txt").read_text(encoding="utf-8")
    if config:
        text = opencc.OpenCC(config).convert(text)
    assert decode(text.encode(encoding)) == (text, encoding, encoding)
