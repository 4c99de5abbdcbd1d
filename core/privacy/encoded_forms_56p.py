"""Personal data behind an encoding the earlier rules did not open (redteam48).

- Base64 of plain text: a form's hidden field, a cookie or a config value
  (``bmFtZT1PdHRpbGll…``, "name=Ottilie …;dob=…"). :mod:`core.privacy.encoded_values` opens
  only base64 JSON (``eyJ…``); a base64 run of 16 or more characters that decodes to
  printable UTF-8 text is decoded here and scanned on its own, and held whole when that text
  holds personal data. Random tokens and hashes decode to bytes that are no text and are left
  to the token rules; ``SGVsbG8sIFdvcmxkIQ==`` ("Hello, World!") holds nothing and passes.
- A guest's or visitor's name in a link's query, URL-encoded or not
  (``?guest=%EB%B3%80%EC%84%9C%ED%95%98``): a booking or visit link keys its person by role
  (guest, visitor, passenger, attendee, patient, student, member, holder, payer, payee,
  sender). The value, decoded, is a person's name when it reads as a Korean name (the name
  rules' strong plausibility check) or as two or more capitalised words. Role keys the
  key-value rule reads already (buyer, receiver) are its.

- (blind52p) An e-mail address letter-spaced by OCR (``g w a k . h y e o n u @ n a v e r . c o
  m``): single characters between single spaces around an "@" and a dotted domain.

Decoded text is scanned with both rules of :mod:`core.privacy.encoded_values` and this module
switched off, so no decoding recurses.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from contextvars import ContextVar
from urllib.parse import unquote

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Finding, Hit

__all__ = ["detect_encoded_forms_56p"]

# A base64 run: 16 or more characters of the alphabet, its padding, not part of a longer word
# or a path ("/usr/local/…" has no run of 16 without a "/" break that decodes to text).
_B64_RE = LazyPattern(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_MAX_B64 = 512
_MAX_RUNS = 16
_ROLE_KEYS = (
    r"guest|guest_?name|visitor|visitor_?name|passenger|passenger_?name|attendee|patient|"
    r"student|student_?name|member_?name|holder|holder_?name|payer|payee|sender"
)
_QUERY_RE = LazyPattern(r"(?i:[?&](?:" + _ROLE_KEYS + r")=)(?P<value>[^&#\s\"'<>]{2,120})")
_HANGUL_NAME = LazyPattern(r"[가-힣]{2,4}")
_SCANNING: ContextVar[bool] = ContextVar("_SCANNING_56P", default=False)


def _scan(text: str) -> list[Finding]:
    # Imported here: the scanner imports the detector lists, which import this module.
    from core.privacy.scanner import scan

    token = _SCANNING.set(True)
    try:
        return scan(text)
    finally:
        _SCANNING.reset(token)


def _b64_text(run: str) -> str | None:
    """The printable text ``run`` encodes, or None (not base64, or bytes that are no text)."""
    # Letters of one case only, or no letter and digit mixed, is a word or a number, not base64.
    if run.isalpha() and (run.islower() or run.isupper()):
        return None
    try:
        body = run.rstrip("=")
        decoded = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
        text = decoded.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if decoded.startswith(b'{"') or not text.isprintable() or len(text) < 6:
        return None
    return text


def _base64_hits(text: str) -> Iterator[Hit]:
    for n, m in enumerate(_B64_RE.finditer(text)):
        if n >= _MAX_RUNS:
            return
        run = m.group()
        decoded = _b64_text(run) if len(run) <= _MAX_B64 else None
        if decoded is None:
            continue
        # The encoded_values rule must not open it again inside the second scan.
        from core.privacy.encoded_values import _SCANNING_DECODED

        token = _SCANNING_DECODED.set(True)
        try:
            found = _scan(decoded)
        finally:
            _SCANNING_DECODED.reset(token)
        if found:
            yield Hit(found[0].type, m.start(), m.end(), 0.8, False)


def _role_name(value: str) -> bool:
    decoded = unquote(value.replace("+", " ")).strip()
    if _HANGUL_NAME.fullmatch(decoded):
        return plausible_korean_name(decoded, strong=True)
    words = decoded.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and latin_person_words(words)


# blind52p: an e-mail address letter-spaced, as OCR and copy from a PDF render a spaced-out
# card ("g w a k . h y e o n u @ n a v e r . c o m"): single characters between single
# spaces, an "@" with a local part before it and a dotted domain after it.
_SPACED_EMAIL_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])(?P<v>(?:[A-Za-z0-9._%+-][ \t]){2,64}@[ \t](?:[A-Za-z0-9-][ \t]){1,63}"
    r"(?:\.[ \t](?:[A-Za-z0-9-][ \t]){1,63})*?\.[ \t](?:[A-Za-z][ \t]){1,23}[A-Za-z])"
    r"(?![A-Za-z0-9])(?![ \t]\.[ \t][A-Za-z])"
)


def detect_encoded_forms_56p(text: str) -> Iterator[Hit]:
    """Base64 text holding personal data; a role-keyed name in a link; a letter-spaced
    e-mail address (see the module)."""
    if _SCANNING.get():
        return
    yield from _base64_hits(text)
    if " @ " in text:
        for m in _SPACED_EMAIL_RE.finditer(text):
            yield Hit("email", m.start("v"), m.end("v"), 0.85, False)
    if "=" in text and ("?" in text or "&" in text):
        for m in _QUERY_RE.finditer(text):
            if _role_name(m.group("value")):
                yield Hit("person_name", m.start("value"), m.end("value"), 0.8, False)
