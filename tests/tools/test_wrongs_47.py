"""Set 47's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and no longer with that rule switched off:

- a part someone pays toward a total, the rest split, "동창회비 45만원 … 회장이 5만원 쏘고
  나머지 8명이 엔빵하면 얼마씩" (tools.calculator_readers_55t.part_paid_then_rest_split;
  off: the part added to the total, which refuse_part_paid_added now declines);
- rounding said with a closing verb, "백원 단위에서 올려서 내자"
  (tools.followup_rules_54t.cut_to_unit_said_in_chat; off: not read);
- a rounding turn with no figure of its own goes on from the thread, however long, so a
  local model's unconfirmed figure is not shown (agents.thread_figures._ROUNDS; off: the
  local "18.55" for "round the whole total up to the next dollar" was shown);
- a yes/no act no passage states of the subject asked, "do i need to fast before the chest
  x-ray" (agents.yes_no_predicate_55t, with "fast" kept as a term by
  tools.rag.speed_words_55t; off: the table rows were shown as the answer);
- a measure priced to the cent makes the total money, shown to the cent
  (tools.calculator_cents_per_measure_55t; off: "32.526").
"""

from __future__ import annotations

import re

import pytest

import agents.answer_grounding as answer_grounding
import agents.thread_figures as thread_figures
import tools.calculator_cents_implied as cents_implied
import tools.calculator_readers_55t as readers_55t
import tools.calculator_restated_55t as restated_55t
import tools.calculator_restated_forms as restated_forms
import tools.dates as dates_module
import tools.faq as faq_module
import tools.followup_rules_54t as rules_54t
import tools.rag.question as question_module
import tools.units as units_module
from agents.answer_grounding import ungrounded
from agents.local_follow_up_check import unconfirmed_local_follow_up
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    never,
    off,
    read_only_by_its_rule,
    turns_read_only_by_their_rule,
    without_change,
)
from tools.faq import FaqBook
from tools.rag.question import analyze_question


def _no_terms(*_args: object) -> set[str]:
    return set()


_PART_OFF = off(readers_55t, "part_paid_then_rest_split", never)

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # (450,000 - 50,000) / 8 = 50,000원 (off: the part added, (450,000 + 50,000) / 8, refused)
    (
        ["동창회비 45만원 나왔는데 회장이 5만원 쏘고 나머지 8명이 엔빵하면 얼마씩"],
        "50,000원",
        _PART_OFF,
    ),
    # (280,000 - 40,000) / 5 = 48,000원 ("1인당" is no figure)
    (
        ["회식 28만원인데 팀장님이 4만원 보태주고 나머지 5명이서 나누면 1인당 얼마"],
        "48,000원",
        _PART_OFF,
    ),
    # (900 - 150) / 6 = 125
    (
        ["the cabin was 900, grandpa chipped in 150 and the other 6 of us split the rest. each?"],
        "125",
        _PART_OFF,
    ),
    # 230,000 / 6 = 38,333.33 rounded up to hundreds: 38,400원
    (
        ["회비 23만원 6명이 나누면", "백원 단위에서 올려서 내자"],
        "38,400원",
        without_change(rules_54t.cut_to_unit_said_in_chat),
    ),
    # 120,000 / 7 = 17,142.86 cut to thousands: 17,000원
    (
        ["12만원 7명이서 나누면", "천원 단위로 버리고 받자"],
        "17,000원",
        without_change(rules_54t.cut_to_unit_said_in_chat),
    ),
    # 1.7 x 13.49 + 2.25 = 25.183 -> 25.18
    (
        ["1.7 kg of beef at 13.49 a kg plus 2.25 for bread, how much"],
        "25.18",
        off(cents_implied, "priced_per_measure", lambda _text: False),
    ),
    # 2.3 x 2.49 + 2 x 3.99 = 13.707 -> 13.71
    (
        ["2.3 lbs of grapes at 2.49/lb and 2 melons at 3.99 each, total?"],
        "13.71",
        off(cents_implied, "priced_per_measure", lambda _text: False),
    ),
]


test_each_wrong_form_is_read_right_only_by_its_rule = turns_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(
    "question",
    [
        "회식비 28만원인데 과장님이 5만원 내주시고 나머지 7명이 나눠내면 얼마씩",
        "동창회비 45만원인데 회장이 5만원 내고 나머지 8명이 나눠내면 얼마씩",
    ],
)
def test_a_part_paid_is_never_added_to_the_total(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the reader off, the general reading adds the part; the check declines it.
    monkeypatch.setattr(readers_55t, "part_paid_then_rest_split", never)
    assert answer_to([question]) is None
    monkeypatch.setattr(readers_55t, "refuse_part_paid_added", never)
    monkeypatch.setattr("tools.calculator.refuse_part_paid_added", never)
    assert answer_to([question]) is not None  # 47,143원, 62,500원: the part added


@pytest.mark.parametrize(
    ("reply", "question", "previous_question", "previous_answer"),
    [
        (
            "41.30",
            "please round the entire total up to the nearest whole dollar",
            "groceries were 38.20 plus 8% tax, total?",
            "41.26",
        ),
        (
            "16,000원",
            "총액 기준으로 천원 단위에서 반올림한 금액도 알려줄 수 있어요",
            "점심값 47800원 셋이 나누면 얼마씩",
            "15,933원",
        ),
    ],
)
def test_a_long_rounding_turn_goes_on_from_the_calculation(
    reply: str,
    question: str,
    previous_question: str,
    previous_answer: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert unconfirmed_local_follow_up(reply, question, previous_question, previous_answer)
    monkeypatch.setattr(thread_figures, "_ROUNDS", NEVER)
    assert unconfirmed_local_follow_up(reply, question, previous_question, previous_answer) is None


_PASSAGES = [
    "Before your visit\n- Do not eat anything for 6 hours before the ultrasound.\n"
    "- Bring your insurance card.",
    "Services\n| Service | Time |\n| Ultrasound | 20 minutes |\n| Dental cleaning | 30 minutes |",
]
_TABLE_ROWS = "Service | Time |\n\nDental cleaning | 30 minutes |\n\nDental cleaning | 30 minutes |"


@pytest.mark.parametrize(
    "switch_off",
    [
        off(answer_grounding, "act_unstated_of_subject", never),
        off(question_module, "speed_words_as_terms", _no_terms),
    ],
)
def test_a_yes_no_act_no_passage_states_of_its_subject(
    switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "do i have to fast before the dental cleaning"
    why = ungrounded(_TABLE_ROWS, question, _PASSAGES)
    assert why is not None and "fast" in why
    switch_off(monkeypatch)
    assert ungrounded(_TABLE_ROWS, question, _PASSAGES) is None


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # The act stated of the subject asked (fast and eat share 금식): still grounded.
        (
            "should i fast before the ultrasound",
            "Do not eat anything for 6 hours before the ultrasound.",
        ),
        ("do i need to bring my insurance card", "Yes, bring your insurance card."),
    ],
)
def test_an_act_the_passages_state_of_the_subject_stays_grounded(question: str, reply: str) -> None:
    assert ungrounded(reply, question, _PASSAGES) is None


@pytest.mark.parametrize(
    ("question", "has_fast"),
    [
        ("do i need to fast before the chest x-ray", True),
        ("should we fast the night before", True),
        ("how fast can i get my results", False),
        ("how soon are the results ready", False),
    ],
)
def test_speed_words_are_terms_unless_how_asks_with_them(question: str, has_fast: bool) -> None:
    terms = set(analyze_question(question).terms)
    assert bool(terms & {"fast", "soon"}) is has_fast
    assert not re.search(r"\bhow\b", question) or not terms & {"fast", "soon"}


# Set 47's declines closed (not wrong before; read by code now), each only by its rule.
_CONVERSION_AS_TYPED = off(units_module, "conversion_said_plainly", lambda text: text)
CLOSED: list[tuple[list[str], str | None, SwitchOff | None]] = [
    # 8 oz x 28.3495 = 226.7962 g (a thing named after the measure)
    (["8 oz salmon fillet, how many grams is that"], "8 oz = 226.7962 g", _CONVERSION_AS_TYPED),
    (["3 lb pork shoulder, how many kg is that"], "3 lb = 1.3608 kg", _CONVERSION_AS_TYPED),
    (["5 miles per hour, how many km/h is that"], "5 mph = 8.0467 km/h", None),
    # 1 gal = 3.7854 L ("였지": recalled, asked as the present)
    (["1갤런이 몇리터였지"], "1 gal = 3.7854 L", _CONVERSION_AS_TYPED),
]


@pytest.mark.parametrize(("turns", "expected", "switch_off"), CLOSED)
def test_each_closed_form_is_read_only_by_its_rule(
    turns: list[str],
    expected: str | None,
    switch_off: SwitchOff | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if switch_off is None:  # words that go on the measure are never dropped: read as before
        assert answer_to(turns) == expected
        return
    read_only_by_its_rule(lambda: answer_to(turns), expected, switch_off, monkeypatch)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("whats switchyard tho", "what-is-switchyard-en"),
        ("where do i park anyway", "parking-en"),
        ("점심때 문 닫나요?", "lunch-ko"),
        ("점심때 문 열어요?", "lunch-ko"),
    ],
)
def test_chat_tails_around_an_faq_question(
    question: str, entry: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = FaqBook.load()
    hit = book.lookup(question)
    assert hit is not None and hit.entry.id == entry
    monkeypatch.setattr(faq_module, "without_chat_tails", lambda text: text)
    switched = book.lookup(question)
    assert switched is None or switched.entry.id != entry


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many days does 2032 have", "2032 has 366 days (a leap year)"),
        ("how many days are there in 2030", "2030 has 365 days"),
        ("2032년은 총 며칠이야", "2032년은 366일이에요 (윤년)"),
    ],
)
def test_a_years_length(question: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        off(dates_module, "days_in_year", never),
        monkeypatch,
    )


def _without_rule(rule: object) -> SwitchOff:
    rules = tuple(r for r in restated_forms._RULES if r is not rule)
    return off(restated_forms, "_RULES", rules)


@pytest.mark.parametrize(
    ("question", "expected", "rule"),
    [
        # (73 - 61) / 61 = 19.6721%
        (
            "water bill was 61 last month, 73 this month, by what % did it go up",
            "19.6721%",
            restated_55t.change_said_as_two_states,
        ),
        # (60 - 80) / 80 = -25%: the lamp's 25% off
        (
            "the lamp was 80, now its 60. what % off is that",
            "-25%",
            restated_55t.change_said_as_two_states,
        ),
        # 6 / 25 = 24%
        ("우리 팀 25명인데 신입 6명이면 몇프로야", "24%", restated_55t.part_of_group_said_first),
    ],
)
def test_a_percent_said_in_set_47s_forms(
    question: str, expected: str, rule: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: answer_to([question]), expected, _without_rule(rule), monkeypatch)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("convert 23:05 to 12 hour time", "23:05 is 11:05 PM"),
        ("00:40 in am/pm", "00:40 is 12:40 AM"),
    ],
)
def test_a_24_hour_time_on_the_12_hour_clock(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        off(dates_module, "twelve_hour_time", never),
        monkeypatch,
    )
