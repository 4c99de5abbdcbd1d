"""A deliberately over-eager screen for text about to leave the machine.

The routing scanner (:func:`core.privacy.scan`) decides which track a step
takes; it must not flag ordinary questions, or everything would run locally.
The egress guard needs the opposite trade: one miss there is a leak. So this
screen, called on every request to an ``external`` endpoint, flags anything
that *could* be personal data, whatever the scanner thinks:

- everything the scanner finds;
- any run of 6+ digits in any numeral system or disguise: ASCII, full-width or
  other Unicode decimal digits, Korean or English number words, O/l look-alikes,
  spaced or split by separators or invisible characters;
- anything e-mail-like (``x@y``, ``x @ y``, ``x (at) y``, ``x at y dot com``);
- capitalised given + family name pairs from the name lists, without the
  scanner's common-word stop lists;
- base64 blobs whose decoded text trips any of the above.

Exempt on purpose, because ordinary questions are full of them and none is an
identifier on its own: a calendar date or time with a four-digit year
(``2026-11-29``, ``2026.11.29 14:05``) and a single decimal number (``3.14159265``).
From the digit rule only, a Korean company service number written whole
(``1588-0000``, ``16441234``; see :mod:`core.privacy.business_numbers`): only
companies hold them, and guides quote them. Likewise a named corporation's business
registration number (``(주)이마트 206-86-50913``; see
:mod:`core.privacy.corporate_business_numbers`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
from dataclasses import dataclass

from core.lazy_regex import LazyPattern
from core.privacy.business_numbers import business_list_spans, written_business_number
from core.privacy.common import replace_spans
from core.privacy.corporate_business_numbers import wire_run_is_a_named_corporations_number
from core.privacy.intro_names import detect_name_pairs
from core.privacy.main_lines import labelled_main_line
from core.privacy.normalize import INVISIBLE_CHARS, normalize
from core.privacy.scanner import scan
from core.privacy.spoken import fold_spoken
from core.privacy.toll_free_lines import organisation_line, toll_free_number
from core.privacy.types import Finding

MIN_DIGITS = 6
# Characters that may sit between the digits of one number ("010 - 1234",
# "9 0 0 1 0 1", "(02) 123"). Not commas (lists, "35,000") nor colons (times).
_SEPARATORS = frozenset(" \t-./_()+·" + INVISIBLE_CHARS)
_MAX_GAP = 3
_DATE_RE = LazyPattern(
    r"(?<![0-9])(?:19|20)\d\d(?P<s>[-./])(?:0?[1-9]|1[0-2])(?P=s)(?:0?[1-9]|[12]\d|3[01])"
    r"(?:[ T](?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d(?:\.\d{1,9})?)?)?(?![0-9])"
)
# Machine ids in request and trace payloads: UUIDs and hex ids with a letter
# in them (trace/span ids). Hex-encoded digits ("3031...") have no letter and
# are still counted.
_UUID_RE = LazyPattern(
    r"(?<![0-9A-Za-z])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"(?![0-9A-Za-z])"
)
# Compact timestamps ("20261129T140500123456Z", LangSmith's dotted_order,
# with the run id glued after it).
_COMPACT_STAMP_RE = LazyPattern(
    r"(?<![0-9])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T\d{6,12}Z?"
    r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{0,32})"
)
# IPv4 addresses (endpoints in trace metadata, "127.0.0.1:8080"): network structure.
_IPV4_RE = LazyPattern(
    r"(?<![0-9.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![0-9])(?::\d{1,5})?"
)
# From 7 characters: git revisions ("b521376", a trace's revision_id) are hex ids too.
_HEX_ID_RE = LazyPattern(r"(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}(?![0-9A-Za-z])")
# Not when a bare comma glues more digits on ("1899-1234,5678" is one number).
_YEAR_RANGE_RE = LazyPattern(
    r"(?<![0-9])(?<![0-9],)(?:1[0-9]|20)\d\d[ \t]*[-~][ \t]*(?:1[0-9]|20)\d\d(?![0-9])(?!,[0-9])"
)
_SPACED_YEAR_RE = LazyPattern(
    r"(?<=[ \t])(?:19|20)\d\d(?![0-9])(?![.-][0-9])"
    r"|(?<![0-9])(?<![0-9][.-])(?:19|20)\d\d(?=[ \t])"
)
_DECIMAL_RE = LazyPattern(r"\d+\.\d+")
# Round amounts ("145000000", "100000"): populations and prices, not ids.
_ROUND_RE = LazyPattern(r"[1-9]\d{0,5}0000")
# The lookbehind makes it start only at a word start: without it a long run
# of letters is re-scanned from every position (quadratic).
_EMAIL_LIKE_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+"
    r"[ \t]?(?:@|\(at\)|\[at\]|\{at\}|골뱅이)[ \t]?[A-Za-z0-9-]+",
    re.IGNORECASE,
)
# An amount with thousands separators, maybe with decimals: not an id however long.
_THOUSANDS_RE = LazyPattern(r"\d{1,3}(?:,\d{3})+(?:[.]\d+)?")
_MIN_COMMA_DIGITS = 8
_BASE64_RE = LazyPattern(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_MAX_DEPTH = 2


@dataclass(frozen=True, slots=True)
class ScreenFinding:
    """Something in an outgoing text that may be personal data.

    Attributes:
        kind: ``digits``, ``email_like``, ``name_pair``, ``base64``, or the
            scanner's type (``phone``, ``kr_rrn``, ``person_name``...).
        start: Offset of the first character in the screened text.
        end: Offset one past the last character.
        reason: Why it was flagged, fit for the user-facing refusal
            ("kept on this machine because ...").
    """

    kind: str
    start: int
    end: int
    reason: str


def _digit_value(ch: str) -> bool:
    return unicodedata.decimal(ch, None) is not None


def _exempt(value: str) -> bool:
    ascii_digits = "".join(str(unicodedata.decimal(c)) if _digit_value(c) else c for c in value)
    stripped = ascii_digits.strip()
    return _DECIMAL_RE.fullmatch(stripped) is not None or _ROUND_RE.fullmatch(stripped) is not None


def _hide_dates(folded: str) -> str:
    """``folded`` with calendar dates, year ranges and spaced years blanked, same length.

    A date next to another number ("1990-01-01-1234567") no longer fuses with
    it, yet the other number is still counted on its own. Years set off by
    spaces ("May 25 2008", "1874 - 1951") are hidden only when a space, not a
    hyphen or dot, joins them: a phone or card with a year-like group in it is
    still found by the scanner, which runs first.
    """
    for rx in (
        _UUID_RE,
        _COMPACT_STAMP_RE,
        _HEX_ID_RE,
        _IPV4_RE,
        _DATE_RE,
        _YEAR_RANGE_RE,
        _SPACED_YEAR_RE,
    ):
        folded = rx.sub(lambda m: "#" * len(m.group(0)), folded)
    return folded


def _digit_runs(folded: str) -> list[tuple[int, int, int]]:
    """``(start, end, digit_count)`` of separator-joined digit runs in ``folded``."""
    runs: list[tuple[int, int, int]] = []
    start = last = -1
    count = 0
    for i, ch in enumerate(folded):
        if not _digit_value(ch):
            continue
        gap = folded[last + 1 : i] if last >= 0 else ""
        if last >= 0 and len(gap) <= _MAX_GAP and all(c in _SEPARATORS for c in gap):
            count += 1
        else:
            if count:
                runs.append((start, last + 1, count))
            start, count = i, 1
        last = i
    if count:
        runs.append((start, last + 1, count))
    return runs


def _comma_chains(folded: str, runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``runs`` with neighbours joined by a bare comma merged into one, amounts excepted.

    A comma is no separator for :func:`_digit_runs` (lists, "35,000"), so a card typed
    ``4532,7788,1290,3342`` would pass as four short runs. Digits joined by bare commas are
    one number unless they read as an amount's thousands ("1,250,000", "3,500.50") or a
    list of small numbers ("10,20,30,40"); from eight digits on the chain is counted.
    """
    merged: list[tuple[int, int, int]] = []
    chain: list[tuple[int, int, int]] = []

    def close() -> None:
        if len(chain) > 1:
            start, end = chain[0][0], chain[-1][1]
            count = sum(c for _, _, c in chain)
            amount = _THOUSANDS_RE.fullmatch(folded[start:end]) is not None
            widest = max(c for _, _, c in chain)
            if not amount and count >= _MIN_COMMA_DIGITS and widest >= 3:
                merged.append((start, end, count))
                return
        merged.extend(chain)

    for run in runs:
        comma = chain[-1][1] if chain else -1
        if chain and folded[comma : run[0]] == "," and not _thousands_comma(folded, comma):
            chain.append(run)
            continue
        close()
        chain = [run]
    close()
    return merged


def _thousands_comma(folded: str, comma: int) -> bool:
    """Whether the comma at ``comma`` separates thousands: 1-3 digits before, 3 after.

    Checked at each comma, not over the whole chain: in "(1,200 + 3,450)" the runs join
    across " + ", and each comma is still an amount's.
    """
    before = len(folded[:comma]) - len(folded[:comma].rstrip("0123456789"))
    after = len(folded[comma + 1 :]) - len(folded[comma + 1 :].lstrip("0123456789"))
    return 1 <= before <= 3 and after == 3


def _numbers(text: str) -> list[ScreenFinding]:
    norm = normalize(text)
    view = fold_spoken(norm) or norm
    out: list[ScreenFinding] = []
    hidden = _hide_dates(view.text)
    listed = business_list_spans(text)
    for s, e, count in _comma_chains(hidden, _digit_runs(hidden)):
        if count < MIN_DIGITS:
            continue
        start, end = view.span(s, e)
        if (
            _exempt(text[start:end])
            or written_business_number(text[start:end], view.text, s, e)
            or any(a <= start and end <= b for a, b in listed)
            or labelled_main_line(text, start, end)
            # A receipt's "(주)이마트 사업자등록번호 206-86-50913": the scanner's public
            # organisation number is not blocked as a digit run (redteam35).
            or wire_run_is_a_named_corporations_number(text, start, end)
            or (toll_free_number(text[start:end]) and organisation_line(text, start, end))
        ):
            continue
        out.append(ScreenFinding("digits", start, end, f"a run of {count} digits"))
    return out


def _base64_findings(text: str, depth: int) -> list[ScreenFinding]:
    out: list[ScreenFinding] = []
    for m in _BASE64_RE.finditer(text):
        blob = m.group(0)
        decoded = _decode_base64(blob)
        if decoded is None:
            continue
        inner = _screen(decoded, depth + 1)
        if inner:
            kinds = ", ".join(sorted({f.kind for f in inner}))
            out.append(
                ScreenFinding("base64", m.start(), m.end(), f"base64 that decodes to {kinds}")
            )
    return out


def _decode_base64(blob: str) -> str | None:
    padded = blob + "=" * (-len(blob) % 4)
    for decode in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            raw = decode(padded.encode("ascii"))
            text = raw.decode("utf-8")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            continue
        printable = sum(1 for c in text if c.isprintable() or c in "\n\t")
        if text and printable / len(text) >= 0.9:
            return text
    return None


def _screen(text: str, depth: int, scanned: list[Finding] | None = None) -> list[ScreenFinding]:
    findings = scan(text) if scanned is None else scanned
    found = [ScreenFinding(f.type, f.start, f.end, f"looks like {f.type}") for f in findings]
    found += _numbers(text)
    found += [
        ScreenFinding("email_like", m.start(), m.end(), "an e-mail-like address")
        for m in _EMAIL_LIKE_RE.finditer(text)
    ]
    norm = normalize(text)
    for hit in detect_name_pairs(norm.text, strict=False):
        start, end = norm.span(hit.start, hit.end)
        found.append(ScreenFinding("name_pair", start, end, "a person-like full name"))
    if depth < _MAX_DEPTH:
        found += _base64_findings(text, depth)
    return sorted(found, key=lambda f: (f.start, -f.end))


def screen_outgoing(text: str) -> list[ScreenFinding]:
    """Everything in ``text`` that might be personal data, for the egress guard.

    Needs nothing but the text: no settings, no state. Over-eager by design;
    a caller blocks the request (or masks the spans when pseudonymization is
    on) whenever the list is not empty.

    Args:
        text: The exact text about to be sent (a prompt, a message history
            serialised, a trace payload).

    Returns:
        Findings sorted by start; they may overlap.
    """
    if not text:
        return []
    return _screen(text, 0)


def screen_scanned(text: str, scanned: list[Finding]) -> list[ScreenFinding]:
    """``screen_outgoing(text)`` for a caller that has just made ``scanned = scan(text)``.

    The screen starts from the scanner's findings; the egress guard scans a body and then
    screens it, and a trace export's multipart body (megabytes, not JSON, so screened as
    it is) was scanned twice per check: half of the PII egress suite's time.
    """
    if not text:
        return []
    return _screen(text, 0, scanned)


def json_strings(body: str) -> str:
    """The string values of a JSON body, one per line; ``body`` itself if not JSON.

    What leaves in a model or trace request is its text; the numbers around
    it (``max_tokens``, timestamps, token counts) and the keys are structure.
    Screening only the strings keeps the over-eager digit rule from firing on
    every request, while any personal data inside a string is still seen.

    Args:
        body: A request body as text.

    Returns:
        The texts to screen, newline-separated so values do not run together.
    """
    try:
        decoded = json.loads(body)
    except ValueError:
        return body
    out: list[str] = []
    stack: list[object] = [decoded]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return "\n".join(out)


def mask_outgoing(text: str, findings: list[ScreenFinding] | None = None) -> str:
    """``text`` with every screened span replaced by ``[KIND]``.

    Args:
        text: The outgoing text.
        findings: From :func:`screen_outgoing`; screened when omitted.

    Returns:
        The masked text (overlapping spans merged into the first).
    """
    if findings is None:
        findings = screen_outgoing(text)
    return replace_spans(text, ((f.start, f.end, f"[{f.kind.upper()}]") for f in findings))
