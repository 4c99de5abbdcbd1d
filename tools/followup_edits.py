"""The edits a follow-up turn makes to the previous turn's steps, in plain code.

Each edit reads a follow-up ("그럼 4명이면?", "달러로는?", "두 배면?", "What if it were
300?") against the step texts of the previous turn and returns the changed steps and one
line for the trace, or ``None`` when it does not apply. ``tools.followups`` tries them in
the order of :data:`EDITS` and re-runs the result through the deterministic handlers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from core.lazy_regex import LazyPattern
from tools.followup_change_ends import end_unsaid, ends_of_a_change
from tools.followup_edit_guards import parallel_figures, part_or_pause
from tools.followup_named_figure import named_figure, names_figure, noun_of
from tools.followup_number_edits import ANY_NUMBER as _ANY_NUMBER
from tools.followup_number_edits import count_asked_for, modify_bare_number, stands_alone
from tools.followup_percent_pointed_60m import percent_pointed
from tools.followup_price_unit import unit_of_a_price
from tools.followup_quantities import QUANTITY as _QUANTITY
from tools.followup_quantities import SAME_UNIT as _SAME_UNIT
from tools.followup_quantities import SPELLED_NUMBERS
from tools.followup_rate_figure import same_kind_of_figure
from tools.followup_rate_given import RATE_CLAUSE
from tools.followup_rate_role_56t import other_than_named_rate
from tools.followup_rates import (
    ASSUMING,
    count_of_rate,
    match_more_people,
    move_span_end,
    speed_in_unit,
    target_at_rate,
)
from tools.followup_role_figures_53x import other_than_role_figures, the_figure_paid
from tools.followup_role_kind_58q import charge_figure
from tools.followup_servings_target_56t import servings_asked_not_base
from tools.followup_share_of_rest_57b import share_asked_not_rate_off
from tools.korean_numbers import english_counts_as_digits, normalize_numerals
from tools.references import OPERATION_RES
from tools.units import merge_hours_and_minutes

__all__ = ["ASSUMING", "EDITS", "SPELLED_NUMBERS", "TARGET_RE", "Edit"]

#: An edit: the follow-up and the previous steps → the new steps and what changed.
Edit = Callable[[str, Sequence[str]], tuple[list[str], str] | None]

_RATE_DEFINITION = LazyPattern(r"\s*(?:이|가|에|당|은|는)\s*[\d,.]+\s*(?:원|달러|엔|유로)")
# "100엔에 910원 기준으로": the price of a stated amount of another currency is a rate too.
_RATE_ANCHOR = LazyPattern(r"\d\s*(?P<unit>원|달러|엔|유로)\s*(?:이|가|에|당|은|는)\s*$")


def _kind(unit: str) -> str:
    """What a quantity counts; a counter word not listed ("권", "tickets") is its own kind."""
    word = unit.lower()
    return _SAME_UNIT.get(word) or (word.removesuffix("s") if word.isascii() else word)


#: A named percent found in neither of a step's two is no edit (off only in its test).
USE_UNNAMED_OF_TWO_RATES = True


def unnamed_of_two_rates(step: str, candidates: Sequence[re.Match[str]], noun: str | None) -> bool:
    """Whether the follow-up names its percent ("앱할인이 15%면") by a word the step never
    says while the step holds two or more percents: which one it changes is unsaid (the
    first was taken: "20% 세일 … 앱으로 사면 10% 더" became 15% 세일, calc62)."""
    percents = [q for q in candidates if q["unit"] in ("%", "퍼센트", "프로")]
    # (A discount named by what it is for, "앱할인", "카드 할인"; "금리" names the rate's
    # kind, which a step says by its form, "연 3.5%".)
    named = re.fullmatch(r"(?P<head>[가-힣]+?)\s*(?:추가\s*)?(?:할인|세일)", noun or "")
    return named is not None and noun is not None and noun not in step and len(percents) > 1


def _quantities_in(step: str) -> list[re.Match[str]]:
    """A step's quantities, for :func:`charge_figure`."""
    return list(_QUANTITY.finditer(step))


def _date_part(step: str, quantity: re.Match[str]) -> bool:
    """ "2026년", "3월 2일": a calendar date, not a quantity a follow-up changes."""
    before = step[: quantity.start()]
    if quantity["unit"] == "일" and re.search(r"월\s*$", before):
        return True
    return quantity["unit"] == "년" and len(quantity["num"].replace(",", "")) == 4


# A new unit for the same result: "달러로는?", "and in dollars?", "in km?".
_TARGET = LazyPattern(
    r"^\s*(?:(?:and|so|ok)\s+)?"
    # "whats that in km/h", "thats how much in km/h", "how much is that in euros", "convert
    # it to km" (blind56m): the result named and the new unit asked, by role.
    r"(?:(?:what'?s|what\s+is|how\s+much\s+is|how\s+much'?s|convert|change)\s+(?:that|it|this)\s+"
    r"|(?:that'?s|that\s+is|it'?s|this\s+is)\s+how\s+much\s+|how\s+much\s+(?:that|it)\s+is\s+)?"
    r"(?P<each_en>each\s+|per\s+person\s+)?(?:in|to)\s+(?P<en>[A-Za-z$]+(?:/[A-Za-z]+)?)"
    r"\s*\??\s*$"
    r"|^\s*(?P<each_ko>(?:(?:1|한)\s*(?:인|명|사람)\s*당|인당)\s*)?"
    # "그거 달러로 얼마야": the result named, the amount asked in the new unit.
    r"(?:(?:그거|그걸|그건|이거|이걸)\s*)?"
    r"(?P<ko>[가-힣A-Za-z$]{1,6}?)(?:으로|로)(?:는|\s*치면|\s*하면|\s*따지면|\s*바꾸면"
    r"|\s*얼마(?:야|예요|에요|지|인가요)?)요?\s*[?？]?\s*$",
    re.IGNORECASE,
)
_CURRENCY_TARGETS = {
    "달러": "달러",
    "dollars": "달러",
    "dollar": "달러",
    "usd": "달러",
    "$": "달러",
    "원": "원화",
    "원화": "원화",
    "won": "원화",
    "krw": "원화",
}
# An operation already asked in the previous step is a change of its quantity, not one
# more step: after "20% 할인하면", "그럼 30% 할인하면?" discounts the original price.
_SAME_OPERATION = {
    "discount": LazyPattern(r"할인|\boff\b|discount", re.IGNORECASE),
    "add_percent": LazyPattern(r"세금|부가세|팁|봉사료|수수료|tax|vat|tip", re.IGNORECASE),
    # "이거 1.5배면" then "2배면?": the multiple replaced, not the result doubled.
    "times": LazyPattern(r"\d\s*배"),
}
# "5% 더 깎아주면", "another 10% off": one more of the same operation, on the result.
_FURTHER = LazyPattern(r"더|추가로|another|further|more", re.IGNORECASE)
_PER_PERSON_ALREADY = LazyPattern(r"나누|나눠|인당|명당|per\s+(?:person|head)|each", re.IGNORECASE)
# A number with no unit ("What if it were 300?", "500이면?") and the words naming a rate.
# A comma after the last digit ends the clause ("i need 4, total?"); it is no digit group.


def _plain_figures(text: str) -> str:
    """ "3만 엔" -> "30000 엔", "다섯 명" -> "5명", "3시간 45분" -> "225분": one way to
    write a quantity, so a follow-up's figure meets the earlier step's."""
    return merge_hours_and_minutes(english_counts_as_digits(normalize_numerals(text)))


def _states_a_rate(step: str, quantity: re.Match[str]) -> bool:
    """ "100엔이 900원일 때", "100엔에 910원": the quantity defines an exchange rate, it is
    not the amount."""
    if _RATE_DEFINITION.match(step, quantity.end()) is not None:
        return True
    anchor = _RATE_ANCHOR.search(step[: quantity.start()])
    return anchor is not None and anchor["unit"] != quantity["unit"]


# Arithmetic a follow-up may name with its figure ("45분 빼면?", "and minus 45 minutes?").
_ARITHMETIC = (
    LazyPattern(r"빼|깎|minus|subtract|take\s+(?:off|away)|\bless\b", re.IGNORECASE),
    LazyPattern(r"더하|보태|추가\s*(?:하|해|로)|plus|\badd\b", re.IGNORECASE),
    LazyPattern(r"곱하|곱해|\btimes\b|multiply", re.IGNORECASE),
    LazyPattern(r"나누|나눠|나눈|divide|\bsplit", re.IGNORECASE),
)


def _new_arithmetic(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` names an operation no earlier step did: one more step on the
    result ("45분 빼면?" after a sum), not a new figure for the same one."""
    return any(op.search(text) and not any(op.search(s) for s in steps) for op in _ARITHMETIC)


_SAME_RATE = LazyPattern(r"\bat\s+the\s+same\s+rate\b|같은\s*(?:비율|시급|요율|단가)로", re.I)


# "2년 반", "두 달 반", "1시간반", "2 and a half years", "an hour and a half": a figure and a
# half. Not 반올림/반값/반반/반납 (a rounding, half price, halves, a return).
_HALF_AFTER_FIGURE = re.compile(
    r"(?:\d|(?<![가-힣])(?:한|두|세|네|다섯|여섯))\s*"
    r"(?:년|개월|달|시간|주일?|일|분|근|냥|평|되|돈|개|명|kg|km|L|리터)\s*반(?!올림|값|반|납|품)"
    r"|\band\s+a\s+half\b|\ba\s+half\s+(?:years?|months?|hours?|days?|weeks?)\b",
    re.IGNORECASE,
)


# A percent said as one more move on the result, not a new figure for the earlier one:
# "what if i use another 10% coupon" after "25% off" (wrongs61: 108, the 25% replaced, for
# 81), "10% off on top", "10% 쿠폰도 쓰면", "또 10%".
STACKED_PERCENT = LazyPattern(
    r"\b(?:another|an?\s+extra|a\s+further|an\s+additional)\s+\d+(?:\.\d+)?\s*%"
    r"|\d\s*%[^.?!]*\b(?:on\s+top|as\s+well|too)\b"
    r"|(?:또|추가로?)\s*\d+(?:\.\d+)?\s*%|\d\s*%\s*(?:할인\s*)?쿠폰\s*(?:도|까지|또|추가로?)",
    re.IGNORECASE,
)


# A rounding place, never a new figure for the amount: "그럼 백원단위로 끊으면?" after a
# share of 27,340원 was read as 100원 shared (33원; blind56m); "천 원 단위로 맞추면",
# "to the nearest 100".
ROUNDING_PLACE = LazyPattern(
    r"(?:\d|(?<![가-힣])(?:일|십|백|천|만))\s*(?:원|달러|불)?\s*단위"
    r"|\bto\s+the\s+nearest\s+(?:\$\s*)?\d",
    re.IGNORECASE,
)


def _modify_quantity(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``그럼 4명이면?``: the same steps with one quantity of the same kind replaced.

    Figures are compared as written first, then in one plain form ("3만 엔", "다섯 명",
    "3시간 45분"), so a step is rewritten only when it had to be.
    """
    if STACKED_PERCENT.search(text):
        return None  # "another 10% coupon": one more cut on the result, no figure replaced
    if ROUNDING_PLACE.search(text):
        return None  # "백원단위로 끊으면": the place to round to, not a new amount
    if _SAME_RATE.search(text):
        return None  # "for 200 hours at the same rate": the rate is kept, the count asked
    if part_or_pause(text):
        return None  # "그 중 내 몫만 2만원으로 하면 나머진?", "두 달 쉬면?": no new figure
    if _new_arithmetic(text, steps):
        # "and minus 45 minutes?" after a sum had replaced its 10 minutes by 45: wrong.
        return None
    plain = (_plain_figures(text), [_plain_figures(s) for s in steps])
    if _HALF_AFTER_FIGURE.search(text):
        # "2년 반 묵혀두면?" is 2.5년: "2년" as written drops the half (it gave 2 years).
        # Only the plain form, which joins the half to its figure, is read; a half it
        # could not join ("한 달 반", "2 and a half years") is no reading at all.
        return None if _HALF_AFTER_FIGURE.search(plain[0]) else _replace_quantity(*plain)
    if merge_hours_and_minutes(text) != text:
        # "4시간 20분" is one quantity: "4시간" alone would replace only the hours.
        return _replace_quantity(*plain)
    return _replace_quantity(text, steps) or _replace_quantity(*plain)


def _qualifier(text: str, quantity: re.Match[str]) -> str | None:
    """The word right before a quantity that says which one it is ("시속 100km")."""
    # The whole word: "가스요금이" cut to "요금" also named the 전기요금 before it.
    word = re.search(r"(?<![가-힣])([가-힣]{2,8})\s*$", text[: quantity.start()])
    return word[1] if word else None


# "39000원까지 떨어지면?", "6만원으로 오르면?": the amount a change goes to.
_GOES_TO = re.compile(
    r"\s*(?:까지|으로|로)?\s*(?:떨어지|떨어져|오르|올라|내려|내리|빠지|되면|가면)"
)
# "52000원에서 44200원": the amount after 에서 is where the change went.
_AFTER_FROM = re.compile(r"에서\s*$")


def _changeable(step: str, q: re.Match[str], kind: str) -> bool:
    return _kind(q["unit"]) == kind and not (
        _date_part(step, q) or _states_a_rate(step, q) or unit_of_a_price(step, q)
    )


def _percent_pointed_at(
    text: str, steps: Sequence[str], kind: str
) -> tuple[int, re.Match[str]] | None:
    """The percent a turn points at ("the second one") when the steps hold two."""
    if kind != _kind("%"):
        return None
    found = [
        (index, q)
        for index, step in enumerate(steps)
        for q in _QUANTITY.finditer(step)
        if _changeable(step, q, kind)
    ]
    if len(found) != 2:
        return None
    # Two percents in one step or one in each of two steps, in the order said.
    said = " ".join(steps)
    offsets = [sum(len(s) + 1 for s in steps[:i]) for i in range(len(steps))]
    in_said = [m for m in _QUANTITY.finditer(said) if _kind(m["unit"]) == kind]
    if len(in_said) != 2 or [offsets[i] + q.start() for i, q in found] != [
        m.start() for m in in_said
    ]:
        return None
    pointed = percent_pointed(said, in_said, text)
    return found[in_said.index(pointed[0])] if len(pointed) == 1 else None


def _replace_quantity(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    for wanted in _QUANTITY.finditer(text):
        if unit_of_a_price(text, wanted):
            # "1kg에 5만 9천원이면?": the 1kg names what the new price is for, no amount
            # bought (it replaced the 2.4kg); the price beside it is the change.
            continue
        kind = _kind(wanted["unit"])
        qualifier = _qualifier(text, wanted)
        noun = noun_of(qualifier) if qualifier else None  # "쿠폰이 만원이면": the coupon's figure
        goes_to = _GOES_TO.match(text, wanted.end()) is not None
        named = named_figure(steps, noun, partial(_changeable, kind=kind)) if noun else None
        # "두번째 할인이 15%면": of two stacked percents the one pointed at, before the noun.
        named = _percent_pointed_at(text, steps, kind) or named
        if named is not None:
            # "쿠폰이 20%짜리였으면?": the figure the coupon stands beside, in whichever step
            # ("…30% 할인하고 거기서 쿠폰으로 10% 더" changes the 10%, never the 30%).
            at, figure = named
            changed = list(steps)
            start, end = figure.span("num")
            changed[at] = steps[at][:start] + wanted["num"] + steps[at][end:]
            return changed, f"{figure['num']}{figure['unit']} → {wanted['num']}{wanted['unit']}"
        charge = None if named is not None else charge_figure(text, steps, _quantities_in)
        if charge is not None:
            # "the fee was a flat 5000 won" after a 2% fee: the form changes, never the rate;
            # "the coupon was 20 dollars": the coupon's 15, never the price (para58).
            at, figure = charge
            if _kind(figure["unit"]) != kind or not _changeable(steps[at], figure, kind):
                return None
            changed = list(steps)
            start, end = figure.span("num")
            changed[at] = steps[at][:start] + wanted["num"] + steps[at][end:]
            return changed, f"{figure['num']}{figure['unit']} → {wanted['num']}{wanted['unit']}"
        # The latest step holding a quantity of that kind is the one being changed.
        for index in range(len(steps) - 1, -1, -1):
            step = steps[index]
            candidates = [
                q
                for q in _QUANTITY.finditer(step)
                if _changeable(step, q, kind)
                # "시속 100km로" replaces the speed, not the distance before it.
                and (
                    noun is None or noun not in step or names_figure(step, q.start(), q.end(), noun)
                )
            ]
            if not goes_to and end_unsaid(text) and ends_of_a_change(step, candidates):
                return None  # "3200만원에서 3500만원으로" then "3680만원이었으면?": which end?
            # "14 km per liter ... for 420 km" then "630 km": the distance, not the rate.
            candidates = same_kind_of_figure(step, candidates, text, wanted)
            candidates = other_than_role_figures(step, candidates, text, wanted)  # "5개에"
            candidates = the_figure_paid(step, candidates, text, wanted)  # "15만원 내시면"
            candidates = other_than_named_rate(step, candidates, text)  # "환율 1412원"
            candidates = servings_asked_not_base(step, candidates, text)  # "4인분에"
            candidates = share_asked_not_rate_off(step, candidates, text)  # "30%만 하면"
            candidates = percent_pointed(step, candidates, text)  # "the second one was 10%"
            if parallel_figures(step, candidates):
                return None  # "셔츠 39,000원이랑 바지 59,000원" then "45,000원이면?": which?
            if USE_UNNAMED_OF_TWO_RATES and unnamed_of_two_rates(step, candidates, noun):
                return None  # "앱할인이 15%면" after "20% 세일 … 앱으로 사면 10% 더": which?
            old = candidates[0] if candidates else None
            if goes_to:
                # A change's new end replaces the end of "A에서 B", not its start.
                old = next((q for q in candidates if _AFTER_FROM.search(step[: q.start()])), old)
            if old is None:
                continue
            changed = list(steps)
            start, end = old.span("num")
            changed[index] = steps[index][:start] + wanted["num"] + steps[index][end:]
            return changed, f"{old['num']}{old['unit']} → {wanted['num']}{wanted['unit']}"
    return None


def _change_target(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and in dollars?``: one more step converting the previous result."""
    match = _TARGET.match(text)
    if match is None:
        return None
    target = (match["en"] or match["ko"] or "").strip()
    if (match["each_en"] or match["each_ko"]) and not _divided_among_people(steps):
        # "1인당 달러로는?" before anything was shared out: per person first.
        people = _people(steps)
        if people is None:
            return None
        steps = [*steps, f"그걸 {people}명이 나누면"]
    currency = _CURRENCY_TARGETS.get(target.lower())
    if currency is None:
        return [*steps, f"그걸 {target}로 바꾸면"], f"converted to {target}"
    rate = next((m.group(0) for s in reversed(steps) if (m := RATE_CLAUSE.search(s))), None)
    if rate is None:
        return None
    return [*steps, f"{rate} 그걸 {currency}로 바꾸면"], f"converted to {target} ({rate.strip()})"


def _people(steps: Sequence[str]) -> str | None:
    """The head count the previous steps name ("4명", "6 people"), latest first."""
    for step in reversed(steps):
        for quantity in _QUANTITY.finditer(step):
            if _SAME_UNIT.get(quantity["unit"].lower()) == "person":
                return str(quantity["num"])
    return None


def _divided_among_people(steps: Sequence[str]) -> bool:
    """Whether a step already shares the amount out among the people it names."""
    people = _people(steps)
    return people is not None and any(
        people in step and _PER_PERSON_ALREADY.search(step) for step in steps
    )


def _operation_step(name: str, match: re.Match[str], steps: Sequence[str]) -> str | None:
    """The step that applies operation ``name`` to the previous result, in handler words."""
    if name == "half":
        return "그걸 2로 나누면"
    if name == "times":
        spelled = match["n"] or match["en_n"] or match["en_word"] or "2"
        return f"그걸 {SPELLED_NUMBERS.get(spelled.lower(), spelled)}배 하면"
    if name == "arithmetic":
        return f"it {' '.join(match['op'].split())} {match['operand']}"
    if name == "split":
        return f"it divided by {SPELLED_NUMBERS.get(match['n'].lower(), match['n'])}"
    if name == "percent_of":
        return f"그 금액의 {match['pct']}%는"
    if name == "square_root":
        return "그 값의 제곱근"
    if name in ("add_percent", "discount"):
        groups = match.groupdict()
        pct = match["pct"] or match["en_pct"] or groups.get("with_pct") or groups.get("minus_pct")
        return (
            f"그 금액에 {pct}% 더하면" if name == "add_percent" else f"그 금액에서 {pct}% 할인하면"
        )
    people = _people(steps)
    return None if people is None else f"그걸 {people}명이 나누면"


def _apply_operation(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``두 배면?``, ``세금 10% 붙이면?``, ``and per person?``: one more step on the result."""
    for name, pattern in OPERATION_RES.items():
        match = pattern.search(text)
        if match is None:
            continue
        if name == "half" and _HALF_AFTER_FIGURE.search(text):
            return None  # "두 달 반이면?": two and a half months, never half the result
        if len(_ANY_NUMBER.findall(text)) != len(_ANY_NUMBER.findall(match.group(0))):
            return None  # "그럼 5명이면 1인당?": a number of its own is another edit's case
        same = _SAME_OPERATION.get(name)
        further = _FURTHER.search(text) is not None
        if same is not None and same.search(steps[-1]) and not further:
            return None  # a new quantity for the same operation: _modify_quantity's case
        if name == "per_person" and _TARGET.match(text):
            return None  # "1인당 달러로는?": a new unit, per person (_change_target's case)
        if name == "per_person" and _divided_among_people(steps):
            return list(steps), "already per person"
        step = _operation_step(name, match, steps)
        return None if step is None else ([*steps, step], f"applied {name} ({step})")
    return None


#: A new unit for the same result ("달러로는?", "and in dollars?").
TARGET_RE = _TARGET
#: The edit converting the previous result to the unit :data:`TARGET_RE` reads.
CHANGE_TARGET: Edit = _change_target
#: The edits, most specific first: a named operation, a changed quantity, a new unit, a
#: bare number, then a framed question that stands alone.
EDITS: tuple[Edit, ...] = (
    _apply_operation,
    match_more_people,
    # Before a changed quantity: "at 1,500 won per euro" is a new rate for a new currency.
    target_at_rate,
    move_span_end,
    count_asked_for,
    _modify_quantity,
    count_of_rate,
    speed_in_unit,
    _change_target,
    modify_bare_number,
    stands_alone,
)
