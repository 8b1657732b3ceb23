"""The cleaner never removes real report text, and removes every injected spam span."""
import random
import re

import pytest

from conftest import ROOT
from pipeline.convert import convert
from pipeline.model import Paragraph
from pipeline.readers import read

SAMPLES = sorted((ROOT / "samples").iterdir())
INJECTIONS = [
    "beat365官方网站手机版_365三式投注",
    "澳门新葡京娱乐城",
    "bet365体育投注",
    "时时彩开户注册送",
    "氯胺酮",
    "xinpujing88.com",
]


def _record_text(record: dict) -> str:
    parts = [record.get("title") or ""] + record.get("preamble", []) + record.get("closing", [])
    parts += [s["number"] + "、" + s["title"] + "\n" + s["text"] for s in record["sections"]]
    return re.sub(r"\s", "", "\n".join(parts))


def _sentences(data: bytes) -> list[str]:
    doc, _ = read(data)
    out = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            # prose sentences only: a flattened statistics table is not a sentence
            out += [s + "。" for s in b.text.split("。")[:-1]
                    if len(s) >= 12 and "|" not in s and not re.search(r"\d{6}|信息内容", s)]
    return out


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sentence_of_a_clean_sample_survives(sample):
    data = sample.read_bytes()
    text = _record_text(convert(data, sample.name))
    missing = [s for s in _sentences(data) if re.sub(r"\s", "", s) not in text]
    assert missing == []


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s.suffix == ".txt"], ids=lambda p: p.name)
def test_every_injected_span_is_removed(sample):
    raw = sample.read_bytes().decode("utf-8")
    rng = random.Random(sample.name)
    positions = sorted(rng.sample([m.end() for m in re.finditer("，", raw)], 12))
    injected, pieces, last = [], [], 0
    for i, pos in enumerate(positions):
        spam = INJECTIONS[i % len(INJECTIONS)]
        pieces += [raw[last:pos], spam]
        injected.append(spam)
        last = pos
    pieces.append(raw[last:])
    record = convert("".join(pieces).encode("utf-8"), sample.name)
    text = _record_text(record)
    assert [s for s in injected if s in text] == []
    clean = _record_text(convert(raw.encode("utf-8"), sample.name))
    assert text == clean  # nothing else changed
    assert sum(1 for i in record["issues"] if i["code"] == "spam_removed") >= len(injected)


CHROME_LINES = ["附件下载", "正文 附件下载 ", "第二页 — 12 — 续", "保护视力色：杏仁黄 秋叶褐", "【字体：大 中 小】",
                "无障碍浏览 | 长者助手", "本站 长者助手", "版权所有：某县人民政府", "您是第 1234 位访问者",
                "浏览次数：12", "来源：县政府办", "当前位置：首页 > 政务公开", "微信 微博 QQ空间"]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_a_page_holding_a_chrome_line_is_never_skipped_by_the_page_tests(line):
    """The page-wide tests may say yes too often, never too seldom: wherever a chrome-span
    or unanchored chrome-line pattern matches a line, the test on its page is true."""
    from pipeline.extract.clean import _rules

    rules = _rules()
    body = "本机关依法主动公开政府信息。\n一、总体情况\n"
    for page in (body + line, line + "\n" + body, body + line + "\n" + body):
        if any(p.search(line) for p in rules["chrome_spans"]):
            assert rules["chrome_span_in_page"](page), (line, page)
        if rules["chrome_lines"].anywhere and rules["chrome_lines"].anywhere.search(line):
            assert rules["chrome_lines"].page_may_float(page), (line, page)
    assert any(p.search(line) for p in rules["chrome_spans"]) or rules["chrome_lines"].line_matches(line)


def test_a_spam_term_searched_on_its_own_must_hold_plain_text_to_look_for_first():
    """A term opening with digits, an escape or an optional group is searched only on texts
    holding its plain text; one without any would be searched on every text, so it is refused."""
    from pipeline.extract.clean import _LexiconTest

    test = _LexiconTest([r"\d+bet", r"(?:香港)?六宝典(?:资料)?", r"\(中国\)官方网站", "棋牌"])
    assert test("访问 888bet 注册") and test("香港六宝典资料") and test("(中国)官方网站") and test("棋牌")
    assert not test("本机关全年主动公开信息365条,其中中国政府网转载12条。")
    with pytest.raises(ValueError):
        _LexiconTest([r"(?:a|b)\d+"])


def test_a_spam_term_searched_with_the_others_must_open_with_a_character_every_match_holds():
    """Terms that open with a plain character are searched as one alternation, which the regex
    engine runs only at positions whose character opens a term; a term opening with an optional
    character ('新?葡京') would make it try every position, so it is refused."""
    from pipeline.extract.clean import _LexiconTest

    for term in ("新?葡京", "a*b", "x{0,2}yz"):
        with pytest.raises(ValueError):
            _LexiconTest([term, "棋牌"])
    assert _LexiconTest(["新葡京", "葡京"])("新葡京博彩")
