"""A model's answer stating a thing the question names and no passage it read names.

Passages and answers of our own (a swimming pool, a climbing gym, a bakery), not the
held-out sets'; the rule-off half shows the invented answer the check keeps out.
"""

from __future__ import annotations

from unittest import mock

from agents.answer_grounding import ungrounded
from agents.unheld_answer_terms import states_unheld_term
from tools.rag.question import analyze_question

_POOL = (
    "Riverside Pool is on the first floor of the leisure centre. "
    "A goods lift takes lane ropes and equipment up from the loading bay."
)
_GYM = "빌레이 교육은 토요일 오전 10시에 합니다. 암벽화는 3,000원에 빌려 드립니다."


def test_an_invented_yes_about_an_unheld_thing_is_ungrounded() -> None:
    question = "is riverside pool wheelchair accessible"
    answer = "Riverside Pool is wheelchair accessible."
    assert states_unheld_term(answer, question, [_POOL], analyze_question(question)) == (
        "wheelchair, accessible"
    )
    assert "no passage names" in (ungrounded(answer, question, [_POOL]) or "")
    # A no is as unfounded as a yes: the passages say nothing either way.
    assert ungrounded("No, Riverside Pool is not wheelchair accessible.", question, [_POOL])
    # Rule off: the invented yes passes.
    with mock.patch("agents.answer_grounding.states_unheld_term", return_value=None):
        assert ungrounded(answer, question, [_POOL]) is None


def test_a_korean_answer_about_an_unheld_thing_is_ungrounded() -> None:
    question = "클라이밍장 샤워실 있어요?"
    answer = "네, 클라이밍장에 샤워실이 있습니다."
    unheld = states_unheld_term(answer, question, [_GYM], analyze_question(question))
    assert "샤워" in (unheld or "")


def test_an_answer_naming_only_what_the_passages_hold_is_left_alone() -> None:
    question = "is there a lift at riverside pool"
    answer = "Yes, a goods lift takes equipment up from the loading bay."
    assert states_unheld_term(answer, question, [_POOL], analyze_question(question)) is None
    # An accent is no other word ("café" in the passage, "cafe" asked).
    bakery = "Bakery café rules\nPlease do not bring pets; only guide dogs are allowed inside."
    cafe = "can i bring my dog to the bakery cafe?"
    assert (
        states_unheld_term("No, not to the bakery cafe.", cafe, [bakery], analyze_question(cafe))
        is None
    )
    # A question asking for a kind of thing has its own checks.
    when = "when is the belay class"
    assert states_unheld_term("Saturday at 10.", when, [_GYM], analyze_question(when)) is None


def test_an_answer_naming_the_value_asked_for_is_left_alone() -> None:
    # The passage never says "allowance": the answer's "allowance" labels the quoted value.
    meals = "Staff travelling on business may claim up to 30,000 won per day for meals."
    question = "what's the daily meal allowance on a business trip"
    answer = "The daily meal allowance on a business trip is 30,000 won."
    assert states_unheld_term(answer, question, [meals], analyze_question(question)) is None
    assert ungrounded(answer, question, [meals]) is None
    # The same answer to a yes/no question about an allowance is held.
    yes_no = "is there a meal allowance on a business trip"
    assert states_unheld_term(answer, yes_no, [meals], analyze_question(yes_no))
