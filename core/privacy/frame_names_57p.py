"""Names in frames the name rules did not read (redteam49).

- A name searched for in logs or files: ``grep -i 'Lysander Mbatha-Crowe' orders-*.log``,
  ``rg "…"``, ``Select-String -Pattern '…'``. The quoted pattern is two to four capitalised
  words that read as a person's (:func:`core.privacy.person_shaped.latin_person_words`), and
  the text speaks of the one searched for as a person (he, she, the customer, 고객…); a
  product's name searched in a catalogue (``grep 'Widget Pro Max'``) has no one to speak of.
- A romanised Korean given name with the surname's initial, the way a text or a note is
  signed: ``signs his texts 'Jihoon P.'``, ``a note from "Seo-yeon K."``. The given name has the
  two-syllable shape of :mod:`core.privacy.romanised_korean_names` and is no English word; the
  initial closes the quote; a signing word stands before it (``a 'Model S.'`` signs nothing).
- A romanised Korean name given after a dash or a colon and then addressed: ``the lease finally
  shows it - Pyo Jihoon. write him a polite email``. The romanised-name rule needs a verb
  before the name (``email Pyo Jihoon``); here the request after it (write him, email her)
  says the name is someone's the writer deals with; a word of fame in the text (director,
  singer, award, fan) leaves a public figure's name alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import is_english_non_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.romanised_korean_names import SURNAMES, SYLLABLE
from core.privacy.types import Hit

__all__ = ["detect_frame_names_57p"]

_CAP_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+(?:['’-][A-ZÀ-ÞĀ-Ž]?[a-zß-ÿā-ž]+)*"
_GREP_RE = LazyPattern(
    r"(?<![\w-])(?:[ez]?grep|rg|ag|ack|findstr|Select-String)(?:[ \t]+-[^\s'\"]+)*[ \t]+"
    r"(?P<q>['\"])(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,3})(?P=q)"
)
_SEARCHED_PERSON_RE = LazyPattern(
    r"(?i:\b(?:he|she|him|her|his|hers|they|them|customer|client|user|patient|member|guest|"
    r"employee|tenant)\b)|고객|회원|환자|그분|그 사람"
)
_GIVEN = r"(?-i:[A-Z])(?i:" + SYLLABLE + r")(?:-(?i:" + SYLLABLE + r")|(?i:" + SYLLABLE + r"))"
_GIVEN_INITIAL_RE = LazyPattern(
    r"(?P<q>['\"‘“])(?P<name>(?P<given>" + _GIVEN + r")[ \t]+[A-Z]\.)(?=['\"’”])"
)
# What a signature is called before it: "signs his texts 'Jihoon P.'", "a note from 'Seo-yeon
# K.'".
_SIGNED_BEFORE_RE = LazyPattern(
    r"(?i:\bsign(?:s|ed|ing|ature)?\b|\binitials\b|\bfrom\b|\bby\b|\bcheers\b|\bthanks\b|"
    r"\bbest\b|\bregards\b|\blove\b)"
)
_SIGNED_WINDOW = 40
_ROMANISED = (
    r"(?:(?:" + SURNAMES + r")[ \t]+" + _GIVEN + r"|" + _GIVEN + r"[ \t]+(?:" + SURNAMES + r"))"
)
_REVEALED_RE = LazyPattern(
    r"(?:[-–—:][ \t]+)(?P<name>" + _ROMANISED + r")(?![A-Za-z-])[ \t]*[.,;]?[ \t]*"
    r"(?i:(?:please[ \t]+)?(?:write|email|e-mail|text|message|call|tell|ask|remind|thank)"
    r"[ \t]+(?:him|her|them)\b)"
)

# A public figure addressed the same way ("the award went to the director - Park Chan-wook.
# write him a fan letter"): a word of fame or public office in the text leaves the name alone.
_PUBLIC_ROLE_RE = LazyPattern(
    r"(?i:\b(?:director|film|movie|actor|actress|singer|idol|band|player|athlete|award|oscar|"
    r"fan|celebrity|star|president|minister|novelist|author|champion|olympic)s?\b)"
)


def detect_frame_names_57p(text: str) -> Iterator[Hit]:
    """A person searched for by name; 'Jihoon P.'; a revealed romanised name (see the module)."""
    for m in _GREP_RE.finditer(text):
        if latin_person_words(m.group("name").split()) and _SEARCHED_PERSON_RE.search(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    for m in _GIVEN_INITIAL_RE.finditer(text):
        lo = max(0, m.start() - _SIGNED_WINDOW)
        signed = _SIGNED_BEFORE_RE.search(text, lo, m.start()) is not None
        if signed and not is_english_non_name(m.group("given")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    for m in _REVEALED_RE.finditer(text):
        if _PUBLIC_ROLE_RE.search(text) is not None:
            break
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
