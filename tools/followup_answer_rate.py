"""A follow-up that counts units of a rate an earlier answer stated: "and for a 4-day trip?".

"what's the meal allowance per day" is answered from a document ("… up to 30,000 won per
day for meals"); "and for a 4-day trip?" asks that rate times 4. The follow-up code
(:mod:`tools.followups`) re-runs the user's earlier questions, and a document question
has no deterministic steps to re-run, so the turn fell to a model: the seventeenth unseen
set's local model restated the sentence "… 30,000 won per day for meals for 4 days", with
no total. The rate is in the answer text itself; the count is the turn's one figure in
the same unit. The product is arithmetic, so code gives it and says where the rate came
from.

Read only when unambiguous: the turn holds one figure, with a unit an answer's rate is
per; the nearest earlier answer stating a rate per that unit states one amount (the
hotel limits "120,000 won per night in Seoul and 90,000 won per night elsewhere" leave
the rate open, unless the question that got them picked one, "outside seoul": see
:mod:`tools.followup_rate_qualifier`); the turn states no amount of money of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_spoken_amounts_en import spoken_counts_as_digits
from tools.currency import format_krw
from tools.followup_rate_qualifier import asked_rate
from tools.handlers import HandlerResult

__all__ = ["AnswerRateFollowUp", "count_of_answer_rate", "own_part_over_answer_cap"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# Unit words, each to the unit it names.
_UNITS = {
    "day": r"days?|일|하루",
    "night": r"nights?|박",
    "km": r"km|kilomet(?:er|re)s?|킬로미터|킬로|키로",
    "hour": r"hours?|시간",
    "month": r"months?|개월|달",
}
_ANY_UNIT = "|".join(f"(?P<{name}>{words})" for name, words in _UNITS.items())
# "30,000 won per day", "300 won a kilometre", "120,000 won each night".
_RATE_EN = LazyPattern(
    rf"(?P<amount>{_FIGURE})\s*(?:won|krw|원)\s+(?:per|a|an|each|for\s+each)\s+(?:{_ANY_UNIT})\b",
    re.IGNORECASE,
)
# "하루 30,000원", "1박에 120,000원", "km당 300원", "1일 최대 30,000원".
_RATE_KO = LazyPattern(
    rf"(?<![\d가-힣])(?:1\s*)?(?:{_ANY_UNIT})\s*(?:당|에|마다)?\s*(?:최대\s*)?"
    rf"(?P<amount>{_FIGURE})\s*원"
)
# The turn's count: "for a 4-day trip", "3 nights", "420 km", "4일이면", "3박".
_COUNT = LazyPattern(rf"(?P<count>{_FIGURE})\s*-?\s*(?:{_ANY_UNIT})(?![A-Za-z])", re.IGNORECASE)
_ANY_FIGURE = re.compile(_FIGURE)
# The turn asks for a total, or is an elliptical follow-up ("and for …?", "4일이면?"), not a
# question of its own that happens to name a day ("7일에 가도 돼요?").
_ASKS_TOTAL = LazyPattern(
    r"how\s+much|얼마|\btotal\b|comes?\s+to|총|합계"
    r"|^\s*(?:and|so|then|what\s+about|how\s+about|what\s+if|그럼|그러면)(?![A-Za-z가-힣])"
    r"|(?:이면|라면|는요|은요)\s*[?？]?\s*$"
    # "so what do i get", "what would i be paid" (docthread59, set 50).
    r"|\bwhat\s+(?:do|would|will|should|can|could)\s+i\s+(?:get|receive|be\s+paid|claim)\b",
    re.IGNORECASE,
)
# A distance in Sino-Korean words ("오십키로", "백이십 km"): its figure in digits (docthread59).
_KOREAN_DISTANCE = LazyPattern(
    r"(?<![가-힣\d])([일이삼사오육칠팔구십백천]{1,6})(\s*(?:키로|킬로미터|킬로|km)(?![A-Za-z]))"
)
_SINO_DIGIT = dict(zip("일이삼사오육칠팔구", range(1, 10), strict=True))
_SINO_UNIT = {"십": 10, "백": 100, "천": 1000}


def _distance_in_digits(found: re.Match[str]) -> str:
    """ "오십키로" as "50키로"; words that are no well-formed number stay as written."""
    total, digit, last_unit = 0, 0, 10_000
    for ch in found[1]:
        if ch in _SINO_DIGIT:
            if digit:
                return found[0]  # two digits in a row ("오육"): no number
            digit = _SINO_DIGIT[ch]
        else:
            unit = _SINO_UNIT[ch]
            if unit >= last_unit:
                return found[0]  # "십백": no number
            total, digit, last_unit = total + (digit or 1) * unit, 0, unit
    return f"{total + digit}{found[2]}"


# A distance said for one way of a trip there and back ("85 km each way", "편도 50km"): the
# rate is paid on both legs (docthread59: "eighty five km each way and back the same day"
# was 51,000 won, and the one leg's 25,500 would be wrong). Only a distance is read so.
_EACH_WAY = LazyPattern(r"\beach\s+way\b|\bone\s+way\b.*\b(?:back|return)\b|편도.*왕복", re.I)
# A question for a time, a place or a way is no count of the rate.
_ASKS_OTHER = LazyPattern(
    r"\b(?:when|where|what\s+time|which|who|can|may)\b|언제|어디|며칠|무슨|가도|되나요|돼요",
    re.IGNORECASE,
)
_STATES_MONEY = LazyPattern(r"\d\s*(?:원|won\b|krw\b|만\s*원)|[$₩€£]\s*\d", re.IGNORECASE)
# How many earlier answers are looked back over for the rate.
_LOOK_BACK = 3
_UNIT_WORDS = {"day": ("days", "일"), "night": ("nights", "박"), "km": ("km", "km")}


@dataclass(frozen=True)
class AnswerRateFollowUp:
    """The product of an earlier answer's rate and the turn's count, as a handler result."""

    result: HandlerResult
    how: str


def _won(amount: Decimal) -> str:
    """``120,000 won``: the calculator's figure, in English words."""
    return format_krw(amount).removesuffix("원") + " won"


def _unit_of(match: re.Match[str]) -> str:
    return next(name for name in _UNITS if match.group(name))


def _rates(answer: str, unit: str) -> list[tuple[Decimal, tuple[int, int]]]:
    """Each distinct rate per ``unit`` the answer states, with its first span."""
    found = [*_RATE_EN.finditer(answer), *_RATE_KO.finditer(answer)]
    rates: dict[Decimal, tuple[int, int]] = {}
    for m in found:
        if _unit_of(m) == unit:
            rates.setdefault(Decimal(m["amount"].replace(",", "")), m.span())
    return list(rates.items())


def _questions_before(messages: Sequence[object], answers: int) -> list[str | None]:
    """The user's message each model answer replied to, one per answer (``None``: unknown).

    Read from the conversation's messages (objects with ``type`` and ``content``, as
    LangChain's); paired with the answers only when they count the same.
    """
    asked: list[str | None] = []
    last: str | None = None
    for message in messages:
        kind, content = getattr(message, "type", None), getattr(message, "content", None)
        if kind == "human" and isinstance(content, str):
            last = content
        elif kind == "ai":
            asked.append(last)
    return asked if len(asked) == answers else [None] * answers


def count_of_answer_rate(
    text: str, earlier_answers: Sequence[str], messages: Sequence[object] = ()
) -> AnswerRateFollowUp | None:
    """``and for a 4-day trip?`` after an answer stating "30,000 won per day": 120,000 won.

    Args:
        text: This turn.
        earlier_answers: The conversation's earlier answers, oldest first.
        messages: The conversation's messages (this turn last), to read which of an
            answer's two rates its question picked (:mod:`tools.followup_rate_qualifier`).

    Returns:
        The calculator's product and a line for the trace, or ``None`` (see the module's
        note for when).
    """
    text = spoken_counts_as_digits(text)  # "i drove two hundred km" (doccond58)
    text = _KOREAN_DISTANCE.sub(_distance_in_digits, text)  # "오십키로" (docthread59)
    if _STATES_MONEY.search(text) or len(_ANY_FIGURE.findall(text)) != 1:
        return None
    if _ASKS_TOTAL.search(text) is None or _ASKS_OTHER.search(text) is not None:
        return None
    counted = _COUNT.search(text)
    if counted is None:
        return None
    unit = _unit_of(counted)
    questions = _questions_before(messages, len(earlier_answers))
    for answer, question in list(zip(earlier_answers, questions, strict=True))[::-1][:_LOOK_BACK]:
        rates = _rates(answer, unit)
        if not rates:
            continue
        # Two rates per the same unit: only the one the conversation asked about.
        rate = rates[0][0] if len(rates) == 1 else asked_rate(answer, rates, text, question)
        if rate is None:
            return None
        count = Decimal(counted["count"].replace(",", ""))
        legs = 2 if unit == "km" and _EACH_WAY.search(text) else 1
        total = rate * count * legs
        korean = re.search("[가-힣]", text) is not None
        en_word, ko_word = _UNIT_WORDS.get(unit, (unit + "s", unit))
        per = f"{_won(rate)} per {unit}"
        both = (" × 2 (왕복)", " × 2 (there and back)") if legs == 2 else ("", "")
        answer_line = (
            f"{format_krw(total)} ({format_krw(rate)} × {counted['count']}{ko_word}{both[0]}, "
            "앞의 답에 나온 금액으로 계산)"
            if korean
            else f"{_won(total)} ({per} × {counted['count']} {en_word}{both[1]}, "
            "at the rate an earlier answer gave)"
        )
        result = HandlerResult(
            handler="calculator",
            answer=answer_line,
            value=float(total),
            detail=f"{per} from an earlier answer × {counted['count']}",
            unit="원",
        )
        return AnswerRateFollowUp(result, f"{per} from an earlier answer × {counted['count']}")
    return None


# The part paid oneself over a cap an earlier answer stated (opens55e, set 46): "i stayed 3
# nights at 110,000 a night, how much comes out of my own pocket" after "… up to 90,000
# won per night …" is (110,000 - 90,000) x 3 = 60,000 won. The turn states the count, the
# price per that unit (in won, or with no currency), and asks the part paid oneself.
_PAID_EACH = LazyPattern(
    rf"(?P<count>{_FIGURE})\s*(?:{_ANY_UNIT})\s+(?:at|for|@)\s+(?:₩\s*)?(?P<price>{_FIGURE})\s*"
    r"(?:won\s+|krw\s+|원\s*)?(?:a|per|each|an|/)\s*(?P<per>night|day|km|hour|month)\b",
    re.IGNORECASE,
)
_OWN_PART_ASKED = LazyPattern(
    r"\bhow\s+much\s+(?:comes|is\s+coming|will\s+come|do\s+i\s+(?:pay|cover)|am\s+i\s+paying"
    r"|is\s+on\s+me|do\s+i\s+have\s+to\s+(?:pay|cover))\s*(?:out\s+of\s+(?:my\s+)?(?:own\s+)?pocket"
    r"|myself|out\s+of\s+my\s+own\s+money|over\s+the\s+(?:cap|limit))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_OWN_WORDS = LazyPattern(r"pocket|myself|my\s+own|on\s+me|over\s+the\s+(?:cap|limit)", re.I)


def own_part_over_answer_cap(
    text: str, earlier_answers: Sequence[str], messages: Sequence[object] = ()
) -> AnswerRateFollowUp | None:
    """The part over an earlier answer's cap per unit, times the count said, or ``None``."""
    said = _PAID_EACH.search(text)
    if said is None or _OWN_PART_ASKED.search(text) is None or not _OWN_WORDS.search(text):
        return None
    if len(_ANY_FIGURE.findall(text)) != 2:
        return None
    unit = _unit_of(said)
    if said["per"].lower() != unit:
        return None  # "3 nights at 110,000 a day": the count and the price per unlike units
    questions = _questions_before(messages, len(earlier_answers))
    for answer, question in list(zip(earlier_answers, questions, strict=True))[::-1][:_LOOK_BACK]:
        rates = _rates(answer, unit)
        if not rates:
            continue
        cap = rates[0][0] if len(rates) == 1 else asked_rate(answer, rates, text, question)
        if cap is None:
            return None
        count = Decimal(said["count"].replace(",", ""))
        price = Decimal(said["price"].replace(",", ""))
        own = max(price - cap, Decimal(0)) * count
        en_word = _UNIT_WORDS.get(unit, (unit + "s", unit))[0]
        how = f"({_won(price)} - {_won(cap)} cap per {unit}) × {said['count']} {en_word}"
        result = HandlerResult(
            handler="calculator",
            answer=f"{_won(own)} ({how}, at the cap an earlier answer gave)",
            value=float(own),
            detail=how,
            unit="원",
        )
        return AnswerRateFollowUp(result, how)
    return None
