"""Follow-up forms set 46 met, each said again as a form the follow-up rules already read
(turns46).

- "백원단위는 버려줘", "천원 아래는 잘라", "백원 단위 올려줘" after an amount: cut to (or
  rounded up to) that unit, as "백원 단위로 버림하면?" / "… 올림하면?" are read. The verb is
  said as chat says it (버려, 버리면, 떼, 잘라; 올려줘), not as the operation's noun; a
  word about collecting or paying the amount may close it ("백원단위에서 올려서 걷자",
  "천원 단위로 버리고 받자", set 47).
- "same date in 2028?", "that day in 2031" after a weekday asked of a date: the same
  question for that year, as "and 2028?" is read.
- "and 12.5?" after "whats seven and a half percent of 64,000": a bare figure replaces the
  figure of the percent reading it resembles. It replaced the amount (7.5% of 12.5 =
  0.9375), a wrong answer set 46 found; 12.5 is a percent's size, 64,000 is not. Only a
  figure of at most 100 and nearer the percent than the amount (by order of magnitude) is
  read as the percent; any other stays with the rules that swap the amount.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tools.calculator_said_plainly_54t import said_plainly_54t
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_54T",
    "bare_figure_as_percent",
    "cut_to_unit_said_in_chat",
    "same_date_other_year",
]

Resolved = tuple[list[str], str] | None


def _resolve(text: str, previous_steps: Sequence[str]) -> Resolved:
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, previous_steps)


_CUT_TO_UNIT = re.compile(
    r"^\s*(?:그럼\s*|그거\s*|그걸\s*)?(?P<unit>(?:\d[\d,]*|[십백천만])\s*원?)\s*"
    r"(?:단위|자리|아래|밑|미만|이하)\s*(?:으로는|로는|으로|는|은|로|에서|를|을)?\s*"
    r"(?:(?P<cut>버려|버리|떼|떼어|잘라|자르|날려|날리)|(?P<up>올려|올리))[가-힣]*"
    # "올려서 걷자", "버리고 받자" (set 47): a word about collecting or paying the rounded
    # amount closes it and changes no figure.
    r"(?:\s*(?:걷|받|내|모으|모아|보내|나눠|나누)[가-힣]*)?\s*[?？.!~]*\s*$"
)


def cut_to_unit_said_in_chat(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "백원단위는 버려줘": the previous amount cut to hundreds (올려줘: rounded up)."""
    said = _CUT_TO_UNIT.match(text)
    if said is None or not previous_steps:
        return None
    op = "버림" if said["cut"] else "올림"
    return _resolve(f"{said['unit'].strip()} 단위로 {op}하면?", previous_steps)


_SAME_DATE = re.compile(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+)?(?:same|that)\s+(?:date|day)\s+"
    r"(?:in|for|of)\s+(?P<year>\d{4})\s*[?？.]*\s*$"
    r"|^\s*(?:그럼\s*)?(?:같은|그)\s*날(?:짜)?\s*(?P<ko>\d{4})\s*년(?:은|에는|이면)?\s*[?？.]*\s*$",
    re.IGNORECASE,
)


def same_date_other_year(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "same date in 2028?": the previous date question for that year ("and 2028?")."""
    said = _SAME_DATE.match(text)
    if said is None or not previous_steps:
        return None
    if said["year"]:
        return _resolve(f"and {said['year']}?", previous_steps)
    return _resolve(f"{said['ko']}년은?", previous_steps)


_N = r"\d+(?:\.\d+)?"
_BARE = re.compile(
    rf"^\s*(?:and|what\s+about|how\s+about|그럼|그러면)?\s*(?P<x>{_N})\s*(?:은|는|이면|면)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
_PERCENT_OF = re.compile(
    rf"(?P<p>{_N})\s*(?:%|percent|퍼센트|프로)\s*of\s*\$?(?P<a>{_N})"
    rf"|(?P<a2>{_N})\s*원?\s*의\s*(?P<p2>{_N})\s*(?:%|퍼센트|프로)",
    re.IGNORECASE,
)


def bare_figure_as_percent(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "and 12.5?" after "7.5 percent of 64,000": 12.5 percent of 64,000."""
    bare = _BARE.match(text)
    if bare is None or not previous_steps:
        return None
    plain = normalize_numerals(said_plainly_54t(previous_steps[-1])).replace(",", "")
    found = list(_PERCENT_OF.finditer(plain))
    if len(found) != 1:
        return None
    read = found[0]
    slot = "p" if read["p"] else "p2"
    p, a, x = float(read[slot]), float(read["a"] or read["a2"]), float(bare["x"])
    if not 0 < x <= 100 or p <= 0 or a <= 0:
        return None
    if abs(math.log(x / p)) >= abs(math.log(x / a)):
        return None  # nearer the amount: a new amount, read by the amount swap
    start, end = read.span(slot)
    step = f"{plain[:start]}{bare['x']}{plain[end:]}"
    return [*previous_steps[:-1], step], f"{read[slot]}% → {bare['x']}%"


CHANGES_54T = (cut_to_unit_said_in_chat, same_date_other_year, bare_figure_as_percent)
