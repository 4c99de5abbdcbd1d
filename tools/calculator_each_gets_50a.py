"""So many things for each of a group at a price a thing: "open bar: each of the 60 guests
gets 2 drinks at 7.50, what's the bar bill" is 60 x 2 x 7.50 = 900.

Read only with the group counted once ("each of the 60 guests", "60 guests each get"), the
things each gets counted once, one price "at P" (or "P each/a piece") after them, and no
other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["each_gets_at_price"]

_N = r"\d+(?:\.\d+)?"
_GETS = r"(?:gets?|has|have|receives?|is\s+getting|are\s+getting|orders?)"
_FORMS = (
    LazyPattern(
        rf"\beach\s+of\s+(?:the\s+|our\s+)?(?P<g>\d+)\s+[a-z]+\s+{_GETS}\s+(?P<k>\d+)\s+[a-z]+\s+"
        rf"(?:at|for)\s+\$?(?P<p>{_N})\b(?:\s+(?:each|a\s+piece|apiece))?",
        re.I,
    ),
    LazyPattern(
        rf"(?<![\d.])(?P<g>\d+)\s+[a-z]+\s+each\s+{_GETS}\s+(?P<k>\d+)\s+[a-z]+\s+"
        rf"(?:at|for)\s+\$?(?P<p>{_N})\b(?:\s+(?:each|a\s+piece|apiece))?",
        re.I,
    ),
)
_ASKED = LazyPattern(r"\b(?:bill|total|cost|come\s+to|how\s+much)\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def each_gets_at_price(question: str) -> str | None:
    """ "60 * 2 * 7.50" for a group each getting things at a price, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    if not _ASKED.search(s) or len(_FIGURE.findall(s)) != 3:
        return None
    said = next((m for form in _FORMS if (m := form.search(s))), None)
    if said is None:
        return None
    return f"{said['g']} * {said['k']} * {said['p']}"
