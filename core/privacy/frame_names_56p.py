"""Names in frames the name rules did not read (redteam48).

- A card's face, copied from a photo or a screenshot: ``CARDHOLDER ROSALIND MBEKI-HARGREAVE``,
  ``CARD HOLDER: …``, ``NAME ON CARD …``, ``CARDMEMBER …``. Cards print the holder's name in
  capitals; the label says the capitalised words after it (two to four, hyphens and
  apostrophes inside) are that person. Words of the card's own print (``VALID``, ``THRU``,
  ``SIGNATURE``, ``NAME``) end the name or, first, stand for no one.
- A person's real name given after a nickname: ``her real name, which is Euphemia
  Trelawney-Kask``, ``his legal name is …``, ``our nan's full name is …``. Only a pronoun or
  a writer's word owns the name (her, his, their, my, our, your, or a possessive after
  my/our); a public figure's real name is given after their own name (``Freddie Mercury's
  real name is Farrokh Bulsara``) and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import NAME_PARTICLE
from core.privacy.types import Hit

__all__ = ["detect_frame_names_56p"]

_WORD_SPLIT_RE = LazyPattern(r"[^ \t]+")
_CAPS_WORD = r"[A-ZÀ-ÞĀ-Ž]{2,}(?:['’-][A-ZÀ-ÞĀ-Ž]{2,})*"
_CARD_RE = LazyPattern(
    r"(?<![A-Za-z])(?:CARD[ \t]?HOLDER(?:'?S)?(?:[ \t]+NAME)?|CARD[ \t]?MEMBER|"
    r"NAME[ \t]+ON[ \t]+CARD)"
    r"[ \t]*:?[ \t]*(?P<name>" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r"){1,3})"
)
# The card's own print, never part of a holder's name.
_CARD_WORDS = frozenset(
    {"VALID", "THRU", "FROM", "GOOD", "EXPIRES", "EXP", "SIGNATURE", "NAME", "MEMBER", "SINCE",
     "DEBIT", "CREDIT", "CARD", "BANK", "VISA", "MASTERCARD", "AMEX", "HERE", "THE", "AND"}
)  # fmt: skip
_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+(?:['’-][A-ZÀ-ÞĀ-Ž]?[a-zß-ÿā-ž]+)*"
_REAL_NAME_RE = LazyPattern(
    r"(?i:\b(?:(?:her|his|their|my|our|your)|(?:my|our)[ \t]+[a-z]+(?:'s|’s))[ \t]+"
    r"(?:real|legal|full|actual|proper|birth|given|official)[ \t]+name)"
    r"(?:[ \t]*,[ \t]*(?i:which|that)[ \t]+(?i:is|was)|[ \t]+(?i:is|was)|[ \t]*[:=])[ \t]+"
    r"(?P<name>" + _WORD + r"(?:[ \t]+(?:" + NAME_PARTICLE + r"[ \t]+)*" + _WORD + r"){1,3})"
)


def _card_names(text: str) -> Iterator[Hit]:
    for m in _CARD_RE.finditer(text):
        kept, end = 0, m.start("name")
        for word in _WORD_SPLIT_RE.finditer(m.group("name")):
            if word.group() in _CARD_WORDS:
                break
            kept, end = kept + 1, m.start("name") + word.end()
        if kept >= 2:
            yield Hit("person_name", m.start("name"), end, 0.8, False)


def detect_frame_names_56p(text: str) -> Iterator[Hit]:
    """A card holder's printed name; a real name given after a nickname (see the module)."""
    if "CARD" in text:
        yield from _card_names(text)
    if "name" in text.lower():
        for m in _REAL_NAME_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
