"""RAG over the user's documents: ingest, hybrid search, extractive answers.

Public API (see DESIGN.md): :class:`DocumentStore` for ingest and search
(per-file :class:`IngestLimits`; :meth:`DocumentStore.cited_section` for citations),
:func:`retrieve_documents` for agents, :func:`extractive_answer` for the
deterministic tier, :func:`needs_synthesis` and :func:`build_grounded_prompt`
for the generative one.
"""

from __future__ import annotations

from tools.rag.answer import NOT_COVERED, extractive_answer
from tools.rag.answer_sentences import top_sentence
from tools.rag.citations import CitedSection
from tools.rag.dense import E5Embedder, Embedder
from tools.rag.limits import IngestLimits
from tools.rag.models import (
    AnswerSentence,
    DocumentInfo,
    ExtractiveAnswer,
    FileResult,
    IngestReport,
    Passage,
    RetrievedDocuments,
    format_citation,
)
from tools.rag.parsers import SUPPORTED_SUFFIXES
from tools.rag.retrieve import make_retrieve_documents, retrieve_documents
from tools.rag.store import DocumentStore
from tools.rag.synthesis import GroundedPrompt, build_grounded_prompt, needs_synthesis

__all__ = [
    "NOT_COVERED",
    "SUPPORTED_SUFFIXES",
    "AnswerSentence",
    "CitedSection",
    "DocumentInfo",
    "DocumentStore",
    "E5Embedder",
    "Embedder",
    "ExtractiveAnswer",
    "FileResult",
    "GroundedPrompt",
    "IngestLimits",
    "IngestReport",
    "Passage",
    "RetrievedDocuments",
    "build_grounded_prompt",
    "extractive_answer",
    "format_citation",
    "make_retrieve_documents",
    "needs_synthesis",
    "retrieve_documents",
    "top_sentence",
]
