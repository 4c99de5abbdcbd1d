"""Names people sign on with: ``Priya here.``, and a parent's ``저 정하윤 엄마예요``.

:mod:`core.privacy.affiliation_names` reads ``it's Anjali here`` (a lead, then the name);
in chat the lead is often dropped and the message opens on the name: ``Priya here.
could you draft …``, ``hi, Tomás here!``. At the start of a sentence a capitalised word
followed by ``here`` and a pause is that sign-on; a gerund ("Parking here.") or a word
that names no one ("Everyone here,") is not. The name lists do not hold most romanised
names, so the shape decides, not the lists; a noun in that place ("Coffee here.") is read
as a name too, which only keeps that message local (privacy fails closed).

Korean parents and relatives introduce themselves by whose they are: ``저 정하윤
엄마예요``, ``김하준 아빠인데요``. The full name before the family role is a person's (a
child's, mostly), as much personal data as the writer's own; the given name then comes
back with its vocative ending (``하윤이 예약``), which is the same name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import is_english_non_name, plausible_korean_name
from core.privacy.types import Hit

# A capitalised word, accented letters too ("Tomás", "Zoë").
# A double-barrelled family name too ("Tamsin Oduya-Reeve here", redteam43).
_EN_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
# A greeting to a group ("hi all,", "hello everyone -") may come first (redteam43).
_EN_GREETING = (
    r"(?:(?i:hi|hello|hey|morning|good[ \t]+morning|evening)(?:[ \t]+(?i:all|everyone|"
    r"everybody|folks|team|guys|there))?[ \t]*[,!.]?[ \t]+)?"
)
# At the start of the text, of a sentence or of a quoted message ("WhatsApp: 'hi all, …"); the
# name, then "here" and a pause or the end.
_EN_SIGN_ON_RE = LazyPattern(
    r"(?:\A|(?<=[.!?])[ \t]+|\n|(?<=[:'\"‘“])[ \t]*)[ \t]*"
    + _EN_GREETING
    + r"(?P<name>"
    + _EN_WORD
    + r"(?:[ \t]+"
    + _EN_WORD
    + r")?)[ \t]*,?[ \t]+here(?=[ \t]*(?:[,.!:;]|-|—|$))"
)
# "Parking here.", "Nothing here!": gerunds and pronoun-like words sit in the same place.
_EN_NOT_SIGN_ON_TEXT = """
    Anyone Anybody Nothing Everything Something Click Sign Stop Wait Come Look Help Over
    Right Left Up Down Out Back Just Still Only Not Yes No Ok Okay Same Me Us We You They
"""
_EN_NOT_SIGN_ON = frozenset(_EN_NOT_SIGN_ON_TEXT.split())

_KO_ROLES = (
    "엄마|아빠|어머니|아버지|어머님|아버님|보호자|할머니|할아버지|외할머니|외할아버지|"
    "이모|고모|삼촌|외삼촌|남편|아내|와이프|언니|누나|형|오빠|동생|딸|아들|담임"
)
_KO_COPULA = r"(?:입니다|이에요|예요|에요|인데요?|이고요?|이구요|이요|요)"
# The name, the role, the copula: "저 정하윤 엄마예요", "정하윤이 엄마인데요".
_KO_ROLE_INTRO_RE = LazyPattern(
    r"(?P<name>[가-힣]{3})(?:이)?[ \t]*(?:" + _KO_ROLES + r")" + _KO_COPULA
)
# Nouns of three syllables that fit a surname and given-name shape and take a parent's
# role too ("강아지 엄마예요": a dog's owner).
_KO_NOT_NAMES = frozenset({"강아지", "고양이", "우리애", "우리집", "막둥이", "쌍둥이", "반려견"})
# What follows a given name said on its own: its vocative 이 and the particles after it.
_KO_GIVEN_ECHO_NEXT = ("이", "가", "는", "를", "의", "랑", "한테", "도", " ")


def _free_before(text: str, i: int) -> bool:
    return i == 0 or not ("가" <= text[i - 1] <= "힣" or text[i - 1].isalpha())


def detect_english_sign_ons(text: str) -> Iterator[Hit]:
    """``Priya here.``: a sentence that opens on a capitalised name and ``here``."""
    if "here" not in text:
        return
    for m in _EN_SIGN_ON_RE.finditer(text):
        tokens = m.group("name").split()
        if any(
            t.endswith("ing") or t in _EN_NOT_SIGN_ON or t in EN_NOT_PERSONS for t in tokens
        ) or any(is_english_non_name(t) for t in tokens):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)


def _given_name_echoes(text: str, given: str, skip: tuple[int, int]) -> Iterator[Hit]:
    start = text.find(given)
    while start != -1:
        end = start + len(given)
        inside = skip[0] <= start < skip[1]
        if not inside and _free_before(text, start) and text.startswith(_KO_GIVEN_ECHO_NEXT, end):
            yield Hit("person_name", start, end, 0.7, False)
        start = text.find(given, end)


def detect_korean_role_intros(text: str) -> Iterator[Hit]:
    """``저 정하윤 엄마예요``: a full name before the writer's family role, and its echoes."""
    for m in _KO_ROLE_INTRO_RE.finditer(text):
        name = m.group("name")
        if (
            not _free_before(text, m.start())
            or name in _KO_NOT_NAMES
            or name.endswith("직")
            or not plausible_korean_name(name, strong=False)
        ):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
        yield from _given_name_echoes(text, name[1:], (m.start("name"), m.end("name")))


def detect_sign_on_names(text: str) -> Iterator[Hit]:
    """All rules of this module, for the scanner's list of text detectors."""
    yield from detect_english_sign_ons(text)
    yield from detect_korean_role_intros(text)
