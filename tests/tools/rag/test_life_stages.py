"""A rule stated for adults does not answer a question about a child (and the like)."""

from __future__ import annotations

from tools.rag.life_stages import states_another_life_stage
from tools.rag.qualifiers import answers_another_question

_ADULT_DOSE = "성인은 한 번에 10ml를 하루 세 번 먹습니다."


def test_an_adult_rule_does_not_answer_for_a_child() -> None:
    assert states_another_life_stage("우리 애기한테 시럽 몇 ml 먹여요?", _ADULT_DOSE)
    assert states_another_life_stage(
        "how much cough syrup can my kid take", "Adults take 15 ml three times a day."
    )
    # Through the sentence checks the extractive answer runs.
    assert answers_another_question("아이한테 시럽 몇 ml 먹여요?", _ADULT_DOSE)


def test_a_rule_for_the_asked_stage_or_for_everyone_is_left_alone() -> None:
    assert not states_another_life_stage(
        "어린이 입장료는 얼마예요?", "성인 10,000원, 어린이 5,000원"
    )
    assert not states_another_life_stage("아이한테 시럽 몇 ml 먹여요?", "시럽은 식후에 먹습니다.")
    assert not states_another_life_stage("시럽 몇 ml 먹어요?", _ADULT_DOSE)


def test_a_restriction_answers_the_other_groups_with_a_no() -> None:
    assert not states_another_life_stage(
        "can children use the sauna", "The sauna is for adults only."
    )


def test_words_that_only_start_like_a_stage_are_not_one() -> None:
    assert not states_another_life_stage(
        "아이스크림 가게는 몇 층이에요?", "성인 휴게실은 2층입니다."
    )
    assert not states_another_life_stage("아이디 찾으려면요?", "어른은 신분증을 가져오세요.")
