"""A share of a sum ("50%") is not the price a question asks of a thing.

Why this exists: "결혼식 부케 가격 얼마정도 해요?" (what does a wedding bouquet cost) was
answered with "결혼식 부케는 상담 후 제작하며, 예약할 때 예약금으로 50%를 먼저 받습니다."
(blind set 28): the sentence names the bouquet and a percentage, and a percentage passed
for a sum of money. A percentage is a share of some other sum (a deposit of half, a
refund of half, a rise of 30%): it says what a thing costs only relative to a price the
sentence does not give. So it answers a question about a share (a deposit, a refund, a
surcharge, a discount, a fee taken as a rate, "몇 프로") but not one asking the price of a
thing ("가격", "값", "price", "cost"). Closed-class only: the price nouns and the markers of
a relative figure, no list of goods.
"""

from __future__ import annotations

import re

__all__ = ["asks_whole_price", "is_share"]

# The question names the price of a thing: 가격, 값 (꽃값, 가격이), 비용, price, cost; and
# the charge a Korean noun names with -비, -료 or 요금 (수리비, 수강료, 주차 요금: what the
# repair, the course or the parking costs; blind set 29 priced a repair with "수리비의 50%").
_PRICE_NOUN = re.compile(
    r"가격|값|비용|요금|[가-힣][비료](?![가-힣])|[가-힣][비료](?=[은는이가을를도만의]|얼마)|"
    r"\b(?:price|prices|cost|costs|costing)\b",
    re.IGNORECASE,
)
# A relative figure is asked: part of a sum (deposit, refund, fee as a rate), a change to
# it (more, extra, off) or a rate itself (몇 프로, percent).
_ASKS_SHARE = re.compile(
    r"예약금|계약금|보증금|선금|위약금|환불|돌려|반환|수수료|할인|추가|더\s|더$|인상|오르|올라|"
    r"적립|이자|세금|부가세|프로|퍼센트|%|"
    r"\b(?:deposit|refund|back|fee|fees|extra|more|surcharge|discount|off|cheaper|"
    r"percent|percentage|rate|interest|tax|tip|commission|penalty|increase|rise)\b",
    re.IGNORECASE,
)
# A percentage written on its own: "50%", "30 percent", "50퍼센트".
_PERCENT = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*(?:%|percent|퍼센트|프로)\s*$", re.IGNORECASE)


def asks_whole_price(question: str) -> bool:
    """Whether the question asks the price of a thing, not a share of one.

    Args:
        question: The user's question.

    Returns:
        True when it names a price noun (가격, 값, 비용, price, cost) and nothing that
        asks for a part or a change of a sum.
    """
    return bool(_PRICE_NOUN.search(question)) and not _ASKS_SHARE.search(question)


def is_share(figure: str) -> bool:
    """Whether a sum as a sentence writes it is a percentage: a share, not a price."""
    return bool(_PERCENT.match(figure))
