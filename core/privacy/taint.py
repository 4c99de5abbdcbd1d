"""Provenance taint: the personal values of ``local_only`` sources, matched at the wire.

Routing keeps a step local when its sources hold personal data. The egress
guard must not depend on routing being right, and it must not depend on the
wire screen spotting the data again in the request either (``민수 씨는…`` or
``Jane likes short notes`` carry a name no detector fires on once the context
that revealed it is gone). So the graph hands the guard the *facts*: every
personal value found in a source of the step (the user's messages, document
passages, tool results, earlier answers), folded into keys. The guard only
looks those keys up in the request text; it re-derives nothing.

A value matches in any numeral form the spoken fold reads (digits, Korean or
English number words, look-alikes, separators) and, for names, when any
identifying token of the name stands alone (the given name, an English family
name), with the same patterns the pseudonymizer replaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from core.lazy_regex import LazyPattern
from core.privacy.name_tokens import name_parts
from core.privacy.normalize import INVISIBLE_CHARS, normalize
from core.privacy.public_contacts import PublicContacts
from core.privacy.scanner import scan
from core.privacy.spoken import fold_spoken
from core.privacy.types import Finding

# Values with fewer digits than this are matched as text, not as numbers:
# shorter digit strings occur by chance in any request.
MIN_NUMBER_DIGITS = 6
# Shorter text keys ("kim", "서울") would match by chance.
_MIN_TEXT_KEY = 4
_MIN_HANGUL_KEY = 2
# A name token is matched as a whole word, so "Kim" or "Doe" is specific enough.
_MIN_TOKEN = 3
_HANGUL = LazyPattern("[가-힣]")
_DROP_IN_TEXT = LazyPattern("[\\s" + INVISIBLE_CHARS + "]+")
# Separators people and models put between the digit groups of one number.
_DROP_IN_NUMBERS = LazyPattern("[\\s\\-./_()+·" + INVISIBLE_CHARS + "]+")


@dataclass(frozen=True, slots=True)
class TaintedValue:
    """One personal value of a local-only source, as the guard looks it up.

    Attributes:
        key: Digits only (``numeric``), the whitespace-free casefolded text, or
            a name token (``token``) matched with word boundaries.
        kind: The scanner's type (``phone``, ``person_name``...).
        source: Where it was found, for the refusal ("a document passage").
        numeric: Whether ``key`` is matched against the request's digits.
        token: Whether ``key`` is a name token matched with the pseudonymizer's pattern.
    """

    key: str
    kind: str
    source: str
    numeric: bool = False
    token: bool = False


def _digits(value: str) -> str:
    norm = normalize(value)
    view = fold_spoken(norm) or norm
    return "".join(
        str(unicodedata.decimal(c)) for c in view.text if unicodedata.decimal(c, None) is not None
    )


def _text_key(value: str) -> str:
    return _DROP_IN_TEXT.sub("", normalize(value).text.casefold())


def _long_enough(key: str) -> bool:
    return len(key) >= (_MIN_HANGUL_KEY if _HANGUL.search(key) else _MIN_TEXT_KEY)


def _values_of(finding: Finding, source: str) -> list[TaintedValue]:
    kind = str(finding.type)
    digits = _digits(finding.text)
    if len(digits) >= MIN_NUMBER_DIGITS:
        return [TaintedValue(digits, kind, source, numeric=True)]
    out: list[TaintedValue] = []
    key = _text_key(finding.text)
    if _long_enough(key):
        out.append(TaintedValue(key, kind, source))
    if kind == "person_name":
        for part in name_parts(normalize(finding.text).text.strip()):
            if part.role and len(part.token) >= (
                _MIN_HANGUL_KEY if _HANGUL.search(part.token) else _MIN_TOKEN
            ):
                out.append(TaintedValue(part.token, kind, source, token=True))
    return out


@lru_cache(maxsize=8192)
def _scan_values(text: str, source: str) -> tuple[TaintedValue, ...]:
    return tuple(v for f in scan(text) for v in _values_of(f, source))


@dataclass(frozen=True)
class TaintFacts:
    """The personal values a request must not carry, with where each came from."""

    values: tuple[TaintedValue, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.values)

    def __or__(self, other: TaintFacts) -> TaintFacts:
        return TaintFacts(tuple(dict.fromkeys((*self.values, *other.values))))

    def hits(self, text: str) -> list[TaintedValue]:
        """The tainted values that ``text`` (an outgoing request) carries.

        Args:
            text: The request text (JSON string values, or the raw body).

        Returns:
            One entry per value found, in the order the facts hold them.
        """
        if not self.values or not text:
            return []
        norm = normalize(text)
        view = fold_spoken(norm) or norm
        digits = _DROP_IN_NUMBERS.sub("", view.text)
        # Both the text as written and its spoken fold ("jdoe at naver dot com").
        flat = _DROP_IN_TEXT.sub("", norm.text.casefold())
        if view is not norm:
            flat += "\n" + _DROP_IN_TEXT.sub("", view.text.casefold())
        found: list[TaintedValue] = []
        for value in self.values:
            if value.numeric:
                hit = value.key in digits
            elif value.token:
                hit = token_pattern(value.key).search(norm.text) is not None
            else:
                hit = value.key in flat
            if hit:
                found.append(value)
        return found


@lru_cache(maxsize=4096)
def token_pattern(token: str) -> re.Pattern[str]:
    """The pattern that finds a name token standing alone."""
    # As the pseudonymizer finds a token alone: not inside a longer word. Korean
    # particles attach directly ("민수가"), so a Hangul token has no end boundary.
    end = "" if _HANGUL.search(token) else r"(?![A-Za-z])"
    return re.compile(r"(?<![가-힣A-Za-z])" + re.escape(token) + end, re.IGNORECASE)


def taint_of(sources: Iterable[tuple[str, str]], contacts: PublicContacts) -> TaintFacts:
    """The taint facts of a step's sources.

    Args:
        sources: ``(where, text)`` pairs: ``("your message", ...)``,
            ``("a document passage", ...)``, ``("a tool result", ...)``,
            ``("an earlier answer", ...)``.
        contacts: The organisation's own contacts, which may leave.

    Returns:
        Every personal value of those texts, keyed for the guard's look-up.
    """
    values: dict[TaintedValue, None] = {}
    for source, text in sources:
        if not text:
            continue
        for value in _scan_values(text, source):
            if value.token or not contacts.is_public_text(value.key):
                values[value] = None
    return TaintFacts(tuple(values))


def refusal_reason(hits: list[TaintedValue]) -> str:
    """Why a request was kept on this machine, in words (types and sources, never values)."""
    kinds = ", ".join(sorted({h.kind for h in hits}))
    sources = ", ".join(dict.fromkeys(h.source for h in hits))
    return f"it carried personal data ({kinds}) from a local-only source ({sources})"
