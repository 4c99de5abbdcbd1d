"""The rows of a roster keyed by a number its text names: ``동아리 명단인데 학번 순으로
정렬해줘:\\n2024131207 여하윤 경영\\n…``, ``staff list (employee no., name):\\n40218 Orla
Quinn`` (redteam29).

:mod:`core.privacy.student_id_names` and :mod:`core.privacy.employee_id_names` read a
name right after its labelled number ("학번 2021104377 변하율"). A pasted list names its key
once, in the request or the header ("학번 순으로", "사번", "student no.", "member ID"),
and each row then opens with a bare number and the person's name. A row here: a line that
opens with a number of five to twelve digits and goes on with a Korean name of three
syllables that reads as one, or two or more capitalised words; the number and the name are
held. Without such a key word a numbered list ("2024 예산안", "10001 Main St") is read as
usual.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.task_recipient_names import read_name_after
from core.privacy.types import Hit

__all__ = ["detect_roster_rows"]

_KEY_RE = LazyPattern(
    r"학번|학생[ \t]?번호|사번|직원[ \t]?번호|회원[ \t]?번호"
    r"|(?i:\b(?:student|staff|employee|member)[ \t]*(?:id|no\.?|number|#))"
)
_ROW_RE = LazyPattern(r"(?m:^)[ \t]*(?P<id>[A-Za-z]{0,3}-?\d{5,12})(?![0-9A-Za-z])[ \t,|]+")
_KOREAN_NAME_AT = LazyPattern(KOREAN_NAME_PATTERN + r"(?=$|[^가-힣])")


def detect_roster_rows(text: str) -> Iterator[Hit]:
    """The number and the name opening each row of a keyed roster (see the module)."""
    if "\n" not in text or _KEY_RE.search(text) is None:
        return
    for row in _ROW_RE.finditer(text):
        korean = _KOREAN_NAME_AT.match(text, row.end())
        # A full three-syllable name: two syllables after a number are mostly a noun
        # ("20241 예산 합계").
        full = korean is not None and len(korean.group("name")) >= 3
        if (
            korean is not None
            and full
            and plausible_korean_name(korean.group("name"), strong=False)
        ):
            name: tuple[int, int] | None = (korean.start("name"), korean.end("name"))
        else:
            name = read_name_after(text, row.end())
        if name is None:
            continue
        yield Hit("mrn", row.start("id"), row.end("id"), 0.75, False)
        yield Hit("person_name", name[0], name[1], 0.75, False)
