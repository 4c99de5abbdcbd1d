"""Fixtures for the RAG tests: stores (a small one of a test's own documents), a counting
embedder, file builders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from agents.documents import DocPlan, plan_document_step
from bench.docqa import sample_store
from tools.rag.dense import E5Embedder, FloatArray
from tools.rag.store import DocumentStore

REPO_ROOT = Path(__file__).resolve().parents[3]
SAMPLES = REPO_ROOT / "data" / "samples"
# The collection bench.docqa.sample_store fills.
SAMPLES_COLLECTION = "devset"


class CountingEmbedder:
    """The real e5 embedder, counting passage embeddings (to prove none are redone)."""

    model_id = E5Embedder.model_id
    dimension = E5Embedder.dimension

    def __init__(self) -> None:
        self._inner = E5Embedder()
        self.passages_embedded = 0
        self.calls = 0

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        self.calls += 1
        self.passages_embedded += len(texts)
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> FloatArray:
        return self._inner.embed_query(text)


@pytest.fixture(scope="session")
def embedded_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the samples ingested and embedded once per session (closed).

    Embedding the samples costs several seconds of CPU per store; module fixtures copy
    this folder (:func:`copy_of_samples`) instead of ingesting and embedding them again.
    """
    folder = tmp_path_factory.mktemp("embedded_samples")
    sample_store(folder, dense=True).close()
    return folder


def copy_of_samples(template: Path, data_dir: Path, extra: Sequence[Path] = ()) -> DocumentStore:
    """``bench.docqa.sample_store(data_dir, dense=True, extra=extra)``, from a copy.

    The copy holds the same chunks (a chunk id depends on the collection, the source
    file's path, the position and the text, not on the data folder) and their vectors,
    so only the ``extra`` documents are read and embedded.
    """
    shutil.copytree(template, data_dir, dirs_exist_ok=True)
    store = DocumentStore(data_dir, dense=True)
    for path in extra:
        report = store.ingest_path(path, SAMPLES_COLLECTION)
        if report.rejected:
            store.close()
            raise RuntimeError(f"documents rejected: {report.rejected}")
    store.embed_pending()
    return store


def devset_plan(store: DocumentStore, question: str) -> DocPlan:
    """The planner's plan for ``question`` over the store's ``devset`` collection."""
    return plan_document_step(store, question, collection="devset", pinned=False)


def cites_first(plan: DocPlan, file: str) -> bool:
    """Whether the plan's first citation is ``file``."""
    return bool(plan.citations) and str(plan.citations[0]["source"]).endswith(file)


def extractive_answer(store: DocumentStore, question: str, collection: str = "devset") -> str:
    """The sentence the planner answers ``question`` with from ``store``, "" when it declines."""
    plan = plan_document_step(store, question, collection=collection, pinned=False)
    return plan.answer if plan.kind == "extractive" else ""


def small_store(
    data_dir: Path, collection: str, documents: Mapping[str, str], *, folder: Path | None = None
) -> Iterator[DocumentStore]:
    """A lexical store of a few markdown documents written for a test, closed after it.

    Use with ``yield from`` in a fixture. The documents are ingested as texts, or, with
    ``folder``, written there as files and the folder ingested (as a user adds one).

    Args:
        data_dir: The store's data directory.
        collection: The collection the documents go in.
        documents: File name -> markdown text.
        folder: Where to write them as files first, if they are to be read from disk.
    """
    store = DocumentStore(data_dir, dense=False)
    if folder is None:
        report = store.ingest_texts(list(documents.items()), collection, markdown=True)
    else:
        for name, text in documents.items():
            (folder / name).write_text(text, encoding="utf-8")
        report = store.ingest_path(folder, collection)
    assert not report.rejected, report.rejected
    yield store
    store.close()


@pytest.fixture()
def lexical_store(tmp_path: Path) -> Iterator[DocumentStore]:
    """A lexical-only store in a temporary data directory."""
    store = DocumentStore(tmp_path / "data", dense=False)
    yield store
    store.close()


@pytest.fixture()
def counting_embedder() -> CountingEmbedder:
    """A fresh counting embedder around the shared e5 model."""
    return CountingEmbedder()


def make_pdf(pages: Sequence[str]) -> bytes:
    """A minimal valid PDF with one line of Helvetica text per page (ASCII only)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, text in enumerate(pages):
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_encrypted_pdf(pages: Sequence[str], password: str = "secret") -> bytes:
    """The same PDF, encrypted with a user password through pypdf's writer."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(pages))))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_docx(path: Path, heading: str, paragraphs: Sequence[str]) -> Path:
    """A .docx with one heading and some paragraphs, written by python-docx."""
    import docx

    document = docx.Document()
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def cited_plan(answer: str, source: str, locator: str, section: str = "") -> DocPlan:
    """An extractive plan answering ``answer`` from one citation (``section`` its text)."""
    citation = {"id": 1, "source": source, "locator": locator, "text": section}
    return DocPlan(kind="extractive", answer=answer, citations=[citation])


def follow_up_plan(follow_up: str, question: str, plan: DocPlan) -> DocPlan | None:
    """``graphs.thread_document_query.thread_subject_plan`` for ``follow_up`` in a thread
    whose earlier ``question`` was answered by ``plan`` (every other question: not covered).
    """
    import graphs.thread_document_query as thread_query

    def plan_of(asked: str) -> DocPlan:
        return plan if asked == question else DocPlan(kind="not_covered")

    return thread_query.thread_subject_plan(follow_up, question, plan_of)


def answered_plan(
    store: DocumentStore,
    question: str,
    *parts: str,
    never: Sequence[str] = (),
    first: str = "",
    collection: str = "devset",
) -> DocPlan:
    """The planner's plan for ``question``, checked: extractive, holding each of ``parts``,
    none of ``never``, and, with ``first``, citing that file first."""
    plan = plan_document_step(store, question, collection=collection, pinned=False)
    assert plan.kind == "extractive", plan.reasons
    for part in parts:
        assert part in plan.answer, plan.answer
    for part in never:
        assert part not in plan.answer, plan.answer
    if first:
        assert cites_first(plan, first), plan.citations
    return plan


def samples_copy_fixture(name: str, extra: Sequence[Path] = ()) -> object:
    """A module fixture: :func:`copy_of_samples` with ``extra``, in a folder named ``name``,
    closed after the module. Assign it to the fixture's name at module level
    (``store = samples_copy_fixture("xen59", (DOCS,))``)."""

    @pytest.fixture(scope="module")
    def store(
        tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
    ) -> Iterator[DocumentStore]:
        store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp(name), extra)
        yield store
        store.close()

    return store
