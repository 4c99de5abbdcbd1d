"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, CP949/EUC-KR, then detection.

Korean files saved by older Windows tools are CP949 (a superset of EUC-KR);
those are tried before generic detection because detectors often mistake
short Korean texts for another legacy code page.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class FileRejected(Exception):
    """A file that cannot be ingested; ``reason`` is shown to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _looks_utf16(data: bytes) -> str | None:
    # BOM-less UTF-16: ASCII-heavy text has a zero byte in every other position.
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0) / (len(data) / 2)
    odd_zero = data[1::2].count(0) / (len(data) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    if not text.strip():
        raise FileRejected("empty file (no text after decoding)")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise FileRejected("binary content (control characters), not a text file")
    return text


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to text, detecting the encoding.

    Args:
        data: Raw file content.

    Returns:
        The text (BOM removed, newlines normalized to ``\\n``) and the encoding name.

    Raises:
        FileRejected: empty, binary or undecodable content.
    """
    if not data.strip():
        raise FileRejected("empty file")
    encoding: str | None = None
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding is None:
        encoding = _looks_utf16(data)
    if encoding is not None:
        try:
            return _normalize(_check_text(body.decode(encoding))), encoding
        except UnicodeDecodeError as exc:
            raise FileRejected(f"undecodable bytes for {encoding}: {exc.reason}") from exc
    if b"\x00" in data:
        raise FileRejected("binary content (NUL bytes), not a text file")
    try:
        return _normalize(_check_text(data.decode("utf-8"))), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
        non_ascii = [c for c in text if ord(c) > 127]
        if non_ascii and len(_HANGUL.findall(text)) >= 0.6 * len(non_ascii):
            return _normalize(_check_text(text)), "cp949"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    # A high "chaos" score means the bytes only decode as mojibake.
    if best is None or best.encoding is None or best.chaos > 0.3:
        raise FileRejected("undecodable bytes: no text encoding fits this file")
    return _normalize(_check_text(str(best))), best.encoding


def _normalize(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
