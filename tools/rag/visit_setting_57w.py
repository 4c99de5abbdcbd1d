"""A question set at the asker's visit to a clinic is never answered by a staff expense rule.

Why: "can i get my parking reimbursed when i visit the clinic" quoted the staff travel
and expense policy's "Parking and tolls are reimbursed with a receipt." That rule pays
back an employee who drives on business; the asker comes to the clinic as its patient,
and whether the clinic pays their parking is the clinic's own page to say (its
directions and parking section), or nobody's. :mod:`tools.rag.travel_setting_51d` reads
the other setting, a work trip ("when I drive to a client"), where that rule is the one
asked about.

The rule: when the question sets the scene at a visit to a place of care as its patient
or visitor ("when i visit the clinic", "when we come to the hospital", "for my
appointment", "as a patient", "병원 갈 때", "진료 받으러 오면") and names no work trip, the
passages of a staff travel or expense policy (its document title says so: "Travel and
Expense Policy", "Staff Travel Rules", "출장비 규정") are not read for it. Only a sentence
of the rest quoted as it stands may answer; else the documents decline (a model reading
the clinic's other lines answered "yes" from "one hour of free parking"). Closed-class
on both sides: a visit elsewhere ("when I visit a client") may be a work trip, and a
page not titled a staff travel or expense policy stays.

The same holds for a question that asks whether the place has or offers a facility
("you got parking?", "yall got wifi", "is there parking", "do you have a cafeteria",
"주차 돼요?", "와이파이 있어요?"): the asker wants to know what the place offers, and a
staff rule that the thing "is reimbursed" is a sibling subject's sentence (visitor58).
A question that names the expense side itself (reimbursed, claim, allowance, 청구,
정산, 경비 ...) is no such question and keeps the staff rules.
"""

from __future__ import annotations

import re

from tools.rag.models import Passage
from tools.rag.travel_setting_51d import travel_setting_terms

__all__ = ["STAFF_RULES_AT_A_VISIT", "asks_for_a_facility", "passages_for_a_visit"]

# Off only to show what the rule changes (its tests switch it off).
use_visit_setting = True
# The facility question's reading alone (tests/tools/rag/test_visitor_58v.py switches it off).
use_facility_question = True

STAFF_RULES_AT_A_VISIT = (
    "documents: the question is set at a visit to the clinic; a staff travel or expense"
    " rule does not answer it"
)

# Places one visits for care, as their patient or visitor.
_CARE_PLACE = (
    r"(?:clinic|hospital|doctor|doctor's|doctors|dentist|dentist's|dentists|pharmacy|"
    r"surgery|physio|physiotherapist|gp|health\s+cent(?:re|er)|medical\s+cent(?:re|er)|ward)"
)
# A visit of one's own care named as a noun: "for my appointment", "at my checkup".
_CARE_EVENT = (
    r"(?:(?:doctor'?s?|dental|hospital|clinic|gp)\s+)?"
    r"(?:appointment|appt|check-?up|consultation|treatment|scan)s?"
)
_EN_VISIT = re.compile(
    # "when i visit the clinic", "if we come to the hospital", "when i'm at the dentist".
    r"\b(?:when|if|while|whenever|before|after|every\s+time|each\s+time)\s+"
    r"(?:i|we|my\s+\w+)(?:'m|'re|\s+am|\s+are|\s+have\s+to|\s+need\s+to|\s+go\s+to)?\s+"
    r"(?:visit|visiting|come|coming|go|going|get|getting|see|seeing|at|in)\s+"
    r"(?:(?:in|into|to|at|over\s+to|down\s+to)\s+)?(?:the|a|my|your|our)\s+"
    rf"{_CARE_PLACE}\b|"
    rf"\b(?:for|at|to|during|after|before|have|having)\s+(?:my|an|a|the|our)\s+{_CARE_EVENT}\b|"
    # The asker named as a patient: "as a patient", "for patients", "i'm a visitor".
    r"\b(?:as\s+an?|for|i'm\s+an?|i\s+am\s+an?)\s+(?:out)?(?:patients?|visitors?)\b",
    re.IGNORECASE,
)
# "병원 갈 때", "진료 받으러 오면", "치과 방문할 때", "환자로 가면".
_KO_VISIT = re.compile(
    r"(?:병원|의원|클리닉|치과|약국|한의원|진료|검진|외래|환자)\S*\s*"
    r"(?:받으러\s*|보러\s*)?(?:갈|올|가면|오면|가는|오는|방문|갔|왔|다니)"
)
# The question names a work trip after all: then the staff rule is the one asked about.
_WORK_TRIP = re.compile(
    r"\b(?:for\s+work|on\s+business|business\s+trips?|work\s+trips?|for\s+my\s+job|"
    r"for\s+the\s+company)\b|출장|업무|회사",
    re.IGNORECASE,
)
# A staff travel or expense policy, named by its document title (the heading's first part).
_STAFF_EXPENSE_TITLE = re.compile(
    r"\b(?:staff|employees?|business)\s+(?:travel|expenses?)\b|"
    r"\btravel\s+(?:and|&)\s+expenses?\b|"
    r"\b(?:travel|expenses?|reimbursement)\s+(?:polic(?:y|ies)|rules|guidelines?|handbook)\b|"
    r"출장|여비|경비\s*(?:규정|지침|정산)",
    re.IGNORECASE,
)


# Whether the place has or offers a thing, asked of the place ("you got", "is there").
_EN_FACILITY = re.compile(
    r"^\W*(?:so\s+|and\s+|hey\s+|hi\s+|also\s+|um+\s+)?"
    r"(?:(?:do|does|did)\s+(?:you|u|ya|y'?all|you\s+guys|the\s+\w+|it)\s+"
    r"(?:have|got|offer|provide)|"
    r"(?:have|has)\s+(?:you|u|ya|y'?all|you\s+guys|the\s+\w+)\s+got|"
    r"(?:you|u|ya|y'?all|you\s+guys)\s+(?:got|have|offer)|"
    r"(?:is|are)\s+there|there'?s|got\s+any|any)\b",
    re.IGNORECASE,
)
# "주차 돼요?", "와이파이 있어요?", "주차장 있나요", "주차 가능해요?": there, or possible there.
_KO_FACILITY = re.compile(
    # Not leave to do something: "~도 돼요" and "~ㄹ 수 있나요" ("KTX 특실 타도 돼요?",
    # "택시는 언제 탈 수 있나요?": the staff travel rule answers them; dropping it declined
    # two of held-out set 2's answers on the merged tree). "주차 돼요?" is still a facility.
    r"(?<!수\s)(?<!수)(?:있어요|있나요|있습니까|있어\??$|있음|있는지|있을까요|있죠)|"
    r"(?<!도\s)(?<!도)(?:돼요|되나요|됩니까|되죠|되는지|될까요)|"
    r"(?<!수\s)(?<!수)(?:가능해요|가능한가요|가능합니까|가능\??$)"
)
# The expense side named: then the staff rule is the one asked about.
_EXPENSE_SIDE = re.compile(
    r"\b(?:reimburs\w*|refund\w*|claim\w*|expens\w*|allowances?|per\s*diems?|mileage|"
    r"stipends?|receipts?|compensat\w*|paid\s+back|pay\s+(?:me\s+)?back|covered|cover|"
    r"caps?|limits?|budget|travel\w*|trips?|business|submit\w*|deadlines?|approv\w*|"
    r"polic(?:y|ies)|rules?|handbook|guidelines?|employees?|staff)\b|"
    r"경비|정산|청구|환급|환불|돌려|지원|보상|영수증|한도|출장|업무|회사|비용\s*처리|규정|직원|"
    # A sum asked ("식대 얼마까지 돼요?"), or a fee as the subject ("주차비 돼요?",
    # "술값도 돼요?", "택시비 받을 수 있어요?": paid back?).
    r"얼마|몇|까지|식대|수당|일비|"
    r"\S(?:비|값|료)\s*(?:[이가은는도을를]\s*)?(?:돼|되|가능|나와|나오|받|처리)",
    re.IGNORECASE,
)


def asks_for_a_facility(question: str) -> bool:
    """Whether the question asks if the place has or offers a thing, not its expense.

    "you got parking?", "is there wifi", "주차 돼요?" read; "is parking reimbursed",
    "can i claim tolls", "주차비 청구돼요?" (the expense side named) do not.
    """
    if not use_facility_question or _EXPENSE_SIDE.search(question):
        return False
    if travel_setting_terms(question):  # "... when I drive to a client": a work trip
        return False
    return bool(_EN_FACILITY.search(question) or _KO_FACILITY.search(question.strip()))


def asks_at_a_care_visit(question: str) -> bool:
    """Whether the question is set at the asker's own visit to a place of care."""
    if _WORK_TRIP.search(question) or travel_setting_terms(question):
        return False
    return bool(_EN_VISIT.search(question) or _KO_VISIT.search(question))


def is_staff_expense_rule(passage: Passage) -> bool:
    """Whether the passage belongs to a staff travel or expense policy (by its title)."""
    title = passage.heading.split(" > ")[0]
    return bool(_STAFF_EXPENSE_TITLE.search(title))


def passages_for_a_visit(
    question: str, passages: list[Passage]
) -> tuple[list[Passage], list[Passage]]:
    """The passages that may answer, and the staff expense rules dropped from them.

    Args:
        question: The question as searched.
        passages: The retrieved passages, best first.

    Returns:
        ``(passages, [])`` normally; for a question set at a care visit, or asking
        whether the place has a facility (:func:`asks_for_a_facility`), the passages
        without those of a staff travel or expense policy, and those. When any was
        dropped, only a quoted sentence of the rest may answer: the caller declines
        rather than have a model compose from the clinic's other lines.
    """
    if not use_visit_setting:
        return passages, []
    if not (asks_at_a_care_visit(question) or asks_for_a_facility(question)):
        return passages, []
    dropped = [p for p in passages if is_staff_expense_rule(p)]
    return [p for p in passages if not is_staff_expense_rule(p)], dropped
