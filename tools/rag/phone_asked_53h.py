"""A phone number asked for is answered only by a sentence holding one.

"한복집 전화번호 알려주세요" was answered with "미리 전화로 알려 주시면 첫 30분은 받지
않습니다" (blind set 44): the sentence shares 전화 and 알려 with the question and was the
best lexical match, but it holds no number to call, while the contact list's "전화: 02-…"
line does. The form is the e-mail one (tools.rag.email_asked_43d): a question asking for
the number itself ("전화번호 알려주세요", "연락처 뭐에요", "whats your phone number",
"number to call") is answered by a sentence holding a phone number, never by one that only
mentions calling.
"""

from __future__ import annotations

import re

from tools.phone_number_asked import asks_phone_number

__all__ = ["asks_for_phone_number", "contact_line_for_figure", "misses_phone_number"]

_NUMBER_ASKED = re.compile(
    # "전화번호 알려주세요", "전화번호가 뭐예요", "연락처 좀", "전번 뭐임": the number itself.
    r"(?:전화\s*번호|연락처|전번)\s*(?:은|는|이|가|좀|를|을)?\s*"
    r"(?:알려|뭐|몇|어떻게|어디|있|주세요|\?|？|$)|"
    # "phone number", "contact number", "number to call", "whats ur tel".
    r"\b(?:phone|telephone|contact|tel\.?)\s*(?:no\.?|number|#)(?=\s|[?？.!]|$)|"
    r"\bnumber\s+(?:to|i\s+can|we\s+can|should\s+i)\s+(?:call|ring|phone)\b",
    re.IGNORECASE,
)
# Changing or giving one's own number is no request for the organisation's number.
_OWN_NUMBER = re.compile(
    r"\b(?:my|our)\s+(?:phone|contact|mobile)\s+number|"
    r"\b(?:change|update|give|leave)\s+(?:my|our|a|the)?\s*(?:phone|contact)?\s*number|"
    r"(?:제|내|저의|우리)\s*(?:전화\s*번호|연락처)|(?:전화\s*번호|연락처)\s*(?:를|을)?\s*(?:바꾸|변경|남기|남겨)",
    re.IGNORECASE,
)
# "02-730-4821", "0113 496 0724", "+44 20 7946 0000", "1588-1234": digit groups joined by
# dashes or spaces (a time "09:00–18:00" or a price "15,000원" is none).
_PHONE = re.compile(
    # (a full stop after it ends the sentence: "… the phone number is 555-0100.")
    r"(?<![\d:.,])(?:\+\d{1,3}[\s-]?)?\(?\d{2,5}\)?[\s-]\d{3,4}(?:[\s-]\d{3,4})?(?![\d:,]|\.\d)"
)


def asks_for_phone_number(question: str) -> bool:
    """Whether the question asks for the organisation's phone number itself.

    Args:
        question: The user's question.

    Returns:
        True for "전화번호 알려주세요" or "whats your phone number"; False for "can I book by
        phone?" (whether calling is possible) and "how do I change my phone number".
    """
    if _OWN_NUMBER.search(question):
        return False
    return bool(_NUMBER_ASKED.search(question)) or asks_phone_number(question)


def misses_phone_number(question: str, sentence: str) -> bool:
    """Whether ``sentence`` holds no phone number where the question asks for one.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
    """
    return asks_for_phone_number(question) and not _PHONE.search(sentence)


# "24시간 주차 상황실: 031-777-2099", "24-hour helpline: 0800 555 0100 (free)": a contact
# line, a label and a number to call.
_CONTACT_LINE = re.compile(r"^\s*[-*•]?\s*(?P<label>[^:：]{1,60})[:：]\s*(?P<rest>.+?)\s*$")
_FIGURE_KINDS = frozenset({"duration", "amount", "count"})


def contact_line_for_figure(question: str, sentence: str, kind: str | None) -> bool:
    """Whether a contact line is offered for how long, how much or how many.

    Blind set 51: "주차장 분실물 경찰서에선 얼마나 보관해요?" was answered "24시간 주차 상황실:
    031-777-2099": the line's only length is the label's (a room staffed round the clock),
    and its other figures are the number to call. A line that is a label and a phone number
    (with at most a note in brackets) states no duration, amount or count of anything asked.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        kind: The answer type the question asks.
    """
    if kind not in _FIGURE_KINDS or asks_for_phone_number(question):
        return False
    m = _CONTACT_LINE.match(sentence)
    if m is None:
        return False
    rest = re.sub(r"\([^)]*\)", " ", m["rest"])
    return _PHONE.search(rest) is not None and not re.sub(_PHONE, " ", rest).strip(" ,;/")
