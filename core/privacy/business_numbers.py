"""Korea's company service numbers (대표번호): 1588-0000, 1644-1234, 1899-5555.

Why this exists: the wire screen blocks every run of six or more digits, so a document
step quoting a customer-centre number ("고객센터 1588-0000으로 문의하세요") could not use
the cloud tier, and the local tier declined. A number of this shape is issued only to
companies (15xx, 16xx and 18xx prefixes, four digits after), so it is no one's personal
data. Exempt is exactly that written shape as a whole token: ASCII digits, the prefix,
one separator (hyphen, dot, space) or none, four digits; with no other digit beside it,
even across spaces, separators or line breaks (a card, account, mobile or landline
number split so that one piece looks like a service number stays blocked), and no
ASCII letter glued to it (an id such as "A1588-0000"). Hangul may follow directly: a
particle ("1588-0000으로") is part of the sentence, not of the number.
"""

from __future__ import annotations

import re
import unicodedata

from core.privacy.normalize import INVISIBLE_CHARS

__all__ = ["business_list_spans", "written_business_number"]

_SHAPE = re.compile(r"1[568][0-9]{2}[-. ]?[0-9]{4}")
# A list of them: "1588-0000, 1644-5678" ("/" and "or"/"또는" too). A comma with a space after
# it, or a slash, separates list items; a bare comma ("1588-0000,1234") does not, since cards
# and accounts typed with commas between their groups look like that.
_LIST_SEPARATOR = r"(?:,[ \t]+|[ \t]*/[ \t]*|[ \t]+(?:or|또는|혹은)[ \t]+)"
_LIST_RE = re.compile(
    r"(?<![0-9])" + _SHAPE.pattern + r"(?:" + _LIST_SEPARATOR + _SHAPE.pattern + r")+(?![0-9])"
)
# What may stand between the pieces of one number, line breaks included.
_BETWEEN_PIECES = frozenset(" \t\r\n\v\f-./_()+·" + INVISIBLE_CHARS)


def _continued(text: str, index: int, step: int) -> bool:
    """Whether the number at ``index`` goes on in direction ``step`` (-1 before, +1 after).

    It does when the next character that is not a space or separator is a digit of any
    numeral system, or when an ASCII letter touches it. A comma counts as a separator here:
    "1588-0000,1234" is a number with a piece after it, not a service number.
    """
    touching = True
    while 0 <= index < len(text):
        char = text[index]
        if char not in _BETWEEN_PIECES and char != ",":
            digit = unicodedata.decimal(char, None) is not None
            return digit or (touching and char.isascii() and char.isalpha())
        touching = False
        index += step
    return False


def written_business_number(value: str, text: str, start: int, end: int) -> bool:
    """Whether ``value`` is a service number written whole, standing alone in ``text``.

    Args:
        value: The digit run as written in the outgoing text.
        text: The text the run was found in (numbers spelt in words already as digits).
        start: Offset of the run's first digit in ``text``.
        end: Offset one past its last digit.

    Returns:
        True only for the exact shape (see the module docstring) with no digit before
        or after it and no ASCII letter glued to it.
    """
    if _SHAPE.fullmatch(value) is None:
        return False
    return not _continued(text, start - 1, -1) and not _continued(text, end, 1)


def business_list_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` lists two or more whole service numbers: ``1588-0000, 1644-5678``.

    The wire screen reads digits on both sides of ``", "`` as one run (a card typed
    ``4532, 7788, …`` must stay one number), so a list of service numbers reaches it as
    one long run. Every item must have the exact written shape, and nothing may continue
    the list (a digit after a bare comma, an ASCII letter glued to it): one item that is
    anything else, a fragment of a card or of a phone, keeps the whole run blocked.

    Args:
        text: The outgoing text as written (list commas still in it).

    Returns:
        ``(start, end)`` of each such list, first digit to last.
    """
    spans = []
    for m in _LIST_RE.finditer(text):
        if not _continued(text, m.start() - 1, -1) and not _continued(text, m.end(), 1):
            spans.append((m.start(), m.end()))
    return spans
