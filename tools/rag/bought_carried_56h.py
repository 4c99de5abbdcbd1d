"""'술 사가도 돼요?' asks whether one may bring in what one bought: 사서 가져가도.

Blind set 47: "술은 저희가 사가도 되나요?" (may we buy the drinks ourselves and bring them?)
was answered from the pharmacy guide's "술을 자주 마시는 분은 … 약사와 상담하세요": the
permission question's verb is the serial 사 가다 (buy and go), whose last verb 가 is light,
so no asked act was read (tools.rag.asked_act leaves light verbs alone) and any sentence
naming 술 could answer. "사 가다" / "사 오다" is bringing in something bought, the act a
venue's rule writes as 가져가다 / 가져오다 / 반입; spelled "사서 가져가도", the act is read
and a sentence ruling on no bringing is screened as the other forms of it are.

Only the verb 사 standing as a word of its own (after a space or at the start), directly
before 가/와/오 and a connective or permissive ending: 사과, 사가지고 (having bought),
사오정, 약사 and 회사가 are left alone.
"""

from __future__ import annotations

import re

__all__ = ["with_bought_carried_spelled"]

# "사가도", "사 가도", "사와도", "사 오면", "사가면": 사 and a go/come verb, then an ending.
_BOUGHT_CARRIED = re.compile(r"(?:(?<=\s)|^)사\s?(?P<verb>가|와|오)(?=도|면|서|야|려|고|는|\s*돼)")
_CARRIED = {"가": "가져가", "와": "가져와", "오": "가져오"}


def with_bought_carried_spelled(question: str) -> str:
    """``question`` with "사가도" written "사서 가져가도" (and 사와/사오 likewise).

    >>> with_bought_carried_spelled("술은 저희가 사가도 되나요?")
    '술은 저희가 사서 가져가도 되나요?'
    >>> with_bought_carried_spelled("사과 가져가도 돼요?")
    '사과 가져가도 돼요?'
    """
    return _BOUGHT_CARRIED.sub(lambda m: f"사서 {_CARRIED[m['verb']]}", question)
