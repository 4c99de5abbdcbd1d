"""A yes/no question about doing something again is answered by a limit on how often.

"체험 수업 두 번 들어도 되나요?" asks whether a second time is allowed. Its content words
are only the thing (체험 수업): any sentence about the trial class matched it as well as
the one that settles the question ("체험 수업은 1인 1회만 신청할 수 있습니다"), and blind
set 22 quoted the trial's pause and refund rules instead. Such a question is answered
only by a sentence that states how many times (1회만, 한 번에 한해, 최대 2회, once,
twice, one per person); a number that names a product ("PT 10회와 …", a 10-session
package) is no such limit.

Only a question that states a repeat itself: a number of times from two up ("두 번",
"3회", "twice", "two times", "more than once", "a second time", "한 번 더"); "두 번에
나눠서 내도 돼요?" splits one payment into parts and asks no repeat. Asking
"how many times" has an answer type of its own (a count) and is left to those rules.
"""

from __future__ import annotations

import re

__all__ = ["misses_repeat_limit"]

_NUMBER_KO = r"(?:[2-9]|1\d|두|세|네|다섯|여러)"
_ASKS_REPEAT = re.compile(
    rf"{_NUMBER_KO}\s*(?:번|회|차례)(?!\s*(?:째|에|으로|출구|버스|게이트|선))|한\s*번\s*더|"
    r"\b(?:twice|more\s+than\s+once|a\s+second\s+time|(?:two|three|[2-9])\s+times)\b",
    re.IGNORECASE,
)
# A limit on how often: "1회만", "1회까지", "한 번에 한해", "최대 2회", "1인 1회", "once".
_STATES_LIMIT = re.compile(
    r"(?:\d+|한|두|세)\s*(?:번|회)\s*(?:만|까지|이내|이하|에\s*한|으로\s*제한|에\s*한정)|"
    r"최대\s*(?:\d+|한|두|세)\s*(?:번|회)|1인\s*(?:당\s*)?1\s*회|"
    r"\b(?:once|twice|only\s+one|one\s+per|per\s+(?:person|customer|guest|member)|"
    r"\d+\s+times|a\s+second\s+time)\b",
    re.IGNORECASE,
)
_ASKS_HOW_MANY = re.compile(r"몇\s*(?:번|회)|\bhow\s+(?:many|often)\b", re.IGNORECASE)


def misses_repeat_limit(question: str, sentence: str, *, names_subject: bool) -> bool:
    """Whether ``question`` asks about doing something again and ``sentence`` sets no limit
    on it.

    Args:
        question: The user's question (a yes/no one: the caller checks its answer type).
        sentence: A candidate answer sentence.
        names_subject: Whether the sentence itself names a content word of the question: a
            limit on another act ("연장은 한 번에 한해") in the same section is no answer.
    """
    if not _ASKS_REPEAT.search(question) or _ASKS_HOW_MANY.search(question):
        return False
    return not (names_subject and _STATES_LIMIT.search(sentence))
