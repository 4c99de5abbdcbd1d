"""Toll-free numbers: ``1-800-864-8331``, ``(888) 555-0100``.

A toll-free number is paid for by the one who is called, so only organisations hold
them: an airline's or a bank's support line, a charity's helpline. A person's own phone
is never one, so such a number in a question ("the airline's support line is
1-800-…") is no personal data, like an organisation's labelled main line
(:mod:`core.privacy.main_lines`).

The North American toll-free codes are 800, 833, 844, 855, 866, 877 and 888, with or
without the leading 1 or +1. (Korea's 080 and Britain's 0800 numbers are not read as a
person's phone in the first place.)

The code alone is not enough (:func:`organisation_line`): a number in one of those codes
that the writer calls their own ("my cell is 833-555-2278", "call me on …") or gives
under a bare form label ("Phone: 866 555 2669") stays personal data. Only a number
written the way organisations print theirs (with the leading 1), named as a line
("helpline", "support", "customer service", "고객센터") or given to be called ("call
(800) 642-7676") is let through: privacy fails closed.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["organisation_line", "toll_free_number"]

_TOLL_FREE_RE = LazyPattern(
    r"(?:\+?1[ \t.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ \t.-]?[0-9]{3}[ \t.-]?[0-9]{4}"
)


def toll_free_number(value: str) -> bool:
    """Whether ``value`` (a phone number as found) is a toll-free or freephone number."""
    return _TOLL_FREE_RE.fullmatch(value.strip()) is not None


_LEADING_ONE_RE = LazyPattern(r"\+?1[ \t.-]?\(?8")
# The writer's own number: "my cell", "call me", "reach me", "제 번호", "내 폰".
_OWN_RE = LazyPattern(
    r"(?i:\b(?:my|our)\b[^.?!\n]{0,20}\b(?:cell|mobile|phone|number|line)\b"
    r"|\b(?:call|text|reach|ring)[ \t]+me\b|\b(?:cell|mobile|home)\b)"
    r"|(?:내|제|저의|나의)[ \t]*(?:번호|폰|핸드폰|휴대폰|연락처)"
)
# The number named as an organisation's line, or given to be called.
_LINE_RE = LazyPattern(
    r"(?i:help[ \t-]?line|hot[ \t-]?line|support|customer|service|toll[ \t-]?free|"
    r"call[ \t-]?cent(?:er|re)|reservations?|\bcall\b|\bdial\b)"
    r"|고객센터|상담|콜센터|대표번호"
)
_REACH = 40


def organisation_line(text: str, start: int, end: int) -> bool:
    """Whether the toll-free number at ``text[start:end]`` is given as an organisation's.

    Not when the writer calls it their own in the words before it; yes when written with
    the leading 1 or named as a line or given to be called in the words around it.
    """
    before = text[max(0, start - _REACH) : start]
    if _OWN_RE.search(before):
        return False
    around = before + " " + text[end : end + _REACH]
    return _LEADING_ONE_RE.match(text, start) is not None or _LINE_RE.search(around) is not None
