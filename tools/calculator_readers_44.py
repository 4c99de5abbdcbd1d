"""The early readers set 44 added to the calculator, each reading one whole form.

- A sum said wholly in English number words, "twelve hundred divided by eight": set 44's
  first run left it to the local model, which answered "The answer is 12." (the calculator
  read no figure in it). Both sides are whole numbers said in words (or digits), with one
  operation word between them, and nothing else is said.
- A one-way fare ridden to work and back on so many days a week for so many weeks,
  "버스비 1500원 출퇴근 왕복 주5일 한달 4주면 교통비 얼마": 1500 * 2 * 5 * 4. The first run
  answered 30,000원 (1500 * 5 * 4, one ride a day); the round trip was unread.
- A part as a percent of a whole, "what percent of 360 is 45", "45 is what percent of 360",
  "360의 몇 퍼센트가 45야": 45 / 360 * 100 (left to a model in set 44's first run).
- An hourly rate from pay and hours, "got paid 1,260 for 42 hours … whats my hourly rate":
  1260 / 42 (the first run declined it as a document question).
- The same sentence in any form no reader doubles: a fare said before "왕복" or "출퇴근"
  (never "왕복 3,000원", the round trip's own price) with days of riding, read by any reader
  with no 2 for the way back, is declined (:func:`refuse_commute_fare_read_once`, checked
  on the calculator's reading), never answered as one ride.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.errors import ToolInputError
from core.text import ENGLISH_DIGITS
from tools.calculator_spoken_amounts_en import _TEENS, _TENS

__all__ = [
    "commute_fare_weeks_ko",
    "hourly_rate_from_pay_en",
    "percent_of_whole_asked",
    "readers_44",
    "refuse_commute_fare_read_once",
    "spoken_arithmetic_en",
    "spoken_cardinal",
]

# The number words' one table (the spoken-amounts reader's): one to nine, teens, tens.
_ONES = {k: int(v) for k, v in ENGLISH_DIGITS.items() if k != "zero"}
_SMALL = {**_ONES, **_TEENS, **_TENS}


def _below_hundred(words: list[str]) -> int | None:
    """ "twenty five", "twenty-five" (split before), "fifteen", "seven"; else ``None``."""
    if len(words) == 1 and words[0] in _SMALL:
        return _SMALL[words[0]]
    if len(words) == 2 and words[0] in _TENS and words[1] in _ONES:
        return _TENS[words[0]] + _ONES[words[1]]
    return None


def _below_thousand(words: list[str]) -> int | None:
    """ "three hundred twenty five", "twelve hundred", "a hundred and ten", "forty"."""
    if "hundred" not in words:
        return _below_hundred(words)
    at = words.index("hundred")
    head, rest = words[:at], words[at + 1 :]
    if rest and rest[0] == "and":
        rest = rest[1:]
    if head in (["a"], ["one"]):
        hundreds: int | None = 1
    else:
        # "twelve hundred" is 1,200: a number under a hundred of hundreds.
        hundreds = _below_hundred(head)
    if hundreds is None:
        return None
    tail = _below_hundred(rest) if rest else 0
    return None if tail is None else hundreds * 100 + tail


def spoken_cardinal(said: str) -> int | None:
    """A whole number said in English words ("two thousand five hundred"), or ``None``."""
    words = said.lower().replace("-", " ").split()
    if not words:
        return None
    if "thousand" in words:
        at = words.index("thousand")
        head, rest = words[:at], words[at + 1 :]
        thousands = 1 if head in (["a"], ["one"]) else _below_thousand(head)
        if rest and rest[0] == "and":
            rest = rest[1:]
        tail = _below_thousand(rest) if rest else 0
        if thousands is None or tail is None:
            return None
        return thousands * 1000 + tail
    return _below_thousand(words)


_OPERATIONS = {
    "plus": "+",
    "minus": "-",
    "times": "*",
    "multiplied by": "*",
    "divided by": "/",
    "over": "/",
}
_SPOKEN_SUM = re.compile(
    r"^\s*(?:(?:what(?:'s|\s+is)|whats|how\s+much\s+is|calculate|work\s+out)\s+)?"
    r"(?P<a>[a-z][a-z\s-]*?|\d+)\s+(?P<op>plus|minus|times|multiplied\s+by|divided\s+by|over)\s+"
    r"(?P<b>[a-z][a-z\s-]*?|\d+)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _operand(said: str) -> int | None:
    return int(said) if said.isdigit() else spoken_cardinal(said)


def spoken_arithmetic_en(digits: str) -> str | None:
    """ "twelve hundred divided by eight": ``1200 / 8``; one side at least said in words."""
    m = _SPOKEN_SUM.match(digits)
    if m is None or (m["a"].isdigit() and m["b"].isdigit()):
        return None
    a, b = _operand(m["a"]), _operand(m["b"])
    if a is None or b is None:
        return None
    return f"{a} {_OPERATIONS[' '.join(m['op'].lower().split())]} {b}"


# --- a part as a percent of a whole --------------------------------------------------------
_PCT_N = r"\$?(?P<{name}>\d+(?:\.\d+)?)"
_PERCENT_OF_FORMS = (
    # "what percent of 360 is 45", "what % of 360 is 45"
    re.compile(
        rf"^\s*(?:so\s+)?what\s+(?:percent(?:age)?|%)\s+of\s+{_PCT_N.format(name='whole')}\s+"
        rf"is\s+{_PCT_N.format(name='part')}\s*[?.!]*\s*$",
        re.IGNORECASE,
    ),
    # "45 is what percent of 360"
    re.compile(
        rf"^\s*{_PCT_N.format(name='part')}\s+is\s+what\s+(?:percent(?:age)?|%)\s+of\s+"
        rf"{_PCT_N.format(name='whole')}\s*[?.!]*\s*$",
        re.IGNORECASE,
    ),
    # "360의 몇 퍼센트가 45야", "360의 몇 %가 45"
    re.compile(
        r"^\s*(?P<whole>\d+(?:\.\d+)?)\s*(?:원)?\s*의\s*몇\s*(?:퍼센트|프로|%)\s*(?:가|이)\s*"
        r"(?P<part>\d+(?:\.\d+)?)\s*(?:원)?\s*(?:이야|야|인가요|예요|이에요|임|일까)?\s*[?？.]*\s*$"
    ),
)


def percent_of_whole_asked(digits: str) -> str | None:
    """ "what percent of 360 is 45": ``45 / 360 * 100``."""
    s = digits.replace(",", "")
    for form in _PERCENT_OF_FORMS:
        m = form.match(s)
        if m is not None and float(m["whole"]) != 0:
            return f"{m['part']} / {m['whole']} * 100"
    return None


# --- an hourly rate from pay and hours ------------------------------------------------------
_PAY_FOR_HOURS = re.compile(
    r"\b(?:got\s+paid|was\s+paid|paid\s+me|made|earned|i\s+get|got)\s+\$?(?P<pay>\d+(?:\.\d+)?)"
    r"(?:\s*(?:dollars|bucks))?\s+for\s+(?P<hours>\d+(?:\.\d+)?)\s*(?:hours|hrs|h)\b",
    re.IGNORECASE,
)
_ASKS_HOURLY = re.compile(
    r"\b(?:hourly(?:\s+rate|\s+wage|\s+pay)?|per\s+hour|an\s+hour|by\s+the\s+hour)\b",
    re.IGNORECASE,
)


def hourly_rate_from_pay_en(digits: str) -> str | None:
    """ "got paid 1,260 for 42 hours this week whats my hourly rate": ``1260 / 42``."""
    s = digits.replace(",", "")
    m = _PAY_FOR_HOURS.search(s)
    if m is None or _ASKS_HOURLY.search(s, m.end()) is None or len(_FIGURE.findall(s)) != 2:
        return None
    if float(m["hours"]) == 0:
        return None
    return f"{m['pay']} / {m['hours']}"


# --- a one-way fare ridden there and back, days a week for weeks -----------------------------
_N = r"\d+(?:\.\d+)?"
_FARE = re.compile(
    rf"(?:버스|지하철|전철|기차|교통|차|택시)\s*(?:비|요금|값)?\s*(?:편도\s*)?(?:이|은|는|가)?\s*"
    rf"(?P<f>{_N})\s*원"
)
# Both ways said after the fare: "… 1500원 출퇴근 왕복", "… 1500원 왕복으로 다니면".
_BOTH_WAYS_AFTER = re.compile(r"왕복|출퇴근")
# The round trip's own price: "왕복 3000원", "왕복 요금이 3000원".
_ROUND_TRIP_PRICED = re.compile(rf"왕복\s*(?:요금|비용|값)?\s*(?:이|은|는|가)?\s*{_N}\s*원")
_DAYS_A_WEEK = re.compile(rf"(?:주|일주일에|일주일|1주일에|매주)\s*(?P<d>{_N})\s*(?:일|번|회)")
_WEEKS = re.compile(rf"(?<![\d.])(?P<w>{_N})\s*주(?:면|간|동안|치|에|$|\s)")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# The 1 of "1달" (한달 as digits) is no figure of the sum.
_ONE_MONTH = re.compile(r"1\s*달")


def _figures(s: str) -> int:
    return sum(1 for f in _FIGURE.finditer(s) if not _ONE_MONTH.match(s, f.start()))


def commute_fare_weeks_ko(digits: str) -> str | None:
    """ "버스비 1500원 출퇴근 왕복 주5일 한달 4주면 교통비 얼마": ``1500 * 2 * 5 * 4``."""
    s = digits.replace(",", "")
    fare = _FARE.search(s)
    if fare is None or _ROUND_TRIP_PRICED.search(s):
        return None
    if _BOTH_WAYS_AFTER.search(s, fare.end()) is None:
        return None
    days = _DAYS_A_WEEK.search(s, fare.end())
    weeks = _WEEKS.search(s, days.end()) if days else None
    if days is None or weeks is None or _figures(s) != 3:
        return None
    return f"{fare['f']} * 2 * {days['d']} * {weeks['w']}"


# Days of riding said: "주5일", "22일 타면", "한달 출퇴근".
_RIDING_DAYS = re.compile(rf"{_N}\s*일|{_N}\s*주|한\s*달|1\s*달|매일|하루")
_TWO = re.compile(r"(?<![\d.])2(?![\d.])")


def refuse_commute_fare_read_once(digits: str, source: str) -> None:
    """Decline a fare said before 왕복/출퇴근 with days of riding, read with no way back.

    Checked on the reading any reader made (``source``): the way back is a 2 the reading
    uses beyond the 2s the question states.

    Raises:
        ToolInputError: the sentence is that form and the reading counts one ride.
    """
    s = digits.replace(",", "")
    fare = _FARE.search(s)
    if fare is None or _ROUND_TRIP_PRICED.search(s) or re.search(r"편도", s):
        return  # 편도 … 왕복 is the 50w guard's
    if _BOTH_WAYS_AFTER.search(s, fare.end()) is None or not _RIDING_DAYS.search(s):
        return
    if len(_TWO.findall(source)) > len(_TWO.findall(s)):
        return
    raise ToolInputError(
        f"{digits!r} names a fare ridden both ways ({fare.group(0)} 왕복) in a form this "
        "calculator does not read; ask it as '1500원 x 2 x 5 x 4'"
    )


def readers_44(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    return (
        (spoken_arithmetic_en, None),
        (percent_of_whole_asked, "%"),
        (hourly_rate_from_pay_en, "$" if "$" in digits else None),
        (commute_fare_weeks_ko, "원"),
    )
