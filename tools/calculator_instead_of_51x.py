"""A figure the question sets aside ("X 말고 Y", "X 아니고 Y", "X 대신 Y") is never used.

"3500만원 말고 3680만원이었으면?" replaces 3500만 by 3680만; read as a sum it became
"35000000 + 36800000" (71,800,000원). Whatever form read the question, the figure before
말고 / 아니고 / 아니라 / 대신 is the one the user rejects: an expression that still uses it
answers another question, so the calculator declines (as a follow-up, the correction
rule puts Y in X's place in the previous question). "X 말고도" ("besides X") adds and
is left alone.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from tools.expression_figures import figure_value, figures_used
from tools.korean_numbers import normalize_numerals

__all__ = ["refuse_a_set_aside_figure"]

# The rejected figure (with its unit and particle), the word that rejects it, a new figure.
_SET_ASIDE = re.compile(
    r"(?<![\d.])(?P<old>\d+(?:\.\d+)?)\s*[가-힣%$]{0,4}?\s*(?:이|가)?\s*"
    # (The new figure may follow its own name: "커피 5천원 말고 빵 3천원".)
    r"(?:말고(?!도)|아니고|아니라|대신(?:에)?)\s*,?\s*(?:[가-힣A-Za-z]{1,6}\s*)?\$?\d"
)


def refuse_a_set_aside_figure(question: str, expression: str) -> None:
    """Raise ToolInputError when ``expression`` uses a figure ``question`` sets aside."""
    digits = normalize_numerals(question).replace(",", "")
    used = figures_used(expression)
    for match in _SET_ASIDE.finditer(digits):
        old = figure_value(match["old"])
        if old is not None and old in used:
            raise ToolInputError(
                f"{question!r} replaces {match['old']} by another figure; it is not added to it"
            )
