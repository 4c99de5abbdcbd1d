"""A sentence telling relatives apart does not answer for a relative it does not name."""

from __future__ import annotations

from tools.rag.asked_relatives import states_other_relatives
from tools.rag.qualifiers import answers_another_question

_WEDDINGS = "직원 본인 결혼 시 7일, 자녀 결혼 시 2일의 특별휴가를 줍니다."
_FUNERALS = "배우자상은 7일, 부모상은 5일입니다."


def test_a_relative_the_sentence_does_not_list_is_not_answered() -> None:
    assert states_other_relatives("누나 결혼하면 특별휴가 있어요?", _WEDDINGS)
    assert states_other_relatives("시어머니 상 당하면 며칠 쉬어요?", _FUNERALS)
    assert states_other_relatives(
        "do I get leave for my sister's wedding",
        "You get 7 days for your own wedding and 2 days for a child's wedding.",
    )
    # Through the sentence checks the extractive answer runs.
    assert answers_another_question("동생 결혼식 때 특별휴가 며칠이에요?", _WEDDINGS)


def test_the_listed_kind_or_a_general_rule_is_left_alone() -> None:
    assert not states_other_relatives("아들 결혼식이면 며칠이에요?", _WEDDINGS)
    assert not states_other_relatives("아버지 돌아가시면 며칠 쉬어요?", _FUNERALS)
    assert not states_other_relatives("제가 결혼하면 며칠 쉬어요?", _WEDDINGS)
    assert not states_other_relatives(
        "엄마 모시고 가는데 몇 시까지 해요?", "평일은 18:00까지 진료합니다."
    )
    # "본인" alone says whose ID, not which relatives count.
    assert not states_other_relatives(
        "동생이 대신 받아 가도 돼요?", "대리인은 신청인의 위임장과 본인 신분증을 가져와야 합니다."
    )
    # "형제자매" is one word for siblings: a sister asked is among them.
    assert not states_other_relatives(
        "언니가 대신 데리러 가도 돼요?", "만 14세 이상 형제자매나 조부모가 데리러 갈 수 있습니다."
    )


def test_words_that_only_start_like_a_relative_are_not_one() -> None:
    assert not states_other_relatives("형태가 바뀌면 다시 신청해요?", _FUNERALS)
    assert not states_other_relatives("성형 상담도 돼요?", _FUNERALS)


def test_a_relative_who_only_comes_along_does_not_block_the_answer() -> None:
    # The relative is the asker's company, not the owner of an event: the rule is general.
    assert not states_other_relatives(
        "I'm coming with my husband, how long can we stay in the sauna?",
        "Sauna sessions last 90 minutes; groups with children get 60 minutes.",
    )
    assert not states_other_relatives(
        "아빠 모시고 가는데 주차 몇 시간 무료예요?",
        "주차는 2시간 무료이고, 자녀 동반 가족은 3시간입니다.",
    )
    # "이랑" is a particle: the spouse is read, yet owns no event here either.
    assert not states_other_relatives(
        "남편이랑 가는데 입장료 얼마예요?", "입장료는 8,000원이고 자녀는 4,000원입니다."
    )
    assert states_other_relatives(
        "남편이랑 사별하면 며칠 쉬어요?", "부모상은 5일, 자녀상은 3일입니다."
    )
