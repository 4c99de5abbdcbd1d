"""Whether one still has to pay is answered only by a sentence about paying (doc65).

"im moving abroad, do i still have to pay the rest of my 12 months" (held-out 55, over a
gym's membership terms) was answered "We may raise prices once in any 12 months, with at
least 30 days' notice.": "12 months" matched, and the sentence says when prices change,
not whether the asker pays the rest of a term. The terms state both the obligation ("If
you cancel during a minimum term, you pay the remaining months") and its exception ("you
can leave a minimum term early without paying the remaining months if you move more than
25 miles ...").

A question asking whether the asker must pay (an obligation: "do i (still) have to pay",
"will i be charged", "do i owe", "위약금 내야 돼?", "돈 물어야 하나요?") is answered only by a
sentence that states a payment or its absence: a paying verb (pay, charged, owe, waived,
free, refund; 내다, 납부, 부과, 면제, 무료, 환불, 배상), a charge's noun (fee, penalty; 요금,
위약금, 입장료) or a sum (£10, 5,000원). Any other sentence, however well it matches the rest
of the question, is no answer and the documents decline.
"""

from __future__ import annotations

import re

__all__ = ["asks_pay_obligation", "obligation_unstated", "states_payment"]

# The obligation asked: must the asker (or someone of theirs) pay, be charged, owe.
_EN_OBLIGATION = re.compile(
    r"\b(?:have|has|need|needs|got|gotta)\s+(?:to\s+)?(?:still\s+)?pay\b"
    r"|\b(?:must|should)\s+(?:i|we|you|they|he|she)\s+(?:still\s+)?pay\b"
    r"|\b(?:be|get|gets|getting|being)\s+(?:still\s+)?(?:charged|billed)\b"
    r"|\b(?:do|does|will|would)\s+(?:i|we|you|they|he|she)\s+(?:still\s+)?owe\b"
    r"|\b(?:am|are|is)\s+(?:i|we|they|he|she)\s+(?:still\s+)?liable\b",
    re.IGNORECASE,
)
# 돈 내야 돼요, 요금 또 내야 하나요, 물어내야 돼요; 위약금 (a penalty) asked. 내다 alone is
# handing in as often ("진단서 내야 해요?": a sick note): only money's own word before it
# (돈, 요금, 비용, -비, -료, -금) makes it paying.
_KO_OBLIGATION = re.compile(
    r"(?:돈|요금|비용|[가-힣]비|[가-힣]료|(?!지금)[가-힣]금)(?:을|를|은|는|도|이|가)?\s*"
    r"(?:(?:또|따로|다|더|전부|계속|그대로)\s*)?"
    r"(?:내|지불해|납부해|결제해|부담해)야\s*(?:돼|되|해|하|함|됨|할)"
    r"|(?:물어내|변상해|배상해)야\s*(?:돼|되|해|하|함|됨|할)"
    r"|위약금|(?:요금|비용|돈)\S*\s*(?:부과|청구)\s*(?:돼|되)"
)
# A payment stated, or its absence: the verb, a charge's noun, or a sum.
_STATES_PAYMENT = re.compile(
    r"\b(?:pay|pays|paid|paying|payable|payments?|charge[sd]?|charging|bill(?:ed)?|owe[sd]?"
    r"|owing|liable|free|waived?|refund\w*|fees?|fines?|penalt(?:y|ies)|deposits?)\b"
    r"|[£$€¥₩]\s?\d|\d\s?(?:pounds|dollars|euros|won)\b"
    r"|내(?:야|셔야|시면|시고|지|고|면|시는)|납부|지불|부과|청구|면제|무료|공짜|위약금|환불|돌려"
    r"|배상|변상|부담|결제|요금|비용|\d\s*원|만\s*원"
    r"|(?:입장|이용|수수|사용|관람|대여|연체|가입|수강|진료|보관|주차|배송|등록|취소)료"
    r"|(?:예약|보증|계약|벌|추가|입회|가입|환불|잔)금"
    r"|(?:주차|설치|등록|교통|출장|수리|배송|진료|회|참가|입장|이용|관리|재료|식|숙박|수강)비",
    re.IGNORECASE,
)
# The charge a Korean question names ("특별활동비 내야돼요?", "입회금도 내야 하나요"): a
# sentence or table row holding it states that charge ("| 특별활동비 | 없음 | …").
_KO_CHARGE_NOUN = re.compile(r"[가-힣]{1,8}(?:비|료|금)(?=[을를은는이가도만]|\s|$|[?？])")
# Off only in the test that shows what the rule changes.
use_pay_obligation = True


def asks_pay_obligation(question: str) -> bool:
    """Whether the question asks if the asker must (still) pay, in either language.

    Args:
        question: The step text.

    Returns:
        True for "do i still have to pay the rest of my 12 months", "will i be charged if i
        cancel", "위약금 내야 돼요?"; False for "how do i pay", "can i pay by card",
        "요금 얼마예요" (no obligation asked) and "진단서 내야 해요?" (handing in).
    """
    if not use_pay_obligation:
        return False
    return bool(_EN_OBLIGATION.search(question) or _KO_OBLIGATION.search(question))


def states_payment(sentence: str, question: str = "") -> bool:
    """Whether a quoted sentence states a payment, a charge or their absence.

    Args:
        sentence: The quoted sentence (or table row).
        question: The question; a charge it names (특별활동비) held by the sentence states it.
    """
    if _STATES_PAYMENT.search(sentence):
        return True
    return any(m.group(0) in sentence for m in _KO_CHARGE_NOUN.finditer(question))


def obligation_unstated(question: str, sentence: str) -> bool:
    """Whether ``sentence`` answers a must-I-pay question without stating any payment."""
    return asks_pay_obligation(question) and not states_payment(sentence, question)
