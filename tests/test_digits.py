"""Recovering concatenated cells: real crawler rows from the pingtan archive, by rule."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.digits import _best_split, solve, splits


def _sum_rule(values):
    return int(None not in values and sum(values[:-1]) != values[-1])


@pytest.mark.parametrize("tokens, n, hard, want", [
    (["3960181"], 3, None, ["396", "0", "181"]),
    (["26480430"], 3, None, ["2648", "0", "430"]),
    (["100153"], 3, None, ["10", "0", "153"]),
    (["126025"], 3, None, ["126", "0", "25"]),
    (["898989"], 3, None, ["89", "89", "89"]),
    (["350"], 2, None, ["35", "0"]),
    (["801000081"], 7, _sum_rule, ["80", "1", "0", "0", "0", "0", "81"]),
    (["230", "000023"], 7, _sum_rule, ["23", "0", "0", "0", "0", "0", "23"]),
    (["220000325"], 7, _sum_rule, ["22", "0", "0", "0", "0", "3", "25"]),
    (["500000", "5"], 7, _sum_rule, ["5", "0", "0", "0", "0", "0", "5"]),
])
def test_solve(tokens, n, hard, want):
    assert solve(tokens, n, hard)[0] == want


def test_soft_rule_and_prose_decide_ties():
    in_force_not_below_issued = lambda v: int(v[2] < v[0])  # noqa: E731
    assert solve(["693665"], 3, None, in_force_not_below_issued)[0] == ["69", "3", "665"]
    assert solve(["77132470"], 3, None, in_force_not_below_issued)[0] == ["77", "132", "470"]


def test_no_leading_zeros_and_one_decimal_point():
    assert ["0", "1"] in splits("01", 2)
    assert all(not p.startswith("0") or p == "0" for parts in splits("100153", 3) for p in parts)
    assert splits("12.5.3", 1) == []


def test_impossible_split_returns_none():
    assert solve(["12"], 3) is None


@given(st.lists(st.one_of(st.text("0123456789", min_size=1, max_size=6), st.sampled_from(["/", "—", "无"])),
                min_size=1, max_size=4))
def test_as_many_cells_as_digits_is_the_one_split_the_search_finds(tokens):
    # the shortcut for n = number of digits must agree with the full search
    splittable = [i for i, t in enumerate(tokens) if t.isdigit()]
    n = sum(len(t) if t.isdigit() else 1 for t in tokens)
    extra = n - len(tokens)
    assert solve(tokens, n, _sum_rule) == (_best_split(tokens, splittable, extra, _sum_rule, None, frozenset())
                                           if extra else (tokens, 0))


def test_a_sign_inside_a_run_starts_a_negative_cell():
    """2019-format 表二 rows glued with a decrease ('行政处罚2648-18538', '行政事业性收费35-15'):
    the sign begins a cell; of the splits as even, the smaller decrease is read."""
    assert solve(["2648-18538"], 3) == (["2648", "-18", "538"], 0)
    assert solve(["35-15"], 2) == (["35", "-15"], 0)
    assert solve(["-5"], 1) == (["-5"], 0)
    # '-0' is no decrease: a dash before a zero is not read as a sign
    assert solve(["12-0"], 2) is None

