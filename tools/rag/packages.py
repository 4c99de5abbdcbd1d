"""Cheap structural checks of zip packages and HWP containers before parsing.

Nothing here builds a document tree: sizes come from the zip directory and the
element count from a streamed byte scan, so a bomb costs milliseconds and a few
megabytes of memory to reject.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from tools.rag.decode import FileRejected
from tools.rag.limits import IngestLimits

_CHUNK = 1 << 20
_HWP_SIGNATURE = b"HWP Document File"
_HWP_COMPRESSED, _HWP_PASSWORD, _HWP_DISTRIBUTION = 0x1, 0x2, 0x4


def check_zip_package(data: bytes, fmt: str, limits: IngestLimits) -> None:
    """Reject a zip package that is broken, too big unpacked, or has too many elements.

    Args:
        data: The package bytes.
        fmt: Format name for messages (``DOCX``, ``XLSX``...).
        limits: The limits to enforce.

    Raises:
        FileRejected: not a zip, encrypted, a zip bomb or an element bomb.
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise FileRejected(f"broken {fmt}: not a readable zip package ({exc})") from exc
    if len(members) > limits.max_members:
        raise FileRejected(
            f"{fmt} has {len(members):,} parts, over the limit of {limits.max_members:,}"
        )
    if any(m.flag_bits & 0x1 for m in members):
        raise FileRejected(f"password-protected {fmt} (encrypted zip entries)")
    unpacked = sum(m.file_size for m in members)
    if unpacked > limits.max_unpacked_bytes:
        raise FileRejected(
            f"zip bomb: {fmt} unpacks to {unpacked:,} bytes, over the limit of "
            f"{limits.max_unpacked_bytes:,}"
        )
    budget = limits.max_xml_elements
    for member in members:
        if member.filename.lower().endswith((".xml", ".rels")):
            budget -= _count_elements(package, member, fmt, budget)
            if budget < 0:
                raise FileRejected(
                    f"too many elements: {fmt} has over {limits.max_xml_elements:,} XML "
                    "elements (paragraph or element bomb)"
                )


def _count_elements(
    package: zipfile.ZipFile, member: zipfile.ZipInfo, fmt: str, budget: int
) -> int:
    # Every element starts with "<" followed by a name; closing tags ("</"),
    # declarations ("<?", "<!") do not count. Prefix-agnostic, so a renamed
    # namespace prefix cannot hide paragraphs. A "<" split across two chunks
    # is carried over by remembering the previous chunk's last byte.
    count = 0
    previous_last = b""
    try:
        with package.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                joined = previous_last + chunk
                count += joined.count(b"<") - joined.count(b"</") - joined.count(b"<?")
                count -= joined.count(b"<!")
                if previous_last == b"<":
                    count -= 1  # that "<" was already counted with the previous chunk
                previous_last = chunk[-1:]
                if count > budget:
                    break  # over the limit already: no need to read the rest
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as exc:
        raise FileRejected(f"broken {fmt}: part {member.filename!r} is corrupt ({exc})") from exc
    return count


def check_hwp_container(data: bytes, limits: IngestLimits) -> None:
    """Reject an HWP 5.0 file that is not one, is password-protected or unpacks too big.

    Args:
        data: The file bytes.
        limits: The limits to enforce.

    Raises:
        FileRejected: not an HWP 5.0 file, encrypted/distribution-locked, or a bomb.
    """
    import olefile

    if not data.startswith(olefile.MAGIC):
        raise FileRejected("not an HWP 5.0 file (no OLE container; HWP 3 or a renamed file)")
    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError, struct.error, IndexError) as exc:
        raise FileRejected(f"broken HWP: unreadable OLE container ({exc})") from exc
    with ole:
        streams = ole.listdir(streams=True, storages=False)
        if len(streams) > limits.max_members:
            raise FileRejected(f"HWP has {len(streams):,} streams, over the limit")
        if not ole.exists("FileHeader"):
            raise FileRejected("not an HWP 5.0 file (no FileHeader stream)")
        header = ole.openstream("FileHeader").read(256)
        if not header.startswith(_HWP_SIGNATURE) or len(header) < 40:
            raise FileRejected("not an HWP 5.0 file (bad FileHeader signature)")
        (flags,) = struct.unpack_from("<I", header, 36)
        if flags & _HWP_PASSWORD:
            raise FileRejected("password-protected HWP: it cannot be read without its password")
        if flags & _HWP_DISTRIBUTION:
            raise FileRejected("distribution-locked HWP (배포용 문서): its text is encrypted")
        if not flags & _HWP_COMPRESSED:
            return
        unpacked = 0
        for path in streams:
            if path[0] in ("BodyText", "DocInfo") or path == ["DocInfo"]:
                raw = ole.openstream(path).read()
                unpacked += _inflated_size(raw, limits.max_unpacked_bytes - unpacked)


def _inflated_size(raw: bytes, budget: int) -> int:
    # Inflate in bounded steps and throw the output away: only the size matters.
    inflater = zlib.decompressobj(-15)
    size = 0
    pending = raw
    try:
        while pending:
            out = inflater.decompress(pending, _CHUNK)
            size += len(out)
            if size > budget:
                raise FileRejected("zip bomb: HWP body unpacks past the unpacked-size limit")
            pending = inflater.unconsumed_tail
            if not out and not pending:
                break
    except zlib.error as exc:
        raise FileRejected(f"broken HWP: a compressed stream is corrupt ({exc})") from exc
    return size
