"""A name next to a student number: ``학번 2021104377 변하율`` (redteam24).

Scholarship forms, extension requests and club rosters name a student by their number and
their name together, as HR does with a staff number
(:mod:`core.privacy.employee_id_names`; both read through
:mod:`core.privacy.labelled_id_names`). The student number's label (``학번``,
``학생번호``, ``student ID``, ``student no.``) says the name right after the number (a
Korean name that reads as one; two or more capitalised words) or right before the label
(``변하율 학번 2021104377``) is the student's. With a name beside it, the number is held
too: it is that student's record (redteam33).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_id_names import names_beside_labelled_ids
from core.privacy.names import KOREAN_NAME_PATTERN
from core.privacy.types import Hit

__all__ = ["detect_student_id_names"]

_LABELLED_ID_RE = LazyPattern(
    r"(?:학번|학생[ \t]?번호|(?i:\bstudent[ \t]*(?:id|no\.?|number|#)))"
    r"[ \t]*(?:은|는|:|#|is)?[ \t]*(?P<id>[A-Za-z]{0,3}-?\d{5,12})(?![0-9A-Za-z])"
    r"[ \t]*[(,]?[ \t]*"
)
_KOREAN_NAME_AT = LazyPattern(
    KOREAN_NAME_PATTERN + r"(?=$|[^가-힣]|님|씨|이|가|은|는|의|에게|한테|로|으로|이고|입니다)"
)
_KOREAN_NAME_BEFORE = LazyPattern(KOREAN_NAME_PATTERN + r"[ \t]*,?[ \t]*\Z")


def detect_student_id_names(text: str) -> Iterator[Hit]:
    """The name right after or before a labelled student number, and that number (see the
    module)."""
    names = list(
        names_beside_labelled_ids(
            text, _LABELLED_ID_RE, _KOREAN_NAME_AT, korean_name_before=_KOREAN_NAME_BEFORE
        )
    )
    yield from names
    if not names:
        return
    # The number beside a name is that student's record, as a staff number is (redteam33:
    # a masked copy showed "학번 20231547" beside the masked name).
    for m in _LABELLED_ID_RE.finditer(text):
        yield Hit("mrn", m.start("id"), m.end("id"), 0.75, False)
