"""An apartment's building and unit numbers: ``래미안 107동``, ``107동 1203호``, ``1203호``.

:mod:`core.privacy.address` reads a whole Korean address (a city or district, a road or
lot, a number) and the ``동``/``호`` after it. People give their flat without the rest,
often over two messages: ``우리 집은 래미안 107동이에요`` and then ``1203호고요``. The
complex and the building number already place the writer within a few hundred homes, the
unit number within one.

- A building number: three or four digits and ``동`` (apartment blocks are numbered from
  101; an administrative 동 has a name, not a number), with the complex's name before it
  when one is written. A word that starts with 동 (``동안``, ``동의``) is no building.
- A unit number: three or four digits and ``호``, when a building number comes before it
  in the text (scanned with the previous turn, ``1203호고요`` after ``107동이에요``) or a
  word of home comes before it (``우리 집``, ``사는``, ``자택``). A room alone (``302호
  진료실``) is a place anyone may visit.
- A unit number right after a named residence without building numbers (redteam51: ``한빛
  오피스텔 1208호``, ``그린빌라 302호``, ``로얄맨션 501호``): the residence's word (오피스텔,
  빌라, 맨션, 원룸, 고시원, 하우스, 레지던스) with a name before it places one home as a
  complex and a building do. The residence's name and the unit are read together.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_apartment_unit"]

# Words that start with 동 and are no building ("100일 동안" typed without a space).
_NOT_BUILDING = r"(?!안|의|시|일|물|작|전|력|기|네|생|료|행|창|원|급|점|등|양|서|남|북|쪽)"
# Digits first (the regex engine skips ahead to them), then the complex's name looked for
# in a short window before the number.
_NUMBER_RE = LazyPattern(r"[1-9](?<![0-9][1-9])[0-9]{2,3}[ \t]?동" + _NOT_BUILDING)
_COMPLEX_BEFORE_RE = LazyPattern(
    r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11}(?:아파트)?[ \t]?\Z"
)
_UNIT_RE = LazyPattern(r"(?P<unit>[1-9](?<![0-9-][1-9])[0-9]{2,3}[ \t]?호)(?!실|선|기|차|점|수)")
# "사는" and "살고" as words of their own: inside a word they are "행사는", "회사는".
_HOME_WORD = LazyPattern(
    r"우리[ \t]?집|저희[ \t]?집|제[ \t]?집|(?<![가-힣])(?:사는|살아요|살고)|자택|집[ \t]?주소|"
    # redteam51: a student's or a worker's rented room.
    r"자취방|하숙집"
)
# redteam51: a named residence right before a unit ("한빛오피스텔 1208호"): a name of one
# or more syllables glued to the residence word, then at most a space.
_RESIDENCE_BEFORE_RE = LazyPattern(
    r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{1,10}(?:오피스텔|빌라|맨션|원룸|고시원|하우스|레지던스)"
    r"[ \t]?\Z"
)
# How far before a unit number its building or home word may be (this turn and the last's tail).
_REACH = 60
# Words that may sit between a complex's name and its building number without being its name.
_NOT_COMPLEX = ("우리집은", "집은", "우리", "저희", "제", "집", "여기", "거기")
# A word ending in a particle is the sentence's topic or subject ("행사는", "저는"), not a
# complex's name.
_PARTICLE_END = ("은", "는", "가", "에서")
# A building number alone (no complex) right before a place around it ("105동 앞 광장",
# "101동 관리사무소") is a meeting point or an office, unless a word of home is near. (The
# guard's office, 경비실, is not listed: a parcel left there is left at the writer's block.)
_PLACE_AFTER_RE = LazyPattern(
    r"[ \t]*(?:앞|옆|뒤|근처|쪽|광장|놀이터|주차장|입구|관리사무소|상가)"
    r"(?:에서|에|으로|로|은|는|을|를|의)?(?![가-힣])"
)


def _building_spans(text: str) -> Iterator[tuple[int, int]]:
    for m in _NUMBER_RE.finditer(text):
        start = m.start()
        # A number glued to a word before it is part of that word, not a building.
        if start and ("가" <= text[start - 1] <= "힣" or text[start - 1].isalnum()):
            continue
        end = text.index("동", start) + 1
        complex_name = _COMPLEX_BEFORE_RE.search(text, max(0, start - 14), start)
        if complex_name is not None:
            word = complex_name.group(0).strip()
            if word not in _NOT_COMPLEX and not word.endswith(_PARTICLE_END):
                start = complex_name.start()
        if start == m.start() and _PLACE_AFTER_RE.match(text, end) is not None:
            lo = max(0, start - _REACH)
            if _HOME_WORD.search(text, lo, min(len(text), end + _REACH)) is None:
                continue
        yield start, end


def detect_apartment_unit(text: str) -> Iterator[Hit]:
    """Building numbers (with the complex before them) and unit numbers after one or a home word."""
    if "동" not in text and "호" not in text:
        return
    buildings = list(_building_spans(text))
    for start, end in buildings:
        yield Hit("address", start, end, 0.75, False)
    # The buildings come in text order: their ends are sorted, and bisect finds the first
    # at or after the window's start instead of comparing every unit with every building.
    building_ends = [end for _, end in buildings]
    for m in _UNIT_RE.finditer(text):
        lo = max(0, m.start() - _REACH)
        first = bisect_left(building_ends, lo)
        near_building = first < len(building_ends) and building_ends[first] <= m.start()
        residence = _RESIDENCE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        if residence is not None and not near_building:
            yield Hit("address", residence.start(), m.end("unit"), 0.75, False)
        elif near_building or _HOME_WORD.search(text, lo, m.start()) is not None:
            yield Hit("address", m.start("unit"), m.end("unit"), 0.7, False)
