"""The typed figures of a previous request: what a follow-up may change, and of what kind.

``tools.followup_slots`` changes one figure of one kind as a follow-up says; this module
reads the figures it chooses from. Each previous step is normalised (digit commas, Korean
numerals, "a couple of") and every figure typed by the word after it: money by currency
("24 dollars", "$24", "1,350원"), percent, an exchange rate ("환율 1,385원"), people,
things by their counter ("세 박스", "2 coffees"), hours, weeks, months, years, days, and
dates ("3월 14일까지", with the words after it that say its role). A figure whose word
names no kind is not a slot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.couples_en import couples_as_digits
from tools.followup_slot_kinds import PEOPLE_NOUNS, UNIT_KINDS, item_kind, word_set
from tools.korean_numbers import normalize_numerals

__all__ = [
    "DATE",
    "ENDINGS",
    "FIGURE",
    "FX_BEFORE",
    "WORD",
    "Slot",
    "far_from_rate",
    "fx_side",
    "kind_of",
    "normal_text",
    "read_slots",
    "word_kind",
]


_NUM = r"\d+(?:\.\d+)?"
DATE = LazyPattern(r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_DOLLAR_SIGN = LazyPattern(rf"\$\s*(?P<num>{_NUM})")
FIGURE = LazyPattern(
    rf"(?<![\d.])(?P<num>{_NUM})\s*"
    r"(?:(?:more|extra|additional)\s+|of\s+(?!us\b|them\b)(?:the\s+)?)?"
    r"(?P<unit>%|of\s+(?:us|them)|[가-힣]+|[A-Za-z]+)?",
    re.IGNORECASE,
)
_DIGIT_COMMAS = re.compile(r"(?<=\d),(?=\d{3})")
# Korean counters, longest first so "개월" is months before "개" is pieces.
_KOREAN_COUNTERS = sorted(
    [
        *(w for w in UNIT_KINDS if re.match("[가-힣]", w)),
        *(w for w in PEOPLE_NOUNS if re.match("[가-힣]", w)),
        *word_set("박스 상자 장 개 잔 병 권 인분 줄 판 봉지 캔 박 마리 그릇 켤레 세트 송이"),
    ],
    key=len,
    reverse=True,
)
# English words after a number that never count a thing ("3 times", "2 percent" is %).
_NOT_COUNTED = frozenset(
    [
        "times",
        "a",
        "an",
        "at",
        "and",
        "each",
        "per",
        "for",
        "in",
        "of",
        "or",
        "to",
        "the",
        "off",
        "is",
        "was",
    ]
)
# A rate's name before a won figure: "환율 1,385원" is an exchange rate, not an amount.
FX_BEFORE = LazyPattern(r"(?:환율|exchange\s+rate|rate\s+of)\s*(?:은|이|는|을|)\s*$", re.I)
# A won figure said as what one unit of another currency costs is a side of a rate
# (calc63: "100 yen = 890 won", "100엔에 912원", "1달러당 1,380원", "890 won per 100 yen",
# "1,395 won a dollar"): "what if it was 5000 won" made it the rate (4,080,000원).
_OTHER_CURRENCY = (
    r"(?:yen|dollars?|bucks|usd|euros?|eur|pounds?|gbp|yuan|pesos?|엔|달러|불|유로|위안|파운드"
    r"|[$€£¥])"
)
FX_SIDE_BEFORE = LazyPattern(
    rf"\d[\d,]*(?:\.\d+)?\s*{_OTHER_CURRENCY}\s*(?:=|is|에|당|:)\s*$|{_OTHER_CURRENCY}\s*당\s*$",
    re.I,
)
FX_SIDE_AFTER = LazyPattern(
    rf"\s*(?:per|a|an|for\s+(?:every|each|one|1)|to\s+(?:the|a|one|1))\s+"
    rf"(?:\d[\d,]*\s*)?{_OTHER_CURRENCY}",
    re.I,
)
#: Off only in this rule's switch-off test.
USE_FX_SIDE = True
WORD = LazyPattern(r"[A-Za-z']+|[가-힣]+")
ENDINGS = word_set("은 는 이 가 을 를 에 로 으로 도 만 요 면 으면 이면 에서 까지 까지는 대 래 고")


@dataclass(frozen=True)
class Slot:
    """One typed figure of a step: its kind, its value and where it stands."""

    step: int
    kind: str
    value: Decimal
    start: int
    end: int
    after: str  # the words after it ("까지", "개강까지"): a date's role


def normal_text(text: str) -> str:
    """A step as its figures are read: no digit commas, numerals and counts in digits."""
    # ("a couple of coffees" is "2 coffees", a count a later turn may change: set 36.)
    return couples_as_digits(normalize_numerals(_DIGIT_COMMAS.sub("", text)))


def word_kind(word: str) -> str | None:
    """The kind a word names on its own: a counter alone or with a particle ("달은", "친구")."""
    kind = kind_of(word)
    if kind is None or not re.match("[가-힣]", word):
        return kind
    for counter in _KOREAN_COUNTERS:
        if word.startswith(counter) and word[len(counter) :] in ENDINGS | {""}:
            return kind
    return None


def kind_of(unit: str | None) -> str | None:
    """The kind of figure the word after a number makes it ("원", "명", "nights"), if any."""
    if not unit:
        return None
    word = " ".join(unit.lower().split())
    if word in PEOPLE_NOUNS:
        return "people"
    if word in UNIT_KINDS:
        return UNIT_KINDS[word]
    if re.match("[가-힣]", word):
        for counter in _KOREAN_COUNTERS:
            if word.startswith(counter):
                if counter in PEOPLE_NOUNS:
                    return "people"
                return UNIT_KINDS.get(counter) or item_kind(counter)
        return None
    if word in _NOT_COUNTED or not word.endswith("s"):
        return None
    return item_kind(word)


def fx_side(text: str, start: int, end: int) -> bool:
    """Whether the won figure at ``text[start:end]`` is said as the price of another
    currency's unit ("100 yen = 890 won", "1,480 won per euro")."""
    after = re.sub(r"^\s*(?:won|원|krw)\b", "", text[end:], flags=re.IGNORECASE)
    return bool(FX_SIDE_BEFORE.search(text[:start]) or FX_SIDE_AFTER.match(after))


def far_from_rate(text: str, start: int, end: int, new: Decimal) -> bool:
    """Whether ``new`` would replace the won side of a rate (:func:`fx_side`) with a figure
    no rate's size: more than half again or less than two thirds of it. "what if it was
    1400 won" after "1,402 won per dollar" is the rate said anew; "5000 won" after "100 yen =
    890 won" is no rate (4,080,000원 was given, calc63), but the amount, a fee or a budget."""
    if not USE_FX_SIDE or not fx_side(text, start, end):
        return False
    old = Decimal(text[start:end].replace(",", ""))
    return old <= 0 or not (old * Decimal("0.66") <= new <= old * Decimal("1.5"))


def _figures(text: str) -> list[tuple[str, Decimal, int, int, str]]:
    """Every typed figure of a normalised text: (kind, value, start, end, text after)."""
    found: list[tuple[str, Decimal, int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for date in DATE.finditer(text):
        key = Decimal(int(date["m"]) * 100 + int(date["d"]))
        found.append(("date", key, date.start(), date.end(), text[date.end() : date.end() + 8]))
        taken.append(date.span())
    for sign in _DOLLAR_SIGN.finditer(text):
        found.append(("money:usd", Decimal(sign["num"]), sign.start("num"), sign.end("num"), ""))
        taken.append(sign.span())
    for figure in FIGURE.finditer(text):
        if any(a <= figure.start() < b for a, b in taken):
            continue
        kind = kind_of(figure["unit"])
        if kind == "money:krw" and FX_BEFORE.search(text[: figure.start()]):
            kind = "fx"
        if kind is None:
            continue
        found.append((kind, Decimal(figure["num"]), figure.start("num"), figure.end("num"), ""))
    return found


def read_slots(steps: Sequence[str]) -> tuple[list[str], list[Slot]]:
    """The previous steps, normalised, and every typed figure they hold."""
    normal = [normal_text(step) for step in steps]
    slots = [
        Slot(index, kind, value, start, end, after)
        for index, step in enumerate(normal)
        for kind, value, start, end, after in _figures(step)
    ]
    return normal, slots
