"""Typed results of the RAG tools (frozen pydantic models, JSON-serializable)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.types import Citation

FileStatus = Literal["added", "updated", "unchanged", "rejected"]


class FileResult(BaseModel):
    """What happened to one file during an ingest."""

    model_config = ConfigDict(frozen=True)

    source: str
    status: FileStatus
    reason: str = ""
    chunks: int = 0


class IngestReport(BaseModel):
    """Per-file results of one ingest call."""

    model_config = ConfigDict(frozen=True)

    collection: str
    files: tuple[FileResult, ...] = ()
    pending_embeddings: int = 0

    def with_status(self, status: FileStatus) -> list[FileResult]:
        """Files that ended with ``status``."""
        return [f for f in self.files if f.status == status]

    @property
    def rejected(self) -> list[FileResult]:
        """Files skipped with a reason."""
        return self.with_status("rejected")

    @property
    def changed(self) -> bool:
        """True when any file was added or updated."""
        return any(f.status in ("added", "updated") for f in self.files)

    def summary(self) -> str:
        """One line such as ``2 added, 0 updated, 1 unchanged, 1 rejected``."""
        statuses: tuple[FileStatus, ...] = ("added", "updated", "unchanged", "rejected")
        counts = {s: len(self.with_status(s)) for s in statuses}
        return ", ".join(f"{n} {s}" for s, n in counts.items())


class DocumentInfo(BaseModel):
    """One indexed document as listed for a collection."""

    model_config = ConfigDict(frozen=True)

    source: str
    collection: str
    content_hash: str
    fmt: str
    encoding: str
    size: int
    chunks: int
    ingested_at: float


class Passage(BaseModel):
    """One retrieved chunk with its provenance and ranks."""

    model_config = ConfigDict(frozen=True)

    chunk_id: str
    source: str
    locator: str = ""
    text: str
    score: float = 0.0
    lexical_rank: int | None = None
    dense_rank: int | None = None
    collection: str = "default"
    heading: str = ""
    page: int | None = None
    start: int = 0
    end: int = 0
    # Sentence spans (relative to ``text``) with their index tokens, computed
    # at ingest so an extractive answer needs no re-analysis at query time.
    sentences: tuple[tuple[int, int, tuple[str, ...]], ...] = Field(default=(), repr=False)

    @property
    def label(self) -> str:
        """``source §heading`` / ``source p.3``: what a citation shows."""
        return f"{self.source} {self.locator}".strip()

    def citation(self, citation_id: int) -> Citation:
        """This passage as the ``[citation_id]`` citation."""
        return Citation(
            id=citation_id,
            source=self.source,
            locator=self.locator,
            text=self.text,
            chunk_id=self.chunk_id,
        )


def format_citation(citation: Citation) -> str:
    """``[1] data/samples/clinic_guide.md §예약 변경``."""
    return f"[{citation.id}] {citation.source} {citation.locator}".strip()


class AnswerSentence(BaseModel):
    """One sentence of an extractive answer and the citation it came from."""

    model_config = ConfigDict(frozen=True)

    text: str
    citation_id: int
    chunk_id: str
    score: float


class ExtractiveAnswer(BaseModel):
    """The deterministic answer tier: best sentences from retrieved passages."""

    model_config = ConfigDict(frozen=True)

    text: str
    sentences: tuple[AnswerSentence, ...] = ()
    citations: tuple[Citation, ...] = ()
    confidence: float = 0.0
    covered: bool = False
    language: Literal["ko", "en"] = "en"

    def citation_lines(self) -> list[str]:
        """Citations formatted one per line, ``[n] source locator``."""
        return [format_citation(c) for c in self.citations]


class RetrievedDocuments(BaseModel):
    """Result of ``retrieve_documents``: passages numbered as citations."""

    model_config = ConfigDict(frozen=True)

    query: str
    collection: str
    passages: tuple[Passage, ...] = ()
    citations: tuple[Citation, ...] = ()

    @classmethod
    def numbered(
        cls, query: str, collection: str, passages: Sequence[Passage]
    ) -> RetrievedDocuments:
        """The passages of a search, numbered as citations ``[1]..[k]`` in their order."""
        return cls(
            query=query,
            collection=collection,
            passages=tuple(passages),
            citations=tuple(p.citation(i) for i, p in enumerate(passages, start=1)),
        )

    def render(self) -> str:
        """Plain text for a tool message: ``[n] source locator`` then the passage."""
        if not self.passages:
            return "No matching passages."
        return "\n\n".join(
            f"{format_citation(c)}\n{p.text}"
            for c, p in zip(self.citations, self.passages, strict=True)
        )
