"""Evaluating a parsed arithmetic expression: a whitelist of AST nodes over ``Decimal``.

Split from :mod:`tools.calculator`, which reads text into the expression this walks.
Nothing is ever passed to ``eval``; a node outside the whitelist is a ``ToolInputError``.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from core.errors import ToolInputError

#: Largest magnitude any intermediate or final result may reach.
LIMIT = Decimal(10) ** 18


def nesting_depth(tree: ast.AST) -> int:
    """Nesting depth of an AST, computed without recursion."""
    deepest = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in ast.iter_child_nodes(node))
    return deepest


class ArithmeticEvaluator:
    """Walks a parsed expression, allowing only arithmetic on Decimals."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.text = text
        self.funcs: dict[str, Callable[[list[Decimal]], Decimal]] = {
            "sqrt": self._sqrt,
            "abs": lambda a: abs(self._one("abs", a)),
            "round": self._round,
            "floor": lambda a: self._one("floor", a).to_integral_value(ROUND_FLOOR),
            "ceil": lambda a: self._one("ceil", a).to_integral_value(ROUND_CEILING),
            "min": lambda a: min(a) if a else self._fail("min() needs at least one number"),
            "max": lambda a: max(a) if a else self._fail("max() needs at least one number"),
        }

    def _fail(self, problem: str, advice: str = "fix the expression and retry") -> Decimal:
        raise ToolInputError(f"{problem} in {self.text!r}: {advice}")

    def _one(self, name: str, args: list[Decimal]) -> Decimal:
        if len(args) != 1:
            self._fail(f"{name}() takes exactly one number")
        return args[0]

    def _sqrt(self, args: list[Decimal]) -> Decimal:
        x = self._one("sqrt", args)
        if x < 0:
            self._fail("square root of a negative number", "use a number >= 0")
        return x.sqrt()

    def _round(self, args: list[Decimal]) -> Decimal:
        if len(args) not in (1, 2):
            self._fail("round() takes a number and optional decimal places")
        places = int(args[1]) if len(args) == 2 else 0
        if not -18 <= places <= 18:
            self._fail("round() decimal places must be between -18 and 18")
        return args[0].quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

    def _check(self, value: Decimal) -> Decimal:
        if abs(value) > LIMIT:
            self._fail("result is too large", "keep numbers within ±10^18")
        return value

    def eval(self, node: ast.AST) -> Decimal:
        """Evaluate one node; anything not whitelisted is rejected."""
        if isinstance(node, ast.Expression):
            return self.eval(node.body)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            # Read the literal's own text so 0.1 stays exactly 0.1.
            literal = self.source[node.col_offset : node.end_col_offset]
            return self._check(Decimal(literal))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            val = self.eval(node.operand)
            return -val if isinstance(node.op, ast.USub) else val
        if isinstance(node, ast.BinOp):
            return self._check(self._binop(node.op, self.eval(node.left), self.eval(node.right)))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in self.funcs
            and not node.keywords
        ):
            args = [self.eval(a) for a in node.args]
            return self._check(self.funcs[node.func.id](args))
        if isinstance(node, ast.Name) and node.id == "pi":
            return Decimal("3.14159265358979323846264338327950288")
        return self._fail(
            "unsupported expression",
            "use numbers, + - * / // % **, parentheses and sqrt/abs/round/floor/ceil/min/max",
        )

    def _binop(self, op: ast.operator, a: Decimal, b: Decimal) -> Decimal:
        if isinstance(op, ast.Add):
            return a + b
        if isinstance(op, ast.Sub):
            return a - b
        if isinstance(op, ast.Mult):
            return a * b
        if isinstance(op, ast.Div | ast.FloorDiv | ast.Mod):
            if b == 0:
                return self._fail("division by zero", "the divisor must not be 0")
            if isinstance(op, ast.Div):
                return a / b
            # Python semantics (floor), not Decimal's truncation toward zero.
            floor = (a / b).to_integral_value(ROUND_FLOOR)
            return floor if isinstance(op, ast.FloorDiv) else a - b * floor
        if isinstance(op, ast.Pow):
            return self._pow(a, b)
        return self._fail("unsupported operator")

    def _pow(self, a: Decimal, b: Decimal) -> Decimal:
        if a == 0 and b < 0:
            return self._fail("division by zero", "0 cannot be raised to a negative power")
        if a < 0 and b != b.to_integral_value():
            return self._fail("fractional power of a negative number", "use a whole exponent")
        # Estimate the size first so 9**9**9 fails fast instead of hanging.
        if a != 0 and abs(a) != 1 and float(b) * math.log10(abs(float(a))) > 18:
            return self._fail("result is too large", "use a smaller exponent (max 10^18)")
        if abs(b) > 1000:
            return self._fail("exponent is too large", "keep it within ±1000")
        return a**b
