"""Set 46's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and no longer with that rule switched off:

- a percent coupon used on a price, "청바지 59000원짜리에 20%쿠폰 쓰면 얼마"
  (tools.calculator_readers_54t.percent_coupon_applied; off: the coupon's worth, 11,800원);
- gifts to groups counted in words, "손주 넷한테 만원씩 둘한테 2만원씩 주면 모두 얼마"
  (amounts_each_to_counted_groups; off: the amounts summed, the counts dropped, or nothing);
- a "new total", a conversion with no rate said, the part paid oneself with no cover said,
  read alone (refuse_unstated_base_or_rate; off: the added part, the unconverted product,
  the whole cost);
- an FAQ question after a chat opener, "so where do i park" (tools.faq._LEADING; off: not
  matched);
- a bare figure after a percent of an amount, nearer the percent in size, "and 9.5?" after
  "whats 6% of 48,000" (tools.followup_rules_54t.bare_figure_as_percent; off: 6% of 9.5);
- a document's line about itself quoted for a question about something else
  (tools.rag.document_self_lines_54t; off: "This is a fictional guide written for …").
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator
import tools.calculator_rates as calculator_rates
import tools.calculator_readers_54t as readers_54t
import tools.faq as faq
import tools.followup_rules_54t as rules_54t
import tools.followup_some_pay_fixed as some_pay_fixed
import tools.handler_calculation as handler_calculation
import tools.rag.answer as answer_module
import tools.rag.question as question_module
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    both,
    narrowed,
    never,
    off,
    turns_read_only_by_their_rule,
    without_change,
)
from tools.faq import FaqBook
from tools.rag.answer import extractive_answer
from tools.rag.document_self_lines_54t import describes_its_document
from tools.rag.models import Passage
from tools.rag.question_words import EN_FUNCTION_WORDS


def _raise_nothing(*_args: object) -> None:
    return None


# (Since wrongs61 the one-amount rate reader takes a percent coupon off too: both readers
# are switched off, each reading it right alone.)
_COUPON_OFF = both(
    off(readers_54t, "percent_coupon_applied", never),
    narrowed(calculator_rates, "_CUT", r"|쿠폰|off\b|discount|coupon|voucher", r"|off\b|discount"),
)

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 59,000 x 0.8 = 47,200원 (off: 59000의 20% = 11,800원)
    (
        ["청바지 59000원짜리에 20%쿠폰 쓰면 얼마"],
        "47,200원",
        _COUPON_OFF,
    ),
    # 120,000 x 0.9 = 108,000원
    (
        ["12만원 코트에 10프로 쿠폰 넣으면 얼마야"],
        "108,000원",
        _COUPON_OFF,
    ),
    # 90 x 0.8 = 72 (off: 18, the coupon's worth)
    (
        ["sneakers are 90 and i got a 20% coupon, how much are they"],
        "72",
        _COUPON_OFF,
    ),
    # 4 x 10,000 + 2 x 20,000 = 80,000원 (off: 30,000원 or nothing)
    (
        ["손주 넷한테 만원씩 둘한테 2만원씩 주면 모두 얼마"],
        "80,000원",
        off(readers_54t, "amounts_each_to_counted_groups", never),
    ),
    # 5 x 3,000 = 15,000원
    (
        ["애들 다섯한테 3000원씩 주면 총 얼마 들어"],
        "15,000원",
        off(readers_54t, "amounts_each_to_counted_groups", never),
    ),
]

# A bare figure after a percent of an amount, nearer the percent in size: the new percent
# (off: the amount swapped, 6% of 9.5 = 0.57, the wrong answer set 46 found).
CASES += [
    (
        ["whats 6% of 48,000", "and 9.5?"],
        "4,560",
        without_change(rules_54t.bare_figure_as_percent),
    ),
    (
        ["52000원의 8%는?", "12는?"],
        "6,240원",
        without_change(rules_54t.bare_figure_as_percent),
    ),
]

# Set 46's declines closed (not wrong before; read by code now), each only by its rule.
_SAID_AS_TYPED = off(calculator, "said_plainly_54t", lambda text: text)
CASES += [
    # 240,000 / 6 = 40,000원 ("엔분의일" is 엔빵)
    (["회식비 24만원 6명 엔분의일 하면 얼마"], "40,000원", _SAID_AS_TYPED),
    # 2 x 4.99 + 3 x 7.50 = 32.48 ("@" is "at")
    (["2 bags of mulch @ 4.99 and 3 plants @ 7.50, whats the damage"], "32.48", _SAID_AS_TYPED),
    # 3,000 x 4.5% = 135
    (["whats 4 and a half percent of 3,000"], "135", _SAID_AS_TYPED),
    # 2,000 x (1 + 0.05 x 2) = 2,200
    (
        ["borrowed 2000 at 5% simple interest for 2 yrs, how much to pay back total"],
        "2,200",
        _SAID_AS_TYPED,
    ),
    # 120,000 / 7 = 17,142.86 cut to hundreds 17,100원; to thousands 17,000원
    (
        ["12만원 7명이서 나누면", "백원단위는 버려줘"],
        "17,100원",
        without_change(rules_54t.cut_to_unit_said_in_chat),
    ),
    (
        ["120000원 7명이서 나누면", "천원 밑으로는 떼줘"],
        "17,000원",
        without_change(rules_54t.cut_to_unit_said_in_chat),
    ),
    # 2029-03-03 is a Saturday
    (
        ["what day of the week is march 3 2028", "same date in 2029?"],
        "Saturday",
        without_change(rules_54t.same_date_other_year),
    ),
]

# "나머지 다섯은 얼마씩": the others counted without 명 (off: the count with 명 only).
_REST_WITH_MYEONG = re.compile(
    rf"나머지\s*(?:(?P<r>\d+|{some_pay_fixed._COUNT})\s*명)?\s*(?:은|는|이|가)?\s*(?:얼마|몇)"
)
CASES += [
    # (300,000 - 10,000) / 5 = 58,000원
    (
        ["회식비 30만원 6명이서 나누면", "한명은 일찍 가서 만원만 낸대 나머지 다섯은 얼마씩"],
        "58,000원",
        off(some_pay_fixed, "_REST_KO", _REST_WITH_MYEONG),
    ),
]

# What the text alone cannot give: declined (None) with the check on.
REFUSED: list[tuple[list[str], SwitchOff]] = [
    (
        ["add 3 more tickets at 25 each, whats the new total"],
        off(handler_calculation, "refuse_unstated_base_or_rate", _raise_nothing),
    ),
    (
        ["2 nights at 140 euros each is how much in usd"],
        off(handler_calculation, "refuse_unstated_base_or_rate", _raise_nothing),
    ),
    (
        ["my hotel was 4 nights at 95 a night, how much do i pay out of pocket"],
        off(handler_calculation, "refuse_unstated_base_or_rate", _raise_nothing),
    ),
    (
        ["i paid 3 nights at 130 each, how much is on my own dime"],
        off(handler_calculation, "refuse_unstated_base_or_rate", _raise_nothing),
    ),
]


test_each_wrong_form_is_read_right_only_by_its_rule = turns_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(("turns", "switch_off"), REFUSED)
def test_a_reading_needing_an_unstated_figure_declines(
    turns: list[str], switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert answer_to(turns) is None
    switch_off(monkeypatch)
    assert answer_to(turns) is not None  # the added part, the product, the whole cost


@pytest.mark.parametrize(
    "turns",
    [
        # A rate said, a cap said, a total with every figure: still read.
        ["300 euros to dollars at 1.08"],
        ["a 79.99 jacket with a 15% coupon, how much do i save"],
    ],
)
def test_readings_with_their_figures_stated_still_answer(turns: list[str]) -> None:
    assert answer_to(turns) is not None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("so where do i park", "parking-en"),
        ("um when are you open", "hours-en"),
    ],
)
def test_a_chat_opener_before_an_faq_question(
    question: str, entry: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = FaqBook.load()
    hit = book.lookup(question)
    assert hit is not None and hit.entry.id == entry
    monkeypatch.setattr(faq, "_LEADING", ("혹시", "저기요", "저기", "그런데", "근데", "hi"))
    switched = book.lookup(question)
    assert switched is None or switched.entry.id != entry


def test_a_korean_chat_opener_before_an_faq_question() -> None:
    # (No switch-off here: the paraphrase matcher and "스위치야드" spelled out (faq_chat_ko_54f)
    # find it without the opener dropped, since the merge of round 54.)
    hit = FaqBook.load().lookup("그래서 스위치야드가 뭐예요")
    assert hit is not None and hit.entry.id == "what-is-switchyard-ko"


_SELF_LINE_DOC = (
    "This is a fictional guide written for the Northwind staff handbook. "
    "Staff may work from home two days a week."
)


def _answer(question: str) -> str:
    passage = Passage(
        chunk_id="c1", source="handbook.md", heading="Remote work", text=_SELF_LINE_DOC
    )
    return extractive_answer(
        question,
        [passage],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_text=lambda _: _SELF_LINE_DOC,
    ).text


def test_a_documents_line_about_itself_answers_no_other_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "what does the northwind staff handbook do"
    assert "fictional" not in _answer(question)
    monkeypatch.setattr(answer_module, "describes_its_document", lambda *_: False)
    # "… is a fictional guide" is also a line declaring its subject made up (made_up_lines_56r).
    monkeypatch.setattr(answer_module, "declares_made_up", lambda *_: False)
    assert "fictional" in _answer(question)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("what does switchyard do", "This is a fictional policy written for the suite.", True),
        ("스위치야드가 뭐야", "이 문서는 가상의 의원을 위한 예시 안내문입니다.", True),
        ("is this a real clinic", "This is a fictional policy written for the suite.", False),
        ("when are checkups", "The clinic (a fictional clinic) offers check-ups.", False),
    ],
)
def test_which_lines_describe_their_document(question: str, sentence: str, expected: bool) -> None:
    assert describes_its_document(question, sentence) is expected


_COPIES_DOC = (
    "Ask at the front desk for a copy of your vaccination card. "
    "Copies are usually ready within two days."
)


def _copies_answer(question: str) -> str:
    passage = Passage(chunk_id="c1", source="v.md", heading="Card copies", text=_COPIES_DOC)
    return extractive_answer(question, [passage], document_text=lambda _: _COPIES_DOC).text


@pytest.mark.parametrize(
    "question",
    [
        "how fast can i get a copy of my vaccination card",
        "how quickly can i get a copy of my vaccination card",
    ],
)
def test_how_fast_asks_how_long_not_about_speed(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Set 46: "how fast can i get a copy of my medical records" was declined (not in the
    # documents: fast). "fast", "quickly" only phrase the question, like "how soon".
    assert "two days" in _copies_answer(question)
    words = EN_FUNCTION_WORDS - {"fast", "quickly", "quick", "soon"}
    monkeypatch.setattr(question_module, "_EN_FUNCTION_WORDS", words)
    assert "two days" not in _copies_answer(question)
