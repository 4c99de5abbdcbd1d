"""Korean purchases read as figures with their counters, whatever the item or the counter.

The forms of ``tools.calculator_korean_shop`` each name the words around their figures;
these read the figures by what is attached to them instead (a counter, ``원``, ``씩``,
a weight, ``당``), so a new item, counter or verb is read the same way:

- the price of one of a thing and a count of it: "두부 한 모 2,300원인데 네 모 사면"
  -> ``2300 * 4``; "떡 2팩을 6,500원씩 사면" -> ``6500 * 2``;
- several items each priced, bought so many each: "짜장면 7,000원 짬뽕 8,000원 두
  그릇씩" -> ``(7000 + 8000) * 2``; "… 하나씩 사면" -> ``(7000 + 8000) * 1``;
- a weight at a price per weight: "한우 300g 100g당 12,000원이면" -> ``12000 * 300 / 100``;
- a weight's price, asked per another weight: "소고기 400g에 36,000원이면 100g당" ->
  ``36000 / 400 * 100``;
- hours at an hourly pay: "특근 8시간이고 시간당 18,000원이면 수당" -> ``18000 * 8``;
- amounts by name, asked together: "교통비 3만원에 식비 4만5천원이면 합계" -> ``30000 + 45000``.

What comes before the first figure only says whose or what it is (a name, a title, a
model number): it may hold no amount of money, no percent and no counted figure. A
request with any figure a form does not place is no match (``None``): a figure left out
would be a wrong answer, where no answer hands the request on.
"""

from __future__ import annotations

import re
import unicodedata

from core.lazy_regex import LazyPattern
from core.text import KOREAN_COUNT_FORMS
from tools.calculator_kilo_as_kg_54k import kilo_as_kg
from tools.korean_numbers import normalize_numerals

__all__ = ["counts_as_digits", "korean_counted_expression"]

_NUM = r"\d+(?:\.\d+)?"
_MAX_CHARS = 90
_MAX_AMOUNTS = 4
# Counters of things bought by the piece, the portion or the pack. Weights and people
# are not here: a weight has its own forms, a count of people is a split.
_COUNTER = (
    r"(?:켤레|봉지|인분|그릇|접시|조각|송이|포기|묶음|박스|상자|세트|마리|"
    r"줄|판|잔|통|개|모|캔|병|팩|장|권|벌|알|컵|단|봉|대|kg|g)"
)
_THING_COUNTER = _COUNTER.replace("|kg|g)", ")")
# A native count word written before a counter the shared normaliser leaves as words
# ("네 모", "한 통", "세 송이"); the counter must end the word or take a particle.
_NATIVE_BEFORE_COUNTER = LazyPattern(
    r"(?<![가-힣])(?P<word>"
    + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True))
    + r")\s*(?="
    + _THING_COUNTER
    + r"(?:$|[\s?.!,]|에|당|씩|을|를|이|은|는|만|도|랑|이랑|하고|짜리|이면|인데|이고))"
)
# What the request asks, at its end.
_ASK = (
    r"\s*(?:총|전부|모두|다\s*해서|다\s*합쳐서|합쳐서|합계|전체|합계가?)?"
    r"\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)\s*[?？.!]*\s*$"
)
# A verb of buying, ordering or taking along, in its "if" form ("사면", "싸 가면",
# "시켜 먹으면", "주문하면").
_IF_BOUGHT = r"(?:[가-힣]{1,4}\s+)?[가-힣]{0,3}(?:면|으면)"
# "한 모", "1모", "모당": the price that follows is for one of the counter.
_FOR_ONE = rf"(?:1\s*(?P<u>{_COUNTER})\s*(?:에|당)?|(?P<u2>{_COUNTER})\s*당)"
_JOIN = r"\s*(?:인데|이고|이면|이라|짜리(?:\s+[가-힣]{1,6})?|,)?\s*,?\s*"

_ONE_THEN_COUNT = LazyPattern(
    rf"^(?P<lead>.*?){_FOR_ONE}\s*(?P<p>{_NUM})\s*원{_JOIN}(?P<n>{_NUM})\s*(?P<u3>{_COUNTER})"
    rf"\s*(?:을|를|만|이면|면)?\s*(?:{_IF_BOUGHT})?{_ASK}"
)
_COUNT_AT_EACH = LazyPattern(
    rf"^(?P<lead>.*?)(?P<n>{_NUM})\s*(?P<u>{_COUNTER})\s*(?:을|를|에|,)?\s*(?P<p>{_NUM})\s*원\s*씩"
    rf"\s*(?:{_IF_BOUGHT})?{_ASK}"
)
# One item of a list: a name, a "한 통" of it, its price ("수박 한 통 18,000원").
# Words apart by spaces only: "(?:[가-힣]{1,8}\s*)+" splits one long word every way there is
# and backtracks for minutes on a sentence with no figure.
_PRICED = (
    rf"(?:[가-힣A-Za-z]+\s+){{0,3}}[가-힣A-Za-z]+\s*(?:1\s*{_COUNTER}\s*(?:에|당)?\s*)?"
    rf"{_NUM}\s*원"
)
_PRICE_IN_ITEM = re.compile(rf"(?P<p>{_NUM})\s*원")
_SO_MANY_EACH = LazyPattern(
    rf"^(?P<items>{_PRICED}(?:\s*(?:이랑|랑|하고|과|와|,)?\s*{_PRICED})+)\s*(?:짜리\s*)?(?:을|를)?\s*"
    rf"(?:(?P<k>{_NUM})\s*{_COUNTER}\s*씩|(?P<one>하나씩|각각\s*하나씩?))\s*(?:{_IF_BOUGHT})?{_ASK}"
)
_WEIGHT = r"(?:kg|g|킬로그램|킬로|그램)"
_GRAMS = {"kg": 1000, "킬로그램": 1000, "킬로": 1000, "g": 1, "그램": 1}
_WEIGHT_AT_PRICE_PER = LazyPattern(
    rf"^(?P<lead>[^\d]*?)(?P<w>{_NUM})\s*(?P<wu>{_WEIGHT})\s*(?:인데|이고|이면|면|,|을|를)?\s*,?\s*"
    rf"(?P<r>{_NUM})?\s*(?P<ru>{_WEIGHT})\s*(?:당|에)\s*(?P<p>{_NUM})\s*원\s*(?:이면|인데|이라면|일\s*때)?"
    rf"\s*(?:{_IF_BOUGHT})?{_ASK}"
)
_PRICE_PER_THEN_WEIGHT = LazyPattern(
    rf"^(?P<lead>[^\d]*?)(?P<r>{_NUM})?\s*(?P<ru>{_WEIGHT})\s*당\s*(?P<p>{_NUM})\s*원\s*(?:인데|이고|,)?\s*,?\s*"
    rf"(?:[가-힣]{{1,8}}\s*)?(?P<w>{_NUM})\s*(?P<wu>{_WEIGHT})\s*(?:을|를|이면|면)?\s*(?:{_IF_BOUGHT})?{_ASK}"
)
_WEIGHT_PRICE_ASKED_PER = LazyPattern(
    rf"^(?P<lead>[^\d]*?)(?P<w>{_NUM})\s*(?P<wu>{_WEIGHT})\s*(?:에|이|가|은|는|,)?\s*(?P<p>{_NUM})\s*원"
    rf"\s*(?:이면|인데|이라면|일\s*때|,)?\s*,?\s*(?P<r>{_NUM})?\s*(?P<ru>{_WEIGHT})\s*(?:당|에)\s*"
    r"(?:얼마[가-힣]*|몇\s*원[가-힣]*)\s*[?？.!]*\s*$"
)
_HOURS_AT_HOURLY = LazyPattern(
    rf"^(?P<lead>.*?)(?P<h>{_NUM})\s*시간\s*(?:이고|인데|이면|,|에)?\s*,?\s*(?:시간당|1\s*시간에|시급)\s*"
    rf"(?P<p>{_NUM})\s*원\s*(?:이면|인데|이라면|일\s*때)?\s*,?\s*(?:[가-힣]{{1,8}}\s*)?(?:은|는|이|가)?{_ASK}"
)
# "교통비 3만원에 식비 4만5천원이면 합계 얼마": amounts each with a name, asked together.
_NAMED = rf"[가-힣A-Za-z]{{1,8}}\s*{_NUM}\s*원"
_NAMED_SUM = LazyPattern(
    rf"^(?P<lead>.*?)(?P<items>{_NAMED}(?:\s*(?:에|이랑|랑|하고|과|와|,|이고|에다)\s*{_NAMED})+)"
    r"\s*(?:이면|인데|이고|을|를)?\s*,?\s*(?:합계|합치면|더하면|다\s*합쳐서|다\s*해서|모두|전부|총)"
    r"\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)\s*[?？.!]*\s*$"
)
# A lead may hold a name, a title or a model number; never a figure that is an amount,
# a percent, a count, a weight or a span ("3개", "20%", "5만원", "300g", "2시간").
_FIGURE_IN_LEAD = re.compile(rf"(?<![A-Za-z\d-]){_NUM}(?:\s*(?:원|%|kg|g\b)|[가-힣])")
# An aside in brackets with no figure ("최 부장님(최동욱)"): who it is, never an operand.
_WORDS_IN_BRACKETS = re.compile(r"\([^()\d]*\)")


def counts_as_digits(text: str) -> str:
    """ "두부 네 모", "수박 한 통" -> "두부 4모", "수박 1통": native counts before any counter."""
    return _NATIVE_BEFORE_COUNTER.sub(lambda m: KOREAN_COUNT_FORMS[m["word"]], text)


def _grams(figure: str | None, unit: str) -> float:
    return float(figure or 1) * _GRAMS[unit]


def _weight_expression(s: str) -> str | None:
    total = _WEIGHT_AT_PRICE_PER.match(s) or _PRICE_PER_THEN_WEIGHT.match(s)
    if total is not None:
        weight, per = _grams(total["w"], total["wu"]), _grams(total["r"], total["ru"])
        return f"{total['p']} * {weight:g} / {per:g}"
    asked = _WEIGHT_PRICE_ASKED_PER.match(s)
    if asked is not None:
        weight, per = _grams(asked["w"], asked["wu"]), _grams(asked["r"], asked["ru"])
        if weight == per:
            return None  # the price asked is the price said
        return f"{asked['p']} / {weight:g} * {per:g}"
    return None


def _lead_is_clean(m: re.Match[str]) -> bool:
    lead = m.groupdict().get("lead")
    return lead is None or _FIGURE_IN_LEAD.search(lead) is None


def _counted_expression(s: str) -> str | None:
    one = _ONE_THEN_COUNT.match(s)
    same_counter = one is not None and (one["u"] or one["u2"]) == one["u3"]
    if one is not None and same_counter and one["n"] != "1" and _lead_is_clean(one):
        return f"{one['p']} * {one['n']}"
    each = _COUNT_AT_EACH.match(s)
    if each is not None and _lead_is_clean(each):
        return f"{each['p']} * {each['n']}"
    listed = _SO_MANY_EACH.match(s)
    if listed is not None:
        prices = [m["p"] for m in _PRICE_IN_ITEM.finditer(listed["items"])]
        return f"({' + '.join(prices)}) * {listed['k'] or 1}"
    return None


def korean_counted_expression(text: str) -> str | None:
    """The expression of one of the forms above, read from the request as written.

    Args:
        text: The request ("짜장면 7,000원 짬뽕 8,000원 두 그릇씩 시키면 얼마야").

    Returns:
        The expression, or None when the request is none of these forms.
    """
    s = unicodedata.normalize("NFKC", text).strip()
    if not re.search("[가-힣]", s) or "원" not in normalize_numerals(s):
        return None  # every form here is a Korean request about won
    if len(s) > _MAX_CHARS or s.count("원") > _MAX_AMOUNTS:
        return None  # every form is one short request; a long list would backtrack for minutes
    s = _WORDS_IN_BRACKETS.sub(" ", re.sub(r"(?<=\d),(?=\d{3})", "", s))
    s = counts_as_digits(s)
    s = re.sub(r"\s+", " ", normalize_numerals(s)).strip()
    s = kilo_as_kg(s)  # "100g당 2890원이면 1.2키로": kilograms (set 45)
    found = _counted_expression(s) or _weight_expression(s)
    if found is not None:
        return found
    hours = _HOURS_AT_HOURLY.match(s)
    if hours is not None and _lead_is_clean(hours):
        return f"{hours['p']} * {hours['h']}"
    named = _NAMED_SUM.match(s)
    if named is not None and _lead_is_clean(named):
        return " + ".join(m["p"] for m in _PRICE_IN_ITEM.finditer(named["items"]))
    return None
