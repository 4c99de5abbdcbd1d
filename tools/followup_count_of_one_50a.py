"""Several of the one thing the first turn priced: "we're getting two kayaks" after "a kayak
rental is 18 an hour … from 10:30 to 2", "so 26 cleans, what's that for the year" after
"… how much is one clean".

The first turn names the thing once, as one ("a kayak", "one clean"), and counts it nowhere;
the turn says how many of that thing (its one figure), so the first result is one of them
and the answer is that result times the count. A first turn that lists another priced thing
("… and a helmet") is left alone: the count would multiply both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_words_50a import COUNT, count_value, figures_said

__all__ = ["count_of_the_one_thing", "count_with_whose_ko"]

_COUNTED = LazyPattern(rf"(?<![\w.])(?P<n>{COUNT})\s+(?P<noun>[a-z]{{3,}}?)(?:e?s)\b", re.I)
_ANOTHER_THING = LazyPattern(r"\b(?:plus|and|with)\s+(?:a|an|one)\s+[a-z]+", re.I)
# Spans and units are never "the thing": "2 hours" after "18 an hour" is a new length.
_SPANS = frozenset(
    {"minute", "hour", "day", "night", "week", "month", "year", "time", "mile", "kilometre"}
    | {"kilometer", "metre", "meter", "litre", "liter", "gallon", "pound", "kilo", "gram"}
    | {"ounce"}
)


def count_of_the_one_thing(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the last result times the turn's count, or ``None``.

    Args:
        text: The follow-up ("we're getting two kayaks").
        steps: The conversation's steps so far; the first names the thing as one.
    """
    said = _COUNTED.search(text)
    if said is None or figures_said(text) != 1 or not steps:
        return None
    count, noun = count_value(said["n"]), said["noun"].lower()
    if count < 2:
        return None
    first = steps[0]
    # "canoes" is "canoe" + s, "glasses" is "glass" + es: the noun as the first turn says it.
    said_noun = said.group()[len(said["n"]) :].strip().lower()
    noun = next(
        (
            n
            for n in (said_noun[:-1], said_noun[:-2])
            if re.search(rf"\b{re.escape(n)}\b", first, re.I)
        ),
        noun,
    )
    if noun in _SPANS or said_noun[:-1] in _SPANS:
        return None
    # "a kayak", "one clean", never the rate of "18 an hour" (a figure just before it).
    one = re.search(rf"(?<![\d.]\s)\b(?:a|an|one)\s+{re.escape(noun)}\b", first, re.I)
    counted = [
        m
        for m in re.finditer(rf"(?<![\w.])(?P<n>{COUNT})\s+{re.escape(noun)}", first, re.I)
        if count_value(m["n"]) != 1
    ]
    if one is None or counted or _ANOTHER_THING.search(first):
        return None
    return [*steps, f"그걸 {count}배 하면"], f"{count} {noun}s (× {count})"


# Korean (opens56k, set 47): "동생꺼까지 두장이면" after "항공권 230달러 환율 1385원 적용하면
# 원화로 얼마야": whose it is ("동생꺼까지", "엄마 것도") says the count takes in the one
# priced; the first turn names a ticket once and counts none, so it is one of them.
_WHOSE_COUNT_KO = LazyPattern(
    r"^\s*(?:그럼\s*)?[가-힣]{1,5}\s*(?:꺼|거|것|몫)\s*(?:까지|도|포함해서|포함하면|합쳐서)\s*"
    r"(?P<n>\d+)\s*(?P<c>장|매)\s*(?:이면|면|하면|사면|끊으면)?\s*(?:얼마\S*)?\s*[?？.!]*\s*$"
)
# What a count in 장 counts: a ticket ("항공권", "표", "티켓", "입장권").
_TICKET_KO = LazyPattern(r"권|표|티켓|입장권|승차권")
_COUNT_KO = LazyPattern(r"(?<![\d.])\d+\s*(?:장|매|명|개|인)")


def count_with_whose_ko(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "동생꺼까지 두장이면": the one ticket's result times the count, or ``None``."""
    from tools.korean_numbers import normalize_numerals

    said = _WHOSE_COUNT_KO.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    count = int(said["n"])
    first = normalize_numerals(steps[0])
    if count < 2 or not _TICKET_KO.search(first) or _COUNT_KO.search(first):
        return None  # no ticket named, or a count already said: not one of them
    return [*steps, f"그걸 {count}배 하면"], f"{count}{said['c']} (× {count})"
