"""HTML reader details: nested tables, nesting depth, dropped page furniture."""
from __future__ import annotations

import pytest

from pipeline.errors import TooComplex
from pipeline.model import Paragraph, Table
from pipeline.readers.html import read

BODY = "<p>某县人民政府2023年政府信息公开工作年度报告</p><p>一、总体情况 " + "本机关依法主动公开政府信息。" * 20 + "</p>"


def page(inner: str) -> bytes:
    return f"<html><head><title>t</title><script>var x='一、';</script></head><body><div id='zoom'>{BODY}{inner}</div></body></html>".encode()


def test_nested_table_rows_stay_in_their_outer_cell():
    doc = read(page("<table><tr><td>甲</td><td><table><tr><td>内</td><td>表</td></tr></table></td></tr>"
                    "<tr><td>乙</td><td>2</td></tr></table>"))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].text_rows() == [["甲", "内表"], ["乙", "2"]]


@pytest.mark.parametrize("depth, refused", [(150, False), (197, False), (260, True), (3000, True)])
def test_nesting_depth_limit(depth, refused):
    inner = "<div>" * depth + "深处" + "</div>" * depth
    if refused:
        with pytest.raises(TooComplex):
            read(page(inner))
    else:
        assert "深处" in "".join(b.text for b in read(page(inner)).blocks if isinstance(b, Paragraph))


def test_scripts_comments_and_head_are_not_text():
    doc = read(page("<!-- 注释 --><p>正文<!-- x -->继续</p>"))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "正文继续" in texts
    assert not any("var x" in t or "注释" in t for t in texts)
    assert doc.meta["page_title"] == "t"


TEXTS = {"utf-8": "政府信息公开\t年度报告\r\n全角１２ＡＢ〔2021〕{}尾部文字ＦＦ臺灣",
         "gb18030": "政府信息公开\t年度报告\r\n全角１２ＡＢ〔2021〕{}尾部文字ＦＦ臺灣",
         "big5hkscs": "政府資訊公開\t年度報告\r\n全形１２ＡＢ{}尾部文字ＦＦ臺灣"}


@pytest.mark.parametrize("encoding, bad", [(e, b) for e in TEXTS for b in ["\x01", "\x1f", "\x7f", "\x0b", "\ufffe", "\uffff", ""]
                                           if e != "big5hkscs" or b not in "\ufffe\uffff"])
def test_control_characters_are_found_from_the_bytes_in_every_encoding(encoding, bad):
    """The byte test that spares most pages the regex scan finds exactly what the scan finds,
    whatever multi-byte characters surround the control character."""
    from pipeline.readers.html import _CONTROLS, _control_characters

    text = TEXTS[encoding].format(bad)
    data = text.encode(encoding)
    assert _control_characters(data, data.decode(encoding), encoding) == _CONTROLS.findall(text)


def test_a_page_with_control_characters_says_how_many_it_removed():
    doc = read(page("<p>本年度\x01共\x02公开信息12条。</p>"))
    assert any("removed 2 control characters" in w for w in doc.warnings)
    assert any(isinstance(b, Paragraph) and b.text == "本年度共公开信息12条。" for b in doc.blocks)


def test_a_one_cell_table_laying_out_the_page_is_no_table():
    # a CMS wraps a Word page in a table of one cell: its paragraphs and the tables inside it are the body's
    page = ("<html><body><div class='article_content'><table align='center'><tbody><tr><td><div>"
            "<p>云崖县经济发展局2019年政府信息公开工作年度报告</p><p>一、总体情况</p><p>2019年，我局主动公开政府信息55条。</p>"
            "<table><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>0</td></tr></table>"
            "<p>二、主动公开政府信息情况</p></div></td></tr></tbody></table></div></body></html>")
    blocks = read(page.encode()).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)][:3] == ["云崖县经济发展局2019年政府信息公开工作年度报告", "一、总体情况",
                                                                     "2019年，我局主动公开政府信息55条。"]
    assert [t.text_rows() for t in blocks if isinstance(t, Table)] == [[["信息内容", "本年新制作数量"], ["规章", "0"]]]
