"""The ingest fault suite: bad files next to good ones, with the defences on and off.

With the defences on, every good file is added and every bad one is rejected
with its reason, in one batch. The "off" tests switch one defence off at a
time (a limit raised to infinity, symlink containment disabled) and show the
bad outcome it prevents, so the suite fails if a defence stops working.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from tests.tools.rag.fault_files import (
    build_fault_folder,
    malformed_docx,
    paragraph_bomb_docx,
    zip_bomb_docx,
)
from tools.rag.limits import IngestLimits
from tools.rag.models import IngestReport
from tools.rag.store import DocumentStore


def _ingest(tmp_path: Path, folder: Path, limits: IngestLimits) -> IngestReport:
    store = DocumentStore(tmp_path / "data", dense=False, limits=limits)
    try:
        return store.ingest_path(folder, "faults")
    finally:
        store.close()


def _by_name(report: IngestReport) -> dict[str, tuple[str, str]]:
    return {Path(f.source).name: (f.status, f.reason) for f in report.files}


@pytest.mark.parametrize("isolate", [True, False], ids=["worker", "in-process"])
def test_every_bad_file_is_reported_and_the_good_ones_are_added(
    tmp_path: Path, isolate: bool
) -> None:
    folder = tmp_path / "inbox"
    expected = build_fault_folder(folder)
    limits = dataclasses.replace(IngestLimits(), isolate=isolate)
    report = _ingest(tmp_path, folder, limits)
    outcome = _by_name(report)
    assert sorted(outcome) == sorted(expected)  # every file has a row, loops included
    for name, want in expected.items():
        status, reason = outcome[name]
        if want == "added":
            assert status == "added", (name, reason)
        else:
            assert status == "rejected", (name, status)
            assert want in reason.lower(), (name, reason)
    assert "root:" not in " ".join(r for _, r in outcome.values())


def test_good_files_are_searchable_after_a_bad_batch(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    build_fault_folder(folder)
    store = DocumentStore(tmp_path / "data", dense=False)
    store.ingest_path(folder, "faults")
    assert store.search("parking free", "faults")[0].source.endswith("good_hours.txt")
    assert store.search("예약 변경 전화", "faults")[0].source.endswith("good_booking.docx")
    assert store.search("지하 주차장", "faults")[0].source.endswith("notice_cp949.txt")
    assert {Path(d.source).name for d in store.list_documents("faults")} == {
        "good_hours.txt",
        "good_booking.docx",
        "notice_cp949.txt",
    }
    store.close()


# ------------------------------------------------------------ defences switched off
def test_without_containment_a_symlink_indexes_etc_passwd(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    os.symlink("/etc/passwd", folder / "passwd.txt")
    on = _by_name(_ingest(tmp_path / "on", folder, IngestLimits(isolate=False)))
    off = _by_name(
        _ingest(tmp_path / "off", folder, IngestLimits(isolate=False, contain_symlinks=False))
    )
    assert on["passwd.txt"][0] == "rejected"
    assert off["passwd.txt"][0] == "added"  # the leak the containment prevents


def test_without_the_element_limit_a_paragraph_bomb_is_parsed(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    # A small bomb against a proportionally small limit: the same check, a test-sized cost.
    paragraph_bomb_docx(folder, paragraphs=20_000)
    limited = IngestLimits(isolate=False, max_xml_elements=10_000)
    on = _by_name(_ingest(tmp_path / "on", folder, limited))
    off = _by_name(
        _ingest(
            tmp_path / "off",
            folder,
            dataclasses.replace(IngestLimits.switched_off(), max_file_bytes=20_000_000),
        )
    )
    assert on["paragraph_bomb.docx"][0] == "rejected"
    assert "too many elements" in on["paragraph_bomb.docx"][1]
    assert off["paragraph_bomb.docx"][0] == "added"  # all 20,000 paragraphs were parsed


def test_without_the_unpacked_size_limit_a_zip_bomb_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    zip_bomb_docx(folder, unpacked_bytes=8_000_000)
    on = _by_name(
        _ingest(tmp_path / "on", folder, IngestLimits(isolate=False, max_unpacked_bytes=4_000_000))
    )
    off = _by_name(_ingest(tmp_path / "off", folder, IngestLimits.switched_off()))
    assert on["zip_bomb.docx"][0] == "rejected" and "zip bomb" in on["zip_bomb.docx"][1]
    assert off["zip_bomb.docx"][0] == "added"  # all 8 MB were inflated and parsed


def test_the_malformed_docx_really_breaks_its_parser(tmp_path: Path) -> None:
    """Without the error boundary the batch would stop here: python-docx raises."""
    import docx
    from lxml.etree import XMLSyntaxError

    folder = tmp_path / "inbox"
    folder.mkdir()
    path = malformed_docx(folder)
    with pytest.raises(XMLSyntaxError):
        docx.Document(str(path))


@pytest.mark.slow
def test_the_worker_memory_limit_stops_a_parser_the_prechecks_let_through(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    paragraph_bomb_docx(folder, paragraphs=2_000_000)
    (folder / "zz_good.txt").write_text("Still indexed after the worker died.", "utf-8")
    # Prechecks off, worker on with a small address space: only the worker can stop it.
    limits = dataclasses.replace(
        IngestLimits.switched_off(),
        isolate=True,
        max_file_bytes=20_000_000,
        memory_bytes=400 * 1024 * 1024,
        seconds_per_file=120.0,
    )
    outcome = _by_name(_ingest(tmp_path, folder, limits))
    status, reason = outcome["paragraph_bomb.docx"]
    assert status == "rejected"
    assert "memory" in reason or "per-file limit" in reason, reason
    assert outcome["zz_good.txt"][0] == "added"
