"""More Korean readers of everyday price questions, for forms blind set 29 asked.

Each claims the figures it reads (see ``tools.priced_figures.Claims``) and is run by
``tools.priced_reading_ko.read_korean`` at its place in the order:

- a price per person said "재료비 인당 1만원" beside "1인 4만5천원 … 여덟 명" (it read as a
  share asked, and the sum was declined);
- "주1회 29,000원짜리 8주": one session a week at that price (only for once a week: "주2회
  3만원" may be the week's price for both);
- "한 벌 하루 35,000원 … 세 벌 이틀": the price of one thing a day, the things counted;
- "김치 5키로 한 통 42,000원", "양념 10키로 8만원": a size naming what is priced, no count;
- "소형견 4만원 중형견 6만원인데 한 마리씩": one count for each price said before it;
- "손가락 하나당 3천원 … 네 손가락": per one of a noun, its native count made digits
  (:func:`counted_per_named_noun`, run by ``plain_text``);
- "어묵 한 꼬치 1,500원 여섯 개", "캔 다섯개 하나 2천원": the price of one beside a count
  of another counter word for the same things;
- "… 김치전 한 장 12,000원 시키면 얼마": one more thing bought, priced last in a list.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.text import KOREAN_COUNT_FORMS
from tools.priced_figures import NUMBER, Claims, Count, Priced, Rate
from tools.priced_per_one_counted import bare_count_of_the_one_priced

__all__ = [
    "bought_once_at_the_end",
    "count_beside_price_of_one",
    "counted_per_named_noun",
    "each_count_over_prices",
    "one_thing_per_period",
    "per_head_price",
    "size_of_what_is_priced",
    "weekly_session_price",
]

_N = NUMBER
# "재료비 인당 10000원", "1명당 5천원": a price per person (a share asked says 인당 얼마).
_PER_HEAD_PRICE = re.compile(rf"(?<![가-힣\d])(?:인|명)\s*당\s*(?P<v>{_N})\s*원")
# "주1회 29000원": one session a week, that price a session.
_WEEKLY_ONCE = re.compile(
    rf"(?<![가-힣])(?:주|매주|일주일에?)\s*(?P<q>1)\s*(?:회|번)\s*(?:에\s*)?(?P<v>{_N})\s*원"
)
# "1벌 하루 35000원": one thing's price for a period; the period rate is read elsewhere.
_ONE_THING_A_PERIOD = re.compile(
    rf"(?<![\d.])(?P<one>1)\s*(?P<u>[가-힣]{{1,2}}?)\s+(?=(?:하루|1일|1박|월|주)\s*"
    rf"(?:[가-힣]{{2,4}}\s*)?{_N}\s*원)"
)
# "20키로 1박스 35000원", "10키로 80000원": a size before the price of what it sizes.
_SIZE = re.compile(
    rf"(?<![\d.])(?P<n>{_N})\s*(?:키로|킬로|kg|g|그램|리터|L|ml|mL|cm|인치)\s*"
    rf"(?=(?P<one>1\s*[가-힣]{{1,2}}\s*)?{_N}\s*원)"
)
# "1마리씩", "2그릇씩": one count for every price said before it.
_EACH_COUNT = re.compile(rf"(?<![\d.])(?P<n>{_N})\s*[가-힣]{{1,2}}?\s*씩")
# Fees a bill pays once: never multiplied by a count for each item.
_ONE_OFF = re.compile(r"배달비|배송비|택배비|포장비|출장비|설치비|기본|보증금|예약비|수수료")
_FEE = re.compile(rf"(?P<v>{_N})\s*원")
# "손가락 하나당", "손가락당 3000원": the noun a price is per.
_PER_NOUN = re.compile(r"(?P<noun>[가-힣]{2,4})\s*(?:하나|한\s*개)?\s*당\s*(?=\d)")
_COUNT_WORDS = "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True))
# "한 동 하루 40000원", "한 채 15000원": one of a counter, priced.
_ONE_PRICED = re.compile(r"(?<![가-힣])한\s*(?P<noun>[가-힣]{1,2})\s+(?=(?:[가-힣]{1,3}\s*)?\d)")


def counted_per_named_noun(s: str) -> str:
    """ "손가락 하나당 3000원인데 네 손가락": "손가락당 3000원인데 4손가락".

    The price is per one of the noun, so a native count word before the same noun elsewhere
    is its count (a noun no counter list holds); so is a counter priced with 한 ("한 동
    하루 4만원") and counted again in words ("두 동").
    """
    s = bare_count_of_the_one_priced(s)  # "손가락 하나당 … 4개 하면": 4 of them (set 33)
    nouns = {m["noun"] for m in _PER_NOUN.finditer(s)} - {"인", "명", "사람"}
    s = _PER_NOUN.sub(lambda m: f"{m['noun']}당 ", s)
    # "한 동 하루 4만원 … 두 동": one of a counter no list holds, counted again in words.
    for m in _ONE_PRICED.finditer(s):
        again = rf"(?<![가-힣])(?:{_COUNT_WORDS})\s*{re.escape(m['noun'])}(?![가-힣])"
        if re.search(again, s[m.end() :]):
            nouns.add(m["noun"])
    for noun in sorted(nouns, key=len, reverse=True):
        word_count = re.compile(rf"(?<![가-힣])({_COUNT_WORDS})\s*(?={re.escape(noun)})")
        s = word_count.sub(lambda m: KOREAN_COUNT_FORMS[m[1]], s)
    return s


def per_head_price(s: str, claims: Claims, found: Priced) -> None:
    """ "재료비 인당 10000원": money per person, beside another price per person."""
    if not any(r.unit == "person" for r in found.rates):
        return  # alone it may be a share restated; only beside "1인 N원" with heads counted
    for m in _PER_HEAD_PRICE.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v", "rate", "person")
            assert v is not None
            found.rates.append(Rate(v, "person"))


def weekly_session_price(s: str, claims: Claims, found: Priced) -> None:
    """ "주1회 29000원": a count of one session a week and the price of a session."""
    for m in _WEEKLY_ONCE.finditer(s):
        if claims.free(m, "q", "v"):
            q = claims.take(m, "q", "count", "time", "week")
            v = claims.take(m, "v", "rate", "time")
            assert q is not None and v is not None
            found.counts.append(Count(q, "time", "week"))
            found.rates.append(Rate(v, "time"))


def one_thing_per_period(s: str, claims: Claims, found: Priced) -> None:
    """ "1벌 하루 35000원 … 3벌 2일": the price is of one thing; the things are counted."""
    for m in _ONE_THING_A_PERIOD.finditer(s):
        counter = re.escape(m["u"])
        counted = [
            c
            for c in re.finditer(rf"(?<![\d.])(?P<n>{_N})\s*{counter}(?![가-힣])", s)
            if c.start() != m.start() and claims.free(c, "n")
        ]
        if len(counted) != 1 or not claims.free(m, "one"):
            continue
        claims.take(m, "one")
        n = claims.take(counted[0], "n", "count", m["u"], "")
        assert n is not None
        found.counts.append(Count(n, m["u"]))


def size_of_what_is_priced(s: str, claims: Claims, found: Priced) -> None:
    """ "김치 5키로 1통 42000원": the 5 kg names the tub; it is no count of anything."""
    del found  # the size has no role in the sum
    for m in _SIZE.finditer(s):
        # "2kg 50000원" alone is the amount bought; only "1통" after it, or a list item
        # after an earlier price ("… 3박스랑 양념 10키로 80000원"), makes it a size.
        listed = m["one"] is not None or re.search(r"\d\s*원", s[: m.start()]) is not None
        if listed and Decimal(m["n"]) != 1 and claims.free(m, "n"):
            claims.take(m, "n")


def each_count_over_prices(s: str, claims: Claims, found: Priced) -> None:
    """ "소형견 40000원 중형견 60000원인데 1마리씩": each price said before it, that many times.

    Only when every fee before the count is an item's (none paid once, like 배달비) and no
    rate is read; the fees become items of that count.
    """
    if found.rates or len(found.fees) < 2:
        return
    each = [m for m in _EACH_COUNT.finditer(s) if claims.free(m, "n")]
    if len(each) != 1:
        return
    before = [f for f in _FEE.finditer(s, 0, each[0].start()) if f.start("v") not in claims.open]
    if len(before) != len(found.fees) or _ONE_OFF.search(s, 0, each[0].start()):
        return
    n = claims.take(each[0], "n", "count", "*", "")
    assert n is not None
    found.items += [(n, fee) for fee in found.fees]
    found.fees = []
    found.priced_each = True


# "한 꼬치 1500원 6개", "하나 3500원 2개": the price of one, then how many (of any counter).
_ONE_THEN_COUNT = re.compile(
    rf"(?:(?<![가-힣])한\s*(?P<w>[가-힣]{{1,2}})|(?<![\d.])(?P<one>1)\s*(?P<w1>[가-힣]{{1,2}}?)"
    rf"|(?<![가-힣])하나)\s*(?:에|당)?\s*(?P<v>{_N})\s*원\s*"
    rf"(?:짜리\s*)?(?P<n>{_N})\s*(?P<u>[가-힣]{{1,2}}?)(?=이랑|랑|하고|과|와|\s|$)"
)
# "캔 5개 하나 2000원": how many, then the price of one.
_COUNT_THEN_ONE = re.compile(
    rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>[가-힣]{{1,2}}?)\s+하나(?:에|당)?\s*(?P<v>{_N})\s*원"
)


# Spans, sessions and people: never another counter word for the things bought.
_NOT_OTHER_WORDS = frozenset(
    {"주", "일", "달", "개월", "시간", "분", "회", "번", "박", "년", "초"}
    | {"인", "명", "사람", "인분"}
)
_ONE_GROUP = {_ONE_THEN_COUNT: ("one",), _COUNT_THEN_ONE: ()}


def count_beside_price_of_one(s: str, claims: Claims, found: Priced) -> None:
    """ "한 꼬치 1500원 6개", "5개 하나 2000원": a rate per the counter counted, and its count.

    (One of the same counter, "1통 12900원 2통", is the other readers'.)
    """
    for pattern in (_ONE_THEN_COUNT, _COUNT_THEN_ONE):
        for m in pattern.finditer(s):
            said_one = m.groupdict().get("w") or m.groupdict().get("w1")
            if said_one == m["u"] or not claims.free(m, "v", "n", *_ONE_GROUP[pattern]):
                continue
            if {said_one, m["u"]} & _NOT_OTHER_WORDS:
                # "1회 19900원 6주": sessions over weeks; "1인 6만원 3명": the per-head
                # reader's (its 인당 price beside it is read with it).
                continue
            if pattern is _ONE_THEN_COUNT and m["one"]:
                claims.take(m, "one")
            v = claims.take(m, "v", "rate", m["u"])
            n = claims.take(m, "n", "count", m["u"], "")
            assert v is not None and n is not None
            found.rates.append(Rate(v, m["u"]))
            found.counts.append(Count(n, m["u"]))


# "김치전 1장 12000원 시키면 얼마": one thing priced last, no figure after it.
_LAST_ONE = re.compile(
    rf"(?<![\d.])(?P<one>1)\s*(?P<u>[가-힣]{{1,2}}?)\s*(?:에\s*)?(?P<v>{_N})\s*원(?=\D*$)"
)


def bought_once_at_the_end(s: str, claims: Claims, found: Priced) -> None:
    """ "순대국 1그릇 9000원 3그릇이랑 김치전 1장 12000원": the last thing is bought once.

    Only after another price in the sentence (a list of things bought), when no figure
    follows it and no count of its counter comes right before it ("2인분 1인분에 6000원"
    is a price per 인분 for two).
    """
    del found  # read as a fee below, by the fee reader
    m = _LAST_ONE.search(s)
    if m is None or not claims.free(m, "one", "v") or not re.search(r"\d\s*원", s[: m.start()]):
        return
    if re.search(rf"(?<![\d.])\d+(?:\.\d+)?\s*{m['u']}\s*$", s[: m.start()]):
        return  # "매운탕 2인분 1인분에 6000원": counted right before, so a price per 인분
    claims.take(m, "one")
