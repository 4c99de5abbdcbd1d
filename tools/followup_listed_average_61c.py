"""Follow-ups of a plain list averaged (helper opens52c, blind set 52): one more amount, or
the figure in one place changed. Each reads only after a first turn that averaged one plain
list; listed in :data:`tools.followup_opens_61c.CHANGES_61C`.

- :func:`next_amount_averaged`: "if next month is 140, whats the average over the 4 months"
  after "bills the last three months were 112, 96 and 131. whats my average": the list with
  the one new amount, averaged again (479 / 4). A count of the periods said must be the
  list's grown by one.
- :func:`listed_one_named_anew`: "what if the last one was 150" after a plain list averaged:
  the figure in that place is changed (it was the first figure, whatever the place said).
  :func:`listed_one_unplaced` declines a place the list does not have ("the fifth one" of
  three).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS
from tools.calculator_tallies import plain_average_values
from tools.followup_rerun import kept_if_read, replaced, spliced
from tools.korean_numbers import normalize_numerals

__all__ = ["listed_one_named_anew", "listed_one_unplaced", "next_amount_averaged"]


_N = r"\d[\d,]*(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_AVERAGE_ASKED = LazyPattern(r"\baverage\b|\bmean\b|평균", re.IGNORECASE)
# The periods averaged said with the new amount: "over the 4 months", "4달 평균".
_PERIODS = LazyPattern(
    r"(?<![\d.])(?P<k>\d+)\s*(?:months?|weeks?|bills?|scores?|tests?|days?|개월|달|주|번)",
    re.IGNORECASE,
)
# The one new amount, for the next period or another one: "next month is 140", "the next
# bill comes in at 98", "if i get a 92 on the next test", "다음달에 14만원 나오면".
_NEXT_EN = LazyPattern(
    r"\b(?:next|following|4th|fourth|fifth|another)\s+(?:month|week|bill|one|test|score|day|quiz)"
    rf"(?:'s|\s+is|\s+was|\s+will\s+be|\s+comes?\s+(?:in\s+)?(?:at|to)|\s+(?:costs?|at))\s+"
    rf"\$?(?P<a>{_N})\b"
    rf"|\b(?:get|score|pay)\s+(?:a|an)?\s*\$?(?P<b>{_N})\s+(?:on|for)\s+the\s+next\s+"
    r"(?:month|week|bill|one|test|quiz|exam)\b",
    re.IGNORECASE,
)
_NEXT_KO = LazyPattern(
    rf"다음\s*(?:달|주|번|시험)\s*(?:에|이|은|는|도)?\s*(?P<a>{_N})\s*(?:원|점)?\s*"
    r"(?:이면|나오면|나오면은|받으면|내면|이라면|면)"
)


def _list_step(steps: Sequence[str]) -> tuple[str, list[tuple[int, int]]] | None:
    if len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    values = plain_average_values(step)
    return None if values is None else (step, values)


def next_amount_averaged(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The averaged list with the turn's one new amount after it, or ``None``.

    Args:
        text: The follow-up ("if next month is 140, whats the average over the 4 months").
        steps: The previous turn's steps (one request averaging a plain list).
    """
    listed = _list_step(steps)
    digits = normalize_numerals(text)
    said = _NEXT_EN.search(digits) or _NEXT_KO.search(digits)
    if listed is None or said is None or not _AVERAGE_ASKED.search(digits):
        return None
    step, values = listed
    added = (said["a"] or said.groupdict().get("b") or "").replace(",", "")
    rest = digits[: said.start()] + " " + digits[said.end() :]
    periods = list(_PERIODS.finditer(rest))
    if len(_FIGURE.findall(rest)) != len(periods) or len(periods) > 1:
        return None  # a figure that is neither the new amount nor the periods averaged
    if periods and int(periods[0]["k"]) != len(values) + 1:
        return None  # "over the 5 months" of three and one more: another list
    end = values[-1][1]
    swaps = [((end, end), f" and {added}")]
    # "the last three months were …": the count of the list in words grows with it.
    words = {v: k for k, v in ENGLISH_DIGITS.items()}
    counted = re.search(
        rf"\b{words.get(str(len(values)), '#')}\b(?=\s+(?:months|weeks|bills|scores|tests|days))",
        step[: values[0][0]],
        re.IGNORECASE,
    )
    if counted is not None:
        grown = words.get(str(len(values) + 1))
        if grown is None:
            return None
        swaps.append((counted.span(), grown))
    changed = spliced(step, swaps)
    return kept_if_read(changed, f"{added} added to the list averaged")


_PLACES = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "첫번째": 1, "첫째": 1, "두번째": 2, "둘째": 2, "세번째": 3,
    "셋째": 3, "네번째": 4, "넷째": 4, "다섯번째": 5,
}  # fmt: skip
_LAST = ("last", "마지막")
_PLACE = "|".join(sorted([*_PLACES, *_LAST], key=len, reverse=True))
_NAMED_ANEW = LazyPattern(
    rf"\b(?:the\s+)?(?P<place>{_PLACE})\s+(?:one|month|week|bill|score|test|figure|number)?\s*"
    rf"(?:was|is|were|had\s+been|should\s+be|should\s+have\s+been|became)\s+(?:actually\s+)?"
    rf"\$?(?P<a>{_N})\b"
    rf"|(?P<place_ko>{_PLACE})\s*(?:달|주|꺼|거|것|번)?\s*(?:이|가|은|는|를)?\s*(?P<b>{_N})\s*"
    r"(?:원|점)?\s*(?:이면|였으면|이었으면|이라면|면|로\s*바꾸면|으로\s*바꾸면)",
    re.IGNORECASE,
)


def _place_named(text: str) -> tuple[str, str] | None:
    said = _NAMED_ANEW.search(normalize_numerals(text))
    if said is None or len(_FIGURE.findall(normalize_numerals(text))) != 1:
        return None
    place = (said["place"] or said["place_ko"]).lower().replace(" ", "")
    return place, (said["a"] or said["b"]).replace(",", "")


def _index(place: str, count: int) -> int | None:
    if place in _LAST:
        return count - 1
    index = _PLACES.get(place, 0) - 1
    return index if 0 <= index < count else None


def listed_one_named_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The averaged list with the figure in the place named changed, or ``None``.

    Args:
        text: The follow-up ("what if the last one was 150", "두번째 달이 9만원이면").
        steps: The previous turn's steps (one request averaging a plain list).
    """
    listed, named = _list_step(steps), _place_named(text)
    if listed is None or named is None:
        return None
    step, values = listed
    index = _index(named[0], len(values))
    if index is None:
        return None
    old = step[values[index][0] : values[index][1]]
    return replaced(step, values[index], named[1], f"the {named[0]} one {old} → {named[1]}")


def listed_one_unplaced(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` changes a place of an averaged list that the list does not have
    ("what if the fifth one was 150" of three figures): no other figure is meant."""
    listed, named = _list_step(steps), _place_named(text)
    return listed is not None and named is not None and _index(named[0], len(listed[1])) is None
