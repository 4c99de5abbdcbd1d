"""Names on a Korean wedding card: the couple after ``신랑``/``신부`` and the parents before
``의 장남``/``의 장녀`` (``용병철 · 김말순 의 장남 용태오``, ``신랑 탁민규 · 신부 견소라 양``)
(redteam35).

A 청첩장 is a list of names with no title or field label after them, which is what the name
rules wait for: the couple stand after their role words (``신랑``, ``신부``) and each one's
parents before the child word (``A · B 의 장남 C``), often with a middle dot between the two
parents. Both shapes say who the names are, so they are read here, and only in a text that
is about a wedding (both ``신랑`` and ``신부``, or a word of the wedding: 청첩장, 결혼, 혼주,
예식, 웨딩, 식장, 하객, 축의): ``신랑`` alone is also how a wife speaks of her husband, and
``신부님`` a priest.

- The couple: a full name (a listed surname and one or two syllables) right after
  ``신랑``/``신부`` (``측``/``:`` may stand between). Followed by ``군``/``양`` (the card's own
  titles) any given-name syllables count, so ``견소라 양`` is read though 라 is rare in given
  names; otherwise the common given-name syllables are needed (``신부 이번에`` is prose).
- The parents: two full names (any given-name syllables: the shape is the card's own, and
  older names use rarer ones, ``남궁미란``) joined by a middle dot, a comma or ``&``, then
  ``의`` and a child word (장남, 장녀, 차남, 차녀, 삼남, 삼녀, 막내아들, 막내딸, 외아들,
  외동딸, 아들, 딸); ``故`` may stand before either parent. The child after the child word is
  read as a full name or, once the parents are read, as a given name alone (``장남 태오``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_wedding_card_names_ko"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
_FULL = _SURNAME + r"[가-힣]{1,2}"
_WEDDING_WORDS = ("청첩", "결혼", "혼주", "예식", "웨딩", "식장", "하객", "축의", "혼례")
_CHILD_WORDS = ("장남", "장녀", "차남", "차녀", "삼남", "삼녀", "아들", "딸")
_COUPLE_RE = LazyPattern(
    r"(?<![가-힣])(?:신랑|신부)(?:[ \t]*측)?[ \t]*[:：]?[ \t]*(?P<name>" + _FULL + r")"
    r"(?P<title>[ \t]*(?:군|양))?(?![가-힣])"
)
_DEAD = r"(?:故[ \t]*)?"
_PARENTS_RE = LazyPattern(
    r"(?<![가-힣])"
    + _DEAD
    + r"(?P<father>"
    + _FULL
    + r")[ \t]*[·・ㆍ,&][ \t]*"
    + _DEAD
    + r"(?P<mother>"
    + _FULL
    + r")[ \t]*의[ \t]*"
    r"(?:장남|장녀|차남|차녀|삼남|삼녀|막내[ \t]?아들|막내[ \t]?딸|외아들|외동딸|아들|딸)"
    r"[ \t]*(?P<child>[가-힣]{2,4})(?![가-힣])"
)


def _is_full_name(name: str, *, strong: bool) -> bool:
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return len(name) - len(surname) in (1, 2) and plausible_korean_name(name, strong=strong)


def _about_a_wedding(text: str) -> bool:
    return ("신랑" in text and "신부" in text) or any(w in text for w in _WEDDING_WORDS)


def detect_wedding_card_names_ko(text: str) -> Iterator[Hit]:
    """The couple and their parents on a wedding card (see the module)."""
    has_couple = "신랑" in text or "신부" in text
    has_child = "의" in text and any(w in text for w in _CHILD_WORDS)
    if not (has_couple or has_child) or not _about_a_wedding(text):
        return
    if has_couple:
        for m in _COUPLE_RE.finditer(text):
            name = m.group("name")
            if len(name) >= 3 and _is_full_name(name, strong=m.group("title") is not None):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if has_child:
        for m in _PARENTS_RE.finditer(text):
            father, mother = m.group("father"), m.group("mother")
            if not (
                len(father) >= 3
                and len(mother) >= 3
                and _is_full_name(father, strong=True)
                and _is_full_name(mother, strong=True)
            ):
                continue
            yield Hit("person_name", m.start("father"), m.end("father"), 0.75, False)
            yield Hit("person_name", m.start("mother"), m.end("mother"), 0.75, False)
            child = m.group("child")
            if _is_full_name(child, strong=True) or (
                len(child) == 2 and plausible_korean_name("김" + child, strong=False)
            ):
                yield Hit("person_name", m.start("child"), m.end("child"), 0.75, False)
