"""Builders for the ingest fault suite: hostile and broken files made in the test itself.

Each builder writes real bytes (python-docx output, hand-made zip parts, OS
symlinks), so the suite exercises the same code paths a user's folder would.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from tests.tools.rag.conftest import make_docx

GOOD_EN = "Opening hours are nine to six on weekdays, and parking is free for one hour."
GOOD_KO = "예약 변경은 진료 전날 오후 6시까지 전화로 해 주세요."
CP949_TEXT = "주차는 지하 주차장에서 1시간 무료입니다."


def _rewrite_docx(
    base: Path, path: Path, replace: dict[str, bytes], extra: dict[str, bytes] | None = None
) -> Path:
    """Copy a python-docx package, replacing or adding some parts."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, replace.get(item.filename, src.read(item.filename)))
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return path


def _template(folder: Path) -> Path:
    template = folder.parent / "template.docx"
    if not template.exists():
        make_docx(template, "Template", ["placeholder"])
    return template


def malformed_docx(folder: Path, name: str = "malformed.docx") -> Path:
    """A .docx whose document.xml is not well-formed XML (python-docx raises XMLSyntaxError)."""
    broken = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>oops</w:body>'
    return _rewrite_docx(_template(folder), folder / name, {"word/document.xml": broken})


def paragraph_bomb_docx(
    folder: Path, paragraphs: int = 2_000_000, name: str = "paragraph_bomb.docx"
) -> Path:
    """A small .docx of ``paragraphs`` one-letter paragraphs (2 million: ~200 KB zipped)."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * paragraphs
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>'.encode()
        + body
        + b"</w:body></w:document>"
    )
    return _rewrite_docx(_template(folder), folder / name, {"word/document.xml": xml})


def zip_bomb_docx(
    folder: Path, unpacked_bytes: int = 120_000_000, name: str = "zip_bomb.docx"
) -> Path:
    """A valid .docx plus one part of zeros that unpacks to ``unpacked_bytes``."""
    path = _rewrite_docx(_template(folder), folder / name, {})
    chunk = bytes(1 << 20)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as package,
        package.open("word/media/filler.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(unpacked_bytes // len(chunk)):
            part.write(chunk)
    return path


def fake_pdf(folder: Path, name: str = "scan.pdf") -> Path:
    """Binary bytes under a .pdf name."""
    path = folder / name
    path.write_bytes(bytes(range(256)) * 16)
    return path


def build_fault_folder(
    folder: Path, *, paragraphs: int = 2_000_000, zip_bytes: int = 120_000_000
) -> dict[str, str]:
    """Good and bad files side by side; returns file name -> expected outcome keyword.

    The keyword is ``added`` for good files, else a word the rejection reason must contain.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good_hours.txt").write_text(GOOD_EN, "utf-8")
    make_docx(folder / "good_booking.docx", "예약 변경", [GOOD_KO])
    (folder / "notice_cp949.txt").write_bytes(CP949_TEXT.encode("cp949"))
    malformed_docx(folder)
    paragraph_bomb_docx(folder, paragraphs)
    zip_bomb_docx(folder, zip_bytes)
    fake_pdf(folder)
    (folder / "empty.txt").write_bytes(b"")
    os.symlink("/etc/passwd", folder / "passwd.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink(folder / "missing.md", folder / "dangling.md")
    os.mkfifo(folder / "pipe.txt")
    return {
        "good_hours.txt": "added",
        "good_booking.docx": "added",
        "notice_cp949.txt": "added",
        "malformed.docx": "malformed xml",
        "paragraph_bomb.docx": "too many elements",
        "zip_bomb.docx": "zip bomb",
        "scan.pdf": "not a pdf",
        "empty.txt": "empty",
        "passwd.txt": "outside the ingested folder",
        "loop.txt": "symlink loop",
        "dangling.md": "broken symlink",
        "pipe.txt": "not a regular file",
    }


def docx_bytes(paragraphs: list[str]) -> bytes:
    """An in-memory .docx (for parser-level tests)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
