"""A student's or an employee's name after their department: ``경영학과 빈서호`` (redteam26).

Students identify themselves to a professor as ``학번 학과 이름`` and staff as ``부서
이름``; the 학번 label rule (:mod:`core.privacy.student_id_names`) needs the word 학번. A
full name of three syllables with common given-name syllables right after a department
word (``…학과``, ``…학부``, ``…전공``) is read as a person's name; what follows a department
otherwise is a noun of two syllables (``학과 사무실``, ``학과 교수님``) that fails the name
check.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_department_names_ko"]

_DEPARTMENT_NAME_RE = LazyPattern(
    r"(?<=[가-힣])(?:학과|학부|전공)[ \t]+(?:\d[ \t]?학년[ \t]+)?"
    + KOREAN_NAME_PATTERN
    + r"(?=$|[^가-힣]|입니다|이에요|예요|이고|이며|이|가|은|는|의|으로|로)"
)


def detect_department_names_ko(text: str) -> Iterator[Hit]:
    """Full names right after a department word (see the module)."""
    if "학과" not in text and "학부" not in text and "전공" not in text:
        return
    for m in _DEPARTMENT_NAME_RE.finditer(text):
        name = m.group("name")
        if len(name) >= 3 and plausible_korean_name(name, strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
