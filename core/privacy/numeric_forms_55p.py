"""Numbers and addresses in this round's forms (redteam47):

- The front of someone's mobile, dictated bare before the rest: ``기사님 번호 불러줄게. 앞은
  010 이고`` (then ``가운데는 5318``, then ``끝은 9046`` in later turns). The 010 alone names
  no one, but the text says whose number is being given and that this is its front, so the
  conversation the rest of the number follows is kept local from this turn on. The owner
  must be said (``…님 번호``, ``…씨 번호``, ``엄마 번호``, ``내 번호``): "휴대폰 번호 앞은 다
  010이야?" asks about every number. (blind57p) Said in words too (``앞은 공일공이고요``).
- A German street address whose street word stands apart (``Grünberger Str. 58``,
  ``Frankfurter Allee 112``): an adjective or a name, then Str./Straße/
  Allee/Weg/Platz/Ring/Damm/Ufer/Gasse, then the house number; the glued forms
  (``Lindenstraße 12``) are :mod:`core.privacy.european_addresses`'. Only with the building's
  parts after it (Hinterhaus, Vorderhaus, Seitenflügel, Aufgang, a floor "3. OG links") or a
  five-digit postcode: a street and number alone is often a shop's or an office's.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_numeric_forms_55p", "detect_spoken_mobile_front"]

_OWNER = (
    r"(?:[가-힣]{1,4}님|[가-힣]{2,4}[ \t]?씨|내|제|저의|나의|남편|아내|와이프|엄마|아빠|어머니|"
    r"아버지|아들|딸|친구|동생|형|누나|언니|오빠)"
)
_KO_FRONT_RE = LazyPattern(
    _OWNER + r"[ \t]*(?:의[ \t]*)?(?:전화|휴대폰|핸드폰|폰)?[ \t]*번호[^\n]{0,40}?"
    r"(?<![가-힣])앞(?:자리|번호|부분)?(?:은|는|이|가)?[ \t]*(?P<digits>01[016789])"
    r"(?![0-9])(?![ \t]*[-.][ \t]*[0-9])"
)
# blind57p: the same front said in number words ("제 휴대폰 번호 … 앞은 공일공이고요"), no digit
# in the text at all (a text detector, :func:`detect_spoken_mobile_front`): a copula
# after it, never another number syllable.
_KO_SPOKEN_FRONT_RE = LazyPattern(
    _OWNER + r"[ \t]*(?:의[ \t]*)?(?:전화|휴대폰|핸드폰|폰)?[ \t]*번호[^\n]{0,40}?"
    r"(?<![가-힣])앞(?:자리|번호|부분)?(?:은|는|이|가)?[ \t]*(?P<digits>[공영]일[공영일육칠팔구])"
    r"(?=이고|이에요|이요|이야|이며|이라|입니다|[^가-힣]|$)"
)

_DE_STREET = (
    r"(?P<addr>(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*[ \t]+){1,2}"
    r"(?:Str\.|Straße|Strasse|Allee|Weg|Platz|Ring|Damm|Ufer|Gasse|Chaussee)[ \t]+"
    r"[0-9]{1,4}[a-z]?)(?![0-9])"
)
_DE_BUILDING = (
    r"(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Quergebäude|Aufgang[ \t]+[A-Z0-9]|"
    r"[0-9]{1,2}\.[ \t]*(?:OG|Obergeschoss|Etage|Stock)|EG|DG|Whg\.?[ \t]*[0-9]+)"
)
_DE_RE = LazyPattern(
    _DE_STREET + r"(?=[ \t]*,[ \t]*(?:" + _DE_BUILDING + r"|[0-9]{5}[ \t]+[A-ZÄÖÜ]))"
)
_DE_CUES = ("Str.", "Straße", "Strasse", "Allee", "Weg", "Platz", "Ring", "Damm", "Ufer",
            "Gasse", "Chaussee")  # fmt: skip


def detect_numeric_forms_55p(text: str) -> Iterator[Hit]:
    """A dictated mobile's bare front and a German street address (see the module)."""
    if "번호" in text and "앞" in text:
        for m in _KO_FRONT_RE.finditer(text):
            yield Hit("phone", m.start("digits"), m.end("digits"), 0.7, False)
    if any(cue in text for cue in _DE_CUES):
        for m in _DE_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)


def detect_spoken_mobile_front(text: str) -> Iterator[Hit]:
    """An owned mobile's bare front said in number words (blind57p, see the module)."""
    if "번호" in text and "앞" in text:
        for m in _KO_SPOKEN_FRONT_RE.finditer(text):
            yield Hit("phone", m.start("digits"), m.end("digits"), 0.7, False)
