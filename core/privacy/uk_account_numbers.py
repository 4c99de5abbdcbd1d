"""British bank details and NHS numbers after their labels.

A British account is a six-digit sort code and an eight-digit account number, written
``04 00 04, acc no 71829364``, ``sort code 20-45-77`` or ``account number 1203 4455``; an
NHS number is ten digits in groups of three, three and four (``NHS no. 943 476 5919``).
Neither has the shape of a Korean account or a card that :mod:`core.privacy.korean` and
:mod:`core.privacy.contact` read, and eight or ten digits alone are too often an order
or a reference. After their labels they are the writer's:

- eight digits (4-4 or run together) after ``acc``/``account``/``acct``/``a/c`` (``no``,
  ``number``, ``#``);
- a sort code (three pairs of digits: ``20-00-00``, ``20 00 00``, ``200000``) after
  ``sort code`` or right before an account label; said aloud (``two zero, zero zero, zero
  zero``) the spoken fold turns the words into digits first, with commas between the pairs;
- ten digits (3-3-4 or run together) after ``NHS`` (``no``, ``number``).

Two rounds wrote these readings separately (this module and privacy28's, once in
``uk_identifiers``); they live here together, each span reported once.
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
# The account number split in halves ("1203 4455"), after its label ("acct", "a/c" too).
_ACCOUNT_HALVES_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:account|acct|a/c)(?:[ \t]+(?i:number|no\.?|num))?"
    r"(?:[ \t]*(?i:is|:|was))?[ \t]*"
    r"(?P<v>(?<![0-9])[0-9]{4}[ \t-]?[0-9]{4})(?![0-9])(?![ \t]*[-.][0-9])"
)
# blind56p: a part of the account number given by where it sits ("the account number starts
# 4471", "acct no. begins with 2093", then "and ends 0938"): the label, a verb of position and
# three to five digits; an ending said without the label counts when the label came shortly
# before (the history scan joins the turns).
_ACCOUNT_PART_RE = LazyPattern(
    r"(?<![A-Za-z])(?:(?i:account)[ \t]+(?i:number|no\.?|num)|(?i:acct|a/c)"
    r"(?:[ \t]+(?i:number|no\.?|num))?)[ \t]+"
    r"(?i:starts|begins|ends|finishes)(?:[ \t]+(?i:with|in|on))?[ \t]*:?[ \t]*"
    r"(?P<v>(?<![0-9])[0-9]{3,5})(?![0-9])(?![ \t]*[-.,/][0-9])"
)
_PART_END_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:and[ \t]+)?(?i:ends|finishes)(?:[ \t]+(?i:with|in|on))?[ \t]*:?[ \t]*"
    r"(?P<v>(?<![0-9])[0-9]{3,5})(?![0-9])(?![ \t]*[-.,/][0-9])"
)
_PART_LABEL_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z])(?:(?i:account)[ \t]+(?i:number|no\.?|num)|(?i:acct|a/c)"
    r"(?:[ \t]+(?i:number|no\.?|num))?)[ \t]+(?i:starts|begins)"
)
_PART_REACH = 60
_SORT = r"(?<![0-9])[0-9]{2}(?:[ \t]|-)[0-9]{2}(?:[ \t]|-)[0-9]{2}(?![0-9])"
_SORT_LABELLED_RE = LazyPattern(r"(?i:sort[ \t]?code)[ \t:]*(?:is[ \t]+)?(?P<v>" + _SORT + ")")
_SORT_BEFORE_ACCOUNT_RE = LazyPattern(r"(?P<v>" + _SORT + r"),?[ \t]+" + _ACCOUNT_LABEL)
# The sort code's pairs run together or split by commas or dots (the spoken fold's output).
_PAIR_SEP = r"(?:[ \t]*[-.,][ \t]*|[ \t]{1,2})?"
_SORT_LOOSE_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:sort[ \t-]?code)(?:[ \t]*(?i:is|:|was))?[ \t]*"
    r"(?P<v>(?<![0-9])[0-9]{2}" + _PAIR_SEP + r"[0-9]{2}" + _PAIR_SEP + r"[0-9]{2})"
    r"(?![0-9])(?![ \t]*[-.][0-9])"
)
_NHS_RE = LazyPattern(
    # A quote may open the value, as in an error message (redteam29: "NHS number '943 …'").
    r"NHS(?i:[ \t]*(?:no\.?|number|num|#))?[ \t:]*(?:is[ \t]+)?['\"‘“]?"
    r"(?P<v>(?<![0-9])[0-9]{3}[ \t-]?[0-9]{3}[ \t-]?[0-9]{4})(?![0-9])"
)


def _bank_hits(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    if "acc" in lowered or "a/c" in lowered:
        for pattern in (_ACCOUNT_RE, _ACCOUNT_HALVES_RE):
            for m in pattern.finditer(text):
                yield Hit("bank_account", m.start("v"), m.end("v"), 0.8, False)
        for m in _ACCOUNT_PART_RE.finditer(text):
            yield Hit("bank_account", m.start("v"), m.end("v"), 0.75, False)
        for m in _PART_END_RE.finditer(text):
            lo = max(0, m.start() - _PART_REACH)
            if _PART_LABEL_BEFORE_RE.search(text, lo, m.start()) is not None:
                yield Hit("bank_account", m.start("v"), m.end("v"), 0.75, False)
    if "acc" in lowered or "sort" in lowered:
        for pattern in (_SORT_LABELLED_RE, _SORT_LOOSE_RE, _SORT_BEFORE_ACCOUNT_RE):
            for m in pattern.finditer(text):
                yield Hit("bank_account", m.start("v"), m.end("v"), 0.8, False)


def detect_uk_account_numbers(text: str) -> Iterator[Hit]:
    """Labelled British account numbers, sort codes and NHS numbers (see the module)."""
    # Several readings find the same sort code or account: each span is one finding.
    seen: set[tuple[int, int]] = set()
    for hit in _bank_hits(text):
        if (hit.start, hit.end) not in seen:
            seen.add((hit.start, hit.end))
            yield hit
    if "NHS" in text:
        for m in _NHS_RE.finditer(text):
            yield Hit("mrn", m.start("v"), m.end("v"), 0.85, False)
