"""Questions asking what something costs, and what states a sum of money.

"떡케이크 1호 얼마예요?" asks a price: "1호는 지름 15cm" is about the same cake and holds
a figure, but a size says nothing about what it costs. "보증금 얼마나 먼저 내요?" names a
sum of money before its 얼마나, so it asks how much, not how early. And a discount rate
("10% 할인 쿠폰") is not what a thing costs unless the question asks about a discount.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tools.rag.fee_for_item import fee_item_terms
from tools.rag.how_much_to_55h import asks_how_much_to_do
from tools.rag.korean_counters import KO_MAGNITUDE
from tools.rag.pence import PENCE
from tools.rag.place_words import place_and_charge_words
from tools.rag.price_shares import asks_whole_price, is_share
from tools.rag.priced_phrase import how_much_item_terms

# Nouns naming a sum of money: what is paid, charged, deposited or refunded.
_MONEY_NOUNS_KO = (
    r"가격|비용|요금|금액|값|예약금|계약금|보증금|선금|벌금|위약금|환불금|보상금|지원금|등록금|"
    # 배달비, 세팅비, 수수료, 입장료: a charge named by what it pays for.
    r"[가-힣]+(?:비|료)"
)
# "보증금 얼마나 먼저 내요?": a money noun right before 얼마나 asks the amount.
_MONEY_DEGREE = re.compile(
    rf"(?:{_MONEY_NOUNS_KO})\s*(?:은|는|이|가|을|를|도)?\s*얼마\s*나(?!\s*(?:걸|기다|동안))"
)
# A Korean question asking what something costs: "얼마예요?", "얼마 더 내요?", "얼마부터",
# a bare "얼마" typed last without a question mark ("1인당 얼마"),
# "설치하면 얼마 나와요?" (a bill comes to: 나오다, not the 얼마나 of "얼마나 와요").
_ASKS_PRICE_KO = re.compile(
    r"얼마\s*(?:에요|예요|이에요|인가요|인지|입니까|야|여|죠|지|임|씩|부터|더(?!\s*(?:기다|걸|있|남))|\s*[?？]|\s*$)|"
    r"얼마\s*나(?:와|오|올|옵)|"
    rf"(?:{_MONEY_NOUNS_KO})\s*(?:은|는|이|가|을|를|도)?\s*얼마|가격|비용|요금|금액"
)
_ASKS_PRICE_EN = re.compile(
    r"\b(?:price|prices|cost|costs|fee|fees|charge|charges|deposit)\b", re.IGNORECASE
)
# "how much is next-day express?": how much a thing *is* is what it costs (a measure asked
# this way names itself, "how much is the weight limit", and _MEASURE keeps it). Only the
# answer's kind is read from it: which item is priced is left to the words that name it.
_HOW_MUCH_IS = re.compile(
    r"\bhow\s+much\s+(?:is|are|was|were|will|would)\b|\bhow\s+much's\b", re.IGNORECASE
)
# How much of a measured quantity ("복용량", "거리", "dose"): an amount, not a price.
_MEASURE = re.compile(
    r"복용량|용량|거리|무게|길이|높이|크기|온도|속도|\bdos(?:e|age)\b|\bdistance\b|\bweight\b|"
    r"\b(?:size|length|height|width|volume|capacity|temperature|speed)\b",
    re.IGNORECASE,
)
_NUMBER = r"\d+(?:[.,]\d+)*"
# A sum of money without its currency has cents or thousands: "50.00", "12,000".
_SUM = r"\b(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})\b"
# A sum with no currency priced per period or unit ("Monthly membership: 18.00 a month",
# "0.20 per minute"): the per-period wording says it is a price, as "costs" would.
_PER_UNIT_SUM = (
    rf"{_SUM}\s+(?:a|an|per|each)\s+"
    r"(?:year|month|week|day|night|hour|minute|ride|trip|person|visit|session|kwh)s?\b"
)
#: A sum of money, or that something costs nothing, as a sentence states it: "12,000원",
#: "3만 원", "$5", "20 cents", "무료", "a deposit of 50.00", "a 25.00 recovery fee",
#: "0.20 per minute". ``tools.rag.answer_types`` reads an amount with it too.
# "the fee is waived", "we waive the booking fee", "수수료는 면제됩니다", "요금을 받지 않습니다";
# not "fees are not waived" nor a waiver form, nor "재료를 받지 않습니다" (no money noun).
WAIVED_CHARGE = (
    r"\b(?:fees?|charges?|costs?|fares?)\s+(?:is|are|will\s+be|gets?|can\s+be)\s+waived\b|"
    r"\bwaive[sd]?\s+(?:the|any|all|our|your|its|their)\s+(?:\w+\s+)?(?:fees?|charges?|fares?)\b|"
    r"(?:요금|비용|수수료|(?:이용|입장|대여|사용|보관|배송|택배|주차|참가|등록|수강|관리|관람)(?:료|비)|돈|값|삯)\s*(?:은|는|이|가|을|를)?\s*(?:모두\s*|전액\s*)?"
    r"(?:면제|받지\s*않)"
)
MONEY = (
    rf"{_NUMBER}\s*{KO_MAGNITUDE}\s*(?:원|달러|센트|%)|"
    # The sign's whole number: read as "£1", "£17.50" was a figure of "is it £10?" (the
    # question "states" it) and ended six characters before its " a month".
    rf"{_NUMBER}\s*(?:won|dollars?|cents?|pence|percent|%)(?![A-Za-z])|[$₩€£]\s*{_NUMBER}|"
    r"무료|공짜|\bfree\b|\bno charge\b|\bco-?payments?\b|"
    # A charge waived is a nil price (blind set 50: "do i have to pay the handling fee?"
    # is answered by "The fee is waived for children's school bags", not a £5 elsewhere).
    rf"{WAIVED_CHARGE}|"
    # "20p", "35p": pence after the figure (tools.rag.pence).
    rf"{PENCE}|"
    # A sum written with no currency, named by what it is: "a deposit of 50.00",
    # "costs up to 400.00", "a 25.00 recovery fee".
    r"\b(?:costs?|pays?|paid|charged?|fees?|deposits?|prices?|fines?|fares?)\b"
    rf"(?:\s+(?:of|is|are|at|up to|about|only|an?|\w+ble))*\s+{_SUM}|"
    rf"{_SUM}\s+(?:\w+\s+)?(?:fees?|charges?|deposits?|fines?)\b|{_PER_UNIT_SUM}"
)
_MONEY = re.compile(MONEY, re.IGNORECASE)
# A price table's value cells, the currency said once above the table ("Prices are in
# Korean won"): "| Full-day, weekend | 82,000 | 58,000 |" leaves "82,000 58,000" to read.
# Sums alone and nothing else; a row with any other word ("1,200 seats") is not one.
_BARE_SUM_CELLS = re.compile(rf"\s*{_SUM}(?:\s+{_SUM})*\s*")
# A rate taken off a price: "10% 할인", "3% off", "a 5% discount"; or a sum taken off.
_DISCOUNT = re.compile(
    rf"{_NUMBER}\s*(?:%|percent)\s*(?:의\s*)?(?:할인|\boff\b|\bdiscount\b)|"
    rf"\b(?:an?\s+)?{_NUMBER}\s*(?:%|percent)\s+discount\b|"
    # A sum taken off ("5,000원 할인해 드립니다", "£4 off") is what is saved, not a price.
    rf"{_NUMBER}\s*(?:만\s*)?원\s*(?:을|를|씩|까지)?\s*할인|"
    rf"[£$€]\s*{_NUMBER}\s+off\b",
    re.IGNORECASE,
)
_ASKS_DISCOUNT = re.compile(
    r"할인|깎|에누리|싸게|\bdiscounts?\b|\boff\b|\bcheaper\b|\bsav(?:e|ing)s?\b", re.IGNORECASE
)


# "How much …?" / "얼마 …?" asks for a sum; a payment's bare name ("co-payment") states none.
_HOW_MUCH = re.compile(r"\bhow\s+much\b|얼마", re.IGNORECASE)
_BARE_PAYMENT = re.compile(r"co-?payments?", re.IGNORECASE)


def asks_amount_of_money(question: str) -> bool:
    """Whether a Korean question names a sum of money right before its 얼마나.

    "예약금 얼마나 먼저 보내야 해요?" asks how much deposit, though "얼마나 먼저" alone would
    ask how early.
    """
    return bool(_MONEY_DEGREE.search(question))


def asks_price(question: str) -> bool:
    """Whether the question asks what something costs (not how much of a measure)."""
    if _MEASURE.search(question):
        return False
    return bool(_ASKS_PRICE_KO.search(question) or _ASKS_PRICE_EN.search(question))


def asks_how_much_it_is(question: str) -> bool:
    """Whether an English question asks "how much is …?" of a thing (its price), not a measure."""
    # ...and "how much to adopt a dog", "how much for two cats" (tools.rag.how_much_to_55h).
    return not _MEASURE.search(question) and bool(
        _HOW_MUCH_IS.search(question) or asks_how_much_to_do(question)
    )


def money_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a sum of money or says something is free."""
    return [m.span() for m in _MONEY.finditer(text)]


def states_price(sentence: str, question: str) -> bool:
    """Whether the sentence states a sum of money (or that something is free).

    A size, weight or headcount answers no price; a discount rate answers only a
    question about a discount. A figure the question itself states is no evidence, nor,
    where it asks how much, a payment named without its sum ("pay only their co-payment"
    does not say what parcel insurance costs), nor a percentage asked the price of a thing.
    """
    asked = question.lower()
    if _BARE_SUM_CELLS.fullmatch(sentence):
        return any(cell not in asked for cell in sentence.split())
    how_much = bool(_HOW_MUCH.search(question))
    discounts = (
        [] if _ASKS_DISCOUNT.search(question) else [m.span() for m in _DISCOUNT.finditer(sentence)]
    )
    whole_price = asks_whole_price(question)  # a share ("50%") prices nothing (price_shares)
    for m in _MONEY.finditer(sentence):
        if m.group(0).lower() in asked or (how_much and _BARE_PAYMENT.fullmatch(m.group(0))):
            continue
        if whole_price and is_share(m.group(0)):
            continue
        if any(start <= m.start() < end for start, end in discounts):
            continue
        return True
    return False


def priced_items(
    question: str,
    topics: Sequence[str],
    groups: Sequence[frozenset[str]],
    terms: Sequence[str],
    frequency: Callable[[str], int] | None,
) -> list[frozenset[str]]:
    """The concept groups of what a price question asks about: its topics the collection holds.

    "아메리카노 한 잔 얼마예요?" is answered only by a sentence that names something asked
    about, or follows one that does (a section's heading line counts): "음료나 빵을
    5,000원어치 살 때마다" states a sum in the same section but prices no coffee. The
    document's title or the section's breadcrumb alone does not say what is priced.
    "how much is X?" asks X's price the same way, named by X's words alone (see
    :mod:`tools.rag.priced_phrase`): "overnight parking" is not priced by the lockers.
    """
    if frequency is None:
        return []
    if asks_price(question):
        # "the cancellation fee for the engagement session": X's words (fee_for_item).
        named = set(fee_item_terms(question, topics) or topics)
    elif asks_how_much_it_is(question):
        named = set(how_much_item_terms(question, topics))
    else:
        return []
    # "수리센터 주차 … 요금": the place and the word 요금 name nothing priced (place_words).
    named -= place_and_charge_words(question, named)
    held = {t for t in named if frequency(t) > 0}
    return [g for t, g in zip(terms, groups, strict=True) if t in held]
