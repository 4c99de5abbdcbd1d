"""A citation's section, shown from the stored copy of the document's text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from tools.rag.storage import ChunkRow


class CitedSection(BaseModel):
    """The cited passage and the text just before and after it in its document."""

    model_config = ConfigDict(frozen=True)

    chunk_id: str
    source: str
    locator: str = ""
    heading: str = ""
    before: str = ""
    cited: str
    after: str = ""


def section_around(chunk: ChunkRow, text: str, context_chars: int) -> CitedSection:
    """Cut ``context_chars`` of context on each side of the chunk, at paragraph breaks if any.

    Args:
        chunk: The cited chunk (its offsets index ``text``).
        text: The document's stored text.
        context_chars: How much context to keep on each side at most.

    Returns:
        The section, with the chunk's own text as ``cited``.
    """
    start, end = max(0, chunk.start), min(len(text), chunk.end)
    if text[start:end].strip() != chunk.text.strip():
        # The stored text and the chunk disagree (should not happen); show the chunk alone.
        return CitedSection(
            chunk_id=chunk.chunk_id,
            source=chunk.source,
            locator=chunk.locator,
            heading=chunk.heading,
            cited=chunk.text,
        )
    lo = max(0, start - context_chars)
    hi = min(len(text), end + context_chars)
    # Start and end on paragraph breaks when one falls inside the window.
    para_lo = text.find("\n\n", lo, start)
    para_hi = text.rfind("\n\n", end, hi)
    lo = para_lo + 2 if para_lo != -1 else lo
    hi = para_hi if para_hi != -1 else hi
    return CitedSection(
        chunk_id=chunk.chunk_id,
        source=chunk.source,
        locator=chunk.locator,
        heading=chunk.heading,
        before=text[lo:start],
        cited=text[start:end],
        after=text[end:hi],
    )
