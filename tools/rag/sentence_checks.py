"""Checks that a candidate sentence answers *this* question, not a neighbouring one.

Lexical coverage counts the question's words a sentence holds; it cannot tell that
the words sit in different items of a list ("본인 결혼 시 5일, … 배우자 출산 시 10일"
holds both 본인 and 출산, yet names no leave for giving birth oneself) or that a
figure the question states is written with another unit ("주 2회" is not "2년").
These checks are structural, so they hold for documents nobody tuned for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.elapsed_periods import without_elapsed_periods
from tools.rag.textutil import tokenize

QUESTION_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# The unit written right after a figure: a Korean counter glued to it ("2년", "3명") or an
# English unit word ("3.5 hours", "2-year").
_FIGURE_UNIT = re.compile(
    r"(\d+(?:[.,]\d+)*)(?:([가-힣])|[\s-]*(seconds?|minutes?|mins?|hours?|days?|weeks?|months?|"
    r"years?|nights?|times?|pages?|people|persons?|won|dollars?|mg|kg|km|ml)\b)?",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"[,;]\s*")
_DIGIT = re.compile(r"\d")


def figures(text: str) -> set[str]:
    """The numbers written in ``text``, without thousands separators ("1" left out).

    "1" is phrasing more often than data ("1회 복용량", "1인당", "per 1 night").
    """
    return {m.replace(",", "") for m in QUESTION_FIGURE.findall(text)} - {"1"}


def _figures_with_units(text: str) -> set[str]:
    return {
        f"{number.replace(',', '')}{(korean or english).lower().rstrip('s')}"
        for number, korean, english in _FIGURE_UNIT.findall(text)
        if number != "1"
    }


def states_figures(question: str, text: str) -> bool:
    """Whether ``text`` writes every figure of the question, with the question's unit.

    A bare number ("rule 7") needs only the number; one with a unit ("2년", "3.5 hours")
    needs the same unit after it: "입사한 지 2년" is not stated by "주 2회".

    Args:
        question: The user's question.
        text: A passage (its heading and text).

    Returns:
        True when every figure the question states is in the text.
    """
    stated = _figures_with_units(text)
    numbers = figures(text)
    for figure in _figures_with_units(question):
        number = QUESTION_FIGURE.match(figure)
        bare = number is not None and number.group(0) == figure
        if not (figure in stated or (bare and figure in numbers)):
            return False
    return True


def _item_keys(sentence: str) -> list[list[str]]:
    """Each listed item's key words, read from its figure backwards."""
    keys: list[list[str]] = []
    for clause in _CLAUSE_SPLIT.split(sentence):
        figure = _DIGIT.search(clause)
        if figure is not None:
            keys.append(list(reversed(tokenize(clause[: figure.start()]))))
    return keys


def leaves_item_open(sentence: str, groups: Sequence[frozenset[str]]) -> bool:
    """Whether a listing sentence has a position the question names no word for.

    "본인 결혼 시 5일, 자녀 결혼 시 1일, …" tells its items apart by who marries (본인,
    자녀, 배우자): "형제가 결혼하면 휴가 있어요?" names 결혼 but none of those, so the
    item it asks about may be one the list lacks (형제, a word no document holds, sits
    where they do). "숙박비는 서울 지역 1박 12만 원, 그 밖의 지역 1박 9만 원" differs
    only where the question names 서울, so it is answered.

    Args:
        sentence: The candidate sentence.
        groups: The question's terms, each with its other-language equivalents.

    Returns:
        True when some position holds different words across the items and the question
        matches none of them.
    """
    keys = _item_keys(sentence)
    if len(keys) < 2:
        return False
    asked = set().union(*groups) if groups else set()
    if _one_item_named(keys, asked):
        return False
    for slot in range(max(len(k) for k in keys)):
        words = {k[slot] for k in keys if slot < len(k)}
        filled = sum(1 for k in keys if slot < len(k))
        if filled >= 2 and len(words) >= 2 and not words & asked:
            return True
    return False


def _one_item_named(keys: list[list[str]], asked: set[str]) -> bool:
    """Whether the question's words name the key of exactly one clause.

    "아침에 갑자기 아프면 …" names 아프, which only the first clause of "갑자기 아픈 경우에는
    당일 오전 9시 전까지 … 알리고, 복귀 후 2일 안에 …" holds: the question picks that
    clause, and no other item is left open.
    """
    return sum(1 for key in keys if set(key) & asked) == 1


def picks_two_items(sentence: str, groups: Sequence[frozenset[str]]) -> bool:
    """Whether the question's words select two different items of a listing sentence.

    A sentence listing parallel items, each a key and a figure ("본인 결혼 시 5일, 자녀
    결혼 시 1일, 배우자 출산 시 10일"), answers a question only about one item. Each
    item's key words are read from the figure backwards, so words in the same position
    are alternatives (본인/자녀/배우자, 결혼/출산). A question word in one item's key rules
    out every item holding a different word in that position; when no item is left,
    the question combines two items (본인 + 출산) and the sentence does not answer it.
    A word with no parallel ("약국은 평일 …, 토요일 …": 약국) rules out nothing.

    Args:
        sentence: The candidate sentence.
        groups: The question's terms, each with its other-language equivalents.

    Returns:
        True when no single item holds all the question's key words.
    """
    keys = _item_keys(sentence)
    if len(keys) < 2:
        return False
    allowed = set(range(len(keys)))
    for group in groups:
        slots = {s for key in keys for s, token in enumerate(key) if token in group}
        if not slots:
            continue
        for i, key in enumerate(keys):
            # An item is ruled out when it holds another word where this one sits.
            if any(s < len(key) and key[s] not in group for s in slots) and not (group & set(key)):
                allowed.discard(i)
    return not allowed


# The period a figure is given per. A night's lodging is a day's; "하루 한 번" (once a
# day) is a daily rate, so a dose is only "한 번에"/"1회"/"per dose" on its own.
_RATES: dict[str, re.Pattern[str]] = {
    "day": re.compile(
        r"하루|1일|일일|1박|\b(?:daily|per day|a day|each day|per night|a night)\b", re.IGNORECASE
    ),
    "dose": re.compile(r"한\s*번에|1회(?!\s*이상)|회당|\b(?:per dose|each dose|at a time)\b", re.I),
    "week": re.compile(r"주\s*\d+\s*회|일주일|1주|매주|\b(?:weekly|per week|a week)\b", re.I),
    # "월 수강료", "월 회비": a month's fee, as a table's column heading writes it.
    "month": re.compile(
        r"한\s*달|1개월|매월|월\s*\d|(?<![가-힣])월\s*(?:수강료|이용료|회비|요금|사용료|관리비)|"
        r"\b(?:monthly|per month|a month)\b",
        re.I,
    ),
    "year": re.compile(r"1년|매년|연간|\b(?:yearly|annually|per year|a year)\b", re.I),
}


# Once per period ("하루 한 번 10mg", "1일 1회", "once a day"): the one dose is the whole
# period's figure, so the sentence states the dose as well as the period's amount.
_ONCE_PER_PERIOD = re.compile(
    r"(?:하루|1일|매일|일주일|매주|한\s*달|매월)\s*(?:한\s*번|1\s*회)(?!\s*(?:이상|까지|만))|"
    r"\bonce (?:a|per|each) (?:day|week|month)\b|\bonce (?:daily|weekly|monthly)\b",
    re.IGNORECASE,
)


def _rates(text: str) -> set[str]:
    periods = {period for period, pattern in _RATES.items() if pattern.search(text)}
    return periods | {"dose"} if _ONCE_PER_PERIOD.search(text) else periods


def rate_markers(period: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that write a figure per ``period`` ("per day", "하루", "월 3")."""
    pattern = _RATES.get(period)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def rate_conflict(question: str, sentence: str) -> bool:
    """Whether the sentence gives its figure per another period than the question asks.

    "이부프로펜 하루 최대 복용량은?" asks per day; "성인은 보통 한 번에 200~400mg" states a
    single dose, another quantity. A sentence naming the question's period as well, or
    no period, does not conflict.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question names a period and the sentence names only others.
    """
    # "일주일 쓰고 환불하면": time already spent, not a per-week rate (tools.rag.elapsed_periods).
    asked = _rates(without_elapsed_periods(question))
    if not asked:
        return False
    stated = _rates(sentence)
    return bool(stated) and not (asked & stated)
