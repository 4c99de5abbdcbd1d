"""The figures of a calculation's thread, and the workings that reach a figure from them.

Shared by the two checks of a model's follow-up figure: :mod:`agents.follow_up_figures`
(a figure no working of the thread gives, or the previous result unchanged) and
:mod:`agents.local_follow_up_check` (a local reply that code must confirm). What they
share is how a reply's amounts are read, which figures a thread holds (its numbers, share
words, percentages as factors), how far a rounded figure may be from its working, and
whether a turn goes on from the previous one.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from itertools import product

from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.references import has_reference, is_follow_up

__all__ = [
    "CITATION",
    "FIGURE",
    "amounts",
    "changed_workings",
    "continues",
    "currency",
    "number",
    "reachable",
    "slack",
    "thread_numbers",
]

# An amount with its currency: "$1,663.20", "1,976,000원", "988,000 won", "12 dollars".
_AMOUNT = re.compile(
    r"(?P<sign>\$|₩)\s*(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"|(?<![\d.,:-])(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d:])(?:\s*(?P<unit>원|달러|dollars?|won|krw)(?![a-z]))?",
    re.IGNORECASE,
)
CITATION = re.compile(r"\[\d+\]")
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
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A relative slack for a figure the reply rounded ("396,667" for 396,666.67).
_ROUNDING = 0.005


def number(figure: str) -> Decimal | None:
    try:
        return Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None


def currency(answer: str) -> str | None:
    """The currency a deterministic answer is in ("$1,663.20": "$"), if any."""
    if re.search(r"\$|달러|dollars?\b", answer, re.IGNORECASE):
        return "$"
    if re.search(r"원|₩|\bwon\b|\bkrw\b", answer, re.IGNORECASE):
        return "원"
    return None


def amounts(text: str) -> list[tuple[Decimal, str | None]]:
    """Every amount a reply states, with its currency ("$", "원" or ``None`` for none)."""
    found: list[tuple[Decimal, str | None]] = []
    for match in _AMOUNT.finditer(text):
        figure = match["a"] or match["b"]
        value = number(figure)
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


def thread_numbers(texts: Iterable[str]) -> set[Decimal]:
    """The figures of the thread, the factors its share words name, percentages as factors."""
    numbers: set[Decimal] = set()
    for text in texts:
        numbers.update(n for f in FIGURE.findall(text) if (n := number(f)) is not None)
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


def slack(value: Decimal) -> float:
    """How far a figure may be from its working: half its last digit when it states cents.

    "22.22" claims two decimals (22 is no rounding of it); a whole figure may be rounded
    ("396,667" for 396,666.67, "40,000" for about that).
    """
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:
        return float(Decimal(5).scaleb(exponent - 1)) + 1e-9
    return max(0.5, abs(float(value)) * _ROUNDING)


def reachable(value: Decimal, numbers: set[Decimal]) -> bool:
    """Whether one or two operations over ``numbers`` give ``value`` (within rounding)."""
    # Floats: some ten thousand combinations, and a rounding slack far above their error.
    wanted, plain, allowed = float(value), {float(n) for n in numbers}, slack(value)
    if any(abs(wanted - n) <= allowed for n in plain):
        return True
    first = {r for a, b in product(plain, repeat=2) for r in _combined(a, b)}
    if any(abs(wanted - r) <= allowed for r in first):
        return True
    return any(abs(wanted - r) <= allowed for x in first for c in plain for r in _combined(x, c))


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
# "round the whole total up to the next dollar", "반올림하면" (set 47): a turn asking to round
# with no figure of its own rounds a result of the thread, however long it is.
_ROUNDS = re.compile(r"\bround(?:ed|ing)?\b|반올림|올림(?!픽)|버림|내림", re.IGNORECASE)


def _stem(word: str) -> str:
    """A content word's stem for matching turns: "euros" and "euro", "방값" and "방"."""
    if word[0] >= "가":
        return word[:2]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def continues(question: str, previous_question: str) -> bool:
    """Whether ``question`` goes on from the previous one rather than asking anew."""
    if is_follow_up(question) or has_reference(question) or _GOES_ON.match(question):
        return True
    if _ROUNDS.search(question) and not re.search(r"\d", question):
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


def changed_workings(working: str, changes: set[Decimal], previous: Decimal) -> set[float] | None:
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
