"""British bank details and NHS numbers after their labels.

A British account is a six-digit sort code and an eight-digit account number, written
``04 00 04, acc no 71829364`` or ``sort code 20-45-77``; an NHS number is ten digits in
groups of three, three and four (``NHS no. 943 476 5919``). Neither has the shape of a
Korean account or a card that :mod:`core.privacy.korean` and
:mod:`core.privacy.contact` read, and eight or ten digits alone are too often an order
or a reference. After their labels they are the writer's:

- eight digits after ``acc``/``account`` (``no``, ``number``, ``#``), and a sort code
  (three pairs of digits) after ``sort code`` or right before such a label;
- ten digits (3-3-4 or run together) after ``NHS`` (``no``, ``number``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_account_numbers"]

_ACCOUNT_LABEL = r"(?i:acc(?:ount)?\.?(?:[ \t]*(?:no\.?|number|num|#))?)"
_ACCOUNT_RE = LazyPattern(
    _ACCOUNT_LABEL + r"[ \t]*(?:is[ \t]+|:[ \t]*)?(?P<v>(?<![0-9])[0-9]{8})(?![0-9])"
)
_SORT = r"(?<![0-9])[0-9]{2}(?:[ \t]|-)[0-9]{2}(?:[ \t]|-)[0-9]{2}(?![0-9])"
_SORT_LABELLED_RE = LazyPattern(r"(?i:sort[ \t]?code)[ \t:]*(?:is[ \t]+)?(?P<v>" + _SORT + ")")
_SORT_BEFORE_ACCOUNT_RE = LazyPattern(r"(?P<v>" + _SORT + r"),?[ \t]+" + _ACCOUNT_LABEL)
_NHS_RE = LazyPattern(
    r"NHS(?i:[ \t]*(?:no\.?|number|num|#))?[ \t:]*(?:is[ \t]+)?"
    r"(?P<v>(?<![0-9])[0-9]{3}[ \t-]?[0-9]{3}[ \t-]?[0-9]{4})(?![0-9])"
)


def detect_uk_account_numbers(text: str) -> Iterator[Hit]:
    """Labelled British account numbers, sort codes and NHS numbers (see the module)."""
    lowered = text.lower()
    if "acc" in lowered or "sort" in lowered:
        for m in _ACCOUNT_RE.finditer(text):
            yield Hit("bank_account", m.start("v"), m.end("v"), 0.8, False)
        for pattern in (_SORT_LABELLED_RE, _SORT_BEFORE_ACCOUNT_RE):
            for m in pattern.finditer(text):
                yield Hit("bank_account", m.start("v"), m.end("v"), 0.75, False)
    if "NHS" in text:
        for m in _NHS_RE.finditer(text):
            yield Hit("mrn", m.start("v"), m.end("v"), 0.85, False)
