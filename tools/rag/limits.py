"""Per-file limits that keep one hostile or broken file from stalling an ingest.

Measured on 2026-11-29: a 199 KB .docx with 2 million empty paragraphs kept
python-docx busy for over 300 s at 1.26 GB, and a small zip can unpack to
gigabytes. The cheap checks (declared unpacked size, a streamed element count)
reject those in milliseconds; the parser worker's memory and time limits catch
whatever the cheap checks cannot predict.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestLimits:
    """Limits applied to every file of an ingest.

    Attributes:
        max_file_bytes: Files larger than this on disk are rejected unread.
        max_unpacked_bytes: Largest total unpacked size of a zip package (.docx, .xlsx,
            .pptx, .hwpx) or of the compressed streams of an HWP file.
        max_xml_elements: Most XML elements a package may contain, counted by streaming
            before any parser builds a tree (a paragraph is several elements).
        max_members: Most entries a zip package or HWP container may hold.
        seconds_per_file: Wall-clock budget of the parser worker for one file.
        memory_bytes: Address-space limit of the parser worker process.
        isolate: Parse binary and packaged formats in a worker process (limits above
            apply there); ``False`` parses in this process (tests and benchmarks).
        contain_symlinks: Reject symlinks whose target lies outside the ingested folder.
    """

    max_file_bytes: int = 20_000_000
    max_unpacked_bytes: int = 100_000_000
    max_xml_elements: int = 300_000
    max_members: int = 5_000
    seconds_per_file: float = 30.0
    memory_bytes: int = 768 * 1024 * 1024
    isolate: bool = True
    contain_symlinks: bool = True

    @classmethod
    def switched_off(cls) -> IngestLimits:
        """No limits at all: only for tests that prove the defences matter."""
        huge = 1 << 62
        return cls(
            max_file_bytes=huge,
            max_unpacked_bytes=huge,
            max_xml_elements=huge,
            max_members=huge,
            seconds_per_file=1e9,
            memory_bytes=huge,
            isolate=False,
            contain_symlinks=False,
        )
