"""Follow-up rules set 44 added, each a whole-turn form with the change it makes.

- "그 다음해는?", "이듬해는?", "and the year after?", "what about the following year" after a
  question about one dated year ("2031년 어린이날 무슨요일이야"): the same question for that
  year plus one (set 44's first run answered "그 다음해는?" with the leave policy's sentence
  "쓰지 못한 연차는 다음 해로 …", a document quote for a date question); "그 전해는?", "the
  year before?" likewise minus one. The year is the previous turn's one year: a turn with
  none or with two different years is not read ("내년", "작년" count from today, not from the
  year asked, and are left alone).
- "10키로는?", "104는?", "풀코스 42.195는?", "and 2 kilos?" after a unit conversion ("5km 달리기면
  몇 마일이야", "화씨 100도면 섭씨로 몇도야", "how many ounces is 500 grams"): the new quantity
  in the unit asked before (set 44's first run sent these to the cloud stand-in; only the
  same unit word with its figure, "42.195키로는?", was read). A bare figure keeps the
  conversion's own unit; a figure with a unit word must name a unit of the same kind
  (kilos after grams: mass), or the turn is not read.
- "and 400?" after a currency conversion at a rate the user stated ("how much is 250 pounds
  in dollars if 1 pound is 1.27 dollars"): that amount at the same rate (set 44's first
  run sent it to the cloud stand-in). The amount converted is replaced where the question
  wrote it, once; the rate must read the same after; a figure nearer the rate than the
  amount by ratio ("what about 1.31" after "at 1.27") is a new rate, left to its rule.
- "2028년이면?" after a date question naming one year ("2029년 1월 1일부터 3월 1일까지
  며칠"): the same question with that year replaced everywhere it is written.

Rules that rewrite the turn hand it back to :func:`tools.followups.resolve_follow_up`,
imported when called: that module imports this one through the list of changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tools.units import merge_feet_and_inches, merge_hours_and_minutes

__all__ = [
    "CHANGES_44",
    "new_amount_at_same_rate",
    "new_quantity_converted",
    "other_year_of_dates",
    "year_after_or_before",
]

Resolved = tuple[list[str], str] | None

_TAIL_KO = r"(?:는|은|엔|에는|이면|이라면|라면|면)?\s*(?:요|용)?\s*[?？.]*\s*$"
_LEAD_KO = r"^\s*(?:그럼|그러면|그럼\s*그|그)?\s*"
_NEXT_KO = re.compile(rf"{_LEAD_KO}(?:그\s*)?(?:다음\s*해|이듬\s*해|다음\s*년도?){_TAIL_KO}")
_BEFORE_KO = re.compile(rf"{_LEAD_KO}(?:그\s*)?(?:전\s*해|전\s*년도?|앞\s*해){_TAIL_KO}")
_LEAD_EN = r"^\s*(?:and|so|ok|okay|then)?\s*,?\s*(?:what\s+about|how\s+about|and)?\s*"
_NEXT_EN = re.compile(
    rf"{_LEAD_EN}(?:(?:the\s+)?(?:next|following)\s+year|the\s+year\s+after(?:\s+that)?)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_BEFORE_EN = re.compile(
    rf"{_LEAD_EN}(?:(?:the\s+)?previous\s+year|the\s+year\s+before(?:\s+that)?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A year written out: "2031년", "christmas 2030" (not a figure inside a larger one).
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def _resolve(text: str, previous_steps: Sequence[str]) -> Resolved:
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, previous_steps)


def year_after_or_before(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "그 다음해는?" after "2031년 어린이날 무슨요일이야": the question asked of 2032.

    The turn becomes the year named ("2032년은?", "and 2032?"), which the date follow-ups
    read as the same question of another year.
    """
    korean = re.search("[가-힣]", text) is not None
    if _NEXT_KO.match(text) or _NEXT_EN.match(text):
        step = 1
    elif _BEFORE_KO.match(text) or _BEFORE_EN.match(text):
        step = -1
    else:
        return None
    years = {int(y) for s in previous_steps for y in _YEAR.findall(s)}
    if len(years) != 1:
        return None
    year = years.pop() + step
    return _resolve(f"{year}년은?" if korean else f"and {year}?", previous_steps)


# A turn that is one quantity: "10키로는?", "104는?", "풀코스 42.195는?", "and 2 kilos?".
_QUANTITY_TURN = re.compile(
    r"^\s*(?:(?:and|so|then|what\s+about|how\s+about|그럼|그러면)\s+)?(?:[가-힣]{2,6}\s+)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
    # (a particle alone is no unit: "104는?")
    r"(?P<unit>(?!(?:은|는|이면|면|이라면|라면)?\s*(?:요)?\s*[?？.]*\s*$)[A-Za-z가-힣°]+?)?\s*"
    r"(?:은|는|이면|면|이라면|라면)?\s*(?:요)?\s*[?？.]*\s*$",
    re.IGNORECASE,
)
# "and my brother is 6'2", "what about my wife, she's 5 foot 4": the same measure of
# someone or something else. Read only with a unit said or a feet-and-inches height: a
# bare "and my brother is 6" could as well be his age.
_SOMEONE_ELSE = re.compile(
    r"^\s*(?:and|so|what\s+about|how\s+about)\s+(?:my|his|her|their|our|your|the)\s+"
    r"(?:[a-z]+\s+){0,2}?[a-z]+(?:\s+is|\s+was|'s|,\s*(?:he|she|it|they)(?:'s|\s+is|\s+are))\s+"
    r"(?=\d)",
    re.IGNORECASE,
)


def _of_someone_else(text: str) -> str:
    """ "and my brother is 6'2" -> "and 74 inches": the quantity, its owner dropped."""
    merged = merge_feet_and_inches(text)
    owner = _SOMEONE_ELSE.match(merged)
    if owner is None:
        return merged
    quantity = merged[owner.end() :]
    return f"and {quantity}" if re.match(r"\d[\d,.]*\s*[A-Za-z가-힣°]", quantity) else text


# The unit handler's trace line: "5 km -> mi (length)".
_CONVERTED = re.compile(r"^(?P<n>\S+) (?P<source>.+?) -> (?P<target>.+?) \((?P<kind>[^)]+)\)$")


def _read(step: str) -> tuple[str, str] | None:
    """``(handler, detail)`` of the deterministic reading of ``step``, or ``None``."""
    from tools.handlers import match_deterministic

    found = match_deterministic(step)
    return None if found is None else (found.handler, found.detail)


def new_quantity_converted(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "10키로는?" after "5km 달리기면 몇 마일이야": 10 km in miles.

    Read only after one step the unit handler converted; a unit word said must convert
    to the same target as a unit of the same kind.
    """
    # "3시간20분은" after "2.5시간은 몇분이야": the span said in hours and minutes is one
    # figure of minutes (opens56k); its minutes in minutes are the answer asked.
    spanned = merge_hours_and_minutes(text)
    turn = _QUANTITY_TURN.match(_of_someone_else(spanned))
    if turn is None or len(previous_steps) != 1:
        return None
    before = _read(previous_steps[0])
    converted = _CONVERTED.match(before[1]) if before and before[0] == "units" else None
    if converted is None:
        return None
    figure = turn["n"].replace(",", "")
    unit = turn["unit"]
    if unit and re.search(rf"{re.escape(converted['n'])}\s*{re.escape(unit)}", previous_steps[0]):
        # The unit word the question wrote ("100도면" then "104도는?"): the conversion's own
        # source unit, never that word read afresh (도 alone reads as °C).
        unit = None
    step = f"{figure} {unit or converted['source']} in {converted['target']}"
    after = _read(step)
    now = _CONVERTED.match(after[1]) if after and after[0] == "units" else None
    if now is None or (now["kind"], now["target"]) != (converted["kind"], converted["target"]):
        return None
    if now["source"] == now["target"] and spanned == text:
        return None  # a unit converted into itself answers nothing
    return [
        step
    ], f"{converted['n']} {converted['source']} → {figure} {unit or converted['source']}"


# The currency handler's trace line: "250 GBP × 1.27 USD/GBP = 317.5 USD".
_CURRENCY = re.compile(r"^(?P<n>\d+(?:\.\d+)?) (?P<source>[A-Z]{3}) × (?P<rate>\S+ \S+) = ")
_FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d,]|\.\d)")


def _nearer_in_scale(figure: float, rate: float, amount: float) -> bool:
    """Whether ``figure`` is nearer the rate than the amount, by ratio (1.31: 1.27, not 800)."""
    if min(figure, rate, amount) <= 0:
        return True
    return abs(math.log(figure / rate)) <= abs(math.log(figure / amount))


def new_amount_at_same_rate(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "and 400?" after "250 pounds in dollars if 1 pound is 1.27 dollars": 400 pounds.

    Read only for a bare figure after one step the currency handler converted, whose
    amount is written once in it; the new step must convert at the same rate.
    """
    turn = _QUANTITY_TURN.match(text)
    if turn is None or turn["unit"] or len(previous_steps) != 1:
        return None
    before = _read(previous_steps[0])
    converted = _CURRENCY.match(before[1]) if before and before[0] == "currency" else None
    if converted is None:
        return None
    amount = converted["n"]
    spots = [m for m in _FIGURE.finditer(previous_steps[0]) if m[0].replace(",", "") == amount]
    if len(spots) != 1:
        return None
    figure = turn["n"].replace(",", "")
    rate = float(converted["rate"].split()[0])
    if _nearer_in_scale(float(figure), rate, float(amount)):
        return None  # "what about 1.31" after "800 pounds … at 1.27": a new rate, not pounds
    step = previous_steps[0][: spots[0].start()] + figure + previous_steps[0][spots[0].end() :]
    after = _read(step)
    now = _CURRENCY.match(after[1]) if after and after[0] == "currency" else None
    if now is None or (now["source"], now["rate"]) != (converted["source"], converted["rate"]):
        return None
    return [step], f"{amount} → {figure} {converted['source']}"


# "2028년이면?", "2028년은요?", "and in 2028?", "what about 2028".
_YEAR_TURN = re.compile(
    r"^\s*(?:(?:and|so|then|what\s+about|how\s+about|그럼|그러면)\s+)?(?:in\s+)?"
    r"(?P<y>(?:19|20)\d\d)\s*(?:년도?)?\s*(?:은|는|이면|이라면|면|엔|에는)?\s*(?:요)?\s*[?？.]*\s*$",
    re.IGNORECASE,
)


def other_year_of_dates(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "2028년이면?" after "2029년 1월 1일부터 3월 1일까지 며칠": asked of 2028.

    Read only after one step the dates handler read, which names one year (written once
    or more); the year is replaced wherever it is written.
    """
    turn = _YEAR_TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    years = set(_YEAR.findall(previous_steps[0]))
    before = _read(previous_steps[0])
    if len(years) != 1 or before is None or before[0] != "dates":
        return None
    year = years.pop()
    step = _YEAR.sub(turn["y"], previous_steps[0])
    after = _read(step)
    if after is None or after[0] != "dates":
        return None
    return [step], f"{year} → {turn['y']}"


CHANGES_44 = (
    year_after_or_before,
    new_quantity_converted,
    new_amount_at_same_rate,
    other_year_of_dates,
)
