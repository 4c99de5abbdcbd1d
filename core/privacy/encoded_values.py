"""Personal data written in an encoding: a name as JSON ``\\uXXXX`` escapes
(``"name": "\\ub0a8\\uad81\\ud55c\\ubcc4"``), as a URL-encoded query value
(``?buyer=%EB%B4%89%EB%8B%A4%EC%86%9C``), or inside a base64 JSON cookie or token body
(``user_info=eyJzdWIiOi…``) (redteam33), or behind HTML character references
(``mailto:saoirse.blackwood&#64;fastmail&#46;com``, redteam39: a contact page's source
hiding an address from scrapers), or a phone number whose separators are escaped
(``?to=010%2D5831%2D2947``, redteam44).

People paste API responses, links and cookies to ask what they say. The encoding hides the
text from every rule (no Hangul syllable, no capital, no ``@``), yet anyone who reads it,
a cloud model first, decodes it in one step. This rule decodes each encoded run where it
stands and scans the text again: a JSON escape or a URL-encoded run is decoded in place
(so its key, ``"name":`` or ``?email=``, still labels it), a base64 JSON body is scanned on
its own. An encoded run whose decoded text holds personal data is held whole, with the
type of what it holds. Plain ASCII escapes and URLs whose decoded text holds nothing
personal (``%20``, a search for ``서울 날씨``) stay public, and so does jwt.io's documented
token, whose body holds only stand-in claims (:mod:`core.privacy.placeholder_tokens`).

The second scan cannot recurse: decoded text is scanned with this rule switched off.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from urllib.parse import unquote_to_bytes

from core.lazy_regex import LazyPattern
from core.privacy.placeholder_tokens import documented_sample_jwt_spans, is_placeholder_claims
from core.privacy.types import Finding, Hit

__all__ = ["detect_encoded_values"]

# A whole quoted string of two or more escapes, spaces between them allowed
# ('"\uae40 \uc11c\uc5f0"'): a value such as a name. Escaped prose is broken into runs by
# its ASCII digits and punctuation; those runs are no quoted value and are not decoded.
_JSON_ESCAPES_RE = LazyPattern(r"(?<=[\"'])\\u[0-9A-Fa-f]{4}(?:[ \t]*\\u[0-9A-Fa-f]{4})+(?=[\"'])")
# A URL-encoded value: %XX escapes among URL characters.
_URL_ESCAPES_RE = LazyPattern(r"(?:[A-Za-z0-9._~+-]*%[0-9A-Fa-f]{2})+[A-Za-z0-9._~+-]*")
# A digit, an escaped dash, space, plus, dot or bracket, a digit: a number's groups escaped.
_ESCAPED_NUMBER_SEP_RE = LazyPattern(r"[0-9]%(?:2[DdBbEe089]|20)\+?[0-9]")
# redteam39: a value written with HTML character references among URL characters
# ("saoirse.blackwood&#64;fastmail&#46;com", "&#xD0A9;&#xC11C;&#xC774;").
_HTML_REFS_RE = LazyPattern(
    r"(?:[A-Za-z0-9._~+-]*&(?:#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});)+"
    r"[A-Za-z0-9._~+-]*"
)
# A base64 (or base64url) JSON object opens with "eyJ", the encoding of '{"'.
_B64_JSON_RE = LazyPattern(r"(?<![A-Za-z0-9+/_-])eyJ[A-Za-z0-9+/_-]{12,}={0,2}")

_WINDOW = 80
# A value longer than a name, an address or an e-mail is prose: not decoded.
_MAX_DECODED = 80
# At most this many runs of one text are scanned again (each costs a small scan): a body of
# thousands of encoded values (a trace export) is screened on the wire, not here.
_MAX_RUNS = 32
_SCANNING_DECODED: ContextVar[bool] = ContextVar("_SCANNING_DECODED", default=False)


def _scan(text: str) -> list[Finding]:
    # Imported here: the scanner imports the detector lists, which import this module.
    from core.privacy.scanner import scan

    token = _SCANNING_DECODED.set(True)
    try:
        return scan(text)
    finally:
        _SCANNING_DECODED.reset(token)


def _json_unescape(run: str) -> str | None:
    try:
        decoded = json.loads('"' + run + '"')
    except ValueError:
        return None
    if not isinstance(decoded, str) or decoded.isascii() or len(decoded) > _MAX_DECODED:
        return None
    return decoded


def _url_unquote(run: str) -> str | None:
    try:
        decoded = unquote_to_bytes(run.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        return None
    # Only text the rules could not read encoded is worth a second scan: letters beyond
    # ASCII (Hangul, accented names) or an e-mail's "@"; "%20" and "%2F" are left alone.
    if len(decoded) > _MAX_DECODED:
        return None
    if "@" in decoded or not decoded.isascii():
        return decoded
    # redteam44: a number whose separators are escaped ("to=010%2D5831%2D2947", "%20" or "%2B"
    # between its groups) reads as its groups only decoded.
    if _ESCAPED_NUMBER_SEP_RE.search(run) is not None and sum(c.isdigit() for c in decoded) >= 7:
        return decoded
    return None


def _html_unescape(run: str) -> str | None:
    decoded = html.unescape(run)
    # As for URL escapes: only an "@" or letters beyond ASCII are worth a second scan.
    if decoded == run or len(decoded) > _MAX_DECODED:
        return None
    return decoded if "@" in decoded or not decoded.isascii() else None


def _b64_json(run: str) -> str | None:
    body = run.rstrip("=")
    try:
        raw = base64.urlsafe_b64decode(
            body.replace("+", "-").replace("/", "_") + "=" * (-len(body) % 4)
        )
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded.startswith('{"') else None


def _held_in_place(text: str, start: int, end: int, decoded: str) -> Hit | None:
    """A hit over ``text[start:end]`` when its decoded form, put in its place, is personal."""
    # Only a window around the run is scanned again: enough for its key or label, and a
    # megabyte JSON body full of escapes costs one small scan per run, not a whole rescan.
    lo = max(0, start - _WINDOW)
    probe = text[lo:start] + decoded + text[end : end + _WINDOW]
    first, last = start - lo, start - lo + len(decoded)
    for f in _scan(probe):
        if f.start < last and f.end > first:
            return Hit(f.type, start, end, 0.8, False)
    return None


def _runs(
    text: str, pattern: LazyPattern, decode: Callable[[str], str | None]
) -> Iterator[tuple[int, int, str]]:
    for m in pattern.finditer(text):
        decoded = decode(m.group())
        if decoded is not None:
            yield m.start(), m.end(), decoded


_IN_PLACE: tuple[tuple[LazyPattern, Callable[[str], str | None], str], ...] = (
    (_JSON_ESCAPES_RE, _json_unescape, "\\u"),
    (_URL_ESCAPES_RE, _url_unquote, "%"),
    # Only numeric references hide an address in practice (scrapers' obfuscators write
    # "&#64;"); "&" alone is in every other HTML page and prose ("Tom & Jerry").
    (_HTML_REFS_RE, _html_unescape, "&#"),
)


def detect_encoded_values(text: str) -> Iterator[Hit]:
    """Encoded runs whose decoded text holds personal data (see the module)."""
    if _SCANNING_DECODED.get():
        return
    runs = 0
    for pattern, decode, cue in _IN_PLACE:
        if cue not in text:
            continue
        for start, end, decoded in _runs(text, pattern, decode):
            runs += 1
            if runs > _MAX_RUNS:
                return
            hit = _held_in_place(text, start, end, decoded)
            if hit is not None:
                yield hit
    if "eyJ" in text:
        samples = documented_sample_jwt_spans(text)
        for start, end, decoded in _runs(text, _B64_JSON_RE, _b64_json):
            runs += 1
            if runs > _MAX_RUNS:
                return
            # A tutorial's sample token signed with its published secret (blind54p).
            if any(lo <= start and end <= hi for lo, hi in samples):
                continue
            # jwt.io's default token's body names the docs' John Doe (see the predicate).
            found = [] if is_placeholder_claims(decoded) else _scan(decoded)
            if found:
                yield Hit(found[0].type, start, end, 0.8, False)
