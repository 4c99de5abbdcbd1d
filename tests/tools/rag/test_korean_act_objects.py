"""A Korean permission question is answered by a sentence on its act for its object.

Examples of our own (a courier's list of things it does not carry, a commuter pass, a
members' card, a reading room), not the held-out sets'. Each rule-off half shows the
sentence the screen keeps out.
"""

from __future__ import annotations

from collections.abc import Iterator
from unittest import mock

import pytest

from tools.rag.answer import extractive_answer
from tools.rag.asked_act import asked_act
from tools.rag.korean_act_objects import korean_object, korean_object_screen, same_acts
from tools.rag.models import Passage

_COURIER = Passage(
    chunk_id="k1",
    source="courier.md",
    heading="택배로 보낼 수 없는 물건",
    text=(
        "- 현금과 귀금속\n\n- 살아 있는 동물\n\n- 생선과 해산물(조개, 새우 포함)\n\n"
        "- 유리처럼 깨지기 쉬운 그릇\n\n"
        "과일처럼 상하기 쉬운 식품은 보낼 수 있지만, 하루 안에 도착하는 지역만 받습니다."
    ),
)
_PASS_CHANGE = Passage(
    chunk_id="p1",
    source="rail.md",
    heading="정기권 변경",
    text="정기권 구간(출발역과 도착역)은 변경할 수 없으며, 새로 사야 합니다.",
)
_CARD = Passage(
    chunk_id="m1",
    source="club.md",
    heading="회원 가입",
    text=(
        "회원 카드를 잃어버리면 재발급 비용 2,000원을 냅니다. "
        "만 14세 미만은 보호자와 함께 와서 가입해야 합니다."
    ),
)
_ROOM = Passage(
    chunk_id="r1",
    source="study.md",
    heading="열람실 이용",
    text="열람실에는 물만 가지고 들어올 수 있고, 음식은 1층 휴게실에서 드세요.",
)


@pytest.fixture(autouse=True)
def _fresh_acts() -> Iterator[None]:
    # asked_act is cached per question; the rule-off halves patch what it builds.
    asked_act.cache_clear()
    yield
    asked_act.cache_clear()


def _answers(question: str, passages: list[Passage]) -> tuple[str, str]:
    """The answer with the Korean object screen on, and with it off."""
    on = extractive_answer(question, passages, max_sentences=1)
    asked_act.cache_clear()
    # ...and tools.rag.act_cases off, which declines where a row naming the object is
    # passed over as another act's and the quote does not name it.
    with (
        mock.patch("tools.rag.asked_act.korean_object_screen", return_value=None),
        mock.patch("tools.rag.answer.case_left_unquoted", return_value=False),
    ):
        off = extractive_answer(question, passages, max_sentences=1)
    return (on.text if on.covered else ""), (off.text if off.covered else "")


def test_same_acts_tie_one_act_only() -> None:
    assert {"가입", "발급", "등록"} <= same_acts("만들")
    assert {"변경", "교환"} <= same_acts("바꾸")
    assert "환불" not in same_acts("취소")
    assert "받" not in same_acts("보내")


def test_the_object_is_read_on_its_own_word() -> None:
    assert korean_object("택배로 조개 보낼 수 있어요?", "보내") == "조개"
    # Kiwi reads 약 in context as a determiner ("about"); on its own word it is the noun.
    assert korean_object("택배로 약 보내도 돼요?", "보내") == "약"
    assert korean_object("동생이 대신 보내도 돼요?", "보내") is None
    assert korean_object("일요일에 보낼 수 있어요?", "보내") is None


def test_a_row_naming_the_object_answers_not_another_objects_permission() -> None:
    on, off = _answers("택배로 조개 보낼 수 있어요?", [_COURIER])
    assert "조개" in on and "과일" not in on
    assert "과일처럼" in off


def test_a_row_of_another_object_under_the_act_is_no_answer() -> None:
    screen = korean_object_screen("택배로 거북이 보내도 돼요?", "보내")
    assert screen is not None
    row = "- 유리처럼 깨지기 쉬운 그릇"
    assert screen.seeing([_COURIER]).misses(row, {"유리", "깨지", "쉽", "그릇"}, {"보내"})


def test_another_act_on_the_object_is_no_answer_where_the_act_is_ruled_for_it() -> None:
    screen = korean_object_screen("정기권 구간 바꿀 수 있어요?", "바꾸")
    assert screen is not None
    other = "강남–수원 구간에는 급행 열차가 서지 않습니다."
    tokens = {"강남", "수원", "구간", "급행", "열차", "서"}
    assert screen.seeing([_PASS_CHANGE]).misses(other, tokens, tokens)
    assert screen.misses(other, tokens, tokens) is None  # nothing ruled on the 구간: kept


def test_a_sentence_on_the_asked_place_still_answers() -> None:
    screen = korean_object_screen("일요일에 본점에서 조개 보낼 수 있어요?", "보내")
    assert screen is not None
    seen = screen.seeing([_COURIER])
    closed = "본점은 일요일에 문을 열지 않습니다."
    assert seen.misses(closed, {"본점", "일요일", "문", "열"}, set()) is None
    assert seen.misses("주소는 한글로 적어 주세요.", {"주소", "한글", "적"}, set()) is True


def test_a_same_act_word_still_answers() -> None:
    # 만들 (a card) is 가입 there; 재발급 (reissue) is another act and rules on nothing.
    screen = korean_object_screen("아이 혼자 회원 카드 만들 수 있나요?", "만들")
    assert screen is not None
    seen = screen.seeing([_CARD])
    sentence = "만 14세 미만은 보호자와 함께 와서 가입해야 합니다."
    assert (
        seen.misses(sentence, {"만", "14", "세", "미만", "보호자", "함께", "오", "가입"}, set())
        is None
    )


def test_an_exclusive_rule_on_another_object_still_answers() -> None:
    on, off = _answers("열람실에서 김밥 먹어도 돼요?", [_ROOM])
    assert "물만" in on and on == off
