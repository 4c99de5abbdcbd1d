"""Bad files are reported with a reason and skipped; nothing indexed is lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from core.errors import ToolInputError
from tests.tools.rag.conftest import make_docx, make_encrypted_pdf, make_pdf
from tools.rag.store import DocumentStore

GOOD = "Opening hours are nine to six on weekdays."


def _undecodable() -> bytes:
    rng = random.Random(7)
    return bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000))


@pytest.mark.parametrize(
    ("name", "data", "reason_words"),
    [
        ("empty.txt", b"", ("empty",)),
        ("blank.md", b"  \n\n ", ("empty",)),
        ("binary.txt", bytes(range(256)) * 8, ("binary",)),
        ("undecodable.txt", _undecodable(), ("undecodable", "binary")),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", ("broken", "pdf")),
        ("encrypted.pdf", make_encrypted_pdf(["Secret text"]), ("encrypted",)),
        ("fake.docx", b"PK\x03\x04 not really a zip", ("docx",)),
        ("picture.png", b"\x89PNG\r\n\x1a\n....", ("unsupported",)),
    ],
)
def test_bad_file_is_rejected_and_the_rest_goes_on(
    tmp_path: Path, name: str, data: bytes, reason_words: tuple[str, ...]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "zz_good.txt").write_text(GOOD, "utf-8")
    store = DocumentStore(tmp_path / "data", dense=False)
    report = store.ingest_path(folder, "c")
    by_name = {Path(f.source).name: f for f in report.files}
    bad = by_name[name]
    assert bad.status == "rejected"
    assert any(w in bad.reason.lower() for w in reason_words), bad.reason
    assert by_name["zz_good.txt"].status == "added"
    assert store.search("opening hours", "c")[0].source.endswith("zz_good.txt")
    store.close()


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10, "utf-8")
    store = DocumentStore(tmp_path / "data", dense=False, max_file_bytes=100)
    report = store.ingest_path(path, "c")
    assert report.files[0].status == "rejected"
    assert "too large" in report.files[0].reason
    store.close()


def test_a_file_that_turns_bad_keeps_its_old_chunks(
    tmp_path: Path, lexical_store: DocumentStore
) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(make_pdf(["Parking is free for one hour."]))
    assert lexical_store.ingest_path(path, "c").files[0].status == "added"
    path.write_bytes(b"%PDF-1.4 truncated garbage")
    report = lexical_store.ingest_path(path, "c")
    assert report.files[0].status == "rejected"
    hits = lexical_store.search("parking free", "c")
    assert hits and "Parking is free" in hits[0].text


def test_missing_path_and_bad_collection_raise(
    tmp_path: Path, lexical_store: DocumentStore
) -> None:
    with pytest.raises(ToolInputError):
        lexical_store.ingest_path(tmp_path / "nope", "c")
    with pytest.raises(ToolInputError):
        lexical_store.ingest_path(tmp_path, "bad name/../x")
    with pytest.raises(ToolInputError):
        lexical_store.search("   ", "c")


def test_acceptance_mixed_folder(tmp_path: Path, lexical_store: DocumentStore) -> None:
    """CP949 .txt + empty file + binary renamed .pdf + valid .docx: good in, bad reported."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "notice.txt").write_bytes("주차는 지하 주차장에서 1시간 무료입니다.".encode("cp949"))
    (folder / "empty.md").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(bytes(range(256)) * 4)
    make_docx(
        folder / "guide.docx", "예약 변경", ["예약 변경은 진료 전날 오후 6시까지 전화로 해 주세요."]
    )

    seen: list[tuple[int, int, str]] = []
    report = lexical_store.ingest_path(
        folder, "ws", progress=lambda d, t, s: seen.append((d, t, s))
    )

    status = {Path(f.source).name: (f.status, f.reason) for f in report.files}
    assert status["notice.txt"][0] == "added"
    assert status["guide.docx"][0] == "added"
    assert status["empty.md"] == ("rejected", "empty file")
    assert status["scan.pdf"][0] == "rejected" and "not a PDF" in status["scan.pdf"][1]
    assert lexical_store.search("주차 무료", "ws")[0].source.endswith("notice.txt")
    assert lexical_store.search("예약 변경 전화", "ws")[0].source.endswith("guide.docx")
    assert {d.fmt for d in lexical_store.list_documents("ws")} == {"txt", "docx"}
    assert [d for d, _, _ in seen] == [1, 2, 3, 4] and all(t == 4 for _, t, _ in seen)
