"""Whether a sentence states a duration on the scale a Korean question's counter asks.

"연간 회원은 한번에 몇분까지 탈 수 있어요?" asks for minutes: "Annual memberships can be
cancelled within 14 days" holds a duration, yet one of days, which answers another
question (how long a refund may be asked for). Counters of time are a closed class of
Korean grammar, and their English units too, so the check needs no document's words.
Units on one scale answer each other ("몇 분" by "1 hour", "며칠" by "2 weeks"): the
question's counter fixes the scale, not the exact unit a document writes it in.
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_LONG_UNIT, EN_SHORT_UNIT, KO_LONG_UNIT, KO_SHORT_UNIT

# The two scales: within a day (seconds to hours) and days or longer.
_SHORT_COUNTERS = frozenset({"초", "분", "시간"})
_LONG_COUNTERS = frozenset({"일", "주", "주일", "개월", "달", "년", "해"})
_NUMBER = r"(?:\d+(?:[.,]\d+)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|반)"
_EN_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|half an?)"
)
_SHORT = re.compile(
    rf"{_NUMBER}\s*{KO_SHORT_UNIT}|\b{_EN_NUMBER}[\s-]*{EN_SHORT_UNIT}\b",
    re.IGNORECASE,
)
_LONG = re.compile(
    rf"{_NUMBER}\s*{KO_LONG_UNIT}|"
    rf"\b{_EN_NUMBER}[\s-]*(?:{EN_LONG_UNIT}|business days?)\b|"
    r"\b(?:daily|weekly|monthly|yearly|annually|overnight)\b",
    re.IGNORECASE,
)


def states_asked_scale(sentence: str, counter: str) -> bool:
    """Whether ``sentence`` states a duration on the scale of the question's ``counter``.

    Args:
        sentence: The candidate answer sentence (Korean or English).
        counter: The counter after 몇 in the question ("분" of "몇 분까지"); a counter
            that is no unit of time, or none, leaves every sentence in.

    Returns:
        False only when the counter is a unit of time and no figure of the sentence is
        on its scale (minutes asked, only days stated).
    """
    if counter in _SHORT_COUNTERS:
        return bool(_SHORT.search(sentence))
    if counter in _LONG_COUNTERS:
        return bool(_LONG.search(sentence))
    return True
