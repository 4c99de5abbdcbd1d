"""Personal data hidden by encoding: base64, number words, spaced digits.

``core.privacy.scan`` already folds width variants, dash look-alikes and
invisible characters. An outgoing send can still smuggle a phone number past it
as ``MDEwLTEyMzQtNTY3OA==``, ``공일공 일이삼사 오륙칠팔`` or ``0 1 0 1 2 3 4 …``,
so before a send the gate also scans these decoded views of each value.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy import scan

_BASE64_TOKEN = LazyPattern(r"[A-Za-z0-9+/_-]{12,}={0,2}")
# Sino-Korean digit syllables and English digit words, as people spell numbers out.
_KO_DIGITS = {
    "공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4",
    "오": "5", "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9",
}  # fmt: skip
_EN_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_SEP = r"[\s,.·/_-]*"
_KO_RUN = LazyPattern(f"(?:[{''.join(_KO_DIGITS)}]{_SEP}){{6,}}[{''.join(_KO_DIGITS)}]")
_EN_RUN = LazyPattern(
    rf"\b(?:(?:{'|'.join(_EN_DIGITS)}){_SEP}){{6,}}(?:{'|'.join(_EN_DIGITS)})\b", re.IGNORECASE
)
# Single digits split by spaces or dots (``0 1 0 . 1 2 3 4``), which no detector groups.
_SPACED_DIGITS = LazyPattern(r"\d(?:[\s._]+\d){6,}")


def decoded_views(text: str) -> Iterator[str]:
    """Texts hidden in ``text`` by the encodings above (the text itself not included)."""
    for match in _BASE64_TOKEN.finditer(text):
        decoded = _b64(match.group(0))
        if decoded:
            yield decoded
    for match in _KO_RUN.finditer(text):
        yield "".join(_KO_DIGITS.get(ch, "") for ch in match.group(0))
    for match in _EN_RUN.finditer(text):
        words = re.findall(r"[a-z]+", match.group(0).lower())
        yield "".join(_EN_DIGITS[w] for w in words)
    for match in _SPACED_DIGITS.finditer(text):
        yield re.sub(r"\D", "", match.group(0))


def _b64(token: str) -> str | None:
    padded = token + "=" * (-len(token) % 4)
    for decode in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            raw = decode(padded)
        except (binascii.Error, ValueError):
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if text.isprintable():
            return text
    return None


def pii_types_encoded(text: str) -> set[str]:
    """Personal-data types in ``text`` as written or in any decoded view of it."""
    types = {str(f.type) for f in scan(text)}
    for view in decoded_views(text):
        types |= {str(f.type) for f in scan(view)}
        if view.isdigit() and not types:
            # Digits alone lose the shape detectors need: try the common phone layout.
            types |= {str(f.type) for f in scan(_phone_shape(view))}
    return types


def _phone_shape(digits: str) -> str:
    if len(digits) == 11 and digits.startswith("01"):
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if len(digits) == 13:
        return f"{digits[:6]}-{digits[6:]}"
    return digits
