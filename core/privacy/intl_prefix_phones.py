"""Phone numbers dialled with an international prefix or a bracketed trunk zero: ``0082-10-6638-
1174``, ``+44 (0) 7911 284 563``, ``+82 (0)10-4417-2958`` (redteam32).

People abroad write the number as they dial it: ``00`` (the international prefix of most of
the world) before the country code instead of ``+``, and British and European style keeps the
home trunk ``0`` in brackets after the country code (``+44 (0)``), which is not dialled from
abroad. The phone patterns expect ``+`` and no bracketed zero, so these passed. The rule
reads ``00`` or ``+``, a country code, an optional ``(0)``, then digit groups, rewrites it as
``+CC`` and the national number, and keeps it only when libphonenumber (the ``phonenumbers``
package's bundled metadata) says the number is valid for that country, which keeps
prices, dates and ids starting with ``00`` out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_intl_prefix_phones"]

_PHONE_RE = LazyPattern(
    r"(?P<prefix>00|\+)[ \t]?(?P<cc>[1-9][0-9]{0,2})[ \t.-]*"
    r"(?P<trunk>\([ \t]?0[ \t]?\)[ \t.-]*)?(?P<rest>[0-9](?:[ \t.-]?[0-9]){5,13})(?![0-9])"
)


def _valid(cc: str, rest: str) -> bool:
    # Imported here, as in core.privacy.contact: its metadata is heavy, and a CLI command
    # that only scans "3+4" must not load it (tests/ui/test_cli_fast.py).
    import phonenumbers

    national = "".join(ch for ch in rest if ch.isdigit())
    try:
        number = phonenumbers.parse("+" + cc + national, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def detect_intl_prefix_phones(text: str) -> Iterator[Hit]:
    """Numbers with ``00`` + country code, or ``+CC (0)`` (see the module)."""
    if "00" not in text and "(0)" not in text and "( 0 )" not in text:
        return
    for m in _PHONE_RE.finditer(text):
        # Not inside a longer number or word (the check is here so the pattern starts on
        # its prefix and the engine can skip ahead to it).
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "+"):
            continue
        if m.group("prefix") == "+" and m.group("trunk") is None:
            continue  # a plain "+CC …" is the phone rules'
        if _valid(m.group("cc"), m.group("rest")):
            yield Hit("phone", m.start(), m.end(), 0.85, False)
