"""Public-text checks of redteam47, where a name or address rule held text that names no one.

- A published work's author: the text names the person as the owner of a diary, a novel, a
  memoir, poems, a symphony ("in the Dutch original of Anne Frank's diary"), with no writer
  word (my, our, 우리) before the name; the same name elsewhere in the text ("'ik heet Anne
  Frank'") is the author's too.
- A prize-winner asked about: a writer-free question whose sentence names a major prize
  ("has Han Kang published anything since the Nobel?"). A colleague's news is not asked
  in those words.
- A Mexican colonia: "Londres 247, Col. Del Carmen, Coyoacán" — after a street number and
  a comma, "Col." is the neighbourhood (colonia), not a colonel, and "Del Carmen" its name.
- A romanised Korean landmark's address: "Gyeongbokgung Palace's address 161 Sajik-ro" is
  the listed 사직로 161 of :mod:`core.privacy.korean_landmark_addresses`, written in the
  Revised Romanization; it passes unless the writer calls the place their own.
"""

from __future__ import annotations

import re
from functools import cache

from core.lazy_regex import LazyPattern
from core.privacy.korean_landmark_addresses import LANDMARK_ROAD_NUMBERS

__all__ = [
    "asks_about_a_prize_winner",
    "is_a_colonia_name",
    "is_a_named_works_author",
    "is_public_name_pair_55p",
    "is_romanised_korean_landmark",
    "romanise_hangul",
]

_WORKS = (
    r"diary|diaries|novels?|memoirs?|autobiography|poems?|poetry|letters|symphon(?:y|ies)|"
    r"paintings?|plays|sonnets?|essays|short[ \t]+stories|trilogy"
)
# Words that put the writer beside the name ("my aunt Anne Frank's diary").
_WRITER_BEFORE = LazyPattern(
    r"(?i:\b(?:my|our|mine|ours)\b)|우리|저희|(?<![가-힣])제[ \t]|(?<![가-힣])내[ \t]"
)


def is_a_named_works_author(text: str, name: str) -> bool:
    """Whether the text gives ``name`` (two words or more) as a published work's owner
    ("Anne Frank's diary"), with no writer word just before it."""
    name = name.strip()
    if len(name.split()) < 2:
        return False
    pattern = re.escape(name) + r"['’]s[ \t]+(?:[A-Za-z]+[ \t]+)?(?:" + _WORKS + r")\b"
    for m in re.finditer(pattern, text):
        if _WRITER_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
            return True
    return False


_PRIZE = LazyPattern(
    r"(?i:\b(?:nobel|pulitzer|booker|oscars?|academy[ \t]+awards?|grammys?|emmys?|"
    r"palme[ \t]+d['’]or|fields[ \t]+medal|turing[ \t]+award|ballon[ \t]+d['’]or)\b)"
)
_WRITER = LazyPattern(
    r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b|(?<![가-힣])(?:우리|저희|제가)"
)


def asks_about_a_prize_winner(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` stands in a writer-free question whose
    sentence names a major prize (Nobel, Pulitzer, Booker, Oscar…)."""
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    closes = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    hi = min(closes) if closes else len(text)
    sentence = text[lo : hi + 1]
    return (
        text[hi : hi + 1] == "?"
        and _PRIZE.search(sentence) is not None
        and _WRITER.search(sentence) is None
    )


_COLONIA_BEFORE = LazyPattern(r"[0-9][^\n,]{0,30},[ \t]*Col\.[ \t]*\Z")


def is_a_colonia_name(text: str, start: int) -> bool:
    """Whether the words at ``start`` follow "<street number>, Col." (a Mexican colonia)."""
    return _COLONIA_BEFORE.search(text[max(0, start - 48) : start]) is not None


# Revised Romanization of Hangul, letter by letter (no sound changes across syllables:
# 사직로 is "sajikro", as "Sajik-ro" reads with its hyphen taken out).
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h")  # fmt: skip
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip


def romanise_hangul(word: str) -> str:
    """``word`` in the Revised Romanization, syllable by syllable, lower case."""
    out: list[str] = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial, rest = divmod(code, 588)
            medial, final = divmod(rest, 28)
            out.append(_INITIALS[initial] + _MEDIALS[medial] + _FINALS[final])
        else:
            out.append(ch.lower())
    return "".join(out)


@cache
def _romanised_landmarks() -> frozenset[str]:
    return frozenset(romanise_hangul(key) for key in LANDMARK_ROAD_NUMBERS)


_ROMAN_ROAD_NUMBER = LazyPattern(
    r"(?P<number>[0-9]+(?:-[0-9]+)?)[ \t]+(?P<road>[A-Za-z]+(?:[ \t-]?[A-Za-z0-9]+)*?-"
    r"(?:daero|ro|gil))\b"
)
_WRITERS_PLACE = LazyPattern(
    r"우리[ \t]?집|제[ \t]?주소|내[ \t]?주소|살아|살고|이사|배송|택배|"
    r"(?i:\b(?:my|our)[ \t]+(?:home|house|flat|apartment|address|place)\b|\bI[ \t]+live\b|"
    r"\bship\b|\bdeliver)"
)


def is_romanised_korean_landmark(text: str, start: int, end: int) -> bool:
    """Whether the romanised address at ``text[start:end]`` is a listed landmark's road and
    number ("161 Sajik-ro", 사직로 161) and the text does not call it the writer's place."""
    m = _ROMAN_ROAD_NUMBER.search(text, start, end)
    if m is None:
        return False
    key = re.sub(r"[ \t-]", "", m.group("road")).lower() + m.group("number")
    return key in _romanised_landmarks() and _WRITERS_PLACE.search(text) is None


def is_public_name_pair_55p(text: str, start: int, end: int) -> bool:
    """Whether the name pair at ``text[start:end]`` names no one private by this round's
    checks: a work's author, a prize-winner asked about, a colonia."""
    return (
        is_a_named_works_author(text, text[start:end])
        or asks_about_a_prize_winner(text, start, end)
        or is_a_colonia_name(text, start)
    )
