"""Closed Korean follow-ups about the people of a split or a shared payment.

"근데 부장님이 빠지셨어" (one fewer), "과장님도 오신대" (one more), "한 명 안 마신대 한
잔 빼줘" (the person only the reason of the change said), "내가 두 명 몫 내면" (my
shares), "2차 15만 원까지 합쳐서 다시 나누면" (a second amount on the split), "그중 한
명은 반만 낸대" (one of equal payers pays half). Each answers only when the previous
request has exactly the one figure it changes and the changed steps run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_slots_korean_words import (
    COUNT_WORD,
    END,
    OPENER,
    ROLE,
    SPAN_DAYS,
    SPLIT,
    Changed,
    count_of,
    people_slots,
)
from tools.korean_numbers import decimal_to_str

__all__ = ["amount_added_to_split", "my_shares", "one_pays_part", "person_left", "plain_korean"]

# "부장님이 빠지셨어", "동생이 못 온대", "한 명 안 마신대", "두 명 불참이래".
_LEAVES = (
    r"(?:빠지|빠졌|빠진대|빠진다|빠져|빼고|빼면|제외하고|제외하면"
    r"|안\s*(?:온|와|오|간|가|마신|마셔|먹는|먹어|낸|내|드신|드셨|먹었|탄|타)"
    r"|못\s*(?:온|와|오|간|가)|불참|취소)"
)
_WHO = (
    # "대리님이랑 과장님": two people named by role.
    rf"(?:(?P<pair>(?:{ROLE})(?:님)?\s*(?:이랑|랑|하고|와|과)\s*(?:{ROLE})(?:님)?)(?:이|가|은|는|도)?"
    # "후배 둘이", "선배 1명이": people named by role and counted.
    rf"|(?:{ROLE})(?:님)?(?:들)?\s*(?P<counted>\d+|{COUNT_WORD})\s*(?:명)?(?:이|가|은|는|도)?"
    rf"|(?:우리\s*)?(?P<role>{ROLE})(?:님)?(?:들)?(?:이|가|은|는|도|께서)?"
    rf"|(?P<count>\d+|{COUNT_WORD})\s*명(?:이|은|는|도)?)"
)
# "부장님 빼고 다시 나누면 얼마씩?": the split asked again may follow.
_SPLIT_AGAIN = (
    r"(?:\s*(?:다시\s*)?(?:나누면|나눠|계산하면|n\s*빵하면)?\s*(?:얼마씩|얼마)?[가-힣]*)?"
)
_PERSON_LEFT = LazyPattern(rf"{OPENER}{_WHO}\s*{_LEAVES}[가-힣]*{_SPLIT_AGAIN}{END}")
# "과장님도 오신대", "친구 두 명 더 온대": people joining the same group.
_JOINS = (
    r"(?:더\s*)?(?:온대|오신대|온다네|온다고|오기로|오신다|합류|낀대|끼신대|낀다"
    r"|같이\s*(?:간대|가신대|간다))"
)
_PERSON_JOINED = LazyPattern(rf"{OPENER}{_WHO}\s*{_JOINS}[가-힣]*{END}")
# The same reason said before an explicit change of a counted thing: "한 명 안 마신대
# 한 잔 빼줘": the change is the cups, the person only its reason.
_REASON_FIRST = LazyPattern(
    rf"{OPENER}{_WHO}\s*(?:{_LEAVES}|{_JOINS}|(?:도\s*)?(?:드신대|마신대|먹는대|먹겠대))[가-힣]*"
    r"\s*,?\s+(?P<rest>.+)$"
)


def person_left(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "근데 부장님이 빠지셨어", "과장님도 오신대": the one count of people, less or more."""
    said = _PERSON_LEFT.match(text)
    joined = None if said else _PERSON_JOINED.match(text)
    if said is None and joined is None:
        return None
    said = said or joined
    assert said is not None
    count = said["count"] or said["counted"]
    fewer = count_of(count) if count else (2 if said["pair"] else 1)
    fewer = -fewer if joined else fewer
    found = [(i, m) for i, step in enumerate(steps) for m in people_slots(step)]
    if len(found) != 1:
        return None  # no people counted, or two counts: which one lost a person is unsaid
    index, slot = found[0]
    left = int(slot[1]) - fewer
    if left < 1:
        return None
    new = list(steps)
    new[index] = f"{steps[index][: slot.start(1)]}{left}{steps[index][slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"changed {-fewer:+d} (people)"


# "일주일에 하루 더": the days a week as the slot reader reads them ("1일 더"); "일주일에"
# only says the count is per week, as the request's "주 3일" did.
_SPOKEN_DAYS = LazyPattern(
    r"(?<![가-힣])(?P<w>하루|이틀|사흘|나흘)(?=\s*(?:더|덜|만|씩|줄|늘|빼|추가))"
)
_PER_WEEK = LazyPattern(r"^\s*(?:일주일에|한\s*주에|1주에|주에)\s+(?=\S)")


def plain_korean(text: str, steps: Sequence[str]) -> str:
    """The follow-up in the words the slot reader reads, its reason clause set aside.

    "한 명 안 마신대 한 잔 빼줘" -> "한 잔 빼줘" (the person only the change's reason),
    kept whole when the previous request counts people too: then whether the split or
    the order changes is unsaid. "일주일에 하루 더 나가면?" -> "1일 더 나가면?" when the
    request counted days a week ("주 3일").
    """
    said = _REASON_FIRST.match(text)
    if said is not None and not any(people_slots(step) for step in steps):
        text = said["rest"]
    if _PER_WEEK.match(text) and any(re.search(r"주\s*\d+\s*일", step) for step in steps):
        text = _PER_WEEK.sub("", text)
    return _SPOKEN_DAYS.sub(lambda m: f"{SPAN_DAYS[m['w']]}일", text)


# "내가 두 명 몫 내면 얼마 내야 돼?": my part is that many shares of the split.
_MY_SHARES = LazyPattern(
    rf"{OPENER}(?:내가|제가|나는|난|저는|전)\s*(?P<n>\d+|{COUNT_WORD})\s*(?:명|사람|인)\s*(?:몫|분)"
    r"(?:을|를|으로|까지)?\s*(?:내면|내|낼|계산하면|부담하면|하면)[가-힣]*"
    r"(?:\s*(?:얼마(?:를)?\s*(?:내야\s*(?:돼|되|해|함|하나)[가-힣]*|야|임|예요|에요)?|나는)?)?"
    rf"{END}"
)


def my_shares(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "내가 두 명 몫 내면": the per-person result times that many shares."""
    said = _MY_SHARES.match(text)
    if said is None or not steps or SPLIT.search(steps[-1]) is None:
        return None
    people = people_slots(steps[-1])
    shares = count_of(said["n"])
    if len(people) != 1 or not 1 < shares < int(people[0][1]):
        return None
    new = [*steps, f"그 금액의 {shares}배"]
    if run_chain(new, now) is None:
        return None
    return new, f"{shares} shares of the split"


# "2차 150,000원까지 합쳐서 다시 나누면?": a second amount added to the same split.
_ADDED_TO_SPLIT = LazyPattern(
    rf"{OPENER}(?:(?:\d+\s*차|[가-힣]{{1,6}})\s*){{0,2}}(?P<amount>\d+)\s*원(?:까지|도|을|를|이랑|하고|어치)?"
    r"\s*(?:다\s*|같이\s*|전부\s*)?(?:(?:합쳐서|합치고|합치면|더해서|더하고|포함해서|얹어서|보태서)"
    r"\s*(?:다시\s*|또\s*|같이\s*)?|(?<=도\s)같이\s*|(?<=도)\s*같이\s*)"
    r"(?:나누면|나눠|n\s*빵|N\s*빵|엔\s*빵|더치)[가-힣]*"
    r"(?:\s*얼마(?:씩)?[가-힣]*)?"
    rf"{END}"
)
_WON = re.compile(r"(?<![\d.])(\d+)\s*원")


def amount_added_to_split(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "2차 15만 원까지 합쳐서 다시 나누면": the split's one amount plus the new one."""
    said = _ADDED_TO_SPLIT.match(text)
    if said is None or not steps or SPLIT.search(steps[-1]) is None:
        return None
    amounts = [(i, m) for i, step in enumerate(steps) for m in _WON.finditer(step)]
    if len(amounts) != 1 or len(people_slots(steps[-1])) != 1:
        return None
    index, slot = amounts[0]
    total = int(slot[1]) + int(said["amount"])
    new = list(steps)
    new[index] = f"{steps[index][: slot.start(1)]}{total}{steps[index][slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"+{said['amount']}원 to the amount split"


# "그중 한 명은 반만 낸대": one of the people paying so much each pays half of it.
_ONE_PAYS_PART = LazyPattern(
    rf"{OPENER}(?:그\s*중에?|그중에?)?\s*(?:(?P<n>\d+|{COUNT_WORD})\s*명|(?:{ROLE})(?:님)?)(?:은|는|이|가)?\s*"
    r"(?P<part>반|절반)만\s*(?:낸대|낸다|낸다네|낸다고|내기로|내면|낸다면|내)[가-힣]*"
    rf"(?:\s*(?:그럼|그러면)?\s*(?:총|다\s*합쳐서|합치면)?\s*얼마[가-힣]*)?{END}"
)
_EACH_PAID = re.compile(r"(?<![\d.])(\d+)\s*원\s*씩")


def one_pays_part(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "그중 한 명은 반만 낸대" after "35,000원씩 4명이 내면 다 합쳐서": less half of one share."""
    said = _ONE_PAYS_PART.match(text)
    if said is None or not steps:
        return None
    each = _EACH_PAID.findall(steps[-1])
    people = people_slots(steps[-1])
    if len(each) != 1 or len(people) != 1 or int(people[0][1]) < 2 or SPLIT.search(steps[-1]):
        return None  # only a total of equal shares loses half of one share
    payers = count_of(said["n"]) if said["n"] else 1
    if payers >= int(people[0][1]):
        return None  # all of them paying half is a new total, said otherwise
    half = Decimal(each[0]) / 2 * payers
    new = [*steps, f"그 금액에서 {decimal_to_str(half)}원 빼면"]
    if run_chain(new, now) is None:
        return None
    return new, f"{payers} of {people[0][1]} pay half ({decimal_to_str(half)}원 less)"
