"""HWP 5.0, HWPX, XLSX and PPTX: text, tables as rows, headers/footers/notes, bad files.

XLSX, PPTX and HWPX files are written by real writers (openpyxl, python-pptx,
python-hwpx); the HWP 5.0 files are the real ones in ../shared/data/office/hwp.
"""

from __future__ import annotations

import io
import shutil
import warnings
import zipfile
from pathlib import Path

import pytest

from tests.tools.rag.conftest import REPO_ROOT
from tools.rag.store import DocumentStore

HWP_DIR = REPO_ROOT.parent / "shared" / "data" / "office" / "hwp"


def make_xlsx(path: Path) -> Path:
    """Two sheets with a header row each."""
    import openpyxl

    book = openpyxl.Workbook()
    fees = book.active
    assert fees is not None
    fees.title = "진료비"
    fees.append(["항목", "금액", "비고"])
    fees.append(["초진", 15000, "첫 방문"])
    fees.append(["재진", 10000, None])
    hours = book.create_sheet("Hours")
    hours.append(["Day", "Open", "Close"])
    hours.append(["Saturday", "09:00", "13:00"])
    book.save(path)
    return path


def make_pptx(path: Path) -> Path:
    """A title slide, and a slide with a text box, a table and speaker notes."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    assert first.shapes.title is not None
    first.shapes.title.text = "2026 운영 계획"
    second = deck.slides.add_slide(deck.slide_layouts[5])
    assert second.shapes.title is not None
    second.shapes.title.text = "주차 안내"
    box = second.shapes.add_textbox(Inches(1), Inches(1.5), Inches(6), Inches(1))
    box.text_frame.text = "방문객 주차는 1시간 무료입니다."
    table = second.shapes.add_table(2, 2, Inches(1), Inches(3), Inches(6), Inches(1)).table
    for (r, c), value in {
        (0, 0): "구분",
        (0, 1): "요금",
        (1, 0): "초과 30분",
        (1, 1): "1000원",
    }.items():
        table.cell(r, c).text = value
    notes = second.notes_slide.notes_text_frame
    assert notes is not None
    notes.text = "발표자 메모: 정기권은 관리실에 문의"
    deck.save(str(path))
    return path


def make_hwpx(path: Path) -> Path:
    """A heading, a paragraph with a footnote, a filled table, a header and a footer."""
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # old names still work in 6.x
        doc.add_heading("운영 계획", level=1)
        para = doc.add_paragraph("주차는 1시간 무료입니다.")
        doc.add_footnote("2026년 1월 기준", paragraph=para)
        table = doc.add_table(2, 2)
        for (r, c), value in {
            (0, 0): "요일",
            (0, 1): "진료",
            (1, 0): "토요일",
            (1, 1): "오후 1시까지",
        }.items():
            table.set_cell_text(r, c, value)
        doc.set_header_text("한빛 의원 내부 문서")
        doc.set_footer_text("대외비")
    doc.save_to_path(str(path))
    return path


def _texts(store: DocumentStore, collection: str) -> str:
    hits = store.search("주차 진료 요금 운영", collection, k=50)
    return "\n".join(h.text for h in hits)


def test_xlsx_rows_become_column_value_lines(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = make_xlsx(tmp_path / "fees.xlsx")
    report = lexical_store.ingest_path(path, "c")
    assert [f.status for f in report.files] == ["added"], report.files
    top = lexical_store.search("초진 금액", "c", k=1)[0]
    assert "항목: 초진; 금액: 15000; 비고: 첫 방문" in top.text
    assert top.locator == "§진료비 rows 2-3"
    saturday = lexical_store.search("Saturday close", "c", k=1)[0]
    assert "Day: Saturday; Open: 09:00; Close: 13:00" in saturday.text
    assert lexical_store.list_documents("c")[0].fmt == "xlsx"


def test_pptx_slides_tables_and_notes(tmp_path: Path, lexical_store: DocumentStore) -> None:
    path = make_pptx(tmp_path / "plan.pptx")
    assert lexical_store.ingest_path(path, "c").files[0].status == "added"
    top = lexical_store.search("방문객 주차 무료", "c", k=1)[0]
    assert top.locator == "slide 2"
    assert "초과 30분 | 1000원" in top.text
    assert "정기권은 관리실에 문의" in top.text
    assert lexical_store.search("운영 계획", "c", k=1)[0].locator == "slide 1"


def test_hwpx_body_table_header_footer_and_footnote(
    tmp_path: Path, lexical_store: DocumentStore
) -> None:
    path = make_hwpx(tmp_path / "plan.hwpx")
    assert lexical_store.ingest_path(path, "c").files[0].status == "added"
    by_locator = {
        h.locator: h.text for h in lexical_store.search("주차 토요일 한빛 대외비 기준", "c", k=10)
    }
    assert "주차는 1시간 무료입니다." in by_locator[""] or any(
        "주차는 1시간 무료입니다." in t for t in by_locator.values()
    )
    assert any("토요일 | 오후 1시까지" in t for t in by_locator.values())
    assert by_locator["§머리말"] == "한빛 의원 내부 문서"  # stored once, not twice
    assert by_locator["§꼬리말"] == "대외비"
    assert "2026년 1월 기준" in by_locator["§각주"]


def test_real_hwp_files_good_in_bad_reported(tmp_path: Path, lexical_store: DocumentStore) -> None:
    if not HWP_DIR.is_dir():
        pytest.skip("shared HWP files are not present")
    report = lexical_store.ingest_path(HWP_DIR, "hwp")
    outcome = {Path(f.source).name: (f.status, f.reason) for f in report.files}
    assert outcome["password-12345.hwp"][0] == "rejected"
    assert "password" in outcome["password-12345.hwp"][1]
    assert outcome["matrix.hwp"][0] == "rejected" and "no text" in outcome["matrix.hwp"][1]
    readable = {"headerfooter.hwp", "footnote-endnote.hwp", "lists.hwp", "sample-5017.hwp"}
    assert {n for n, (s, _) in outcome.items() if s == "added"} == readable
    header = lexical_store.search("머리말", "hwp", k=5)
    assert any(
        h.source.endswith("headerfooter.hwp") and "이것은 머리말입니다" in h.text for h in header
    )
    # "적혀 있어" frames the question; it is not content the documents must contain.
    assert lexical_store.unknown_terms("머리말에 뭐라고 적혀 있어?", "hwp") == []
    assert lexical_store.unknown_terms("머리말에 MRI 적혀 있어?", "hwp") == ["mri"]
    notes = lexical_store.search("각주 두 번째", "hwp", k=3)
    assert any(
        n.source.endswith("footnote-endnote.hwp")
        and n.locator == "§각주"
        and "[^2] 각주 두 번째입니다." in n.text
        for n in notes
    )
    endnotes = {n.locator: n.text for n in lexical_store.search("미주 두 번째", "hwp", k=5)}
    assert "[^e2] 미주 두 번째입니다." in endnotes["§미주"]
    table = lexical_store.search("A1 B10", "hwp", k=1)[0]
    assert "| A1 | B10 B11 |" in table.text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("renamed.xlsx", b"\xd0\xcf\x11\xe0 old binary excel", "not a xlsx"),
        ("broken.pptx", b"PK\x03\x04 truncated", "broken pptx"),
        ("notes.hwp", "한글 문서가 아닌 텍스트".encode(), "not an hwp"),
        ("empty.hwpx", b"", "empty"),
    ],
)
def test_bad_office_files_are_rejected_with_reasons(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    make_xlsx(folder / "zz_good.xlsx")
    store = DocumentStore(tmp_path / "data", dense=False)
    outcome = {
        Path(f.source).name: (f.status, f.reason) for f in store.ingest_path(folder, "c").files
    }
    store.close()
    assert outcome[name][0] == "rejected" and reason in outcome[name][1].lower(), outcome
    assert outcome["zz_good.xlsx"][0] == "added"


def test_hwpx_without_sections_is_rejected(tmp_path: Path, lexical_store: DocumentStore) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as package:
        package.writestr("mimetype", "application/hwp+zip")
    path = tmp_path / "hollow.hwpx"
    path.write_bytes(buf.getvalue())
    result = lexical_store.ingest_path(path, "c").files[0]
    assert result.status == "rejected" and "no Contents/section" in result.reason


def test_citation_shows_its_section_after_the_upload_is_gone(
    tmp_path: Path, lexical_store: DocumentStore
) -> None:
    upload = tmp_path / "upload"
    upload.mkdir()
    path = make_pptx(upload / "plan.pptx")
    lexical_store.ingest_path(path, "c")
    hit = lexical_store.retrieve_documents("방문객 주차", "c", k=1)
    shutil.rmtree(upload)  # the UI deletes uploads once they are indexed
    section = lexical_store.cited_section(hit.citations[0].chunk_id)
    assert section is not None
    assert "방문객 주차는 1시간 무료입니다." in section.cited
    assert section.source == hit.citations[0].source and section.locator == "slide 2"
    assert "2026 운영 계획" in section.before  # the previous slide is context
    assert lexical_store.delete_document(section.source, "c")
    assert lexical_store.cited_section(hit.citations[0].chunk_id) is None
