"""Regex building blocks shared by the detectors."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.lazy_regex import LazyPattern

# A separator between digit groups: a hyphen or dot (optionally padded with
# spaces), a single space, or nothing. Deliberately not newlines or commas, so
# prices ("35,000") and tables of numbers do not fuse into one id.
SEP = r"(?:[ \t]*[-.][ \t]*|[ \t]?)"
# Separator that must be present (used where a bare digit run is too ambiguous).
SEP_REQ = r"(?:[ \t]*[-.][ \t]*|[ \t])"

# Digit boundaries: not glued to other digits or Latin letters ("1Z..."
# tracking codes, "v2.10"), nor to a digit group that continues with a
# separator ("2024-0012345" must not yield "0012345...").
NB = r"(?<![0-9A-Za-z])(?<![0-9][-.])"
# The same boundary written to sit right AFTER the first digit. A pattern that
# starts with a digit class lets the regex engine skip ahead to digits; one that
# starts with a lookbehind is tried at every position (2-10x slower on prose).
NB1 = r"(?<![0-9A-Za-z][0-9])(?<![0-9][-.][0-9])"


def lead(n: int, m: int | None = None) -> str:
    """``n`` (to ``m``) digits that start at a digit boundary, boundary check after the first."""
    rest = f"{{{n - 1}}}" if m is None else f"{{{n - 1},{m - 1}}}"
    return "[0-9]" + NB1 + "[0-9]" + rest


NA = r"(?![0-9])(?![-.][0-9])"

DIGITS_RE = re.compile(r"[0-9]")

# A run of digits joined by the separators the detectors accept. Its digit
# count bounds what any numeric detector could match, so the scanner skips
# detectors whose ids are longer than the longest run (most prose).
_CLUSTER_RE = re.compile(r"[0-9](?:[ \t.\-]*[0-9])*")


def longest_digit_run(text: str) -> int:
    """Digits in the longest separator-joined digit run of ``text`` (0 if none)."""
    best = 0
    for m in _CLUSTER_RE.finditer(text):
        s = m.group(0)
        if len(s) > best:
            best = max(best, sum(1 for ch in s if "0" <= ch <= "9"))
    return best


def digits_of(s: str) -> str:
    """Only the ASCII digits of ``s``."""
    return "".join(ch for ch in s if "0" <= ch <= "9")


def label_before(
    text: str,
    start: int,
    labels: re.Pattern[str] | LazyPattern,
    window: int,
    *,
    adjacent: bool = True,
) -> re.Match[str] | None:
    """The last match of ``labels`` within ``window`` characters before ``start``.

    Args:
        text: The normalized text.
        start: Where the candidate begins.
        labels: A compiled alternation of context words.
        window: How far back to look (stops at a newline: a label on the
            previous line rarely describes this value).
        adjacent: Require no digit between the label and ``start``: a label
            names the first number after it, not every number that follows.

    Returns:
        The closest label match, or None.
    """
    lo = max(0, start - window)
    chunk = text[lo:start]
    nl = chunk.rfind("\n")
    if nl >= 0:
        chunk = chunk[nl + 1 :]
    last: re.Match[str] | None = None
    for m in labels.finditer(chunk):
        last = m
    if last is not None and adjacent and DIGITS_RE.search(chunk, last.end()) is not None:
        return None
    return last


def replace_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` span replaced.

    Overlapping spans are merged into the earlier (then longer) one, so a finding
    inside another is not masked twice.
    """
    parts: list[str] = []
    pos = 0
    for start, end, replacement in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos:
            continue
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
