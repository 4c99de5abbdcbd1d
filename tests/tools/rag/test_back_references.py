"""A sentence pointing back ("이 할인은 …", "This pass …") answers no better than its antecedent;
a best sentence complete only with the one before is quoted with it.

Our own examples (a gym's membership discounts, a bike shed's fees), not the held-out
sets'. The rule-off halves show the back-pointing line, or the bare follow-on fee, quoted alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.answer_sentences import top_sentence
from tools.rag.back_references import capped_by_antecedents, points_back
from tools.rag.models import Passage

_GYM = Passage(
    chunk_id="g1",
    source="gym.md",
    heading="회원권 요금",
    text=(
        "회원권은 매달 요금을 냅니다. 12개월 요금을 한 번에 내면 회원권 요금의 10%를 할인합니다. "
        "처음 가입하는 회원은 첫 달 요금의 30%를 할인받습니다. "
        "이 할인은 12개월 선결제 할인과 함께 받을 수 없습니다."
    ),
)
_SHED = Passage(
    chunk_id="s1",
    source="shed.md",
    heading="이용 안내",
    text=(
        "입주민은 관리실에서 보관증을 받으면 자전거 보관소를 첫 달 동안 무료로 쓸 수 있습니다. "
        "한 달이 지나면 매주 3,000원의 요금이 붙습니다."
    ),
)
_YEAR_AHEAD = "12개월 요금을 한 번에 내면 회원권 요금의 10%를 할인합니다."


def _unchanged(scored: Sequence[Any], *_: Any) -> list[Any]:
    return list(scored)


def test_a_sentence_opening_with_a_demonstrative_points_back() -> None:
    assert points_back("이 쿠폰은 다른 할인과 같이 쓸 수 없습니다.")
    assert points_back("그리고 이 경우에는 환불되지 않습니다.")
    assert points_back("This pass cannot be shared.")
    assert not points_back("쿠폰은 한 번만 쓸 수 있습니다.")
    assert not points_back("이용권은 이 매장에서만 씁니다.")  # 이 later in the sentence
    assert not points_back("Passes cannot be shared.")


def test_a_back_pointing_sentence_is_held_to_its_antecedent() -> None:
    coupon = (0.9, 1.0, 0, 3, "이 쿠폰은 주말에 쓸 수 없습니다.")
    given = (0.4, 1.0, 0, 2, "신규 회원은 쿠폰을 받습니다.")
    assert [s[0] for s in capped_by_antecedents([coupon, given])] == [0.4, 0.4]
    # Its antecedent passed over as another case: it speaks of that case, and goes.
    assert capped_by_antecedents([coupon], {(0, 2)}) == []
    # Not pointing back, or its antecedent neither scored nor of another case: as it was.
    assert capped_by_antecedents([(0.9, 1.0, 0, 3, "쿠폰은 주말에 쓸 수 없습니다.")]) == [
        (0.9, 1.0, 0, 3, "쿠폰은 주말에 쓸 수 없습니다.")
    ]
    assert capped_by_antecedents([coupon])[0][0] == 0.9


def test_the_discount_asked_is_quoted_not_the_line_about_another_one() -> None:
    for question in (
        "회원권 1년치 한번에 결제하면 할인있어요?",
        "헬스 회원권 12개월 선결제 할인 있어요?",
    ):
        answer = extractive_answer(question, [_GYM], idf=lambda _: 1.0)
        assert top_sentence(answer) == _YEAR_AHEAD
        with mock.patch("tools.rag.answer.capped_by_antecedents", side_effect=_unchanged):
            # The rule off: the first-month discount's "이 할인은 …" line answers.
            off = extractive_answer(question, [_GYM], idf=lambda _: 1.0)
            assert top_sentence(off).startswith("이 할인은")


def test_a_follow_on_fee_is_quoted_after_the_sentence_it_continues() -> None:
    question = "how much does the bike shed cost?"
    answer = extractive_answer(question, [_SHED], idf=lambda _: 1.0)
    assert top_sentence(answer) == "한 달이 지나면 매주 3,000원의 요금이 붙습니다."
    assert answer.text.startswith("입주민은 관리실에서 보관증을 받으면")
    with mock.patch("tools.rag.answer.with_sentence_leaned_on", side_effect=_unchanged):
        # The rule off: the weekly fee alone, the free first month unsaid.
        off = extractive_answer(question, [_SHED], idf=lambda _: 1.0)
        assert "무료" not in off.text


def test_the_sentence_leaned_on_stays_within_the_sentences_asked_for() -> None:
    one = extractive_answer(
        "how much does the bike shed cost?", [_SHED], idf=lambda _: 1.0, max_sentences=1
    )
    assert one.text.startswith("한 달이 지나면 매주 3,000원의 요금이 붙습니다.")


def test_no_candidate_left_after_the_drop_declines() -> None:
    # Every scored sentence pointed back to another case and went: nothing to quote.
    with mock.patch("tools.rag.answer.capped_by_antecedents", return_value=[]):
        answer = extractive_answer("회원권 1년치 한번에 결제하면 할인있어요?", [_GYM])
    assert not answer.covered
