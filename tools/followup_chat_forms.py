"""Follow-ups in chat words, said again in the words the follow-up rules read.

Found by the thirteenth unseen set. The rules of :mod:`tools.followups` read "per month?",
"what if i work 30 hours", "그럼 반은?" and "2년이면?"; people also type:

- a trailing "then" ("per month then?", "for 5 people then"), which only says the turn
  follows from the last answer, as a leading "그럼" or "so" does;
- "and if ..." with a person acting ("and if i work 30 hours"), or a bare noun given a
  new figure ("and if tax is 8%?"): "what if ...";
- "반만" / "절반만" ("그럼 반만"), "반으로 줄이면" (fourteenth unseen set): only half of
  it, "반은";
- a span with "하면" ("2년 하면?", "18개월 하면"): doing it for that long, "2년이면?";
- a period adverb ("make that weekly", "what about monthly", "yearly?"; fourteenth unseen
  set): the same figure over that period, "and in a week?";
- a unit of measure with 단위로 ("컵 단위로", "온스 단위로는?"; seventeenth unseen set): the
  result in that unit, "컵으로는?". Only a unit of the unit table that is no span of time:
  "일주일 단위로는?" asks the figure per week (``tools.followup_asked_period``).

Each rewrite keeps the turn's figures and its meaning; a turn of none of these shapes is
returned as it is.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.followup_headcount_said_56t import showed_up_as_people
from tools.units_table import ALIASES, UNITS

__all__ = ["in_follow_up_words", "plain_change_words"]

_TRAILING_THEN = LazyPattern(r"\s*,?\s+then\s*(?P<end>[?？.!]*)\s*$", re.IGNORECASE)
_AND_IF_SOMEONE = LazyPattern(
    r"^\s*and\s+if\s+(?=(?:i|we|you|he|she|they)\s"
    # "and if tax is 8%?": a bare noun given a new value, as "what if tax is 8%?".
    # Only a figure (and "%") ends it: "and if diesel is 1,600 won a litre, ..." is a
    # price a rule of its own reads with "and if".
    r"|[a-z]+\s+(?:is|are|was|were|goes\s+(?:up|down)\s+to|becomes)\s+\d[\d,.]*\s*%?\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
_ONLY_HALF = LazyPattern(
    r"(?<![가-힣])(?P<half>절반|반)(?:만|으로\s*(?:줄이면|줄면|하면|깎으면))"
    r"(?=\s*(?:요|이면|하면)?\s*[?？.!]*\s*$)"
)
_PERIOD_ADVERB = LazyPattern(
    r"^\s*(?:(?:make|do)\s+(?:that|it)\s+|(?:and|so|what|how)\s+(?:about\s+)?)?"
    r"(?P<period>daily|weekly|monthly|yearly|annually)\s*(?:instead\s*)?[?？.!]*\s*$",
    re.IGNORECASE,
)
_IN_UNIT = LazyPattern(
    r"^\s*(?:그럼|그거|그걸)?\s*(?P<unit>[가-힣A-Za-z]{1,6}?)\s*단위\s*(?:으로|로)"
    r"\s*(?:는|요|는요)?\s*(?:바꾸면|하면|치면|얼마(?:야|예요|에요)?)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# "they want me for 6 extra hours": who asks changes nothing, "for 6 extra hours" is the
# change (twenty-second unseen set). "6 hours more" is "6 more hours": an addition, never
# 6 hours in place of the 30 (it had given 97.50 for 30 + 6 hours at 16.25).
_SOMEONE_WANTS = LazyPattern(
    r"^\s*(?:and\s+|so\s+|now\s+)?(?:they|he|she|my\s+boss|the\s+boss)\s+"
    r"(?:want|wants|need|needs|asked|asks)\s+(?:me|us)\s+(?=for\s+\d)",
    re.IGNORECASE,
)
# "she says 5.25 a page if we want it back in a week": who said it, and a condition with
# no figure, around the one change; "하객 더 온대서 30개 추가": the reason before it.
_SOMEONE_SAYS = LazyPattern(
    r"^\s*(?:and\s+|so\s+|now\s+)?(?:they|he|she|the\s+[a-z]+)\s+(?:says?|said|quotes?|quoted)"
    r"\s+(?:it'?s\s+)?(?=\$?\d)",
    re.IGNORECASE,
)
_CONDITION_AFTER = LazyPattern(
    r"(?<=\d)(?P<head>[^\d]*?)\s+if\s+(?:we|you|i|they|he|she|it)\b[^\d]*$", re.IGNORECASE
)
_REASON_FIRST = LazyPattern(
    r"^\s*[가-힣][가-힣\s]{0,16}?(?:대서|래서|해서|니까|어서|아서)\s+(?=\S*\d)"
)
# Heard from someone, said as the condition the rules read: "포장비 5천원 추가래" -> "…추가하면?".
# (A new amount heard, "…원이래", is left to the slot readers' closed forms: "1엔에 9원이래"
# after a rate per 100 yen must stay unsure.)
# ("대관료 50만원도 따로 있대", "버스 대절비 80만원도 따로 내야된대", "…별도래": a charge
# besides the rest, said the same way; set 28 and 29 left these to the cloud.)
_ADDED_HEARD = LazyPattern(
    r"(?:추가|따로|별도)(?:\s*(?:있|내야\s*(?:된|한|돼)|받는|드는|든|낸))?"
    r"(?:래요?|된대|한대|대요?|라던데|된다네)\s*[.!~ㅠㅜ]*\s*$"
)
# "옆집은 키로에 5만 9천원이면?": the new price is another shop's; "we're adding one more
# night": the change alone.
_ELSEWHERE_FIRST = LazyPattern(
    r"^\s*(?:옆집|옆\s*가게|다른\s*(?:데|곳|집|가게)|딴\s*데|저쪽|건너편)(?:은|는)\s+"
)
_WE_ADD = LazyPattern(
    r"^\s*(?:we'?re|we\s+are|i'?m|let'?s|we'?ll)\s+(?:adding|add)\s+(?=(?:one|a|an|\d+)\s+more\b)",
    re.IGNORECASE,
)
_UNIT_THEN_MORE = LazyPattern(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s+(?P<unit>[a-z]+s)\s+(?P<more>more|extra)\b(?!\s+(?!than\b)[a-z])",
    re.IGNORECASE,
)
# "final headcount came in at 92": the number of guests, said as the count's new level
# (set 28 left it and its service charge to the cloud).
_HEADCOUNT_AT = LazyPattern(
    r"^\s*(?:the\s+)?(?:final\s+)?(?:head\s*count|guest\s+count|guest\s+list)\s+"
    r"(?:came\s+in\s+at|came\s+to|ended\s+up\s+at|is\s+now|went\s+up\s+to|is)\s+"
    r"(?P<n>\d+)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_PERIOD_NOUN = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_SPAN_DONE = LazyPattern(
    r"^(?P<span>\s*(?:그럼\s*|그러면\s*)?\d+\s*(?:년|개월|달|주|일))\s*(?:동안\s*)?하면(?P<end>요?\s*[?？]*\s*)$"
)


# "기름값 8만원도 들었음", "주차비 만원도 나왔어": a cost also spent, a charge besides the rest
# (set 30 left it to the cloud stand-in); said as the addition the rules read.
_ALSO_SPENT = LazyPattern(
    r"(?<=\d)(?P<won>\s*(?:만\s*|천\s*)?원)도\s*(?:들었|나왔|냈|썼|들어갔|깨졌)"
    r"(?:음|어|다|네|어요|습니다|더라)?\s*[.!~ㅠㅜ]*\s*$"
)


# "and for the guy in dubai", "what about for my sister in london": the person named is
# where the place is; the place alone is the follow-up ("and in dubai").
_SOMEONE_IN_PLACE = LazyPattern(
    r"^(?P<lead>\s*(?:and|so|what\s+about|how\s+about)?\s*)for\s+(?:the|my|our|his|her|their|a)"
    r"\s+(?:[a-z']+\s+){1,2}?(?:in|over\s+in|out\s+in)\s+(?=[a-z])",
    re.IGNORECASE,
)


def in_follow_up_words(text: str) -> str:
    """``text`` with a chat form above said the way the follow-up rules read it."""
    text = showed_up_as_people(text)  # "and if only 3 show up" (set 48)
    plain = _SOMEONE_IN_PLACE.sub(lambda m: f"{m['lead'] or 'and '}in ".lstrip(), text)
    plain = _TRAILING_THEN.sub(lambda m: m["end"] or "?", plain)
    plain = plain_change_words(plain)
    # (Not in plain_change_words: the slot readers' closed forms read "…원이래" themselves.)
    plain = _ADDED_HEARD.sub("추가하면?", plain)
    plain = _ALSO_SPENT.sub(lambda m: f"{m['won']} 추가하면?", plain)
    plain = _ELSEWHERE_FIRST.sub("", plain)
    plain = _HEADCOUNT_AT.sub(lambda m: f"{m['n']} guests", plain)
    plain = _WE_ADD.sub("", plain)
    plain = _AND_IF_SOMEONE.sub("what if ", plain)
    plain = _ONLY_HALF.sub(lambda m: f"{m['half']}은", plain)
    plain = _PERIOD_ADVERB.sub(
        lambda m: f"and in a {_PERIOD_NOUN.get(m['period'].lower(), 'year')}?", plain
    )
    plain = _SPAN_DONE.sub(lambda m: f"{m['span']}이면{m['end']}", plain)
    return _IN_UNIT.sub(_in_unit, plain)


# "총 얼마 내는 거임", "얼마 내야 돼", "한 사람당 얼마 내?": how much is paid, asked as "얼마야"
# (the rules' tails know "얼마야"; "3년 약정이면 총 얼마 내는 거임" was read by none).
_HOW_MUCH_PAID = LazyPattern(
    r"얼마(?P<each>\s*씩)?\s*(?:(?:내는|나오는|드는|내야\s*(?:하는|되는))\s*(?:거|건)"
    r"\s*(?:임|야|예요|에요|지|냐|죠)?|내야\s*(?:돼|되|해)(?:요)?|내(?:요)?)(?=\s*[?？.!~]*\s*$)"
)


# "넷이 먹었으니까 1인당 얼마씩": a clause that counts the people is no mere reason.
_COUNTED_IN_CLAUSE = LazyPattern(
    r"\d|(?<![가-힣])(?:둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)(?:이|명)"
)


def _without_reason(match: re.Match[str]) -> str:
    return match.group(0) if _COUNTED_IN_CLAUSE.search(match.group(0)) else ""


def plain_change_words(text: str) -> str:
    """ "they want me for 6 hours more" said as the change alone: "for 6 more hours"."""
    plain = _HOW_MUCH_PAID.sub(
        lambda m: "얼마씩이야" if m["each"] else "얼마야", _SOMEONE_WANTS.sub("", text)
    )
    plain = _SOMEONE_SAYS.sub("", plain)
    plain = _CONDITION_AFTER.sub(lambda m: m["head"], plain)
    plain = _REASON_FIRST.sub(_without_reason, plain)
    return _UNIT_THEN_MORE.sub(lambda m: f"{m['n']} {m['more']} {m['unit']}", plain)


def _in_unit(match: re.Match[str]) -> str:
    unit = match["unit"]
    symbol = ALIASES.get(unit.lower())
    if symbol is None or UNITS[symbol][0] == "time":
        return match.group(0)
    return f"{unit}으로는?"
