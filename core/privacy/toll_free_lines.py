"""Toll-free numbers: ``1-800-864-8331``, ``(888) 555-0100``.

A toll-free number is paid for by the one who is called, so only organisations hold
them: an airline's or a bank's support line, a charity's helpline. A person's own phone
is never one, so such a number in a question ("the airline's support line is
1-800-…") is no personal data, like an organisation's labelled main line
(:mod:`core.privacy.main_lines`).

The North American toll-free codes are 800, 833, 844, 855, 866, 877 and 888, with or
without the leading 1 or +1. (Korea's 080 and Britain's 0800 numbers are not read as a
person's phone in the first place.)
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["toll_free_number"]

_TOLL_FREE_RE = LazyPattern(
    r"(?:\+?1[ \t.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ \t.-]?[0-9]{3}[ \t.-]?[0-9]{4}"
)


def toll_free_number(value: str) -> bool:
    """Whether ``value`` (a phone number as found) is a toll-free or freephone number."""
    return _TOLL_FREE_RE.fullmatch(value.strip()) is not None
