"""Follow-up rules of helper opens52c (blind set 52's calculation follow-ups), put before the
older rules in :data:`tools.followup_change_rules.CHANGES`; each reads only after its own
first-turn form.

- :func:`next_amount_averaged`: "if next month is 140, whats the average over the 4 months"
  after "bills the last three months were 112, 96 and 131. whats my average": the list with
  the one new amount, averaged again (479 / 4). A count of the periods said must be the
  list's grown by one.
- :func:`listed_one_named_anew`: "what if the last one was 150" after a plain list averaged:
  the figure in that place is changed (it was the first figure, whatever the place said).
  :func:`listed_one_unplaced` declines a place the list does not have ("the fifth one" of
  three).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS, KOREAN_NATIVE_DIGITS
from tools.calculator_paid_amount_forms import weekly_wage_week_end
from tools.calculator_shared_bill_61c import shared_bill
from tools.calculator_tallies import plain_average_values
from tools.calculator_unit_rate_forms import asked_measure_span
from tools.followup_rerun import kept_if_read, kept_if_runs, replaced, spliced
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_61C",
    "LAST_61C",
    "chat_words_around_change",
    "group_of_shared_bill_changed",
    "listed_one_named_anew",
    "listed_one_unplaced",
    "measure_asked_anew",
    "next_amount_averaged",
    "paid_first_unread",
    "part_paid_first",
    "percent_taken_off_result",
    "weeks_of_weekly_wage",
]

_N = r"\d[\d,]*(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_AVERAGE_ASKED = LazyPattern(r"\baverage\b|\bmean\b|평균", re.IGNORECASE)
# The periods averaged said with the new amount: "over the 4 months", "4달 평균".
_PERIODS = LazyPattern(
    r"(?<![\d.])(?P<k>\d+)\s*(?:months?|weeks?|bills?|scores?|tests?|days?|개월|달|주|번)",
    re.IGNORECASE,
)
# The one new amount, for the next period or another one: "next month is 140", "the next
# bill comes in at 98", "if i get a 92 on the next test", "다음달에 14만원 나오면".
_NEXT_EN = LazyPattern(
    r"\b(?:next|following|4th|fourth|fifth|another)\s+(?:month|week|bill|one|test|score|day|quiz)"
    rf"(?:'s|\s+is|\s+was|\s+will\s+be|\s+comes?\s+(?:in\s+)?(?:at|to)|\s+(?:costs?|at))\s+"
    rf"\$?(?P<a>{_N})\b"
    rf"|\b(?:get|score|pay)\s+(?:a|an)?\s*\$?(?P<b>{_N})\s+(?:on|for)\s+the\s+next\s+"
    r"(?:month|week|bill|one|test|quiz|exam)\b",
    re.IGNORECASE,
)
_NEXT_KO = LazyPattern(
    rf"다음\s*(?:달|주|번|시험)\s*(?:에|이|은|는|도)?\s*(?P<a>{_N})\s*(?:원|점)?\s*"
    r"(?:이면|나오면|나오면은|받으면|내면|이라면|면)"
)


def _list_step(steps: Sequence[str]) -> tuple[str, list[tuple[int, int]]] | None:
    if len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    values = plain_average_values(step)
    return None if values is None else (step, values)


def next_amount_averaged(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The averaged list with the turn's one new amount after it, or ``None``.

    Args:
        text: The follow-up ("if next month is 140, whats the average over the 4 months").
        steps: The previous turn's steps (one request averaging a plain list).
    """
    listed = _list_step(steps)
    digits = normalize_numerals(text)
    said = _NEXT_EN.search(digits) or _NEXT_KO.search(digits)
    if listed is None or said is None or not _AVERAGE_ASKED.search(digits):
        return None
    step, values = listed
    added = (said["a"] or said.groupdict().get("b") or "").replace(",", "")
    rest = digits[: said.start()] + " " + digits[said.end() :]
    periods = list(_PERIODS.finditer(rest))
    if len(_FIGURE.findall(rest)) != len(periods) or len(periods) > 1:
        return None  # a figure that is neither the new amount nor the periods averaged
    if periods and int(periods[0]["k"]) != len(values) + 1:
        return None  # "over the 5 months" of three and one more: another list
    end = values[-1][1]
    swaps = [((end, end), f" and {added}")]
    # "the last three months were …": the count of the list in words grows with it.
    words = {v: k for k, v in ENGLISH_DIGITS.items()}
    counted = re.search(
        rf"\b{words.get(str(len(values)), '#')}\b(?=\s+(?:months|weeks|bills|scores|tests|days))",
        step[: values[0][0]],
        re.IGNORECASE,
    )
    if counted is not None:
        grown = words.get(str(len(values) + 1))
        if grown is None:
            return None
        swaps.append((counted.span(), grown))
    changed = spliced(step, swaps)
    return kept_if_read(changed, f"{added} added to the list averaged")


_PLACES = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "첫번째": 1, "첫째": 1, "두번째": 2, "둘째": 2, "세번째": 3,
    "셋째": 3, "네번째": 4, "넷째": 4, "다섯번째": 5,
}  # fmt: skip
_LAST = ("last", "마지막")
_PLACE = "|".join(sorted([*_PLACES, *_LAST], key=len, reverse=True))
_NAMED_ANEW = LazyPattern(
    rf"\b(?:the\s+)?(?P<place>{_PLACE})\s+(?:one|month|week|bill|score|test|figure|number)?\s*"
    rf"(?:was|is|were|had\s+been|should\s+be|should\s+have\s+been|became)\s+(?:actually\s+)?"
    rf"\$?(?P<a>{_N})\b"
    rf"|(?P<place_ko>{_PLACE})\s*(?:달|주|꺼|거|것|번)?\s*(?:이|가|은|는|를)?\s*(?P<b>{_N})\s*"
    r"(?:원|점)?\s*(?:이면|였으면|이었으면|이라면|면|로\s*바꾸면|으로\s*바꾸면)",
    re.IGNORECASE,
)


def _place_named(text: str) -> tuple[str, str] | None:
    said = _NAMED_ANEW.search(normalize_numerals(text))
    if said is None or len(_FIGURE.findall(normalize_numerals(text))) != 1:
        return None
    place = (said["place"] or said["place_ko"]).lower().replace(" ", "")
    return place, (said["a"] or said["b"]).replace(",", "")


def _index(place: str, count: int) -> int | None:
    if place in _LAST:
        return count - 1
    index = _PLACES.get(place, 0) - 1
    return index if 0 <= index < count else None


def listed_one_named_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The averaged list with the figure in the place named changed, or ``None``.

    Args:
        text: The follow-up ("what if the last one was 150", "두번째 달이 9만원이면").
        steps: The previous turn's steps (one request averaging a plain list).
    """
    listed, named = _list_step(steps), _place_named(text)
    if listed is None or named is None:
        return None
    step, values = listed
    index = _index(named[0], len(values))
    if index is None:
        return None
    old = step[values[index][0] : values[index][1]]
    return replaced(step, values[index], named[1], f"the {named[0]} one {old} → {named[1]}")


def listed_one_unplaced(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` changes a place of an averaged list that the list does not have
    ("what if the fifth one was 150" of three figures): no other figure is meant."""
    listed, named = _list_step(steps), _place_named(text)
    return listed is not None and named is not None and _index(named[0], len(listed[1])) is None


# "1키로 사면", "900g이면?", "300그램만 사면 얼마" after a price for an amount of a measure and
# another amount asked: that amount asked anew, never the priced amount (opens52c).
_MEASURE_ASKED = LazyPattern(
    rf"^\s*(?:그럼\s*|아\s*|음\s*)?(?P<q>{_N})\s*(?P<u>킬로그램|kg|그램|g|ml|밀리|리터|l|km|미터|m|키로|킬로)"
    r"\s*(?:만|씩)?\s*(?:은|는|이면|면|사면|살면|하면|쓰면|넣으면|내리면|주문하면|이라면)?\s*"
    r"(?:얼마(?:야|임|예요|에요)?)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


def measure_asked_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The priced measure's question with the amount asked replaced by the turn's, or ``None``.

    Args:
        text: The follow-up ("1키로 사면").
        steps: The previous turn's steps (one request pricing an amount of a measure).
    """
    said = _MEASURE_ASKED.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    span = asked_measure_span(step)
    if span is None:
        return None
    new = f"{said['q']}{said['u']}"
    return replaced(step, span, new, f"{step[span[0] : span[1]]} → {new} asked")


# "so over a year if i work 50 weeks", "and for 48 weeks?" after a week's pay from an hourly
# wage and hours a week: that many weeks of it (opens52c). Weeks off or unpaid are another
# question.
_WEEKS_WORKED = LazyPattern(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+)?"
    r"(?:(?:over|in|for)\s+(?:a|the|one)\s+(?:whole\s+)?year\s*,?\s*)?"
    r"(?:if\s+i\s+(?:work|do)\s+|working\s+|for\s+|over\s+)?(?P<n>\d+)\s+weeks"
    r"(?:\s+(?:a|per|of\s+the)\s+year)?\s*"
    r"(?:,?\s*(?:how\s+much|what(?:'s|s|\s+is|\s+do\s+i\s+(?:make|earn|get))?)(?:\s+(?:is\s+)?that)?"
    r"(?:\s+in\s+total|\s+total)?)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def weeks_of_weekly_wage(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The wage question with the turn's weeks said and the total asked, or ``None``.

    Args:
        text: The follow-up ("so over a year if i work 50 weeks").
        steps: The previous turn's steps (one English wage over hours a week).
    """
    said = _WEEKS_WORKED.match(text)
    if said is None or len(steps) != 1 or not re.search(r"\byear|\bwork|\bweeks", text, re.I):
        return None
    end = weekly_wage_week_end(steps[0])
    if end is None:
        return None
    step = unicodedata.normalize("NFKC", steps[0]).strip()
    changed = f"{step[:end]} for {said['n']} weeks, how much do i make in total"
    return kept_if_read(changed, f"a week's pay × {said['n']} weeks")


# "one roommate moves out next month, what do i pay then", "another friend joins, my share?"
# after an even split of shared amounts: the group one smaller or larger (opens52c).
_WHO_CHANGES = r"roommates?|flatmates?|housemates?|friends?|persons?|people|guys|of\s+(?:us|them)"
_GROUP_CHANGED = LazyPattern(
    rf"^\s*(?:so\s+|and\s+|ok\s+|what\s+if\s+|if\s+)?(?P<out>(?:one|1|a)\s+(?:{_WHO_CHANGES})\s+"
    r"(?:moves?\s+out|moved\s+out|leaves|left|drops?\s+out|dropped\s+out|bails|bailed|quits?)"
    rf"|(?P<in>(?:another|one\s+more|a\s+new|1\s+more)\s+(?:{_WHO_CHANGES})\s+"
    r"(?:moves?\s+in|moved\s+in|joins|joined|comes|came)))\b"
    r"(?:\s+(?:next|this)\s+(?:month|week|year))?\s*[,.]?\s*"
    r"(?:(?:what|how\s+much)\s+(?:do|would|will|should)\s+i\s+(?:pay|owe)(?:\s+then|\s+now)?"
    r"|(?:what(?:'s|s|\s+is)\s+)?my\s+(?:share|part)(?:\s+then|\s+now)?|each\s*(?:then|now)?)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def group_of_shared_bill_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The even split asked again with the group one smaller or larger, or ``None``.

    Args:
        text: The follow-up ("one roommate moves out next month, what do i pay then").
        steps: The previous turn's steps (one even split of shared amounts).
    """
    said = _GROUP_CHANGED.match(text)
    if said is None or len(steps) != 1 or re.search(r"\d", text.replace(" 1 ", " ")):
        return None
    step = normalize_numerals(steps[0])
    bill = shared_bill(step)
    if bill is None:
        return None
    people = bill.people + (1 if said["in"] else -1)
    if people < 2:
        return None
    note = f"{bill.people} → {people} sharing"
    return replaced(step, bill.group, f" {people} of us ", note)


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


# "이자소득세 15.4% 떼면 얼마 남아", "15.4% 떼면?" after a request whose percent is no deduction
# (an interest rate, a raise): the percent taken off the result, never the rate replaced
# (it was 5,000,000 at 15.4%: 770,000원; opens52c).
_TAKEN_OFF = LazyPattern(
    r"^\s*(?:그럼\s*|거기서\s*|그걸로\s*)?(?:(?P<label>[가-힣]{1,6})\s*)?(?P<p>\d+(?:\.\d+)?)\s*(?:%|퍼센트|퍼|프로)\s*"
    r"(?:를|을)?\s*(?:떼면|떼고|빼면|빼고|제하면|공제하면|차감하면|원천징수하면)\s*"
    r"(?:얼마\s*(?:남아|남음|남지|남나|야|임|받아|남는거야|남는지)?|실수령(?:은|액)?\s*(?:얼마)?)?\s*[?？]*\s*$"
)
_DEDUCTION_SAID = LazyPattern(r"떼|빼|공제|제하|차감|할인|깎|세후|수수료|\boff\b|\bless\b", re.I)


def percent_taken_off_result(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous result with the turn's percent taken off, or ``None``.

    Args:
        text: The follow-up ("이자소득세 15.4% 떼면 얼마 남아").
        steps: The previous turn's steps (one request with no deduction in it).
    """
    said = _TAKEN_OFF.match(normalize_numerals(text))
    if said is None or len(steps) != 1 or _DEDUCTION_SAID.search(steps[0]):
        return None
    if "%" not in steps[0] and "퍼" not in steps[0] and "프로" not in steps[0]:
        return None  # no rate said before: a plain amount less a percent, read elsewhere
    return kept_if_runs([*steps, f"그 금액에서 {said['p']}% 빼면"], f"−{said['p']}% off the result")


# "30만원 먼저 내고 나머지를 12개월로 하면", "30만원 선납하면" after an instalment of a price over
# months: the price less the part paid first, over the months said (or the same months);
# the price was replaced by the part paid (25,000원; opens52c).
_PAID_FIRST = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*)?(?P<a>\d+)\s*원?\s*(?:은|을|를)?\s*(?:먼저|미리|선납으로|선결제로|계약금으로|일시불로)?\s*"
    r"(?:내고|내면|선납하고|선납하면|선결제하고|선결제하면|결제하고|결제하면|넣고|넣으면|주고)\s*,?\s*"
    r"(?:(?:나머지(?:를|는)?|남은\s*(?:거|금액)(?:를|는)?)\s*(?:(?P<m>\d+)\s*개월(?:로|에)?\s*)?"
    r"(?:할부\s*)?(?:하면|나누면|나눠\s*내면|내면|돌리면)?)?\s*"
    r"(?:월\s*)?(?:얼마씩?(?:이야|임|야)?)?\s*[?？]*\s*$"
)
_PAID_FIRST_WORDS = LazyPattern(
    r"(?:먼저|미리)\s*(?:내|결제|납부|지불|넣)|선납|선결제|계약금|일시불로?\s*(?:내|결제)"
)
_INSTALMENT = LazyPattern(
    r"(?<![\d.])(?P<price>\d+)\s*원[^\d]*?(?P<months>\d+)\s*개월\s*(?:무이자\s*)?(?:할부|로\s*나누|으로\s*나누|분할)"
)


def part_paid_first(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The instalment of the price less the part paid first, or ``None``.

    Args:
        text: The follow-up ("30만원 먼저 내고 나머지를 12개월로 하면").
        steps: The previous turn's steps (one price over months).
    """
    digits = normalize_numerals(text)
    said = _PAID_FIRST.match(digits)
    if said is None or len(steps) != 1 or not _PAID_FIRST_WORDS.search(digits):
        return None
    step = normalize_numerals(steps[0])
    plan = _INSTALMENT.search(step)
    if plan is None or len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?", step)) != 2:
        return None  # a rate, a fee or a second price beside the instalment
    rest = int(plan["price"]) - int(said["a"])
    if rest <= 0:
        return None
    months = said["m"] or plan["months"]
    swaps = [(plan.span("price"), str(rest)), (plan.span("months"), months)]
    note = f"{plan['price']}원 − {said['a']}원 paid first, over {months} months"
    return kept_if_read(spliced(step, swaps), note)


def paid_first_unread(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` pays an amount first ("30만원 먼저 내고 … 이자는?") that
    :func:`part_paid_first` cannot place: no other figure of the previous request is it."""
    digits = normalize_numerals(text)
    return (
        bool(steps)
        and _PAID_FIRST_WORDS.search(digits) is not None
        and re.search(r"\d\s*원", digits) is not None
        and part_paid_first(text, steps) is None
    )


CHANGES_61C = (
    measure_asked_anew,
    next_amount_averaged,
    listed_one_named_anew,
    weeks_of_weekly_wage,
    group_of_shared_bill_changed,
    percent_taken_off_result,
    part_paid_first,
)
#: Read after every other rule: the chat words are dropped only when nothing read them.
LAST_61C = (chat_words_around_change,)
