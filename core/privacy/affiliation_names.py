"""Names introduced with who the person is: a team, a place, a relative.

:mod:`core.privacy.intro_names` counts a name after a weak lead (``this is``, ``I'm``)
only when the name lists hold its first word, because ``This is Visitor Information``
has the same shape. People at work introduce themselves with where they are from:
``this is Priya Raman from accounts``, ``it's Anjali here``, ``this is Tomás speaking``.
The affiliation after the capitalised words says a person is named, whatever the lists
hold (romanised names from many languages are missing there).

In Korean the label ``이름은`` / ``성함은`` names the writer's own name there; a relative's or
a friend's name given the same way (``우리 엄마 성함은 한정숙이에요``, ``남편 이름은 박준호``)
is personal data as much.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import (
    CAPITALISED_WORD,
    KOREAN_NAME_PATTERN,
    is_english_non_name,
    plausible_korean_name,
)
from core.privacy.types import Hit
from core.privacy.work_characters_ko import asks_about_a_works_people_ko

_EN_LEADS = r"[Tt]his[ \t]+is|[Ii]t['’]s|[Ii]t[ \t]+is|I['’]m|[Ii]m|I[ \t]+am"
# What follows a name in a work introduction: the team or place the person is from, or
# the phone-call words ("here", "speaking", "calling").
_EN_AFFILIATION = r"(?=,?[ \t]+(?:from|speaking|calling)(?![A-Za-z])|,?[ \t]+here(?![A-Za-z]))"
_EN_AFFILIATED_RE = LazyPattern(
    r"(?:"
    + _EN_LEADS
    + r")[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r")?)"
    + _EN_AFFILIATION
)
_EN_KEYS = ("from", "here", "speaking", "calling")
# Capitalised words that stand in the same place without naming anyone: "it's Monday
# here", "I'm Korean from Busan", "this is Seoul calling".
_EN_NOT_PERSONS_TEXT = """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Tonight
    January February March April May June July August September October November December
    Korean Korea English British American Chinese Japanese Indian French German Spanish
    Canadian Australian European Asian Vietnamese Thai Filipino Mexican Italian Russian
    Seoul Busan Incheon Daegu Tokyo London Paris Berlin Sydney Singapore Beijing York
    Everyone Nobody Somebody Someone Support Reception Security Admin Team Staff Sales
    Accounts Accounting Finance Marketing Office Headquarters Home Work Here There
"""
_EN_NOT_PERSONS = frozenset(_EN_NOT_PERSONS_TEXT.split())
# Shared with core.privacy.sign_on_names ("Everyone here," signs no one on).
EN_NOT_PERSONS = _EN_NOT_PERSONS

# Relatives and people close to the writer, whose name a label may follow.
_KO_RELATIVES = (
    "외할머니|외할아버지|할머니|할아버지|어머님|아버님|어머니|아버지|엄마|아빠|"
    "시어머니|시아버지|장모님|장인어른|남편|아내|와이프|신랑|부인|"
    "남동생|여동생|동생|누나|언니|오빠|형|"
    # A child named with 아이/내미 or by birth order ("딸아이 이름은 …", "큰아들 이름은 …").
    "딸아이|아들아이|딸내미|딸래미|아들내미|큰딸|작은딸|막내딸|큰아들|작은아들|막내아들|"
    "손녀|손자|조카|딸|아들|친구|남자친구|여자친구|남친|여친|"
    # blind54p: the wider family and the in-laws ("외숙모 … 성함이 남궁혜란이셔").
    "외숙모|숙모|외삼촌|삼촌|이모부|고모부|이모|고모|큰아버지|작은아버지|큰어머니|작은어머니|"
    "사촌오빠|사촌언니|사촌형|사촌누나|사촌동생|사촌|매형|매제|형부|제부|올케|새언니|형수님|형수|"
    "시누이|시누|도련님|아가씨|처제|처형|처남|동서|며느리|사위|장모|장인|시어른|"
    "증조할머니|증조할아버지|외증조할머니|대부|대모"
)
_KO_RELATIVE_NAME_RE = LazyPattern(
    r"(?:(?:우리|제|내|저희)[ \t]*)?(?:"
    + _KO_RELATIVES
    + r")(?:의)?[ \t]*"
    # blind54p: a few words between the relative and the honorific label ("외숙모 생신 카드
    # 쓰려는데 성함이 …이셔"): 성함 is said only of a person (a pet's or a shop's 이름 is not);
    # then only a name before a copula is read (``gap`` below).
    + r"(?:(?P<gap>(?<=[ \t])[^.?!\n]{1,24}?[ \t])(?=성함)|(?=이름|성함|성명))"
    + r"(?:이름|성함|성명)(?:은|는|이)[ \t]*"
    + KOREAN_NAME_PATTERN
    + r"(?:(?P<copula>입니다|이에요|예요|(?<!이)에요|이고|(?<!이)고[ \t]|인데|이라고|라고"
    r"|이야|야|이세요|(?<!이)세요|이셔|(?<!이)셔)|(?=[ \t.,!?~]|$))"
)


def _free_before(text: str, i: int) -> bool:
    return i == 0 or not ("가" <= text[i - 1] <= "힣" or text[i - 1].isalpha())


def detect_affiliated_english_names(text: str) -> Iterator[Hit]:
    """``this is Priya Raman from accounts``: a weak lead, a name, an affiliation."""
    lowered = text.lower()
    if not any(key in lowered for key in _EN_KEYS):
        return
    for m in _EN_AFFILIATED_RE.finditer(text):
        if not _free_before(text, m.start()):
            continue
        tokens = m.group("name").split()
        # "This is Visitor Information from the clinic": a listed non-name word is not
        # a person, whatever follows it.
        if any(is_english_non_name(t) or t in _EN_NOT_PERSONS for t in tokens):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)


def detect_relatives_names(text: str) -> Iterator[Hit]:
    """``우리 엄마 성함은 한정숙이에요``: a relative's name after a name label."""
    if not any(label in text for label in ("이름", "성함", "성명")):
        return
    # "우영우에서 우영우 아빠 이름이 우광호 맞지? 그 역 배우는?": a work's characters (redteam36).
    if asks_about_a_works_people_ko(text):
        return
    for m in _KO_RELATIVE_NAME_RE.finditer(text):
        # Before a copula the label's word is surely a name; bare ("엄마 이름은 예쁘다"),
        # the syllables must read as a common given name.
        strong = m.group("copula") is not None
        if m.group("gap") is not None and not strong:
            continue
        if _free_before(text, m.start()) and plausible_korean_name(m.group("name"), strong=strong):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.9, False)


def detect_affiliated_names(text: str) -> Iterator[Hit]:
    """All rules of this module, for the scanner's list of text detectors."""
    yield from detect_affiliated_english_names(text)
    yield from detect_relatives_names(text)
