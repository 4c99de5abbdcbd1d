"""A small, safe expression language for ``when``, ``branch`` and ``{{ ... }}``.

Grammar (no function calls, no attribute access beyond dotted names, never ``eval``)::

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := atom (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in") atom)?
    atom    := NUMBER | STRING | true | false | null | "[" [expr ("," expr)*] "]"
             | NAME ("." NAME | "." INT)* | "(" expr ")"

``and``/``or`` return one of their operands (as in Python), so a template can say
``{{ steps.answer.output or steps.draft.output }}``. A dotted name that leads
nowhere (a skipped step, a missing key) is ``null`` rather than an error: a step
whose ``when`` was false simply has no output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from core.errors import SwitchyardError

CompareOp = Literal["==", "!=", "<", "<=", ">", ">=", "in", "not in"]


class ExpressionError(SwitchyardError):
    """An expression that does not parse; ``column`` is 0-based within the expression."""

    def __init__(self, message: str, column: int = 0) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Literal_:
    """A constant: number, string, boolean or null."""

    value: object


@dataclass(frozen=True)
class ListExpr:
    """A list literal such as ``['faq', 'document']``."""

    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Ref:
    """A dotted reference such as ``steps.kind.label``; ``column`` is where it starts."""

    path: tuple[str, ...]
    column: int


@dataclass(frozen=True)
class Not:
    """``not operand``."""

    operand: Expr


@dataclass(frozen=True)
class BoolOp:
    """``left and right`` or ``left or right``."""

    op: Literal["and", "or"]
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Compare:
    """A comparison between two operands."""

    op: CompareOp
    left: Expr
    right: Expr


Expr = Literal_ | ListExpr | Ref | Not | BoolOp | Compare

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<number>-?\d+(?:\.\d+)?)
    | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,|\.)
    | (?P<name>[^\W\d]\w*)
    )""",
    re.VERBOSE | re.UNICODE,
)
_CONSTANTS: dict[str, object] = {
    "true": True,
    "false": False,
    "null": None,
    "True": True,
    "False": False,
    "None": None,
}
_KEYWORDS = {"and", "or", "not", "in"}
TokenKind = Literal["number", "string", "op", "name", "end"]
_KINDS: dict[str, TokenKind] = {"number": "number", "string": "string", "op": "op", "name": "name"}


@dataclass(frozen=True)
class _Token:
    kind: TokenKind
    text: str
    column: int


def _tokens(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        match = _TOKEN.match(source, pos)
        if match is None or match.end() == pos:
            col = len(source) - len(source[pos:].lstrip())
            raise ExpressionError(f"unexpected character {source[col]!r}", col)
        kind = _KINDS[str(match.lastgroup)]
        tokens.append(_Token(kind, match.group(kind), match.start(kind)))
        pos = match.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = _tokens(source)
        self.pos = 0

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def at(self, kind: str, text: str | None = None) -> bool:
        token = self.peek()
        return token.kind == kind and (text is None or token.text == text)

    def expect(self, kind: str, text: str) -> None:
        if not self.at(kind, text):
            token = self.peek()
            found = token.text or "the end"
            raise ExpressionError(f"expected {text!r} but found {found!r}", token.column)
        self.take()

    def parse(self) -> Expr:
        expr = self.or_()
        if not self.at("end"):
            token = self.peek()
            raise ExpressionError(f"unexpected {token.text!r}", token.column)
        return expr

    def or_(self) -> Expr:
        left = self.and_()
        while self.at("name", "or"):
            self.take()
            left = BoolOp("or", left, self.and_())
        return left

    def and_(self) -> Expr:
        left = self.not_()
        while self.at("name", "and"):
            self.take()
            left = BoolOp("and", left, self.not_())
        return left

    def not_(self) -> Expr:
        if self.at("name", "not"):
            self.take()
            return Not(self.not_())
        return self.compare()

    def compare(self) -> Expr:
        left = self.atom()
        token = self.peek()
        op: CompareOp | None = None
        if token.kind == "op" and token.text in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            op = token.text  # type: ignore[assignment]  # narrowed by the membership test
        elif self.at("name", "in"):
            self.take()
            op = "in"
        elif self.at("name", "not") and self.tokens[self.pos + 1].text == "in":
            self.pos += 2
            op = "not in"
        if op is None:
            return left
        return Compare(op, left, self.atom())

    def atom(self) -> Expr:
        token = self.take()
        if token.kind == "number":
            return Literal_(float(token.text) if "." in token.text else int(token.text))
        if token.kind == "string":
            return Literal_(_unquote(token.text))
        if token.kind == "op" and token.text == "(":
            inner = self.or_()
            self.expect("op", ")")
            return inner
        if token.kind == "op" and token.text == "[":
            items: list[Expr] = []
            while not self.at("op", "]"):
                items.append(self.or_())
                if not self.at("op", "]"):
                    self.expect("op", ",")
            self.take()
            return ListExpr(tuple(items))
        if token.kind == "name" and token.text in _CONSTANTS:
            return Literal_(_CONSTANTS[token.text])
        if token.kind == "name" and token.text not in _KEYWORDS:
            path = [token.text]
            while self.at("op", "."):
                self.take()
                part = self.take()
                if part.kind not in ("name", "number") or "." in part.text or "-" in part.text:
                    raise ExpressionError("expected a name after '.'", part.column)
                path.append(part.text)
            if self.at("op", "("):
                raise ExpressionError("function calls are not allowed", self.peek().column)
            return Ref(tuple(path), token.column)
        found = token.text or "the end"
        raise ExpressionError(f"expected a value but found {found!r}", token.column)


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def parse(source: str) -> Expr:
    """Parse an expression.

    Raises:
        ExpressionError: the text is not an expression of this language.
    """
    return _Parser(source).parse()


def refs(expr: Expr) -> Iterator[Ref]:
    """Every dotted reference in ``expr``, left to right."""
    match expr:
        case Ref():
            yield expr
        case Literal_():
            return
        case ListExpr(items):
            for item in items:
                yield from refs(item)
        case Not(operand):
            yield from refs(operand)
        case BoolOp(_, left, right) | Compare(_, left, right):
            yield from refs(left)
            yield from refs(right)


def compared_literals(expr: Expr) -> Iterator[tuple[Ref, object]]:
    """Pairs (reference, constant) that ``expr`` compares with ``==``/``!=``/``in``.

    Validation uses them to check that a label a condition waits for can be produced.
    """
    match expr:
        case Compare(op, Ref() as ref, Literal_(value)) if op in ("==", "!="):
            yield ref, value
        case Compare(op, Literal_(value), Ref() as ref) if op in ("==", "!="):
            yield ref, value
        case Compare(op, Ref() as ref, ListExpr(items)) if op in ("in", "not in"):
            for item in items:
                if isinstance(item, Literal_):
                    yield ref, item.value
        case Not(operand):
            yield from compared_literals(operand)
        case BoolOp(_, left, right):
            yield from compared_literals(left)
            yield from compared_literals(right)
        case _:
            return


def resolve(path: Sequence[str], scope: Mapping[str, Any]) -> Any:
    """The value at ``path`` in ``scope``; ``None`` where the path leads nowhere."""
    value: Any = scope
    for part in path:
        if isinstance(value, Mapping):
            value = value.get(part)
        elif isinstance(value, list | tuple) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def evaluate(expr: Expr, scope: Mapping[str, Any]) -> Any:
    """The value of ``expr`` over ``scope`` (plain data: dicts, lists, scalars)."""
    match expr:
        case Literal_(value):
            return value
        case ListExpr(items):
            return [evaluate(item, scope) for item in items]
        case Ref(path):
            return resolve(path, scope)
        case Not(operand):
            return not evaluate(operand, scope)
        case BoolOp("and", left, right):
            first = evaluate(left, scope)
            return evaluate(right, scope) if first else first
        case BoolOp(_, left, right):
            first = evaluate(left, scope)
            return first if first else evaluate(right, scope)
        case Compare(op, left, right):
            return _compare(op, evaluate(left, scope), evaluate(right, scope))
    raise TypeError(f"not an expression node: {expr!r}")


def _compare(op: CompareOp, left: Any, right: Any) -> bool:
    if op == "==":
        return bool(left == right)
    if op == "!=":
        return bool(left != right)
    if op in ("in", "not in"):
        found = isinstance(right, str | list | tuple | dict) and (
            (str(left) in right) if isinstance(right, str) else (left in right)
        )
        return found if op == "in" else not found
    try:
        if op == "<":
            return bool(left < right)
        if op == "<=":
            return bool(left <= right)
        if op == ">":
            return bool(left > right)
        return bool(left >= right)
    except TypeError:
        # Ordering a missing value or mixed types is false, not a crash mid-run.
        return False
