"""Korean follow-up forms of unseen set 53, said as the follow-up rules already read them.

Each names the role of its words (a figure's new value said with a verb of the situation,
an ask restated, a count glued to its counter) and is said plainly before the rules run:

- A count glued to its period: "세달", "일년" (as "3달", "1년"; "세 달" was read, "세달"
  not); the previous steps' glued counts of the same period are said so too, so the count
  they hold is found and replaced ("두달에 십일만사천원" then "세달이면").
- A span corrected: "아 다시보니 세달치네", "알고보니 4개월치였어" is "3달이면?".
- A new figure said with a verb of switching: "5.2%로 갈아타면 한달 이자" is "5.2%로
  바꾸면?" when what follows only asks again what the earlier turn asked.
- An ask restated after a new head count: "넷이면 얼마씩" is "넷이면?" after a split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_62C",
    "USE_ADDED_TO_AVERAGE",
    "USE_ASK_RESTATED",
    "USE_GLUED_COUNTS",
    "USE_PAY_OVER_MONTHS",
    "USE_SPAN_CORRECTED",
    "amount_added_to_average",
    "pay_over_months",
    "said_plainly_62c",
    "steps_unglued_62c",
]

#: Switches (off only in the tests that show what each rule changes).
USE_GLUED_COUNTS = True
USE_SPAN_CORRECTED = True
USE_ASK_RESTATED = True

_NATIVE = {"두": "2", "세": "3", "네": "4", "다섯": "5", "여섯": "6", "일곱": "7"}
_NATIVE |= {"여덟": "8", "아홉": "9", "열": "10"}
_SINO = {"일": "1", "이": "2", "삼": "3", "사": "4", "오": "5"}
# "세달", "두달치", "여섯달": a native count glued to 달; "일년", "삼년": a Sino count to 년.
_GLUED_NATIVE = LazyPattern(
    r"(?<![가-힣\d])(?P<n>두|세|네|다섯|여섯|일곱|여덟|아홉|열)(?P<unit>달)(?=[가-힣\s?？.!,]|$)"
)
_GLUED_SINO = LazyPattern(
    r"(?<![가-힣\d])(?P<n>일|이|삼|사|오)(?P<unit>년)(?=이면|에|동안|치|만|\s|[?？]|$)"
)
# "아 다시보니 세달치네", "알고보니 3달치였어": the span was another.
_SPAN_CORRECTED = LazyPattern(
    # ("아 잘못봤다 4달치였음" is tools.followup_correction's.)
    r"^\s*(?:아+\s*)?(?:다시\s*보니(?:까)?|알고\s*보니(?:까)?)?\s*"
    r"(?P<span>\d+\s*(?:달|개월|주|일|년))\s*치(?:네|였네|였어|더라|야|임|였음|래)\s*[?？.!~]*\s*$"
)
# "5.2%로 갈아타면 한달 이자": the new figure said with a switching verb, then the ask.
_SWITCHED = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*)?(?P<figure>\d+(?:\.\d+)?\s*(?:%|퍼센트|프로|원|만\s*원))\s*(?:으로|로)\s*"
    r"(?:갈아타면|옮기면|변경하면|바꾸면)\s*(?P<tail>[가-힣\s]*?)\s*[?？.!~]*\s*$"
)
# "넷이면 얼마씩", "4명이면 한명당 얼마": a new head count, then the ask again.
_HEADS_THEN_ASK = LazyPattern(
    r"^\s*(?:그럼\s*)?(?P<heads>(?:둘|셋|넷|다섯|여섯|\d+\s*명)(?:이서|이)?면)\s*"
    r"(?:얼마\s*씩|한\s*명\s*당\s*얼마|인당\s*얼마|1인당\s*얼마|각자\s*얼마)\s*(?:이야|야|임)?\s*[?？.!~]*\s*$"
)
_SPLIT_SAID = LazyPattern(r"나눠|나누|엔빵|n빵|더치|반띵|인당|명당|각자|씩")
# Words of an ask said again: "한달 이자", "이자는", "월 얼마", "얼마 나가".
_ASK_WORDS = frozenset(
    {"얼마", "이자", "이자는", "이자만", "나가", "나감", "나와", "총", "얼마야", "얼마임"}
)
_PERIODS = {"한달": "month", "매달": "month", "월": "month", "매월": "month", "달마다": "month"}
_PERIODS |= {"1년": "year", "일년": "year", "연": "year", "매년": "year", "1년에": "year"}


def _unglued(text: str) -> str:
    text = _GLUED_NATIVE.sub(lambda m: f"{_NATIVE[m['n']]}{m['unit']}", text)
    return _GLUED_SINO.sub(lambda m: f"{_SINO[m['n']]}{m['unit']}", text)


def _periods_of(text: str) -> set[str]:
    return {kind for word, kind in _PERIODS.items() if word in text}


def _ask_again(tail: str, steps: Sequence[str]) -> bool:
    """Whether ``tail`` only asks again what the steps asked (the same period, if any)."""
    said = " ".join(steps)
    for word in tail.split():
        if word in _ASK_WORDS or word in said:
            continue
        if word in _PERIODS and _PERIODS[word] in _periods_of(said):
            continue
        return False
    return True


def said_plainly_62c(text: str, earlier: Sequence[str]) -> str:
    """``text`` with set 53's follow-up forms said plainly (``earlier``: the earlier turns)."""
    if USE_GLUED_COUNTS:
        text = _unglued(text)
    if USE_SPAN_CORRECTED:
        corrected = _SPAN_CORRECTED.match(text)
        if corrected is not None:
            text = f"{corrected['span']}이면?"
    if USE_ASK_RESTATED:
        switched = _SWITCHED.match(text)
        if switched is not None and _ask_again(switched["tail"], earlier):
            text = f"{switched['figure']}로 바꾸면?"
        heads = _HEADS_THEN_ASK.match(text)
        if heads is not None and any(_SPLIT_SAID.search(step) for step in earlier):
            text = f"{heads['heads']}?"
    return text


def steps_unglued_62c(text: str, steps: Sequence[str]) -> list[str]:
    """``steps`` with their glued counts of months said apart when the follow-up ``text``
    gives a count of months in digits ("3달이면?" after "두달에 십일만사천원"), so the count it
    replaces is found."""
    if not USE_GLUED_COUNTS or not re.search(r"\d\s*달", text):
        return list(steps)
    return [_GLUED_NATIVE.sub(lambda m: f"{_NATIVE[m['n']]}{m['unit']}", step) for step in steps]


# --- Change rules (tools.followup_change_rules.CHANGES) ------------------------------------

#: Switches (off only in the tests that show what each rule changes).
USE_PAY_OVER_MONTHS = True
USE_ADDED_TO_AVERAGE = True

# "13개월로 쪼개서 주는 회사면?", "13개월로 나누면?", "14개월로 나눠 받으면": the months a
# yearly pay is paid over.
_PAID_OVER_MONTHS = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*)?(?:연봉(?:을|을\s*)?\s*)?(?P<n>\d+)\s*개월\s*(?:으로|로)\s*"
    r"(?:(?:쪼개|나눠|나누어|분할해)(?:서)?\s*(?:주는|받는|지급하는|준다는|주)\s*"
    r"(?:회사|곳|경우|데)?\s*(?:면|이면|라면|이라면)|나누면|쪼개면|(?:나눠|쪼개|나누어)(?:서)?\s*받으면"
    r"|받으면)"
    r"\s*(?:월급은?\s*)?(?:얼마)?\s*[?？.!~]*\s*$"
)
_YEARLY_PAY = LazyPattern(r"연봉\s*(?:이|은|는)?\s*(?P<x>\d+)\s*(?:원|만\s*원)?")
_MONTHLY_ASKED = LazyPattern(r"월급|(?<![가-힣])월\s|한\s*달|매달")
_FIGURES = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?")


def pay_over_months(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "13개월로 쪼개서 주는 회사면?" after "연봉 3900만원이면 월급 얼마씩": the yearly pay
    over 13 months (the 12 of a year was never said, so no figure of it is replaced)."""
    said = _PAID_OVER_MONTHS.match(normalize_numerals(text)) if USE_PAY_OVER_MONTHS else None
    if said is None or not steps or int(said["n"]) < 1:
        return None
    step = normalize_numerals(steps[-1])
    pay = _YEARLY_PAY.search(step)
    if pay is None or not _MONTHLY_ASKED.search(step) or len(_FIGURES.findall(step)) != 1:
        return None
    changed = f"연봉 {pay['x']}원을 {said['n']}개월로 나누면 월급 얼마"
    return [*steps[:-1], changed], f"over {said['n']} months"


# "4월 5만1천 나온거까지 넣으면 4달 평균은": one more amount in the average.
_ADDED_TO_AVERAGE = LazyPattern(
    r"^\s*(?:그럼\s*)?(?P<label>(?:1[0-2]|[1-9])\s*월(?:달)?(?:은|에|에는)?\s*)?(?P<x>\d+)\s*원?\s*"
    r"(?:(?:나온|나왔던|낸)\s*(?:거|것|걸))?\s*(?:도|까지|을|를|이랑)?\s*"
    r"(?:넣으면|넣어서|더하면|포함하면|추가하면|치면|합치면)\s*"
    r"(?:(?P<n>\d+)\s*(?:달|개월)\s*(?:치\s*)?)?평균(?:은|이|으로)?\s*(?:얼마)?\s*[?？.!~]*\s*$"
)
_AVERAGE = LazyPattern(r"평균")


def amount_added_to_average(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "4월 5만1천 나온거까지 넣으면 4달 평균은" after an average of three amounts: the
    average of the four (the amount put after the last one; the count said must fit)."""
    said = _ADDED_TO_AVERAGE.match(normalize_numerals(text)) if USE_ADDED_TO_AVERAGE else None
    if said is None or not steps:
        return None
    step = normalize_numerals(steps[-1])
    figures = list(_FIGURES.finditer(step))
    if not _AVERAGE.search(step) or len(figures) < 2:
        return None
    labels = len(re.findall(r"(?<![\d.])(?:1[0-2]|[1-9])\s*월", step))
    amounts = len(figures) - labels
    if said["n"] is not None and int(said["n"]) != amounts + 1:
        return None  # "4달 평균" after three amounts: four; any other count is not this
    if (said["label"] is None) != (labels == 0):
        return None  # labelled amounts with an unlabelled one, or the other way: unsure
    last = figures[-1]
    added = f" {(said['label'] or '').strip()} {said['x']}".replace("  ", " ")
    changed = step[: last.end()] + added + step[last.end() :]
    return [*steps[:-1], changed], f"{said['x']} added to the average"


CHANGES_62C = (pay_over_months, amount_added_to_average)
