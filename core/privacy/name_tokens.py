"""The parts of a detected name that identify the person on their own.

Once ``김민수`` or ``Jane Doe`` has been detected, a later ``민수 씨가`` or
``Jane likes short notes`` names the same person although no detector fires on
it (there is no title or label next to it). The pseudonymizer uses these
patterns to replace every token of a detected name, not only the full match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.lazy_regex import LazyPattern
from core.privacy.names import TITLES_PATTERN, split_korean_name

_HANGUL_NAME_RE = LazyPattern(r"[가-힣]+")
_MASK_CHARS = frozenset("O○◯●*xX")
# A lone Korean surname is a name only next to a title ("김 과장님", "박씨"):
# on its own it is a common syllable ("김치", "이번").
_TITLE_AFTER = r"(?=[ \t]?(?:" + TITLES_PATTERN + r"))"
# Not inside a longer word: "이민수" is someone else than the "민수" of "김민수".
_WORD_START = r"(?<![가-힣A-Za-z])"
_EN_WORD_END = r"(?![A-Za-z])"
_KOREAN_PARTICLE_AFTER = (
    r"(?=$|[^가-힣]|님|씨|은|는|이|가|을|를|의|에게|께|와|과|도|만|한테|랑|하고|에|로|으로|"
    + TITLES_PATTERN
    + ")"
)


@dataclass(frozen=True)
class NamePart:
    """One token of a detected name and the pattern that finds it alone.

    Attributes:
        role: ``GIVEN``, ``FAMILY`` or ``MIDDLE`` (the placeholder's suffix), or
            ``""`` for the whole name found again where no detector fired.
        token: The token as written in the detected name.
        pattern: Finds the token where it stands for the person on its own.
    """

    role: str
    token: str
    pattern: re.Pattern[str]


def _korean_parts(name: str) -> list[NamePart]:
    surname, given = split_korean_name(name)
    if not given or any(ch in _MASK_CHARS for ch in given):
        # "김OO" has no given name to look for; the surname alone says nothing.
        return []
    # A two-syllable name ("김민") is the start of other names ("김민수"): it
    # needs a particle or a word end after it. Longer ones are distinctive.
    end = _KOREAN_PARTICLE_AFTER if len(name) < 3 else ""
    parts = [NamePart("", name, re.compile(_WORD_START + re.escape(name) + end))]
    if len(given) >= 2:
        # Particles attach directly ("민수가", "민수 씨가"), so no end boundary.
        parts.append(NamePart("GIVEN", given, re.compile(_WORD_START + re.escape(given))))
    else:
        # A one-syllable given name is too common a syllable to replace bare.
        parts.append(
            NamePart("GIVEN", given, re.compile(_WORD_START + re.escape(given) + _TITLE_AFTER))
        )
    parts.append(
        NamePart("FAMILY", surname, re.compile(_WORD_START + re.escape(surname) + _TITLE_AFTER))
    )
    return parts


def _as_written_or_shouted(token: str) -> str:
    # "JANE" in a heading or an angry line is the same person; "jane" may be a word.
    if token.upper() == token:
        return re.escape(token)
    return f"(?:{re.escape(token)}|{re.escape(token.upper())})"


def _english_parts(name: str) -> list[NamePart]:
    # Initials ("J.") and one-letter tokens identify no one on their own.
    tokens = [t for t in name.split() if len(t.rstrip(".")) >= 2]
    whole = r"[ \t]+".join(_as_written_or_shouted(t) for t in name.split())
    parts = [NamePart("", name, re.compile(_WORD_START + whole + _EN_WORD_END))]
    if len(tokens) < 2:
        return parts
    roles = ["GIVEN", *(["MIDDLE"] * (len(tokens) - 2)), "FAMILY"]
    return parts + [
        NamePart(role, tok, re.compile(_WORD_START + _as_written_or_shouted(tok) + _EN_WORD_END))
        for role, tok in zip(roles, tokens, strict=True)
    ]


def name_parts(name: str) -> list[NamePart]:
    """The tokens of ``name`` that should be replaced wherever they appear alone.

    Args:
        name: A detected person name (Korean surname + given name, or English
            capitalised words).

    Returns:
        The whole name first, then one entry per usable token; empty for a
        masked name.
    """
    if _HANGUL_NAME_RE.fullmatch(name):
        return _korean_parts(name)
    return _english_parts(name)
