"""Figures with their units, read as ranges: what a question states and a sentence says.

"3개월권", "3 months", "6개월 이상", "2시간까지", "200~400mg": a figure is a number (or a
range) and a unit in one canonical spelling (개월, 시간, 원, %, mg), so a question's
figure can be compared with a sentence's in either language and any unit spelling.
Split from :mod:`tools.rag.qualifiers`, which re-exports these for its callers.
"""

from __future__ import annotations

import math
import re

from tools.rag.code_figures import code_across_space
from tools.rag.figure_spans import spans_written
from tools.rag.native_counts import native_counts_as_digits
from tools.rag.sentence_checks import states_figures
from tools.rag.thousands import thousands_written_out

NUMBER = r"\d+(?:[.,]\d+)*"
_HANGUL = re.compile(r"[가-힣]")
# A figure, an optional range end ("200~400mg", "13–18세"), the unit right after it and
# an open end ("3개월 이상", "3시간까지", "2 hours or more"); in English the open end may
# come first ("bills larger than 50,000 won"; a lower bound only: "under 3 hours" in a
# question would otherwise ask for every figure down to zero).
FIGURE = re.compile(
    r"(?:\b(more than|over|above|larger than|greater than|exceeding)\s+)?"
    rf"({NUMBER})(?:\s*[~–-]\s*({NUMBER}))?[\s-]*(?:(%)|([가-힣]+)|(seconds?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|years?|nights?|times?|people|persons?|won|dollars?|"
    r"mg|kg|km|ml|floors?|pages?)(?![A-Za-z]))"
    r"(?:\s*(?:(이상|부터|초과|or more|or longer|\+)|(이하|까지|미만|이내|or less|or fewer)))?",
    re.IGNORECASE,
)
# Korean units longer than one syllable, and other spellings of one unit; otherwise a
# Korean unit is its first syllable ("2년차" -> 년, "3명이" -> 명).
_KO_LONG_UNITS = ("개월", "시간", "주일", "페이지")
# "…예시로 12 여기 한빛 가정의원": a place word after a figure (here, there) is no unit of
# it (the pattern allows a space before a Korean unit: "3 개월"); 12 is an address's number.
_PLACE_WORDS = ("여기", "거기", "저기")
_UNIT_ALIASES = {
    "달": "개월",
    # "제품 두 개 렌탈하면" asks what "두 대 이상 렌탈하면" states: 개 counts any thing, 대
    # machines and vehicles (probe 28's h20, lost once native counts were read).
    "대": "개",
    "번": "회",
    "살": "세",
    "주일": "주",
    "second": "초",
    "minute": "분",
    "min": "분",
    "hour": "시간",
    "hr": "시간",
    "day": "일",
    "week": "주",
    "month": "개월",
    "year": "년",
    "night": "박",
    "time": "회",
    "people": "명",
    "person": "명",
    "won": "원",
    "floor": "층",
    "page": "페이지",  # "a 40 page album" is "40페이지 앨범"
}


def _unit(korean: str, english: str, percent: str) -> str:
    if percent:
        return "%"
    if english:
        word = english.lower()
        word = word if word in _UNIT_ALIASES else word.rstrip("s")
        return _UNIT_ALIASES.get(word, word)
    unit = next((u for u in _KO_LONG_UNITS if korean.startswith(u)), korean[:1])
    return _UNIT_ALIASES.get(unit, unit)


def _number(text: str) -> float | None:
    # "602.384704.11185" (an address, a version, an id) matches the pattern but is no figure.
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


# An English upper bound written before the figure, read on a sentence's side only: "stops
# within the first 5 minutes" states every time up to 5 minutes (a question's "under 3
# hours" would otherwise ask for every figure down to zero). Korean writes it after the
# unit (이내, 미만, 이하, 까지), which FIGURE reads on both sides.
_UPPER_BOUND_BEFORE = re.compile(
    r"\b(?:within(?:\s+the\s+first)?|in\s+the\s+first|(?:less|fewer)\s+than|under|up\s+to|"
    r"(?:no|not)\s+more\s+than|at\s+most|below)\s+$",
    re.IGNORECASE,
)
# "no more than 5 minutes": FIGURE reads "more than", the "no" is before it.
_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
# Off only in the switch-off test of the sentence's upper bounds.
_THRESHOLDS = True


def figures_by_unit(
    text: str, *, native: bool = True, thresholds: bool = False
) -> dict[str, list[tuple[float, float]]]:
    """Each unit written in ``text`` with the figures (as ranges) stated in it.

    Args:
        text: A question or sentence.
        native: Whether Korean counts in native number words ("두 대") are figures too.
            Read against a sentence with no Korean, a question's "다섯 번" would ask for a
            unit such a sentence never writes ("after five wrong attempts").
        thresholds: Whether an English upper bound before a figure ("within the first 5
            minutes", "up to 3 hours") reaches down to zero: a sentence's rule, never a
            question's figure.

    Returns:
        Unit (Korean canonical form: 개월, 시간, 원, %) to ``(low, high)`` ranges; an open
        end ("3개월 이상", "3시간까지") reaches to infinity or down to zero.
    """
    found: dict[str, list[tuple[float, float]]] = {}
    # "차 두 대" states the figure "2대" (tools.rag.native_counts).
    if native:
        text = native_counts_as_digits(text)
    for match in FIGURE.finditer(text):
        over, low, high, percent, korean, english, above, below = match.groups("")
        if korean and code_across_space(text, match.start(2), match.start(5)):
            continue  # "A4 컬러": a paper size, not four of 컬 (tools.rag.code_figures)
        start = _number(low)
        end = _number(high) if high else start
        if start is None or end is None or korean.startswith(_PLACE_WORDS):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        upper = thresholds and _THRESHOLDS and bool(_UPPER_BOUND_BEFORE.search(before))
        if (over and upper) or (thresholds and _THRESHOLDS and over and _NEGATED.search(before)):
            start = 0.0  # "no more than 5 minutes" states up to 5
        elif above or over:
            end = math.inf
        elif below or upper:
            start = 0.0
        # A Korean unit swallowed the open end ("3개월이상"): read it from the unit's word.
        unit_word = korean
        if unit_word.endswith(("이상", "부터", "초과")):
            end = math.inf
        elif unit_word.endswith(("이하", "까지", "미만", "이내")):
            start = 0.0
        found.setdefault(_unit(unit_word, english, percent), []).append((start, end))
    # "6일 전부터 3일 전까지" covers 5 days before too (tools.rag.figure_spans).
    for span in spans_written(text):
        for unit, ranges in figures_by_unit(span).items():
            known = found.setdefault(unit, [])
            known.extend([r for r in ranges if r not in known])
    return found


def figure_conflict(question: str, sentence: str) -> bool:
    """Whether the sentence fails to state a figure-with-unit of the question.

    "수영 3개월권은 얼마예요?" is not answered by "수영 1개월 … 85,000원" (months, but not
    three) nor by "가입비 20,000원을 한 번 내셔야 합니다" (no three months at all): a
    figure the question states picks the item, so the answer must state it too, within
    a range or open end the sentence gives ("3개월 이상"). "1" is phrasing more often
    than data ("1회 복용량", "1인당"), so it only conflicts with other figures of its unit.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when some figure-with-unit of the question is not stated by the sentence.
    """
    stated = figures_by_unit(sentence, thresholds=True)
    native = _HANGUL.search(sentence) is not None
    for unit, asked in figures_by_unit(thousands_written_out(question), native=native).items():
        ranges = stated.get(unit, [])
        for low, _ in asked:
            if not ranges and low == 1:
                continue
            if not any(start <= low <= end for start, end in ranges):
                return True
    return False


def states_question_figures(question: str, text: str) -> bool:
    """Whether ``text`` writes every figure of the question, with its unit in any spelling.

    :func:`tools.rag.sentence_checks.states_figures` wants the question's own unit word;
    a unit has other spellings ("PT 10번" is "10회 패키지", "3 months" is "3개월"), so a
    figure-with-unit also counts when the text states it in the same canonical unit.
    Bare numbers ("rule 7") are still held to ``states_figures``.

    Args:
        question: The user's question.
        text: A passage (its heading and text).

    Returns:
        True when every figure the question states is in the text.
    """
    question = thousands_written_out(question)
    if states_figures(question, text):
        return True
    asked = figures_by_unit(question, native=_HANGUL.search(text) is not None)
    if not asked:
        return False
    stated = figures_by_unit(text)
    for unit, ranges in asked.items():
        for low, _ in ranges:
            if low != 1 and not any(start <= low <= end for start, end in stated.get(unit, [])):
                return False
    # The figures with units are stated; what is left of the question must be too.
    return states_figures(FIGURE.sub(" ", question), text)
