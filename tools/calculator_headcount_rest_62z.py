"""The others of a group asked, when a percent of it is said to be away: never the away part.

"반 학생 30명 중 20%가 결석하면 몇 명 왔어" was answered 6 (the coordinator's probe, round
62): the calculator read "20% of 30", which is the absent students, while the question asks
who came (24). Likewise "직원 50명 중 10%가 휴가면 출근한 사람은 몇명" (5 for 45) and "of 40
guests 25% didn't show up, how many came" (10 for 30). When a count of people is stated, the
reading is exactly a percent of it, the percent's own clause says those people are away
(결석, 빠지면, 휴가, didn't show up, absent) and the question asks about the others (왔어,
출근한, 남는, came, showed up, the rest) without naming the away ones again, the others are
read instead: ``T * (100 - P) / 100``. "20%가 참석하면 몇 명 왔어" (the percent are the ones
who came) and "결석한 학생은 몇 명" (the away ones asked) keep the share.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_balance_after_deposit import SHARE_OF_AMOUNT

__all__ = ["others_of_a_headcount"]

# A count of people stated, and a count of people asked.
_HEADCOUNT_SAID = LazyPattern(
    r"\d\s*(?:명|사람|people|persons|friends|guests|kids|children|adults|students|"
    r"employees|staff|members|players|workers)\b",
    re.IGNORECASE,
)
_HEADCOUNT_ASKED = LazyPattern(
    r"몇\s*(?:명|사람)|\bhow\s+many\b",
    re.IGNORECASE,
)
# Where the percent's own clause ends: a Korean condition/linking ending, a comma or a
# sentence mark, or an English joiner.
_CLAUSE_END = LazyPattern(
    r"(?:면|니까|는데|인데|고)(?=\s|$)|[,.?!]|\b(?:and|so|then)\b", re.IGNORECASE
)
# Being away: absent, off, not coming, cancelled.
_AWAY = LazyPattern(
    r"결석|불참|결근|빠지|빠졌|빠진|빠져|안\s*(?:왔|오|나왔|나오|와)|못\s*(?:왔|오|와)|휴가|병가|"
    r"취소|노쇼|\bdid(?:n'?t|\s+not)\s+(?:show|come|turn)|\bno-?shows?\b|\babsent\b|\bmissed\b|"
    r"\bskipped\b|\bdropped\s+out\b|\bcancel+ed\b|\bout\s+sick\b|\bcould(?:n'?t|\s+not)\s+come\b|"
    r"\bleft\s+early\b|\bwent\s+home\b|일찍\s*(?:갔|가|집에)",
    re.IGNORECASE,
)
# Being there, or the rest of them.
_PRESENT_ASKED = LazyPattern(
    r"왔|온\s|출근|출석|참석|남는|남은|나머지|\bcame\b|\bcome\b|\bshowed\s+up\b|\bshow\s+up\b|"
    r"\battended\b|\bpresent\b|\bremain|\bthe\s+rest\b|\bothers\b|\bleft\b|\bcoming\b|"
    r"\bstay(?:ed|ing)?\b|\bturned\s+up\b",
    re.IGNORECASE,
)
_PERCENT = LazyPattern(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent)", re.IGNORECASE)

#: Off only in this rule's switch-off test.
USE_OTHERS_OF_A_HEADCOUNT = True


def others_of_a_headcount(question: str, source: str) -> str | None:
    """``"30 * (100 - 20) / 100"`` when the others of a group are asked and ``source`` is
    the away part, or ``None``.

    Args:
        question: The question with its numerals as digits.
        source: The arithmetic a form read from it.
    """
    read = SHARE_OF_AMOUNT.match(source)
    if not USE_OTHERS_OF_A_HEADCOUNT or read is None:
        return None
    if not (_HEADCOUNT_SAID.search(question) and _HEADCOUNT_ASKED.search(question)):
        return None
    percents = [m for m in _PERCENT.finditer(question) if float(m["p"]) == float(read["p"])]
    if len(percents) != 1:
        return None
    rest = question[percents[0].end() :]
    end = _CLAUSE_END.search(rest)
    if end is None:
        return None
    clause, asked = rest[: end.start()], rest[end.end() :]
    if not _AWAY.search(clause) or _AWAY.search(asked) or not _PRESENT_ASKED.search(asked):
        return None
    return f"{read['t']} * (100 - {read['p']}) / 100"
