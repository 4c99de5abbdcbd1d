"""A model's yes to a permission question needs a passage sentence permitting that act.

Passages and answers of our own (a community garden, a pool's member cards and goggles),
not the held-out sets'; each rule-off half shows the wrong yes the check keeps out.
"""

from __future__ import annotations

import re
from unittest import mock

from agents.affirmed_predicates import NEGATED_AFTER_VERB
from agents.answer_grounding import ungrounded
from agents.permitted_acts import unsupported_permission

_GARDEN = "Members may enter the garden from 6 am. Guests must sign in at the gate."
_CARDS = "만 14세 미만 아이는 가족이 대신 신청할 수 있습니다. 카드는 7일 뒤에 나옵니다."
_GOGGLES = "빛을 반사하는 물안경은 쓸 수 없습니다. 색이 들어간 물안경도 써도 됩니다."


def _with_rule_off(answer: str, question: str, passages: list[str]) -> str | None:
    # The unheld-term check (agents.unheld_answer_terms) also keeps out the garden's yes,
    # whose "bring" no passage writes: switched off too, to show this rule's own effect.
    with (
        mock.patch("agents.permitted_acts.asked_act", return_value=None),
        mock.patch("agents.answer_grounding.states_unheld_term", return_value=None),
    ):
        return ungrounded(answer, question, passages)


def test_a_permission_for_another_act_does_not_ground_a_yes() -> None:
    answer, question = "Yes, members may bring guests.", "can members bring guests?"
    assert unsupported_permission(answer, question, [_GARDEN]) == "bring"
    assert "permits the act" in (ungrounded(answer, question, [_GARDEN]) or "")
    assert _with_rule_off(answer, question, [_GARDEN]) is None  # rule off: grounded


def test_a_korean_yes_to_collecting_is_not_grounded_by_applying() -> None:
    answer, question = "네, 가족이 대신 받을 수 있습니다.", "카드 가족이 대신 받아도 돼요?"
    assert unsupported_permission(answer, question, [_CARDS]) == "받"
    assert _with_rule_off(answer, question, [_CARDS]) is None


def test_a_permission_for_a_narrower_object_does_not_ground_a_yes() -> None:
    answer, question = "네, 물안경은 써도 됩니다.", "물안경 써도 돼요?"
    assert unsupported_permission(answer, question, [_GOGGLES]) == "쓰"
    assert _with_rule_off(answer, question, [_GOGGLES]) is None


def test_a_sentence_permitting_the_asked_act_grounds_the_yes() -> None:
    garden = _GARDEN + " On Sundays each member may bring two guests."
    assert (
        ungrounded(
            "Yes, members may bring two guests on Sundays.", "can members bring guests?", [garden]
        )
        is None
    )
    cards = _CARDS + " 카드는 가족이 대신 받을 수 있습니다."
    assert (
        ungrounded("네, 가족이 대신 받을 수 있습니다.", "카드 가족이 대신 받아도 돼요?", [cards])
        is None
    )
    goggles = _GOGGLES + " 일반 물안경은 써도 됩니다."
    assert (
        unsupported_permission("네, 일반 물안경은 써도 됩니다.", "물안경 써도 돼요?", [goggles])
        is None
    )


def test_a_no_or_a_question_of_another_kind_is_left_to_the_other_checks() -> None:
    assert (
        unsupported_permission(
            "No, members cannot bring guests.", "can members bring guests?", [_GARDEN]
        )
        is None
    )
    assert (
        unsupported_permission(
            "Guests must sign in at the gate.", "can you tell me how guests get in?", [_GARDEN]
        )
        is None
    )


def test_an_or_else_after_a_permission_does_not_negate_it() -> None:
    # The predicate checks' negations include 아니다; a permission's leave it out, so
    # "…할 수 있어요, 아니면 …" (or else) is still a yes the passages must ground.
    question = "가족이 대신 신청해도 돼요?"
    answer = "네, 가족이 대신 신청할 수 있어요, 아니면 직접 오셔서 하세요."
    assert unsupported_permission(answer, question, ["카드는 7일 뒤에 나옵니다."]) == "신청"
    with mock.patch(
        "agents.permitted_acts._NEGATED_AFTER",
        re.compile(rf"\S{{0,4}}\s*(?:아니|아닙)|{NEGATED_AFTER_VERB}"),
    ):
        assert unsupported_permission(answer, question, ["카드는 7일 뒤에 나옵니다."]) is None
