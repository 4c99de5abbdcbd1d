"""A Korean question's "병원이 …해 줘요?" names the organisation the documents speak as.

"사보험 있으면 병원이 보험사에 바로 청구해줘요?" asks whether the clinic bills the insurer.
The English FAQ answers as the clinic itself: "We do not bill private insurers directly."
Its passage never writes a word for clinic, so the passage screens took 병원 (held by the
collection elsewhere) for a topic the passage lacks and left it unquotable. A question
whose subject is the kind of place the asker is dealing with, doing something for the
asker (N이/가/에서 … 해 줘요 / 해 주나요 / 받아 주나요), asks what the organisation does; a
passage speaking as that organisation ("we", "our", "저희") names it in the first person.

The rule, closed class only: such a place noun (병원, 의원, 약국, 회사, 가게, 센터, 학원,
은행) is weighed as context, not as a topic, when a retrieved passage speaks in the first
person plural. Nothing else of the question is excused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.models import Passage

__all__ = ["speaking_organisation_terms"]

_PLACE = r"(?P<place>병원|의원|약국|회사|가게|센터|학원|은행|매장)"
# "병원이 … 청구해줘요?", "병원에서 … 해 주나요?", "약국에서 받아 주나요?".
_DOES_FOR_ASKER = re.compile(
    _PLACE + r"(?:이|가|에서|은|는)\s.*?(?:해|어|아|여)\s*(?:줘|주나|주시|줍니|주세|줄\s*수)"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b|저희", re.IGNORECASE)


def speaking_organisation_terms(question: str, passages: Sequence[Passage]) -> frozenset[str]:
    """The place noun that names the organisation a passage speaks as, or nothing."""
    m = _DOES_FOR_ASKER.search(question)
    if m is None or not any(_FIRST_PERSON.search(p.text) for p in passages):
        return frozenset()
    return frozenset({m.group("place")})
