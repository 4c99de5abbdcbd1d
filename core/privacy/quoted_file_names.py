"""A full name with spaces inside a quoted file name: ``'Scan - Teodora Lindqvist.pdf'``,
``"CV Maria Lopez (2).docx"`` (redteam36).

:mod:`core.privacy.file_name_names` splits a bare file name at ``_``, ``-`` and dots and
leaves names with spaces alone, since a bare name's start cannot be told from the
sentence's. In quotes the file name's start is known. A quoted file name of a personal
paper or a scan (its stem holds ``Scan``, ``CV``, ``Resume``, ``Passport``, ``Payslip``,
``Contract``, ``Reference``… as a word) whose stem ends in two or three capitalised words
read as a person (:mod:`core.privacy.person_shaped`), after the kind word or a dash, holds
that person's name. ``'Q3 Sales Report.pdf'`` (no paper's kind) and ``'Scan - Invoice
March.pdf'`` (a month is no person) stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_quoted_file_names"]

_QUOTED_RE = LazyPattern(
    r"['\"“‘](?P<stem>[^'\"“”‘’\n]{3,80}?)(?:[ \t]?\(\d{1,3}\))?\."
    r"(?i:pdf|docx?|hwpx?|pages|odt|jpe?g|png|heic)['\"”’]"
)
_KIND_RE = LazyPattern(
    r"(?i)(?<![a-z])(?:scan(?:ned)?|cv|resume|résumé|passport|payslip|paystub|contract|"
    r"reference|certificate|id|visa|offer|letter)(?![a-z])"
)
_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_TAIL_NAME_RE = LazyPattern(r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,2})[ \t]*\Z")


def detect_quoted_file_names(text: str) -> Iterator[Hit]:
    """A person's full name closing a quoted personal file name (see the module)."""
    if "." not in text:
        return
    for m in _QUOTED_RE.finditer(text):
        stem = m.group("stem")
        kind = _KIND_RE.search(stem)
        if kind is None:
            continue
        tail = _TAIL_NAME_RE.search(stem, kind.end())
        if tail is None:
            continue
        words = tail.group("name").split()
        if _KIND_RE.fullmatch(words[0]) is not None:
            words = words[1:]
        if len(words) < 2 or not latin_person_words(words):
            continue
        base = m.start("stem")
        start = base + stem.index(words[0], tail.start("name"))
        end = base + tail.end("name")
        yield Hit("person_name", start, end, 0.8, False)
