"""Re-ingest: unchanged files cost nothing; changed files replace their chunks."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from tests.tools.rag.conftest import SAMPLES, CountingEmbedder
from tools.rag.store import DocumentStore


def test_second_ingest_is_a_no_op_without_embedding(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLES, docs)
    store = DocumentStore(tmp_path / "data", embedder=counting_embedder)
    first = store.ingest_path(docs, "c")
    assert {f.status for f in first.files} == {"added"}
    assert first.pending_embeddings > 0
    # Lexical search works before any vector exists.
    assert store.search("주차", "c")[0].dense_rank is None
    progress: list[tuple[int, int]] = []
    embedded = store.embed_pending(progress=lambda done, total: progress.append((done, total)))
    assert embedded == first.pending_embeddings == counting_embedder.passages_embedded
    assert progress[-1] == (embedded, embedded)
    calls = counting_embedder.calls
    store.close()

    # A new process (new store object) over the same data directory.
    store = DocumentStore(tmp_path / "data", embedder=counting_embedder)
    second = store.ingest_path(docs, "c")
    assert {f.status for f in second.files} == {"unchanged"}
    assert second.pending_embeddings == 0
    assert store.embed_pending() == 0
    assert counting_embedder.calls == calls
    hit = store.search("주차는 몇 시간 무료인가요?", "c")[0]
    assert hit.dense_rank is not None and hit.lexical_rank is not None
    store.close()


def test_changed_file_replaces_its_chunks(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# 안내\n\n## 주차\n\n주차는 1시간 무료입니다.\n\n## 휴진\n\n일요일은 휴진입니다.\n",
        "utf-8",
    )
    store = DocumentStore(tmp_path / "data", embedder=counting_embedder)
    store.ingest_path(path, "c")
    store.embed_pending()
    before = counting_embedder.passages_embedded
    path.write_text(
        "# 안내\n\n## 주차\n\n주차는 2시간 무료입니다.\n\n## 휴진\n\n일요일은 휴진입니다.\n",
        "utf-8",
    )
    report = store.ingest_path(path, "c")
    assert report.files[0].status == "updated"
    # Only the changed section needs a new vector; the other is cached by hash.
    assert store.embed_pending() == 1
    assert counting_embedder.passages_embedded == before + 1
    texts = [p.text for p in store.search("주차 무료", "c", k=5)]
    assert "주차는 2시간 무료입니다." in texts
    assert all("1시간" not in t for t in texts)
    assert store.list_documents("c")[0].chunks == 2
    store.close()


def test_background_embedding_fills_in(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "data", background_embedding=True)
    store.ingest_path(SAMPLES, "c")
    # Searches keep working while the background thread embeds.
    errors: list[BaseException] = []

    def search_loop() -> None:
        try:
            for _ in range(5):
                store.search("예약 변경", "c")
        except BaseException as exc:  # noqa: BLE001 - surface any thread failure
            errors.append(exc)

    thread = threading.Thread(target=search_loop)
    thread.start()
    thread.join()
    assert store.wait_for_embeddings(timeout=600)
    assert not errors
    assert store.search("How do I change my appointment?", "c")[0].dense_rank is not None
    store.close()
