"""A US driver licence number after its label: ``my Florida driver license is
S530-482-91-774-0``, ``DL# D4821937`` (redteam30).

Each state numbers licences its own way (a letter and twelve digits in Florida, a letter and
seven digits in California, nine digits in Texas…), so there is no one shape to read; the
label is what says it: ``driver's license``, ``driver licence``, ``DL``/``DL#`` with
``number``/``no.``/``#``/``is``/``:`` and a token of letters and digits (hyphens and spaces
between groups) holding at least six digits. ``driver's license renewal takes 3 weeks``
has no such token. A Korean licence number after the English label is left to
:func:`core.privacy.korean.detect_driver_license`, which reports it under its own type.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.korean import detect_driver_license
from core.privacy.types import Hit

__all__ = ["detect_us_driver_licences"]

_LABEL = (
    r"(?i:driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e)(?:[ \t]+(?i:number|no\.?|#))?"
    r"|\bDL[ \t]*(?:#|(?i:no\.?|number))"
)
_LICENCE_RE = LazyPattern(
    r"(?:" + _LABEL + r")[ \t]*(?:(?i:is|was)[ \t]+|:[ \t]*|#[ \t]*)?"
    r"(?P<id>[A-Z]?[0-9]{1,4}(?:[ -]?[0-9]{1,4}){1,5}|[A-Z]{1,2}[ -]?[0-9]{6,13})(?![A-Za-z0-9])"
)


def detect_us_driver_licences(text: str) -> Iterator[Hit]:
    """Driver licence numbers after their label (see the module)."""
    korean = {(h.start, h.end) for h in detect_driver_license(text)}
    for m in _LICENCE_RE.finditer(text):
        # A Korean licence number ("11-23-456789-01") is the Korean rule's, under its own type.
        if any(s <= m.start("id") < e for s, e in korean):
            continue
        if sum(ch.isdigit() for ch in m.group("id")) >= 6:
            yield Hit("national_id", m.start("id"), m.end("id"), 0.8, False)
