"""The author line of a pasted review comment: ``Hartley, Beatrix    11/28/2026 3:14 PM``
(redteam37).

Word's and Acrobat's comment bubbles, and Google Docs' comment export, head each comment
with its author and when it was written: the author as the account shows it (``Surname,
Given`` in corporate directories, or ``Given Surname``), then the date and time. People
paste the bubble to ask how to answer it. The comma form has no name list's order and
neither form has a label, but a line that holds only a name and then a date with a clock
time is a byline: one to three capitalised words read as a person
(:mod:`core.privacy.person_shaped`), with or without the comma, at the start of a line,
then the date (``11/28/2026``, ``2026-11-28``, ``28 Nov 2026``) and a time. Without the
comma a listed given or family name must be among the words, since a calendar's ``Weekly
Sync   12/1/2026 10:00`` has the same shape; a line opening with a word of no person
(``Status``, ``Team``) stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.person_shaped import LATIN_NAME_WORD, latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_comment_author_lines"]

_DATE = (
    r"(?:[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{2}-[0-9]{2}|"
    r"[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{4}|[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2},?"
    r"(?:[ \t]+[0-9]{4})?)"
)
_LINE_RE = LazyPattern(
    r"(?m:^)[ \t]*(?P<name>" + LATIN_NAME_WORD + r"(?:,?[ \t]+" + LATIN_NAME_WORD + r"){1,2})"
    r"(?:[ \t]{2,}|\t|[ \t]*[-–·|][ \t]*)" + _DATE + r",?[ \t]+[0-9]{1,2}:[0-9]{2}"
)


def detect_comment_author_lines(text: str) -> Iterator[Hit]:
    """Authors heading pasted comments (see the module)."""
    if ":" not in text:
        return
    for m in _LINE_RE.finditer(text):
        name = m.group("name")
        words = name.replace(",", " ").split()
        if not latin_person_words(words):
            continue
        # Without the directory's comma a calendar's "Weekly Sync   12/1/2026 10:00" has the
        # same shape: then a listed given or family name must be in it.
        if "," not in name and not (is_given_name(words[0]) or is_family_name(words[-1])):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
