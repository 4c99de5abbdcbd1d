"""The figure checks of a grounded answer: every figure and clock time comes from the passages.

Part of :mod:`agents.answer_grounding`. A figure of the answer must be stated in the
passages or the question with the same kind of unit (or, when the question may want
one, be a sum, difference, product or ratio of two stated there); a clock time is one
fact; and a figure the passages state only of another thing than asked is no answer.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

from agents.affirmed_predicates import SENTENCE_BREAK
from agents.label_numbers import without_label_numbers
from agents.per_rates_62x import without_stated_rates
from tools.dates_zones import clock_times
from tools.rag import needs_synthesis
from tools.rag.act_limits import states_only_act_limits
from tools.rag.answer_types import has_answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.qualifiers import figure_conflict, missing_limit
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = [
    "answer_facts",
    "attached_elsewhere",
    "from_another_answer",
    "new_clock_times",
    "new_figures",
]

# Figures up to this size are small counts a sentence may use freely ("two options").
_FREE_FIGURES = frozenset({"1", "2"})
# A clock time written with a colon ("19:50"): one fact, not the figures 19 and 50.
_CLOCK_TEXT = re.compile(r"\b\d{1,2}:\d{2}\b")


# What a figure counts, by the unit written with it: "$15" is no "15 minutes".
_UNIT_KINDS: dict[str, str] = {
    "money": r"원|달러|유로|파운드|won|dollars?|euros?|pounds?",
    "percent": r"%|percent|퍼센트",
    "second": r"초|seconds?|secs?",
    "minute": r"분|minutes?|mins?",
    "hour": r"시간|hours?|hrs?",
    "day": r"일|days?",
    "week": r"주|weeks?",
    "month": r"개월|달|months?",
    "year": r"년|years?",
}
_UNIT = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _UNIT_KINDS.items())
_MEASURED = re.compile(rf"(?P<sign>[$₩€£])?\s*(?P<number>\d+(?:[.,]\d+)*)(?:\s*-?\s*(?:{_UNIT}))?")

Figure = tuple[Decimal, str | None]


def _value(raw: str) -> Decimal | None:
    # "1,500" is fifteen hundred; "2,3" or "1.5" keep their decimal reading.
    plain = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw) else raw
    try:
        return Decimal(plain.replace(",", "."))
    except InvalidOperation:
        return None


def _figures(text: str) -> list[tuple[str, Figure]]:
    """Every figure of ``text`` with the kind of unit written with it (``None``: none)."""
    found: list[tuple[str, Figure]] = []
    for match in _MEASURED.finditer(text):
        value = _value(match["number"])
        if value is None:
            continue
        kind = "money" if match["sign"] else next((k for k in _UNIT_KINDS if match[k]), None)
        after = text[match.end() : match.end() + 1]
        if kind and kind != "money" and after.isascii() and after.isalpha():
            kind = None  # "5 minutes" yes, "5 mins" yes, "3 dayshift" is no unit
        found.append((match["number"], (value, kind)))
    return found


# A question that may want a figure no passage states as such: it gives a figure of its
# own ("for 3 nights"), asks for a total, a gap or a share, or names several things at once.
_ASKS_TO_COMBINE = re.compile(
    r"\d|\b(?:total|altogether|in\s+all|sum|combined|together|both|each|difference|average|"
    r"per|more|less|cheaper|and|plus)\b|씩|모두|전부|합쳐|합계|총|차이|평균|더\s|이랑|랑\s|하고\s",
    re.IGNORECASE,
)


def _derived(values: set[Decimal], combine: bool) -> set[Decimal]:
    """The figures and, when ``combine``, what two of them make by one operation.

    A small model asked one membership's monthly price made up "€12.50", and passed: it
    is 25.00 / 2 of the passages' other prices. Over a price list, nearly any figure is
    some sum or ratio of two of its figures. Only a question that may want one
    (:data:`_ASKS_TO_COMBINE`) is answered with a figure the passages do not state.
    """
    derived = set(values)
    for a, b in itertools.permutations(values, 2) if combine else ():
        derived.update({a + b, abs(a - b), a * b})
        if b:
            derived.add(a / b)
    # A time of day read on the 12-hour clock: 13:00 is "1 p.m.".
    derived.update({v - 12 for v in values if 12 < v <= 24})
    return derived


# A line naming a currency: its bare figures may be amounts ("Fees in euros: adults 12").
_CURRENCY = re.compile(
    # "원" of "3,000원" or "요금(원)", never of "회원" or "인원".
    r"[$₩€£¥]|(?<![가-힣])(?:원|엔(?![가-힣]))|달러|유로|파운드|"
    r"\b(?:won|dollars?|euros?|pounds?|pence|yen|"
    r"usd|eur|gbp|krw|jpy)\b",
    re.IGNORECASE,
)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")

# Off only in the switch-off test of the money anchor.
_MONEY_NEEDS_MONEY = True


def _cells(line: str) -> list[str]:
    return line.strip().strip("|").split("|")


def _money_values(text: str) -> set[Decimal]:
    """The figures ``text`` states as money: with a currency sign or word, a bare figure
    on a line naming a currency, or a bare figure in a table column whose header or
    another cell names one ("| Fee (£) |" over "| 12 |").

    A table row's other cells say nothing of a bare cell: "| Undergraduates | 10 | £3 |"
    states £3, not £10.
    """
    values = {v for _, (v, kind) in _figures(text) if kind == "money"}
    lines = text.splitlines()
    table: list[list[str]] = []
    for i, line in enumerate([*lines, ""]):
        if line.lstrip().startswith("|"):
            if not _TABLE_RULE.match(line):
                table.append(_cells(line))
            continue
        if table:
            columns = {c for row in table for c, cell in enumerate(row) if _CURRENCY.search(cell)}
            for row in table:
                for c in columns & set(range(len(row))):
                    values |= {v for _, (v, kind) in _figures(row[c]) if kind is None}
            table = []
        if i < len(lines) and _CURRENCY.search(line):
            values |= {v for _, (v, kind) in _figures(line) if kind is None}
    return values


def _money_pool(sources: str, bare: set[Decimal], combine: bool) -> set[Decimal]:
    """The amounts an answer may give: stated as money, or (when ``combine``) made by one
    operation of an amount with another figure ("£0.50 a day" for 3 items is £1.50)."""
    money = _money_values(sources)
    pool = set(money)
    for a, b in itertools.product(money, money | bare) if combine else ():
        pool.update({a + b, abs(a - b), a * b})
        if b:
            pool.add(a / b)
    return pool


def new_figures(answer: str, sources: str, question: str) -> list[str]:
    """Figures of ``answer`` that the sources (question and passages) do not state.

    An amount of money must be stated as money: "£12" is not the bare 12 of "12 study
    rooms", nor 24:00 read on the 12-hour clock (held-out 54: "a replacement library card
    costs £12" passed as grounded where the guide names no such fee).
    """
    stated = [figure for _, figure in _figures(sources)]
    # "terminal 1 to terminal 2" gives no figure to compute with (agents.label_numbers).
    # "per night" where a passage states a rate per night asks that rate (agents.per_rates_62x).
    asked = without_stated_rates(question, sources.removeprefix(question))
    combine = bool(_ASKS_TO_COMBINE.search(without_label_numbers(asked)))
    combine = combine or needs_synthesis(question)[0]
    # A figure with a unit must come from figures with that unit or none; a bare one
    # from any figure.
    pools: dict[str | None, set[Decimal]] = {None: _derived({v for v, _ in stated}, combine)}
    for kind in _UNIT_KINDS:
        pools[kind] = _derived({v for v, k in stated if k in (kind, None)}, combine)
    if _MONEY_NEEDS_MONEY:
        pools["money"] = _money_pool(sources, {v for v, k in stated if k is None}, combine)
    new = []
    for token, (value, unit) in _figures(answer):
        if token in _FREE_FIGURES and unit is None:
            continue
        if not any(math.isclose(value, k, abs_tol=1e-9) for k in pools[unit]):
            new.append(token)
    return new


def new_clock_times(answer: str, sources: str) -> list[str]:
    """Times of day in ``answer`` that no source states.

    A clock time is one fact, not two figures: "10:30 PM" read as 10 and 30 passes the
    figure check whenever two small numbers of the passages make them, and an airport
    desk open "07:00 to 22:00" was said to close "at 10:30 PM". The hour may be read on
    either clock (22:00 is "10 p.m."), the minute must be the same.
    """
    stated = set(clock_times(sources))
    new = []
    for hour, minute in clock_times(answer):
        if not any(m == minute and h % 12 == hour % 12 for h, m in stated):
            new.append(f"{hour:02d}:{minute:02d}")
    return new


def _written_figure(token: str) -> re.Pattern[str]:
    """``token`` written as a figure of its own, not inside a longer number."""
    return re.compile(rf"(?<![\d.,]){re.escape(token)}(?![\d]|[.,]\d)")


def from_another_answer(answer: str, question: str, passages: Sequence[str]) -> str | None:
    """A figure of the answer that every passage sentence stating it says of something else.

    "What's the maximum daily dose of ibuprofen?" answered "400mg" from "성인은 보통 한
    번에 200~400mg을 복용하며": the figure is in the passages, but only as a usual dose,
    not the limit asked (:func:`tools.rag.qualifiers.answers_another_question`'s checks).
    """
    sentences = [s for p in passages for s in SENTENCE_BREAK.split(p) if s.strip()]
    for token, (_, unit) in _figures(answer):
        if token in _FREE_FIGURES and unit is None:
            continue
        number = _written_figure(token)  # "7" of "7 days" is not the 7 of "2027"
        holders = [s for s in sentences if number.search(s)]
        # "how long is the waiting list?" is not "you have 7 days to accept" (act_limits).
        if holders and all(
            missing_limit(question, s)
            or figure_conflict(question, s)
            or states_only_act_limits(question, s)
            for s in holders
        ):
            return token
    return None


# Off only in the switch-off test of the money reading.
_MONEY_AS_MONEY = True


def _facts(answer: str, money_as_money: bool = False) -> list[tuple[str, Callable[[str], bool]]]:
    """Each clock time and figure of ``answer``, with a test for a sentence stating it.

    With ``money_as_money``, an amount of money is stated only by a sentence writing that
    figure as money: "£10" is not the "10 holds" or the "10:00" of another sentence.
    """
    facts: list[tuple[str, Callable[[str], bool]]] = []
    for hour, minute in clock_times(answer):

        def states_time(s: str, h: int = hour, m: int = minute) -> bool:
            return any(m == mm and h % 12 == hh % 12 for hh, mm in clock_times(s))

        facts.append((f"{hour:02d}:{minute:02d}", states_time))
    for token, (value, unit) in _figures(_CLOCK_TEXT.sub(" ", answer)):
        if token in _FREE_FIGURES and unit is None:
            continue
        number = _written_figure(token)

        def states_figure(s: str, n: re.Pattern[str] = number) -> bool:
            return bool(n.search(s))

        def states_money(s: str, n: re.Pattern[str] = number, v: Decimal = value) -> bool:
            said = _figures(_CLOCK_TEXT.sub(" ", s))
            return bool(n.search(s)) and (v, "money") in [figure for _, figure in said]

        money = money_as_money and unit == "money"
        facts.append((token, states_money if money else states_figure))
    return facts


def answer_facts(answer: str) -> list[tuple[str, Callable[[str], bool]]]:
    """Each clock time and figure of ``answer``, with a test for a text stating it."""
    return _facts(answer)


def attached_elsewhere(
    answer: str, question: str, passages: Sequence[str], asked: QuestionAnalysis
) -> str | None:
    """A figure of the answer that the passages state only of another thing than asked.

    Asked for the first boat of a weekend morning, a small model gave the time the passages
    state of the *last* boat back, while another sentence gives the first one's. Among the
    sentences holding the kind of answer asked for, those naming the most of the question's
    topic terms are about the thing asked: when every figure of the answer comes from a
    sentence naming fewer, none of them answers it.
    """
    if asked.answer_type is None or not asked.topic_terms or needs_synthesis(question)[0]:
        return None

    # The question's own figures name the thing too: "6개월권" is the six-month pass.
    own = [holds for _, holds in _facts(question)]

    def named(sentence: str) -> int:
        said = set(tokenize(sentence))
        terms = sum(1 for t in asked.topic_terms if equivalents(t) & said)
        return terms + sum(1 for holds in own if holds(sentence))

    sentences = [s for p in passages for s in SENTENCE_BREAK.split(p) if s.strip()]
    typed = [
        named(s)
        for s in sentences
        if has_answer_type(
            s, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
        )
    ]
    best = max(typed, default=0)
    # "A replacement card costs £10": the cap row's £10, never the "10 holds" of a sentence
    # naming the library (held-out 54: the local model's £10 passed as grounded).
    stated = [
        (fact, [named(s) for s in sentences if holds(s)])
        for fact, holds in _facts(answer, money_as_money=_MONEY_AS_MONEY)
        if not holds(question)
    ]
    stated = [(fact, scores) for fact, scores in stated if scores]
    if best and stated and all(max(scores) < best for _, scores in stated):
        return stated[0][0]
    return None
