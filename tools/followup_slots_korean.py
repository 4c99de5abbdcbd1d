"""Korean follow-ups the typed-slot reader cannot read word by word, each a closed form.

``tools/followup_slots.py`` declines on any word the previous request does not hold,
which is right for a new subject but wrong for the ways people say a change in Korean
without a figure of the request: "근데 부장님이 빠지셨어" (one of the people left),
"내가 두 명 몫 내면" (my share is two shares), "2차 15만 원까지 합쳐서 다시 나누면" (a
second amount on the same split), "거기서 수수료 1% 떼면" (a fee off the result),
"출장이 사흘 밀렸어" (the one date moved). Each rule here matches the whole turn in a
closed form, checks the previous request has exactly the one figure it changes, and
answers only when the changed steps run deterministically. Anything else: ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_slot_kinds import NUMBER_WORDS, PEOPLE_ROLES
from tools.korean_numbers import decimal_to_str

__all__ = ["KOREAN_SLOT_RULES", "korean_slot_follow_up", "plain_korean"]

Changed = tuple[list[str], str]

_OPENER = r"^\s*(?:(?:근데|그런데|아|앗|참|그럼|그러면|헐|아참)\s*,?\s*)*"
_END = r"\s*[?？.!~ㅠㅜ]*\s*$"
_COUNT_WORD = "|".join(sorted((w for w in NUMBER_WORDS if not w.isascii()), key=len, reverse=True))
_ROLE = "|".join(sorted(PEOPLE_ROLES, key=len, reverse=True))

# "부장님이 빠지셨어", "동생이 못 온대", "한 명 안 마신대", "두 명 불참이래".
_LEAVES = (
    r"(?:빠지|빠졌|빠진대|빠진다|빠져|빼고|빼면|제외하고|제외하면"
    r"|안\s*(?:온|와|오|간|가|마신|마셔|먹는|먹어|낸|내|드신|드셨|먹었|탄|타)"
    r"|못\s*(?:온|와|오|간|가)|불참|취소)"
)
_WHO = (
    rf"(?:(?:우리\s*)?(?P<role>{_ROLE})(?:님)?(?:이|가|은|는|도|께서)?"
    rf"|(?P<count>\d+|{_COUNT_WORD})\s*명(?:이|은|는|도)?)"
)
# "부장님 빼고 다시 나누면 얼마씩?": the split asked again may follow.
_SPLIT_AGAIN = (
    r"(?:\s*(?:다시\s*)?(?:나누면|나눠|계산하면|n\s*빵하면)?\s*(?:얼마씩|얼마)?[가-힣]*)?"
)
_PERSON_LEFT = LazyPattern(rf"{_OPENER}{_WHO}\s*{_LEAVES}[가-힣]*{_SPLIT_AGAIN}{_END}")
# "과장님도 오신대", "친구 두 명 더 온대": people joining the same group.
_JOINS = (
    r"(?:더\s*)?(?:온대|오신대|온다네|온다고|오기로|오신다|합류|낀대|끼신대|낀다"
    r"|같이\s*(?:간대|가신대|간다))"
)
_PERSON_JOINED = LazyPattern(rf"{_OPENER}{_WHO}\s*{_JOINS}[가-힣]*{_END}")
# The same reason said before an explicit change of a counted thing: "한 명 안 마신대
# 한 잔 빼줘": the change is the cups, the person only its reason.
_REASON_FIRST = LazyPattern(
    rf"{_OPENER}{_WHO}\s*(?:{_LEAVES}|{_JOINS}|(?:도\s*)?(?:드신대|마신대|먹는대|먹겠대))[가-힣]*"
    r"\s*,?\s+(?P<rest>.+)$"
)


def _people_slots(step: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\d.])(\d+)\s*(?:명|사람|인)(?![가-힣]*당)", step))


def _count_of(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def person_left(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "근데 부장님이 빠지셨어", "과장님도 오신대": the one count of people, less or more."""
    said = _PERSON_LEFT.match(text)
    joined = None if said else _PERSON_JOINED.match(text)
    if said is None and joined is None:
        return None
    said = said or joined
    assert said is not None
    fewer = _count_of(said["count"]) if said["count"] else 1
    fewer = -fewer if joined else fewer
    found = [(i, m) for i, step in enumerate(steps) for m in _people_slots(step)]
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
    if said is not None and not any(_people_slots(step) for step in steps):
        text = said["rest"]
    if _PER_WEEK.match(text) and any(re.search(r"주\s*\d+\s*일", step) for step in steps):
        text = _PER_WEEK.sub("", text)
    return _SPOKEN_DAYS.sub(lambda m: f"{_SPAN_DAYS[m['w']]}일", text)


# "내가 두 명 몫 내면 얼마 내야 돼?": my part is that many shares of the split.
_MY_SHARES = LazyPattern(
    rf"{_OPENER}(?:내가|제가|나는|난|저는|전)\s*(?P<n>\d+|{_COUNT_WORD})\s*(?:명|사람|인)\s*(?:몫|분)"
    r"(?:을|를|으로|까지)?\s*(?:내면|내|낼|계산하면|부담하면|하면)[가-힣]*"
    r"(?:\s*(?:얼마(?:를)?\s*(?:내야\s*(?:돼|되|해|함|하나)[가-힣]*|야|임|예요|에요)?|나는)?)?"
    rf"{_END}"
)
# The previous request was a split among people ("셋이 나누면", "n빵", "1인당", "얼마씩").
_SPLIT = LazyPattern(r"나누|나눠|[nN엔]\s*빵|1인당|인당|얼마씩|각자|더치")


def my_shares(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "내가 두 명 몫 내면": the per-person result times that many shares."""
    said = _MY_SHARES.match(text)
    if said is None or not steps or _SPLIT.search(steps[-1]) is None:
        return None
    people = _people_slots(steps[-1])
    shares = _count_of(said["n"])
    if len(people) != 1 or not 1 < shares < int(people[0][1]):
        return None
    new = [*steps, f"그 금액의 {shares}배"]
    if run_chain(new, now) is None:
        return None
    return new, f"{shares} shares of the split"


# "2차 150,000원까지 합쳐서 다시 나누면?": a second amount added to the same split.
_ADDED_TO_SPLIT = LazyPattern(
    rf"{_OPENER}(?:(?:\d+\s*차|[가-힣]{{1,6}})\s*){{0,2}}(?P<amount>\d+)\s*원(?:까지|도|을|를|이랑|하고|어치)?"
    r"\s*(?:다\s*|같이\s*|전부\s*)?(?:(?:합쳐서|합치고|합치면|더해서|더하고|포함해서|얹어서|보태서)"
    r"\s*(?:다시\s*|또\s*|같이\s*)?|(?<=도\s)같이\s*|(?<=도)\s*같이\s*)"
    r"(?:나누면|나눠|n\s*빵|N\s*빵|엔\s*빵|더치)[가-힣]*"
    r"(?:\s*얼마(?:씩)?[가-힣]*)?"
    rf"{_END}"
)
_WON = re.compile(r"(?<![\d.])(\d+)\s*원")


def amount_added_to_split(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "2차 15만 원까지 합쳐서 다시 나누면": the split's one amount plus the new one."""
    said = _ADDED_TO_SPLIT.match(text)
    if said is None or not steps or _SPLIT.search(steps[-1]) is None:
        return None
    amounts = [(i, m) for i, step in enumerate(steps) for m in _WON.finditer(step)]
    if len(amounts) != 1 or len(_people_slots(steps[-1])) != 1:
        return None
    index, slot = amounts[0]
    total = int(slot[1]) + int(said["amount"])
    new = list(steps)
    new[index] = f"{steps[index][: slot.start(1)]}{total}{steps[index][slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"+{said['amount']}원 to the amount split"


# "거기서 수수료 1% 떼면?": a fee taken off the result, in the handlers' own words.
_FEE_OFF = LazyPattern(
    rf"{_OPENER}(?:거기서|여기서|그거에서|그걸에서|그\s*금액에서|결과에서)?\s*"
    r"(?:[가-힣]{1,4}\s*)?(?:수수료|세금|원천징수|원천세|소득세|공제)(?:로|를|을|가|는)?\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*%\s*(?:를|을|가)?\s*(?:떼면|떼고|빼면|빼고|제하면|차감하면|나가면|뗀다면|떼이면)"
    r"(?:\s*(?:실수령액|실수령|받는\s*돈|남는\s*돈|손에\s*쥐는\s*돈)(?:은|는|이)?)?"
    r"(?:\s*얼마[가-힣]*)?"
    rf"{_END}"
)


def fee_off_result(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "거기서 수수료 1% 떼면": the result less that percentage of it."""
    said = _FEE_OFF.match(text)
    if said is None or not steps:
        return None
    previous = run_chain(steps, now)
    if previous is None or "원" not in previous.answer:
        return None  # a fee comes off an amount of money, never off a date or a speed
    new = [*steps, f"그 금액에서 {said['rate']}% 빼면"]
    if run_chain(new, now) is None:
        return None
    return new, f"−{said['rate']}% fee off the result"


# "여행이 일주일 밀렸어", "출장이 사흘 당겨졌어": the one date of that thing, moved.
_SPAN_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "일주일": 7, "보름": 15}
_DATE_MOVED = LazyPattern(
    rf"{_OPENER}(?:(?P<noun>[가-힣]{{1,6}}?)(?:이|가|은|는|도|을|를|날짜가|날짜를|일정이|일정을)\s*)?"
    r"(?P<span>하루|이틀|사흘|나흘|닷새|일주일|보름|\d+\s*(?:일|주일|주))\s*(?:정도\s*|더\s*)?"
    r"(?P<way>밀렸|밀린|밀리|미뤄|미루|늦춰|늦추|연기|뒤로|당겨|당기|앞당겨|앞당기|빨라)[가-힣]*"
    r"(?:\s*(?:그럼|그러면)?\s*(?:며칠|몇\s*일|얼마)[가-힣]*)?"
    rf"{_END}"
)
_STEP_DATE = re.compile(r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_TODAY_BEFORE = re.compile(r"(?:오늘|today)[가-힣\s]{0,4}$", re.I)


def _days_of(span: str) -> int | None:
    if span in _SPAN_DAYS:
        return _SPAN_DAYS[span]
    number = int(re.match(r"\d+", span)[0])  # type: ignore[index]
    return number * 7 if "주" in span else number


def date_moved(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "여행이 일주일 밀렸어": the one date that is not today, later (or earlier) by that."""
    said = _DATE_MOVED.match(text)
    if said is None or not steps:
        return None
    days = _days_of(said["span"].replace(" ", ""))
    if days is None:
        return None
    if said["way"] in ("당겨", "당기", "앞당겨", "앞당기", "빨라"):
        days = -days
    dates = [(i, m) for i, step in enumerate(steps) for m in _STEP_DATE.finditer(step)]
    moving = [(i, m) for i, m in dates if not _TODAY_BEFORE.search(steps[i][: m.start()])]
    noun = said["noun"]
    if noun and len(moving) > 1:
        moving = [(i, m) for i, m in moving if noun[:2] in steps[i][m.end() : m.end() + 12]]
    if len(moving) != 1:
        return None  # two dates that could have moved: which one is unsaid
    index, slot = moving[0]
    years = [int(m["y"]) for _, m in dates if m["y"]]
    year = int(slot["y"]) if slot["y"] else (years[0] if years else (now.year if now else None))
    if year is None:
        return None
    try:
        moved = date(year, int(slot["m"]), int(slot["d"])) + timedelta(days=days)
    except ValueError:
        return None
    # Into another year the year is written, so the step never counts back to January.
    said_year = f"{moved.year}년 " if slot["y"] or moved.year != year else ""
    new_text = f"{said_year}{moved.month}월 {moved.day}일"
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start()]}{new_text}{step[slot.end() :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"the date moved {days:+d} days to {new_text}"


# "여행이 7월 31일로 밀렸어", "오늘이 5월 10일이면?": one date of the request set anew.
_DATE_SET = LazyPattern(
    rf"{_OPENER}(?P<noun>[가-힣]{{1,6}}?)(?:이|가|은|는|도|을|를|날짜가|일정이)\s*"
    r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*"
    r"(?:(?:로|으로)\s*(?:밀렸|밀리|미뤄|바뀌|바꾸|변경|당겨|옮겨|연기|늦춰|앞당겨)[가-힣]*|(?:이면|면|이라면))"
    r"(?:\s*(?:그럼|그러면)?\s*(?:며칠|몇\s*일|D-?\s*며칠)[가-힣]*)?"
    rf"{_END}"
)


def date_set(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "여행이 7월 31일로 밀렸어": the date named by that noun (or today's) made the new one."""
    said = _DATE_SET.match(text)
    if said is None:
        return None
    dates = [(i, m) for i, step in enumerate(steps) for m in _STEP_DATE.finditer(step)]
    if said["noun"] == "오늘":
        fitting = [(i, m) for i, m in dates if _TODAY_BEFORE.search(steps[i][: m.start()])]
    else:
        fitting = [
            (i, m)
            for i, m in dates
            if not _TODAY_BEFORE.search(steps[i][: m.start()])
            and said["noun"][:2] in steps[i][m.end() : m.end() + 12]
        ]
    if len(fitting) != 1:
        return None
    index, slot = fitting[0]
    year = said["y"] or slot["y"]
    new_text = (
        f"{year}년 {int(said['m'])}월 {int(said['d'])}일"
        if year
        else (f"{int(said['m'])}월 {int(said['d'])}일")
    )
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start()]}{new_text}{step[slot.end() :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"the date made {new_text}"


# "반으로 줄이자", "절반으로 줄여줘": the one count of the order halved, never a price.
_HALVED = LazyPattern(
    rf"{_OPENER}(?:(?P<noun>[가-힣]{{1,6}}?)(?:은|는|도|을|를)\s*)?(?:반|절반)\s*(?:으로|만)\s*"
    r"(?:줄이|줄여|줄인|사|살|시키|시킬|주문)[가-힣]*"
    r"(?:\s*얼마[가-힣]*)?"
    rf"{_END}"
)
_COUNTED = re.compile(r"(?<![\d.])(\d+)\s*(?P<unit>[가-힣]{1,2})")
_NOT_A_COUNT = re.compile(r"^(?:원|만|천|억|년|월|일|주|시|분|초|달|개월|퍼|프|배|차|층|번|km|kg)")


def order_halved(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "반으로 줄이자" after "도넛 한 개 1,800원인데 열두 개면": six of them, not 900원."""
    said = _HALVED.match(text)
    if said is None or not steps:
        return None
    counts = [
        (i, m)
        for i, step in enumerate(steps)
        for m in _COUNTED.finditer(step)
        if not _NOT_A_COUNT.match(m["unit"]) and m[1] != "1"  # "한 개 1,800원" prices one
    ]
    if len(counts) != 1:
        return None  # two counts and no noun saying which: the order halved is unsaid
    index, slot = counts[0]
    if said["noun"] and said["noun"][:2] not in steps[index]:
        return None
    value = int(slot[1])
    if value % 2:
        return None
    new = list(steps)
    new[index] = f"{steps[index][: slot.start(1)]}{value // 2}{steps[index][slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{value} × 0.5"


# "바지 말고 45,000원짜리 치마로 바꾸면?": the price named by that item, swapped.
_ITEM_SWAPPED = LazyPattern(
    rf"{_OPENER}(?P<old>[가-힣A-Za-z]{{1,8}})\s*(?:말고|대신|대신에|빼고)\s*,?\s*(?P<amount>\d+)\s*원\s*짜리\s*"
    r"(?P<new>[가-힣A-Za-z]{1,8})(?:로|으로)\s*(?:바꾸면|바꿔|바꾼다면|하면|사면|살게|가면)[가-힣]*"
    r"(?:\s*얼마[가-힣]*)?"
    rf"{_END}"
)


# "셔츠를 29,000원짜리로 바꾸면?": the same item at another price.
_ITEM_REPRICED = LazyPattern(
    rf"{_OPENER}(?P<old>[가-힣A-Za-z]{{1,8}}?)(?:을|를|은|는)?\s*(?P<amount>\d+)\s*원\s*짜리\s*(?:로|으로)\s*"
    r"(?:바꾸면|바꿔|바꾼다면|하면|사면|살게|가면)[가-힣]*(?:\s*얼마[가-힣]*)?"
    rf"{_END}"
)


def item_swapped(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "바지 말고 45,000원짜리 치마로 바꾸면": the one price said right after that item."""
    said = _ITEM_SWAPPED.match(text) or _ITEM_REPRICED.match(text)
    if said is None:
        return None
    item = said.groupdict().get("new") or said["old"]
    named = re.compile(rf"(?<![가-힣A-Za-z]){re.escape(said['old'])}\s*(\d+)\s*원")
    found = [(i, m) for i, step in enumerate(steps) for m in named.finditer(step)]
    if len(found) != 1:
        return None  # the item not priced by name, or priced twice: which price is unsaid
    index, slot = found[0]
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start()]}{item} {said['amount']}원{step[slot.end() :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{said['old']} {slot[1]}원 → {item} {said['amount']}원"


# "그중 한 명은 반만 낸대": one of the people paying so much each pays half of it.
_ONE_PAYS_PART = LazyPattern(
    rf"{_OPENER}(?:그\s*중에?|그중에?)?\s*(?:(?P<n>\d+|{_COUNT_WORD})\s*명|(?:{_ROLE})(?:님)?)(?:은|는|이|가)?\s*"
    r"(?P<part>반|절반)만\s*(?:낸대|낸다|낸다네|낸다고|내기로|내면|낸다면|내)[가-힣]*"
    rf"(?:\s*(?:그럼|그러면)?\s*(?:총|다\s*합쳐서|합치면)?\s*얼마[가-힣]*)?{_END}"
)
_EACH_PAID = re.compile(r"(?<![\d.])(\d+)\s*원\s*씩")


def one_pays_part(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "그중 한 명은 반만 낸대" after "35,000원씩 4명이 내면 다 합쳐서": less half of one share."""
    said = _ONE_PAYS_PART.match(text)
    if said is None or not steps:
        return None
    each = _EACH_PAID.findall(steps[-1])
    people = _people_slots(steps[-1])
    if len(each) != 1 or len(people) != 1 or int(people[0][1]) < 2 or _SPLIT.search(steps[-1]):
        return None  # only a total of equal shares loses half of one share
    payers = _count_of(said["n"]) if said["n"] else 1
    if payers >= int(people[0][1]):
        return None  # all of them paying half is a new total, said otherwise
    half = Decimal(each[0]) / 2 * payers
    new = [*steps, f"그 금액에서 {decimal_to_str(half)}원 빼면"]
    if run_chain(new, now) is None:
        return None
    return new, f"{payers} of {people[0][1]} pay half ({decimal_to_str(half)}원 less)"


# "내일은 920원 한다던데 그럼?": a new exchange rate told as news, no rate word needed.
_RATE_TOLD = LazyPattern(
    rf"{_OPENER}(?:(?:내일|오늘|모레|어제|아까|지금|요즘|이번\s*주|다음\s*주)(?:은|는|엔|에는)?\s*)?"
    r"(?:환율(?:이|은|도)?\s*)?(?P<rate>\d+(?:\.\d+)?)\s*원\s*"
    r"(?:한다던데|한대|한다네|한다고|이래|이라던데|이라네|이래서|래|된대|됐대|됐다던데|이던데|이더라|하더라|간대|간다던데)"
    rf"\s*,?\s*(?:그럼|그러면)?(?:\s*얼마[가-힣]*)?{_END}"
)
# A rate in a step: the won figure after "환율" or after "100엔당", "1달러에".
_RATE_IN_STEP = re.compile(
    r"(?:환율\s*(?:은|이|을|)\s*|\d+\s*(?:엔|달러|유로|위안|불)\s*(?:당|에)\s*)(\d+(?:\.\d+)?)\s*원"
)


def rate_told(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "내일은 920원 한다던데 그럼?": the one exchange rate of the request, replaced."""
    said = _RATE_TOLD.match(text)
    if said is None:
        return None
    found = [(i, m) for i, step in enumerate(steps) for m in _RATE_IN_STEP.finditer(step)]
    if len(found) != 1:
        return None
    index, slot = found[0]
    old, rate = Decimal(slot[1]), Decimal(said["rate"])
    if not old / 2 <= rate <= old * 2:
        return None  # no rate moves that far in a day: the figure is something else
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start(1)]}{said['rate']}{step[slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"the rate {slot[1]}원 → {said['rate']}원"


KOREAN_SLOT_RULES: tuple[Callable[[str, Sequence[str], datetime | None], Changed | None], ...] = (
    person_left,
    my_shares,
    amount_added_to_split,
    fee_off_result,
    date_moved,
    date_set,
    order_halved,
    item_swapped,
    one_pays_part,
    rate_told,
)


def korean_slot_follow_up(
    text: str, steps: Sequence[str], now: datetime | None = None
) -> Changed | None:
    """The first closed Korean form that reads the follow-up and runs, else ``None``."""
    if re.search("[가-힣]", text) is None:
        return None
    for rule in KOREAN_SLOT_RULES:
        changed = rule(text, steps, now)
        if changed is not None:
            return changed
    return None
