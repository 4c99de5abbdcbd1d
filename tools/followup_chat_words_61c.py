"""Korean chat words around a change (helper opens52c, blind set 52), dropped once they agree
with the previous request, the plain change then read by the other follow-up rules. Read
after every other rule: :data:`tools.followup_opens_61c.LAST_61C`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import KOREAN_NATIVE_DIGITS
from tools.korean_numbers import normalize_numerals

__all__ = ["chat_words_around_change"]


# Chat words around a change a rule reads (opens52c, set 52), each checked against the
# previous request before the change alone is read:
# - "1박만 하면 얼마씩?" after a split asked per person: "얼마씩" asks the same share again;
# - "한명 더 껴서 5명이면?": the 5 said, the one more agreeing with the 4 before;
# - "넷이 살면 한달에 한명 얼마씩?" after a monthly amount: that amount shared among four.
_PER_HEAD_ASKED = LazyPattern(
    r"(?:1|한)\s*(?:인|명|사람)\s*(?:당|에)|각자|나누면|나눠|엔빵|n빵|얼마씩|1/\d|명이서"
)
_EACH_TAIL = LazyPattern(
    r"\s*(?:각자\s*)?얼마씩\s*(?:이야|임|야|내|내면\s*돼|이에요|에요)?\s*[?？]*\s*$"
)
_MORE_THEN_TOTAL = LazyPattern(
    r"^\s*(?:그럼\s*)?(?P<k>\d+)\s*명\s*(?:이)?\s*더\s*(?:껴서|끼면|껴|와서|오면|오고|늘어서|늘면|"
    r"추가돼서|추가하면|합류해서|붙어서)\s*,?\s*(?P<m>\d+)\s*명\s*(?:이면|이서|이라면|면)\s*"
    r"(?:얼마씩?\s*(?:이야|임|야)?)?\s*[?？]*\s*$"
)
_LIVING_SHARE = LazyPattern(
    r"^\s*(?:그럼\s*)?(?P<n>\d+|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)\s*(?:명)?\s*(?:이서|이)\s*(?:같이\s*)?(?:살면|쓰면|살면은|나눠\s*쓰면)\s*,?\s*"
    r"(?P<month>한\s*달에|1\s*달에|매달|월)?\s*(?:1\s*명|1\s*인|1\s*사람|각자)\s*(?:당|에)?\s*"
    r"얼마씩?\s*(?:이야|임|야|내)?\s*[?？]*\s*$"
)
_MONTHLY_ASKED = LazyPattern(
    r"월\s*평균|한\s*달\s*(?:평균|에|당)|1\s*달\s*(?:평균|에|당)|월평균|매달|한달치"
)
_PEOPLE = re.compile(r"(?<![\d.])(\d+)\s*명")
# "성과급 300만원 포함해서 12로 나누면?" after a yearly amount over 12: the division said again
# (the same divisor as the previous reading's) after the change.
_SAME_DIVISION = LazyPattern(
    r"^(?P<head>.+?)\s*(?:포함\s*(?:해서|하고|시켜서)|더해서|합쳐서|합산해서|넣어서)\s*,?\s*(?:다시\s*)?"
    r"(?P<n>\d+)\s*(?:로|으로)\s*"
    r"나누면\s*(?:얼마(?:야|임)?)?\s*[?？]*\s*$"
)
# "그럼 일년이면 실수령 총": the year said in Sino-Korean words, then the same amount asked as a
# total ("실수령" named by the previous request too).
_ONE_YEAR_WORD = re.compile(
    r"(?<![가-힣\d])일\s*년(?=\s*(?:이면|동안|치|간|에|이|을|모으면|이라면))"
)
_TOTAL_TAIL = LazyPattern(
    r"\s+(?:(?P<noun>[가-힣]{2,4})\s*)?(?:총|총액|합계|다\s*합치면|전부)\s*(?:얼마(?:야|임)?|은|는)?\s*[?？]*\s*$"
)


def chat_words_around_change(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The change inside chat words that agree with the previous request, or ``None``.

    Args:
        text: The follow-up ("1박만 하면 얼마씩?", "한명 더 껴서 5명이면?").
        steps: The previous turn's steps.
    """
    from tools.followups import resolve_follow_up  # (a cycle at import time)

    if len(steps) != 1:
        return None
    digits = normalize_numerals(text)
    step = normalize_numerals(steps[0])
    plain: str | None = None
    more = _MORE_THEN_TOTAL.match(digits)
    living = _LIVING_SHARE.match(digits)
    if more is not None:
        people = _PEOPLE.findall(step)
        if len(people) != 1 or int(people[0]) + int(more["k"]) != int(more["m"]):
            return None  # "한명 더 껴서 6명" after 4: which figure is meant is a guess
        plain = f"{more['m']}명이면?"
    elif living is not None:
        if _PER_HEAD_ASKED.search(step) or (living["month"] and not _MONTHLY_ASKED.search(step)):
            return None  # already a share, or a month asked of an amount of another span
        plain = f"{KOREAN_NATIVE_DIGITS.get(living['n'], living['n'])}명이 나누면?"
    elif (
        _EACH_TAIL.search(digits)
        and _PER_HEAD_ASKED.search(step)
        and not re.search(r"단위|올려|올림|반올림|내림|버림", digits)  # rounding: another rule's
    ):
        plain = _EACH_TAIL.sub("", digits).strip() + "?"
    elif (division := _SAME_DIVISION.match(digits)) is not None:
        from tools.followup_chain import run_chain  # (a cycle at import time)

        before = run_chain(list(steps), None)
        if before is None or not re.search(rf"/ {division['n']}(?![\d.])", before.detail or ""):
            return None  # a division the previous reading did not make
        plain = f"{division['head']} 포함하면?"  # added in before the same division
    elif (total := _TOTAL_TAIL.search(digits)) is not None and _ONE_YEAR_WORD.search(digits):
        if total["noun"] and total["noun"] not in step:
            return None  # another amount named as the total asked
        plain = _ONE_YEAR_WORD.sub("1년", digits[: total.start()]).strip() + "?"
    if plain is None or plain.strip(" ?") == "":
        return None
    resolved = resolve_follow_up(plain, steps)
    if resolved is None:
        return None
    return resolved[0], f"{resolved[1]} (said: {text.strip()})"
