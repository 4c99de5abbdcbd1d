"""The person a meeting is with, in a calendar invitation's title: ``Invitation: Sync with
Bartholomew Quince @ Tue 8 Dec 2026 10am - 10:30am (GMT)`` (redteam33).

Calendar mail titles its invitations ``Invitation:``/``Updated invitation:``/``Accepted:``
then the event's title and ``@ <day>``; people paste them to turn into to-do lines. The
title names the other person after ``with`` (``Sync with …``, ``1:1 with …``, ``Coffee
with …``) and nothing else marks the name. In an invitation (its lead word, or ``@`` and a
weekday) two or three capitalised words after a meeting word and ``with`` are the person;
outside one, only when the first word is a listed given name. One word alone (``chat with
Claude``) and a brand (``meeting with Google Cloud``) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.name_list import is_given_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.public_name_questions import names_no_one_asked_about
from core.privacy.types import Hit

__all__ = ["detect_invite_names_en"]


def _public(text: str, start: int, end: int) -> bool:
    # A famous person asked about ("who was … and why is she famous?") or a placeholder.
    return names_no_one_asked_about(text, start, end) or asks_about_a_public_figure(
        text, start, end
    )


_WITH_RE = LazyPattern(
    r"(?i:(?:sync|1:1|1-on-1|one-on-one|call|meeting|catch[ -]?up|coffee|lunch|dinner|chat|"
    r"interview|check-in|intro|review|session|appointment)[ \t]+with)[ \t]+"
    r"(?P<name>(?P<given>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?){0,2})"
    r"(?![A-Za-z])"
)
_INVITE_RE = LazyPattern(
    r"(?i:(?:updated[ \t]+)?invitation|accepted|declined|tentative|new[ \t]+event)[ \t]*:"
    r"|@[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
)


def detect_invite_names_en(text: str) -> Iterator[Hit]:
    """The person after a meeting word and "with" (see the module)."""
    if "with" not in text.lower():
        return
    invite = _INVITE_RE.search(text) is not None
    for m in _WITH_RE.finditer(text):
        words = m.group("name").split()
        if any(is_brand(w) for w in words) or not latin_person_words(words):
            continue
        # One word is too often a product or a bot ("chat with Claude").
        if len(words) >= 2 and (invite or is_given_name(m.group("given"))):
            if _public(text, m.start("name"), m.end("name")):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
