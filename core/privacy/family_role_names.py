"""Whose relative the writer is: ``I'm Ezra's dad``, ``Callum's mum here``, ``하린이 이모예요``.

:mod:`core.privacy.sign_on_names` reads a Korean relative who gives the child's full name
(``저 정하윤 엄마예요``) and :mod:`core.privacy.aside_names` an English writer who gives
their own name first (``It's Omar, Leo's dad``). Parents and grandparents more often sign on
with the child's name alone, and that name is a person's as much as the writer's own:

- English, the child's name in the possessive before a family role, inside a sign-on: after
  a lead (``I'm Ezra's dad``, ``this is Theo's auntie``) or before ``here``/``speaking``
  (``Callum's mum here``, ``Freya Lindqvist's grandad speaking``). Outside a sign-on the
  same shape names companies (``Apple's parent company``), so it is not read there.
- Korean, a given name of two syllables (with or without its vocative 이) before the role and
  a copula, where the message or a sentence opens or after ``저``/``전``/``저는``: ``저 하린이
  외할머니인데요``, ``서아 큰아빠입니다``, ``도윤이 아빠 되는 사람인데요``. The given name
  then comes back with its particles (``하린이 예약``), which is the same name.

Nouns that take a parent's role (``친구 엄마예요``, ``동생 엄마인데요``) name no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import is_english_non_name, plausible_korean_name
from core.privacy.types import Hit

_EN_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+"
_EN_ROLES = (
    r"dad|daddy|father|stepdad|stepfather|mum|mom|mummy|mommy|mother|stepmum|stepmom|"
    r"stepmother|grandad|granddad|grandpa|grandfather|grandma|grandmother|granny|nan|nana|"
    r"nanna|auntie|aunty|aunt|uncle|guardian|carer|big[ \t]+sister|big[ \t]+brother"
)
_EN_POSSESSIVE_ROLE = (
    r"(?P<name>" + _EN_WORD + r"(?:[ \t]+" + _EN_WORD + r")?)['’]s[ \t]+(?i:" + _EN_ROLES + r")"
)
_EN_LEAD = (
    r"(?:(?i:i['’]?m|i[ \t]+am|this[ \t]+is|it['’]?s|it[ \t]+is|here['’]?s)[ \t]+"
    r"(?:(?i:just)[ \t]+)?)"
)
# "I'm Ezra's dad" / "this is Theo's auntie": a lead, then the possessive and the role.
_EN_LEAD_ROLE_RE = LazyPattern(_EN_LEAD + _EN_POSSESSIVE_ROLE + r"(?![A-Za-z])")
# "Callum's mum here" / "Freya Lindqvist's grandad speaking": the role, then the sign-on word.
_EN_ROLE_HERE_RE = LazyPattern(
    _EN_POSSESSIVE_ROLE + r"[ \t]+(?i:here|speaking|calling|writing)(?![A-Za-z])"
)

_KO_ROLES = (
    "외할머니|외할아버지|할머니|할아버지|큰아빠|큰엄마|작은아빠|작은엄마|큰아버지|큰어머니|"
    "외숙모|숙모|이모부|고모부|이모|고모|외삼촌|삼촌|엄마|아빠|어머니|아버지|보호자|"
    "언니|누나|오빠|형"
)
_KO_COPULA = r"(?:[ \t]*되는[ \t]*사람)?(?:입니다|이에요|예요|에요|인데요?|이고요?|이구요|이요|요)"
# "저 하린이 외할머니인데요": a given name of two syllables, its vocative 이, the role, a copula.
_KO_GIVEN_ROLE_RE = LazyPattern(
    r"(?P<given>[가-힣]{2})(?:이)?[ \t]*(?:" + _KO_ROLES + r")" + _KO_COPULA
)
# What may stand before the given name: the start, a sentence end, or the writer ("저", "전").
_KO_LEADS = ("저는", "제가", "저", "전")
# Two-syllable nouns that take a relative's role and pass the given-name syllable test.
_KO_NOT_GIVEN = frozenset(
    {"우리", "동생", "환자", "여기", "강아", "저희", "옆집", "앞집", "윗집", "막내", "첫째"}
    | {"둘째", "셋째", "큰애", "작은", "손주", "손자", "손녀", "아들", "딸애", "시댁", "처가"}
    | {"신랑", "지인", "친척", "회사", "학교", "반려", "애기", "아기", "제가", "그냥", "이번"}
    # Demonstratives and pronouns with their particle: "이건 아빠예요" points at a thing.
    | {"이건", "그건", "저건", "이게", "그게", "저게", "이거", "그거", "저거", "여긴", "거긴"}
    | {"저긴", "이분", "그분", "저분", "누구", "얘는", "걔는", "쟤는", "이쪽", "그쪽", "저쪽"}
)
_KO_ECHO_NEXT = ("이", "가", "는", "를", "의", "랑", "한테", "도", "은", " ")


def _names_someone(name: str) -> bool:
    return not any(t in EN_NOT_PERSONS or is_english_non_name(t) for t in name.split())


def detect_english_role_sign_ons(text: str) -> Iterator[Hit]:
    """``I'm Ezra's dad``, ``Callum's mum here``: the child's name, inside a sign-on."""
    if "'" not in text and "’" not in text:
        return
    for rule in (_EN_LEAD_ROLE_RE, _EN_ROLE_HERE_RE):
        for m in rule.finditer(text):
            start = m.start("name")
            if (start == 0 or not text[start - 1].isalpha()) and _names_someone(m.group("name")):
                yield Hit("person_name", start, m.end("name"), 0.75, False)


def _opens_sign_on(text: str, start: int) -> bool:
    """Whether the given name at ``start`` opens the text or a sentence, or follows 저/전."""
    before = text[:start].rstrip(" \t")
    if not before or before[-1] in ".!?~,\n":
        return True
    for lead in _KO_LEADS:
        if before.endswith(lead):
            cut = len(before) - len(lead)
            return cut == 0 or not before[cut - 1].isalpha()
    return False


def _echoes(text: str, given: str, skip: tuple[int, int]) -> Iterator[Hit]:
    start = text.find(given)
    while start != -1:
        end = start + len(given)
        free = start == 0 or not ("가" <= text[start - 1] <= "힣" or text[start - 1].isalpha())
        if not skip[0] <= start < skip[1] and free and text.startswith(_KO_ECHO_NEXT, end):
            yield Hit("person_name", start, end, 0.7, False)
        start = text.find(given, end)


def detect_korean_given_role_intros(text: str) -> Iterator[Hit]:
    """``저 하린이 외할머니인데요``: a child's given name before a relative's role, and echoes."""
    for m in _KO_GIVEN_ROLE_RE.finditer(text):
        given = m.group("given")
        start = m.start("given")
        if (
            given in _KO_NOT_GIVEN
            or not _opens_sign_on(text, start)
            # A surname and its given name of one syllable: sign_on_names reads full names.
            or not plausible_korean_name("김" + given, strong=False)
        ):
            continue
        yield Hit("person_name", start, m.end("given"), 0.75, False)
        yield from _echoes(text, given, (start, m.end("given")))


def detect_family_role_names(text: str) -> Iterator[Hit]:
    """All rules of this module, for the scanner's list of text detectors."""
    yield from detect_english_role_sign_ons(text)
    yield from detect_korean_given_role_intros(text)
