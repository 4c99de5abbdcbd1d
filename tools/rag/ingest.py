"""Finding, reading and naming files to ingest (no parsing here)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from core.errors import ToolInputError
from tools.rag.decode import FileRejected

_COLLECTION = re.compile(r"^[\w.\-]{1,64}$", re.UNICODE)


def check_collection(name: str) -> str:
    """Validate a collection name (letters, digits, ``_ . -``; Hangul allowed).

    Raises:
        ToolInputError: the name is empty, too long or has other characters.
    """
    if not _COLLECTION.match(name):
        raise ToolInputError(
            f"invalid collection name {name!r}: use 1-64 letters, digits, '_', '.' or '-'"
        )
    return name


def iter_files(path: Path) -> list[Path]:
    """The file itself, or every non-hidden file under a folder, sorted.

    Raises:
        ToolInputError: the path does not exist.
    """
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise ToolInputError(f"no such file or folder: {path}")
    return sorted(
        p for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def display_source(path: Path) -> str:
    """The path relative to the working directory when it lies below it, else absolute."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def document_key(path: Path) -> str:
    """Stable identity of a file across runs, whatever the working directory."""
    return path.resolve().as_posix()


def read_limited(path: Path, max_bytes: int) -> bytes:
    """Read a file, refusing one over the size limit.

    Raises:
        FileRejected: too large or unreadable.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileRejected(f"file too large: {size} bytes > limit {max_bytes}")
        return path.read_bytes()
    except OSError as exc:
        raise FileRejected(f"cannot read file: {exc.strerror or exc}") from exc


def content_hash(data: bytes) -> str:
    """SHA-256 of file bytes: unchanged files are recognised by this."""
    return hashlib.sha256(data).hexdigest()


def chunk_id(collection: str, key: str, ordinal: int, text: str) -> str:
    """A chunk id that changes whenever the chunk's text or position changes."""
    digest = hashlib.sha1(f"{collection}\x00{key}\x00{ordinal}\x00{text}".encode()).hexdigest()
    return digest[:20]
