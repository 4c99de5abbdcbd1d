"""The typed figures of an everyday price question: rates, counts, fees and people.

Blind set 25 asked ordinary sums no form read ("85 dollar call-out fee plus 95 an hour and
he was here 2.5 hours", "30분당 1,500원인데 2시간 30분", "22 per walk, twice a day every
weekday, what's that a week", "과외 시급 35,000원 주2회 2시간씩 하면 4주에"). They are one kind
of problem: money per a unit, counts of units (some of them per another unit), fixed fees
and a head count. This module only reads which figure is which; ``tools.price_total``
composes them, and declines when they do not fit together.

Every figure of the sentence must be read here: :func:`read_priced` returns ``None`` when
one is left over (a date, a room number, a percent), since a sum that skips a figure
answers a question that was not asked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS
from tools.korean_numbers import english_counts_as_digits, normalize_numerals
from tools.units import merge_hours_and_minutes

__all__ = ["Count", "Priced", "Rate", "plain_text", "read_priced"]

_N = r"\d+(?:\.\d+)?"
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
    "guest": "person",
    "명": "person",
    "ft": "foot",
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
    return _UNIT_NAMES.get(word, word)


# --- Numbers in words the shared normalisers leave ("two nights", "아홉 번") ----------------
_EN_WORD_COUNT = re.compile(
    r"\b(" + "|".join(w for w in ENGLISH_DIGITS if w != "zero") + r")\s+"
    r"(?=[a-z])(?!(?:at|of|is|was|for|instead|that|with|more)\b)",  # "the nicer one at 4.15"
    re.I,
)
_KO_WORD_COUNT = re.compile(
    r"(?<![가-힣])(" + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True)) + r")\s*"
    r"(?=번|회|잔|시간|명)"
)


def plain_text(original: str) -> str:
    """The request with numerals as digits, no digit groups and spans in minutes."""
    s = unicodedata.normalize("NFKC", original)
    # "한 명당", "1인당": the share asked, no figure of the sum.
    s = re.sub(r"(?:한|1)\s*(?:명|사람|인)\s*당", "인당", s)
    s = english_counts_as_digits(normalize_numerals(s))
    s = _EN_WORD_COUNT.sub(lambda m: ENGLISH_DIGITS[m[1].lower()] + " ", s)
    s = _KO_WORD_COUNT.sub(lambda m: KOREAN_COUNT_FORMS[m[1]], s)
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    s = re.sub(r"(?<![\d.])(\d+)\s+and\s+a\s+half\b", r"\1.5", s, flags=re.I)
    return merge_hours_and_minutes(s)


# --- The readers: each claims the figures it reads, by where they start --------------------
_MONEY_EN = rf"(?:\$\s*)?(?P<v>{_N})(?:\s*(?P<cur>dollars?|bucks|cents?))?"
_RATE_EN = re.compile(
    _MONEY_EN + r"\s+(?:(?:an?|per)\s+(?P<u>square\s+(?:foot|feet)|sq\.?\s*ft|[a-z]+)"
    r"|(?P<way>each\s+way))\b",
    re.I,
)
_ITEM_AT = re.compile(
    rf"(?:(?<![\d.])(?P<n>\d+)|\b(?P<a>an?))\s+[a-z]+(?:\s+of\s+[a-z]+)?\s+at\s+(?:\$\s*)?(?P<v>{_N})"
    r"(?:\s*(?:dollars?|bucks))?(?!\s*(?:an?|per)\s)",
    re.I,
)
_AREA = re.compile(
    rf"(?P<a>{_N})\s*(?P<u>ft|feet|foot|m)\s*(?:by|x|×)\s*(?P<b>{_N})\s*(?:ft|feet|foot|m)?\b", re.I
)
_COPIES = re.compile(
    rf"(?P<n>\d+)\s+(?:copies|sets)\s+of\s+(?:an?\s+|the\s+)?(?:{_N}\s*-\s*[a-z]+\s+)?(?P<u>[a-z]+)",
    re.I,
)
_HYPHEN_COUNT = re.compile(rf"(?P<n>{_N})\s*-\s*(?P<u>[a-z]+)\s+(?P<of>[a-z]+)", re.I)
_FREQ_EN = re.compile(
    r"\b(?:(?P<n>\d+)\s+times|(?P<w>once|twice))\s+(?:a|per|every)\s+(?P<per>day|week|month)\b",
    re.I,
)
_WEEKDAYS_EN = re.compile(r"\bevery\s+(?:week)?day\b|\bon\s+weekdays\b", re.I)
_PEOPLE_EN = re.compile(
    r"\b(?:between|among)\s+(?P<a>\d+)(?:\s+of\s+us|\s+people|\s+friends)?\b"
    r"|\b(?P<b>\d+)\s+of\s+us\b|\bsplit\s+(?P<c>\d+)\s+ways\b",
    re.I,
)
_ASKED_PER_EN = re.compile(
    r"\b(?:what'?s|is)\s+(?:that|it)\s+(?:a|per)\s+(?P<u>day|week|month)\b", re.I
)
_COUNT_EN = re.compile(rf"(?<![\d.$])(?P<n>{_N})\s+(?:more\s+)?(?P<u>[a-z]+)", re.I)
_FEE_EN = re.compile(
    rf"(?:\$\s*)?(?<![\d.])(?P<v>{_N})(?:\s*(?P<cur>dollars?|bucks))?"
    r"(?=\s+(?:[a-z-]+\s+)?fee\b|\s+for\s+(?:the|a|an|my|our)\b|\s+for\s+\d|\s*$|\s*,|\s+and\b)",
    re.I,
)
_FEE_AFTER_VERB_EN = re.compile(
    rf"\b(?:costs?|cost\s+(?:me|us)|is|are|was|quoted|paid|spent)\s+(?:about\s+)?{_MONEY_EN}\b"
    r"(?!\s*(?:an?|per|each)\s)",
    re.I,
)
# "1260 for 3 nights": what the amount covers, no factor of it.
_COVERS_EN = re.compile(rf"(?P<v>{_N})\s+for\s+(?P<n>{_N})\s+(?P<u>[a-z]+)", re.I)
# Korean: "시급 35000원", "30분당 1500원", "1회 5500원", "1잔 12000원".
_WAGE_KO = re.compile(rf"(?P<u>시급|시간당|일당)\s*(?P<v>{_N})\s*원")
_RATE_KO = re.compile(
    rf"(?P<q>{_N})\s*(?P<u>분|시간|회|번|잔|장|개|박|일)\s*(?P<dang>당|에)?\s*(?P<v>{_N})\s*원"
)
# "과일 1상자 28000원": the price of one of something no count repeats, an item.
_ONE_ITEM_KO = re.compile(rf"(?<![\d.])1\s*[가-힣]{{1,2}}\s*(?P<v>{_N})\s*원")
_FREQ_KO = re.compile(
    # Not "이번 주 5번" (this week, 5 times): a count of this week, no rate of them.
    r"(?<![가-힣])(?<!이번\s)(?<!지난\s)(?<!다음\s)"
    r"(?P<per>주|일주일에?|한\s*주에?|하루|매일|한\s*달에?|월)\s*(?P<n>\d+)\s*(?:회|번)"
)
_EACH_KO = re.compile(rf"(?P<n>{_N})\s*(?P<u>시간|분)\s*씩")
_COUNT_KO = re.compile(rf"(?P<n>{_N})\s*(?P<u>시간|분|회|번|잔|장|개|박|일|주|달|개월)")
_PEOPLE_KO = re.compile(r"(?P<n>\d+)\s*명\s*(?:이서|이|서|에서|끼리)")
_FEE_KO = re.compile(rf"(?P<v>{_N})\s*원")
_WEEKLY_KO = re.compile(r"매주|일주일마다|주마다")
_FROM_KO = re.compile(rf"(?P<v>{_N})\s*원\s*에서")
_TAKEN_OFF_KO = re.compile(r"빼면|빼고|제하면|떼면|떼고")
_WAGE_UNITS = {"시급": "hour", "시간당": "hour", "일당": "day"}
_PER_KO = {"주": "week", "일주일": "week", "한 주": "week", "하루": "day", "매일": "day"}


class _Claims:
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


def _money(value: Decimal, currency: str | None) -> Decimal:
    return value / 100 if currency and currency.lower().startswith("cent") else value


def _read_english(s: str, claims: _Claims, found: Priced) -> None:
    for m in _ITEM_AT.finditer(s):
        if claims.free(m, "n", "v"):
            n = claims.take(m, "n") if m["n"] else Decimal(1)  # "a bag of nuts at 9"
            v = claims.take(m, "v")
            assert n is not None and v is not None
            found.items.append((n, v))
    for m in _RATE_EN.finditer(s):
        if claims.free(m, "v"):
            unit = "way" if m["way"] else unit_name(m["u"])
            v = claims.take(m, "v", "rate", unit)
            assert v is not None
            cents = m["cur"] is not None and m["cur"].lower().startswith("cent")
            shown = f"{m['v']} / 100" if cents else None
            found.rates.append(Rate(_money(v, m["cur"]), unit, shown=shown))
    for m in _AREA.finditer(s):
        if claims.free(m, "a", "b"):
            a, b = claims.take(m, "a"), claims.take(m, "b")
            assert a is not None and b is not None
            unit = "sqft" if unit_name(m["u"]) == "foot" else "sqm"
            found.counts.append(Count(a * b, unit, shown=f"{m['a']} * {m['b']}"))
    for m in _COPIES.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"])))
    for m in _HYPHEN_COUNT.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), unit_name(m["of"]))
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"]), unit_name(m["of"])))
    for m in _FREQ_EN.finditer(s):
        per = m["per"].lower()
        n = (
            Decimal(1 if m["w"] == "once" else 2)
            if m["w"]
            else claims.take(m, "n", "count", "*", per)
        )
        if n is not None:
            found.counts.append(Count(n, "*", per, in_words=m["w"] is not None))
    if _WEEKDAYS_EN.search(s):
        found.counts.append(Count(Decimal(5), "day", "week", in_words=True))
    for m in _PEOPLE_EN.finditer(s):
        group = next(g for g in "abc" if m[g] is not None)
        if claims.free(m, group):
            found.people = claims.take(m, group, "people")
    asked = _ASKED_PER_EN.search(s)
    if asked is not None:
        found.asked_per = asked["u"].lower()
    for m in _COVERS_EN.finditer(s):
        if claims.free(m, "v", "n"):
            v = claims.take(m, "v", "fee")
            claims.take(m, "n", "covers", unit_name(m["u"]))
            assert v is not None
            found.fees.append(v)
    for m in [*_FEE_AFTER_VERB_EN.finditer(s), *_FEE_EN.finditer(s)]:
        if claims.free(m, "v"):
            v = claims.take(m, "v", "fee")
            assert v is not None
            found.fees.append(_money(v, m["cur"]))
    for m in _COUNT_EN.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"])))


def _read_korean(s: str, claims: _Claims, found: Priced) -> None:
    for m in _WAGE_KO.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v", "rate", _WAGE_UNITS[m["u"]])
            assert v is not None
            found.rates.append(Rate(v, _WAGE_UNITS[m["u"]]))
    for m in _RATE_KO.finditer(s):
        q = Decimal(m["q"])
        if not claims.free(m, "q", "v") or (q != 1 and not m["dang"]):
            continue  # "2시간 30000원" is no rate; "30분당 1500원" is
        claims.take(m, "q")
        v = claims.take(m, "v", "rate", unit_name(m["u"]))
        assert v is not None
        found.rates.append(Rate(v, unit_name(m["u"]), q))
    for m in _ONE_ITEM_KO.finditer(s):
        if claims.free(m, "v"):
            claims.open.pop(m.start(), None)
            v = claims.take(m, "v", "fee")
            assert v is not None
            found.fees.append(v)
    for m in _FREQ_KO.finditer(s):
        if claims.free(m, "n"):
            per = _PER_KO.get(re.sub(r"\s+", " ", m["per"]).removesuffix("에"), "month")
            n = claims.take(m, "n", "count", "time", per)
            assert n is not None
            found.counts.append(Count(n, "time", per))
    for m in _EACH_KO.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "time")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"]), "time"))
    for m in _PEOPLE_KO.finditer(s):
        if claims.free(m, "n"):
            found.people = claims.take(m, "n", "people")
    if _WEEKLY_KO.search(s):
        found.fees_per = "week"
    taken_off = _TAKEN_OFF_KO.search(s) is not None
    first = _FROM_KO.search(s)
    for m in _FEE_KO.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v", "fee")
            assert v is not None
            later = taken_off and first is not None and m.start() > first.start()
            (found.deductions if later else found.fees).append(v)
    for m in _COUNT_KO.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"])))


def read_priced(original: str) -> Priced | None:
    """The typed figures of ``original``, or ``None`` when a figure has no reading.

    Args:
        original: The request as asked ("the toll is 4.75 each way and I drove ...").
    """
    s = plain_text(original)
    if "%" in s or re.search(r"\d\s*(?:percent|퍼센트|프로)", s, re.I):
        return None  # a share, a tax or a discount: not a price times a count
    claims = _Claims(s)
    found = Priced()
    korean = re.search(r"[가-힣]", s) is not None
    (_read_korean if korean else _read_english)(s, claims, found)
    if claims.open:
        return None
    found.slots = sorted(claims.slots)
    if re.search(r"\d\s*원|₩", s):
        found.currency = "원"
    elif re.search(r"\$|\d\s*(?:dollars?|bucks|cents?)\b", s, re.I):
        found.currency = "$"
    return found
