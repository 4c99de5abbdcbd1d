"""The tool a sentence's arithmetic word names, on a server named without a tool.

"calc 서버로 250 더하기 375 해줘": the server is named, none of its tools is, yet the word
between the two numbers says the operation. It names the server's tool only when that
tool's own name says the same operation (``add`` for 더하기/plus, ``multiply`` for
곱하기/times, ...) and exactly one tool of the server does; otherwise nothing is named and
the request goes on as before (nothing is guessed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.mcp.types import McpToolInfo

__all__ = ["tool_named_by_operation"]

_BETWEEN = r"\d\s*(?:{words})\s*-?\d"
_OPERATIONS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (
        re.compile(_BETWEEN.format(words=r"더하기|\+|plus\b|and\b|이랑|랑|하고"), re.I),
        frozenset({"add", "sum", "plus"}),
    ),
    (
        re.compile(_BETWEEN.format(words=r"빼기|minus\b"), re.I),
        frozenset({"subtract", "sub", "minus"}),
    ),
    (
        re.compile(_BETWEEN.format(words=r"곱하기|\*|×|times\b|multiplied\s+by\b"), re.I),
        frozenset({"multiply", "mul", "times", "product"}),
    ),
    (
        re.compile(_BETWEEN.format(words=r"나누기|÷|divided\s+by\b"), re.I),
        frozenset({"divide", "div", "quotient"}),
    ),
)
# "이랑", "and" join two numbers without saying the operation: only the verb after says it.
_SAYS_ADD = re.compile(r"더하기|더해|합쳐|합해|\+|\bplus\b|\badd\b|\bsum\b", re.I)


def tool_named_by_operation(text: str, tools: Sequence[McpToolInfo]) -> str:
    """The one tool of ``tools`` whose name is the operation between two numbers ("" if none)."""
    found: set[str] = set()
    for between, names in _OPERATIONS:
        if between.search(text) is None:
            continue
        if names is _OPERATIONS[0][1] and not _SAYS_ADD.search(text):
            continue
        found |= {t.name for t in tools if t.name.casefold() in names}
    return next(iter(found)) if len(found) == 1 else ""
