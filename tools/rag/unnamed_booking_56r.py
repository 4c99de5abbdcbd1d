"""A Korean booking question naming no place is put to the user's own documents (docwrongs56).

"예약 안하고 가도 돼요?" and "예약취소 언제까지 해야되요" (held-out 46, over a blood donation
centre's guide) were answered with the sample clinic's booking rules, the second quoting
the clinic's deadline first and the centre's after it. Like opening hours
(:mod:`tools.rag.unnamed_owner_53h`), booking is a place's own practice: a question about it
that names no place asks it of the place the asker has in mind, one of the user's own
documents, not the demonstration clinic shipped with the app.
:mod:`tools.rag.addressed_place_52x` then decides as it does for "you" questions.

Only the user's documents written in Korean may take such an answer over: a Korean
question about booking put to the suite's English expense policy would otherwise be
answered with "Book through the travel desk" (a hotel's booking), where the sample clinic
was what the asker meant. With no Korean document of theirs stating it, the samples answer
as before.
"""

from __future__ import annotations

import re

from tools.rag.textutil import detect_script
from tools.rag.unnamed_facility_65x import asks_facility_naming_no_place
from tools.rag.unnamed_owner_53h import names_no_place

__all__ = ["asks_booking_naming_no_place", "own_documents_in_question_script"]

# 예약 (a booking) and its changes; 예매 (tickets bought ahead) is a booking too.
_BOOKING = re.compile(r"예약|예매")
# The word holding it ("예약취소", "예약은") and the change made to it ("예약 취소는"): no
# place, though 취소 ends as 연구소 does.
_BOOKING_WORD = re.compile(r"\S*(?:예약|예매)\S*(?:\s+(?:취소|변경)\S*)?")


def asks_booking_naming_no_place(question: str) -> bool:
    """Whether a Korean question asks about booking and names no place ("예약 없이 가요?")."""
    return (
        detect_script(question) == "ko"
        and _BOOKING.search(question) is not None
        and names_no_place(_BOOKING_WORD.sub(" ", question))
    )


def own_documents_in_question_script(
    question: str, stating: list[str], written: list[str]
) -> list[str]:
    """The user's documents that may answer: for a Korean booking question, only Korean ones.

    Args:
        question: The user's question.
        stating: The user's documents stating it (any language).
        written: Those of them written in the question's script.

    Returns:
        ``written`` for a Korean booking question naming no place, and for one about a
        place's parking, shuttle or storage (:mod:`tools.rag.unnamed_facility_65x`)
        (possibly empty: the samples answer); otherwise ``written`` or, when empty,
        ``stating``.
    """
    if asks_booking_naming_no_place(question) or asks_facility_naming_no_place(question):
        return written
    return written or stating
