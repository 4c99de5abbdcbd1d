"""Won changed into a currency the code has no table entry for, at the rate the user states.

"50만원 바트로 바꾸면 몇바트야 1바트에 38원이래": the user names the currency and its price
in won, so the conversion needs no table: the won divided by the rate (or a sum in that
currency times the rate, asked in won). Set 43's first run read the sentence as
500,000 + 38 and answered 500,038원, a sum of an amount and a rate.

The rate must be said as one unit of the currency against won ("1바트에 38원", "1바트=38원",
"1바트당 38원"); that clause is what makes the word a currency, so a unit of measure or an
item ("1개에 500원") never reads as one unless a conversion is asked with it.

Set 48 stated such a rate between two currencies in English: "1 cad = 0.73 usd, my paycheck
is 2600 cad. how much is that in usd" is 2,600 × 0.73 = 1,898 USD
(:func:`read_stated_pair_conversion`). Either side may be any three-letter code (never a
unit of measure: "1 cup = 240 ml" is no rate) or a currency's name; the amount is in one of
the two and the other is asked. A pair the currency table knows is left to its reader.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from core.errors import ToolInputError
from tools.currency import format_money, resolve_currency
from tools.currency_unknown_name_51x import names_unknown_currency
from tools.handler_result import HandlerResult
from tools.korean_numbers import format_number, normalize_numerals

__all__ = [
    "StatedPair",
    "conversion_of_stated_pair",
    "read_named_rate_conversion",
    "read_stated_pair_conversion",
    "stated_pair",
]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_ANY_FIGURE = re.compile(_FIGURE)
# "1바트에 38원", "1바트=38원", "1바트당 38원", "1 바트는 38원".
_RATE = re.compile(
    rf"(?<![\d.,])1\s*(?P<cur>[가-힣]{{1,4}}?)\s*(?:에|당|=|은|는|이|가)\s*(?P<r>{_FIGURE})\s*원"
)
_CHANGE = r"(?:바꾸|바꿔|바꿀|환전)"


def _won_to_foreign(cur: str) -> re.Pattern[str]:
    """ "500000원 바트로 바꾸면": the won, then the currency it is changed into."""
    return re.compile(
        rf"(?P<n>{_FIGURE})\s*원(?:을|를)?\s*{re.escape(cur)}\s*(?:으로|로)\s*{_CHANGE}"
    )


def _foreign_to_won(cur: str) -> re.Pattern[str]:
    """ "2000바트면 원화로 얼마": the sum in the currency, asked in won."""
    return re.compile(
        rf"(?P<n>{_FIGURE})\s*{re.escape(cur)}\S*\s*(?:.{{0,12}}?)(?:원화|한국\s*돈|원으로)"
    )


# Counters and measures: "1개에 500원" prices an item, never a currency.
_NOT_CURRENCIES = frozenset(
    {
        "개",
        "명",
        "장",
        "병",
        "권",
        "잔",
        "벌",
        "통",
        "대",
        "판",
        "알",
        "캔",
        "팩",
        "박스",
        "봉지",
        "상자",
        "마리",
        "인분",
        "그릇",
        "세트",
        "회",
        "번",
        "박",
        "시간",
        "분",
        "초",
        "일",
        "주",
        "달",
        "년",
        "개월",
        "리터",
        "키로",
        "킬로",
        "그램",
        "근",
        "평",
        "미터",
    }
)


def _known(cur: str) -> bool:
    try:
        resolve_currency(cur)
    except ToolInputError:
        return False
    return True


def _money(amount: Decimal) -> str:
    return format_number(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def read_named_rate_conversion(text: str) -> HandlerResult | None:
    """The conversion asked, at the rate stated for a currency without a table entry.

    Args:
        text: One step, e.g. "태국 가는데 50만원 바트로 바꾸면 몇바트야 1바트에 38원이래".

    Returns:
        The amount in the currency asked, or ``None`` when the sentence is not exactly a
        conversion at a stated rate of one unit (three figures: the amount, the 1, the rate).
    """
    digits = normalize_numerals(text)
    if (pair := read_stated_pair_conversion(digits)) is not None:
        return pair
    rate = _RATE.search(digits)
    if rate is None or len(_ANY_FIGURE.findall(digits)) != 3:
        return None
    cur = rate["cur"]
    if cur in _NOT_CURRENCIES or _known(cur):
        return None  # 엔, 유로, 달러: the currency table's reader answers those
    per_unit = Decimal(rate["r"].replace(",", ""))
    if per_unit == 0:
        return None
    into = _won_to_foreign(cur).search(digits)
    if into is not None:
        won = Decimal(into["n"].replace(",", ""))
        amount = won / per_unit
        shown = f"{_money(amount)}{cur}"
        how = f"{format_number(won)} KRW ÷ {format_number(per_unit)} KRW/{cur}"
        return _converted(shown, amount, how, cur)
    back = _foreign_to_won(cur).search(digits[: rate.start()] + " " + digits[rate.end() :])
    if back is not None:
        foreign = Decimal(back["n"].replace(",", ""))
        won = (foreign * per_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        how = f"{format_number(foreign)} {cur} × {format_number(per_unit)} KRW/{cur}"
        return _converted(f"{format_number(won)}원", won, how, "원")
    return None


def _converted(shown: str, amount: Decimal, how: str, unit: str) -> HandlerResult:
    return HandlerResult(
        handler="currency",
        answer=shown,
        value=float(amount),
        detail=f"{how} = {shown} (rate as stated)",
        unit=unit,
    )


# "1 cad = 0.73 usd", "1 CHF is 1.13 EUR", "one rand is worth 0.055 dollars".
_NAME = r"[a-z]{3}\b|[a-z]+(?:\s+dollars?)?"
_RATE_EN = re.compile(
    rf"(?<![\d.,])(?:1|one|a|an)\s*(?P<a>{_NAME})\s*(?:=|is\s+worth|is|equals|buys|gets(?:\s+you)?"
    rf"|to)\s*(?:about\s+)?(?P<r>{_FIGURE})\s*(?P<b>{_NAME})",
    re.IGNORECASE,
)
_ASKED_EN = r"\b(?:in|into|to|how\s+many|how\s+much)"
_UNITS_OF_MEASURE = frozenset(
    {"cup", "gal", "min", "hrs", "day", "lbs", "kgs", "mph", "kph", "kms"}
)


class StatedPair(NamedTuple):
    """Two currencies and how many of the second one of the first buys."""

    first: str
    second: str
    rate: Decimal


def _currency_word(word: str, capitals: bool) -> bool:
    """A word that names money: a table currency, a named one, or a code (not a unit)."""
    if _known(word) or names_unknown_currency(word):
        return True
    return capitals and re.fullmatch(r"[A-Z]{3}", word) is not None


def stated_pair(digits: str, *, known_too: bool = False) -> StatedPair | None:
    """The two currencies of a rate stated as one unit of one against the other, or ``None``.

    A lower-case three-letter code counts as a currency only beside one the table or the
    list of named currencies knows ("1 cad = 0.73 usd"); written in capitals it always does.
    """
    said = _RATE_EN.search(digits)
    if said is None:
        return None
    a, b = said["a"].strip(), said["b"].strip()
    if a.lower() == b.lower() or {a.lower(), b.lower()} & _UNITS_OF_MEASURE:
        return None
    named_a, named_b = _currency_word(a, True), _currency_word(b, True)
    three = re.compile(r"[A-Za-z]{3}")
    if not (named_a or (named_b and three.fullmatch(a))):
        return None
    if not (named_b or (named_a and three.fullmatch(b))):
        return None
    if _known(a) and _known(b) and not known_too:
        return None  # a pair the currency table knows: its own reader answers
    rate = Decimal(said["r"].replace(",", ""))
    return None if rate == 0 else StatedPair(a, b, rate)


def _shown(amount: Decimal, name: str) -> str:
    if _known(name):
        return format_money(amount, name)
    return f"{_money(amount)} {name.upper() if len(name) == 3 else name}"


def read_stated_pair_conversion(digits: str) -> HandlerResult | None:
    """An amount in one currency of a stated pair, asked in the other, or ``None``.

    Args:
        digits: One step with numerals as digits ("1 cad = 0.73 usd, my paycheck is 2600
            cad. how much is that in usd").

    Returns:
        The amount in the currency asked; ``None`` unless the sentence's figures are the 1,
        the rate and one amount in one of the two currencies, the other asked.
    """
    found = conversion_of_stated_pair(digits)
    if found is None:
        return None
    pair, held, asked, amount = found
    value = Decimal(amount["n"].replace(",", ""))
    converted = value * (pair.rate if held == pair.first else 1 / pair.rate)
    shown = _shown(converted, asked)
    how = f"{format_number(value)} {held.upper()} at 1 {pair.first.upper()} = "
    how += f"{format_number(pair.rate)} {pair.second.upper()}"
    unit = "$" if shown.startswith("$") else "원" if shown.endswith("원") else asked.upper()
    return _converted(shown, converted, how, unit)


def _names(word: str, name: str) -> bool:
    """Whether ``word`` names the currency ``name`` ("pounds" names "gbp")."""
    word, name = word.lower().strip(), name.lower().strip()
    if re.sub(r"e?s$", "", word) == re.sub(r"e?s$", "", name) or word == name:
        return True
    try:
        return resolve_currency(word) == resolve_currency(name)
    except ToolInputError:
        return False


def conversion_of_stated_pair(
    digits: str, *, known_too: bool = False
) -> tuple[StatedPair, str, str, re.Match[str]] | None:
    """The pair, the currency held, the one asked and the amount's match, or ``None``.

    ``known_too`` reads a pair of the currency table's too (for a follow-up that rewrites
    the amount and leaves the reading to that table's reader).
    """
    pair = stated_pair(digits, known_too=known_too)
    said = _RATE_EN.search(digits)
    if pair is None or said is None:
        return None
    rest = digits[: said.start()] + " " + digits[said.end() :]
    if len(_ANY_FIGURE.findall(rest)) != 1:
        return None
    amounts = [
        (m, held, asked)
        for held, asked in ((pair.first, pair.second), (pair.second, pair.first))
        for m in re.finditer(rf"(?<![\d.,])(?P<n>{_FIGURE})\s*(?P<w>{_NAME})", rest, re.I)
        if _names(m["w"], held)
    ]
    wanted = [w["w"] for w in re.finditer(rf"{_ASKED_EN}\s*(?P<w>{_NAME})", rest, re.I)]
    if len(amounts) != 1:
        return None
    amount, held, asked = amounts[0]
    if not any(_names(w, asked) for w in wanted):
        return None
    return pair, held, asked, amount
