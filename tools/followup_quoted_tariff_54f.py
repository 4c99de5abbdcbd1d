"""A follow-up that prices a stay at a tariff an earlier answer quoted: "2시간 세워두면 얼마?".

"주차 1시간 넘으면 요금 어떻게 돼요?" is answered from a document ("1시간이 지나면 10분마다
500원의 요금이 붙습니다"); "그럼 2시간 세워두면 얼마 내요?" asks that tariff for two hours.
A document question has no deterministic steps to re-run, so the turn fell to the cloud
stand-in (sets 42 and 43). The tariff is in the earlier answer itself and the stay is the
turn's one duration: the charge is arithmetic, so code gives it and quotes the tariff it
used.

Read only when unambiguous, else left to the rest of the follow-up code:

- one of the last earlier answers states exactly one tariff of the form "after N (hours|
  minutes), X won every M minutes" ("1시간이 지나면 10분마다 500원", "after the first hour,
  500 won for every 10 minutes"); the time before it is free or charged by another rule
  the tariff does not give, so only the time past it is priced;
- the turn states one duration ("2시간", "1시간 반", "90분", "an hour and a half") and asks
  how much, stating no money of its own;
- the stay passes the threshold (the time within it is free or charged by a rule the
  tariff does not state), by a whole number of the tariff's steps: "10분마다" says
  nothing of how a part of ten minutes is charged, and code does not guess it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.currency import format_krw
from tools.handlers import HandlerResult

__all__ = ["QuotedTariffFollowUp", "charge_at_quoted_tariff"]

_NUM = r"\d+(?:\.\d+)?"
_HOUR_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_HOUR_WORDS = "|".join(_HOUR_NUMBERS)
_UNIT_KO = r"시간|분"
_UNIT_EN = r"hours?|minutes?|mins?"
# "1시간이 지나면 10분마다 500원", "30분 초과 시 10분당 1,000원".
_TARIFF_KO = LazyPattern(
    rf"(?P<free>{_NUM})\s*(?P<fu>{_UNIT_KO})\s*(?:이|을|를)?\s*"
    rf"(?:지나면|넘으면|넘기면|초과\s*시|초과하면|이후(?:에는|부터)?)\s*,?\s*"
    rf"(?P<step>{_NUM})?\s*(?P<su>{_UNIT_KO})\s*(?:마다|당)\s*(?P<amount>\d[\d,]*)\s*원"
)
# "after the first hour, 500 won for every 10 minutes", "after 2 hours it is 1,000 won per 30 min".
_TARIFF_EN = LazyPattern(
    rf"\b(?:after|beyond|over)\s+(?:the\s+first\s+)?(?P<free>{_NUM}|an?|one)?\s*(?P<fu>{_UNIT_EN})"
    rf"\s*,?\s*(?:it\s+is\s+|it's\s+|you\s+pay\s+|parking\s+costs\s+)?(?P<amount>\d[\d,]*)\s*"
    rf"(?:won|krw|원)\s+(?:for\s+)?(?:every|each|per|a)\s+(?P<step>{_NUM})?\s*(?P<su>{_UNIT_EN})\b",
    re.IGNORECASE,
)
# The stay: "2시간", "1시간 반", "1시간 30분", "90분", "2 hours", "1.5 hours", "an hour and a half".
_STAY_KO = LazyPattern(
    rf"(?:(?P<h>{_NUM})\s*시간(?:\s*(?P<half>반)|\s*(?P<hm>\d+)\s*분)?|(?P<m>\d+)\s*분)"
)
# Also "2 and a half hours", "two hours", "half an hour" (doccond58, set 47).
_STAY_EN = LazyPattern(
    rf"\b(?:(?P<h>{_NUM}|an?|{_HOUR_WORDS})(?:\s+and\s+(?P<half_before>a\s+half))?\s*hours?"
    rf"(?:\s+and\s+(?P<half>a\s+half)|\s+(?:and\s+)?(?P<hm>\d+)\s*min(?:ute)?s?)?"
    rf"|(?P<m>\d+)\s*(?:(?:more|extra)\s+)?min(?:ute)?s?|(?P<half_hour>half\s+an\s+hour|a\s+half[-\s]hour))\b",
    re.IGNORECASE,
)
_ASKS_HOW_MUCH = LazyPattern(
    r"얼마|how\s+much|what\s+(?:would|will)\s+it\s+cost"
    r"|\b(?:what|how\s+much)\s+(?:do|would|will)\s+i\s+(?:owe|pay)\b|\bwhat(?:'s|\s+is)\s+the\s+(?:fee|charge)\b",
    re.IGNORECASE,
)
# The stay is time past the free part, not from arrival: "30분 더 있으면", "30 more minutes",
# "an extra hour" (doccond58, set 49), read only right after the answer quoting the tariff.
_PAST_THE_FREE = LazyPattern(
    r"(?<![가-힣])더(?=\s*[가-힣])|추가로|\bmore\s+(?:minutes?|hours?)\b|\blonger\b"
    r"|\b(?:extra|another|additional)\b",
    re.IGNORECASE,
)
# "5,000원", "5천원", "3만 원", "$5": the turn's own money.
_STATES_MONEY = LazyPattern(
    r"\d\s*(?:[십백천만억]\s*)*(?:원|won\b|krw\b)|[$₩€£]\s*\d", re.IGNORECASE
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# Where the tariff was read, as the answer says it (Korean, English).
_EARLIER = ("앞의 답에 인용된", "the earlier answer quoted")
# How many earlier answers are looked back over for the tariff.
_LOOK_BACK = 2


@dataclass(frozen=True)
class QuotedTariffFollowUp:
    """The charge for the turn's stay at an earlier answer's tariff, as a handler result."""

    result: HandlerResult
    how: str


@dataclass(frozen=True)
class _Tariff:
    free_minutes: Decimal
    step_minutes: Decimal
    amount: Decimal
    quoted: str


def _number(word: str | None, default: str = "1") -> Decimal:
    if not word or word.lower() in ("a", "an", "one"):
        return Decimal(default)
    if word.lower() in _HOUR_NUMBERS:
        return Decimal(_HOUR_NUMBERS[word.lower()])
    return Decimal(word.replace(",", ""))


def _minutes(count: Decimal, unit: str) -> Decimal:
    return count * 60 if unit.startswith(("시간", "hour")) else count


def _tariffs(answer: str) -> list[_Tariff]:
    found = []
    for m in [*_TARIFF_KO.finditer(answer), *_TARIFF_EN.finditer(answer)]:
        found.append(
            _Tariff(
                free_minutes=_minutes(_number(m["free"]), m["fu"].lower()),
                step_minutes=_minutes(_number(m["step"]), m["su"].lower()),
                amount=_number(m["amount"]),
                quoted=m.group(0),
            )
        )
    return found


def _stay_minutes(text: str) -> Decimal | None:
    """The turn's one duration in minutes, or ``None`` (none, or more than one)."""
    stays = [*_STAY_KO.finditer(text), *_STAY_EN.finditer(text)]
    if len(stays) != 1:
        return None
    m = stays[0]
    if m["m"]:
        return Decimal(m["m"])
    if m.groupdict().get("half_hour"):
        return Decimal(30)
    minutes = _number(m["h"]) * 60
    if m["half"] or m.groupdict().get("half_before"):
        minutes += 30
    elif m["hm"]:
        minutes += Decimal(m["hm"])
    return minutes


def charge_at_quoted_tariff(
    text: str, earlier_answers: Sequence[str], *, quoted_in: tuple[str, str] = _EARLIER
) -> QuotedTariffFollowUp | None:
    """``그럼 2시간 세워두면 얼마 내요?`` after "1시간이 지나면 10분마다 500원": 3,000원.

    Args:
        text: This turn.
        earlier_answers: The conversation's earlier answers, oldest first.
        quoted_in: Where the tariff was read, as the answer says it (Korean, English): the
            earlier answer, or a section an answer cited (graphs.cited_rate_59d).

    Returns:
        The charge and a line for the trace, or ``None`` (see the module's note for when).
    """
    if _ASKS_HOW_MUCH.search(text) is None or _STATES_MONEY.search(text):
        return None
    stay = _stay_minutes(text)
    if stay is None or len(_FIGURE.findall(text)) > 2:
        return None
    past_the_free = _PAST_THE_FREE.search(text) is not None
    for answer in list(earlier_answers)[::-1][:_LOOK_BACK]:
        tariffs = _tariffs(answer)
        if past_the_free and (not tariffs or "×" in answer):
            # "30분 더" after a worked charge is more than that stay, not past the free time.
            return None
        if not tariffs:
            continue
        if len({(t.free_minutes, t.step_minutes, t.amount) for t in tariffs}) != 1:
            return None  # two tariffs quoted: which one applies is unknown
        if past_the_free:
            stay += tariffs[0].free_minutes
        return _charged(text, stay, tariffs[0], quoted_in)
    return None


def _charged(
    text: str, stay: Decimal, tariff: _Tariff, quoted_in: tuple[str, str] = _EARLIER
) -> QuotedTariffFollowUp | None:
    over = stay - tariff.free_minutes
    if over <= 0:
        return None  # within the threshold: whether that time is free, the tariff does not say
    if tariff.step_minutes <= 0 or over % tariff.step_minutes:
        return None  # a part of a step: how it is charged is not stated
    steps = over / tariff.step_minutes
    total = steps * tariff.amount
    korean = re.search("[가-힣]", text) is not None
    quoted = tariff.quoted
    if korean:
        line = (
            f"{format_krw(total)}입니다. {quoted_in[0]} 요금('{quoted}')으로 계산했습니다: "
            f"처음 {int(tariff.free_minutes)}분 이후 {int(over)}분 = {int(tariff.step_minutes)}분 "
            f"× {int(steps)}, {format_krw(tariff.amount)} × {int(steps)}."
        )
    else:
        won = format_krw(total).removesuffix("원") + " won"
        line = (
            f"{won}, at the tariff {quoted_in[1]} ('{quoted}'): "
            f"{int(over)} minutes past the first {int(tariff.free_minutes)} = "
            f"{int(steps)} × {int(tariff.step_minutes)} minutes."
        )
    how = f"tariff quoted in an earlier answer ({quoted}) for a stay of {int(stay)} minutes"
    result = HandlerResult(
        handler="calculator", answer=line, value=float(total), detail=how, unit="원"
    )
    return QuotedTariffFollowUp(result, how)
