"""Whether a money amount in a conversion request is a unit price of several items.

"1달러 1,400원 기준으로 삼만오천원짜리 4개 사면 얼마야" states a rate and one amount of
money, but asks for the price of four items: converting the one amount answers another
question ("$25.00" for one item). A count of items next to the amount, or the amount
said to be the price of one ("…짜리", "개당"), means the request is a word problem that
a plain conversion must leave alone.
"""

from __future__ import annotations

import re

from tools.currency_each_51w import amount_each_with_count

__all__ = ["counts_items", "multiplies_amount", "paid_for_count"]

# Native Korean numbers said before a counter ("세박스", "두 개"), and digits.
_HOW_MANY = r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
# Counters of things bought, in Korean and English.
_COUNTER = (
    r"(?:개|박스|상자|병|잔|권|장|봉지|팩|벌|켤레|그릇|인분|세트|캔|판|송이|마리|대"
    r"|boxes|box|bottles|cups|pieces|pcs|items|tickets|packs"
    # Spans and heads an amount is paid for: "3박", "for 3 nights", "4 people".
    r"|박|nights?|days?|weeks?|months?|people|persons|guests|adults|kids|children|tickets?)"
)
# The amount multiplied outright ("× 3", "x3"): a product, never the one amount.
_PER = r"|(?<![a-z])[x×]\s*\d"
_ITEMS = re.compile(
    rf"(?<![\w가-힣]){_HOW_MANY}\s*{_COUNTER}(?![a-z])"
    # The amount named as the price of one: "35,000원짜리", "개당", "a piece".
    r"|짜리|개당|\beach\b|\bapiece\b|\ba piece\b" + _PER,
    re.IGNORECASE,
)


def counts_items(text: str) -> bool:
    """Whether ``text`` (a request without its rate) counts items or prices one of them."""
    return _ITEMS.search(text) is not None


# "210 euros a night for 3 nights", "1박에 100달러, 3박": a price per night, day or head and
# the one count of them it is paid for. The noun of the price and of the count must agree.
_PER_NOUN = {
    "night": "night",
    "day": "day",
    "week": "week",
    "month": "month",
    "person": "person",
    "head": "person",
    "guest": "person",
    "ticket": "ticket",
    "박": "night",
    "일": "day",
    "인": "person",
    "명": "person",
}
_PRICE_PER = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?P<en>night|day|week|month|person|head|guest|ticket)\b"
    r"|(?:1|한)\s*(?P<ko>박|일|인|명)\s*(?:에|당)|(?P<ko2>박|일|인|명)당|(?P<ko3>하루)\s*에",
    re.IGNORECASE,
)
_COUNT_OF = re.compile(
    r"(?<![\w.,])(?P<n>\d+)\s*(?P<noun>nights?|days?|weeks?|months?|people|persons|guests"
    r"|tickets?|박|일|명)(?![a-z])",
    re.IGNORECASE,
)
_COUNT_NOUN = {"people": "person", "persons": "person", "guests": "person", "명": "person"}
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Counts said in words ("two rooms", "세 명", "twice"): another factor this reading misses.
_WORDED_COUNT = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|double|both|couple)\b"
    r"|(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*[가-힣]",
    re.IGNORECASE,
)


def _noun(word: str) -> str:
    word = word.lower()
    return _COUNT_NOUN.get(word) or _PER_NOUN.get(word) or _PER_NOUN.get(word.rstrip("s"), "")


def paid_for_count(text: str) -> int | None:
    """How many nights/days/heads the one amount in ``text`` is a price per, or None.

    ``text`` is a request without its rate; it must hold just two figures (the amount and
    the count), one price-per phrase and one count of the same noun. Anything more (a
    second count, a count in words) is no reading: converting a part would be wrong.
    """
    pers = list(_PRICE_PER.finditer(text))
    # The "1" of "1박에" is the per-phrase's, not a figure of its own.
    rest = _PRICE_PER.sub(" ", text)
    counts = list(_COUNT_OF.finditer(rest))
    if len(pers) != 1 or len(counts) != 1 or len(_FIGURE.findall(rest)) != 2:
        return None
    if _WORDED_COUNT.search(text):
        return None
    per = pers[0]
    noun = "day" if per["ko3"] else _noun(per["en"] or per["ko"] or per["ko2"])
    count = counts[0]
    if not noun or _noun(count["noun"]) != noun or int(count["n"]) <= 0:
        return None
    return int(count["n"])


def multiplies_amount(text: str) -> bool:
    """Whether ``text`` (a request without its rate) makes its amount one of several.

    Items counted or priced one each (:func:`counts_items`), or a price per night, day or
    head said with any count ("a night for two nights", "1인당 … 4명").
    """
    if counts_items(text) or amount_each_with_count(text):  # "100달러씩 3명" (set 51)
        return True
    has_count = _COUNT_OF.search(text) is not None or _WORDED_COUNT.search(text) is not None
    return _PRICE_PER.search(text) is not None and has_count
