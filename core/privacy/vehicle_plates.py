"""Car number plates: ``38너 7721``, ``서울 12가 3456``, ``KX19 BFM``, ``plate 7ABC123``.

A plate ties a car to its keeper as surely as a phone number ties a line to its owner, and
people give theirs to get parking registered or a complaint handled. Three shapes:

- Korean: two or three digits, one of the Hangul syllables plates use, four digits
  (``12가 3456``, ``123허4567``), maybe after a region (``서울``). Nothing else is written
  that way; a unit right after the last four digits (``12가 3456원``) is read as prose.
- British, from 2001 on: two letters, two digits, three letters (``KX19 BFM``), in capitals.
  Typed in lower case (``kx19 bfm``) the shape is also a code token's (``py39``), so only the
  spaced form with an age identifier the DVLA issues (02-26, 51-76) and letters it uses (no
  I or Q at the end) counts, only with a word of cars or parking near it, and never when
  the three letters make a common word.
- Any other, only after its label (``reg``, ``plate``, ``licence plate``, ``차량번호``): a
  token of letters and digits holding both (``7ABC123``, ``M 4821 KL``, ``ab12 cde``). The
  label is a whole word ("template A4" holds none).

A Korean shape followed by a unit (``12가 3456원``) or a money word (``656조 6000억원``) is an
amount, not a plate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.public_checks_56p import is_a_straight_run_plate
from core.privacy.types import Hit

__all__ = ["detect_vehicle_plate"]

# The syllables Korean plates use (private, rental, commercial and diplomatic series).
_KO_PLATE_SYLLABLES = (
    "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호"
)
_KO_PLATE_RE = LazyPattern(
    r"(?<![0-9])(?P<plate>[0-9]{2,3}[ \t]?[" + _KO_PLATE_SYLLABLES + r"][ \t]?[0-9]{4})"
    r"(?![0-9])(?![ \t]*(?:원|명|개|년|월|일|시|분|번째|억|만|천|백|km|m\b|%))"
)
_UK_PLATE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<plate>[A-Z]{2}[0-9]{2}[ \t]?[A-Z]{3})(?![A-Za-z0-9])"
)
# Lower case: the memory tag's letters (no I, Q, Z), an issued age identifier, one space,
# three letters without I or Q.
_UK_LOWER_PLATE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<plate>[a-hj-pr-y]{2}(?:0[2-9]|1[0-9]|2[0-6]|5[1-9]|6[0-9]|7[0-6])"
    r" (?P<tail>[a-hj-pr-z]{3}))(?![A-Za-z0-9])"
)
# Three-letter words that follow a token like "ab12" in prose or code ("mp34 and the").
_COMMON_WORDS_TEXT = """
    the and for are but not you all any can had her was one our out day get has him his how
    man new now old see two way who boy did its let put say she too use yet via per off end
    top set run add app api cpu gpu ram log bin lib src dev env sql css jpg png gif pdf doc
    csv xml txt zip
"""
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
# Without its label a lower-case plate needs a word of cars or parking near it: the shape
# alone is a code token's too ("sudo apt install ab19 xyz").
_CAR_WORD = LazyPattern(
    r"(?i:\b(?:park(?:ed|ing)?|car|cars|vehicle|van|drive|driving|driver|garage|dvla|"
    r"reg(?:istration)?|plates?|clamped|towed)\b)|주차|차량|번호판"
)
_CAR_WORD_REACH = 60
_LABEL = (
    r"(?:(?:car[ \t]+)?reg(?:istration)?(?:[ \t]+(?:number|no\.?|plate))?|(?:number|licen[cs]e)"
    r"[ \t]+plate|plate(?:[ \t]+number)?|차량[ \t]?번호|차[ \t]?번호|번호판)"
)
# The label is a whole word: "template A4" and "regex1" hold none.
_LABELLED_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:" + _LABEL + r")(?![A-Za-z])(?:[ \t]*(?i:is|was|:|은|는|이|가))?[ \t]*"
    r"(?P<plate>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,5})?|[a-z0-9]{1,8}(?:[ -][a-z0-9]{1,5})?)"
    r"(?![A-Za-z0-9])"
)


def detect_vehicle_plate(text: str) -> Iterator[Hit]:
    """Korean and British plates by their shape, any other after its label."""
    for rule, confidence in ((_KO_PLATE_RE, 0.85), (_UK_PLATE_RE, 0.7), (_LABELLED_RE, 0.7)):
        for m in rule.finditer(text):
            plate = m.group("plate")
            if rule is _LABELLED_RE and not re.search(r"[0-9].*[A-Za-z]|[A-Za-z].*[0-9]", plate):
                continue
            # "plates like '12가 3456'": a format's example, digits in one straight run (redteam48).
            if rule is _KO_PLATE_RE and is_a_straight_run_plate(text, plate):
                continue
            yield Hit("vehicle_plate", m.start("plate"), m.end("plate"), confidence, False)
    for m in _UK_LOWER_PLATE_RE.finditer(text):
        near = text[max(0, m.start() - _CAR_WORD_REACH) : m.end() + _CAR_WORD_REACH]
        if m.group("tail") not in _COMMON_WORDS and _CAR_WORD.search(near) is not None:
            yield Hit("vehicle_plate", m.start("plate"), m.end("plate"), 0.6, False)
