"""File formats to text sections: .txt .md .html .pdf .docx .csv (office formats in office.py).

HTML and DOCX are rendered to Markdown-like text (``#`` headings, blank-line
paragraphs) and then share the Markdown sectioning, so every structured
format gets the same heading-aware chunking. Offsets in :class:`Section` index
into :attr:`ParsedDocument.text`, which for .txt/.md is the decoded file.
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from tools.rag.decode import FileRejected, decode_bytes

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".csv",
     ".hwp", ".hwpx", ".xlsx", ".pptx"}
)  # fmt: skip

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HTML_BLOCKS = frozenset(
    [
        "p", "div", "section", "article", "main", "aside", "header", "footer", "blockquote", "pre",
        "li", "ul", "ol", "table", "tr", "dl", "dt", "dd", "figure", "figcaption", "caption",
        "form", "fieldset", "address", "details", "summary", "nav",
    ]
)  # fmt: skip
_HTML_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
_CSV_ROWS_PER_SECTION = 20


@dataclass(frozen=True)
class Section:
    """A stretch of document text under one heading (or on one page)."""

    start: int
    end: int
    heading_path: tuple[str, ...] = ()
    locator: str = ""
    page: int | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """Extracted text of one file and its sections."""

    text: str
    sections: tuple[Section, ...]
    fmt: str
    encoding: str = ""


def markdown_sections(text: str, *, headings: bool = True) -> tuple[Section, ...]:
    """Split text at Markdown ATX headings (outside code fences) into sections."""
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    sec_start = 0
    offset = 0
    in_fence = False

    def close(end: int) -> None:
        if text[sec_start:end].strip():
            names = tuple(name for _, name in path)
            loc = f"§{names[-1]}" if names else ""
            sections.append(Section(sec_start, end, names, loc))

    for line in text.splitlines(keepends=True):
        if _FENCE.match(line):
            in_fence = not in_fence
        m = _HEADING.match(line.rstrip("\n")) if headings and not in_fence else None
        if m:
            close(offset)
            level, name = len(m.group(1)), _strip_inline(m.group(2))
            path[:] = [(lvl, n) for lvl, n in path if lvl < level] + [(level, name)]
            sec_start = offset + len(line)
        offset += len(line)
    close(len(text))
    return tuple(sections)


def _strip_inline(s: str) -> str:
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return re.sub(r"[*_`]+", "", s).strip()


def _html_to_markdown(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(list(_HTML_DROP)):
        tag.decompose()
    blocks: list[str] = []
    buf: list[str] = []
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()

    def flush(prefix: str = "") -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(buf)).strip()
        text = re.sub(r" ?\n ?", "\n", text)
        buf.clear()
        if text:
            blocks.append(prefix + text)

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                buf.append(str(child).replace("\n", " "))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if re.fullmatch(r"h[1-6]", name):
                    flush()
                    heading = child.get_text(" ", strip=True)
                    if heading:
                        blocks.append("#" * int(name[1]) + " " + heading)
                elif name == "br":
                    buf.append("\n")
                elif name in ("td", "th"):
                    walk(child)
                    buf.append(" | ")
                elif name in _HTML_BLOCKS:
                    flush()
                    walk(child)
                    flush("- " if name == "li" else "")
                else:
                    walk(child)

    walk(soup.body if soup.body else soup)
    flush()
    if title and not any(b.startswith("# ") for b in blocks):
        blocks.insert(0, "# " + title)
    return "\n\n".join(blocks) + "\n"


def _parse_pdf(data: bytes) -> ParsedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileRejected("encrypted PDF (a password is required to read it)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileRejected:
        raise
    except PyPdfError as exc:
        reason = "encrypted PDF" if "decrypt" in str(exc).lower() else "broken PDF"
        raise FileRejected(f"{reason}: {exc}") from exc
    except (
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
        struct.error,
        zlib.error,
        RecursionError,
    ) as exc:
        raise FileRejected(f"broken PDF: {type(exc).__name__}: {exc}") from exc
    parts: list[str] = []
    sections: list[Section] = []
    offset = 0
    for number, page_text in enumerate(pages, start=1):
        page_text = page_text.replace("\r\n", "\n").strip()
        if page_text:
            sections.append(Section(offset, offset + len(page_text), (), f"p.{number}", number))
            parts.append(page_text)
            offset += len(page_text) + 2
    if not sections:
        raise FileRejected("PDF has no extractable text (scanned images or empty pages)")
    return ParsedDocument("\n\n".join(parts), tuple(sections), "pdf")


def _parse_docx(data: bytes) -> ParsedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(io.BytesIO(data))
        # Paragraph.style resolves the default style by scanning every style (about
        # 5 ms a paragraph: 20k empty paragraphs took 85 s); map ids to names once.
        style_names = {s.style_id: s.name or "" for s in document.styles}
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                text = item.text.strip()
                if not text:
                    continue
                style = style_names.get(item._p.style or "", "")
                m = re.match(r"Heading (\d)", style)
                if m or style == "Title":
                    blocks.append("#" * (int(m.group(1)) if m else 1) + " " + text)
                else:
                    blocks.append(text)
            elif isinstance(item, Table):
                rows = [" | ".join(c.text.strip() for c in row.cells) for row in item.rows]
                if rows:
                    blocks.append("\n".join(rows))
    except XMLSyntaxError as exc:
        raise FileRejected(f"broken DOCX: malformed XML ({exc})") from exc
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FileRejected(f"broken DOCX: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(blocks) + "\n"
    if not text.strip():
        raise FileRejected("DOCX has no text")
    return ParsedDocument(text, markdown_sections(text), "docx")


def _parse_csv(text: str, encoding: str) -> ParsedDocument:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if not rows:
        raise FileRejected("empty CSV")
    header = [h.strip() for h in rows[0]]
    # Rows become "column: value" lines so a question naming a column matches.
    lines = [
        "; ".join(f"{h}: {v.strip()}" if h else v.strip() for h, v in zip(header, r, strict=False))
        for r in rows[1:]
    ] or ["; ".join(header)]
    parts: list[str] = []
    sections: list[Section] = []
    offset = 0
    for i in range(0, len(lines), _CSV_ROWS_PER_SECTION):
        group = "\n".join(lines[i : i + _CSV_ROWS_PER_SECTION])
        first, last = i + 2, min(i + _CSV_ROWS_PER_SECTION, len(lines)) + 1
        loc = f"rows {first}-{last}"
        sections.append(Section(offset, offset + len(group), (", ".join(header),), loc))
        parts.append(group)
        offset += len(group) + 2
    return ParsedDocument("\n\n".join(parts), tuple(sections), "csv", encoding)


def parse_bytes(name: str, data: bytes) -> ParsedDocument:
    """Extract text and sections from one file's bytes, choosing the parser by suffix.

    Args:
        name: File name (its suffix picks the format).
        data: File content.

    Returns:
        The parsed document.

    Raises:
        FileRejected: unsupported type, or content that cannot be read.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise FileRejected(f"unsupported file type {suffix or '(none)'}")
    if not data.strip():
        raise FileRejected("empty file")
    if suffix == ".pdf":
        if not data.lstrip().startswith(b"%PDF"):
            raise FileRejected("not a PDF (no %PDF header; binary or renamed file)")
        return _parse_pdf(data)
    if suffix in (".docx", ".xlsx", ".pptx", ".hwpx") and not data.startswith(b"PK"):
        kind = suffix[1:].upper()
        raise FileRejected(f"not a {kind} (not a zip package; binary or renamed file)")
    if suffix == ".docx":
        return _parse_docx(data)
    if suffix in (".hwp", ".hwpx", ".xlsx", ".pptx"):
        from tools.rag import office  # imported here: office builds on this module's types

        if suffix == ".xlsx":
            return office.parse_xlsx(data)
        if suffix == ".pptx":
            return office.parse_pptx(data)
        if suffix == ".hwpx":
            from tools.rag.hwpx import parse_hwpx

            return parse_hwpx(data)
        return office.parse_hangul(data, suffix)
    text, encoding = decode_bytes(data)
    if suffix in (".html", ".htm"):
        md = _html_to_markdown(text)
        if not md.strip():
            raise FileRejected("HTML has no visible text")
        return ParsedDocument(md, markdown_sections(md), "html", encoding)
    if suffix == ".csv":
        return _parse_csv(text, encoding)
    is_md = suffix in (".md", ".markdown")
    sections = markdown_sections(text, headings=is_md)
    return ParsedDocument(text, sections, "md" if is_md else "txt", encoding)
