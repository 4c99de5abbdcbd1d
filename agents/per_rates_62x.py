"""A price the passages state per something: the answer keeps the rate, or made up none.

Part of :mod:`agents.answer_grounding`. Two local-model answers under the marina guide
(held-out set 52) passed the figure check:

- "how much to lift the boat out" came back "£18.": the guide states "£18 per metre". The
  figure is there, but a price per metre of the boat's length said as a flat price is a
  wrong answer. A money figure every passage states with a rate ("per metre", "a night",
  "each use", "/day", "미터당") is grounded only said with that rate's word
  (:func:`unqualified_rates`).
- "how much is a visitor swinging mooring per night" came back "£1.20", the difference of
  the visitor table's "£3.60" and "£2.40": the question's "per" let a derived figure pass
  (:data:`agents.grounded_figures._ASKS_TO_COMBINE`, for "how much is that per month"
  over a yearly price). A rate the passages themselves state ("Per night, per metre",
  "£5 a night") is looked up, not computed: such a "per night" is no cue to combine
  (:func:`without_stated_rates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["unqualified_rates", "use_per_rates", "without_stated_rates"]

# Off only in the switch-off tests.
use_per_rates = True

# A money figure: a currency sign before it, or a currency word after it.
_MONEY = re.compile(
    r"[$₩€£]\s*(?P<signed>\d+(?:[.,]\d+)*)"
    r"|(?P<worded>\d+(?:[.,]\d+)*)\s*(?:원|won\b|dollars?\b|pounds?\b|euros?\b)",
    re.IGNORECASE,
)
# A rate right after a figure: "per metre", "a night", "each use", "/day", "per metre per
# day"; Korean writes the unit before 당 ("미터당", "1박당") or says "1박에".
_RATE_AFTER = re.compile(
    r"\s*(?:(?:per|an?|each|every)\s+|/\s*)(?P<unit>[A-Za-z]{2,})\b", re.IGNORECASE
)
_KOREAN_RATE_BEFORE = re.compile(r"(?P<unit>[가-힣A-Za-z]{1,4})\s*당\s*$")
# "a" or "an" before these is an article of the next phrase, not a rate ("£5 a year" is,
# "£5 and a deposit" never matches; "£5 a person" is).
_NOT_UNITS = frozenset({"and", "or", "the", "for", "with", "more", "flat", "total", "few"})
# How far after its figure an answer may say the rate's word ("£18 for each metre of length").
_ANSWER_REACH = 40


def _unit_key(word: str) -> str:
    """One spelling of a rate's unit: metre and meter, nights and night."""
    key = word.casefold()
    key = re.sub(r"tre$", "ter", key)
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def _figures(text: str) -> list[tuple[str, int, int]]:
    """Each money figure of ``text``: its number as written, where the match starts and ends."""
    out = []
    for match in _MONEY.finditer(text):
        number = match["signed"] or match["worded"]
        out.append((number, match.start(), match.end()))
    return out


def _rate_of(text: str, start: int, end: int) -> str | None:
    """The unit of the rate written with the figure at ``start``-``end``, or ``None``."""
    after = _RATE_AFTER.match(text, end)
    if after is not None and after["unit"].casefold() not in _NOT_UNITS:
        return _unit_key(after["unit"])
    before = _KOREAN_RATE_BEFORE.search(text[max(0, start - 8) : start])
    return _unit_key(before["unit"]) if before is not None else None


# A rate's unit said as an adjective or adverb ("the daily allowance", "charged nightly"),
# or in Korean ("하루", "1박", "시간당"): the unit itself.
_UNIT_WORDS = {
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "hourly": "hour",
    "하루": "day",
    "일당": "day",
    "박": "night",
    "시간": "hour",
    "주": "week",
    "달": "month",
    "월": "month",
    "년": "year",
    "연": "year",
}


def _said_units(text: str) -> set[str]:
    """The rate units ``text`` names: its words, and those standing for a unit."""
    words = re.findall(r"[A-Za-z]+|[가-힣]+", text)
    units = {_unit_key(w) for w in words}
    units |= {_UNIT_WORDS[w.casefold()] for w in words if w.casefold() in _UNIT_WORDS}
    # "1박에", "시간당", "하루에": a Korean unit glued to its particle.
    units |= {
        u for w in words for k, u in _UNIT_WORDS.items() if not k.isascii() and w.startswith(k)
    }
    return units


def _said_with(answer: str, end: int, unit: str, question: str) -> bool:
    """Whether the answer names ``unit`` near its figure, or the question asked that rate."""
    near = answer[max(0, end - _ANSWER_REACH - 10) : end + _ANSWER_REACH]
    said = _said_units(near) | _said_units(question)
    return unit in said or any(s.startswith(unit) for s in said)


def unqualified_rates(answer: str, question: str, passages: Sequence[str]) -> list[str]:
    """The answer's money figures every passage states only as a rate, said without it.

    Args:
        answer: The model's answer.
        question: The step's question: a rate it names ("the daily allowance") need not be
            said again.
        passages: The texts of the passages it read.

    Returns:
        Each such figure with the rate it lacks ("£18 (per metre)").
    """
    if not use_per_rates:
        return []
    found = []
    for number, _, end in _figures(answer):
        rates = [
            _rate_of(text, start, stop)
            for text in passages
            for written, start, stop in _figures(text)
            if written == number
        ]
        if not rates or any(rate is None for rate in rates):
            continue  # stated somewhere as a plain price, or nowhere (the figure check's)
        units = {rate for rate in rates if rate is not None}
        if not any(_said_with(answer, end, unit, question) for unit in units):
            found.append(f"{number} (per {'/'.join(sorted(units))})")
    return found


# "per night", "a night": the question asks a rate of that unit.
_ASKED_RATE = re.compile(r"\b(?:per|a)\s+(?P<unit>[A-Za-z]{3,})\b", re.IGNORECASE)


def without_stated_rates(question: str, sources: str) -> str:
    """``question`` without each "per X" the passages themselves state a rate of.

    A question asking "per night" where a passage writes "per night" (or "a night",
    "Per night, per metre" in a table's row) asks the stated rate: that "per" is no cue to
    compute a figure of the passages' figures.

    Args:
        question: The step's question.
        sources: The question and the passages, as one text.
    """
    if not use_per_rates:
        return question

    def stated(match: re.Match[str]) -> str:
        unit = _unit_key(match["unit"])
        rate = re.compile(r"\b(?:per|an?|each)\s+([A-Za-z]+)|/\s*([A-Za-z]+)", re.IGNORECASE)
        passage_units = {_unit_key(m[1] or m[2]) for m in rate.finditer(sources)}
        return " " if unit in passage_units else match.group(0)

    return _ASKED_RATE.sub(stated, question)
