"""Korean words that change a sum which a reading may have left unread: decline then.

Each rule is a word whose meaning a form's figures cannot carry, checked against the
expression a form built (found probing new phrasings, wrongs50a):

- a set of days (평일, 주말, 주중) beside a daily rate and a span: "평일 하루 만원씩
  3주면" is 5 days a week, never the 21 days a span of 3 weeks holds; a reading that
  counts days the question never states (``10000 * 21``) counted the whole week;
- every other period (격주, 격일, 이틀에 한 번): half as many times as the span holds;
- half a count, a price or an amount (반병, 반갑, "한갑 반", 반값, 절반): a reading with no
  half in it read a whole one;
- a daily rate asked for a span ("하루에 맥주 두캔 2500원씩 일주일이면"): a reading that
  uses no figure for the span (``2 * 2500``) left the days out;
- a head count ("3명이") beside an amount each ("5만원씩") no figure of the reading uses:
  the people were left out;
- a count each day ("하루 두번 버스 1500원") no figure of the reading uses;
- a count of things asked of money ("몇개 살 수 있어"), read as anything but a division;
- a one-way fare asked both ways (편도 … 왕복), read with no 2 in it;
- what each person pays in or takes ("각자 2만원씩 내고 … 총", "각자 2개씩 사면 … 총"): a
  total asked, never a share, so a reading that divides answered another question.

Declining is the safe outcome: the step goes on to a tier that reads the words.

The rules are a table run by :class:`tools.calculator_unread_guard.UnreadGuard`, the same
guard the English cues of :mod:`tools.calculator_unread_cues_50w_en` run on.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator_unread_cues_50w_en import percent_on_a_count
from tools.calculator_unread_guard import Reading, UnreadGuard
from tools.expression_figures import figure_value

__all__ = ["KOREAN_GUARD", "refuse_unread_ko_words"]

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Days of a week named as a set, not a count: "평일", "주말마다", "주중에".
_DAY_SET = re.compile(r"(?<![가-힣])(?:평일|주말|주중)(?=마다|에는?|엔|만|은|는|\s|$)")
_EVERY_OTHER = re.compile(r"격주|격일|격월|이틀에\s*한\s*번|(?<!\d)2\s*주에\s*한\s*번")
_COUNTERS = r"갑|병|판|잔|개|캔|통|공기|그릇|마리|봉지|팩|장|인분|근|알|포"
_HALF_COUNT = re.compile(
    rf"(?<![가-힣])반\s*(?:{_COUNTERS})(?![가-힣])|(?:{_COUNTERS})\s*반(?![가-힣])"
    # A bare 반 needs its particle ("반만", "반씩"): "반 모임 회비" is a class's dues.
    r"|(?<![가-힣])반\s*값|절반|(?<![가-힣])반(?:만|을|씩|으로)(?![가-힣])"
)
# A count of things asked of money ("10만원으로 3500원짜리 몇개 살수있어"): a division.
_COUNT_BOUGHT_ASKED = re.compile(
    r"몇\s*(?:개|잔|장|병|권|벌|마리|봉지|판|박스|캔)\s*(?:까지\s*)?(?:살|사|구매|구입)"
)
# A one-way price asked both ways ("편도 5만원 왕복으로 3명"): twice the fare.
_ONE_WAY = re.compile(r"편도")
_BOTH_WAYS = re.compile(r"왕복")
_TWO = re.compile(r"(?<![\d.])2(?![\d.])")
# A count each day, "하루 두번 버스 1500원", "매일 커피 2잔": times the day's price.
_DAILY_COUNT = re.compile(
    r"(?<![가-힣])(?:하루|매일|날마다)\s*에?\s+(?:[가-힣]+\s+){0,2}?(?P<n>\d+|두|세|네|다섯)\s*"
    r"(?:번|회|잔|갑|병|캔|끼|알|개|봉지|팩|그릇)(?![가-힣])"
)
# "두번": the numerals leave a count of times in words ("두번" is also "a second time").
_NATIVE = {"두": 2, "세": 3, "네": 4, "다섯": 5}
_A_HALF = re.compile(r"0?\.5\b|/\s*2\b|\*\s*1\.5\b|\b50\b")
_DAILY = re.compile(r"(?<![가-힣])(?:하루|매일|날마다)(?![가-힣])|(?<![가-힣])하루에")
# The span a daily figure is asked over, with its count when one is written.
_SPAN = re.compile(
    r"(?<![가-힣\d])(?:(?P<week>일주일|한\s*주)|(?P<n>\d+)\s*(?:일|주일?|개월|달|년)"
    r"|(?P<month>한\s*달|한달))\s*(?:\(\s*\d+\s*일\s*\)\s*)?(?:이면|에|동안|간|면|이라면|치)"
)
# Figures the question counts periods or times with: "주 4일", "(30일)", "2년", "3회".
_PERIOD_COUNT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:일|주|개월|달|년|회|번)")
# An amount each time or each head, "5만원씩": a head count beside it multiplies it.
_AMOUNT_EACH = re.compile(r"\d\s*(?:원|만\s*원)?\s*씩")
_HEADS = re.compile(r"(?<![\d.])(?P<n>\d+)\s*명(?:이서|이|은|는|이면|에|\s)")
# What each one pays in or takes, "각자 2만원씩 내고", "각자 2개씩 사면": figures per head.
_PAYS_IN_EACH = re.compile(
    r"(?:각자|각각|(?:1\s*)?인당|명당|한\s*명당)\s*\d+(?:\.\d+)?\s*[가-힣]{0,3}?\s*씩"
)
_TOTAL_ASKED = re.compile(r"총|전부|모두|합쳐|합계|다\s*해서")


def _occurrences(text: str, value: Decimal) -> int:
    """How many figures of ``text`` have the value ``value``."""
    return sum(1 for f in _NUMBER.findall(text) if figure_value(f) == value)


def _stated(question: str) -> set[Decimal]:
    return {v for f in _NUMBER.findall(question) if (v := figure_value(f)) is not None}


def _derived(reading: Reading) -> set[Decimal]:
    """The figures of the reading the question never states (0, 1 and 100 aside)."""
    return set(reading.used - _stated(reading.question) - {Decimal(0), Decimal(1), Decimal(100)})


def _day_set(r: Reading) -> str | None:
    # "평일 하루 만원씩 3주면": a daily rate over a set of days needs a count worked out.
    day_set = _DAY_SET.search(r.question)
    if day_set and _DAILY.search(r.question) and _derived(r):
        return day_set.group(0)
    return None


def _every_other(r: Reading) -> str | None:
    every_other = _EVERY_OTHER.search(r.question)
    # Halved, or a halved count worked out: 26 fortnights, 6 every-other months, 15 days.
    if every_other and not re.search(r"/\s*2\b|\b26\b|\b6\b|\b15\b", r.expression):
        return every_other.group(0)
    return None


def _half(r: Reading) -> str | None:
    # "반병", "한갑 반", "반값", "절반": a half the reading must show.
    half = _HALF_COUNT.search(r.question)
    if half and not _A_HALF.search(r.expression):
        return half.group(0)
    return None


def _count_bought(r: Reading) -> str | None:
    # "몇개 살 수 있어": a count of things asked of money is a division.
    bought = _COUNT_BOUGHT_ASKED.search(r.question)
    if bought and "/" not in r.expression:
        return bought.group(0)
    return None


def _one_way_both_ways(r: Reading) -> str | None:
    q = r.question
    if _ONE_WAY.search(q) and _BOTH_WAYS.search(q) and "%" not in q:
        # Twice the fare: a 2 more than the question states ("2명" is the people). (A
        # percent off a fare is checked by the rate readers' own count_unread_by_rates.)
        twos = len(_TWO.findall(r.expression)) - len(_TWO.findall(q))
        if twos < 1:
            return "편도 … 왕복"
    return None


def _daily_count(r: Reading) -> str | None:
    # "하루 두번 버스 1500원": the count each day must be used as often as it is stated.
    daily_count = _DAILY_COUNT.search(r.question)
    if daily_count is None:
        return None
    native = daily_count["n"] in _NATIVE
    times = Decimal(_NATIVE[daily_count["n"]] if native else daily_count["n"])
    # Used as often as stated: "하루 3끼 … 3일이면" states 3 twice, "10000 * 3" uses one.
    stated_times = _occurrences(r.question, times) + native
    if times > 1 and _occurrences(r.expression, times) < stated_times:
        return daily_count.group(0)
    return None


def _daily_over_span(r: Reading) -> str | None:
    # "하루에 맥주 두캔 2500원씩 일주일이면": the span's days must be counted.
    span = _SPAN.search(r.question)
    if not _DAILY.search(r.question) or span is None:
        return None
    count = span["n"]
    if count is not None and Decimal(count) != 1:
        spanned = any(u % Decimal(count) == 0 for u in r.used if u >= Decimal(count))
    else:
        # "주 4일", "한 달(30일)": the days the span holds are said, and used.
        counted = {Decimal(m["n"]) for m in _PERIOD_COUNT.finditer(r.question)}
        spanned = bool(_derived(r) or r.used & counted)
    return None if spanned else span.group(0)


def _heads(r: Reading) -> str | None:
    # "3명이 … 5만원씩": the head count multiplies the amount each.
    # ("다섯명이서 7인분", "1인 25,000원 … 여섯명": who ate or a count summed, not a factor.)
    if _AMOUNT_EACH.search(r.question) is None:
        return None
    for heads in _HEADS.finditer(r.question):
        if Decimal(heads["n"]) not in r.used and Decimal(heads["n"]) > 1:
            return heads.group(0).strip()
    return None


def _pays_in_each(r: Reading) -> str | None:
    # "각자 2만원씩 내고 … 총": a total asked, never a share.
    pays_in = _PAYS_IN_EACH.search(r.question)
    if pays_in and _TOTAL_ASKED.search(r.question) and "/" in r.expression:
        return pays_in.group(0)
    return None


#: The Korean rules, in the order they are tried (the first unread word is named).
KOREAN_GUARD = UnreadGuard(
    covers=lambda question: re.search("[가-힣]", question) is not None,
    rules=(
        _day_set,
        _every_other,
        _half,
        _count_bought,
        _one_way_both_ways,
        _daily_count,
        _daily_over_span,
        _heads,
        _pays_in_each,
        percent_on_a_count,  # "2명 몫에 팁 18%" read as 2 * 1.18 (wrongs59b)
    ),
    example="10000 * 5 * 3",
)


def refuse_unread_ko_words(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when a Korean word that changes the sum went unread.

    Args:
        question: The question with its numerals as digits.
        expression: The arithmetic a form read from it.
    """
    KOREAN_GUARD.refuse(question, expression)
