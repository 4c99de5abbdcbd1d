"""Deterministic answer composition and citation checks (no model call)."""

from __future__ import annotations

import re

from graphs.step_data import CitationData, StepOutput

_MARKER = re.compile(r"\[(\d{1,3})\]")


def _renumber(text: str, mapping: dict[int, int]) -> str:
    # One pass, so a marker renumbered to a later id is never renumbered twice.
    return _MARKER.sub(
        lambda m: f"[{mapping[int(m.group(1))]}]" if int(m.group(1)) in mapping else m.group(0),
        text,
    )


def compose_answer(plan: list[str], outputs: list[StepOutput]) -> tuple[str, list[CitationData]]:
    """Join step outputs into one answer, numbering citations across steps.

    Args:
        plan: the step texts.
        outputs: one dict per executed step with ``text`` and optional ``citations``.

    Returns:
        The answer and its citations (ids 1..n as they appear in the answer).
    """
    citations: list[CitationData] = []
    texts: list[str] = []
    for output in outputs:
        mapping: dict[int, int] = {}
        for citation in output.get("citations", []):
            mapping[int(citation["id"])] = len(citations) + 1
            citations.append({**citation, "id": len(citations) + 1})
        texts.append(_renumber(str(output.get("text", "")).strip(), mapping))
    if len(texts) == 1:
        return texts[0], citations
    lines = [f"{i}. {text}" for i, text in enumerate(texts, start=1)]
    return "\n".join(lines), citations


def verify_citations(answer: str, citations: list[CitationData]) -> str:
    """Remove markers that cite nothing; an empty answer says so instead of being blank."""
    known = {int(c["id"]) for c in citations}
    checked = _MARKER.sub(lambda m: m.group(0) if int(m.group(1)) in known else "", answer)
    checked = re.sub(r"[ \t]+([.,。])", r"\1", checked).strip()
    return checked or "No answer could be produced for this request."
