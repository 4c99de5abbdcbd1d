"""Korean chat follow-ups that change a count, the people of a split, or scale the result.

The typed-slot reader declines a turn with any word the previous request does not hold,
and chat says the change with words of its own: "아 세 줄 더 필요하대", "걍 두 판만
시킬게", "막내 합류함ㅋㅋ 다시 나눠줘", "엄마가 두 배로 올려준대", "4주 치로 치면?".
These read the change from its figure and its cue alone (a count with its counter and
더 / 만 / 빼; a person joining or leaving; 두 배 / 반; so many weeks' worth), and stand
only where the previous request has exactly one figure that change can touch:

- a count of things: the one count of that counter that is not the "한 개" a price is for;
- people: the one count of people of a split;
- a factor: the one amount of money, when the request is a product of it (a factor on
  one figure of a difference would not scale the result);
- a period's worth: the request asked per that period ("일주일에 얼마").

A turn that names a part ("하나는", "그중", "한 잔은"), asks a count ("몇"), or holds a
figure of another kind reads as none of these: ``None``, and a model or a decline takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_korean_counted import counts_as_digits
from tools.followup_chain import run_chain
from tools.followup_each_count import count_of_each_item_unnamed
from tools.followup_slots_korean_words import COUNT_WORD, SPLIT, Changed, count_of, people_slots
from tools.korean_numbers import decimal_to_str

__all__ = ["CHAT_COUNT_RULES", "chat_words"]

_THINGS = (
    r"(?:켤레|봉지|인분|그릇|접시|조각|송이|포기|묶음|박스|상자|세트|마리|"
    r"줄|판|잔|통|개|모|캔|병|팩|장|권|벌|알|컵|단|봉|대)"
)
# Laughter, crying and openers that change nothing ("ㅋㅋ", "걍", "아 참").
_CHATTER = re.compile(r"[ㅋㅎㅠㅜ]+|^\s*(?:(?:아|앗|참|걍|그냥|근데|그럼|헐|아참|오)\s*,?\s+)+")
# A part of the order or of the people named: which figure changes is unsaid.
_PART = re.compile(
    r"하나(?:는|를|만|도|가)|(?:1|한)\s*(?:개|잔|명|그릇|병|캔)(?:은|는|을|를)|그중|둘\s*중|몇"
)
# Any figure with a mark of money, percent, weight or time: another kind of change.
_OTHER_FIGURE = re.compile(r"\d\s*(?:원|%|퍼|프로|kg|g\b|km|시간|분|일|주|달|개월|년|배)")


def chat_words(text: str) -> str:
    """The turn without chatter, with native counts before a counter as digits."""
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # "1,800원" as the steps hold it
    return counts_as_digits(_CHATTER.sub(" ", text)).strip()


# "세 줄 더 필요하대", "2인분 더 시켜야 된대", "네 캔 더 사 오래": so many more.
_MORE = LazyPattern(
    rf"^(?P<n>\d+)\s*(?P<u>{_THINGS})\s*(?:을|를|이|가)?\s*더(?:\s+[가-힣]+){{0,3}}\s*[?？.!~]*$"
)
# "두 판만 시킬게", "그냥 두 모만 살게": only so many.
_ONLY = LazyPattern(
    rf"^(?P<n>\d+)\s*(?P<u>{_THINGS})\s*(?:만|으로|로)\s*(?:[가-힣]+\s*){{0,2}}[?？.!~]*$"
)
# "한 판 빼자", "두 캔 빼줘": so many fewer.
_FEWER = LazyPattern(
    rf"^(?P<n>\d+)\s*(?P<u>{_THINGS})\s*(?:은|는|을|를)?\s*(?:빼|취소)[가-힣]*\s*[?？.!~]*$"
)


def _count_slots(steps: Sequence[str], unit: str) -> list[tuple[int, re.Match[str]]]:
    counted = re.compile(rf"(?<![\d.])(\d+)\s*{unit}(?!당)")
    return [
        (i, m)
        for i, step in enumerate(steps)
        for m in counted.finditer(counts_as_digits(step))
        if m[1] != "1"  # "한 판 21,000원": the price is for one, no count of the order
    ]


def count_changed(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "아 세 줄 더 필요하대" after "김밥 한 줄 3,800원인데 일곱 줄": ten rolls."""
    said = chat_words(text)
    if _PART.search(said):
        return None
    more, only, fewer = _MORE.match(said), _ONLY.match(said), _FEWER.match(said)
    found = more or only or fewer
    if found is None:
        return None
    slots = _count_slots(steps, found["u"])
    if len(slots) != 1:
        return None  # no count of that counter, or two: which one changes is unsaid
    index, slot = slots[0]
    old, n = int(slot[1]), int(found["n"])
    if count_of_each_item_unnamed(counts_as_digits(steps[index]), Decimal(old), text, False):
        return None  # "5개 빼줘" after "30개씩" of two items: of which one is unsaid
    new_count = old + n if more else n if only else old - n
    if new_count <= 0 or new_count == old:
        return None
    step = counts_as_digits(steps[index])
    new = list(steps)
    new[index] = f"{step[: slot.start(1)]}{new_count}{step[slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{old} → {new_count} ({found['u']})"


# "막내 합류함", "동생도 온대", "두 명 더 합류했어", "한 명 빠졌어": the split's people.
_JOINED = re.compile(r"합류|온대|온다|오기로|왔어|왔대|끼기로|낀대|같이\s*간대|참석한대")
_LEFT = re.compile(r"빠졌|빠진대|빠짐|빠진다|못\s*온|안\s*온|못\s*간|안\s*간대|불참")
_PEOPLE_COUNT = re.compile(rf"(?P<n>\d+|{COUNT_WORD})\s*(?:명|사람)")
_AGAIN = re.compile(r"\s*(?:다시|새로)\s*(?:나눠|나누면|계산|해)[가-힣]*\s*[?？.!~]*$")


def people_changed(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "막내 합류함ㅋㅋ 다시 나눠줘" after "52,000원 넷이 나눠 내면": five people."""
    said = _AGAIN.sub("", chat_words(text))
    if re.search(r"째", said):
        return None  # "다섯 번째 친구": the count the split reaches, not one more
    joined, left = _JOINED.search(said), _LEFT.search(said)
    if (joined is None) == (left is None) or _OTHER_FIGURE.search(said) or ("더" in said and left):
        return None
    if not SPLIT.search(" ".join(steps)):
        return None
    counts = _PEOPLE_COUNT.findall(said)
    if len(counts) > 1 or re.search(r"\d", _PEOPLE_COUNT.sub(" ", said)):
        return None
    n = count_of(counts[0]) if counts else 1
    slots = [(i, m) for i, step in enumerate(steps) for m in people_slots(step)]
    if len(slots) != 1:
        return None
    index, slot = slots[0]
    old = int(slot[1])
    new_count = old + n if joined else old - n
    if new_count <= 0:
        return None
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start(1)]}{new_count}{step[slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{old} people {'+' if joined else '−'} {n} = {new_count}"


# "엄마가 두 배로 올려준대", "가족 요금은 두 배래", "그냥 반으로 줄일래": a factor.
_FACTOR = LazyPattern(
    r"(?:^|\s)(?:(?P<n>\d+|두|세|네)\s*배(?:로|래|야|라|이래|라는데|면|이면)?|(?P<half>반|절반)(?:으로|만))"
    r"(?:\s+[가-힣]+){0,2}\s*[?？.!~]*$"
)
_MONEY = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*원")
_TIMES_WORD = {"두": 2, "세": 3, "네": 4}


def result_scaled(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "엄마가 두 배로 올려준대" after "용돈 한 달 25만 원이면 1년이면": 600만 원."""
    said = chat_words(text)
    factor_said = _FACTOR.search(said)
    if factor_said is None or _PART.search(said) or re.search(r"\d", _FACTOR.sub(" ", said)):
        return None
    joined = " ".join(steps)
    if re.search(r"[-+]|빼|남|할인|%|퍼센트|나누|나눠", joined):
        return None  # a factor on one figure scales the result only in a product of figures
    slots = [(i, m) for i, step in enumerate(steps) for m in _MONEY.finditer(step)]
    if len(slots) != 1:
        return None
    n = factor_said["n"]
    factor = Decimal("0.5") if factor_said["half"] else Decimal(_TIMES_WORD.get(n or "", n or 0))
    if factor <= 0:
        return None
    index, slot = slots[0]
    value = Decimal(slot[1]) * factor
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start(1)]}{decimal_to_str(value)}{step[slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{slot[1]}원 × {decimal_to_str(factor)}"


# "4주 치로 치면?", "3달 치는?": so many of the period the request asked per.
_WORTH = LazyPattern(
    r"^(?P<n>\d+)\s*(?P<u>주|달|개월|일|년)\s*(?:치|분)(?:로|으로|는|은|면)?\s*(?:치면|하면|계산하면|따지면|"
    r"얼마[가-힣]*)?\s*[?？.!~]*$"
)
_PER_PERIOD = {
    "주": r"일주일에|한\s*주에|1\s*주에|주당|매주",
    "달": r"한\s*달에|1\s*달에|월에|매달|매월|한\s*달\s",
    "일": r"하루에|1일에|매일|일당",
    "년": r"1년에|일\s*년에|한\s*해에|연간|매년",
}
_PER_PERIOD["개월"] = _PER_PERIOD["달"]


def period_worth(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "4주 치로 치면?" after "주 15시간 … 일주일에 얼마 벌어": four weeks of it."""
    said = _WORTH.match(chat_words(text))
    if said is None or len(steps) != 1:
        return None
    asked_per = [u for u, words in _PER_PERIOD.items() if re.search(words, steps[0])]
    if asked_per != [said["u"]] and sorted(asked_per) != sorted(["달", "개월"]):
        return None  # asked per no period, or per another one: what one "주 치" is, is unsaid
    if said["u"] not in asked_per or int(said["n"]) < 2:
        return None
    new = [*steps, f"그 금액 곱하기 {said['n']}"]
    if run_chain(new, now) is None:
        return None
    return new, f"× {said['n']} ({said['u']})"


CHAT_COUNT_RULES = (count_changed, people_changed, result_scaled, period_worth)
