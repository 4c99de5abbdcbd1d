"""HWPX (the zipped-XML Hangul format) to text: body, tables as rows, headers, footers, notes.

Evaluated against ``hwp-hwpx-parser`` (which reads HWP 5.0 well): for HWPX it
ran header and footer text into one line without separators and repeated a
header stored both in the section properties and as a control. Walking the
OWPML elements directly keeps each part in its own section (``§머리말``,
``§꼬리말``, ``§각주``) and is a few dozen lines. The package has already
passed :func:`tools.rag.packages.check_zip_package` (size and element limits).
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

from tools.rag.decode import FileRejected
from tools.rag.parsers import ParsedDocument, markdown_sections

_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
# Controls whose paragraphs belong to a side part of the page, not the body flow.
_SIDE_PARTS = {"header": "머리말", "footer": "꼬리말", "footNote": "각주", "endNote": "미주"}
_SKIP = {"linesegarray", "secPr"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Collector:
    """Walks one section tree, sending paragraphs to the body or to a side part."""

    def __init__(self) -> None:
        self.body: list[str] = []
        self.side: dict[str, list[str]] = {name: [] for name in _SIDE_PARTS.values()}

    def paragraph_text(self, para: ET.Element, sink: list[str]) -> str:
        parts: list[str] = []
        for node in para:
            self._inline(node, parts, sink)
        return "".join(parts).strip()

    def _inline(self, node: ET.Element, parts: list[str], sink: list[str]) -> None:
        name = _local(node.tag)
        if name in _SKIP:
            return
        if name == "t":
            parts.append("".join(node.itertext()))
        elif name in _SIDE_PARTS:
            target = self.side[_SIDE_PARTS[name]]
            for para in node.iter():
                if _local(para.tag) == "p":
                    text = self.paragraph_text(para, target)
                    if text and text not in target:  # the same header may be stored twice
                        target.append(text)
        elif name == "tbl":
            rows = [self._row(tr) for tr in node if _local(tr.tag) == "tr"]
            table = "\n".join(" | ".join(cells) for cells in rows if any(cells))
            if table:
                sink.append(table)
        else:
            for child in node:
                self._inline(child, parts, sink)

    def _row(self, tr: ET.Element) -> list[str]:
        cells: list[str] = []
        for tc in tr:
            if _local(tc.tag) != "tc":
                continue
            texts: list[str] = []
            for para in tc.iter():
                if _local(para.tag) == "p":
                    text = self.paragraph_text(para, texts)
                    if text:
                        texts.append(text)
            cells.append(" ".join(texts))
        return cells

    def section(self, root: ET.Element) -> None:
        for para in root:
            if _local(para.tag) != "p":
                continue
            tables: list[str] = []
            text = self.paragraph_text(para, tables)
            if text:
                self.body.append(text)
            self.body.extend(tables)


def parse_hwpx(data: bytes) -> ParsedDocument:
    """Every section's paragraphs and tables, then headers, footers, foot- and endnotes.

    Raises:
        FileRejected: no sections, malformed XML, an encrypted package, or no text.
    """
    package = zipfile.ZipFile(io.BytesIO(data))
    names = package.namelist()
    if any(
        n.lower() == "meta-inf/manifest.xml" and b"encryption-data" in package.read(n)
        for n in names
    ):
        raise FileRejected("password-protected HWPX: it cannot be read without its password")
    sections = sorted((int(m.group(1)), n) for n in names if (m := _SECTION.match(n)))
    if not sections:
        raise FileRejected("broken HWPX: no Contents/section*.xml in the package")
    collector = _Collector()
    for _, name in sections:
        try:
            root = ET.fromstring(package.read(name))
        except ET.ParseError as exc:
            raise FileRejected(f"broken HWPX: malformed XML in {name} ({exc})") from exc
        collector.section(root)
    text = "\n\n".join(collector.body)
    for title, lines in collector.side.items():
        if lines:
            text += f"\n\n# {title}\n\n" + "\n\n".join(lines)
    text = text.strip()
    if not text:
        raise FileRejected("HWPX has no text (only images, shapes or empty pages)")
    return ParsedDocument(text + "\n", markdown_sections(text + "\n"), "hwpx")
