"""Set 51's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences); each form has variants in other
wordings and both languages, and near misses that must not be read. Every case is
answered as expected with its rule on, and otherwise with that rule switched off:

- a relative of a kind no leave rule names (an uncle or aunt, a cousin, a niece or
  nephew), asked in a document thread after "부모상은 5일, 조부모상은 3일", is not
  answered by the other kinds' sentence (tools.rag.asked_relatives's new kinds, and
  graphs.thread_document_query's check of the follow-up itself; off: set 51's "외삼촌
  상은?" was answered "부모상은 5일, 조부모상은 3일입니다", asked as "할머니 외삼촌 상은?");
- when the organisation itself was founded or opened, named by its kind ("…재단", "the
  clinic"), is its own fact: the decline ends there (agents.own_history_59t; off: a
  model's text under the general-knowledge notice for "한빛의료재단 언제 세워졌어요").

- a share asked "what does everyone owe" / "what do we each pay" at the end of a message
  is the share the English order readers read as "how much does each pay"
  (tools.calculator_each_owed_59t; off: declined, set 51's dinner for six).
- a rate added as a wish or before the split ("we want to add 18% tip before splitting",
  "lets add a 20% tip before we split") is the rate on the result, as "add 18% tip"
  (tools.followup_wish_added_59t via tools.followup_said_plainly_49a; off: declined, and
  in the run a local model's "$18.00" once the share above was read).
- a rate put on top and one more item with the only figure ("add 10% tax and a 3 dollar
  fee", "부가세 10%랑 배송비 3000원 붙이면") is no rate on that figure
  (tools.calculator_rate_and_item_59t, one hook in tools.calculator_rates; off: "$3.30",
  "300원"; found by probing set 51's forms in other wordings, not in the set itself).

Set 51's other failures were declines (open markers in the case file) or expectations
of mine corrected in it (whole money amounts shown bare; the meal rule covers overseas).
"""

from __future__ import annotations

import pytest

import agents.own_history_59t as own_history
import graphs.thread_document_query as thread_query
import tools.calculator_each_owed_59t as each_owed
import tools.calculator_rate_and_item_59t as rate_and_item
import tools.followup_wish_added_59t as wish_added
import tools.rag.asked_relatives as asked_relatives
from agents.documents import DocPlan
from agents.own_facts_55o import asks_own_fact
from agents.own_history_59t import asks_own_history
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    off,
    read_only_by_its_rule,
    turns_read_only_by_their_rule,
)
from tools.handlers import match_deterministic

_BEREAVEMENT = "부모상은 5일, 조부모상은 3일입니다."
_WEDDING = "본인 결혼은 5일, 자녀 결혼은 1일의 경조사 휴가를 받습니다."


def _leave_plan(sentence: str) -> DocPlan:
    citation = {"id": 1, "source": "leave_policy.md", "locator": "§경조사 휴가", "text": ""}
    return DocPlan(kind="extractive", answer=f"{sentence} [1]", citations=[citation])


def _without_new_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = {
        kind: pattern
        for kind, pattern in asked_relatives._KINDS.items()
        if kind not in {"uncle-aunt", "cousin", "niece-nephew"}
    }
    monkeypatch.setattr(asked_relatives, "_KINDS", kinds)


# --- a relative of a kind no rule names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "sentence"),
    [
        ("외삼촌 상은?", _BEREAVEMENT),
        ("이모 돌아가시면 며칠이에요", _BEREAVEMENT),
        ("고모부상이면요", _BEREAVEMENT),
        ("큰아버지 장례면 며칠 쉬어", _BEREAVEMENT),
        ("what if my uncle passes away", _BEREAVEMENT),
        ("사촌 결혼식은?", _WEDDING),
        ("조카 결혼하면 며칠 줘", _WEDDING),
        ("and my cousin's wedding?", _WEDDING),
        ("my niece is getting married, same?", _WEDDING),
    ],
)
def test_a_relative_of_an_unnamed_kind_is_not_the_rules(
    follow_up: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: asked_relatives.states_other_relatives(follow_up, sentence),
        True,
        _without_new_kinds,
        monkeypatch,
    )


@pytest.mark.parametrize(
    "follow_up",
    [
        "외삼촌 상은?",
        "이모 상이면요?",
        "고모 상은요",
        "숙부상이면?",
        "외숙모 상이면?",
    ],
)
def test_the_thread_does_not_quote_the_other_kinds_rule(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The documents quote the leave sentence for whatever is asked with the thread's subject
    # ("할머니 외삼촌 상은?"): only the check of the follow-up itself keeps it out.
    def plan_of(_question: str) -> DocPlan:
        return _leave_plan(_BEREAVEMENT)

    previous = "할머니 돌아가시면 경조휴가 며칠이야"
    assert thread_query.thread_subject_plan(follow_up, previous, plan_of) is None
    monkeypatch.setattr(thread_query, "states_other_relatives", lambda *_a: False)
    found = thread_query.thread_subject_plan(follow_up, previous, plan_of)
    assert found is not None and "조부모상은 3일" in found.answer


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # A relative of a kind the sentence names is its rule ("외할머니" is a grandparent).
        ("외할머니 상이면요?", _BEREAVEMENT),
        ("what about my grandpa's funeral?", _BEREAVEMENT),
        # An uncle as company, no event of his: no relative's rule is asked.
        ("삼촌이랑 병원 가는데 주차 되나요", _BEREAVEMENT),
        ("my aunt is driving me, where do we park", _BEREAVEMENT),
        # 이모티콘 and 조카들 are words, not relatives' events.
        ("이모티콘 보내도 돼요?", _WEDDING),
    ],
)
def test_near_misses_are_not_other_relatives(question: str, sentence: str) -> None:
    assert not asked_relatives.states_other_relatives(question, sentence)


def test_a_grandparent_is_still_quoted_in_the_thread() -> None:
    def plan_of(_question: str) -> DocPlan:
        return _leave_plan(_BEREAVEMENT)

    found = thread_query.thread_subject_plan(
        "외할머니 상이면요?", "할아버지 돌아가시면 경조휴가 며칠이야", plan_of
    )
    assert found is not None and "조부모상은 3일" in found.answer


# --- the organisation's founding -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "한빛의료재단 언제 세워졌어요",
        "그 재단 설립된지 몇년 됐어?",
        "한빛가정의원 몇년도에 생겼어",
        "그 약국 문 연 지 몇 년 됐어요",
        "한빛의료재단 설립연도 알려줘",
        "when was hanbit medical foundation established",
        "한빛재단 창립 몇주년이야",
        "what year was hanbit clinic opened",
        "when did the foundation start",
        "how old is the hanbit foundation",
        "hanbit pharmacy opened in what year",
    ],
)
def test_the_organisations_founding_is_its_own_fact(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: asks_own_fact(question),
        True,
        off(own_history, "use_own_history", False),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "question",
    [
        "재단 설립 절차가 어떻게 돼",  # how to set one up: no date asked
        "세종대왕 언제 태어났어",  # no organisation
        "삼성전자 언제 설립됐어",  # a company named without its kind noun: general knowledge
        "병원 몇시에 열어",  # a schedule, not a founding
        "회사 언제 그만뒀어",  # the asker's own past, not the organisation's founding
        "when was penicillin discovered",
        "when did i last visit the clinic",
    ],
)
def test_near_misses_are_no_founding(question: str) -> None:
    assert not asks_own_history(question)


# --- a share asked as what each one owes (a decline of set 51, read now) -----------------------


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "dinner came to two hundred and forty dollars for six of us, what does everyone owe",
            "240 / 6",
        ),
        ("the cabin was 900 for 6 of us, what does everyone owe", "900 / 6"),
        ("split a 90 bill three ways between me, Ana and Bo - what does everybody pay", "90 / 3"),
    ],
)
def test_what_everyone_owes_is_the_share(
    question: str, expression: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: expression_read(question),
        expression,
        off(each_owed, "use_each_owed", False),
        monkeypatch,
    )


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        # Read by other readers before this rule too; still read so with it.
        ("lunch was 84 for 4 of us. what do we each pay?", "84 / 4"),
        ("the airbnb came to 1,250 for 5 people, what does each of us owe", "1250 / 5"),
    ],
)
def test_shares_read_before_stay_read(question: str, expression: str) -> None:
    assert expression_read(question) == expression


@pytest.mark.parametrize(
    "question",
    [
        "the cabin was 900 for 6 of us, what does everyone owe the owner for the cleaning",
        "the cabin was 900 for 6 of us, what does everyone think",
        "what does everyone owe if the cabin was 900",
        "the cabin was 900 for 6 of us plus a 60 fee, what does everyone owe",
    ],
)
def test_near_misses_of_what_everyone_owes(question: str) -> None:
    assert expression_read(question) is None


def expression_read(question: str) -> str | None:
    found = match_deterministic(question)
    return None if found is None else found.detail


# --- a rate added as a wish or before the split (the follow-up the share's reading exposed) -----

_DINNER = "dinner came to 240 dollars for 6 of us, how much each"  # 40
_LUNCH = "lunch was 96 for 4 of us, how much each"  # 24
_WISH_OFF = off(wish_added, "use_wish_added", False)

WISH_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    (
        [
            "dinner came to two hundred and forty dollars for six of us, what does everyone owe",
            "we want to add 18% tip before splitting",
        ],
        "$47.20",
        _WISH_OFF,
    ),
    ([_DINNER, "add an 18% tip"], "$47.20", _WISH_OFF),
    ([_DINNER, "lets add a 20% tip before we split"], "$48.00", _WISH_OFF),
    ([_LUNCH, "we'd like to add a 15% tip"], "27.6", _WISH_OFF),
    ([_DINNER, "we need to add a 10% service charge"], "$44.00", _WISH_OFF),
    ([_LUNCH, "ok lets put on a 20% gratuity"], "28.8", _WISH_OFF),
]

test_a_wished_rate_is_added = turns_read_only_by_their_rule(WISH_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        [_DINNER, "we want to add 18 people"],  # a count, no rate
        ["jeans 84 with 25% off and a 10 dollar coupon", "add 10% tax first"],  # order matters
        [_DINNER, "we want to add 18% tip before splitting and 5 for parking"],  # more than it
    ],
)
def test_near_misses_of_a_wished_rate(turns: list[str]) -> None:
    assert wish_added.wish_as_operation(turns[-1]) == turns[-1]


# --- a rate put on top and another item: the one figure is no base (found by set 51's probes) ----


@pytest.mark.parametrize(
    "question",
    [
        "add 18% tip and 5 for parking",
        "add 10% tax and a 3 dollar fee",
        "18% tip and 5 dollars for parking, total?",
        "부가세 10%랑 배송비 3000원 붙이면",
        "팁 15%하고 주차비 5천원 더하면",
        "세금 10% 붙이고 배송비 3천원 더하면",
    ],
)
def test_a_rate_and_another_item_is_no_rate_on_that_item(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: expression_read(question),
        None,
        off(rate_and_item, "use_rate_and_item", False),
        monkeypatch,
    )


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        ("부가세 10% 별도 33만원", "330000 * (1 + 10 / 100)"),
        ("10% tip on 85 and whats the total", "85 * (1 + 10 / 100)"),
        ("add a 15% tip to the 60 bill", "60 * (1 + 15 / 100)"),
        ("33만원에 부가세 10% 붙이면", "330000 * (1 + 10 / 100)"),
        ("whats 60 bucks plus 9.5% tax", "60 * (1 + 9.5 / 100)"),
    ],
)
def test_a_rate_on_its_base_is_still_read(question: str, expression: str) -> None:
    assert expression_read(question) == expression


def test_two_rates_on_one_base_are_still_read() -> None:
    # A follow-up reader's wording of set 50's "plus a 20% tip on the pre-tax price".
    turns = [
        "whats 8.875% tax on a 45 dollar haircut, and the total",
        "plus a 20% tip on the pre-tax price",
    ]
    assert answer_to(turns) == "$57.99"
    assert not rate_and_item.rate_then_another_item("45 with 8.875% tax and a 20% tip, total")
