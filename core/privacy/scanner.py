"""The scanner: runs every detector, resolves overlaps, maps offsets back.

This is the hot path (every prompt, retrieved passage and tool result goes
through it), so it folds the text once, skips the numeric detectors when
there is no digit or ``@`` at all, and keeps every regex precompiled.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from core.privacy.address import detect_address
from core.privacy.common import longest_digit_run, replace_spans
from core.privacy.detector_lists import (
    ALL_DETECTORS,
    GATED_DETECTORS,
    NUMERIC_DETECTORS,
    OTHER_DETECTORS,
    TEXT_DETECTORS,
    Detector,
)
from core.privacy.machine_ids import outside_machine_ids
from core.privacy.normalize import Normalized, normalize
from core.privacy.spoken import fold_spoken
from core.privacy.types import PRIORITY, Finding, Hit
from core.types import PrivacyClass

# The detector lists are read here by name (``_hits``), so tests switch a rule off by
# patching ``scanner.GATED_DETECTORS`` and the like; they are re-exported for that.
__all__ = [
    "ALL_DETECTORS",
    "CONTEXT_TAIL",
    "GATED_DETECTORS",
    "NUMERIC_DETECTORS",
    "OTHER_DETECTORS",
    "TEXT_DETECTORS",
    "Detector",
    "classify",
    "contains_pii",
    "detector_lists",
    "mask",
    "merge_findings",
    "resolve_overlaps",
    "scan",
    "scan_conversation",
    "scan_with_context",
]

_NUMERIC_PREFILTER = re.compile(r"[0-9@]")
# Names need a Hangul syllable or a capital letter; pure lowercase ASCII
# without digits (most code and log lines) skips the name regexes too.
_TEXT_PREFILTER = re.compile(r"[가-힣A-Z]")

# How much of the previous turn is carried into the next scan: enough for the
# longest split id plus its label ("계좌번호는 국민은행 ...").
CONTEXT_TAIL = 64


def detector_lists() -> tuple[object, ...]:
    """The detector lists in use now: what a cache of scan results must be keyed on."""
    return (GATED_DETECTORS, TEXT_DETECTORS, OTHER_DETECTORS)


def _hits(folded: str) -> Iterator[Hit]:
    if _NUMERIC_PREFILTER.search(folded) is not None:
        longest = longest_digit_run(folded)
        for detector, min_digits in GATED_DETECTORS:
            if longest >= min_digits:
                yield from detector(folded)
    if _TEXT_PREFILTER.search(folded) is not None:
        for detector in TEXT_DETECTORS:
            yield from detector(folded)
    for detector in OTHER_DETECTORS:
        yield from detector(folded)


def resolve_overlaps(hits: Iterable[Hit]) -> list[Hit]:
    """Keep the strongest of overlapping candidates, sorted by start.

    Strength is type priority, then checksum validation, then confidence, then
    length; the result never has two overlapping spans.
    """
    ranked = sorted(
        hits,
        key=lambda h: (-PRIORITY[h.type], not h.validated, -h.confidence, h.start - h.end, h.start),
    )
    # Kept spans are disjoint, so sorted by start they are sorted by end too:
    # one bisect finds the only neighbours a new span could overlap.
    starts: list[int] = []
    kept: list[Hit] = []
    for hit in ranked:
        if hit.end <= hit.start:
            continue
        i = bisect.bisect_left(starts, hit.start)
        if i > 0 and kept[i - 1].end > hit.start:
            continue
        if i < len(kept) and kept[i].start < hit.end:
            continue
        starts.insert(i, hit.start)
        kept.insert(i, hit)
    return kept


def _original_hits(norm: Normalized, hits: Iterable[Hit]) -> list[Hit]:
    """``hits`` of ``norm.text`` with their spans moved to the original text."""
    out: list[Hit] = []
    for hit in hits:
        start, end = norm.span(hit.start, hit.end)
        out.append(Hit(hit.type, start, end, hit.confidence, hit.validated))
    return out


def _spoken_hits(folded: str) -> Iterator[Hit]:
    # Only numbers and e-mails change in the spoken fold; names were already
    # looked for in the first pass and would only be found twice.
    longest = longest_digit_run(folded)
    for detector, min_digits in GATED_DETECTORS:
        if detector is not detect_address and longest >= min_digits:
            yield from detector(folded)


def _all_hits(text: str) -> list[Hit]:
    """Every candidate in ``text``, in original offsets, overlaps unresolved."""
    norm = normalize(text)
    hits = _original_hits(norm, outside_machine_ids(_hits(norm.text), norm.text))
    spoken = fold_spoken(norm)
    if spoken is not None:
        spoken_hits = outside_machine_ids(_spoken_hits(spoken.text), spoken.text)
        hits.extend(_original_hits(spoken, spoken_hits))
    return hits


def scan(text: str) -> list[Finding]:
    """Find personal data in ``text``.

    Numbers written in words or with look-alike letters and e-mails written
    with spaces or ``at``/``dot`` are found through a second, spoken fold of
    the text (:mod:`core.privacy.spoken`).

    Args:
        text: Any text (prompt, passage, tool output).

    Returns:
        Findings sorted by start, non-overlapping, with offsets into ``text``.
    """
    if not text:
        return []
    return [
        Finding(h.type, h.start, h.end, text[h.start : h.end], h.confidence, h.validated)
        for h in resolve_overlaps(_all_hits(text))
    ]


def contains_pii(text: str) -> bool:
    """Fast yes/no: stops at the first plain candidate before trying the spoken fold."""
    if not text:
        return False
    norm = normalize(text)
    if next(outside_machine_ids(_hits(norm.text), norm.text), None) is not None:
        return True
    spoken = fold_spoken(norm)
    return (
        spoken is not None
        and next(outside_machine_ids(_spoken_hits(spoken.text), spoken.text), None) is not None
    )


def classify(text: str) -> PrivacyClass:
    """``"local_only"`` when ``text`` carries any personal data, else ``"public"``.

    Privacy fails closed: one low-confidence finding is enough.
    """
    return "local_only" if contains_pii(text) else "public"


def mask(text: str, findings: list[Finding] | None = None) -> str:
    """Replace each finding with a ``[TYPE]`` placeholder (e.g. ``[KR_RRN]``).

    Args:
        text: The original text.
        findings: Findings for ``text``; scanned when omitted. Overlapping
            findings are merged into the earlier one.

    Returns:
        The masked text.
    """
    if findings is None:
        findings = scan(text)
    return replace_spans(text, ((f.start, f.end, f.placeholder) for f in findings))


def _clip(f: Finding, lo: int, hi: int, text: str) -> Finding:
    """Clip a finding of ``joined`` to ``[lo, hi)`` and shift it to ``text`` offsets."""
    start, end = max(f.start, lo) - lo, min(f.end, hi) - lo
    return Finding(f.type, start, end, text[start:end], f.confidence, f.validated)


def _joined_findings(tail: str, text: str) -> list[Finding]:
    # Turns are joined with nothing in between: "900101-" + "1234567" must
    # read as one number, and the detectors' separators already allow a space.
    return scan(tail + text) if tail else []


def scan_with_context(text: str, previous_tail: str) -> list[Finding]:
    """Scan ``text`` as the continuation of ``previous_tail`` (the end of the last turn).

    Catches an id split across turns ("900101-" then "1234567") and a label
    in the previous turn for a number in this one. A finding that starts in
    the tail is clipped to the part inside ``text``.

    Args:
        text: The new turn.
        previous_tail: The end of the previous turn (any length; only the last
            :data:`CONTEXT_TAIL` characters are used).

    Returns:
        Findings with offsets into ``text``.
    """
    tail = previous_tail[-CONTEXT_TAIL:]
    own = scan(text)
    extra = [
        _clip(f, len(tail), len(tail) + len(text), text)
        for f in _joined_findings(tail, text)
        if f.end > len(tail)
    ]
    return _merge(own, extra)


def _merge(own: list[Finding], extra: list[Finding]) -> list[Finding]:
    hits = [Hit(f.type, f.start, f.end, f.confidence, f.validated) for f in own + extra]
    texts = {(f.start, f.end): f.text for f in own + extra}
    return [
        Finding(h.type, h.start, h.end, texts[(h.start, h.end)], h.confidence, h.validated)
        for h in resolve_overlaps(hits)
    ]


def merge_findings(own: list[Finding], extra: list[Finding]) -> list[Finding]:
    """Findings of one text from two sources, overlaps resolved (the stronger kept)."""
    return _merge(own, extra)


def scan_conversation(turns: list[str]) -> list[list[Finding]]:
    """Scan a conversation so ids split across consecutive turns are found.

    Args:
        turns: The messages in order.

    Returns:
        One list of findings per turn, offsets into that turn. A finding that
        spans a turn boundary appears, clipped, in both turns.
    """
    results = [scan(t) for t in turns]
    for i in range(1, len(turns)):
        prev, cur = turns[i - 1], turns[i]
        tail = prev[-CONTEXT_TAIL:]
        lo = len(prev) - len(tail)
        joined = tail + cur
        before: list[Finding] = []
        after: list[Finding] = []
        for f in _joined_findings(tail, cur):
            if f.end > len(tail):
                after.append(_clip(f, len(tail), len(joined), cur))
            if f.start < len(tail) < f.end:
                clipped = _clip(f, 0, len(tail), tail)
                before.append(
                    Finding(
                        f.type,
                        clipped.start + lo,
                        clipped.end + lo,
                        prev[clipped.start + lo : clipped.end + lo],
                        f.confidence,
                        f.validated,
                    )
                )
        results[i] = _merge(results[i], after)
        results[i - 1] = _merge(results[i - 1], before)
    return results
