"""A Korean name after the role a form or a booking gives it, or before a seal (redteam24).

``예약자 모하진``, ``탄원인 봉지우 (인)``, ``총무 설다인``, ``보증인: 차은결``, ``회장 - 위서진``:
papers and bookings name a person by the part they play in them (the one who booked, who
petitions, who guarantees, who collects the dues), and people paste those lines whole. The
general label rule (:mod:`core.privacy.names`) knows the labels of records (성명, 환자,
예금주); these are the roles of petitions, contracts, bookings and clubs. A signature's seal
mark right after a name (``봉지우 (인)``, ``차은결(서명)``) says the same: a person signs there.

The role must open a word and the name after it must read as one (a surname and given-name
syllables; any syllables after a colon, as on a form; after a dash, as in a list of
officers (masked30), a name of three syllables or more that closes the item). Roles are
nouns of everyday prose too (``예약자 수``, ``참석자 명단``): without a colon the name must
have three syllables or more and pass the name check.

The parties of a court paper's caption (``원 고 맹주혁``, ``피 고 어윤정``, redteam36) are roles of
the same kind; the body's ``피고는 원고에게`` has a particle where a name would stand.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_role_label_names_ko"]

_ROLES = (
    r"예약자|예약자명|탄원인|진정인|청구인|진술인|고소인|위임인|수임인|대리인|보증인|연대보증인|"
    r"임차인|임대인|매수인|매도인|계약자|계약자명|수령인|수령자|인수자|지원자|참석자|투숙객|"
    r"총무|회장|반장|간사|주문자|구매자|판매자|발주자|의뢰인|동의인|서명인|확인자|법정대리인|"
    # redteam26: an HR record's and an obituary's ("사원 남궁재윤 / 입사 …", "상주 석진우").
    r"사원|직원|상주|"
    # masked30: a club's officers ("2. 부회장 - 맹채원").
    r"부회장|부총무|"
    # redteam33: whose car or policy it is ("차량번호 38나 7214, 소유자 문태오", "피보험자 …").
    r"소유자|소유주|차주|명의자|피보험자|보험계약자|"
    # redteam36: the parties of a court paper's caption, its labels often letter-spaced as
    # the forms print them ("원 고 맹주혁", "피 고 어윤정", "채권자 …").
    r"원[ \t]?고|피[ \t]?고|채권자|채무자|피신청인|항소인|피항소인"
)
# masked30: officers whose title is also a common noun (감사 "thanks", 서기 "A.D.", 회계
# "accounting", 고문 "torture"): a name only after a colon or a dash, as in a list of
# officers ("3. 감사 - 어지후").
_SEPARATED_ROLES = r"감사|서기|회계|고문|회계감사"
_DASHES = frozenset("-–—")
# What may follow a name that closes a list item: the line's end, a bracket, a comma.
_ITEM_END_RE = LazyPattern(r"[ \t]*(?:$|\n|[(,/])")
_AFTER_NAME = r"(?=$|[^가-힣]|님|씨|이|가|은|는|의|에게|께|한테|으로|로|와|과|이고|이며)"
_ROLE_NAME_RE = GuardedPattern(
    r"(?<![가-힣])(?:"
    + _ROLES
    + r")[ \t]*(?P<colon>[:：]|[-–—])?[ \t]*"
    + KOREAN_NAME_PATTERN
    + _AFTER_NAME
)
_SEPARATED_ROLE_NAME_RE = LazyPattern(
    r"(?<![가-힣])(?:"
    + _SEPARATED_ROLES
    + r")[ \t]*(?P<colon>[:：]|[-–—])[ \t]*"
    + KOREAN_NAME_PATTERN
    + _AFTER_NAME
)
# A name right before a seal or signature mark: "봉지우 (인)", "차은결(서명)", "(印)".
_SEALED_NAME_RE = LazyPattern(
    r"(?<![가-힣])" + KOREAN_NAME_PATTERN + r"[ \t]*[(（][ \t]*(?:인|印|서명|날인)[ \t]*[)）]"
)


def detect_role_label_names_ko(text: str) -> Iterator[Hit]:
    """Names after a role of a form or a booking, and names before a seal (see the module)."""
    matches = list(_ROLE_NAME_RE.finditer(text))
    if "-" in text or ":" in text or "：" in text or "–" in text or "—" in text:
        matches += _SEPARATED_ROLE_NAME_RE.finditer(text)
    for m in matches:
        name = m.group("name")
        if m.group("colon") in _DASHES:
            # A dash joins a role and a name in a list of officers, and a role and its
            # topic in prose ("회계 - 정산 방식"): the name must close the list item.
            if (
                len(name) >= 3
                and plausible_korean_name(name, strong=False)
                and (_ITEM_END_RE.match(text, m.end("name")) is not None)
            ):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
            continue
        strong = m.group("colon") is not None
        # Without a colon a two-syllable word after a role is a noun as often ("참석자 명단").
        if (strong or len(name) >= 3) and plausible_korean_name(name, strong=strong):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    for m in _SEALED_NAME_RE.finditer(text):
        if plausible_korean_name(m.group("name"), strong=True):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
