"""Follow-up turns resolved against the conversation, with plain code.

A turn such as ``그럼 4명이면?`` or ``and in dollars?`` means nothing alone: it
changes a quantity of the previous turn, asks for its result in another unit, or
applies one more operation to it. Each earlier turn is kept as the list of step
texts it amounted to (a follow-up's list is its predecessor's, modified), so the
follow-up re-runs those steps with the substitution through the same
deterministic handlers, and the answer is exactly what the user would have got
had they typed the whole request. When a step of the chain is not deterministic,
resolution gives up (``None``) and the caller hands the turn to a model with the
previous question and answer; it never guesses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from core.lazy_regex import LazyPattern
from tools.calculator_bundle_free import count_word_last_as_digits
from tools.calculator_cents_implied import percent_on_cents
from tools.calculator_month_as_weeks import month_as_weeks
from tools.calculator_percent_words_ko import percent_words_as_signs
from tools.calculator_said_plainly_63o import said_plainly_63o
from tools.currency_unknown_name_51x import names_unknown_currency
from tools.dozens_en import dozens_as_digits
from tools.followup_amount_taken_off_61c import paid_first_unread
from tools.followup_at_that_speed_50a import distance_at_that_speed
from tools.followup_calc_60k import two_changes
from tools.followup_chain import FollowUp, counted_from_date, from_previous_date, run_chain
from tools.followup_change_rules import CHANGES
from tools.followup_changes import left_after_share
from tools.followup_changes_42 import unnamed_result_in_currency
from tools.followup_chat_forms import in_follow_up_words, plain_change_words
from tools.followup_currency_swap import asks_in_currency_at_rate
from tools.followup_dates import is_date_follow_up
from tools.followup_days_away_58t import DECLINED, days_away_as_days_spent
from tools.followup_edits import ASSUMING, CHANGE_TARGET, EDITS, TARGET_RE
from tools.followup_english_restated_49a import told_as_plain_change
from tools.followup_every_figure_59k import (
    DECLINED as SPLIT_DECLINED,
)
from tools.followup_every_figure_59k import (
    change_then_split,
    changes_earlier_steps,
    leaves_a_figure_unused,
    swaps_a_pack_size,
)
from tools.followup_figures_kept import drops_a_stated_figure
from tools.followup_halves_as_two import halves_as_two_people
from tools.followup_held_result import changes_what_the_result_is_about
from tools.followup_listed_average_61c import listed_one_unplaced
from tools.followup_measure_asked_43 import asks_measure_got_money
from tools.followup_named_operation import names_one_operation
from tools.followup_native_heads import native_heads_as_count
from tools.followup_nothing_changed_41 import changes_nothing
from tools.followup_one_swapped import one_swapped_for_another
from tools.followup_opens_65o import (
    difference_asked,
    period_said_before,
    periods_kept,
    plain_figure,
)
from tools.followup_other_question_41 import asks_another_question
from tools.followup_other_target_at_rate import other_target_at_rate
from tools.followup_pace_distance import same_pace_over_distance
from tools.followup_packs_compared_53b import packs_compared
from tools.followup_part_swapped import part_of_group_swapped, swaps_for_part_of_group
from tools.followup_percent_pointed_60m import stacked_percent_unsaid
from tools.followup_period_unread_61m import period_swap_unread
from tools.followup_plain_restatements_en import restated_as_change
from tools.followup_purpose_named_41 import without_purpose_named
from tools.followup_raised_to import raised_to_as_what_about
from tools.followup_rate_held_58t import holds_rate_with_count, rate_held_over_count
from tools.followup_rate_moved_to import moves_a_rate
from tools.followup_rate_per_currency import (
    converted_at_rate_per_source,
    names_rate_per_foreign_currency,
)
from tools.followup_rates import ASSUMING_KO, change_in_people, payers_said
from tools.followup_rules_ko_53a import other_pack_told
from tools.followup_running_k import running_k_as_km
from tools.followup_said_plainly_49a import said_plainly
from tools.followup_said_plainly_62c import said_plainly_62c, steps_unglued_62c
from tools.followup_said_plainly_63o import ask_restated, leaving_said
from tools.followup_said_plainly_63o import said_plainly_63o as follow_up_said_plainly_63o
from tools.followup_share_restated import ratio_unread_after_share
from tools.followup_slots import slot_follow_up
from tools.followup_speed_named import names_a_speed
from tools.followup_trailing_reference import only_makes_sense_after
from tools.followup_unclear_43 import unclear_follow_up
from tools.followup_unclear_52a import part_left_unsaid
from tools.followup_unread_words_50w_en import drops_a_named_month_or_unit
from tools.followup_year_carried_60m import year_carried
from tools.korean_numbers import numerals_read_once
from tools.planner import split_steps
from tools.references import (
    CHOICE_AMONG_RE,
    NO_DECIMALS,
    OPERATION_RES,
    has_reference,
    is_ellipsis,
    is_follow_up,
)
from tools.spoken_money_slang_en import money_slang_as_digits

__all__ = ["about_previous_result", "resolve_follow_up", "resolve_in_conversation"]

_CHATTER = LazyPattern(
    r"^\s*(?:ok(?:ay)?|k|cool|alright|sure|응|어|오케이|ㅇㅋ)\b\s*,?\s*", re.IGNORECASE
)
# An operation with no operand ("반올림하면?"): it applies to the previous result.
_BARE_OPERATION = LazyPattern(r"^\s*(?:반올림|올림|내림|버림|round)", re.IGNORECASE)
_TO_WHOLE = LazyPattern(r"(?<![가-힣])정수로(?![가-힣])")
# "소수점 없이" rounds; "소수점 버리고/떼고/빼고" cuts the decimals off.
_NO_DECIMALS = LazyPattern(NO_DECIMALS, re.IGNORECASE)
_CUTS_DECIMALS = LazyPattern(r"버리|떼|빼")
# How many earlier turns are replayed to rebuild the chain (a follow-up of a follow-up).
_MAX_TURNS = 6


def resolve_follow_up(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps a follow-up turn amounts to, given the previous turn's steps.

    Args:
        text: The follow-up turn ("그럼 4명이면?", "그 금액의 10%는?", "and in dollars?").
        previous_steps: The step texts the previous turn amounted to.

    Returns:
        The new step texts and one line saying what changed, or ``None`` when ``text``
        is not a follow-up this module can resolve.
    """
    if not previous_steps:
        return None
    text = running_k_as_km(in_follow_up_words(text), previous_steps)
    # "scratch that, just 4", "nah, 20% tip": one figure restated, as "make it 4".
    text = restated_as_change(text, previous_steps)
    # "and if i get bumped to 24/hr": the new figure alone, as "what about 24 an hour" (set 39).
    text = raised_to_as_what_about(text)
    if swaps_for_part_of_group(text):
        # "그중 두 명은 순대로 바꾸면": the group split between two prices, or no reading.
        # ("swap one of the pizzas for a calzone at 13.50": one of them, at its own price.)
        return part_of_group_swapped(text, previous_steps) or one_swapped_for_another(
            text, previous_steps
        )
    if names_rate_per_foreign_currency(text):
        # "now in dollars, 1.08 per euro": that amount at that rate, never 1.08 won a dollar.
        # ("and in pounds at 0.79?" after "… in euros if the rate is 0.92": asked again, set 38.)
        return (
            converted_at_rate_per_source(text, previous_steps)
            or other_target_at_rate(text, previous_steps)
            # A total in no named currency, "and in euros at 0.92?" (set 42).
            or unnamed_result_in_currency(text, previous_steps)
        )
    # Whole-turn forms that need no reference word ("30분 더 늦어지면?", "한 달(30일)이면?"),
    # registered in tools.followup_change_rules.
    for change in CHANGES:
        changed = change(text, previous_steps)
        if changed is not None:
            return changed
    if asks_in_currency_at_rate(text) or names_a_speed(text):
        return None  # its one figure is a rate no rule could apply: never a new amount
    if moves_a_rate(text):
        return None  # a rate moved that no rule placed: never that share of the result
    if not (is_follow_up(text) or has_reference(text)):
        return None
    if is_ellipsis(text):
        for edit in EDITS:
            resolved = edit(text, previous_steps)
            if resolved is not None:
                return resolved
        if _BARE_OPERATION.match(text):
            # "반올림해서 정수로 알려줘": a rounding is to a whole number unless a place is named.
            rounded = " ".join(_TO_WHOLE.sub(" ", text).split())
            return [*previous_steps, f"그걸 {rounded}"], f"applied {text.strip()!r}"
        if _NO_DECIMALS.match(text):
            rounding = "버림" if _CUTS_DECIMALS.search(text) else "반올림하면"
            return [*previous_steps, f"그걸 {rounding}"], f"as a whole number ({rounding})"
        # "거기에 2 곱하면?": short, yet it names the previous result and an operand of its
        # own; read on in the reference's branch ("which day is it?" has none: a date's).
        if not (has_reference(text) and any(ch.isdigit() for ch in text)):
            return None
    if has_reference(text):
        # "how much is left after taking that off?": the amount less the share it took.
        left = left_after_share(text, previous_steps)
        if left is not None:
            return left
        # "그거 달러로 얼마야": the result in a new unit, at a rate an earlier step stated.
        converted = CHANGE_TARGET(text, previous_steps) if TARGET_RE.match(text) else None
        if converted is not None:
            return converted
        if _DISCOUNT_SET_TO.search(text) and any(_DISCOUNT_RATE.search(s) for s in previous_steps):
            # "멤버십 할인은 25%래 그걸로 하면" after a 15% discount: the discount's new rate
            # (the slot reader's), never 25% of the discounted result.
            return None
        if _ONE_OF_SEVERAL.search(text):
            # "one of them doubled it" after two amounts: which one is not said, so never
            # the whole result doubled (set 28 gave 810 for 95 + 310).
            return None
        # "그 금액의 절반은?", "add 15% to that": a named operation, in the handlers' words.
        operation = EDITS[0](text, previous_steps)
        if operation is not None:
            return operation
        if _RATE_AS_LEVEL.search(text) or _INTEREST.search(text):
            # "they upped it to 30% off": a rate set to a level, which no rule above could
            # place; never a share *of* the result (that gave 30% of the sale price). Nor
            # interest: "그거 연 3% 이자 붙으면" after 14 monthly deposits is no 3% of the sum.
            return None
        if not names_one_operation(text):
            # "that's for 2 adults", "it was 90 last time": no operation named, so a new
            # subject or a restated fact, never one more step on the previous result.
            return None
        if changes_earlier_steps(text, previous_steps):
            return None  # "flip it, coupon before the 30%": never 30% of the result (calc59)
        return [*previous_steps, text], f"applied {text.strip()!r} to the previous result"
    return None


# A discount said with its rate, either way round ("할인은 25%", "15% 할인", "20% off").
_DISCOUNT_RATE = LazyPattern(
    r"(?:할인|\bdiscount)\D{0,8}\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:할인|깎|off\b|discount)",
    re.IGNORECASE,
)
# The discount named first and its rate said as what it is ("할인은 25%래", "the discount is
# 25%"); "40% off" alone may be an operation on the result ("and if it had been 40% off").
_DISCOUNT_SET_TO = LazyPattern(r"(?:할인|\bdiscount)\D{0,8}\d+(?:\.\d+)?\s*%", re.IGNORECASE)
# "one of them", "하나는", "그중 하나": one of several figures, which one is not said.
_ONE_OF_SEVERAL = LazyPattern(
    r"(?<![가-힣])하나(?:는|가|만은)|(?<![가-힣])그\s*중에?\s*하나|\bone\s+of\s+(?:them|those|the)\b",
    re.IGNORECASE,
)
_INTEREST = LazyPattern(r"이자|이율|금리|복리|단리|\binterest\b|\bAPR\b|\bcompound", re.I)
# A percentage said as the level something is set to: "to 25%", "25%로", "25%까지".
_RATE_AS_LEVEL = LazyPattern(
    r"\bto\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b)|\d+(?:\.\d+)?\s*%\s*(?:로|으로|까지)",
    re.IGNORECASE,
)


# "그럼 병가는 1년에 며칠까지 쓸 수 있어요?": a subject of its own ("병가는", not a figure's
# "1인당은" or a unit's "달러로는") asked with a question word; its "1년" is no quantity of
# the previous sum, so the turn keeps its document search.
_OWN_SUBJECT = LazyPattern(r"(?<![\d가-힣])[가-힣]{2,}(?<!로)(?:은|는)(?=\s)")
# ("몇 번", how many times: "그럼 회사 건강검진은 1년에 몇번 해줘요?" asks how often the
# subject happens, no count of the previous result.)
_QUESTION_WORD = LazyPattern(
    r"며칠|언제|어디|무엇|뭐|어떻게|왜|누구|수\s*있|되나요|있나요|인가요|필요한가요|몇\s*(?:번|회|차례)"
)


# "그럼 병가 5일 넘게 쓰면 뭐 내야 돼요?": a question for a thing, a place, a person, a
# way or a reason has no figure for an answer, so it is no arithmetic on the previous
# result even when its subject carries no 은/는 (its "5일" belongs to that subject).
# ("어떻게 돼?" asks how it comes out: a figure, still.)
_ASKS_NO_FIGURE = LazyPattern(
    r"(?<![가-힣])(?:뭐|무엇|무얼|뭘|어디|누가|누구|어떻게(?!\s*(?:돼|되|될|계산))|왜)(?![가-힣]*야\s*[?？]?$)"
)


def _asks_about_own_subject(text: str) -> bool:
    if _ASKS_NO_FIGURE.search(text) is not None:
        return True
    return _OWN_SUBJECT.search(text) is not None and _QUESTION_WORD.search(text) is not None


def about_previous_result(text: str) -> bool:
    """Whether a follow-up is about the previous *result* rather than a new subject.

    "그럼 4명이면?", "그 금액의 10%는?", "반올림하면?" and "and in dollars?" only make sense
    with the last answer; "그럼 주차는?" or "what about weekends?" name a subject of their
    own and may still be looked up in the documents.
    """
    # "per month then?" is "per month?": the same reading as resolve_follow_up gives it.
    text = in_follow_up_words(text)
    if not is_follow_up(text):
        return only_makes_sense_after(text)  # "급속은 385원이래 그럼?", "셋이서 내면?"
    return (
        has_reference(text)
        or (any(ch.isdigit() for ch in text) and not _asks_about_own_subject(text))
        or _BARE_OPERATION.match(text) is not None
        or TARGET_RE.match(text) is not None
        or CHOICE_AMONG_RE.search(text) is not None
        or any(pattern.search(text) for pattern in OPERATION_RES.values())
    )


def figures_said_plainly(question: str) -> str:
    """``question`` with slang money and a month given in weeks said as plain figures."""
    # "둘이 반반하면" is "2명이서 나누면", a head count a later turn can change (set 40).
    # ("… buy one get one free … how much for five": the count a later turn changes, calc60.)
    question = count_word_last_as_digits(question)
    # "셋이 사는데 내몫은" is "셋이 나누면 내몫은": the split a later turn changes (set 54).
    question = said_plainly_63o(question)
    return halves_as_two_people(dozens_as_digits(month_as_weeks(money_slang_as_digits(question))))


def follow_up_counts_plainly(text: str) -> str:
    """A follow-up's dozens as digits, as its earlier turns' are ("make it a dozen donuts").

    Set 33's donuts and set 34's roses: "make it a dozen roses" after "half a dozen roses …"
    (read as 6) changes the 6 to 12 only when the turn says 12 as the steps do.
    """
    # "셋이 살면?": the native count of people said with 명 (set 40).
    return native_heads_as_count(dozens_as_digits(text))


@numerals_read_once
def resolve_in_conversation(
    earlier_questions: Sequence[str], text: str, now: datetime | None = None
) -> FollowUp | None:
    """Answer a follow-up turn by re-running the conversation's deterministic steps.

    Args:
        earlier_questions: The user's earlier turns, oldest first (this turn excluded).
        text: This turn.
        now: The current time for date steps.

    Returns:
        The follow-up's steps and result, or ``None`` when it is not a follow-up or the
        steps it amounts to are not all deterministic.
    """
    if names_unknown_currency(text):
        return None  # "what about in pesos at 17?": no rule reads pesos (it was 17 dollars)
    # "한명 빠져서 넷이 내면" after three: who left and the count paying now, said together,
    # must agree; each rule read one of them and dropped the other (475,000원 for two).
    change, payers = change_in_people(text), payers_said(text)
    if change and payers:
        return _count_paying_now(earlier_questions, change, payers, now)
    # "what do I save on 20 classes vs two of the small ones": two earlier turns' packs.
    if (compared := packs_compared(earlier_questions, text, now)) is not None:
        return compared
    # "13캔이면 2명이 나누면": the change, then the split on its answer, or no answer (calc59).
    in_order = change_then_split(earlier_questions, text, now, _resolve_in_conversation)
    if in_order is not None:
        return None if in_order == SPLIT_DECLINED else in_order
    # "9월15일은 무슨 요일이야" after "2031년 6월1일부터 …": in 2031, never this year (set 52).
    carried = year_carried(earlier_questions, text, now)
    if carried is not None:
        return carried
    as_said = _resolve_in_conversation(earlier_questions, text, now)
    if (asked := difference_asked(text)) is not None and (
        as_said is None or _only_condition_read(earlier_questions, asked.condition, as_said, now)
    ):
        # "금리 5.4%로 오르면 한달에 얼마 더 내는거야", "what if we stay 5 nights, how much more
        # is that": the condition read, less the previous answer, or no answer; never the
        # condition's own figure (600 for five nights, not 240 more; opens65).
        return _difference_of_change(earlier_questions, text, now)
    # "40/month and they waived the signup fee": each change in the order said (calc60).
    both = two_changes(earlier_questions, text, now, _resolve_in_conversation, as_said)
    if both is not None:
        return None if isinstance(both, str) else both
    if as_said is not None:
        return as_said
    # "아 다시보니 세달치네", "5.2%로 갈아타면 한달 이자", "넷이면 얼마씩" (set 53): in plain
    # words, only when the turn as said is read by nothing.
    ours = said_plainly_62c(text, earlier_questions)
    if ours != text and (read := _resolve_in_conversation(earlier_questions, ours, now)):
        return read
    # "아 잘못셌다 아홉명이네", "일년이면 한사람당" (set 54).
    plain_63o = follow_up_said_plainly_63o(text)
    ours = said_plainly_62c(plain_63o, earlier_questions)
    if plain_63o != text and (read := _resolve_in_conversation(earlier_questions, ours, now)):
        return read
    if (leaving := _leaving_then_count(earlier_questions, text, now)) is not None:
        return leaving
    # "이자소득세 15.4% 떼면 실제로 받는 이자는" after "… 세전이자 얼마" (set 55).
    condition = ask_restated(text, list(earlier_questions))
    if condition != text and (read := _resolve_in_conversation(earlier_questions, condition, now)):
        return read
    # "할증 40%짜리 시간대면?", "관리비 9만원으로 오른대": in plain words, only when the turn
    # as said is read by nothing.
    plain = said_plainly(text)
    return None if plain == text else _resolve_in_conversation(earlier_questions, plain, now)


def _only_condition_read(
    earlier_questions: Sequence[str], condition: str, as_said: FollowUp, now: datetime | None
) -> bool:
    """Whether the turn as said was read as its condition alone, the ask of how much more
    left out: the same figure as the condition gives."""
    alone = resolve_in_conversation(earlier_questions, condition, now)
    return alone is not None and alone.result.value == as_said.result.value


def _difference_of_change(
    earlier_questions: Sequence[str], text: str, now: datetime | None
) -> FollowUp | None:
    """The difference a change makes: the condition's answer less the previous answer."""
    asked = difference_asked(text)
    if asked is None or not earlier_questions:
        return None
    if not period_said_before(asked.period, earlier_questions[-1]):
        return None  # "1년에 얼마 더" after a month's figure: the condition read has no year
    if not periods_kept(asked.condition, earlier_questions[-1]):
        return (
            None  # "1년이면 얼마 더" after a month: the year's figure less a month's is no answer
        )
    if len(earlier_questions) == 1:
        before = run_chain(split_steps(earlier_questions[0]), now)
    else:
        previous = resolve_in_conversation(earlier_questions[:-1], earlier_questions[-1], now)
        before = None if previous is None else previous.result
    changed = resolve_in_conversation(earlier_questions, asked.condition, now)
    if before is None or changed is None:
        return None
    old, new = before.value, changed.result.value
    if (
        not isinstance(old, float)
        or not isinstance(new, float)
        or before.unit != changed.result.unit
    ):
        return None
    if new == old or (asked.direction and (new - old) * asked.direction < 0):
        return None  # "얼마 더" where the change makes it less: the direction misread
    last = f"it minus {plain_figure(old)}" if new > old else f"{plain_figure(old)} minus it"
    steps = (*changed.steps, last)
    result = run_chain(list(steps), now)
    if (
        result is None
        or not isinstance(result.value, float)
        or abs(result.value - abs(new - old)) > 1e-6
    ):
        return None  # the chain read the last step otherwise: never that figure
    return FollowUp(steps=steps, result=result, how=f"{changed.how}; the difference asked")


def _count_paying_now(
    earlier_questions: Sequence[str], change: int, payers: int, now: datetime | None
) -> FollowUp | None:
    """The count paying now, read when who joined or left agrees with it or is not read.

    The count said is what the answer is for; an answer that only the change reads
    drops it ("한 명 빠져서 셋이 내면" after three gave two people's shares), so none.
    """
    by_count = _resolve_in_conversation(earlier_questions, f"{payers}명이 내면", now)
    moved = f"{abs(change)}명 더 오면" if change > 0 else f"{abs(change)}명 빠지면"
    by_change = _resolve_in_conversation(earlier_questions, moved, now)
    if by_count is None or by_change is None:
        return by_count
    return by_count if by_count.result.value == by_change.result.value else None


def _leaving_then_count(
    earlier_questions: Sequence[str], text: str, now: datetime | None
) -> FollowUp | None:
    """ "한명 나가서 둘이 내면" (set 54): the new count said, read only when it agrees with
    the previous count less those who left (each reading alone, the same answer)."""
    said = leaving_said(text)
    if said is None:
        return None
    rest, left, _heads = said
    by_count = _resolve_in_conversation(earlier_questions, rest, now)
    by_leaving = _resolve_in_conversation(earlier_questions, f"{left}명 빠지면", now)
    if by_count is None or by_leaving is None:
        return None
    return by_count if by_count.result.value == by_leaving.result.value else None


def _resolved_said_plainly(
    question: str, steps: Sequence[str], now: datetime | None
) -> tuple[list[str], str] | None:
    """An earlier follow-up's steps read in plain words, as its own turn was answered."""
    plain = said_plainly(question)
    if plain == question:
        return None
    resolved = resolve_follow_up(plain, steps)
    if resolved is not None and run_chain(resolved[0], now) is not None:
        return resolved
    return slot_follow_up(plain_change_words(plain), steps, now)


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" and not ("\u3380" <= ch <= "\u33ff" or ch in "℃℉")


def _resolve_in_conversation(
    earlier_questions: Sequence[str], text: str, now: datetime | None
) -> FollowUp | None:
    # "ok what about 12 boxes 📦": the acknowledgement and the emoji change nothing.
    # (A unit square such as ㎡ or ㎏ is a symbol too, but a unit: kept, set 34.)
    text = _CHATTER.sub("", "".join(ch for ch in text if not _is_emoji(ch)))
    if asks_another_question(text):
        return None  # "헬스 3개월 하면 몸 좀 바뀜?": a question of its own after the condition
    # "a quarter of that goes to tax, what do I keep": as "take 25% off that", before any
    # rule reads it as said ("the owner takes 30% of that, what's left" was 30% of it).
    text = told_as_plain_change(text)
    text = follow_up_counts_plainly(text)
    # "11프로 떼면": the percent as the change rules read it (set 38).
    text = percent_words_as_signs(text)
    text = without_purpose_named(text)  # "minus 25% for taxes?": "minus 25%?" (set 41)
    steps: list[str] = []
    for question in earlier_questions[-_MAX_TURNS:]:
        # An earlier follow-up's dozens as this turn's are: "make it a dozen bagels" was
        # read as 12 when asked and must be again under a third turn (set 36).
        question = told_as_plain_change(follow_up_counts_plainly(question)) if steps else question
        # "주3일 재택하면" after 주5일: 주2일, as its own turn was read (set 50).
        away = days_away_as_days_spent(question, steps) if steps else None
        if away == DECLINED:
            return None
        question = away or question
        resolved = resolve_follow_up(question, steps)
        if is_date_follow_up(question) and (resolved is None or not run_chain(resolved[0], now)):
            # A turn counted from an earlier date answer is the date question it amounted to.
            dated = from_previous_date(question, steps, now)
            resolved = (list(dated.steps), dated.how) if dated else resolved
        if steps and (resolved is None or not run_chain(resolved[0], now)):
            # After every rule: one typed figure of the previous request changed, if it runs.
            resolved = slot_follow_up(plain_change_words(question), steps, now) or resolved
        if steps and (resolved is None or not run_chain(resolved[0], now)):
            # Read as its own turn was: in plain words when nothing read it as said.
            resolved = _resolved_said_plainly(question, steps, now) or resolved
        # A turn's figures as the calculator reads them ("a tenner" is 10, "한달 4주 기준" is
        # 4주), so a later turn can change them (set 33: "we'll keep them 6 hours").
        steps = resolved[0] if resolved else split_steps(figures_said_plainly(question))
    steps = steps_unglued_62c(text, steps)  # "두달에" read as "2달에" beside "3달이면"
    away = days_away_as_days_spent(text, steps)
    if away == DECLINED:
        return None  # "주말 이틀 쉬면": days away that no count of days here can lose
    # "주3일 재택하면" after 주5일 출퇴근: two days of commuting, never three (set 50).
    text = away or text
    if stacked_percent_unsaid(text, steps):
        return None  # "what if it was only 10%" after "30% off … another 20% off": which?
    paced = same_pace_over_distance(text, steps)  # "10k at that pace how long": time scaled
    # "at that speed how long would 60 km take" after an average speed (set 24, opens50a).
    paced = paced or distance_at_that_speed(text, steps)
    # "and for a 30 day month at that rate" after a rate per day: the rate times 30 (set 50).
    paced = paced or rate_held_over_count(text, steps, now)
    if paced and (paced_result := run_chain(paced[0], now)) is not None:
        return FollowUp(steps=tuple(paced[0]), result=paced_result, how=paced[1])
    if changes_what_the_result_is_about(text) or holds_rate_with_count(text):
        return None  # "at that pace how long", "the 24-pack": no figure of it to swap
    if unclear_follow_up(text, steps) or part_left_unsaid(text, steps):
        return None  # "and minus 15%?" after "2500 + 15%": of which figure is unsaid (set 43)
    if paid_first_unread(text, steps):
        return None  # "30만원 선납하면" no rule places: never the price replaced (opens52c)
    if listed_one_unplaced(text, steps):
        return None  # "the fifth one was 150" of a list of three: no figure of it (opens52c)
    if ratio_unread_after_share(text, steps):
        return None  # "what about 70/40" after a share of 55%: no division (calcwrongs55)
    if other_pack_told(text, steps):
        return None  # "30회권 90만원이면?" after a 10회권 and a 20회권: a third pack (set 33)
    resolved = resolve_follow_up(text, steps)
    result = run_chain(resolved[0], now) if resolved else None
    if resolved is None or result is None:
        # "거기서 2주 뒤는" reads as arithmetic on the result, which is a date.
        dated = from_previous_date(text, steps, now)
        dated = dated or (counted_from_date(text, steps, now) if resolved is None else None)
        # After every rule: one typed figure of the previous request changed, if it runs.
        resolved = None if dated else slot_follow_up(plain_change_words(text), steps, now)
        result = run_chain(resolved[0], now) if resolved else None
        if resolved is None or result is None:
            return dated
    new_steps, how = resolved
    if drops_a_stated_figure(text, new_steps):
        return None  # "50만 충전하면 25% 준다는데": the rate placed, the new top-up dropped
    if leaves_a_figure_unused(text, steps, new_steps, how):
        return None  # "13캔이면 2명이 나누면" read as the split alone (calc59)
    if swaps_a_pack_size(text, steps, new_steps):
        return None  # "그럼 13캔 사면" after a 6캔묶음: 13 cans bought, never a 13-can pack
    if drops_a_named_month_or_unit(text, new_steps):
        return None  # "and to june 1?": the day swapped in, the month said left out
    if asks_measure_got_money(text, result):
        return None  # "5만원어치 넣으면 몇리터야?" answered in won: a misreading (set 43)
    if changes_nothing(text, steps, result, now):
        return None  # "헬스 3개월 하면 몸 좀 바뀜?": the same figures, asked something else
    if period_swap_unread(how, steps, result, now):
        return None  # "그럼 일년이면" read as the month's sum again: the year unread (set 53)
    if how.startswith((ASSUMING, ASSUMING_KO)):
        # "and for 5 days?" at a nightly rate: the reading is said with the figure.
        result = result.model_copy(update={"answer": f"{result.answer} ({how})"})
    result = percent_on_cents(new_steps[0], result)  # "and with 6% tax on that" (opens56e)
    return FollowUp(steps=tuple(new_steps), result=result, how=how)
