"""Whose part is asked when one percent of an amount is said to be paid by a person.

Set 46's helper found "월세 185만원인데 룸메가 55% 내면 내 몫은 얼마" answered 1,017,500원: the
roommate's 55%, while "내 몫" asks the asker's part, the rest (832,500원). The rate reader
(:mod:`tools.calculator_rates`) took a lone percent as the share asked unless the English
words of :mod:`tools.calculator_covered_share` ("what do I pay") said otherwise; Korean
("룸메가 55% 내면 … 내 몫", "친구가 60% 내기로 했으면 나는 얼마 내") and "her share" had no reading.

The rule: the percent's payer is read from the subject said just before it (a person other
than the asker: "룸메가", "my roommate pays", "she pays"; or the asker: "내가", "I pay"),
and the part asked from the question ("내 몫", "나는 얼마", "my share", "what do I owe";
"룸메 몫", "her share", "what does she pay"). The payer's own part is the percent, the
other's the rest. Another person pays and nobody's part is asked ("룸메가 55% 내면 얼마"):
which one is meant is unsaid, and the reader declines ("내가 30% 내면 얼마" asks the asker's).
A payer that is no person (insurance, a company) is left to the older rule.
"""

from __future__ import annotations

import re
from typing import Literal

from core.lazy_regex import LazyPattern

__all__ = ["Part", "whose_share"]

Part = Literal["share", "rest", "unclear"]

_PCT = r"\d+(?:\.\d+)?\s*(?:%|퍼센트|프로|percent\b)"
# Korean: the subject just before the percent, then a paying verb ("룸메가 55% 내면",
# "친구가 60% 내기로", "동생은 40%만 부담하고").
_PAYER_KO = LazyPattern(
    rf"(?<![가-힣])(?P<who>[가-힣]{{1,6}}?)\s*(?:이가|이|가|께서|은|는)\s*{_PCT}\s*"
    r"(?:를|을|만|씩|정도)?\s*(?:내|낸|부담|지불|대|보태)"
)
_SELF_KO = frozenset({"내", "제", "나", "저", "우리", "저희", "난", "전"})
# English: a person who pays the percent ("my roommate pays 55%", "she covers 60%").
_PAYER_EN = LazyPattern(
    r"\b(?P<who>i|we|she|he|they|(?:my|our|the|his|her)\s+(?:[a-z]+\s+)?[a-z]+)\s+"
    r"(?:pays?|covers?|puts?\s+in|chips?\s+in|is\s+paying|'s\s+paying|will\s+pay)\s+"
    r"(?:for\s+)?" + _PCT,
    re.IGNORECASE,
)
# A payer that is no person: the older covered-share rule reads those.
_NOT_A_PERSON = LazyPattern(
    r"insurance|insurer|company|employer|work|job|plan|government|state|school|보험|회사|나라"
    r"|정부|국가|학교|공단",
    re.IGNORECASE,
)
# The asker's part asked: "내 몫", "나는 얼마", "내가 낼 돈", "my share", "what do I owe".
# (The request words are cut before this reads: "나는 얼마" may end as "나".)
_MINE_KO = LazyPattern(
    r"(?:내|제|나의|저의)\s*(?:몫|부담|쪽|거|꺼)|(?<![가-힣])(?:나는|난|저는|전)(?:\s|$)"
    r"|(?:내가|제가)\s*(?:내는|낼|내야|부담|얼마)|(?<![가-힣])(?:나|저)\s*$"
)
# Another's part asked after the asker pays the percent: "룸메 몫", "동생은", "걔 부담".
_ANOTHERS_KO = LazyPattern(
    r"(?<![가-힣])(?!내|제|나의|저의|나는|저는)[가-힣]{1,6}?\s*(?:의\s*)?(?:몫|부담|쪽|는|은)(?:\s|$)"
)
_MINE_EN = LazyPattern(
    r"\bmy\s+(?:share|part|portion|cut|cost|half|side)\b"
    r"|\b(?:what|how\s+much)\s+(?:do|will|would|should|must)\s+i\s+(?:pay|owe|put\s+in)\b"
    r"|\bwhat\s+i\s+(?:pay|owe)\b|\bi\s+(?:pay|owe)\s+what\b",
    re.IGNORECASE,
)
_OTHER_EN = LazyPattern(
    r"\b(?:her|his|their)\s+(?:share|part|portion|cut|half|side)\b|'s\s+(?:share|part|portion)\b"
    r"|\b(?:what|how\s+much)\s+(?:does|will|would|should)\s+(?:she|he|they|(?:my|the)\s+[a-z]+)"
    r"\s+(?:pay|owe|put\s+in)\b",
    re.IGNORECASE,
)


def _other_asked_ko(who: str, after: str) -> bool:
    """Whether the words after the percent ask the other person's part ("룸메 몫", "걔는")."""
    if who in _SELF_KO:
        return _ANOTHERS_KO.search(after) is not None
    named = re.escape(who)
    return (
        re.search(
            rf"(?:{named}|걔|그\s*사람|상대)\s*(?:의\s*)?(?:몫|부담|쪽|는|은|이\s*내|가\s*내|$)",
            after,
        )
        is not None
    )


def whose_share(text: str) -> Part | None:
    """Which part of the amount ``text`` asks for, when its one percent is paid by a person.

    Args:
        text: The normalised request (one amount, one percent).

    Returns:
        "share" (the percent of the amount), "rest" (the amount less it), "unclear"
        (decline), or ``None`` when no person is said to pay the percent.
    """
    ko = _PAYER_KO.search(text)
    if ko is not None:
        who, after = ko["who"], text[ko.end() :]
        if _NOT_A_PERSON.search(who):
            return None
        mine = _MINE_KO.search(after) is not None
        other = _other_asked_ko(who, after)
        payer_is_me = who in _SELF_KO
    else:
        en = _PAYER_EN.search(text)
        if en is None or _NOT_A_PERSON.search(en["who"]):
            return None
        who, after = en["who"].lower(), text[en.end() :]
        mine = _MINE_EN.search(after) is not None
        other = _OTHER_EN.search(after) is not None
        payer_is_me = who in ("i", "we")
    if not mine and not other and payer_is_me:
        return "share"  # "내가 30% 내면 얼마": what the asker pays, the one part named
    if mine == other:
        return "unclear"  # neither part asked, or both: which one is meant is unsaid
    return "share" if mine == payer_is_me else "rest"
