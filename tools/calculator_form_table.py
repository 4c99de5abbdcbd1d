"""One way to read a table of whole-request calculator forms.

``tools.calculator_each_forms`` and ``tools.calculator_shop_forms`` each hold forms
that match a whole normalised request and give an expression over its named figures
(``a``, ``b``, ``c``). Some forms hold only when the request as the user wrote it
says something the normalised text has lost ("each", "per person"): a form row names
that check. The first row that matches, and whose check holds, gives the expression.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["ASKS_EACH", "FormRow", "first_form_expression"]

#: A form, the expression it gives over its figures (``"{a} * {b}"``), and what the
#: request as written must also say for the form to hold (None: nothing more).
FormRow = tuple[LazyPattern, str, LazyPattern | None]

#: What makes a question one about each person's (or thing's) part, looked for in the
#: whole request as written: the normalised text may have cut these words off.
ASKS_EACH = LazyPattern(r"\beach\b|\bper\s+(?:person|head)\b|\ba\s+head\b|\bapiece\b", re.I)

_FIGURES = ("a", "b", "c")


def first_form_expression(rows: tuple[FormRow, ...], text: str, asked: str) -> str | None:
    """The expression of the first row of ``rows`` that reads ``text``, else None.

    Args:
        rows: The forms, in the order they are tried.
        text: The normalised request.
        asked: The request as the user wrote it (for each row's extra check).
    """
    for form, template, asked_must_say in rows:
        m = form.match(text)
        if m is None:
            continue
        if asked_must_say is not None and asked_must_say.search(asked) is None:
            continue
        figures = {k: v for k, v in m.groupdict().items() if k in _FIGURES}
        return template.format(**figures)
    return None
