"""The typed figures of an everyday price question: rates, counts, fees and people.

The types ``tools.priced_quantities`` reads a sentence into (with the English and Korean
readers of ``tools.priced_reading_en`` and ``tools.priced_reading_ko``) and
``tools.price_total`` composes; one name per unit; and the claims that make every figure
of a sentence read exactly once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from tools.priced_flower_stems import as_stems

__all__ = ["NUMBER", "Claims", "Count", "Priced", "Rate", "money", "unit_name"]

#: A figure in a request whose numerals are digits and digit groups taken out.
NUMBER = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Rate:
    """Money per ``per`` units of ``unit`` ("1500원 per 30 minute", "95 per hour")."""

    amount: Decimal
    unit: str
    per: Decimal = Decimal(1)
    # How the amount is shown in the working ("6 / 100" for 6 cents: the figure as said).
    shown: str | None = None


@dataclass(frozen=True)
class Count:
    """``value`` units of ``unit``, each of them one ``of`` when given ("2 hours per session")."""

    value: Decimal
    unit: str
    of: str | None = None
    # A count said only in words ("twice a day", "every weekday"): shown as a figure.
    in_words: bool = False
    # How the value is shown in the working when it is a product ("14 * 12" for an area).
    shown: str | None = None


@dataclass
class Priced:
    """Everything :func:`read_priced` found in one sentence."""

    rates: list[Rate] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    fees: list[Decimal] = field(default_factory=list)
    # Items bought at a price each: (count, price).
    items: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    # Amounts taken off the first fee ("310만 원에서 42만 원이랑 18만 원 빼면").
    deductions: list[Decimal] = field(default_factory=list)
    people: Decimal | None = None
    # The period the total is asked for ("what's that a week"), when no figure gives it.
    asked_per: str | None = None
    # A fee recurring every such period ("매주 받으면 4주에"): the fees are per that unit.
    fees_per: str | None = None
    currency: str = ""
    # A discount in percent on the whole ("3개월 한 번에 끊으면 10% 할인").
    discount: Decimal | None = None
    # A tip, tax or service charge in percent put on the whole ("an 18% tip").
    markup: Decimal | None = None
    # One item's price said to be each ("3 tickets at 42 each"): of one, not of them all.
    priced_each: bool = False
    # Where each figure a follow-up may change stands in the plain text, and its role:
    # ("rate", unit), ("count", unit, of), ("people",), ("fee",) or ("covers", unit) for
    # what an amount is for ("1260 for 3 nights").
    slots: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)


# --- Units: one name per thing counted -----------------------------------------------------
_UNIT_NAMES = {
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "시간": "hour",
    "min": "minute",
    "mins": "minute",
    "분": "minute",
    "일": "day",
    "날": "day",
    "weekday": "day",
    "workday": "day",
    "주": "week",
    "달": "month",
    "개월": "month",
    "박": "night",
    "회": "time",
    "번": "time",
    "visit": "time",
    "session": "time",
    "lesson": "time",
    "copy": "copy",
    "copies": "copy",
    "head": "person",
    "people": "person",
    "children": "child",
    "guest": "person",
    "명": "person",
    "인": "person",
    "friend": "person",
    # ("9 per passenger … 4 people": the people carried.)
    "passenger": "person",
    "년": "year",
    "yr": "year",
    "ft": "foot",
    "리터": "liter",
    "l": "liter",
    "litre": "liter",
    "ml": "ml",
    "feet": "foot",
    "square foot": "sqft",
    "square feet": "sqft",
    "sq ft": "sqft",
}


def unit_name(word: str) -> str:
    """One name for a unit however it is written ("hours", "hrs", "시간" -> "hour")."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in _UNIT_NAMES:
        return _UNIT_NAMES[word]
    if word.isascii() and len(word) > 3:
        if word.endswith("ies"):
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
    return as_stems(_UNIT_NAMES.get(word, word))  # "24 roses" at "3.25 a stem": 24 stems


class Claims:
    """The figures of the text, each read once."""

    def __init__(self, text: str) -> None:
        self.open = {m.start(): m for m in _FIGURE.finditer(text)}
        self.slots: list[tuple[int, int, tuple[str, ...]]] = []

    def take(self, match: re.Match[str], group: str, *role: str) -> Decimal | None:
        start = match.start(group)
        if start < 0 or start not in self.open:
            return None
        del self.open[start]
        if role:
            self.slots.append((start, match.end(group), role))
        return Decimal(match[group])

    def free(self, match: re.Match[str], *groups: str) -> bool:
        return all(match.start(g) in self.open for g in groups if match.start(g) >= 0)


def money(value: Decimal, currency: str | None) -> Decimal:
    return value / 100 if currency and currency.lower().startswith("cent") else value
