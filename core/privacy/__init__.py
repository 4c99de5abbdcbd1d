"""Personal-data (PII) detection for Korean and English text, fully offline.

Public API used by the router, the graph's input guard, the egress guard and
trace masking::

    scan(text) -> list[Finding]          # sorted, non-overlapping, original offsets
    contains_pii(text) -> bool           # fast path
    classify(text) -> "public" | "local_only"
    mask(text, findings=None) -> str     # "[KR_RRN]" placeholders
    pseudonymize(text) / restore(text, mapping)
    Pseudonymizer(never_leaves).texts([...])  # one mapping over several texts
    scan_with_context(text, previous_tail) / scan_conversation(turns)
    scan_recent_turns(user_turns)        # ids split over several recent turns
    scan_jsonl(path) -> dict             # `switchyard privacy scan --jsonl FILE --json`

The egress guard's over-eager second line lives in
:mod:`core.privacy.wire_screen` (``screen_outgoing(text)``); numbers in words or
look-alike letters and spelled e-mails are read through
:mod:`core.privacy.spoken`, names people give themselves through
:mod:`core.privacy.intro_names`.

Nothing here opens a socket: detection is regexes, checksums (python-stdnum)
and phone metadata (phonenumbers) bundled with the packages.
"""

from __future__ import annotations

from core.privacy.history import recent_turns_contain_pii, scan_recent_turns
from core.privacy.jsonl import scan_jsonl
from core.privacy.pseudonym import Pseudonymizer, pseudonymize, restore
from core.privacy.scanner import (
    classify,
    contains_pii,
    mask,
    scan,
    scan_conversation,
    scan_with_context,
)
from core.privacy.types import PII_TYPES, Finding, PiiType

__all__ = [
    "PII_TYPES",
    "Finding",
    "PiiType",
    "Pseudonymizer",
    "classify",
    "contains_pii",
    "mask",
    "pseudonymize",
    "recent_turns_contain_pii",
    "restore",
    "scan",
    "scan_conversation",
    "scan_jsonl",
    "scan_recent_turns",
    "scan_with_context",
]
