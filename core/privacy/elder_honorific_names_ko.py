"""A full name before the honorific for an elder (redteam41): ``[복약알림] 탁말순 어르신, 저녁
7시 …``, ``최봉례 할머님께``, ``…할아버님``; and
(redteam49) with the honorific subject particle: ``편찬우 할아버님께서``.

Care services, pharmacies and welfare centres address an older person by full name and
``어르신`` (or ``할머님``/``할아버님``) in their reminders and letters; the name is theirs, often
beside a medicine or a visit. A full name is a surname with one or two given syllables that
read as a name (:func:`core.privacy.names.plausible_korean_name`, or an older generation's
given name: ``말순``, ``옥분``, ``복례``). Words that end a phrase
before ``어르신`` without naming anyone (``마을 어르신``, ``경로당 어르신``, ``이웃집 어르신``)
are nouns, not names: the common-syllable test keeps them out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import (
    KOREAN_NAME_PATTERN,
    given_name_syllables,
    plausible_korean_name,
    split_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_elder_honorific_names_ko"]

_ELDER_RE = LazyPattern(
    r"(?<![가-힣])"
    + KOREAN_NAME_PATTERN
    # redteam50: 여사님 (a married elder woman, "육순자 여사님께서 … 백내장 수술").
    + r"[ \t]?(?:어르신|할머님|할아버님|여사님)"
    # The honorific subject and dative particles (께서, 께서는, 께) may follow (redteam49:
    # ``편찬우 할아버님께서 … 입원해 계십니다``); another word glued on may not.
    + r"(?:(?=께)|(?![가-힣]{2}))"
)
_KIN_BEFORE = LazyPattern(
    r"(?:할머니|할머님|외할머니|어머니|어머님|엄마|이모|고모|장모님|시어머니|숙모|외숙모)[ \t]*\Z"
)
# Syllables of the given names of people born before the 1960s (말순, 옥분, 복례, 점녀…), which
# the common given-name syllables (drawn from younger names) lack; an elder is who 어르신 names.
_ELDER_GIVEN = frozenset("순자분례녀덕옥말임남숙님단금춘복점필귀월봉덕년이")
_NOT_NAMES = frozenset(
    {"이웃집", "노인정", "요양원", "양로원", "복지관", "노인회", "부녀회", "마을회", "경로당"}
)


def _reads_as_a_name(name: str) -> bool:
    if plausible_korean_name(name, strong=False):
        return True
    first, second = given_name_syllables()
    given = split_korean_name(name)[1]
    known = first | second | _ELDER_GIVEN
    return (
        len(given) == 2
        and all(ch in known for ch in given)
        and any(ch in _ELDER_GIVEN for ch in given)
    )


def detect_elder_honorific_names_ko(text: str) -> Iterator[Hit]:
    """Full names before 어르신, 할머님, 할아버님 (see the module)."""
    if not any(word in text for word in ("어르신", "할머님", "할아버님", "여사님")):
        return
    for m in _ELDER_RE.finditer(text):
        name = m.group("name")
        # "할머니 오말순 여사님": a kin word before the name is the kinship rule's to read.
        if _KIN_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None:
            continue
        if name not in _NOT_NAMES and len(name) >= 3 and _reads_as_a_name(name):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
