"""A question asking a person's name wants a sentence that names one.

"whats the name of the doctor there" (blind set 55) was answered with "A doctor explains
them in person; results are not given over the phone.": the sentence holds the word the
question names (doctor) and no name at all. The question asks who, in other words: the
name of a person in a role ("the name of the doctor", "the pharmacist's name", "의사 선생님
이름", "원장님 성함"). It takes the answer type of a "who" question
(:func:`tools.rag.answer_types.answer_type`), so only a sentence that names a person or a
service answers it (:func:`tools.rag.who_names_57w.names_who`); no document here names its
staff, and the question is declined.
"""

from __future__ import annotations

import re

__all__ = ["USE_PERSON_NAME_ASKED", "asks_person_name"]

#: Switch for tests (tests/tools/rag/test_blind55m_findings.py).
USE_PERSON_NAME_ASKED = True

_ROLE_EN = (
    r"(?:doctors?|dr|physicians?|gps?|nurses?|pharmacists?|dentists?|directors?|managers?"
    r"|receptionists?|staff(?:\s+member)?|surgeons?|specialists?|head\s+(?:doctor|nurse)"
    r"|(?:department\s+)?heads?|boss|owners?)"
)
_ROLE_KO = r"(?:의사|원장|선생|약사|간호사|실장|팀장|부장|과장|담당자|담당\s*의사|주치의|대표|사장)"
_NAME_ASKED = re.compile(
    # "the name of the doctor", "names of the nurses", "what's the doctor's name", "dr's name"
    rf"\bnames?\s+of\s+(?:the\s+|your\s+|that\s+|this\s+|a\s+)?(?:\w+\s+)?{_ROLE_EN}\b"
    rf"|\b{_ROLE_EN}(?:'s|s'|s)?\s+(?:full\s+|first\s+|last\s+)?names?\b"
    rf"|{_ROLE_KO}\s*(?:님)?\s*(?:의\s*)?(?:이름|성함|성이)",
    re.IGNORECASE,
)


def asks_person_name(question: str) -> bool:
    """Whether ``question`` asks the name of a person in a role (a doctor, a pharmacist)."""
    return USE_PERSON_NAME_ASKED and _NAME_ASKED.search(question) is not None
