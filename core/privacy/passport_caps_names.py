"""A Korean name romanised in passport capitals: ``HWANG JIWOO``, ``JIWOO HWANG``, ``KIM
MIN-JUN`` (redteam25).

Bookings, visas and tickets want the name as the passport prints it, so people type it that
way: the surname in capitals, the given name in capitals, in either order. The romanised-name
rule (:mod:`core.privacy.romanised_korean_names`) reads capitalised words after a verb that
takes a person; in capitals the shape says enough: a romanised Korean surname and a given
name of two romanised syllables (joined or hyphenated), both wholly upper case. Headings
and shouting in capitals rarely hold two such words next to each other; the words that do
(``PARK HOTEL``, ``HAN RIVER``) are not two syllables of Korean shape, and a short list
(below) keeps the ones that are.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_example_names import is_documented_example_name
from core.privacy.romanised_korean_names import SURNAMES, SYLLABLE
from core.privacy.types import Hit

__all__ = ["detect_passport_caps_names"]

# The surnames and syllables of :mod:`core.privacy.romanised_korean_names`, in capitals.
_SURNAMES = SURNAMES.upper()
_SYLLABLE = SYLLABLE.upper()
_GIVEN = r"(?:" + _SYLLABLE + r"-?" + _SYLLABLE + r")"


def _name_pattern(given: str) -> LazyPattern:
    return LazyPattern(
        r"(?<![A-Za-z0-9-])(?P<name>(?:" + _SURNAMES + r")[ \t]+(?P<g1>" + given + r")|"
        r"(?P<g2>" + given + r")[ \t]+(?:" + _SURNAMES + r"))(?![A-Za-z0-9-])"
    )


_NAME_RE = _name_pattern(_GIVEN)
# redteam35: the given name's syllables apart ("HAE WON YOON"), as a booking re-types it. Two
# short capital words are common ("GO ON"), so these need five letters between them.
_SPACED_NAME_RE = _name_pattern(r"(?:" + _SYLLABLE + r"[ ]" + _SYLLABLE + r")")
_MIN_SPACED_GIVEN_LETTERS = 5
# Three capital words in a row, a cheap probe before the spaced pattern.
_THREE_CAPS_RE = LazyPattern(r"[A-Z]{2,}[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}")
# Capital words of the same shape that are no given name.
_NOT_GIVEN = frozenset(
    {"HOTEL", "MOTEL", "SALON", "LEMON", "TOWER", "HANOK", "RAMEN", "RAMYUN", "SOLO", "SAMUI"}
)
# A given name of fewer letters is two bare vowels' worth ("MIN SEO" may be "SE-O"): too
# little to tell from capitals that mean something else.
_MIN_GIVEN_LETTERS = 4


def detect_passport_caps_names(text: str) -> Iterator[Hit]:
    """Romanised Korean names written wholly in capitals (see the module)."""
    spaced = _THREE_CAPS_RE.search(text) is not None
    for m in _SPACED_NAME_RE.finditer(text) if spaced else ():
        given = (m.group("g1") or m.group("g2")).replace(" ", "")
        if len(given) >= _MIN_SPACED_GIVEN_LETTERS and given not in _NOT_GIVEN:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    for m in _NAME_RE.finditer(text):
        words = m.group("name").split()
        if _NOT_GIVEN.intersection(words):
            continue
        if min(len(w.replace("-", "")) for w in words) < 2 or not any(
            len(w.replace("-", "")) >= _MIN_GIVEN_LETTERS for w in words
        ):
            continue
        # The passport form's own example, "HONG GILDONG" (redteam38).
        if is_documented_example_name(text, m.start("name"), m.end("name")):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
