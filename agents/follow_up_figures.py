"""A model's figure for a follow-up of a plain-code calculation, checked against the thread.

When no follow-up rule reads a turn such as "what if I only spent half as much" after a
calculation the deterministic handlers worked out, a model answers it under the
general-knowledge banner. The twenty-first unseen set's first run got bare figures with
no working: "1,976,000원" (the previous result, unchanged) for "half as much", "over in
los angeles, 2027-03-11" (the previous answer's date again). Code can tell two such
failures apart from an answer, and only those:

- the reply's figures, of the previous result's kind, are all the previous result (or,
  for a date or clock answer, all in the previous answer): it changed nothing the turn
  asked to change;
- the reply gives an amount in the previous result's currency that no one or two
  operations (+, -, ×, ÷) over the thread's figures (both questions, the previous
  answer, the share words "half", "third", "반", and each percentage as a factor) give.

- the reply is a bare figure, whatever its unit ("22.22", "100", "1.08, 1.08 euros"): the
  turn's own figure given back, or, when the previous working is a plain expression and
  the turn states a change ("go 22 instead", "triple the order"), no redoing of that
  working with the change.

Either way the reply is not shown as an answer (the output guard escalates it once or
says it could not recompute). Conservative on purpose: a figure any plain working of
the thread reaches passes, a previous turn code did not answer is never checked, and a
reply that cites a passage ("[1]") is the documents' figure, never judged here.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from itertools import product

from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.followup_chain import run_chain
from tools.planner import split_steps
from tools.references import has_reference, is_follow_up

__all__ = ["unsupported_follow_up_figure"]

# An amount with its currency: "$1,663.20", "1,976,000원", "988,000 won", "12 dollars".
_AMOUNT = re.compile(
    r"(?P<sign>\$|₩)\s*(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"|(?<![\d.,:-])(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d:])(?:\s*(?P<unit>원|달러|dollars?|won|krw)(?![a-z]))?",
    re.IGNORECASE,
)
_DATE_OR_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}|(?<!\d)\d{1,2}:\d{2}(?!\d)")
_CITATION = re.compile(r"\[\d+\]")
# A year said alone ("in 2027") is no amount.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words that name a factor of the change: "half as much", "a third", "반", "두 배".
_SHARE_WORDS = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "double": 2,
    "twice": 2,
    "triple": 3,
    "절반": 2,
    "반": 2,
    "반값": 2,
}
_WORD = re.compile(r"[A-Za-z]+|[가-힣]+")
_SPELLED = {**ENGLISH_DIGITS, **KOREAN_COUNT_FORMS, **KOREAN_NATIVE_DIGITS}
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent)", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A relative slack for a figure the reply rounded ("396,667" for 396,666.67).
_ROUNDING = 0.005


def _number(figure: str) -> Decimal | None:
    try:
        return Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None


def _currency(answer: str) -> str | None:
    """The currency a deterministic answer is in ("$1,663.20": "$"), if any."""
    if re.search(r"\$|달러|dollars?\b", answer, re.IGNORECASE):
        return "$"
    if re.search(r"원|₩|\bwon\b|\bkrw\b", answer, re.IGNORECASE):
        return "원"
    return None


def _amounts(text: str) -> list[tuple[Decimal, str | None]]:
    """Every amount a reply states, with its currency ("$", "원" or ``None`` for none)."""
    found: list[tuple[Decimal, str | None]] = []
    for match in _AMOUNT.finditer(text):
        figure = match["a"] or match["b"]
        value = _number(figure)
        if value is None or (match["b"] and _YEAR.match(figure) and not match["unit"]):
            continue
        unit = (match["unit"] or "").lower()
        sign = match["sign"]
        if sign == "$" or unit in {"달러", "dollar", "dollars"}:
            found.append((value, "$"))
        elif sign == "₩" or unit in {"원", "won", "krw"}:
            found.append((value, "원"))
        else:
            found.append((value, None))
    return found


def _thread_numbers(texts: Iterable[str]) -> set[Decimal]:
    """The figures of the thread, the factors its share words name, percentages as factors."""
    numbers: set[Decimal] = set()
    for text in texts:
        numbers.update(n for f in _FIGURE.findall(text) if (n := _number(f)) is not None)
        for rate in _PERCENT.findall(text):
            share = Decimal(rate) / 100
            numbers.update({share, 1 + share, 1 - share})
        # "세 명이", "one more", "half as much": counts and shares said in words.
        for word in _WORD.findall(text.lower()):
            if word in _SHARE_WORDS:
                numbers.add(Decimal(_SHARE_WORDS[word]))
            elif word in _SPELLED and _SPELLED[word].isdigit():
                numbers.add(Decimal(_SPELLED[word]))
    return numbers


def _combined(a: float, b: float) -> list[float]:
    results = [a + b, a - b, b - a, a * b]
    results += [a / b] if b else []
    results += [b / a] if a else []
    return results


def _slack(value: Decimal) -> float:
    """How far a figure may be from its working: half its last digit when it states cents.

    "22.22" claims two decimals (22 is no rounding of it); a whole figure may be rounded
    ("396,667" for 396,666.67, "40,000" for about that).
    """
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:
        return float(Decimal(5).scaleb(exponent - 1)) + 1e-9
    return max(0.5, abs(float(value)) * _ROUNDING)


def _reachable(value: Decimal, numbers: set[Decimal]) -> bool:
    """Whether one or two operations over ``numbers`` give ``value`` (within rounding)."""
    # Floats: some ten thousand combinations, and a rounding slack far above their error.
    wanted, plain, slack = float(value), {float(n) for n in numbers}, _slack(value)
    if any(abs(wanted - n) <= slack for n in plain):
        return True
    first = {r for a, b in product(plain, repeat=2) for r in _combined(a, b)}
    if any(abs(wanted - r) <= slack for r in first):
        return True
    return any(abs(wanted - r) <= slack for x in first for c in plain for r in _combined(x, c))


# "and over in los angeles?", "그럼 …", "what if …": a turn that goes on from the last.
_GOES_ON = re.compile(
    r"^\s*(?:and|so|then|ok(?:ay)?|what\s+about|how\s+about|what\s+if|그럼|그러면|그리고|아|근데)\b",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[a-z]{4,}|[가-힣]{2,}")
# A turn this short naming a word of the last question is about it ("drop two of the tickets").
_SHORT_TURN_WORDS = 8
# "eh, go 22 instead", "triple the order": a short turn that changes a figure of the last.
_CHANGES = re.compile(r"\b(?:instead|rather|double|triple|halve|twice)\b|대신", re.IGNORECASE)
# Words besides figures and units a reply may hold and still be a bare figure ("1.08 euros").
_BARE_WORDS = 3
_REPLY_WORD = re.compile(r"[^\W\d_]+")
# A reply showing its working ("24,000원 ÷ 4 = 6,000원") is no bare figure.
_WORKING = re.compile(r"[=×÷*/+]")


def _stem(word: str) -> str:
    """A content word's stem for matching turns: "euros" and "euro", "방값" and "방"."""
    if word[0] >= "가":
        return word[:2]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _continues(question: str, previous_question: str) -> bool:
    """Whether ``question`` goes on from the previous one rather than asking anew."""
    if is_follow_up(question) or has_reference(question) or _GOES_ON.match(question):
        return True
    if len(question.split()) > _SHORT_TURN_WORDS:
        return False
    if _CHANGES.search(question):
        return True
    before = {_stem(w) for w in _CONTENT_WORD.findall(previous_question.lower())}
    now = {_stem(w) for w in _CONTENT_WORD.findall(question.lower())}
    return bool(before & now)


_OPERATORS: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_EXPRESSION = re.compile(r"^[\d\s.()+\-*/]+$")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _evaluate(node: ast.expr) -> float:
    """The value of a plain arithmetic expression (numbers and + - × ÷ only)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    raise ValueError("not plain arithmetic")


def _changed_workings(working: str, changes: set[Decimal], previous: Decimal) -> set[float] | None:
    """The previous working redone with one figure changed, or the turn's change applied.

    ``working`` is the previous turn's expression ("86 * 18 / 100"); each of its figures
    replaced by each figure of the turn ("go 22 instead": 18.92), and the previous result
    combined once with each ("triple the order": 75 × 3). ``None`` when the working is
    no plain expression.
    """
    if not _EXPRESSION.match(working):
        return None
    try:
        _evaluate(ast.parse(working, mode="eval").body)
    except (ValueError, SyntaxError, ZeroDivisionError):
        return None  # "1000 * 1.05 ** 3": more than plain arithmetic
    results = {r for c in changes for r in _combined(float(previous), float(c))}
    for found in _PLAIN_NUMBER.finditer(working):
        figure = found.group()
        for change in changes:
            # The figure replaced ("22 instead"), or changed by the turn's figure
            # ("one more person": 3 + 1, "twice as many": 4 × 2).
            for new in (f"{change}", *(f"{figure}{op}{change}" for op in "+-*/")):
                redone = f"{working[: found.start()]}({new}){working[found.end() :]}"
                try:
                    results.add(_evaluate(ast.parse(redone, mode="eval").body))
                except (ValueError, SyntaxError, ZeroDivisionError):
                    continue
    return results


def _bare_figure_failure(
    text: str,
    amounts: list[tuple[Decimal, str | None]],
    question: str,
    working: str,
    previous: Decimal,
    numbers: set[Decimal],
) -> str | None:
    """Why a reply that is only a figure ("22.22", "1.08, 1.08 euros") is no answer.

    Such a reply gives no working to judge, so its figures must follow from the thread
    whatever their unit: one the turn itself states ("go 22 instead" → "22") changed
    nothing; when the turn states a change and the previous working is a plain
    expression, the figure must be that working redone with the change (or the previous
    result changed by it once); otherwise one or two operations over the thread's
    figures must give it.
    """
    if not amounts or len(_REPLY_WORD.findall(text)) > _BARE_WORDS or _WORKING.search(text):
        return None
    stated = {n for f in _FIGURE.findall(question) if (n := _number(f)) is not None}
    if all(value in stated for value, _ in amounts):
        return "restated the turn's own figure as its result"
    changes = _thread_numbers((question,))
    redone = _changed_workings(working, changes, previous) if changes else None
    for value, _ in amounts:
        slack = _slack(value)
        if redone is not None and not any(abs(float(value) - r) <= slack for r in redone):
            return f"{value:,f} is no redoing of the previous working with the turn's change"
        if redone is None and not _reachable(value, numbers):
            return f"{value:,f} follows from no working of the thread's figures"
    return None


def _bare_figure_after_model_answer(
    text: str, question: str, previous_question: str, previous_answer: str
) -> str | None:
    """Why a bare figure for a follow-up of a *model-answered* calculation is no answer.

    No code working exists to redo, so only what the thread itself shows is judged: the
    turn's own figure given back, the previous answer's figure unchanged, or a figure no
    one or two operations over the thread's figures give ("fill up 55 instead" after
    "1.89 a liter, 42 liters" answered by a model: 55 × 1.89 passes, "55" does not).
    """
    amounts = _amounts(text)
    if not amounts or len(_REPLY_WORD.findall(text)) > _BARE_WORDS or _WORKING.search(text):
        return None
    if not _FIGURE.search(previous_question):
        return None  # the previous turn was no calculation
    stated = {n for f in _FIGURE.findall(question) if (n := _number(f)) is not None}
    if all(value in stated for value, _ in amounts):
        return "restated the turn's own figure as its result"
    before = {n for f in _FIGURE.findall(previous_answer) if (n := _number(f)) is not None}
    if all(value in before for value, _ in amounts):
        return "restated the previous answer's figure unchanged"
    numbers = _thread_numbers((previous_question, previous_answer, question))
    for value, _ in amounts:
        if not _reachable(value, numbers):
            return f"{value:,f} follows from no working of the thread's figures"
    return None


def unsupported_follow_up_figure(
    text: str,
    question: str,
    previous_question: str,
    previous_answer: str,
    *,
    judge_model_answered: bool = False,
) -> str | None:
    """Why a model's reply to a follow-up of a code calculation is no answer (``None``: fine).

    Args:
        text: The model's reply.
        question: This turn (a follow-up).
        previous_question: The previous turn's question.
        previous_answer: The answer it got.
        judge_model_answered: Also judge a bare figure when the previous turn was a
            model's (the reply came from the local model, or a degraded retry, which
            no stronger tier checked).

    Returns:
        What is wrong with the reply's figure, or ``None`` when the turn is no follow-up,
        the previous answer was not plain code's, or the reply's figures hold up.
    """
    if _CITATION.search(text) or not _continues(question, previous_question):
        return None
    worked = run_chain(split_steps(previous_question))
    if worked is None or worked.answer not in previous_answer:
        # The previous turn was no calculation plain code worked out.
        if judge_model_answered:
            return _bare_figure_after_model_answer(
                text, question, previous_question, previous_answer
            )
        return None
    if worked.handler == "dates":
        said = set(_DATE_OR_CLOCK.findall(text))
        if said and said <= set(_DATE_OR_CLOCK.findall(previous_answer)):
            return f"restated the previous answer's {', '.join(sorted(said))} unchanged"
        return None
    previous = _number(str(worked.value)) if isinstance(worked.value, (int, float)) else None
    currency = _currency(worked.answer)
    if previous is None:
        return None
    amounts = [(value, unit) for value, unit in _amounts(text) if unit in {currency, None}]
    if amounts and all(abs(value - previous) < Decimal("0.005") for value, _ in amounts):
        return f"restated the previous result {worked.answer} unchanged"
    numbers = _thread_numbers((previous_question, previous_answer, question))
    numbers.add(previous)
    bare = _bare_figure_failure(text, amounts, question, worked.detail, previous, numbers)
    if bare is not None:
        return bare
    if currency is None:
        return None  # a count or measure with working: no arithmetic judged here
    for value, unit in amounts:
        if unit == currency and not _reachable(value, numbers):
            return f"{value:,f} ({currency}) follows from no working of the thread's figures"
    return None
