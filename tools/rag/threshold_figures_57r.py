"""Figures a condition names, and the thresholds a sentence states on them (cond56, docko57).

Moved here from :mod:`graphs.condition_cover_56c` (which re-exports it) so that the document
plan (:mod:`agents.documents`, through :mod:`tools.rag.excused_terms`) reads a period said in
words with the same reader as the follow-up's condition screen: "일주일", "열흘", "한 달",
"a week", "ten days" are figures of days, as "7일" is, and meet a threshold a sentence
states on days ("병가가 5일 이상이면": 7 >= 5).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tools.dates_native_days import NATIVE_DAYS

__all__ = [
    "EN_PERIOD_COUNTS",
    "IN_A_ROW_KO",
    "NATIVE_PERIODS_KO",
    "Figure",
    "english_figure",
    "korean_period_figure",
    "meets_threshold",
    "states_figure_itself",
    "threshold_kinds",
    "worded_period_terms",
]

# Units of one kind, as the condition and the sentence write them; a week is 7 days.
_UNIT_KIND = {
    "일": "day", "day": "day", "days": "day",
    "주": "week", "주일": "week", "week": "week", "weeks": "week",
    "개월": "month", "달": "month", "month": "month", "months": "month",
    "원": "won", "won": "won", "krw": "won",
    "시간": "hour", "hour": "hour", "hours": "hour",
}  # fmt: skip
_DAYS_IN = {"week": 7}

# Korean number words before a bound period noun ("한 달", "두 주", "석 달").
_KO_NUMBER = {"한": 1, "두": 2, "이": 2, "세": 3, "석": 3, "삼": 3, "네": 4, "넉": 4, "사": 4}
_KO_PERIOD = re.compile(r"일주일|(?<![가-힣])(한|두|이|세|석|삼|네|넉|사)\s*(주|달)(?![가-힣])")
# A number of days said in native words ("열흘 쉬면", "사흘", "보름": tools.dates_native_days),
# as a word of its own ("보름달" is the full moon).
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
_UNIT = r"(일|주일|주|개월|달|원|시간|won|krw|days?|weeks?|months?|hours?)"
_KO_THRESHOLD = re.compile(rf"(\d[\d,]*)\s*{_UNIT}\S{{0,3}}\s*(이상|초과|넘|지나|이하|미만)")
_EN_BEFORE = re.compile(
    r"\b(more|larger|bigger|greater|higher|longer|less|fewer|smaller|shorter|lower)\s+than"
    r"|\b(over|above|exceeding|beyond|at\s+least|under|below)",
    re.IGNORECASE,
)
_EN_THRESHOLD = re.compile(
    rf"(?:{_EN_BEFORE.pattern})\s+(?:[$₩]\s?)?(\d[\d,]*)\s*{_UNIT}\b", re.IGNORECASE
)
_EN_OR_MORE = re.compile(
    rf"(\d[\d,]*)\s*{_UNIT}\s+or\s+(more|longer|over|above|less|fewer|under)\b", re.IGNORECASE
)
_DOWN_WORDS = frozenset(
    {"이하", "미만", "less", "fewer", "smaller", "shorter", "lower", "under", "below"}
)
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")
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
        word = (found.group(1) or found.group(2) or "").lower()
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


def threshold_kinds(sentence: str) -> frozenset[str]:
    """The kinds ("day", "won", …) of the thresholds ``sentence`` states ("5일 이상": day)."""
    return frozenset(kind for _, kind, _ in _thresholds(sentence))


# --- A period said in words is a figure, not a topic (docko57) --------------------------------

# The words a worded period is written with, as the question's terms hold them.
_PERIOD_TERMS = frozenset(
    {"일주일", "주", "주일", "달", "week", "weeks", "day", "days", "month", "months", *NATIVE_DAYS}
)


def worded_period_terms(
    question: str, terms: Sequence[str], passages: Sequence[str]
) -> frozenset[str]:
    """The terms of ``question`` that only say a figure's period, when a passage draws a line on it.

    "일주일 내리 쉬게되면요?" names 7 days in words; no document writes "일주일", and the
    question was declined as naming something the documents never mention, although "7일
    내리 쉬면" (digits are no topic) was answered by "병가가 5일 이상이면 진단서를 제출해야
    합니다". A period said in words ("일주일", "열흘", "보름", "한 달", "a week", "ten days"),
    and the adverb saying its days run in a row ("내리", "연속"), are the question's figure
    when a sentence of the passages states a threshold of the period's kind (days, months);
    with none, they stay topics the documents must hold.

    Args:
        question: The user's question (Korean or English).
        terms: Its terms (index tokens).
        passages: The retrieved passages' texts.
    """
    worded = korean_period_figure(question)
    english = english_figure(question) if question.isascii() else None
    unit = worded[1] if worded else english.unit if english else ""
    if not unit:
        return frozenset()
    kind = _in_base(1.0, unit)[1]
    if not any(kind in threshold_kinds(s) for p in passages for s in _SENTENCE_END.split(p)):
        return frozenset()
    counts = EN_PERIOD_COUNTS if english else frozenset()  # "ten" of "ten days"
    return frozenset(t for t in terms if t.lower() in _PERIOD_TERMS | counts or t in IN_A_ROW_KO)
