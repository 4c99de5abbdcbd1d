"""A service's price, a service offered, or a follow-up on an own rule asks the organisation.

agents.own_facts_55o ends a step at "the documents do not cover this" when the question
asks a fact of the organisation itself, since general knowledge cannot hold it. Three forms
fell past it, and the model's text after the decline stated the clinic's facts:

- the price of a service asked with no place named: "독감 예방접종 가격 얼마에요",
  "수면내시경 하면 얼마예요?", "how much is a flu shot" — in a workspace whose documents
  are the organisation's, that asks its price (the model wrote "보통 3~4만 원입니다");
- a service the asker would get: "독감 주사도 맞을 수 있어요?", "do you do flu shots",
  "can the doctor write my sick note in English" — what this place offers;
- an elliptic follow-up ("and if I share the room?", "지방이면요?") in a thread whose
  previous question asked the organisation's own rule: it asks the same rule.

A general-knowledge question stays with the model: "독감 예방접종은 왜 매년 맞아요?"
(a reason), "how does an MRI work", a price with a place or a norm named ("미국에서",
"usually", "on average"), a figure to compute, a person or a condition who may receive
something ("임산부도 독감 주사 맞을 수 있어요?" asks whether one may, anyone's question).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["asks_own_price", "asks_own_service", "asks_staff_act", "follows_own_rule"]

# Off only to show what each rule changes (their tests switch them off).
use_own_price = True
use_own_service = True
use_own_thread = True

# A place, a norm or a comparison named: the price is then not this organisation's.
_ELSEWHERE = re.compile(
    r"에서|보통|평균|대략|일반적|대체로|다른\s*(?:병원|곳|데)|시세|해외|외국|미국|한국|"
    r"\b(?:in|at|near)\s+(?!the\s+clinic\b|your\b|this\b)[a-z]+|\b(?:usually|typically|"
    r"average|normally|generally|roughly|elsewhere|other\s+(?:clinics?|hospitals?|places?))\b",
    re.IGNORECASE,
)
# What a "how much" measures other than a price: "혈압 정상 수치가 얼마예요?", "키가 얼마야".
_MEASURES = frozenset(
    {
        *("수치", "정상", "기준", "나이", "키", "몸무게", "체중", "혈압", "혈당", "체온"),
        *("온도", "농도", "용량", "양", "거리", "시간", "확률", "비율", "점수", "환율"),
        *("답", "정답", "합", "결과", "차이", "속도", "높이", "길이", "무게", "칼로리"),
        # A computed amount or a thing pointed at: "그럼 부가세는 얼마야?", "남는 건 얼마야?".
        *("부가세", "세금", "합계", "총액", "총", "잔액", "나머지", "거스름돈", "차액", "이자"),
        *("남는", "남은", "건", "거", "것", "이거", "그거", "저거", "이건", "그건", "저건"),
    }
)
_KO_PRICE = re.compile(
    # "독감 예방접종 가격 얼마에요", "수면내시경 하면 얼마예요?", "MRI 찍으면 얼마 나와요?"
    r"^\s*(?P<thing>[가-힣A-Za-z][가-힣A-Za-z\s]{0,30}?)\s*"
    r"(?:(?:하|받|맞|찍)(?:으면|면|려면|는\s*데|는데)\s*)?"
    r"얼마(?:예요|에요|이에요|인가요|입니까|야|죠|지요|일까요|나\s*(?:해요|하나요|들어요|"
    r"드나요|나와요|나오나요)|\s*(?:해요|하나요|들어요|드나요|나와요|나오나요|정도\s*"
    r"(?:해요|예요|에요|인가요|들어요|나와요)))\s*[?？.!~]*\s*$"
)
_KO_PARTICLE = re.compile(r"(?:은|는|이|가|도)$")
_EN_PRICE = re.compile(
    # "how much is a flu shot", "how much does an MRI cost", "what's the price of a scan".
    # ("how much do I need to sleep" asks an amount: a "do" form must say "cost".)
    r"^\W*(?:and\s+|so\s+)?(?:how\s+much\s+(?:is|are|would\s+be|will\s+be)\s+"
    r"(?P<a>[a-z][a-z\s-]{1,40}?)|how\s+much\s+(?:does|do|would|will)\s+"
    r"(?P<d>[a-z][a-z\s-]{1,40}?)\s+cost|"
    r"what(?:'s|\s+is|\s+does)\s+(?:the\s+)?(?:price|cost|fee)\s+(?:of|for)\s+"
    r"(?P<b>[a-z][a-z\s-]{1,40}?)|how\s+much\s+for\s+(?P<c>[a-z][a-z\s-]{1,40}?))"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# What a "how much is" measures other than a price: a unit, a dose, what is left over.
_EN_NOT_PRICE = re.compile(
    r"\b(?:weigh|worth|sleep|water|caffeine|sugar|salt|dose|dosage|too|enough|should|"
    r"can\s+i|need|take|drink|eat|left|remaining|total|change|tip|tax|difference|each|"
    r"per\s+person|years?|cups?|(?:table|tea)?spoons?|pounds?|ounces?|gallons?|pints?|"
    r"miles?|acres?|kilos?|kilograms?|grams?|lit(?:re|er)s?|met(?:re|er)s?|feet|foot|"
    r"inch(?:es)?|yards?|tons?|tonnes?|calories?|bytes?|megabytes?|gigabytes?|degrees?)\b",
    re.IGNORECASE,
)
# A word problem or a thread's referent in the thing priced: "김밥 세 줄이면 얼마야",
# "그걸 열두 달로 나누면", "그 다음엔 얼마예요?" — computed or the thread's, not a service.
_KO_NOT_A_SERVICE = re.compile(
    r"^(?:[일이삼사오육칠팔구십백천만억]+원\S*|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|"
    r"스무|그|이|저|그럼|그러면|그리고|다음|다음엔|그다음|그다음엔)$|짜리|씩|당$|면$"
)


def asks_own_price(question: str) -> bool:
    """Whether a question asks the price of a service with no other place named.

    Args:
        question: The step's question.

    Returns:
        True for "독감 예방접종 가격 얼마에요", "수면내시경 하면 얼마예요?", "how much
        is an MRI"; False for "타이레놀 얼마나 먹어요?", "혈압 정상 수치가 얼마예요?",
        "미국에서 MRI 얼마예요?", "how much does an MRI usually cost", "10 곱하기 3은 얼마야".
    """
    if not use_own_price or re.search(r"\d", question) or _ELSEWHERE.search(question):
        return False
    ko = _KO_PRICE.search(question)
    if ko is not None:
        raw = ko.group("thing").split()
        if any(_KO_NOT_A_SERVICE.search(w) for w in raw):
            return False
        words = [_KO_PARTICLE.sub("", w) for w in raw]
        return bool(words) and not _MEASURES & set(words)
    en = _EN_PRICE.search(question)
    if en is None:
        return False
    thing = en.group("a") or en.group("b") or en.group("c") or en.group("d") or ""
    return not _EN_NOT_PRICE.search(thing)


# Who or what may receive something: "임산부도 … 맞을 수 있어요?" asks whether one may.
_RECEIVERS = re.compile(
    r"임산부|임신|수유|아이|아기|애기|어린이|소아|노인|어르신|환자|감기|열\s*나|당뇨|고혈압|"
    r"알레르기|알러지|먹고|마시고|걸렸|있으면|있는데|후에|전에|같이|동시에|매년|왜|언제|"
    r"몇\s*(?:번|살|개월|년)|어떻게|얼마나|무슨|어떤|뭐"
)
_KO_SERVICE = re.compile(
    # "독감 주사도 맞을 수 있어요?", "대상포진 예방주사 맞을수 있어요?", "건강검진 받을 수 있나요?"
    r"^\s*[가-힣A-Za-z][가-힣A-Za-z\s]{0,24}?(?:도|은|는)?\s*(?:맞|받)을\s*수\s*"
    r"(?:있어요|있나요|있을까요|있습니까|있어|있죠|있는지요|있는지)\s*[?？.!~]*\s*$"
)
# Staff of the organisation asked to do something for the asker: "선생님이 영어로 소견서
# 써 주실 수 있어요?", "원장님께서 진단서 떼 주시나요?".
_KO_STAFF_FOR_ME = re.compile(
    r"(?:의사\s*선생님|선생님|원장님|간호사\s*선생님|간호사님|약사님|직원분)(?:이|께서|이\s*혹시)?\s+"
    r"[^?]*?(?:써|해|떼|봐|발급해|처방해|작성해)\s*(?:주실|주시|줄|주나요|줘요|주세요|주셔)"
)
_EN_SERVICE = re.compile(
    # "do you do flu shots", "do you guys perform sleep endoscopy".
    r"\b(?:do|does|can|could|will)\s+(?:you|u|y'?all)\s+(?:guys\s+)?(?:do|offer|perform|"
    r"provide|administer|carry\s+out)\s+(?!(?:me|us|it|that|this|those|these|math|maths|"
    r"calculations?|homework|translations?|summar(?:y|ies)|essays?|code|coding|"
    r"programming|writing|poems?|stories|jokes?|requests?|anything|everything|stuff|"
    r"research|reviews?|proofreading|edits?|editing)\b)[a-z]+",
    re.IGNORECASE,
)
_EN_STAFF = re.compile(
    # The organisation's own staff, named with "the" or "your": "can the doctor write my
    # sick note", "will your nurse call me" ("can a doctor tell …" is anyone's).
    r"\b(?:can|could|will|would|does|do|is|are)\s+(?:the|your)\s+(?:doctors?|nurses?|"
    r"staff|pharmacists?|physicians?|dentists?|receptionists?|front\s+desk|reception)\s+"
    r"(?!(?:usually|normally|generally|typically)\b)[a-z]+",
    re.IGNORECASE,
)


def asks_staff_act(question: str) -> bool:
    """Whether a question asks what the organisation's staff do for the asker.

    "can the doctor write my sick note" asks the doctor's writing, not the assistant's:
    agents.own_facts_55o does not let its "write" pass as a request to compose.

    Args:
        question: The step's question.

    Returns:
        True for "can the doctor write my sick note in english", "원장님께서 소견서 써
        주실 수 있나요?"; False for "write my sick note", "can a doctor tell from an x-ray".
    """
    if not use_own_service:
        return False
    return bool(_EN_STAFF.search(question) or _KO_STAFF_FOR_ME.search(question))


def asks_own_service(question: str) -> bool:
    """Whether a question asks what the organisation offers or its staff do for the asker.

    Args:
        question: The step's question.

    Returns:
        True for "독감 주사도 맞을 수 있어요?", "do you do flu shots", "can the doctor
        write my sick note in english"; False for "임산부도 독감 주사 맞을 수 있어요?",
        "독감 예방접종은 왜 매년 맞아요?", "do you do translations", "can a doctor tell
        from an x-ray".
    """
    if not use_own_service:
        return False
    if _KO_SERVICE.search(question) and not _RECEIVERS.search(question):
        return True
    return asks_staff_act(question) or bool(_EN_SERVICE.search(question))


# A follow-up that leans on the turn before ("and if …", "what about …", "지방이면요?").
_ELLIPTIC = re.compile(
    r"^\W*(?:and|but|or|so|what\s+about|how\s+about|what\s+if|and\s+what\s+if|"
    r"same\s+(?:for|if)|even\s+if|if)\b|"
    r"^\s*(?:그럼|그러면|그리고|근데|그런데|만약)\b|(?:면요|은요|는요|이면요|라면요|도요)\s*[?？]*\s*$",
    re.IGNORECASE,
)


def follows_own_rule(question: str, earlier: Sequence[str], asks_own: bool) -> bool:
    """Whether an elliptic follow-up continues a question of the organisation's own rule.

    Args:
        question: This turn's question.
        earlier: The user's earlier questions in this conversation, oldest first.
        asks_own: Whether the previous question asked a fact of the organisation
            (``agents.own_facts_55o.asks_own_fact`` of it; passed in to avoid a cycle).

    Returns:
        True for "and if I share the room with a coworker?" after "how much can I claim
        for a hotel night"; False for a question that stands alone, or a follow-up after
        a general-knowledge question ("임산부도 먹어도 돼요?" after a dose).
    """
    if not use_own_thread or not earlier or not asks_own:
        return False
    return bool(_ELLIPTIC.search(question))
