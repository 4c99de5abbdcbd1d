"""The place an asked act happens at (병원에서 받다): the documents' own place, no topic.

"실손보험 청구하려면 병원에서 뭘 받아가야 돼요?" asks what to get for a claim; 병원에서
says where one gets it. Over the clinic's own English FAQ ("ask the reception desk for a
receipt and a detailed statement of charges"), the answering passage never writes
"clinic", and a place noun held as a topic ruled it out. The place is excused only when
every retrieved passage comes from a document that names it (in either language): then
each candidate is that place's own text, and no other place's rule can answer for it
("약국에서 카드 돼요?" keeps 약국 while the clinic's payment FAQ never names a pharmacy).
Only an institution is read so (병원, 약국, 주민센터: whose the documents are); a thing
or a room inside one is what is asked about ("무인발급기에서 인감증명서도 뽑을 수
있어요?" asks what the kiosk issues, which a passage on the counter does not say).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tools.rag.crosslingual import equivalents
from tools.rag.models import Passage

__all__ = ["owned_act_places"]

# The locative of a place: "병원에서", "은행에서" (not "에서부터": a starting point).
_AT = "에서"
# Institutions a document set belongs to, and whose own rules it states.
_INSTITUTIONS = frozenset(
    {
        *("병원", "의원", "약국", "치과", "한의원", "보건소", "은행", "우체국", "주민센터"),
        *("동사무소", "행정복지센터", "구청", "시청", "학교", "어린이집", "유치원", "학원"),
        *("회사", "도서관", "박물관", "미술관", "수영장", "헬스장", "체육관", "센터"),
    }
)


def _act_places(text: str, topic_terms: Sequence[str]) -> list[str]:
    return [
        t
        for t in topic_terms
        if t in _INSTITUTIONS and re.search(re.escape(t) + _AT + r"(?!부터)", text)
    ]


def owned_act_places(
    text: str,
    topic_terms: Sequence[str],
    passages: Sequence[Passage],
    mentions: Callable[[Passage, str], bool],
) -> frozenset[str]:
    """Places of the asked act (N에서) that every passage's document names."""
    if not passages:
        return frozenset()
    return frozenset(
        place
        for place in _act_places(text, topic_terms)
        if all(any(mentions(p, word) for word in equivalents(place)) for p in passages)
    )
