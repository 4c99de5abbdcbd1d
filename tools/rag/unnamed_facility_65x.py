"""A Korean question about a place's parking, shuttle or storage naming no place (doc65).

"주차 무료시간 지나면 요금 얼마씩 나와" (held-out 55, over a dental clinic's guide whose
section 8 states its own car park's free time and fee) was answered with the bundled sample
clinic's parking sentence ("1시간이 지나면 10분마다 500원의 요금이 붙습니다"): the question
names no place, and the sample ranked first. Like opening hours
(:mod:`tools.rag.unnamed_owner_53h`) and booking (:mod:`tools.rag.unnamed_booking_56r`), a
place's car park, shuttle bus and cloakroom are the place's own: a question about one that
names no place asks it of the place the asker has in mind, one of the user's own documents,
not the demonstration clinic shipped with the app. :mod:`tools.rag.addressed_place_52x` then
decides as it does for "you" questions: only a document holding every topic of the question
and a sentence of the asked kind takes the answer over; several are named and asked about.

As for booking, only the user's documents written in Korean may take such an answer over
(:func:`tools.rag.unnamed_booking_56r.own_documents_in_question_script`): a Korean question
put to an English gym's "Parking is free for up to 3 hours" may be meant for the sample
clinic as well. With no Korean document of theirs stating it, the samples answer as before.
"""

from __future__ import annotations

import re

from tools.rag.textutil import detect_script
from tools.rag.unnamed_owner_53h import names_no_place

__all__ = ["asks_facility_naming_no_place"]

# The place's own facilities a visitor uses: its car park (주차, 주차장, 주차권, 발렛), its
# shuttle bus (셔틀, 셔틀버스) and its storage for visitors' things (짐 보관, 물품보관,
# 보관함, 사물함, 락커).
# Not 보관 alone: "약은 어디에 보관해야 하나요?" asks how to keep one's medicine.
_FACILITY = re.compile(
    r"주차|발렛|셔틀|(?:짐|물품|수하물|가방|캐리어)\s*보관|보관함|사물함|락커|라커"
)
# The word holding it ("주차비", "짐보관은", "짐 보관"): no place, though 보관 ends as
# 도서관 does and 주차장 as 수영장 does.
_FACILITY_WORD = re.compile(
    r"\S*(?:주차|발렛|셔틀|(?:짐|물품|수하물|가방|캐리어)\s*보관|보관함|사물함|락커|라커)\S*"
)


def asks_facility_naming_no_place(question: str) -> bool:
    """Whether a Korean question asks about a place's parking, shuttle or storage, naming none.

    Args:
        question: The user's question.

    Returns:
        True for "주차 무료시간 지나면 요금 얼마씩 나와" and "짐 보관 얼마예요"; False for
        "치과 주차 몇 시간 무료예요?" (names its place) and for English questions
        (:mod:`tools.rag.addressed_place_52x`'s own rules).
    """
    return (
        detect_script(question) == "ko"
        and _FACILITY.search(question) is not None
        and names_no_place(_FACILITY_WORD.sub(" ", question))
    )
