"""Korean names written in Latin letters inside English sentences.

``Kang Min-seo's reimbursement ticket``, ``a reminder to Seoyeon Choi``: the English name
lists (US Census) hold neither half, and the passing-name rules need a team after the name
(``Park Ji-hoon from HR``). Romanised Korean names have a shape of their own: a Korean
surname as romanised (Kim, Lee, Park, Choi, Kang, ...) and a given name of two syllables,
hyphenated (``Min-seo``) or joined (``Seoyeon``), in either order.

A film director's or a singer's name has that shape too (``which Park Chan-wook film``),
so the shape alone is not enough: the name must be the object of a verb or preposition
that takes a person (``to``, ``ask``, ``remind``, ``chase up``, ``for``, ``with``) or
carry a possessive (``Min-seo's ticket``). Not after ``like`` (``like Han Solo's``), not
``Koh`` first (a Thai island, ``Koh Samui``), not a listed food or character (``Shin
Ramyun``, ``Han Solo``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["SURNAMES", "SYLLABLE", "detect_romanised_korean_names"]

# Romanised surnames (Revised Romanization and the common older spellings); two-letter
# ones that are English words ("Do", "Go", "An", "Oh", "Ma") are left out.
SURNAMES = (
    "Kim|Lee|Yi|Rhee|Park|Pak|Bak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|"
    "Lim|Han|Seo|Suh|Shin|Kwon|Hwang|Ahn|Song|Yoo|Ryu|Hong|Jeon|Chun|Ko|Koh|Moon|Mun|Yang|"
    "Son|Sohn|Bae|Baek|Paik|Heo|Huh|Nam|Noh|Roh|Kwak|Sung|Seong|Cha|Joo|Woo|Min|Jin|Ji|Um|"
    "Eom|Chae|Won|Cheon|Bang|Gong|Hyun|Ham|Byun|Yeom|Yeo|Choo|Seok|Seol|Gil|Pyo|Myung|Maeng|"
    "Tak|Namgoong|Hwangbo|Jegal|Sunwoo|Dokgo"
)
_ONSET = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
_VOWEL = r"(?:yeo|yae|wae|ae|eo|eu|oo|ee|ui|oe|ya|ye|yo|yu|wa|wo|we|wi|a|e|i|o|u)"
_CODA = r"(?:ng|n|m|l|k|p|t)?"
SYLLABLE = _ONSET + _VOWEL + _CODA
# "Min-seo", "Ji-hoon": a capitalised syllable, a hyphen, a lower-case one.
_HYPHENATED = r"(?-i:[A-Z])(?i:" + SYLLABLE + r")-" + SYLLABLE
# "Seoyeon", "Dongwook": two syllables joined, capitalised.
_JOINED = r"(?-i:[A-Z])(?i:" + SYLLABLE + r")" + SYLLABLE
_GIVEN = r"(?:" + _HYPHENATED + r"|" + _JOINED + r")"
_NAME = (
    r"(?P<name>(?:(?:"
    + SURNAMES
    + r")[ \t]+"
    + _GIVEN
    + r"|"
    + _GIVEN
    + r"[ \t]+(?:"
    + SURNAMES
    + r")))(?![A-Za-z-])"
)
_LEAD = (
    r"(?i:to|ask|asked|tell|told|remind|email|e-mail|message|ping|call|text|cc|bcc|thank|"
    r"contact|for|with|from|by|chase[ \t]+up|chasing|cover[ \t]+for|welcome|congratulate)"
)
_AFTER_LEAD_RE = LazyPattern(r"(?<![A-Za-z])" + _LEAD + r"[ \t]+" + _NAME)
_POSSESSIVE_RE = LazyPattern(r"(?<![A-Za-z])" + _NAME + r"(?='s(?![A-Za-z])|’s(?![A-Za-z]))")


# English words of two such syllables that follow a surname-like word in place names
# ("Park Hotel", "Kim Bistro").
# Foods and characters of that shape too ("Shin Ramyun", "Jin Ramen", "Han Solo"), and Thai
# islands ("Koh Samui", "Koh Tao").
_NOT_GIVEN = frozenset(
    {"Hotel", "Motel", "Salon", "Lemon", "Bistro", "Tower", "Center", "Hanok"}
    | {"Ramyun", "Ramyeon", "Ramen", "Solo", "Samui", "Tao", "Lanta", "Phangan"}
)
# "Koh" before the other word is a Thai island ("Koh Samui"); after it, a surname ("Jiwoo Koh").
_ISLAND_RE = LazyPattern(r"Koh[ \t]")
# "a toy blaster like Han Solo's": a comparison names a character, not someone known.
_LIKE_BEFORE_RE = LazyPattern(r"(?i:like)[ \t]+$")


def detect_romanised_korean_names(text: str) -> Iterator[Hit]:
    """Romanised Korean names after a person-taking word or with a possessive (see the module)."""
    for pattern in (_AFTER_LEAD_RE, _POSSESSIVE_RE):
        for m in pattern.finditer(text):
            if _NOT_GIVEN.intersection(m.group("name").split()):
                continue
            if _ISLAND_RE.match(m.group("name")):
                continue
            if _LIKE_BEFORE_RE.search(text, max(0, m.start("name") - 8), m.start("name")):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
