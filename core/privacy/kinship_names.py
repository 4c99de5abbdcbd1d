"""A relative's name after a kinship word: ``외삼촌 도재광이``, ``Grandpa Alfie``.

People name their relatives with the relation first. The relation says a person is meant
where the name lists and the other cue rules see nothing:

- Korean: a kinship word (``엄마``, ``아버지``, ``사촌동생``, ``조카``…), then a full name (a
  surname and common given-name syllables) with an honorific, a particle or a word end after
  it (``외삼촌 도재광이``, ``우리 할머니 오말순 여사님``). After a younger relative (``동생``,
  ``조카``, ``딸``…) people use the given name alone, so two given-name syllables with a
  subject or recipient particle count too (``막내 서아가``, ``조카 하람이한테``); object and
  topic particles (``을``, ``은``, ``도``) are left out, since a noun follows a relative as
  often there (``동생 수학을``).
- English: a kinship title used as a form of address before a capitalised given name
  (``Grandpa Alfie``, ``Auntie Marguerite``); the title must be capitalised too, as
  in address. Personifications and brands (``Uncle Sam``, ``Aunt Jemima``) are left out.
- English: a relation in apposition, ``our son, Rafe Quill,`` (the comma form of
  :mod:`core.privacy.passing_names`' ``our son Rafe Quill``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import (
    CAPITALISED_WORD,
    KOREAN_NAME_PATTERN,
    is_english_non_name,
    plausible_korean_name,
)
from core.privacy.passing_names import RELATIONS
from core.privacy.title_cased_phrases import in_a_title_cased_phrase
from core.privacy.types import Hit

__all__ = ["KINSHIP_WORDS_KO", "detect_kinship_names"]

# Younger relatives, called by their given name alone.
_YOUNGER_KO = (
    "사촌동생|여동생|남동생|동생|조카딸|조카|딸아이|딸내미|아들내미|손자|손녀|막내|딸|아들"
)
_KIN_KO = (
    # redteam51: the honorific in-law forms ("시어머님 되시는 모복례 님이") and 친정어머니.
    "시어머님|시아버님|친정어머니|친정엄마|시엄마|시아빠|"
    "외할머니|외할아버지|할머니|할아버지|시어머니|시아버지|어머니|아버지|어머님|아버님|엄마|아빠|"
    "장모님|장인어른|장모|장인|남편|아내|와이프|큰아빠|작은아빠|큰엄마|작은엄마|이모부|고모부|"
    "외삼촌|삼촌|이모|고모|형부|매형|처제|처형|시누이|올케|새언니|사촌형|사촌누나|사촌언니|사촌오빠|"
    # "친형 오재석이" (redteam26): a sibling said to be by blood.
    "친형|친오빠|친언니|친누나|친동생|언니|오빠|누나|형|" + _YOUNGER_KO
)
# The relations themselves, for rules that must not read "이모" or "아들" as a given name.
KINSHIP_WORDS_KO: frozenset[str] = frozenset(_KIN_KO.split("|"))
_OWNER = r"(?:우리|저희|제|내)?[ \t]*"
_HONORIFIC = r"(?P<hon>[ \t]?(?:여사님|여사|씨|님|선생님))?"
_PARTICLE = (
    r"(?:이가|이는|이랑|이한테|이에게|이도|이의|이|가|는|은|을|를|의|에게|한테|께서|께|와|과|"
    r"랑|도|하고)?"
)
_FULL_NAME_KO_RE = LazyPattern(
    r"(?<![가-힣])"
    + _OWNER
    + r"(?:"
    + _KIN_KO
    + r")[ \t]*,?[ \t]+"
    # redteam51: "시어머님 되시는 모복례 님이" / "장모님이신 석말순 여사님": the relation's "is".
    + r"(?:(?:되시는|이신|이시자|인)[ \t]+)?"
    + KOREAN_NAME_PATTERN
    + _HONORIFIC
    + _PARTICLE
    + r"(?![가-힣])"
)
# redteam38: relatives by marriage the elders name, with a particle or an honorific after
# the name ("큰사위 도경민이 승진했는데", "둘째 며느리 채소윤한테"); a bare name after them
# closes a letter and is relation_signature_names_ko's ("둘째 며느리 권나윤 올림").
_IN_LAW_KO_RE = LazyPattern(
    r"(?<![가-힣])"
    + r"(?P<owner>(?:우리|저희|제|내)?)[ \t]*"
    + r"(?P<rank>(?:(?:맏|큰|작은|막내|둘째|셋째)[ \t]?)?)"
    + r"(?P<inlaw>사위|며느리|제부|매제|형수|제수씨|동서)"
    r"[ \t]*,?[ \t]+"
    + KOREAN_NAME_PATTERN
    + r"(?:[ \t]?(?:씨|님))?(?:이가|이는|이랑|이한테|이에게|이도|이|가|는|은|한테|에게|께서|랑)"
    r"(?![가-힣])"
)
_GIVEN_NAME_KO_RE = GuardedPattern(
    r"(?<![가-힣])(?:"
    + _YOUNGER_KO
    + r")[ \t]*,?[ \t]+(?P<given>[가-힣]{2})(?:이)?(?:가|는|한테|에게|랑)(?![가-힣])"
)
_KIN_TITLE_EN_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<title>Nana|Nanna|Nanny|Nan|Granny|Gran|Grandma|Grandmother|Grandpa|"
    r"Grandad|Granddad|Grandfather|Gramps|Auntie|Aunty|Aunt|Uncle|Cousin)[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r")(?![A-Za-z])"
)
# Figures of speech and brands, not anyone's relative.
_PERSONIFICATIONS = frozenset({("Uncle", "Sam"), ("Uncle", "Ben"), ("Aunt", "Jemima")})
_APPOSITIVE_EN_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:my|our)[ \t]+(?i:"
    + RELATIONS
    + r"),[ \t]*(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){0,2})(?=[ \t]*(?:,|\)|;|:|[.!?](?:[ \t]|$)|[ \t]+-|$))"
)


def _given_name_ko(word: str) -> bool:
    # A given name alone, judged as if a common surname stood before it.
    return plausible_korean_name("김" + word, strong=False)


def _korean(text: str) -> Iterator[Hit]:
    for m in _FULL_NAME_KO_RE.finditer(text):
        name = m.group("name")
        # A relation word before and an honorific after ("시어머님 되시는 모복례 님이") say a
        # person is meant, as a form's label does: an elder's name of older syllables (복례,
        # 말순) is no less a name (redteam51).
        strong = m.group("hon") is not None
        if len(name) >= 3 and plausible_korean_name(name, strong=strong):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    for m in _IN_LAW_KO_RE.finditer(text):
        name = m.group("name")
        # blind52p: a relation no other word spells ("작은동서", "우리 며느리"; a bare "동서"
        # is also east and west) says a person is meant, as an honorific does: a given name
        # of rarer syllables ("작은동서 변가을이") is no less a name.
        strong = bool(m.group("owner") or m.group("rank")) or m.group("inlaw") != "동서"
        if len(name) >= 3 and plausible_korean_name(name, strong=strong):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    for m in _GIVEN_NAME_KO_RE.finditer(text):
        if _given_name_ko(m.group("given")):
            yield Hit("person_name", m.start("given"), m.end("given"), 0.65, False)


def _english(text: str) -> Iterator[Hit]:
    for m in _KIN_TITLE_EN_RE.finditer(text):
        name = m.group("name")
        if (m.group("title"), name) in _PERSONIFICATIONS or is_english_non_name(name):
            continue
        # "Please Excuse My Dear Aunt Sally": a mnemonic's capitals (redteam44).
        if in_a_title_cased_phrase(text, m.start(), m.end()):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    if "," in text:
        for m in _APPOSITIVE_EN_RE.finditer(text):
            if not any(is_english_non_name(t) for t in m.group("name").split()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)


def detect_kinship_names(text: str) -> Iterator[Hit]:
    """Relatives' names after a kinship word (see the module)."""
    yield from _korean(text)
    yield from _english(text)
