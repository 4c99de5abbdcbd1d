"""When a quoted sentence covers a follow-up's condition worded otherwise (cond56).

wrongs55's condition screen (:mod:`graphs.condition_follow_up_55w`) keeps a follow-up's
quote only when one sentence states the condition it adds. It read the condition's words
literally, so six follow-ups answered right before were declined: the sentence stated the
condition in other words. These are the general forms it now reads:

- a figure against a threshold on the same kind: "일주일 넘게 아프면요?" is met by "5일
  이상이면" (a week is 7 days, 7 >= 5), "a 100,000 won note" by "bills larger than 50,000
  won"; periods written as words (일주일, 한 달, a week) are figures too;
- a word naming the condition's kind, stated through a general word: a relative or friend
  acting for the asker ("my son picks them up", "아들이 대신 가면") by "someone collecting
  records for you" / 대리인 / 다른 사람; driving one's own car by "your own car", a
  vehicle, mileage; a big note by "bills larger than …";
- a continuation asking a maximum ("계속 다니면 최대 몇 개까지 늘어요?"): the sentence stating
  the cap ("최대 25일까지") answers it.

Each form is narrow on purpose: a figure only meets a threshold of its own unit and
direction, and a figure alone ("60일 넘으면?", past the thread's limit) is still stated only
by itself; a person word needs a sentence naming someone other than the asker; the cap
needs both a continuation and a question asking the maximum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from tools.dates_native_days import NATIVE_DAYS
from tools.followup_rate_qualifier import city_under_elsewhere
from tools.korean_numbers import find_numbers
from tools.place_asked_59d import purpose_of_trip_elsewhere
from tools.rag.asked_relatives import names_relative, names_relative_kind_asked
from tools.rag.banknotes import banknote_links
from tools.rag.crosslingual import equivalents
from tools.spoken_money_en_59d import spoken_money_as_digits

__all__ = [
    "EN_PERIOD_COUNTS",
    "IN_A_ROW_KO",
    "NATIVE_PERIODS_KO",
    "Figure",
    "asks_cap_on_continuation",
    "covered_word",
    "english_figure",
    "korean_period_figure",
    "meets_threshold",
    "money_in_digits",
    "states_figure_itself",
]

# Units of one kind, as the condition and the sentence write them; a week is 7 days.
_UNIT_KIND = {
    "일": "day", "day": "day", "days": "day",
    "주": "week", "주일": "week", "week": "week", "weeks": "week",
    "개월": "month", "달": "month", "month": "month", "months": "month",
    "원": "won", "won": "won", "krw": "won",
    "시간": "hour", "hour": "hour", "hours": "hour",
    "dollar": "dollar", "dollars": "dollar", "usd": "dollar", "euro": "euro", "euros": "euro",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "박": "night", "night": "night", "nights": "night",
}  # fmt: skip
_DAYS_IN = {"week": 7}

# Korean number words before a bound period noun ("한 달", "두 주", "석 달").
_KO_NUMBER = {"한": 1, "두": 2, "이": 2, "세": 3, "석": 3, "삼": 3, "네": 4, "넉": 4, "사": 4}
_KO_PERIOD = re.compile(r"일주일|(?<![가-힣])(한|두|이|세|석|삼|네|넉|사)\s*(주|달)(?![가-힣])")
# A number of days said in native words ("열흘 쉬면", "사흘", "보름": tools.dates_native_days),
# as a word of its own ("보름달" is the full moon) (docko57).
_KO_NATIVE_DAYS = re.compile(rf"(?<![가-힣])({'|'.join(NATIVE_DAYS)})(?!달|날)")
#: The native day words, as the condition screen skips them (a figure, not a word to state).
NATIVE_PERIODS_KO = frozenset(NATIVE_DAYS)
#: Adverbs saying a figure's days run in a row ("일주일 내리", "열흘 연속으로", "사흘 내내"): they
#: add no condition of their own to the figure, which a threshold reads ("5일 이상이면").
IN_A_ROW_KO = frozenset({"내리", "연속", "연달아", "내내", "계속", "쭉", "연이어"})
_EN_NUMBER = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: The number words an English period is counted in ("ten days"): the figure, not a word.
EN_PERIOD_COUNTS = frozenset(_EN_NUMBER)
_EN_PERIOD = re.compile(rf"\b({'|'.join(_EN_NUMBER)})\s+(weeks?|months?|days?)\b", re.IGNORECASE)
_EN_FIGURE = re.compile(
    r"(?<![\d,.])(\d[\d,]*)\s*(won|krw|days?|weeks?|months?|hours?)\b", re.IGNORECASE
)
_EN_UP = re.compile(
    r"\b(?:over|more\s+than|longer\s+than|past|beyond|exceed\w*|above)\b", re.IGNORECASE
)
_EN_DOWN = re.compile(r"\b(?:under|less\s+than|fewer\s+than|below|shorter\s+than)\b", re.IGNORECASE)

# A threshold a sentence states, on a figure and its unit: up (이상, over, larger than …)
# or down (이하, under …).
# (Money, distance and nights too: the English amount screen's units, condition_figure_en_56t,
# whose threshold reading this one took over.)
_UNIT = (
    r"(일|주일|주|개월|달|원|시간|박|won|krw|days?|weeks?|months?|hours?|dollars?|usd|euros?"
    r"|km|kilomet(?:er|re)s?|nights?)"
)
_KO_THRESHOLD = re.compile(rf"(\d[\d,]*)\s*{_UNIT}\S{{0,3}}\s*(이상|초과|넘|지나|이하|미만)")
_EN_BEFORE = re.compile(
    r"\b(more|larger|bigger|greater|higher|longer|less|fewer|smaller|shorter|lower)\s+than"
    r"|\b(over|above|exceeding|beyond|at\s+least|in\s+excess\s+of|under|below|up\s+to)",
    re.IGNORECASE,
)
_EN_THRESHOLD = re.compile(
    rf"(?:{_EN_BEFORE.pattern})\s+(?:[$₩]\s?)?(\d[\d,]*(?:\.\d+)?)\s*{_UNIT}\b", re.IGNORECASE
)
_EN_OR_MORE = re.compile(
    rf"(\d[\d,]*)\s*{_UNIT}\s+or\s+(more|longer|over|above|less|fewer|under)\b", re.IGNORECASE
)
_DOWN_WORDS = frozenset(
    {"이하", "미만", "less", "fewer", "smaller", "shorter", "lower", "under", "below", "up to"}
)
_ANY_FIGURE = re.compile(rf"(\d[\d,]*)\s*{_UNIT}(?![A-Za-z])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure the condition names: its value, unit as written, and its comparison."""

    value: str
    unit: str
    # "up" (넘게, over), "down" (미만, under) or "" (named, not compared).
    compares: str = ""


def _kind(unit: str) -> str:
    return _UNIT_KIND.get(unit.lower(), unit.lower())


def _in_base(value: float, unit: str) -> tuple[float, str]:
    """The figure in its kind's base unit: a week is 7 days."""
    kind = _kind(unit)
    if kind in _DAYS_IN:
        return value * _DAYS_IN[kind], "day"
    return value, kind


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def korean_period_figure(text: str) -> tuple[str, str] | None:
    """A period said in words ("일주일", "한 달", "두 주", "열흘"): its figure and unit, or None."""
    found = _KO_PERIOD.search(text)
    if found is None:
        native = _KO_NATIVE_DAYS.search(text)
        return None if native is None else (str(NATIVE_DAYS[native.group(1)]), "일")
    if found.group(0) == "일주일":
        return "7", "일"
    count = _KO_NUMBER[found.group(1)]
    return (str(count), "개월") if found.group(2) == "달" else (str(count * 7), "일")


def english_figure(clause: str) -> Figure | None:
    """The figure an English condition names ("a 100,000 won note", "more than a week")."""
    direction = "up" if _EN_UP.search(clause) else "down" if _EN_DOWN.search(clause) else ""
    found = _EN_FIGURE.search(clause)
    if found is not None:
        return Figure(found.group(1).replace(",", ""), found.group(2).lower(), direction)
    period = _EN_PERIOD.search(clause)
    if period is not None:
        count = _EN_NUMBER[period.group(1).lower()]
        return Figure(str(count), period.group(2).lower(), direction)
    return None


def _thresholds(sentence: str) -> Iterator[tuple[float, str, str]]:
    """The thresholds ``sentence`` states: (value in base unit, base kind, up/down)."""
    for found in _KO_THRESHOLD.finditer(sentence):
        yield _threshold(found.group(1), found.group(2), found.group(3))
    for found in _EN_THRESHOLD.finditer(sentence):
        word = " ".join((found.group(1) or found.group(2) or "").lower().split())
        yield _threshold(found.group(3), found.group(4), word)
    for found in _EN_OR_MORE.finditer(sentence):
        yield _threshold(found.group(1), found.group(2), found.group(3).lower())


def _threshold(value: str, unit: str, word: str) -> tuple[float, str, str]:
    base, kind = _in_base(_number(value) or 0.0, unit)
    return base, kind, "down" if word in _DOWN_WORDS else "up"


def meets_threshold(sentence: str, figure: Figure) -> bool:
    """Whether ``sentence`` states a threshold of ``figure``'s kind that the figure meets.

    A figure named without a comparison ("3일만 쉬면", "a 100,000 won note") is read against
    any threshold on its kind, as wrongs55 read it (the sentence states the rule the
    figure falls under or not); a compared one only against a threshold of its direction
    that it meets ("일주일 넘게" meets "5일 이상": 7 >= 5).
    """
    value = _number(figure.value)
    if value is None:
        return False
    base, kind = _in_base(value, figure.unit)
    for threshold, other_kind, direction in _thresholds(sentence):
        if other_kind != kind:
            continue
        if not figure.compares:
            return True
        if figure.compares == direction == "up" and base >= threshold:
            return True
        if figure.compares == direction == "down" and base <= threshold:
            return True
    return False


# Money units after a figure, in either language ("won", "원", "krw", "dollars").
_MONEY_AFTER = re.compile(r"\s*(won|krw|원|dollars?|usd)(?![A-Za-z])", re.IGNORECASE)


def money_in_digits(text: str) -> str:
    """``text`` with each amount of money in plain digits ("1.2 million won": 1200000 won).

    Only a numeral right before a money unit is rewritten: a count of days or people in
    words stays as it is, for the readers of those.
    """
    text = spoken_money_as_digits(text)  # "seven hundred thousand won" (docthread59)
    out: list[str] = []
    at = 0
    for span in find_numbers(text):
        if _MONEY_AFTER.match(text, span.end) is None:
            continue
        out += [text[at : span.start], format(span.value.normalize(), "f")]
        at = span.end
    return "".join(out) + text[at:] if out else text


def states_figure_itself(sentence: str, figure: Figure) -> bool:
    """Whether ``sentence`` names ``figure`` itself in a unit of its kind ("1주" as "7일")."""
    value = _number(figure.value)
    if value is None:
        return False
    wanted = _in_base(value, figure.unit)
    return any(
        _in_base(_number(f.group(1)) or -1.0, f.group(2)) == wanted
        for f in _ANY_FIGURE.finditer(sentence)
    )


# --- A word stated through a general word of its kind ----------------------------------------

# Someone other than the asker, as rules name them: "someone collecting records for you",
# "대리인", "다른 사람", "본인 외", "가족이 대신".
_OTHER_PERSON = re.compile(
    r"\b(?:some(?:one|body)|any(?:one|body)|another\s+person|other\s+(?:person|people)"
    r"|(?:a\s+)?representative|proxy|on\s+(?:your|the\s+patient's)\s+behalf|family\s+members?)\b"
    r"|대리인|대리\s*수령|다른\s*사람|타인|본인\s*외|본인이\s*아닌|가족",
    re.IGNORECASE,
)
# Who may act for the asker besides a relative (tools.rag.asked_relatives reads those),
# and the words saying that someone acts instead of the asker.
_PERSON_WORDS = frozenset({"friend", "친구", "지인"})
# Acting instead of the asker ("아들이 대신 가면"): a person's act only beside a person
# ("카드 대신 현금으로" is another means, no one else).
_ON_BEHALF = frozenset({"대신", "대리", "behalf", "instead"})
# Going for and fetching the thing ("my daughter goes to get them instead of me"): the act
# the person does for the asker, stated with them by "someone collecting … for you"
# (doccond58, set 48).
_FETCH_WORDS = frozenset(
    {"go", "goe", "goes", "get", "gets", "pick", "picks", "collect", "collects", "come",
     "comes", "take", "takes", "fetch", "grab", "가", "받", "찾", "오"}
)  # fmt: skip
_ON_BEHALF_SAID = re.compile(
    r"\binstead\b|\bfor\s+me\b|\bon\s+my\s+behalf\b|대신|대리", re.IGNORECASE
)
# Driving one's own vehicle: the verb, and the vehicles it is stated by (a personal car,
# not a taxi or a bus, which are other means a policy prices apart).
_DRIVE_WORDS = frozenset({"drive", "driv", "운전", "끌"})
_OWN_VEHICLE = frozenset({"car", "vehicle", "차", "자차", "자가용", "차량", "자동차"})
_VEHICLE_SENTENCE = re.compile(
    r"\b(?:cars?|vehicles?|mileage|automobiles?)\b|자가용|차량|자동차|자차|마일리지|주행",
    re.IGNORECASE,
)
# A size word of a note or a sum ("a big note", "큰 돈"), stated by a sentence's
# comparison above a figure ("bills larger than 50,000 won", "5만원 초과 지폐").
_SIZE_WORDS = frozenset({"big", "large", "larg", "huge", "high", "큰", "크", "고액"})
_ABOVE = re.compile(
    r"\b(?:larger|bigger|greater|higher|more|over|above)\b[^.]*\d|\d[^.]*(?:초과|이상|넘)",
    re.IGNORECASE,
)
_MONEY_CONTEXT = re.compile(r"\b(?:cash|pay\w*|change|won)\b|현금|지폐|잔돈|거스름", re.IGNORECASE)
_NOTE_WORDS = frozenset({"note", "notes", "banknote", "banknotes", "지폐"})
_BILL_SENTENCE = re.compile(r"\b(?:bills?|banknotes?|notes?)\b|지폐|권(?![가-힣])", re.IGNORECASE)


# Everyday predicates for what a policy names with a noun ("아프면" is the sick leave "병가"
# a rule states): the English word the term bridge translates. Screen-only, not in the
# bridge's vocabulary: retrieval of "머리 아프면 무슨 약" must not reach for sick leave.
_PLAIN_PREDICATES = {"아프": "sick", "아파": "sick", "다치": "injury"}


def _states_predicate(word: str, sentence: str) -> bool:
    english = _PLAIN_PREDICATES.get(word)
    if english is None:
        return False
    forms = {english, *equivalents(english)}
    lowered = sentence.lower()
    return any(
        (f in sentence and len(f) >= 2)
        if not f.isascii()
        else re.search(rf"\b{re.escape(f)}\b", lowered) is not None
        for f in forms
    )


# Doing something along with something else, said with either adverb ("감기약이랑 같이 먹으면"
# by "여러 감기약 … 함께 먹지 않도록"). Adverbs are no index tokens, so the documents' term
# bridge (vocabulary.tsv) cannot hold them; the screen reads Kiwi's forms (docko57).
_TOGETHER = frozenset({"같이", "함께", "together"})
_TOGETHER_SENTENCE = re.compile(r"같이|함께|\btogether\b", re.IGNORECASE)


def covered_word(word: str, sentence: str, condition: str) -> bool:
    """Whether ``sentence`` states the condition's ``word`` through a general word of its kind.

    Args:
        word: A word the condition hangs on ("son", "drive", "big", "note").
        sentence: One quoted sentence.
        condition: The follow-up (the context a word is read in: a note in a cash question).
    """
    lowered = word.lower()
    if _states_predicate(lowered, sentence):
        return True
    if lowered in _TOGETHER and _TOGETHER_SENTENCE.search(sentence):
        return True
    if city_under_elsewhere(word, sentence):
        return True  # "광주 출장이면요?" by "… in Seoul and 90,000 won … elsewhere" (doccond58)
    if purpose_of_trip_elsewhere(word, sentence, condition):
        return True  # "conference" of "what if the conference is in daegu" (docthread59)
    if _names_person(word) and names_relative_kind_asked(condition, sentence):
        return True  # "외할아버지 상이면요?" by "조부모상은 3일": its kind (doccond58)
    acting = lowered in _ON_BEHALF | _FETCH_WORDS and _names_person(condition)
    if acting and _ON_BEHALF_SAID.search(condition):
        return _OTHER_PERSON.search(sentence) is not None
    if _names_person(word) or (lowered in _ON_BEHALF and _names_person(condition)):
        return _OTHER_PERSON.search(sentence) is not None
    if lowered in _DRIVE_WORDS | _OWN_VEHICLE and _VEHICLE_SENTENCE.search(sentence):
        return True
    money = _MONEY_CONTEXT.search(condition) is not None
    if lowered in _SIZE_WORDS and money and _ABOVE.search(sentence):
        return True
    named_note = money and (banknote_links(condition) or _sized_note(condition))
    return bool(lowered in _NOTE_WORDS and named_note and _BILL_SENTENCE.search(sentence))


def _names_person(text: str) -> bool:
    """Whether ``text`` names a relative or a friend (someone who may act for the asker)."""
    lowered = text.lower()
    return names_relative(text) or any(
        re.search(rf"\b{w}s?\b", lowered) if w.isascii() else w in text for w in _PERSON_WORDS
    )


def _sized_note(condition: str) -> bool:
    words = re.findall(r"[a-z]+", condition.lower())
    return any(a in _SIZE_WORDS and b in _NOTE_WORDS for a, b in pairwise(words))


# --- A continuation asking a maximum -----------------------------------------------------------

# Going on as one is ("계속 다니면", "if i keep working"): its end is the cap a rule states.
_CONTINUE = re.compile(
    r"계속|쭉|꾸준히|\b(?:keep|keeps|continue|continues|stay\s+on|carry\s+on|longer)\b",
    re.IGNORECASE,
)
_ASKS_MAX = re.compile(
    r"최대|최고|한도|몇\s*\S*\s*까지|\b(?:max(?:imum)?|most|limit|cap|up\s+to)\b", re.IGNORECASE
)
_STATES_CAP = re.compile(
    r"최대\s*\d|최고\s*\d|한도|\d[\d,]*\s*\S{0,3}까지"
    r"|\b(?:up\s+to|a\s+maximum\s+of|maximum\s+of|at\s+most|no\s+more\s+than|capped\s+at)\s+\d",
    re.IGNORECASE,
)


def asks_cap_on_continuation(condition: str, sentence: str) -> bool:
    """Whether a continuation asking its maximum ("계속 다니면 최대 몇 개까지?") meets a cap."""
    return bool(
        _CONTINUE.search(condition) and _ASKS_MAX.search(condition) and _STATES_CAP.search(sentence)
    )
