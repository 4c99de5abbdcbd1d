"""A birth date written the short way, with the person it belongs to (redteam23).

``Anselm Harcourt-Ng, b. 14/02/1988``: "b." (born) before a full date is how forms, CVs
and casual notes give someone's birth date, and the name right before it is whose. Only a
whole date (day, month and a four-digit year) after "b." counts: "b. 1988" alone is a
biography's year, "plan b. 2 options" no date at all. The name is two or more capitalised
words right before the comma (:func:`core.privacy.task_recipient_names.read_name_after`
reads them, with its list of words that name no person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.task_recipient_names import read_name_after
from core.privacy.types import Hit

__all__ = ["detect_birth_abbreviation"]

_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"[ \t]+(?:19|20)\d\d)"
)
_BORN_RE = GuardedPattern(r"(?<![A-Za-z])b\.[ \t]*(?P<date>" + _DATE + r")(?![0-9])")
# The words of a name right before ", b." (any script's letters, particles between).
_NAME_BEFORE_RE = re.compile(r"((?:[^\W\d_][\w'’-]*[ \t]+){1,5}[^\W\d_][\w'’-]*),?[ \t]*$")


def detect_birth_abbreviation(text: str) -> Iterator[Hit]:
    """A full date after "b." and the name before it (see the module)."""
    for m in _BORN_RE.finditer(text):
        yield Hit("birth_date", m.start("date"), m.end("date"), 0.8, False)
        before = _NAME_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        words = before.group(1)
        # Try from each word on, so "write it for Anselm Harcourt-Ng" yields the name only.
        lo = before.start(1)
        for offset in [0, *[i + 1 for i, ch in enumerate(words) if ch in " \t"]]:
            span = read_name_after(text, lo + offset)
            if span is not None and span[1] == lo + len(words):
                yield Hit("person_name", span[0], span[1], 0.75, False)
                break
