"""A period the asker has already spent is no rate the answer must be given in.

"회원권 한 달 다니고 그만두면 얼마 돌려받아요?" names 한 달, and
:func:`tools.rag.sentence_checks.rate_conflict` read it as "per month": the rule
that answers ("지난 날짜를 하루 3,000원으로 계산해 뺍니다") states a figure per day, so it
was screened out as another period's figure. Yet 한 달 here is how long the asker used
the pass before the act asked about (-고, -다가, -았/었-, -은 뒤): time that has passed,
not the period a price or a dose is counted per. "하루 쓰면 얼마예요" (-면: a day's use, the
price asked) and "일주일에 몇 번" (에: per week) stay rates. "일주일만에 음이 또 틀어졌어요"
(N 만에: after N had passed) tells time gone by as well: read as "per week", it screened
out the guarantee "2주 안에 틀어지면 1회 무료로 다시 조율합니다" (1회, a per-dose figure).
"""

from __future__ import annotations

import re

__all__ = ["without_elapsed_periods"]

# A Korean period word, then (after an optional 동안/정도) a verb in a form that places the
# act before another one: "일주일 쓰고", "한 달 다니다가", "이틀 썼는데", "3일 지나서". The
# digit run is bounded: an unbounded one, retried from each digit, made a long run quadratic.
_ELAPSED = re.compile(
    r"(?:하루|이틀|사흘|일주일|한\s*주|한\s*달|두\s*달|(?<!\d)\d{1,4}\s*(?:일|주일?|개월|달|년))\s+"
    r"(?:(?:동안|정도|쯤|가량)\s*)?"
    r"[가-힣]{0,3}?(?:고|다가|는데|었\w*|았\w*|였\w*|했\w*|썼\w*|쓴\s*(?:뒤|후|다음)|지나\w*|지났\w*)"
    r"(?=\s|$|[?.,!])"
)
# "일주일만에", "3일 만에": the time that passed before something happened again.
_AFTER_PASSING = re.compile(
    r"(?:하루|이틀|사흘|일주일|한\s*주|한\s*달|두\s*달|(?<!\d)\d{1,4}\s*(?:일|주일?|개월|달|년))\s*만에"
)


def without_elapsed_periods(question: str) -> str:
    """The question with each period the asker spent before the asked act taken out.

    Args:
        question: The user's question.

    Returns:
        The question, each elapsed period ("일주일 쓰고") replaced by a space.
    """
    return _AFTER_PASSING.sub(" ", _ELAPSED.sub(" ", question))
