"""Recover the cells of a table row whose separators were lost ('3960181' → 396, 0, 181).

Crawler text dumps concatenate a row's cells. The split is chosen among all valid
ones (no leading zeros, one decimal point per number) by, in order: the table's
arithmetic rules, soft plausibility rules, the number of cells printed as a lone 0,
the longest number being as short as possible (a weak plausibility rule broken counting
as one digit more), numbers the prose also states, the
lengths as even as possible, a decrease as small as possible, and smaller numbers.
A sign inside a run starts a signed cell ('2648-18538' → 2648, -18, 538; '0+11' → 0, +1, 1). When a
row is ambiguous the choice is reported by the caller.
"""
from __future__ import annotations

import itertools
import math
import re
from typing import Callable

Rule = Callable[[list], int]
_MAX_COMBOS = 50_000
#: a run of digits, maybe signed (a change: '-18538' → -18, 538)
_DIGITS = re.compile(r"[-+]?\d+(?:\.\d+)?")
#: a sign inside a run of digits, where a signed cell begins ('2648-18538', '0+11')
_SIGN_INSIDE = re.compile(r"(?<=\d)(?=[-+][1-9])")
#: a run of digits with such signs inside
_DIGITS_AND_SIGNS = re.compile(r"[-+]?\d[\d.]*(?:[-+][1-9][\d.]*)+")


def signed_run(token: str) -> bool:
    """Is `token` a run of digits with a sign inside, glued cells one of which is signed (a change)?"""
    return bool(_DIGITS_AND_SIGNS.fullmatch(token))


def splits(token: str, k: int) -> list[list[str]]:
    """Every way to cut the digit string `token` into `k` valid numbers."""
    if token[:1] in "-+":  # the sign belongs to the first number
        return [[token[0] + parts[0]] + parts[1:] for parts in splits(token[1:], k) if parts[0].strip("0.")]
    if k == 1:
        return [[token]] if _valid(token) else []
    out = []
    for i in range(1, len(token) - k + 2):
        head = token[:i]
        if not _valid(head):
            continue
        for rest in splits(token[i:], k - 1):
            out.append([head] + rest)
            if len(out) > _MAX_COMBOS:
                return out
    return out


def _valid(part: str) -> bool:
    if not part or part.startswith(".") or part.endswith("."):
        return False
    if part.count(".") > 1:
        return False
    whole = part.split(".")[0]
    return whole == "0" or not whole.startswith("0")


def solve(tokens: list[str], n: int, hard: Rule | None = None, soft: Rule | None = None,
          prose: frozenset = frozenset()) -> tuple[list[str], int] | None:
    """Cut `tokens` (digit strings and atomic cells) into `n` cells; (cells, #equally good alternatives)."""
    if any("-" in t[1:] or "+" in t[1:] for t in tokens):
        tokens = [part for t in tokens for part in (_SIGN_INSIDE.split(t) if signed_run(t) else [t])]
    splittable = [i for i, t in enumerate(tokens) if _DIGITS.fullmatch(t)]
    extra = n - len(tokens)
    if extra < 0:
        return None
    if extra == 0:
        return list(tokens), 0
    if extra == sum(len(tokens[i]) - 1 for i in splittable) and not any(c in tokens[i] for i in splittable for c in ".-+"):
        # as many cells as digits (a row of single-digit counts, often all zeros): one way only
        return [c for i, t in enumerate(tokens) for c in (t if i in splittable else (t,))], 0
    return _best_split(tokens, splittable, extra, hard, soft, prose)


def _best_split(tokens: list[str], splittable: list[int], extra: int, hard: Rule | None, soft: Rule | None,
                prose: frozenset) -> tuple[list[str], int] | None:
    """`solve` by trying every way to make `extra` more cells out of the `splittable` tokens."""
    best, best_key, best_tie_key, ties = None, None, None, 0
    for alloc in _allocations([len(tokens[i].replace(".", "").lstrip("-+")) for i in splittable], extra):
        options = []
        for i, t in enumerate(tokens):
            k = alloc[splittable.index(i)] + 1 if i in splittable else 1
            parts = splits(t, k) if k > 1 else ([[t]] if (i not in splittable or _valid(t)) else [])
            if not parts:
                break
            options.append(parts)
        else:
            for combo in itertools.islice(itertools.product(*options), _MAX_COMBOS):
                cells = [p for parts in combo for p in parts]
                key = _score(cells, hard, soft, prose)
                if best_key is None or key < best_key:
                    best, best_key, best_tie_key, ties = cells, key, None, 0
                elif key == best_key:  # (the finer order, computed for ties only)
                    if best_tie_key is None:
                        best_tie_key = _tie_break(best)
                    tie_key = _tie_break(cells)
                    if tie_key < best_tie_key:
                        best, best_tie_key, ties = cells, tie_key, 0
                    elif tie_key == best_tie_key:
                        ties += 1
    return (best, ties) if best is not None else None


def _allocations(lengths: list[int], extra: int):
    """Ways to give `extra` additional cuts to tokens of the given digit lengths."""
    def rec(i, left):
        if i == len(lengths):
            if left == 0:
                yield []
            return
        for k in range(0, min(left, lengths[i] - 1) + 1):
            for rest in rec(i + 1, left - k):
                yield [k] + rest
    yield from rec(0, extra)


def _num(s: str):
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        return None


def _score(cells: list[str], hard: Rule | None, soft: Rule | None, prose: frozenset):
    values = [_num(c) for c in cells]
    numeric = [v for v in values if isinstance(v, (int, float))]
    h = hard(values) if hard else 0
    s = soft(values) if soft else 0
    s, weak = s if isinstance(s, tuple) else (s, 0)
    zeros = sum(1 for c in cells if c == "0")
    longest = max((len(c.split(".")[0]) for c in cells if _num(c) is not None), default=0)
    hits = sum(1 for v in numeric if v >= 10 and v in prose)
    return (h, s, -zeros, longest + weak, -hits)


def _tie_break(cells: list[str]):
    """How splits equal by `_score` are ordered: the lengths as even as possible ('2648, -18, 538',
    not '2648, -1, 8538'), a decrease as small as possible (a change is small beside the counts),
    then smaller numbers."""
    lengths = sorted((len(c.split(".")[0].lstrip("-+")) for c in cells if _num(c) is not None), reverse=True)
    decrease = sum(len(c) for c in cells if c.startswith("-"))
    size = sum(math.log10(abs(v) + 1) for c in cells if isinstance(v := _num(c), (int, float)) and math.isfinite(v))
    return (lengths, decrease, size)
