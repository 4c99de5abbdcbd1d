"""The units of time a figure is written with, Korean and English, in one place.

A duration ("20분", "3 hours"), a period allowed ("for 14 days") and the scale a
question's counter asks ("몇 분" asks minutes, not days) are all read by a figure and one
of these closed-class units. They were spelled out separately in several modules and had
drifted (one knew "hrs", another "secs", one knew that 분기 is a quarter, not a minute).
"""

from __future__ import annotations

import re

__all__ = [
    "EN_LONG_UNIT",
    "EN_SHORT_UNIT",
    "EN_TIME_UNIT",
    "KO_BUSINESS_DAYS",
    "KO_LONG_UNIT",
    "KO_SHORT_UNIT",
    "KO_TIME_UNIT",
    "NOT_A_PORTION",
    "TIME_FROM_EVENT",
    "asks_deadline",
]

# Within a day. 분기 is a quarter of a year, not a minute.
KO_SHORT_UNIT = r"(?:초|분(?!기)|시간)"
# A day or longer.
KO_LONG_UNIT = r"(?:일|주일?|개월|달|년)"
KO_TIME_UNIT = rf"(?:{KO_SHORT_UNIT}|{KO_LONG_UNIT})"
# Days counted on the calendar of a business: "5영업일 안에", "3 근무일".
KO_BUSINESS_DAYS = r"(?:영업|근무)\s*일"
# After a Korean unit, 분 makes a portion, not a length: "4주분 가운데" is four weeks' worth
# of deliveries, "3일분" of medicine; "2주일분" is not "2주" followed by 일.
NOT_A_PORTION = r"(?!일?분)"
# The long spelling before its short one: "minutes" is not "min" followed by "utes".
EN_SHORT_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)"
EN_LONG_UNIT = r"(?:days?|weeks?|months?|years?)"
EN_TIME_UNIT = rf"(?:{EN_SHORT_UNIT}|{EN_LONG_UNIT})"
# A time counted from an event states when, as a clock time does: "예약 시작 3시간 전까지
# 취소하면" says by when to cancel, "24 hours before departure" when a refund ends. The
# number and its unit alone ("3시간", "24 hours") are a duration; the 전/후/before/after
# that follows anchors them to a moment.
TIME_FROM_EVENT = (
    rf"\d+(?:[.,]\d+)?\s*{KO_TIME_UNIT}\s*(?:전|후|뒤)|"
    rf"\b\d+(?:[.,]\d+)?(?:\s*|-){EN_TIME_UNIT}\s+(?:before|after|prior to|in advance)\b"
)
# A question for a deadline or a lead time ("언제까지 취소해야", "by when", "how far in
# advance"): only such a question is answered by a time counted from an event. "What are
# the clinic's hours?" is not answered by "예약 시간 10분 전까지 도착해 주세요".
_ASKS_DEADLINE = re.compile(
    # "언제부터 예약할 수 있어요?" asks when a window opens: "7일 전부터" answers it.
    r"까지|전에|미리|마감|언제부터(?=.*수\s*(?:있|없))|"
    r"\b(?:by when|until when|till when|deadline|in advance|ahead of time|how early|"
    r"how late|how long before|how soon|latest|last minute|before)\b",
    re.IGNORECASE,
)


def asks_deadline(question: str) -> bool:
    """Whether the question asks by when, or how long before an event, something is done."""
    return bool(_ASKS_DEADLINE.search(question))
