"""Names that letters, notices and workplace talk put in fixed frames (redteam40): a
reference's ``I have known Clementine Adeyemi-Frost for six years``, a Korean business
letter's closing ``과장 엄태린 배상``, a nursery notice's ``견우진 어린이가``, and a company
rank after a name (``봉채윤 선임이``, ``… 책임님``, ``… 수석``, blind52p's ``… 프로가``).

``I have known`` / ``I've known`` before two to four capitalised words and then ``for``,
``since``, ``as``, ``through`` or a comma is a referee vouching for a person: a poem's ``I've
known rivers`` has no capitalised name. ``배상`` (and ``拜上``, ``올림``'s formal sister) at the
end of a line closes a letter with its writer's name; ``어린이`` after a name is a nursery's or
a school's honorific for a child; ``선임``/``책임``/``수석`` are the ranks of Korean companies
and research institutes. The Korean names must be plausible full names of three or four
syllables (a listed surname, then common given-name syllables,
:func:`core.privacy.names.plausible_korean_name`): words of prose before them are none
(``쓰려면 어린이 요금``, ``미만 어린이는``, ``손상 배상``), nor is a team or an office
(``홍보팀 선임``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import (
    COMPOUND_SURNAMES,
    KOREAN_SURNAMES,
    plausible_korean_name,
    split_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_letter_names_more"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
_KNOWN_RE = LazyPattern(
    r"\b(?:I|We|we)(?:[ \t]+have|[ \t]*['’]ve)[ \t]+known[ \t]+(?P<name>"
    + _WORD
    + r"(?:[ \t]+"
    + _WORD
    + r"){1,3})(?=[ \t]*,|[ \t]+(?:for|since|as|through|from|professionally|personally|well)\b)"
)
_CLOSING_RE = LazyPattern(
    r"(?m)(?<![가-힣])(?P<name>[가-힣]{3,4})[ \t]*(?:배상|拜上|근배|謹拜)[ \t]*(?=$|\n|['\"’”)]|\.)"
)
_HONORIFIC_RE = LazyPattern(
    # blind52p: 프로, the flat rank of companies that dropped 과장/대리 ("옆 팀 석하람 프로가").
    r"(?<![가-힣])(?P<name>[가-힣]{3,4})[ \t]*(?:어린이|선임|책임|수석|프로)"
    r"(?:님)?(?:이|가|는|은|의|에게|한테|께|께서|랑|과|와|도|을|를)?(?![가-힣])"
)


# A team or an office before a rank ("홍보팀 선임"), not a person.
_UNIT_ENDINGS = ("팀", "부", "과", "실", "국", "처", "청")


def _korean_name(name: str) -> bool:
    return (
        not name.endswith(_UNIT_ENDINGS)
        and split_korean_name(name)[0] in (*KOREAN_SURNAMES, *COMPOUND_SURNAMES)
        and plausible_korean_name(name, strong=False)
    )


def detect_letter_names_more(text: str) -> Iterator[Hit]:
    """Names in references, letter closings and rank or nursery honorifics (see the module)."""
    if "known" in text:
        for m in _KNOWN_RE.finditer(text):
            if not any(word in EN_NOT_PERSONS for word in m.group("name").split()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "배상" in text or "拜上" in text or "근배" in text or "謹拜" in text:
        for m in _CLOSING_RE.finditer(text):
            if _korean_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if any(rank in text for rank in ("어린이", "선임", "책임", "수석", "프로")):
        for m in _HONORIFIC_RE.finditer(text):
            if _korean_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
