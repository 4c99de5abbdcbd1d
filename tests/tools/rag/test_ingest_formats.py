"""Every supported format and text encoding ingests and becomes searchable."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools.rag.conftest import make_docx, make_pdf
from tools.rag.decode import decode_bytes
from tools.rag.store import DocumentStore

KO = "한빛 가정의원의 토요일 진료는 오후 1시에 끝납니다. 예약 변경은 전화로 합니다."


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", KO.encode("utf-8"), "utf-8"),
        ("bom.txt", b"\xef\xbb\xbf" + KO.encode("utf-8"), "utf-8"),
        ("utf16.txt", KO.encode("utf-16"), "utf-16-le"),
        ("utf16be.txt", b"\xfe\xff" + KO.encode("utf-16-be"), "utf-16-be"),
        ("cp949.txt", KO.encode("cp949"), "cp949"),
        ("euckr.txt", KO.encode("euc-kr"), "cp949"),
    ],
)
def test_text_encodings_are_detected(
    tmp_path: Path, lexical_store: DocumentStore, name: str, data: bytes, encoding: str
) -> None:
    text, detected = decode_bytes(data)
    assert text == KO
    assert detected == encoding
    path = tmp_path / name
    path.write_bytes(data)
    report = lexical_store.ingest_path(path, "c")
    assert [f.status for f in report.files] == ["added"]
    hits = lexical_store.search("토요일 진료", "c", k=1)
    assert hits and "토요일" in hits[0].text
    assert lexical_store.list_documents("c")[0].encoding == encoding


def test_bom_less_utf16_is_detected() -> None:
    text, encoding = decode_bytes("Opening hours: 09:00 to 18:00".encode("utf-16-le"))
    assert text.startswith("Opening hours") and encoding == "utf-16-le"


def test_markdown_headings_become_locators(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = tmp_path / "guide.md"
    path.write_text(
        "# 안내\n\n소개 문단입니다.\n\n## 예약 변경\n\n예약을 바꾸려면 전화하세요.\n", "utf-8"
    )
    lexical_store.ingest_path(path, "c")
    top = lexical_store.search("예약 바꾸기", "c", k=1)[0]
    assert top.locator == "§예약 변경"
    assert top.text == "예약을 바꾸려면 전화하세요."
    source_text = path.read_text("utf-8")
    assert source_text[top.start : top.end] == top.text  # offsets index the file text


def test_html_is_structured(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><script>var secret = 'no';</script></head><body>"
        "<h1>Visitors</h1><p>Welcome.</p><h2>Parking</h2><p>Parking is free for one hour.</p>"
        "</body></html>",
        "utf-8",
    )
    lexical_store.ingest_path(path, "c")
    top = lexical_store.search("free parking", "c", k=1)[0]
    assert top.locator == "§Parking"
    assert lexical_store.search("secret", "c") == []


def test_pdf_pages_become_locators(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = tmp_path / "doc.pdf"
    pages = ["The clinic opens at nine.", "Parking costs 500 won per ten minutes."]
    path.write_bytes(make_pdf(pages))
    report = lexical_store.ingest_path(path, "c")
    assert report.files[0].status == "added", report.files[0].reason
    top = lexical_store.search("parking cost", "c", k=1)[0]
    assert top.locator == "p.2"
    assert top.page == 2


def test_docx_headings_and_paragraphs(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = make_docx(tmp_path / "memo.docx", "복약 안내", ["이부프로펜은 식사 후에 복용하세요."])
    report = lexical_store.ingest_path(path, "c")
    assert report.files[0].status == "added", report.files[0].reason
    top = lexical_store.search("이부프로펜 복용", "c", k=1)[0]
    assert top.locator == "§복약 안내"


def test_csv_rows_become_column_value_lines(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = tmp_path / "drugs.csv"
    path.write_bytes("약품,복용법\n로라타딘,하루 한 번\n이부프로펜,식후 복용\n".encode("cp949"))
    report = lexical_store.ingest_path(path, "c")
    assert report.files[0].status == "added", report.files[0].reason
    top = lexical_store.search("로라타딘 복용법", "c", k=1)[0]
    assert "약품: 로라타딘; 복용법: 하루 한 번" in top.text
    assert top.locator == "rows 2-3"
