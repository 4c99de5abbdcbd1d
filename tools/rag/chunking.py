"""Structure-aware chunking: sections → paragraphs → sentences → chunks.

A chunk never crosses a heading (or a PDF page); paragraphs are packed whole
while they fit, and only a paragraph longer than the limit is cut, at sentence
boundaries. Every segment of a whole batch of documents is analysed in one
call (:func:`tools.rag.textutil.analyze`) because per-call overhead, not
text length, dominates Kiwi's cost on short paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tools.rag.parsers import ParsedDocument, Section
from tools.rag.textutil import Sentence, analyze

TARGET_CHARS = 700
MAX_CHARS = 1100

_PARA_SPLIT = re.compile(r"\n[ \t]*\n")
_LIST_LINE = re.compile(r"^\s*([-*+•]|\d+[.)]|\|)\s*")


@dataclass(frozen=True)
class ChunkDraft:
    """A chunk ready to store: text, where it came from, sentences and tokens."""

    ord: int
    start: int
    end: int
    text: str
    locator: str
    heading_path: tuple[str, ...]
    page: int | None
    sentences: tuple[Sentence, ...]
    tokens: tuple[str, ...]

    @property
    def index_text(self) -> str:
        """What the dense model embeds: the heading path gives the chunk its topic."""
        if self.heading_path:
            return " > ".join(self.heading_path) + "\n" + self.text
        return self.text


@dataclass(frozen=True)
class _Segment:
    doc: int
    section: int
    para: int
    start: int
    end: int


def _segments(doc_i: int, doc: ParsedDocument) -> list[_Segment]:
    out: list[_Segment] = []
    para = 0
    for sec_i, sec in enumerate(doc.sections):
        body = doc.text[sec.start : sec.end]
        pos = 0
        for m in [*_PARA_SPLIT.finditer(body), None]:
            p_end = m.start() if m else len(body)
            ptext = body[pos:p_end]
            if ptext.strip():
                lines = ptext.splitlines(keepends=True)
                # List items and table rows are separate statements without
                # sentence punctuation; analyse each line on its own.
                if len(lines) > 1 and any(_LIST_LINE.match(ln) for ln in lines):
                    off = pos
                    for ln in lines:
                        if ln.strip():
                            out.append(
                                _Segment(
                                    doc_i,
                                    sec_i,
                                    para,
                                    sec.start + off,
                                    sec.start + off + len(ln.rstrip("\n")),
                                )
                            )
                        off += len(ln)
                else:
                    out.append(_Segment(doc_i, sec_i, para, sec.start + pos, sec.start + p_end))
                para += 1
            pos = m.end() if m else len(body)
    return out


def _pack(
    doc: ParsedDocument,
    sec: Section,
    paras: list[list[Sentence]],
    ord_start: int,
    head_tokens: tuple[str, ...],
) -> list[ChunkDraft]:
    chunks: list[ChunkDraft] = []
    current: list[Sentence] = []

    def size(sents: list[Sentence]) -> int:
        return sents[-1].end - sents[0].start if sents else 0

    def emit() -> None:
        if not current:
            return
        start, end = current[0].start, current[-1].end
        rel = tuple(Sentence(s.start - start, s.end - start, s.tokens) for s in current)
        toks = head_tokens + tuple(t for s in current for t in s.tokens)
        chunks.append(
            ChunkDraft(
                ord_start + len(chunks),
                start,
                end,
                doc.text[start:end],
                sec.locator,
                sec.heading_path,
                sec.page,
                rel,
                toks,
            )
        )
        current.clear()

    for para in paras:
        if not para:
            continue
        if current and size([*current, *para]) > TARGET_CHARS:
            emit()
        if size(para) <= MAX_CHARS:
            current.extend(para)
            continue
        for sent in para:
            if current and sent.end - current[0].start > TARGET_CHARS:
                emit()
            current.append(sent)
    emit()
    return chunks


def chunk_documents(docs: Sequence[ParsedDocument]) -> list[list[ChunkDraft]]:
    """Chunk several parsed documents, analysing all their text in one batch.

    Args:
        docs: Parsed documents.

    Returns:
        For each document, its chunks in reading order.
    """
    segs = [s for i, d in enumerate(docs) for s in _segments(i, d)]
    heads = sorted({" ".join(sec.heading_path) for d in docs for sec in d.sections} - {""})
    analysed = analyze([docs[s.doc].text[s.start : s.end] for s in segs] + heads)
    head_tokens = {
        h: tuple(t for sent in a for t in sent.tokens)
        for h, a in zip(heads, analysed[len(segs) :], strict=True)
    }
    # (doc, section) -> list of paragraphs, each a list of absolute sentences
    grouped: dict[tuple[int, int], dict[int, list[Sentence]]] = {}
    for seg, sents in zip(segs, analysed[: len(segs)], strict=True):
        bucket = grouped.setdefault((seg.doc, seg.section), {}).setdefault(seg.para, [])
        bucket.extend(Sentence(seg.start + s.start, seg.start + s.end, s.tokens) for s in sents)
    result: list[list[ChunkDraft]] = []
    for d_i, doc in enumerate(docs):
        chunks: list[ChunkDraft] = []
        for s_i, sec in enumerate(doc.sections):
            paras = list(grouped.get((d_i, s_i), {}).values())
            chunks.extend(
                _pack(doc, sec, paras, len(chunks), head_tokens.get(" ".join(sec.heading_path), ()))
            )
        result.append(chunks)
    return result
