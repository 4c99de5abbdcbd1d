"""Follow-up edits about rates, head counts and spans ("and for 5 days?", "3 more people").

Each reads a follow-up against the previous turn's step texts, like the edits of
``tools.followup_edits`` (which lists them in its :data:`~tools.followup_edits.EDITS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_quantities import QUANTITY as _QUANTITY
from tools.followup_quantities import SAME_UNIT as _SAME_UNIT
from tools.followup_quantities import SPELLED_NUMBERS
from tools.korean_numbers import normalize_numerals
from tools.references import SPEED_TARGET

__all__ = [
    "ASSUMING",
    "ASSUMING_KO",
    "count_of_rate",
    "fewer_people",
    "match_more_people",
    "move_span_end",
    "ordinal_sharer_joins",
    "speed_in_unit",
    "target_at_rate",
]


# "what if 3 more people join?", "2명 더 오면?", "2명 더 온대" (news that they come): the
# head count grows by that many.
_MORE_PEOPLE = LazyPattern(
    r"(?P<n>\d+|[a-z]+)\s+more\s+(?:people|persons?|friends?|guests?|of\s+us)"
    r"|(?P<ko>\d+)\s*(?:명|사람)\s*(?:이\s*)?더\s*(?:오면|와서|늘면|추가되면|있으면|합류하면|온대|온대요|온다고|온다는데|오신대"
    r"|들어오면|들어온다면|들어와서|끼면|낀다면|온다면)",  # "친구 한명 더 들어오면" (set 44)
    re.IGNORECASE,
)


# "한명 이사가면?", "and if one of us bails?": the head count shrinks by that many.
_FEWER_PEOPLE = LazyPattern(
    r"(?P<ko>\d+|한|두|세)\s*(?:명|사람|세대|가구)(?:이|가|만|은|는|도)?\s*(?:더\s*)?(?:빠지면|빠져서|이사\s*가면|나가면"
    # "한명 이사가서 둘이 내면" (set 49): the move said as the reason, then the new split.
    # ("한명 나가서 이제 셋이 내야됨" is tools.followup_shared_between_49b's share again.)
    r"|이사\s*가서"
    # "한세대 비어있으면?": a household's flat empty, one fewer sharing (set 37).
    r"|비어\s*있으면|비면|공실이면"
    r"|안\s*오면|못\s*오면|못\s*가면|안\s*내면|빼면"
    # News that they leave, said as a fact (set 35: "2명은 안낸대" after dues from 23).
    r"|안\s*(?:낸대|온대|간대)|못\s*(?:낸대|온대|간대)|빠진대|빠졌어|빠졌대)"
    r"|\b(?P<n>\d+|[a-z]+)\s+of\s+(?:us|them)\s+(?:bails|drops\s+out|leaves|backs\s+out"
    r"|pulls\s+out|can'?t\s+(?:come|make\s+it|go)|doesn'?t\s+(?:come|pay))"
    # "two people dropped out" (set 35: the local model answered it).
    r"|\b(?P<past>\d+|[a-z]+)\s+(?:people|persons|friends|guests)\s+(?:(?:have\s+)?(?:dropped"
    r"|pulled|backed)\s+out|bailed|left|can'?t\s+(?:come|make\s+it)|aren'?t\s+coming"
    r"|won'?t\s+(?:come|be\s+coming))\b"
    # "one guy left early and isnt paying" (set 49): one person, said as a guy or a friend.
    r"|\b(?P<single>one|a)\s+(?:guy|person|friend|girl|of\s+them)\s+(?:left|bailed|dropped\s+out"
    r"|isn'?t\s+paying|is\s+not\s+paying|won'?t\s+pay|can'?t\s+pay)\b"
    # "부장님은 빼고 나머지끼리 내면" (set 49): one person named by a title, left out.
    r"|(?<![가-힣])(?P<titled>[가-힣]{1,5}님)\s*(?:은|는|이|가)?\s*빼고\s*(?:나머지|남은)"
    r"|\b(?P<fewer>\d+|[a-z]+)\s+(?:fewer|less)\s+(?:people|persons|friends|of\s+us)",
    re.IGNORECASE,
)
# "2명 더 온대 그럼?": news that more people come, said with no conditional verb; like a
# drop-out it changes the head count even where no reference word precedes it.
_NEWS_OF_MORE = LazyPattern(r"\d+\s*(?:명|사람)\s*(?:이\s*)?더\s*(?:온대|온다고|온다는데|오신대)")
_NATIVE_ONE_TO_THREE = {"한": "1", "두": "2", "세": "3"}
_COUNTED = {"person": "people", "household": "households"}
_HOUSEHOLD_SAID = LazyPattern(r"\d\s*(?:세대|가구)|(?<![가-힣])(?:한|두|세)\s*(?:세대|가구)")
# "1인 5000원씩", "1인당 만원": the one person a price is said for, right before the price.
_PRICE_PER_ONE = re.compile(r"\s*당?\s*\d")
# "인터넷", "인형": a word beginning with 인 after a figure and a space, never a head count
# ("3인이서", "4인 가족" are: a particle or a space follows).
_WORD_FROM_IN = re.compile(
    r"인(?=[가-힣])(?!(?:이|은|는|가|의|도|만|을|를|과|와|씩)(?![가-힣]))(?!이서)"
)


def change_in_people(text: str) -> int | None:
    """How many people join (positive) or drop out (negative) by ``text``, if it says so."""
    # "친구 한 명 더 오면?": a native count is a number too (it had been read as "1명").
    normalized = normalize_numerals(text)
    match = _MORE_PEOPLE.search(normalized)
    sign = 1
    if match is None:
        match = _FEWER_PEOPLE.search(normalized)
        sign = -1
    if match is None:
        return None
    if match.groupdict().get("titled"):
        return sign  # one person, named by a title
    said = next(g for g in match.groups() if g)
    count = _NATIVE_ONE_TO_THREE.get(said) or SPELLED_NUMBERS.get(said.lower(), said)
    if said.lower() in ("one", "a", "an"):
        count = "1"
    return sign * int(count) if count.isdigit() else None


# The count now paying, said beside the change: "한명 빠져서 넷이 내면", "so 4 of us pay".
_PAYERS_SAID = LazyPattern(
    r"(?P<ko>\d+\s*(?:명|사람)|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)\s*(?:이서|이|끼리)\s*"
    r"(?:똑같이\s*|다\s*|이제\s*)?(?:내|나누|나눠|엔빵|부담)"
    r"|\b(?P<en>\d+)\s+of\s+us\s+(?:pay|split|share)",
    re.IGNORECASE,
)
_NATIVE_PAYERS = {"둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8}
_NATIVE_PAYERS |= {"아홉": 9, "열": 10}


def payers_said(text: str) -> int | None:
    """How many pay now, when the turn says it beside who joined or left."""
    match = _PAYERS_SAID.search(normalize_numerals(text))
    if match is None:
        return None
    said = match["en"] or re.sub(r"\D", "", match["ko"])
    return int(said) if said else _NATIVE_PAYERS[match["ko"]]


def fewer_people(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``한명 이사가면 얼마씩 내야돼?``: someone dropping out of (or, by news, joining) a split.

    A short turn saying people leave changes the latest head count; a long one, or one
    after steps that split nothing, is left to the other readings.
    """
    normalized = normalize_numerals(text)
    if (
        len(text) > 40
        or (_FEWER_PEOPLE.search(normalized) or _NEWS_OF_MORE.search(normalized)) is None
    ):
        return None
    return match_more_people(text, steps)


def match_more_people(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what if 3 more people join?``, ``한 명 빠지면?``: the latest head count, changed."""
    change = change_in_people(text)
    if change is None:
        return None
    added = str(change)
    # Households are counted as households ("6세대가 나누면"), people as people.
    kind = "household" if _HOUSEHOLD_SAID.search(text) else "person"
    for index in range(len(steps) - 1, -1, -1):
        # "세 명이서" is a head count of three, in figures.
        step = normalize_numerals(steps[index])
        for quantity in _QUANTITY.finditer(step):
            if _SAME_UNIT.get(quantity["unit"].lower()) != kind:
                continue
            if _PRICE_PER_ONE.match(step, quantity.end()) and quantity["num"] == "1":
                continue  # "1인 5천원씩 23명": the price's person, not the head count
            if _WORD_FROM_IN.match(step, quantity.start("unit")):
                continue  # "관리비 120000 인터넷 30000": a word, not 120000 people (set 44)
            old = quantity["num"].replace(",", "")
            if not old.isdigit():
                return None
            new = str(int(old) + int(added))
            if int(new) < 1:
                return None
            start, end = quantity.span("num")
            changed = list(steps)
            changed[index] = step[:start] + new + step[end:]
            sign = "+" if change > 0 else "-"
            return changed, f"{old} {_COUNTED[kind]} {sign} {abs(change)} = {new}"
    return None


# "what if a 4th roommate moves in", "네번째 룸메이트가 들어오면?": one more sharer, named by
# the place they take. The ordinal must be one past the head count the split named: "a
# 5th roommate" after a split 3 ways says something this rule cannot tell (two join? one
# was left out?), so it is left alone.
_ORDINAL_WORDS = {
    **{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8},
    **{"두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6},
    **{"일곱": 7, "여덟": 8},
}
_ORDINAL_JOINS = LazyPattern(
    r"\b(?:a|an|the)\s+(?:(?P<n>\d+)(?:st|nd|rd|th)|(?P<w>second|third|fourth|fifth|sixth|seventh"
    r"|eighth))\s+(?:roommate|flatmate|housemate|person|friend|member|guest|one)\s+"
    r"(?:moves?\s+in|joins?|comes?(?:\s+along)?|is\s+added|gets\s+added|shows\s+up)\b"
    r"|(?:(?P<kn>\d+)|(?P<kw>두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟))\s*번째\s*"
    r"(?:룸메이트|룸메|사람|친구|멤버|명)?\s*(?:이|가)?\s*"
    r"(?:들어오면|들어온다면|합류하면|오면|생기면|추가되면|이사\s*오면)",
    re.IGNORECASE,
)


def ordinal_sharer_joins(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what if a 4th roommate moves in``: the split's head count, one more."""
    match = _ORDINAL_JOINS.search(text)
    if match is None:
        return None
    said = match["n"] or match["kn"]
    place = int(said) if said else _ORDINAL_WORDS[(match["w"] or match["kw"]).lower()]
    for index in range(len(steps) - 1, -1, -1):
        step = normalize_numerals(steps[index])
        for quantity in _QUANTITY.finditer(step):
            if _SAME_UNIT.get(quantity["unit"].lower()) != "person":
                continue
            if _PRICE_PER_ONE.match(step, quantity.end()) and quantity["num"] == "1":
                continue  # "1인 5천원씩 23명": the price's person, not the head count
            old = quantity["num"].replace(",", "")
            if not old.isdigit() or int(old) + 1 != place:
                return None
            start, end = quantity.span("num")
            changed = list(steps)
            changed[index] = step[:start] + str(place) + step[end:]
            return changed, f"{old} people + 1 = {place}"
    return None


# "12월 31일까지면?" after "3월 1일부터 12월 25일까지 며칠?": one end of the span moved.
# "1995년 12월 25일생이면?": a birth date (생) is replaced like an end, with its own year.
_SPAN_END = LazyPattern(
    r"(?P<year>\d{4}년\s*)?(?P<date>\d{1,2}월\s*\d{1,2}일)\s*(?P<end>까지|부터|생)"
)
_KOREAN_DATE = r"(?:\d{{4}}년\s*)?\d{{1,2}}월\s*\d{{1,2}}일\s*{end}"


def move_span_end(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``12월 31일까지면?``: the previous span with its end (까지) or start (부터) replaced."""
    match = _SPAN_END.search(text)
    if match is None:
        return None
    end = match["end"]
    for index in range(len(steps) - 1, -1, -1):
        old = re.search(_KOREAN_DATE.format(end=end), steps[index])
        if old is None:
            continue
        year = match["year"] or re.match(r"\d{4}년\s*", old.group(0))
        kept = year if isinstance(year, str) else (year.group(0) if year else "")
        new = f"{kept}{match['date']}{end}"
        changed = list(steps)
        changed[index] = steps[index][: old.start()] + new + steps[index][old.end() :]
        return changed, f"{old.group(0)} → {new}"
    return None


# "and for 18 months?" after "$45 a month ... per year?": a count of the rate's own unit.
# "5일이면?", "그럼 4박은?": the same in Korean (the unit words map to the English ones).
_FOR_COUNT = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:for\s+)?(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+)\s+"
    r"(?P<u>night|day|hour|week|month|year|person|ticket)s?"
    r"(?:\s+at\s+(?:the\s+)?same\s+rate)?\s*\??\s*$"
    r"|^\s*(?:그럼\s*)?(?P<ko_n>\d+)\s*(?P<ko_u>박|일|시간|주일?|달|개월|년)\s*(?:이면|은|는|동안(?:이면|은)?)"
    r"\s*(?:요)?\s*[?？]?\s*$",
    re.IGNORECASE,
)
_KO_UNITS = {"박": "night", "일": "day", "시간": "hour", "주": "week", "주일": "week",
             "달": "month", "개월": "month", "년": "year"}  # fmt: skip
# A Korean rate step: "1박에 120,000원이면 3박에 얼마?" (the count asked is replaced).
_KO_RATE_UNIT = LazyPattern(r"1\s*(?P<u>박|일|시간|주일?|달|개월|년)\s*(?:에|당|요금)")
_LAST_QUESTION = LazyPattern(r"[^.?!]*\?\s*$")
_RATE_UNIT = LazyPattern(
    r"\b(?:a|per|each|every)\s+(?P<u>night|day|hour|week|month|year|person|ticket)\b", re.I
)
# How many of the rate's unit one asked unit holds ("two years" at a monthly rate: 24 months).
_UNITS_IN = {("year", "month"): 12, ("year", "week"): 52, ("week", "day"): 7, ("day", "hour"): 24}
# A near synonym: a hotel charged per night is asked "for 5 days". The answer says so.
_READ_AS = {("day", "night"), ("night", "day")}
#: How a follow-up's line begins when code assumed something the user did not say.
ASSUMING = "assuming "


def count_of_rate(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and for 18 months?``: the previous rate ("$45 a month") asked for that many units.

    A year at a monthly rate is 12 months; "5 days" at a nightly rate is read as 5 nights,
    and the line for the answer says so (it starts with :data:`ASSUMING`).
    """
    match = _FOR_COUNT.match(text)
    if match is None or not steps:
        return None
    korean = match["ko_u"] is not None
    asked = _KO_UNITS[match["ko_u"]] if korean else match["u"].lower()
    spelled = match["ko_n"] or match["n"]
    count = SPELLED_NUMBERS.get(spelled.lower(), spelled).replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", count):
        return None
    last = steps[-1]
    rate = _RATE_UNIT.search(last)
    ko_rate = _KO_RATE_UNIT.search(last) if rate is None else None
    if rate is None and ko_rate is None:
        return None
    unit = rate["u"].lower() if rate is not None else _KO_UNITS[ko_rate["u"]] if ko_rate else ""
    assumed = ""
    if asked != unit:
        if (asked, unit) in _UNITS_IN and count.isdigit():
            count = str(int(count) * _UNITS_IN[asked, unit])
        elif (asked, unit) in _READ_AS:
            assumed = _assumption(count, asked, unit, korean)
        else:
            return None
    how = assumed or f"the rate per {unit} for {count} {unit}s"
    if ko_rate is not None:
        return _korean_count(last, ko_rate, count, steps, how)
    statement = _LAST_QUESTION.sub("", last).rstrip()
    if statement == last.rstrip() or not statement:
        return None
    step = f"{statement} How much for {count} {unit}s?"
    return [*steps[:-1], step], how


_KO_WORDS = {"night": "박", "day": "일", "hour": "시간", "week": "주", "month": "달", "year": "년"}
#: How a Korean follow-up's line begins when code assumed something the user did not say.
ASSUMING_KO = "가정: "


def _assumption(count: str, asked: str, unit: str, korean: bool) -> str:
    """The reading code chose, said in the language of the follow-up."""
    if korean:
        said, meant = _KO_WORDS[asked], _KO_WORDS[unit]
        return f"{ASSUMING_KO}{count}{said}을 {count}{meant}으로 보고 1{meant} 요금으로 계산"
    return f"{ASSUMING}{count} {asked}s means {count} {unit}s at the rate per {unit}"


def _korean_count(
    last: str, rate: re.Match[str], count: str, steps: Sequence[str], how: str
) -> tuple[list[str], str] | None:
    """ "1박에 120,000원이면 3박에 얼마?" with its asked count ("3박") set to ``count``."""
    asked = [
        m for m in re.finditer(rf"(?<![\d.])(\d+)\s*{rate['u']}", last) if m.start() != rate.start()
    ]
    if not asked:
        return None
    old = asked[-1]
    step = last[: old.start(1)] + count + last[old.end(1) :]
    return [*steps[:-1], step], how


# "in euros instead, at 1,500 won per euro?": the won result in another currency, at a
# rate the turn states.
_TARGET_AT_RATE = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+)?in\s+(?P<cur>euros?|dollars?|yen)\s+(?:instead\s*)?,?\s*"
    r"at\s+(?P<rate>\d[\d,]*(?:\.\d+)?)\s*(?:won|원|krw)\s+(?:per|a|to\s+the|for\s+one)\s+"
    r"(?:euro|dollar|yen|usd|eur|jpy)\s*\??\s*$",
    re.IGNORECASE,
)
_KOREAN_CURRENCY = {"euro": "유로", "dollar": "달러", "yen": "엔"}


def target_at_rate(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``in euros instead, at 1,500 won per euro?``: the result converted at that rate."""
    match = _TARGET_AT_RATE.match(text)
    if match is None or not steps:
        return None
    currency = _KOREAN_CURRENCY[match["cur"].lower().rstrip("s")]
    step = f"그걸 {currency}로 바꾸면? 1{currency} {match['rate']}원"
    return [*steps, step], f"converted to {currency} at {match['rate']}원"


_SPEED_TARGET = LazyPattern(SPEED_TARGET)
# The unit a speed is asked in: per minute or second in metres, per hour in km or miles.
_SPEED_UNITS = {"분당": "분당 미터", "분속": "분당 미터", "초속": "초속 미터"}


def speed_in_unit(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``분당 몇 미터야?`` after a speed: the result converted to that speed unit."""
    match = _SPEED_TARGET.match(text)
    if match is None or not steps:
        return None
    unit = _SPEED_UNITS.get(match["speed"])
    if unit is None:
        unit = "시속 마일" if match["unit"] == "마일" else "시속 km"
    return [*steps, f"그걸 {unit}로 바꾸면"], f"converted to {unit}"
