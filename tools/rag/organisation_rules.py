"""Whether a question asks for an organisation's own rule, which only its documents hold.

Split from :mod:`tools.rag.question` (which reads a question's terms and answer type):
the router uses this to keep such questions from a general model's invented policy.
"""

from __future__ import annotations

import re

from tools.rag.question import _korean_terms, _question_part
from tools.rag.textutil import detect_script

# Words for an organisation's own rules: what it pays, grants or requires of its people.
# A model cannot know one company's tablet allowance or remote-work days; only the
# workspace's documents can, so when they do not say, the honest answer is that.
_ORGANISATION_RULE_TERMS = frozenset(
    {
        *("지원금", "수당", "복지", "복리후생", "재택", "재택근무", "근무", "휴가", "연차", "병가"),
        *("경조사", "출장", "경비", "정산", "규정", "사규", "사내", "급여", "상여", "상여금"),
        *("보너스", "퇴직금", "입사", "퇴사", "승진", "결재", "야근", "초과근무", "식대", "법인"),
        *("교육비", "출퇴근", "유연근무", "육아휴직", "휴직", "직원", "임직원"),
    }
)
_ORGANISATION_RULE_EN = re.compile(
    r"\b(?:allowances?|stipends?|subsid(?:y|ies)|reimburse(?:d|ment)?|per diem|"
    r"(?:company|office|hr|expense|travel|leave|remote[- ]work|work[- ]from[- ]home) "
    r"polic(?:y|ies)|(?:annual|sick|parental|maternity|paternity|bereavement) leave|"
    r"vacation days|pto|remote work|work from home|overtime pay|bonus(?:es)?|payroll|"
    r"our (?:company|office|team|employees|staff)|"
    # A question put to the organisation itself: "Do you offer dental cleaning?"
    r"(?:do|does|can|will|would) you (?:offer|have|provide|accept|treat|sell|open|"
    r"close|allow|charge|cover|support)|are you open|your (?:clinic|office|company|pharmacy|"
    r"hospital|shop|store|staff|policy))\b",
    re.IGNORECASE,
)
# Days an organisation grants, asked as what it gives ("형 결혼식은 며칠 줘요", "며칠 쉬게
# 해줘요?", "how many days off do i get for a wedding"): a leave rule, whoever's event it is
# (set 50's "형 결혼식은 며칠 줘요" went to a model after the leave policy was searched).
_DAYS_GRANTED = re.compile(
    r"(?:며칠|몇\s*일|몇일)\s*(?:이나|씩|까지|정도|동안)?\s*(?:줘|주나|주냐|주니|줍니|주는지|주세|쉬게\s*해)"
    r"|\bhow\s+many\s+days?\s+off\b|\bdays?\s+off\s+(?:do\s+(?:i|we)\s+get|for\s+(?:a|my|our|the)\b)",
    re.IGNORECASE,
)
# Korean: the place or organisation named as where the rule applies ("여기서", "저희 회사").
_ORGANISATION_HERE_KO = re.compile(r"여기|이곳|이 병원|이 의원|이 회사|저희 회사|우리 회사|사내")


def asks_about_organisation_rule(question: str) -> bool:
    """Whether a question asks for an organisation's own rule (allowance, leave, expenses).

    Such a question can only be answered from the workspace's documents: when they do not
    answer it, a general model's reply would be an invented policy.

    Args:
        question: The user's question.

    Returns:
        True for "태블릿 지원금은 얼마예요?", "재택근무는 주 며칠까지 되나요?",
        "What is the per diem for Busan?", "Do you offer dental cleaning?"; False for a
        general question.
    """
    asked = _question_part(question)
    if _ORGANISATION_RULE_EN.search(asked) or _DAYS_GRANTED.search(asked):
        return True
    if detect_script(asked) == "en":
        return False
    if _ORGANISATION_HERE_KO.search(asked):
        return True
    terms, _nouns, _counter = _korean_terms(asked)
    return any(t in _ORGANISATION_RULE_TERMS or t.endswith("수당") for t in terms)
