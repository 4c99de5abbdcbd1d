"""The author on the lines of a formatted ``git log`` (redteam42): ``git log --format='%h %an
%s'`` prints ``3f9a1c2 탁은재 결제 모듈 리팩터링`` and ``8b2e7d0 Horatio Bellweather fix flaky
test``, a commit id, the author's name (their ``user.name``, usually a full name), the subject.

The line has no brackets, date or mailbox to anchor the name (as ``git blame`` and
``Author: … <…>`` have), so the listing must be one: the text asks for ``%an`` or names
``git log``, or two or more lines open with a commit id. The name is then a Korean full name
(a surname first, three or four syllables) or two or three capitalised Latin words, each a
name rather than the imperative that opens a subject (``Merge``, ``Fix``, ``Revert``…).
A public figure asked about (the kernel's first commit by Linus Torvalds) stays public.

A commit message's trailers name people too (redteam51): ``Reviewed-by: Obadiah
Thistlewood-Mensah`` with no address after it (the address form is
:mod:`core.privacy.mailbox_display_names`'). Each trailer key git and Gerrit use
(``Signed-off-by``, ``Co-authored-by``, ``Reviewed-by``, ``Acked-by``, ``Tested-by``,
``Reported-by``, ``Suggested-by``, ``Helped-by``, ``Approved-by``) is followed by the
person's name: a Korean full name or one to three capitalised Latin words up to the line's
end or a bracket (a name before an address's ``<`` is left to that rule). A bot
(``dependabot[bot]``) or a lower-case handle is no name read here, and a public figure asked
about stays public.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import is_english_non_name, plausible_korean_name
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.types import Hit

__all__ = ["detect_commit_log_authors"]

# A commit id has a letter among its hex digits (all-digit ids are rare, and a line opening
# with a student or order number is a roster's, not a log's).
_LINE_RE = LazyPattern(r"(?m)^[ \t]*(?=[0-9]*[a-f])[0-9a-f]{7,40}[ \t]+(?P<rest>[^\n]+)")
_KOREAN_RE = LazyPattern(r"(?P<name>[가-힣]{3,4})[ \t]+\S")
_LATIN_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
_LATIN_RE = LazyPattern(
    r"(?P<name>" + _LATIN_WORD + r"(?:[ \t]" + _LATIN_WORD + r"){1,2}?)(?=[ \t]+[^A-Z\s]|[ \t]*$)"
)
_CUE_RE = LazyPattern(r"(?i)%an\b|%aN\b|\bgit[ \t]+(?:log|shortlog)\b")
# Words that open a commit subject, not a name.
_SUBJECT_WORDS = frozenset(
    {"Merge", "Revert", "Fix", "Fixes", "Add", "Adds", "Update", "Updates", "Bump", "Remove",
     "Initial", "Release", "Refactor", "Move", "Rename", "Use", "Make", "Allow", "Improve",
     "Change", "Drop", "Support", "Implement", "Clean", "Cleanup", "Pull", "Version", "Test"}
)  # fmt: skip


_TRAILER_RE = LazyPattern(
    r"(?im)(?:^|(?<=['\"`]))[ \t]*(?:signed-off|co-authored|reviewed|acked|tested|reported|"
    r"suggested|helped|approved)-by:[ \t]*(?P<rest>[^\n]+)"
)
# The name runs to the line's end, an address or an aside ("… <…>", "… (QA)").
_TRAILER_END_RE = LazyPattern(r"[ \t]*(?:$|[<(\[])")


def _trailer_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names after commit trailers (``Reviewed-by: …``)."""
    if "-by:" not in text.lower():
        return
    for line in _TRAILER_RE.finditer(text):
        # A trailer quoted in a sentence ends at its closing quote ("'Tested-by: 탁윤서' 인데").
        rest = re.split(r"['\"’”`]", line.group("rest"), maxsplit=1)[0].rstrip()
        span = _name_at(rest + " .")
        if span is None or _TRAILER_END_RE.match(rest, span[1]) is None:
            continue
        if rest[span[1] :].lstrip().startswith("<"):
            continue  # "Name <address>" is mailbox_display_names' to read

        yield line.start("rest") + span[0], line.start("rest") + span[1]


def _name_at(rest: str) -> tuple[int, int] | None:
    k = _KOREAN_RE.match(rest)
    if k is not None:
        name = k.group("name")
        return (0, len(name)) if plausible_korean_name(name, strong=True) else None
    m = _LATIN_RE.match(rest)
    if m is None:
        return None
    words = m.group("name").split()
    if any(w in _SUBJECT_WORDS or is_english_non_name(w) for w in words):
        return None
    return (0, m.end("name"))


def detect_commit_log_authors(text: str) -> Iterator[Hit]:
    """Authors' names on a formatted ``git log`` listing's lines (see the module)."""
    for start, end in _trailer_names(text):
        if not asks_about_a_public_figure(text, start, end):
            yield Hit("person_name", start, end, 0.8, False)
    lines = list(_LINE_RE.finditer(text))
    if not lines or (len(lines) < 2 and _CUE_RE.search(text) is None):
        return
    for line in lines:
        span = _name_at(line.group("rest"))
        if span is None:
            continue
        start = line.start("rest") + span[0]
        end = line.start("rest") + span[1]
        if not asks_about_a_public_figure(text, start, end):
            yield Hit("person_name", start, end, 0.8, False)
