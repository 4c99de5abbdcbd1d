"""The name fields of a contact card: vCard ``N:``/``FN:`` lines (with parameters such as
``N;CHARSET=UTF-8:제갈;윤서;;;``) and a MECARD's ``N:Lindqvist,Annika;`` (redteam31).

A vCard or a QR contact pasted to ask why it will not import is a person's whole contact
entry. The phone and e-mail rules read its numbers; the names sit in fields whose values are
split by ``;`` or ``,`` (family;given), which no name pattern reads, and in any script. Only
inside a card (the text holds ``BEGIN:VCARD`` or ``MECARD:``), the value of ``N`` and ``FN``
up to the end of its field is a name. ``ORG:`` and ``TITLE:`` are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_contact_card_names"]

_VCARD_RE = LazyPattern(r"(?im)^[ \t]*(?:FN|N)(?:;[^:\n]*)?:(?P<value>[^\n]{1,160})")
_MECARD_RE = LazyPattern(r"(?i)(?:MECARD:|;)N:(?P<value>[^;\n]{1,120})")


def _trimmed(text: str, start: int, value: str) -> Hit | None:
    body = value.rstrip(" \t\r;,")
    lead = len(body) - len(body.lstrip(" \t;,"))
    body = body.strip(" \t;,")
    if not any(ch.isalpha() for ch in body):
        return None
    return Hit("person_name", start + lead, start + lead + len(body), 0.85, False)


def detect_contact_card_names(text: str) -> Iterator[Hit]:
    """Names in vCard and MECARD name fields (see the module)."""
    upper = text.upper()
    if "BEGIN:VCARD" in upper:
        for m in _VCARD_RE.finditer(text):
            hit = _trimmed(text, m.start("value"), m.group("value"))
            if hit is not None:
                yield hit
    if "MECARD:" in upper:
        for m in _MECARD_RE.finditer(text):
            hit = _trimmed(text, m.start("value"), m.group("value"))
            if hit is not None:
                yield hit
