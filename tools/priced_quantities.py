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

from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.korean_numbers import english_counts_as_digits, normalize_numerals
from tools.priced_crew_of import without_crew_size
from tools.priced_figures import NUMBER, Claims, Count, Priced, Rate, unit_name
from tools.priced_for_kinds_en import prices_for_kinds
from tools.priced_kilo_word import kilos_in_the_priced_unit
from tools.priced_reading_en import read_english
from tools.priced_reading_ko import read_korean
from tools.priced_reading_ko_more import counted_per_named_noun
from tools.spoken_prices_en import EN_TENS, spoken_prices_as_decimals
from tools.units import merge_hours_and_minutes

__all__ = ["Count", "Priced", "Rate", "plain_text", "read_priced", "unit_name"]

_N = NUMBER

# --- Numbers in words the shared normalisers leave ("two nights", "아홉 번") ----------------
_EN_WORD_COUNT = re.compile(
    r"\b(" + "|".join(w for w in ENGLISH_DIGITS if w != "zero") + r")\s+"
    r"(?=[a-z])(?!(?:at|of|is|was|for|instead|that|with|more)\b)",  # "the nicer one at 4.15"
    re.I,
)
# ("6세대" is six households, never 6 and "세 대", three of something: set 37 read 63대.)
_KO_WORD_COUNT = re.compile(
    r"(?<![가-힣\d])(" + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True)) + r")\s*"
    r"(?=번|회|잔|시간|명|포기|인분|상자|개|병|마리|판|봉지|통|포대|팩|켤레|벌|그릇|송이|묶음"
    r"|대|곡|부|권|박스|장|줄|접시|손|채|게임|포)"
)
# "forty-two", "twenty five": a two-word English number, before its words are read alone.
_EN_TENS = EN_TENS
_EN_TENS_WORD = re.compile(
    r"\b(?P<tens>" + "|".join(_EN_TENS) + r")(?:[-\s](?P<one>one|two|three|four|five|six|seven"
    r"|eight|nine))?\b",
    re.I,
)
# "42 per m²", "24제곱미터": one name for a square metre, so its "2" is no figure.
_SQUARE_METRE = re.compile(
    r"(?<=[\d\s])(?:m2|sq\.?\s*m|square\s+met(?:re|er)s?)\b|제곱\s*미터|평방\s*미터", re.I
)
# A native count left in words ("두 채", "세 롤": a counter the list above lacks) is a figure
# the reading cannot see; summing the rest would drop it ("이불 한 채 15,000원 두 채" read
# as 15,000), so the sentence is declined. 한 is left out: it is "one" or "per" ("한 롤
# 6,000원"), never a count that multiplies.
_UNREAD_KO_COUNT = re.compile(
    r"(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s+[가-힣]"
    # "어른 둘 아이 셋이면": a count standing alone after what it counts (set 30 summed the
    # two prices once each, 20,000원 for 48,000원). 하나 is "one" of a price ("하나에").
    r"|(?<![가-힣])(?:둘|셋|넷|다섯|여섯|일곱|여덟|아홉)(?=\s|$|[?,.!]|이|만|도|은|는|을|를|가|과|와|랑|하고)"
)
# "넷이 먹었으니까", "둘이 빠진대": a head count in a native word, before its particle.
_KO_WORD_HEADS = re.compile(
    r"(?<![가-힣])(" + "|".join(KOREAN_NATIVE_DIGITS) + r")(?=이서|이\s|끼리)"
)


_ONE_SESSION_PRICE = re.compile(
    r"(?<![가-힣])한\s*번에\s*(?=\d[\d,.]*\s*(?:만\s*(?:\d[\d,.]*\s*천\s*)?|천\s*)?원)"
)
# "사흘 밤 자면": nights, counted as a hotel counts them.
_NATIVE_NIGHTS = re.compile(r"(?<![가-힣])(이틀|사흘|나흘)\s*밤")
_NATIVE_NIGHT_COUNTS = {"이틀": "2박", "사흘": "3박", "나흘": "4박"}
# "2일 자면", "3일 묵으면": nights slept.
_DAYS_SLEPT = re.compile(r"(?<=\d)일(?=\s*(?:동안\s*)?(?:자|묵|숙박))")
_HOUR_AND_A_HALF = re.compile(r"\ban?\s+hour\s+and\s+a\s+half\b", re.I)
# "하루 더 연장", "이틀 쓰면": days in native words.
_ONE_DAY_MORE = re.compile(r"(?<![가-힣])하루(?=\s*(?:더|연장|추가)(?![가-힣]))")
# ("닷새로 연장": five days; set 30 left it in words.)
_NATIVE_DAY_WORDS = re.compile(r"(?<![가-힣])(이틀|사흘|나흘|닷새|엿새|이레|여드레|열흘)")
_NATIVE_DAYS = {
    "이틀": "2일",
    "사흘": "3일",
    "나흘": "4일",
    "닷새": "5일",
    "엿새": "6일",
    "이레": "7일",
    "여드레": "8일",
    "열흘": "10일",
}


def _tens_as_digits(match: re.Match[str]) -> str:
    ones = ENGLISH_DIGITS[match["one"].lower()] if match["one"] else "0"
    return str(_EN_TENS[match["tens"].lower()] + int(ones))


def plain_text(original: str) -> str:
    """The request with numerals as digits, no digit groups and spans in minutes."""
    s = _SQUARE_METRE.sub("sqm", unicodedata.normalize("NFKC", original))
    s = spoken_prices_as_decimals(s)  # "three forty a gallon": 3.40, before "forty" alone
    s = prices_for_kinds(s)  # "119 for adults and 79 for kids under 12": per adult, per kid
    s = _EN_TENS_WORD.sub(_tens_as_digits, s)
    # "수영 강습 한 달 12만 원": the price of one month ("한달에 25만원" too, set 41).
    s = re.sub(r"(?<![가-힣])한\s*달\s*(?:에\s*)?(?=\d[\d.,]*\s*(?:만\s*)?원|\d)", "1달 ", s)
    # "주 2회 한번에 3만원": the price of one session; else "at once", no count of times.
    s = _ONE_SESSION_PRICE.sub("1회 ", s)
    s = re.sub(r"(?<![가-힣])한\s*번에", "한꺼번에", s)
    # "한 명당", "1인당": the share asked, no figure of the sum.
    s = re.sub(r"(?:한|1)\s*(?:명|사람|인)\s*당", "인당", s)
    s = english_counts_as_digits(normalize_numerals(s))
    s = kilos_in_the_priced_unit(s)  # "kg당 1200원 … 15키로": 15 kg
    s = without_crew_size(s)  # "120 an hour for a crew of 3": the crew's rate
    s = _EN_WORD_COUNT.sub(lambda m: ENGLISH_DIGITS[m[1].lower()] + " ", s)
    s = _KO_WORD_COUNT.sub(lambda m: KOREAN_COUNT_FORMS[m[1]], s)
    s = counted_per_named_noun(s)  # "손가락 하나당 … 네 손가락": per 손가락, 4 of them
    s = _KO_WORD_HEADS.sub(lambda m: KOREAN_NATIVE_DIGITS[m[1]] + "명", s)
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    s = re.sub(r"(?<![\d.])(\d+)\s+and\s+a\s+half\b", r"\1.5", s, flags=re.I)
    # "3 and a quarter hours", "2 and three quarters" (set 35's parking follow-up).
    s = re.sub(r"(?<![\d.])(\d+)\s+and\s+a\s+quarter\b", r"\1.25", s, flags=re.I)
    s = re.sub(r"(?<![\d.])(\d+)\s+and\s+(?:three|3)\s+quarters\b", r"\1.75", s, flags=re.I)
    s = _HOUR_AND_A_HALF.sub("1.5 hours", s)
    s = _ONE_DAY_MORE.sub("1일", s)
    s = _NATIVE_NIGHTS.sub(lambda m: _NATIVE_NIGHT_COUNTS[m[1]], s)
    s = _NATIVE_DAY_WORDS.sub(lambda m: _NATIVE_DAYS[m[1]], s)
    s = _DAYS_SLEPT.sub("박", s)
    return merge_hours_and_minutes(s)


# Sentences whose figures are no prices and counts to compose, whatever they look like.
_NOT_A_PRICE_SUM = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    # (A span of years is no date: "3년 약정", "2년 쓰면"; "2027년", "3년 후" are.)
    r"|\d\s*(?:월|년)\s*\d|\d{4}\s*년|\d\s*년\s*(?:후|뒤|전|째|차)"
    r"|환율|달러|엔(?:화|으로)|유로|exchange|\bin\s+(?:won|dollars|euros|yen|pounds)\b"
    r"|\bthan\b|보다|\bexplain|\bwhy\b|\bsequence\b|\bdifference\b|차이"
    # A part or a multiple of an amount ("절반만 3명이서"): no price times a count.
    r"|절반|반만|반값|\d\s*배|(?<![가-힣])(?:두|세|네)\s*배|\bhalf\b|\bdouble\b|\btriple\b",
    re.I,
)
# "3개월 끊으면 10% 할인", "15% off": one discount on the whole, the only percent read.
_DISCOUNT = re.compile(rf"(?P<p>{_N})\s*%\s*(?:할인|깎|off\b|discount)", re.I)
_CHARGE_INSIDE = re.compile(r"includ|incl\b|포함|before|without|exclud|빼|제외|떼", re.I)
# "an 18% tip", "10% service charge": one charge on the whole, the other percent read.
_MARKUP = re.compile(
    rf"(?P<p>{_N})\s*%\s*(?:(?!off\b|discount)[a-z]+\s+)?(?:tip|tax|service\s+charge|gratuity|팁|봉사료)",
    re.I,
)


def read_priced(original: str) -> Priced | None:
    """The typed figures of ``original``, or ``None`` when a figure has no reading.

    Args:
        original: The request as asked ("the toll is 4.75 each way and I drove ...").
    """
    s = plain_text(original)
    discounts = list(_DISCOUNT.finditer(s))
    markups = list(_MARKUP.finditer(s))
    if len(discounts) + len(markups) > 1 or s.count("%") != len(discounts) + len(markups):
        return None  # a share, a tax or a rate: not a price times a count
    if markups and _CHARGE_INSIDE.search(s):
        return None  # "1,200 including 10% tax, before tax?": the charge is inside, not on top
    if re.search(r"\d\s*(?:percent|퍼센트|프로)", s, re.I):
        return None
    if _NOT_A_PRICE_SUM.search(s):
        return None  # a date, a conversion, a comparison or a puzzle: other readers' work
    if _UNREAD_KO_COUNT.search(s):
        return None
    claims = Claims(s)
    found = Priced()
    for m in discounts:
        found.discount = claims.take(m, "p", "discount")
    for m in markups:
        found.markup = claims.take(m, "p", "markup")
    korean = re.search(r"[가-힣]", s) is not None
    (read_korean if korean else read_english)(s, claims, found)
    if claims.open:
        return None
    found.slots = sorted(claims.slots)
    if re.search(r"\d\s*원|₩", s):
        found.currency = "원"
    elif re.search(r"\$|\d\s*(?:dollars?|bucks|cents?)\b", s, re.I):
        found.currency = "$"
    return found
