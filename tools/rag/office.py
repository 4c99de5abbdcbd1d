"""Office formats to text sections: HWP 5.0, HWPX, XLSX and PPTX.

Libraries (chosen by the evaluation in the ingest note): ``hwp-hwpx-parser``
for HWP/HWPX (pure Python on ``olefile``; body text, tables as rows, headers,
footers, footnotes and endnotes), ``openpyxl`` in read-only mode for XLSX and
``python-pptx`` for PPTX. Callers run :func:`tools.rag.packages` checks first;
these functions assume the container is sane and only extract text.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tools.rag.decode import FileRejected
from tools.rag.parsers import ParsedDocument, Section, markdown_sections

_ROWS_PER_SECTION = 20


def _join_sections(
    parts: Sequence[tuple[str, tuple[str, ...], str]], fmt: str, empty_reason: str
) -> ParsedDocument:
    """Concatenate ``(text, heading_path, locator)`` parts into one document."""
    texts: list[str] = []
    sections: list[Section] = []
    offset = 0
    for text, heading_path, locator in parts:
        text = text.strip()
        if not text:
            continue
        sections.append(Section(offset, offset + len(text), heading_path, locator))
        texts.append(text)
        offset += len(text) + 2
    if not sections:
        raise FileRejected(empty_reason)
    return ParsedDocument("\n\n".join(texts), tuple(sections), fmt)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\n", " ").strip()


def row_lines(rows: Iterable[Sequence[str]]) -> list[str]:
    """Table rows as ``header: value; ...`` lines (the first non-empty row is the header)."""
    header: list[str] | None = None
    lines: list[str] = []
    for row in rows:
        if not any(cell for cell in row):
            continue
        if header is None:
            header = list(row)
            continue
        lines.append(
            "; ".join(f"{h}: {v}" if h else v for h, v in zip(header, row, strict=False) if v)
        )
    if header is not None and not lines:
        lines.append("; ".join(h for h in header if h))
    return lines


def parse_xlsx(data: bytes) -> ParsedDocument:
    """Every sheet's rows as ``column: value`` lines, 20 rows per section."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError) as exc:
        raise FileRejected(f"broken XLSX: {type(exc).__name__}: {exc}") from exc
    parts: list[tuple[str, tuple[str, ...], str]] = []
    try:
        for sheet in workbook.worksheets:
            rows = ([_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True))
            lines = row_lines(rows)
            for i in range(0, len(lines), _ROWS_PER_SECTION):
                last = min(i + _ROWS_PER_SECTION, len(lines))
                parts.append(
                    (
                        "\n".join(lines[i:last]),
                        (sheet.title,),
                        f"§{sheet.title} rows {i + 2}-{last + 1}",
                    )
                )
    finally:
        workbook.close()
    return _join_sections(parts, "xlsx", "XLSX has no text (every sheet is empty)")


def parse_pptx(data: bytes) -> ParsedDocument:
    """One section per slide: title, text boxes, tables as rows, then speaker notes."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise FileRejected(f"broken PPTX: {type(exc).__name__}: {exc}") from exc
    parts: list[tuple[str, tuple[str, ...], str]] = []
    for number, slide in enumerate(deck.slides, start=1):
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text.strip() if title_shape is not None else ""
        blocks: list[str] = []
        for shape in slide.shapes:
            if shape.has_text_frame and shape is not title_shape:
                text = shape.text_frame.text.strip()
                if text:
                    blocks.append(text)
            if shape.has_table:
                rows = [[_cell_text(c.text) for c in row.cells] for row in shape.table.rows]
                blocks.append("\n".join(" | ".join(r) for r in rows if any(r)))
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            if notes is not None and notes.text.strip():
                blocks.append("Notes: " + notes.text.strip())
        body = "\n\n".join([title, *blocks]) if title else "\n\n".join(blocks)
        parts.append((body, (title,) if title else (), f"slide {number}"))
    return _join_sections(parts, "pptx", "PPTX has no text (slides hold only images or nothing)")


def _side_part_reader(path: Path) -> Any:
    """An HWP 5.0 reader that keeps header and footer paragraphs out of the body.

    ``hwp-hwpx-parser`` runs page headers and footers into the body text, where
    "이것은 머리말입니다" is indistinguishable from a paragraph. Records under a
    ``head``/``foot`` control are diverted into ``side`` instead, so each becomes
    its own ``§머리말``/``§꼬리말`` section. Relies on the reader's record
    iterator (``_parse_records``), stable within the pinned major version.
    """
    from hwp_hwpx_parser import hwp5

    header_id = hwp5._make_ctrl_id("d", "a", "e", "h")
    footer_id = hwp5._make_ctrl_id("t", "o", "o", "f")

    class SidePartReader(hwp5.HWP5Reader):  # type: ignore[misc]
        side: dict[str, list[str]]

        def _parse_records(self, data: bytes) -> Iterator[tuple[int, int, bytes]]:
            inside: tuple[str, int] | None = None
            for tag, level, record in super()._parse_records(data):
                if inside is not None and level <= inside[1]:
                    inside = None
                if inside is None and tag == hwp5.HWPTAG_CTRL_HEADER and len(record) >= 4:
                    ctrl = int.from_bytes(record[:4], "little")
                    if ctrl in (header_id, footer_id):
                        inside = ("머리말" if ctrl == header_id else "꼬리말", level)
                        continue
                if inside is None:
                    yield tag, level, record
                elif tag == hwp5.HWPTAG_PARA_TEXT:
                    text = self._decode_paragraph_plain(record).strip()
                    part = self.side.setdefault(inside[0], [])
                    if text and text not in part:  # the same header repeats per section
                        part.append(text)

    reader = SidePartReader(str(path))
    reader.side = {}
    return reader


def parse_hangul(data: bytes, suffix: str) -> ParsedDocument:
    """HWP 5.0 (HWPX has its own parser): body and tables, headers, footers, notes."""
    from hwp_hwpx_parser import ExtractOptions, ImageMarkerStyle

    fmt = suffix.lstrip(".")
    # The reader opens paths only; the temporary copy lives as long as this call.
    with tempfile.TemporaryDirectory(prefix="sy-hwp-") as tmp:
        path = Path(tmp) / f"document{suffix}"
        path.write_bytes(data)
        reader = _side_part_reader(path)
        try:
            if reader.is_encrypted():
                raise FileRejected(
                    f"password-protected {fmt.upper()}: it cannot be read without its password"
                )
            options = ExtractOptions(image_marker=ImageMarkerStyle.NONE)
            result = reader.extract_text_with_notes(options)
            side: dict[str, list[str]] = reader.side
        finally:
            reader.close()
    body = "\n\n".join(line.strip() for line in result.text.split("\n") if line.strip())
    text = _regroup_tables(body)
    parts: list[tuple[str, list[str]]] = [
        (title, side.get(title, [])) for title in ("머리말", "꼬리말")
    ]
    parts.append(("각주", [f"[^{n.number}] {n.text}" for n in result.footnotes]))
    parts.append(("미주", [f"[^e{n.number}] {n.text}" for n in result.endnotes]))
    for title, lines in parts:
        lines = [line for line in lines if line.strip()]
        if lines:
            text += f"\n\n# {title}\n\n" + "\n\n".join(lines)
    if not text.strip():
        raise FileRejected(f"{fmt.upper()} has no text (only images, shapes or empty pages)")
    return ParsedDocument(text + "\n", markdown_sections(text + "\n"), fmt)


def _regroup_tables(body: str) -> str:
    # The reader renders tables as Markdown rows; keep a table's rows together
    # in one block (so it chunks as one) and drop the "| --- |" ruler lines.
    out: list[str] = []
    for block in body.split("\n\n"):
        is_row = block.startswith("|") and block.endswith("|")
        if is_row and set(block) <= set("|- "):
            continue
        if is_row and out and out[-1].startswith("|"):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join(out)
