"""A person's name in a GEDCOM genealogy record: ``0 @I3@ INDI`` then ``1 NAME Wilhelmina Agnes
/Trevethan/`` (redteam44).

Family-tree programs export people as GEDCOM records, and users paste them to ask why an import
fails. The ``NAME`` line writes the given names, then the surname between slashes; nothing in it
has a capital-and-label shape the name rules read. The line is a name wherever it stands in a
record (a level number, ``NAME``, then words with a slash-delimited surname). A record whose
birth or death year is before 1900 is history (``1 NAME Victoria /Hanover/`` born 1819): no one
alive, and the tutorials' examples are such figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_gedcom_names"]

_NAME_LINE_RE = LazyPattern(
    r"(?m)^[ \t]*[0-9]{1,2}[ \t]+NAME[ \t]+(?P<name>[^\n/]{0,60}/[^\n/]{1,40}/[^\n]{0,30}?)[ \t]*$"
)
# The record's next lines up to the next level-0 line: where its dates are.
_RECORD_END_RE = LazyPattern(r"(?m)^[ \t]*0[ \t]")
_YEAR_RE = re.compile(
    r"(?m)^[ \t]*[0-9]{1,2}[ \t]+DATE[ \t]+[^\n]*?\b(?P<year>1[0-9]{3}|20[0-9]{2})\b"
)
_HISTORY_BEFORE = 1900


def _historical(text: str, start: int) -> bool:
    end_m = _RECORD_END_RE.search(text, start)
    record = text[start : end_m.start() if end_m is not None else len(text)]
    years = [int(m.group("year")) for m in _YEAR_RE.finditer(record)]
    return bool(years) and min(years) < _HISTORY_BEFORE


def detect_gedcom_names(text: str) -> Iterator[Hit]:
    """The name of a GEDCOM record's ``NAME`` line, unless the record is history."""
    if "NAME" not in text:
        return
    for m in _NAME_LINE_RE.finditer(text):
        if not _historical(text, m.end()):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
