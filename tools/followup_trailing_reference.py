"""A clause of new figures that ends by pointing back: "50만 충전하면 25% 준다는데 그건?".

The closing "그건?", "그럼?", "거기선?" asks the previous turn's question again for what the
clause just said; the clause alone asks nothing ("25% 준다는데" is no question of how much
25% is). Such a turn is a follow-up: it is re-run against the previous turn's steps or
handed on with them, never read as a sum of its own (that answered the bonus, 125,000,
where the total on the new top-up was asked).
"""

from __future__ import annotations

import re

from tools.followup_per_unit_of_that import asks_that_per_unit
from tools.followup_reported_change import reports_a_change
from tools.korean_numbers import normalize_numerals

__all__ = ["asks_again_for_people", "ends_pointing_back", "only_makes_sense_after"]

# The clause states a figure; the turn then closes on a bare pointer to the last question.
_POINTING_BACK = re.compile(
    r"\d[^?？]*?\s(?:그건|그거는|그럼|그러면|거기선|거기서는|그때는|그땐)요?\s*[?？]*\s*$"
)


def ends_pointing_back(text: str) -> bool:
    """Whether ``text`` (numerals as digits) states figures and closes on "그건?" or the like."""
    return _POINTING_BACK.search(text) is not None


# "둘이 빠진대ㅠㅠ 셋이서 내면?", "넷이서 나누면?": a new number of people doing the same
# thing, asked with a conditional ending; alone it asks nothing (a document sentence that
# shares a word, 빠지다, answered it once). Read with numerals as digits ("셋이서" ->
# "3명이서"), since no digit need be typed.
_PEOPLE_DOING = re.compile(r"\d+\s*명이서\s*(?:[가-힣]{1,4}\s*)?(?:면|으면)요?\s*[?？]*\s*$")


def asks_again_for_people(text: str) -> bool:
    """Whether ``text`` closes on "N명이서 …면?" ("셋이서 내면?")."""
    return _PEOPLE_DOING.search(normalize_numerals(text)) is not None


def only_makes_sense_after(text: str) -> bool:
    """Whether ``text`` is about the previous turn though no reference word or ellipsis
    form says so: it closes pointing back, asks again for a number of people, or asks the
    result per a unit. Such a turn goes to a model with the previous turn when no rule
    re-runs it; never to the documents, nor to a sum of its own. So is a turn that only
    reports a changed figure ("두 명 못 온대", "two of them bailed")."""
    plain = normalize_numerals(text)
    return (
        ends_pointing_back(plain)
        or asks_again_for_people(plain)
        or asks_that_per_unit(text)
        or reports_a_change(text)
    )
