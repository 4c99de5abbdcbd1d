""" "수업 시간은 얼마나 돼요?": 시간 names the answer's kind (how long), not a topic.

"pt 1회 수업 시간은 얼마나 돼요" asks how long one session lasts. Read as an amount
(얼마) with 시간 a topic word, the lead-time lines "수업 시작 12시간 전까지 …" matched
시간 through their unit and outscored "PT 수업 1회는 50분입니다", which never writes 시간.
"X 시간은 얼마나" asks a duration, and 시간 there gets no weight, as "how long" has none.
"""

from __future__ import annotations

import re

__all__ = ["LENGTH_QUESTION", "length_frame_terms"]

# "시간은 얼마나", "시간이 얼마나": not "몇 시간 전에" nor "시간 얼마나 전에" (a lead time).
LENGTH_QUESTION = r"(?<![가-힣])시간\s*(?:은|이|는)?\s*얼마\s*나(?!\s*(?:전|후|뒤|일찍|미리))"
_LENGTH = re.compile(LENGTH_QUESTION)


# "how long does a coat zipper take?": the verb frames the question, it names no item (a
# price list's "Take in a waist" row is not what is asked; blind set 28).
_TAKES = re.compile(r"\bhow\s+long\b.*\btake\b", re.IGNORECASE)


def length_frame_terms(question: str) -> frozenset[str]:
    """{"시간"} when the question asks how long something is as "시간은 얼마나", {"take"}
    when as "how long does … take"."""
    frame = {"시간"} if _LENGTH.search(question) else set()
    return frozenset(frame | ({"take"} if _TAKES.search(question) else set()))
