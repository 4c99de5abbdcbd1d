"""Finding, reading and naming files to ingest (no parsing here)."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
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


@dataclass(frozen=True)
class FileEntry:
    """One file found under an ingest path: where to read it, or why it is refused.

    Attributes:
        path: The path as found (a symlink keeps its own name, for the report).
        target: The resolved file to read; ``None`` when refused.
        refused: Why the entry is rejected without reading it ("" when readable).
    """

    path: Path
    target: Path | None
    refused: str = ""


def iter_files(path: Path) -> list[Path]:
    """Readable files under ``path`` (see :func:`iter_entries`), without refused ones."""
    return [e.path for e in iter_entries(path) if e.target is not None]


def iter_entries(path: Path, *, contain_symlinks: bool = True) -> list[FileEntry]:
    """The file itself, or every non-hidden entry under a folder, sorted, each checked.

    Symlinks are resolved; one that loops, dangles, or (with ``contain_symlinks``)
    leads outside the folder being ingested becomes a refused entry with the
    reason, so the report lists it. Symlinked folders are not followed (their
    targets inside the folder are walked anyway); fifos, sockets and devices are
    refused because reading them could block or never end.

    Raises:
        ToolInputError: the path does not exist.
    """
    if path.is_file():
        return [FileEntry(path, Path(os.path.realpath(path)))]
    if not path.is_dir():
        raise ToolInputError(f"no such file or folder: {path}")
    root = Path(os.path.realpath(path))
    entries: list[FileEntry] = []
    _walk(path, root, entries, contain_symlinks)
    return sorted(entries, key=lambda e: e.path.as_posix())


def _walk(folder: Path, root: Path, out: list[FileEntry], contain: bool) -> None:
    try:
        children = sorted(os.scandir(folder), key=lambda d: d.name)
    except OSError as exc:
        out.append(FileEntry(folder, None, f"cannot list folder: {exc.strerror or exc}"))
        return
    for child in children:
        if child.name.startswith("."):
            continue
        entry_path = Path(child.path)
        if child.is_symlink():
            out.append(_check_symlink(entry_path, root, contain))
        elif child.is_dir(follow_symlinks=False):
            _walk(entry_path, root, out, contain)
        elif child.is_file(follow_symlinks=False):
            out.append(FileEntry(entry_path, entry_path))
        else:
            out.append(FileEntry(entry_path, None, "not a regular file (fifo, socket or device)"))


def _check_symlink(link: Path, root: Path, contain: bool) -> FileEntry:
    target = Path(os.path.realpath(link))
    try:
        info = os.stat(link)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return FileEntry(link, None, "symlink loop: the link leads back to itself")
        return FileEntry(link, None, f"broken symlink: its target {target} does not exist")
    if contain and not target.is_relative_to(root):
        return FileEntry(link, None, f"symlink leads outside the ingested folder (to {target})")
    if stat.S_ISDIR(info.st_mode):
        return FileEntry(
            link, None, "symlink to a folder: not followed (ingest the folder itself instead)"
        )
    if not stat.S_ISREG(info.st_mode):
        return FileEntry(link, None, "symlink to something that is not a regular file")
    return FileEntry(link, target)


def display_source(path: Path) -> str:
    """The path relative to the working directory when it lies below it, else absolute.

    The last component is not followed: a symlink is reported under its own name
    (and a symlink loop, which cannot be resolved, still gets a name).
    """
    resolved = Path(os.path.realpath(path.parent)) / path.name
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def document_key(path: Path) -> str:
    """Stable identity of a file across runs, whatever the working directory."""
    return path.resolve().as_posix()


def read_limited(path: Path, max_bytes: int) -> bytes:
    """Read a regular file (not through a symlink), refusing one over the size limit.

    ``O_NOFOLLOW`` makes a symlink swapped in after the folder walk fail here
    instead of being followed outside the folder.

    Raises:
        FileRejected: too large, not a regular file, or unreadable.
    """
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise FileRejected("not a regular file")
            if info.st_size > max_bytes:
                raise FileRejected(f"file too large: {info.st_size} bytes > limit {max_bytes}")
            data = handle.read(min(info.st_size, max_bytes) + 1)
            if len(data) > max_bytes:  # grew while being read
                raise FileRejected(f"file too large: over the limit of {max_bytes} bytes")
            return data
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileRejected("symlink where a regular file was expected") from exc
        raise FileRejected(f"cannot read file: {exc.strerror or exc}") from exc


def content_hash(data: bytes) -> str:
    """SHA-256 of file bytes: unchanged files are recognised by this."""
    return hashlib.sha256(data).hexdigest()


def chunk_id(collection: str, key: str, ordinal: int, text: str) -> str:
    """A chunk id that changes whenever the chunk's text or position changes."""
    digest = hashlib.sha1(f"{collection}\x00{key}\x00{ordinal}\x00{text}".encode()).hexdigest()
    return digest[:20]
