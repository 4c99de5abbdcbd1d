"""A new figure for the one part the first turn counted in a unit: "짐 빼는 게 늦어져서 18일
살았어" after "… 30일 중에 12일만 살고 나가면", "가득 채우면 52리터 들어가" after "… 리터당 100원
빠지는데 … 40리터 넣으면".

The turn says exactly one figure with a unit word (일, 리터, L); the first turn
must hold exactly one figure in that unit that is neither a rate ("리터당", "per") nor the
whole a part is taken from ("30일 중에"). That figure is replaced, and the new request is kept
only when code reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_answer_moves, spliced

__all__ = ["same_unit_part_changed"]

# (Weights, lengths and data are other rules' readings: "10kg이면?" after a tiered price.)
_UNITS = r"일|리터|L"
_SAID = LazyPattern(rf"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s*(?P<u>{_UNITS})(?![A-Za-z])")
_ANY_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# After the unit: a rate ("리터당", "per"), a whole ("중에", "가운데"), or a date's day.
_SHIFT = re.compile(r"뒤|후|전에|전은|전이|지나|앞")
_DATED = re.compile(r"\d+\s*월\s*\d+\s*일|\d{4}-\d{2}-\d{2}|며칠|무슨\s*요일")
_NOT_A_PART = re.compile(r"^\s*(?:당|씩|중|가운데|/|per\b|a\s|마다|월|까지|부터)")


def same_unit_part_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with its one part in the turn's unit set anew, or ``None``.

    Args:
        text: The follow-up ("짐 빼는 게 늦어져서 18일 살았어").
        steps: The previous turn's steps (one request).
    """
    said = _SAID.search(text)
    if said is None or len(steps) != 1 or len(_ANY_FIGURE.findall(text)) != 1:
        return None
    if re.search(r"[월년]\s*$", text[: said.start()]):
        return None  # "3월 18일": a date, not a count of days
    if _NOT_A_PART.match(text[said.end() :]) or _SHIFT.search(text):
        return None  # "16 km per litre" is a rate; "10일 뒤는" counts on from a date
    if _DATED.search(steps[0] if steps else ""):
        return None  # a date question: its days are dates or shifts, never a part
    step = steps[0]
    unit = re.escape(said["u"])
    parts = [
        m
        for m in re.finditer(rf"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s*{unit}(?![A-Za-z가-힣])?", step)
        if not _NOT_A_PART.match(step[m.end() :])
        and not re.search(r"[월년]\s*$", step[: m.start()])
    ]
    if len(parts) != 1 or parts[0]["n"] == said["n"]:
        return None
    at = parts[0]
    changed = spliced(step, [(at.span("n"), said["n"])])
    return kept_if_answer_moves(step, changed, f"{at['n']} → {said['n']}{said['u']}")
