"""Words that give a figure its role, left out by the reading: the calculator declines.

Blind probes (2026-12-05, session 51) found forms that read the figures they were built for
and dropped one more word that changes the sum:

- "wifi 60 a month split 3 ways for 6 months" was 60 * 6 (the split dropped);
- "budget 500, 30% for the hotel, rest for food, how much food" was 500 * 0.3 (the share
  named, the rest asked);
- "50% off the second item, two shirts at 30" was 30 * 0.5 (one item at its discount, the
  full-price one dropped);
- "rent 1200 going up 5% next year" was 1200 * 0.05 (the change, the new rent asked) and
  "salary 50000, 10% raise, how much is the raise" 55,000 (the new salary, the raise asked);
- "this month's bill is 52 which is 30% more than last month, what was last month" was
  52 * 0.3 (a comparison read as a share; "지난달보다 30% 올랐으면 지난달" the same);
- "아메리카노 4천원 라떼 4500원 3명이 각자 한잔씩 라떼 마시면" was (4000 + 4500) / 3 (each
  takes a cup: a product, not a split);
- "dues are 20 a month each for 10 members for 6 months" was 20 * 6 (the members dropped);
- "배송비 3천원인데 5만원 이상 무료 4만원어치 사면 총" was 3000 + 50000 + 40000 (the free
  shipping threshold added as a price);
- "car rental 80 a day for 3 days plus 50 gas, split 4 ways" was 80 * 3 * 50 / 4 (the
  amount after "plus" multiplied);
- "a quarter of 800 each month for 6 months" was 800 * 6 (the fraction dropped);
- "2시간 15분 걸리는 거리 시속 80km" was 80 / 2.25 km/h (a speed stated divided again);
- "20% 할인에 배송비 3천원이면?" (the rest of an earlier sum, read alone) was 3000 * 0.8;
- "ran a 10k in 52 minutes, pace per km" was 52 / 10000 ("10k" read as ten thousand), and
  "… how long would a half marathon take at that pace" the same (the race asked dropped).

Each rule names a cue whose figure or operation must show in the reading; when it does not,
a form read another question, and the step goes on to a tier that can read the words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError
from tools.expression_figures import figures_used
from tools.korean_numbers import normalize_numerals

__all__ = ["SHARE_ONLY", "WHOLE_CHANGED", "refuse_unread_cues_51w", "unread_cue_51w"]

# A count the amount is shared between: "split 3 ways", "split between 4", "divided among 5",
# "3명이서 나누면", "4명이 나눠 내면", "5분의 1", "엔빵 4명".
_SPLIT_EN = re.compile(
    r"\bsplit(?:\s+it)?\s+(?P<a>\d+)\s+ways?\b"
    r"|\b(?:split|shared?|divided)\s+(?:evenly\s+)?(?:between|among|by)\s+(?:the\s+)?(?P<b>\d+)\b",
    re.IGNORECASE,
)
_SPLIT_KO = re.compile(
    r"(?<![\d.])(?P<a>\d+)\s*명\s*(?:이서|이|끼리|서)?\s*(?:똑같이\s*|n분의\s*1로?\s*)?"
    r"(?:나누|나눠|엔빵|n빵|더치)"
    r"|(?<![\d.])(?P<b>\d+)\s*분의\s*1",
    re.IGNORECASE,
)
# A share of the whole said another way than the split: "but i pay 40%", "나는 절반".
# (The split then only describes who shares; the share is the sum asked.)
_SHARE_SAID = re.compile(
    r"%|percent|\bhalf\b|\bdouble\b|\btwice\b|\bshare\b|절반|반만|두\s*배|퍼센트|프로",
    re.IGNORECASE,
)
# The part left after a share, asked: "rest for food, how much food", "나머지 식비면 식비".
_REST_ASKED = re.compile(
    r"\b(?:the\s+)?rest\b|\bremaining\b|\bremainder\b|\bleft\s*over\b|\bwhat'?s\s+left\b"
    r"|나머지|남(?:은|는)\s*(?:돈|금액|거|건|게)|남아|남지|남음|남냐|남니|남을까",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|퍼센트|프로)", re.IGNORECASE)
# A discount on one item of several by its place: "50% off the second item", "두번째 반값".
_ORDINAL_ITEM = re.compile(
    r"\b(?:the\s+)?(?:second|2nd|third|3rd)\s+(?:one|item|pair|shirt|unit|ticket|piece)\b"
    r"|(?:두|세|2|3)\s*번째",
    re.IGNORECASE,
)
# (Only with a discount: "매달 2번째 토요일" is a date, not an item.)
_DISCOUNT = re.compile(
    r"%|\boff\b|\bfree\b|\bhalf\b|할인|반값|무료|공짜|퍼센트|프로", re.IGNORECASE
)
# A race distance "10k", "5k" said with running words: kilometres, never thousands.
_RACE_K = re.compile(r"(?<![\d.$€£₩])(?P<d>\d+(?:\.\d+)?)\s?k\b(?![a-z])", re.IGNORECASE)
_RUNNING = re.compile(
    r"\b(?:ran|run|runs|running|jog|jogged|jogging|race|raced|racing|marathon|pace|sprint)\b",
    re.IGNORECASE,
)
# A race asked for by name ("how long would a half marathon take", "풀코스는 몇 시간"; not
# "ran a half marathon, 21.1 km in 2 hours"): its distance must be read.
_RACE = r"(?:half[\s-]*marathon|marathon|하프(?:\s*마라톤)?|마라톤|풀\s*코스)"
_RACE_NAMED = re.compile(
    rf"\bhow\s+(?:long|much\s+time)\b[^?.!]*{_RACE}|{_RACE}[^?.!]*\b(?:take|takes)\b"
    rf"|(?:얼마나|몇\s*시간|몇\s*분)[^?.!]*{_RACE}|{_RACE}[^?.!]*(?:걸리|걸려|몇\s*시간|얼마나)",
    re.IGNORECASE,
)
_RACE_DISTANCES = frozenset(Decimal(d) for d in ("21.0975", "13.1", "42.195", "26.2"))
# A change by a percent: "up 10% this year", "going up 5%", "5% 인상되면", "10% 증가".
_CHANGE = re.compile(
    # ("up"/"down" only beside the percent: "a 25% deposit up front" is no change.)
    # ("15% up front", "put down 20%" are a share paid first, no change.)
    r"(?<!put\s)(?<!putting\s)(?<!pay\s)(?<!paying\s)\b(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?\s*%"
    r"|\d+(?:\.\d+)?\s*%\s+(?:up|down)\s+(?:on|from|this|last|since|over)\b"
    r"|\b(?:rises?|rose|risen|grows?|grew|increase[sd]?|decrease[sd]?|drops?|dropped"
    r"|falls?|fell|raise[sd]?|hike[sd]?|goes\s+up|going\s+up|went\s+up|go\s+up)\b"
    r"|\d+(?:\.\d+)?\s*%\s+(?:more|less|higher|lower|cheaper|dearer)\s+than\b"
    r"|증가|감소|인상|인하|상승|하락|오르|올라|오른|올랐|내렸|늘어|늘면|늘었|줄어|줄면|줄었|떨어"
    r"|보다\s*\d+(?:\.\d+)?\s*%",
    re.IGNORECASE,
)
# The change itself asked, not the new amount: "how much is the raise", "얼마 오르는거야".
_CHANGE_ASKED = re.compile(
    r"\bhow\s+much\s+(?:is|was|will\s+be|would\s+be)?\s*(?:the|my|that)?\s*"
    r"(?:raise|increase|decrease|drop|difference|hike|cut)\b"
    r"|\bhow\s+much\s+(?:more|less|higher|lower|extra)\b|\bby\s+how\s+much\b"
    r"|얼마(?:나|가)?\s*(?:더\s*|씩\s*)?(?:오르|올라|오른|늘|줄|떨어|내려|인상|증가|감소)"
    r"|얼마\s*(?:나\s*)?더\s*(?:내|들|나가|써|줘|줘야|부담)|더\s*(?:내는|드는|나가는)\s*(?:돈|금액)"
    r"|인상분|증가분|감소분|인상액|증가액|오른\s*금액|늘어난\s*금액|차이",
    re.IGNORECASE,
)
_FIG = r"\(?\d+(?:\.\d+)?\)?"
# The whole after the change ("3000000 * (1 + 5 / 100)") and the change alone ("1200 * 5 / 100").
WHOLE_CHANGED = re.compile(rf"^\s*{_FIG}\s*\*\s*\(\s*1\s*[-+]\s*{_FIG}\s*/\s*100\s*\)\s*$")
SHARE_ONLY = re.compile(rf"^\s*{_FIG}\s*\*\s*{_FIG}\s*/\s*100\s*$")
# Each person takes a count of items ("3명이 각자 한잔씩", "each get a latte"): a product
# over the group, never the group's price divided among them.
_EACH_TAKES_KO = re.compile(
    r"(?:한|두|세|네|다섯|\d+)\s*(?:잔|개|그릇|병|캔|장|인분|판|마리|줄|벌|권|조각|접시)\s*씩"
)
_EACH_TAKES_EN = re.compile(
    r"\beach\s+(?:get|gets|have|has|order|orders|buy|buys|take|takes|drink|drinks|eat|eats)"
    r"\s+(?:a|an|one|\d+)\b",
    re.IGNORECASE,
)
_TOTAL_ASKED_KO = re.compile(r"총|전부|모두|합쳐|합계|다\s*해서")
_GROUP_KO = re.compile(r"(?<![\d.])(?P<n>\d+)\s*명")
_GROUP_EN = re.compile(r"(?<![\d.])(?P<n>\d+)\s+of\s+us\b|\bwe(?:'re|\s+are)\s+(?P<m>\d+)\b", re.I)
# A headcount stated with the people it counts ("for 10 members", "12 students"): the sum is
# for all of them (the group of 2–9 in words is ``calculator_group_size``'s).
_HEADCOUNT_EN = re.compile(
    r"(?<![\d.$])(?P<n>\d+)\s+(?:members|players|students|employees|workers|staff|people"
    r"|persons|guests|adults|kids|children|friends|users|attendees|participants|coworkers"
    r"|colleagues|teammates|households|families)\b",
    re.IGNORECASE,
)
# A threshold an amount must pass ("5만원 이상 무료", "free shipping over 50"): a condition,
# never an amount to add or multiply.
# ("over 30 days", "interest free over 48 months" are spans: in English only a sum spent
# or ordered, or dollars, is one.)
_THRESHOLD = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)\s*(?:원|달러|dollars?)?\s*(?:이상|초과|넘으면|넘게|넘을\s*때)"
    r"|\b(?:free|orders?|spend(?:ing)?|purchases?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:over|above|more\s+than|of\s+at\s+least)\s+\$?\s*(?P<b>\d+(?:\.\d+)?)\b"
    r"(?!\s*(?:%|[a-z]*\s*(?:months?|years?|weeks?|days?|hours?|nights?|payments?|instal)))"
    r"|\b(?:over|above|more\s+than)\s+\$\s*(?P<c>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
# An amount added ("… plus 50 gas"): a reading with no addition at all multiplied it.
# (A figure with a unit after it, "plus 5 hours overtime", is another kind of sum.)
_PLUS_FIGURE = re.compile(
    r"\bplus\s+(?:a\s+|an\s+)?\$?\s*(?P<a>\d+(?:\.\d+)?)\b"
    r"(?!\s*(?:%|percent|h\b|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?"
    r"|years?|nights?|km|mi\b|miles?|kg|lbs?|pounds?|g\b|ml|l\b|liters?|litres?|times))",
    re.I,
)
# A fraction of an amount said in words: "a quarter of 800", "a third of the rent".
_FRACTION = re.compile(
    r"\b(?:a|one)\s+(?P<w>quarter|third|fifth|tenth)\s+of\b|\b(?P<h>half)\s+of\b", re.I
)
_FRACTION_FIGURES = {
    "quarter": ("4", "0.25", "25"),
    "third": ("3",),
    "fifth": ("5", "0.2", "20"),
    "tenth": ("10", "0.1"),
    "half": ("2", "0.5", "50"),
}
# A speed stated ("시속 80km", "at 60 mph", "90 km/h"): dividing it by a time again answers
# no question ("2시간 걸리는 거리 시속 90km면" was 90 / 2 km/h, the distance asked).
_SPEED_STATED = re.compile(
    r"시속\s*(?P<a>\d+(?:\.\d+)?)|(?P<b>\d+(?:\.\d+)?)\s*(?:km/h|kph|mph|km\s*per\s*hour"
    r"|miles?\s*(?:per|an)\s*hour)",
    re.IGNORECASE,
)
# A fee named beside a discount ("20% 할인에 배송비 3천원이면"): the discount is of a price not
# said, never of the fee; a reading that discounts the fee alone answers no question.
_FEE = re.compile(
    r"(?:배송비|택배비|배달비|수수료|포장비|shipping|delivery|fee)\s*(?P<a>\d+(?:\.\d+)?)"
    r"|(?P<b>\d+(?:\.\d+)?)\s*(?:원|달러|dollars?)?\s*(?:배송비|택배비|배달비|수수료|shipping|delivery|fee)",
    re.IGNORECASE,
)
_FEE_DISCOUNTED = re.compile(rf"^\s*(?P<f>{_FIG})\s*\*\s*\(\s*1\s*-\s*{_FIG}\s*/\s*100\s*\)\s*$")
# Money said beside the distance ("a 10k race entry is $45"): the k may be the fee's.
_MONEY = re.compile(
    r"[$€£₩]|\b(?:dollars?|bucks|usd|entry|fee|costs?|price|paid|pay)\b|원", re.IGNORECASE
)


def race_k_as_km(question: str) -> str:
    """``question`` with a race distance "10k" written "10 km" when the pace is asked.

    "ran a 10k in 52 minutes, what's my pace per km": the numerals would make the "10k" ten
    thousand; said with running words and no money, it is ten kilometres.
    """
    if not _RUNNING.search(question) or _MONEY.search(question):
        return question
    return _RACE_K.sub(lambda m: f"{m['d']} km", question)


def _split_counts(question: str) -> list[Decimal]:
    found = [*_SPLIT_EN.finditer(question), *_SPLIT_KO.finditer(question)]
    return [Decimal(m["a"] or m["b"]) for m in found]


def unread_cue_51w(question: str, expression: str) -> str | None:
    """The cue of ``question`` the reading ``expression`` leaves out, or ``None``.

    Args:
        question: The question as typed (its "10k" not yet ten thousand).
        expression: The expression a form read from it.
    """
    used = figures_used(expression)
    digits = normalize_numerals(question)
    if not _SHARE_SAID.search(digits):
        for count in _split_counts(digits):
            if count not in used:
                return f"the split between {count}"
    if _PERCENT.search(digits) and _REST_ASKED.search(digits) and "-" not in expression:
        return "the rest left after the share"
    if _ORDINAL_ITEM.search(digits) and _DISCOUNT.search(digits) and "+" not in expression:
        return "the items before the discounted one"
    if _CHANGE.search(digits) and _PERCENT.search(digits):
        asked = _CHANGE_ASKED.search(digits) is not None
        if asked and WHOLE_CHANGED.match(expression):
            return "that the change itself is asked, not the amount after it"
        if not asked and SHARE_ONLY.match(expression):
            return "the amount the change is made to"
    # (With a total asked, "각자 2개씩 … 총", calculator_guards_50w_ko declines it first.)
    each_takes = _EACH_TAKES_KO.search(digits) or _EACH_TAKES_EN.search(digits)
    if each_takes and not _TOTAL_ASKED_KO.search(digits):
        groups = [*_GROUP_KO.finditer(digits), *_GROUP_EN.finditer(digits)]
        for group in groups:
            size = group["n"] or group["m"]
            if re.search(rf"/\s*\(?\s*{size}\b", expression):
                return f"that each of the {size} takes the items (the price is not split)"
    if not _SHARE_SAID.search(digits):
        for head in _HEADCOUNT_EN.finditer(digits):
            if Decimal(head["n"]) not in used:
                return f"the {head.group(0)} the sum is for"
    for bound in _THRESHOLD.finditer(digits):
        if Decimal(bound["a"] or bound["b"] or bound["c"]) in used:
            return f"that {bound.group(0).strip()} is a threshold, not an amount"
    plus = _PLUS_FIGURE.search(digits)
    if plus is not None and "+" not in expression:
        return f"that {plus.group(0)} is added"
    for fraction in _FRACTION.finditer(digits):
        said = _FRACTION_FIGURES[(fraction["w"] or fraction["h"]).lower()]
        if not used & {Decimal(f) for f in said}:
            return f"the fraction {fraction.group(0)}"
    discounted = _FEE_DISCOUNTED.match(expression)
    if discounted is not None:
        # (A fee said first, "수수료 5천원에 10% 할인", may be what is discounted.)
        first_percent = _PERCENT.search(digits)
        after = first_percent.start() if first_percent else len(digits)
        fees = {Decimal(f["a"] or f["b"]) for f in _FEE.finditer(digits) if f.start() > after}
        if Decimal(discounted["f"].strip("()")) in fees:
            return "that the discount is not of the fee"
    for speed in _SPEED_STATED.finditer(digits):
        figure = re.escape(speed["a"] or speed["b"])
        if re.search(rf"(?<![\d.]){figure}\s*\)?\s*/", expression):
            return f"that {speed.group(0)} is a speed already"
    if _RACE_NAMED.search(digits) and not used & _RACE_DISTANCES:
        return "the distance of the race named"
    if _RUNNING.search(question):
        for race in _RACE_K.finditer(question):
            if Decimal(race["d"]) * 1000 in used:
                return f"the race distance {race.group(0)} (kilometres, not thousands)"
    return None


def refuse_unread_cues_51w(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` leaves out a cue of ``question``."""
    cue = unread_cue_51w(question, expression)
    if cue is not None:
        raise ToolInputError(
            f"could not read {question!r} as one sum: the reading {expression!r} leaves out "
            f"{cue}; write it with operators"
        )
