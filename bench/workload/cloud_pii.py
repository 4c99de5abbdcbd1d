"""Personal data the cloud stand-in received during a workload run, and whose it was.

Split from :mod:`bench.workload.runner` (which runs the conversations and records where
each one's cloud requests start and end) to keep it small.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["ConversationSpan", "pii_at_cloud"]


@dataclass(frozen=True)
class ConversationSpan:
    """The cloud requests one conversation made (``bodies[start:end]``), with what its user
    typed and the values its own turns call personal."""

    start: int
    end: int
    typed: str
    personal: frozenset[str]


def pii_at_cloud(
    recorder: Any,
    case_pii: list[str],
    public: list[str],
    spans: Sequence[ConversationSpan] = (),
) -> tuple[int, list[str]]:
    """Bytes of personal data the stand-in received: detector findings in message contents
    (the organisation's public contacts excepted, as the egress guard excepts them: any
    spelling of a listed number, a listed address or a whole-word part of one, such as
    "12 Yesi-ro" of "12 Yesi-ro, Gasang-gu, Seoul") plus the suite's own PII values.

    A suite value counts wherever it arrives, except in a request of a conversation whose
    own user typed it in a turn that does not call it personal: "백현우" is a signature's
    name in one set and a drama character asked about in a public decoy of another, and
    the decoy's question at the cloud is no leak of the signature. Arriving in any other
    conversation (carried over by a cache or a shared thread) it still counts.
    """
    if recorder is None:
        return 0, []
    from core.privacy import scan
    from core.privacy.public_contacts import PublicContacts

    listed = PublicContacts(public)
    # Spans do not overlap (each conversation's requests are one run of indices), so the
    # one holding a request is the last that starts at or before it (an empty span sorts
    # before a real one starting at the same index): a bisection, not a
    # scan of every span for each of the suite's thousands of requests.
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    starts = [s.start for s in ordered]
    found: set[str] = set()
    for index, body in enumerate(recorder.bodies):
        received, contents = _read_body(body)
        found |= {
            text[f.start : f.end]
            for text in contents
            for f in scan(text)
            if not listed.is_public_text(text[f.start : f.end])
        }
        # The suite's values are looked for in each message as the model read it too: a
        # value written with backslashes (a name as JSON "\uXXXX" escapes in a pasted
        # snippet) has them doubled in the re-encoded body, where it would never match.
        span = _span_holding(ordered, starts, index)
        found |= {
            value
            for value in case_pii
            if (value in received or any(value in content for content in contents))
            and not (span is not None and value not in span.personal and value in span.typed)
        }
    return sum(len(v.encode()) for v in found), sorted(found)


def _span_holding(
    ordered: Sequence[ConversationSpan], starts: Sequence[int], index: int
) -> ConversationSpan | None:
    """The span whose requests include ``index``, if any (``ordered`` sorted by start)."""
    at = bisect_right(starts, index) - 1
    if at < 0 or index >= ordered[at].end:
        return None
    return ordered[at]


def _read_body(body: bytes | str) -> tuple[str, list[str]]:
    """A request body re-encoded with its escapes resolved, and its messages' contents."""
    raw = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    try:
        payload = json.loads(raw)
    except ValueError:
        return raw, []
    contents: list[str] = []
    for message in payload.get("messages", []) if isinstance(payload, dict) else []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            contents.append(content)
    return json.dumps(payload, ensure_ascii=False), contents
