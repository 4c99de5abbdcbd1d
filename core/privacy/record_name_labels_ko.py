"""A name after a record's compound label: ``환자성명: 인서하 (여/34)``, ``수진자 성명 : 옥다인``,
``보호자이름: 편지후`` (redteam28).

Prescriptions, test results and forms label the name with whose it is: 환자성명, 수진자
성명, 피보험자 성명, 보호자 이름. The label rule reads ``성명: …`` when nothing is glued
before 성명; here the role word is glued to it, so the plain label is not seen. The label,
a colon and a surname with one or two syllables (or a compound surname) are needed: the
label names a person's field, so any syllables are accepted as the given name, as after
``성명:``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_record_name_labels_ko"]

_ROLES = (
    r"환자|수진자|수검자|피보험자|보험자|가입자|계약자|보호자|신청자|신청인|수령인|수취인|"
    r"학생|직원|회원|고객|대표자|세대주|임차인|임대인|의뢰인|투약자"
)
_LABEL_RE = GuardedPattern(
    r"(?<![가-힣])(?:"
    + _ROLES
    + r")[ \t]?(?:성명|이름|성함|명)[ \t]*[:：=][ \t]*"
    + KOREAN_NAME_PATTERN
    + r"(?=$|[^가-힣]|님|씨)"
)


def detect_record_name_labels_ko(text: str) -> Iterator[Hit]:
    """Names after a role-and-name label with a colon (see the module)."""
    for m in _LABEL_RE.finditer(text):
        name = m.group("name")
        if plausible_korean_name(name, strong=True):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.9, False)
