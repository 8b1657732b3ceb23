"""Numbers, dates and 文号: specimen tables."""
import pytest

from pipeline.extract.meta import normalize_doc_number
from pipeline.numbers import cn_int, parse_cell_number, parse_date


@pytest.mark.parametrize("text, iso", [
    ("2018年1月3日", "2018-01-03"),
    ("二〇一八年一月三日", "2018-01-03"),
    ("二○一二年二月二十日", "2012-02-20"),
    ("二〇一七年十二月三十一日", "2017-12-31"),
    ("２０１８年１月３日", "2018-01-03"),
    ("2023 年 1 月 1 日", "2023-01-01"),
    ("2021-01-29 10:14", "2021-01-29"),
    ("2018.1.9", "2018-01-09"),
    ("2019年元月8日", "2019-01-08"),
    ("二〇一九年元月八日", "2019-01-08"),
    ("2019.元.8", None),
    ("2017年3月", None),
    ("2018年2月30日", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, n", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31), ("二〇一八", 2018)])
def test_cn_int(text, n):
    assert cn_int(text) == n


@pytest.mark.parametrize("raw, canonical, repaired", [
    ("华政办2018〕2号", "华政办〔2018〕2号", True),
    ("闽政办[2018]43号", "闽政办〔2018〕43号", True),
    ("闽政办【2018】43号", "闽政办〔2018〕43号", True),
    ("闽政办(2018)43号", "闽政办〔2018〕43号", True),
    ("闽政办〔2018〕第43号", "闽政办〔2018〕43号", True),
    ("闽政办〔2018〕043号", "闽政办〔2018〕43号", True),
    ("闽政办〔２０１８〕４３号", "闽政办〔2018〕43号", True),
    ("枫政[2021]03号", "枫政〔2021〕3号", True),
    ("中办发﹝2016﹞8号", "中办发〔2016〕8号", True),
    ("国办公开办函〔2021〕30号", "国办公开办函〔2021〕30号", False),
    ("没有文号", None, False),
])
def test_doc_number(raw, canonical, repaired):
    assert normalize_doc_number(raw) == (canonical, repaired)


@pytest.mark.parametrize("text, value, unit, ok", [
    ("0", 0, None, True),
    ("", None, None, True),
    ("—", None, None, True),
    ("/", None, None, True),
    ("无", None, None, True),
    ("_", None, None, True),
    ("1,234", 1234, None, True),
    ("７７３０．２８", 7730.28, None, True),
    ("251.3万元", 251.3, "万元", True),
    ("251000元", 251000, "元", True),
    ("+3", 3, None, True),
    ("-2", -2, None, True),
    ("增10", 10, None, True),
    ("减少3", -3, None, True),
    ("+(2) -(1)", 1, None, True),
    ("不详", None, None, False),
])
def test_parse_cell_number(text, value, unit, ok):
    assert parse_cell_number(text) == (value, unit, ok)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.numbers import _FULLWIDTH, fold  # noqa: E402


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(min_codepoint=0xFEF0, max_codepoint=0xFF70),
                                  st.sampled_from("\u3000 ，。：２０２１年１２月Ａｂ〔〕（）号abc\n\t\U0001F600"),
                                  st.characters())))
def test_fold_is_the_full_width_table(text):
    """fold (regex) gives what str.translate with the full-width table gives."""
    assert fold(text) == text.translate(_FULLWIDTH)


def test_a_cells_unit_in_brackets_or_a_count_of_items():
    assert parse_cell_number("205(万)") == (205, "万", True)
    assert parse_cell_number("205（万元）") == (205, "万元", True)
    assert parse_cell_number("20项") == (20, "项", True)
    assert parse_cell_number("(万)")[2] is False
