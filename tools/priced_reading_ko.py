"""The Korean readers of everyday price questions ("시급 35,000원", "30분당", "주2회").

Each claims the figures it reads (see ``tools.priced_figures.Claims``);
``tools.priced_quantities.read_priced`` runs them and declines when a figure is left.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_count_then_each_ko import count_then_price_each
from tools.priced_figures import NUMBER, Claims, Count, Priced, Rate, unit_name
from tools.priced_reading_ko_more import (
    bought_once_at_the_end,
    count_beside_price_of_one,
    each_count_over_prices,
    one_thing_per_period,
    per_head_price,
    size_of_what_is_priced,
    weekly_session_price,
)

__all__ = ["read_korean"]

_N = NUMBER
# Korean: "시급 35000원", "30분당 1500원", "1회 5500원", "1잔 12000원".
_WAGE_KO = re.compile(rf"(?P<u>시급|시간당|일당)\s*(?P<v>{_N})\s*원")
_RATE_KO = re.compile(
    rf"(?P<q>{_N})\s*(?P<u>분|시간|회|번|잔|장|개월|개|박|일|달|리터|L|ml|mL|kg|g)\s*(?P<dang>당|에)?"
    rf"\s*(?P<v>{_N})\s*원"
)
# "과일 1상자 28000원": the price of one of something no count repeats, an item.
# "배추 1포기 3800원짜리 12포기": the price of one of a counter the sentence counts again.
# (The counter read lazily: "1벌에 12,000원" is per 벌, never per "벌에".)
_ONE_RATE_KO = re.compile(
    rf"(?<![\d.])1\s*(?P<u>[가-힣]{{1,2}}?)\s*(?:당|에)?\s*(?P<v>{_N})\s*원(?:\s*짜리)?"
)
# "1인 38,000원", "1명에 2만 원": per person (not 1인분, a portion; not 인당, a share asked).
# ("1인 1박 35,000원": per person per night; the people are then counted each night.)
_PER_HEAD_KO = re.compile(
    rf"(?<![\d.])(?P<one>1)\s*(?:인|명)\s*(?:(?P<each>1)\s*(?P<per>박|일|시간)\s*)?(?:에\s*)?"
    rf"(?P<v>{_N})\s*원"
)
# "40명 오면", "손님 12명": heads counted, not those sharing the bill ("5명이서").
_HEADS_KO = re.compile(r"(?<![\d.])(?P<n>\d+)\s*(?:명|인)(?!\s*(?:당|분|이서|서|끼리|이\s*나))")
# "페이지당 80원", "sqm당 12,000원", "대당 8만 원": per one of any counter, no 1 said.
# (Not 인당/명당: those ask a share.)
# (Nor an amount off per unit: "리터당 100원 빠지는데" is a discount, no price.)
_PER_COUNTER_KO = re.compile(
    rf"(?<![\d.가-힣A-Za-z])(?P<u>(?!인당|명당|사람당)[가-힣]{{1,4}}|[A-Za-z]{{1,4}})당\s*(?P<v>{_N})\s*원"
    r"(?!\s*(?:씩\s*)?(?:이\s*|을\s*|를\s*)?(?:빠|할인|깎|빼|싸|저렴|적립|캐시백|환급|덜))"
)
# "하루 65,000원", "렌탈료 월 29,900원", "하루 대여료 25,000원": money per a period.
_PERIOD_RATE_KO = re.compile(
    r"(?<![가-힣\d])(?P<per>하루|매일|월|매달|매월|주|일주일|1주일|연|1년)"
    rf"(?:\s+[가-힣]{{2,4}})?\s*(?P<v>{_N})\s*원"
)
_PERIODS_KO = {
    "하루": "day",
    "매일": "day",
    "월": "month",
    "매달": "month",
    "매월": "month",
    "주": "week",
    "일주일": "week",
    "1주일": "week",
    "연": "year",
    "1년": "year",
}
# "250페이지짜리 12부": so many of one counter in each of another.
_EACH_OF_KO = re.compile(
    rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>(?!원)[가-힣]{{1,3}})\s*짜리\s*(?P<m>{_N})\s*(?P<of>부|권|개|세트|벌)"
)
# "주 3회 한 번에 4시간", "회당 2시간": hours of each session ("한 번에" reads "한꺼번에").
_PER_SESSION_KO = re.compile(rf"(?:한꺼번에|회당|1회에|1번에)\s*(?P<n>{_N})\s*(?P<u>시간|분)")
# "일주일에 얼마", "한 달에 얼마": the period the total is asked for.
_ASKED_PER_KO = re.compile(
    r"(?P<per>하루|일주일|1주일|한\s*주|한\s*달|1달|1년|한\s*해)에?\s*(?:총\s*)?얼마"
)
_ASKED_PERIODS_KO = {"하루": "day", "일주일": "week", "1주일": "week", "한 주": "week"}
_ASKED_PERIODS_KO |= {"한 달": "month", "1달": "month", "1년": "year", "한 해": "year"}
# ("한달에 얼마", typed without the space.)
_ASKED_PERIODS_KO |= {"한주": "week", "한달": "month", "한해": "year"}
_ONE_ITEM_KO = re.compile(rf"(?<![\d.])1\s*[가-힣]{{1,2}}\s*(?P<v>{_N})\s*원")
_FREQ_KO = re.compile(
    # Not "이번 주 5번" (this week, 5 times): a count of this week, no rate of them.
    r"(?<![가-힣])(?<!이번\s)(?<!지난\s)(?<!다음\s)"
    # "주 20시간", "하루 3시간": hours or days a period too ("시급 ... 주 20시간").
    rf"(?P<per>주|일주일에?|한\s*주에?|하루|매일|한\s*달에?|월)\s*(?P<n>{_N})\s*(?P<u>회|번|시간|일)"
)
_EACH_KO = re.compile(rf"(?P<n>{_N})\s*(?P<u>시간|분)\s*씩")
_COUNT_KO = re.compile(
    rf"(?P<n>{_N})\s*(?P<u>시간|분|회|번|잔|장|개월|개|박|일|주|달|년|리터|L|ml|mL|kg|g|대)(?![A-Za-z])"
)
# "5명이서", "3명이 나누면"; not "1명 이사가면" (one of them moving out).
# ("6세대가 똑같이 나누면": households share a building's bill as people do, set 37.)
_PEOPLE_KO = re.compile(
    r"(?P<n>\d+)\s*(?:명(?:이서|이|서|에서|끼리)|(?:세대|가구)(?:가|끼리|이서))(?![가-힣])"
)
# (Not an amount off: "5천원 할인 쿠폰" is taken off, never added; left unread, it declines.)
_FEE_KO = re.compile(
    rf"(?P<v>{_N})\s*원(?!\s*(?:짜리\s*)?(?:할인|쿠폰|깎|적립|포인트|캐시백|환급|페이백))"
)
_WEEKLY_KO = re.compile(r"매주|일주일마다|주마다")
_FROM_KO = re.compile(rf"(?P<v>{_N})\s*원\s*에서")
_TAKEN_OFF_KO = re.compile(r"빼면|빼고|제하면|떼면|떼고")
_WAGE_UNITS = {"시급": "hour", "시간당": "hour", "일당": "day"}
_PER_KO = {"주": "week", "일주일": "week", "한 주": "week", "하루": "day", "매일": "day"}


def _claim_counts(s: str, claims: Claims, found: Priced, unit: str) -> None:
    """Every count of ``unit`` a rate per one of it multiplies (not another "1 unit N원")."""
    counted = (
        rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*{re.escape(unit)}(?!\s*(?:당|에)?\s*\d+(?:\.\d+)?\s*원)"
    )
    for count in re.finditer(counted, s):
        if claims.free(count, "n"):
            n = claims.take(count, "n", "count", unit, "")
            assert n is not None
            found.counts.append(Count(n, unit))


def names_price_per_head(s: str) -> bool:
    """Whether the plain text prices one person ("1인 38,000원", "1명에 2만 원")."""
    return _PER_HEAD_KO.search(s) is not None


def _read_per_head(s: str, claims: Claims, found: Priced) -> None:
    """ "뷔페 1인 38,000원인데 40명 오면": money per person and the people counted."""
    for m in _PER_HEAD_KO.finditer(s):
        heads = [h for h in _HEADS_KO.finditer(s) if claims.free(h, "n") and h.start() != m.start()]
        if heads and claims.free(m, "one", "each", "v"):
            claims.open.pop(m.start("one"))
            if m["each"]:
                claims.open.pop(m.start("each"))
            per = unit_name(m["per"]) if m["per"] else None
            v = claims.take(m, "v", "rate", "person")
            assert v is not None
            found.rates.append(Rate(v, "person"))
            for head in heads:
                n = claims.take(head, "n", "count", "person", per or "")
                assert n is not None
                found.counts.append(Count(n, "person", per))
            return


def _read_per_one(s: str, claims: Claims, found: Priced) -> None:
    """Money per one of a counter ("1벌에 12,000원", "페이지당 80원") and its counts."""
    for m in _ONE_RATE_KO.finditer(s):
        counted = re.search(rf"(?<![\d.])(?!1\s*{m['u']})\d+(?:\.\d+)?\s*{m['u']}", s)
        if counted is not None and claims.free(m, "v") and m.start() in claims.open:
            claims.open.pop(m.start())
            v = claims.take(m, "v", "rate", m["u"])
            assert v is not None
            found.rates.append(Rate(v, m["u"]))
            _claim_counts(s, claims, found, m["u"])
    for m in _PER_COUNTER_KO.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v", "rate", m["u"])
            assert v is not None
            found.rates.append(Rate(v, m["u"]))
            _claim_counts(s, claims, found, m["u"])


def _read_periods(s: str, claims: Claims, found: Priced) -> None:
    """Money per a period ("월 29,900원"), counts per session, the period asked."""
    for m in _EACH_OF_KO.finditer(s):
        if claims.free(m, "n", "m"):
            n = claims.take(m, "n", "count", m["u"], m["of"])
            each = claims.take(m, "m", "count", m["of"], "")
            assert n is not None and each is not None
            found.counts += [Count(n, m["u"], m["of"]), Count(each, m["of"])]
    for m in _PERIOD_RATE_KO.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v", "rate", _PERIODS_KO[m["per"]])
            assert v is not None
            found.rates.append(Rate(v, _PERIODS_KO[m["per"]]))
    for m in _PER_SESSION_KO.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "time")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"]), "time"))
    asked = _ASKED_PER_KO.search(s)
    if asked is not None and found.asked_per is None:
        found.asked_per = _ASKED_PERIODS_KO.get(re.sub(r"\s+", " ", asked["per"]))


def read_korean(s: str, claims: Claims, found: Priced) -> None:
    count_then_price_each(s, claims, found)  # "2마리 23000원씩" (set 34)
    size_of_what_is_priced(s, claims, found)  # "5키로 1통 42000원": a size, never a count
    bought_once_at_the_end(s, claims, found)  # "… 김치전 1장 12000원 시키면": one of it
    count_beside_price_of_one(s, claims, found)  # "한 꼬치 1500원 6개", "5개 하나 2000원"
    _read_per_head(s, claims, found)  # before "1박 35,000원" is read as a rate per night
    per_head_price(s, claims, found)
    weekly_session_price(s, claims, found)  # before "1회 29000원" is read alone
    one_thing_per_period(s, claims, found)
    _read_periods(s, claims, found)
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
    _read_per_one(s, claims, found)
    for m in _ONE_ITEM_KO.finditer(s):
        if claims.free(m, "v"):
            claims.open.pop(m.start(), None)
            v = claims.take(m, "v", "fee")
            assert v is not None
            found.fees.append(v)
    for m in _FREQ_KO.finditer(s):
        if claims.free(m, "n"):
            per = _PER_KO.get(re.sub(r"\s+", " ", m["per"]).removesuffix("에"), "month")
            unit = unit_name(m["u"])
            n = claims.take(m, "n", "count", unit, per)
            assert n is not None
            found.counts.append(Count(n, unit, per))
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
    each_count_over_prices(s, claims, found)  # "1마리씩" after two prices, before counts
    for m in _COUNT_KO.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"])))
