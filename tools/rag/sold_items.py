""" "X 팔아요?" asks whether X is for sale: a sentence naming X in another role does not say.

Why: "연습장에서 골프공 따로 팔아요?" (does the range sell golf balls?) was answered with "공을
타석 밖으로 가져가거나 다른 타석으로 쳐 보내는 행위는 금지합니다." (blind set 31): the
sentence names the balls and forbids taking them away; nothing in it sells anything. The
English "do you sell X?" frame has its own screen (:mod:`tools.rag.offered_services`
leaves "sell" to the acceptance words); a Korean question asking whether something is sold
(팔아요, 파나요, 판매하나요) is answered only by a sentence naming a sale or a purchase
(팔다, 판매, 구매, 구입, "sell", "buy") or a price (a sum in won, dollars or pounds: a
priced row offers the thing). Closed-class only: those verbs and the currency forms.
"""

from __future__ import annotations

import re

__all__ = ["asks_if_sold", "names_no_sale"]

# 팔아요, 파나요, 파시나요, 파는지, 팔죠, 판매하나요, 판매해요, 판매도 하나요: asking whether they
# sell. Not "팔아도 되나요" (may I sell mine?), a permission the asked-act screen reads.
_ASKS = re.compile(
    r"(?<![가-힣])(?:팔아(?:요|용|여)|팔죠|파나|파시|파는지|파세요)|"
    r"판매\s*(?:도\s*)?(?:하나|하시|하세|하는지|해요|되나|돼요|합니까)"
)
_STATES = re.compile(
    r"팔(?:아|고|지|리|려|립|면|ㅂ)|파는|팝니다|판매|구매|구입|사\s*가|사\s*갈|살\s*수|"
    r"\bsell\w*|\bsold\b|\bbuy\w*|\bpurchas\w*|\bfor sale\b|"
    r"\d[\d,.]*\s*(?:만\s*)?원|[$£€₩]\s*\d",
    re.IGNORECASE,
)


def asks_if_sold(question: str) -> bool:
    """Whether a Korean question asks whether something is for sale."""
    return bool(_ASKS.search(question))


def names_no_sale(question: str, sentence: str) -> bool:
    """Whether ``sentence`` cannot say if the thing asked about is sold.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks whether something is sold and the sentence names no
        sale, purchase or price.
    """
    return asks_if_sold(question) and not _STATES.search(sentence)
