"""doc63: one rule of the deadline family, and one of the unheld claimed thing.

- The act a deadline is asked for (tools.rag.act_deadline_62m): blind53d's screen (an hours
  line naming no 접수 is no answer to "접수 몇시까지") and blind54m's quote (the passage's
  "진료 마감 30분 전까지 접수해 주세요." with the day's row) met at main 83c3d313, and
  "평일 접수는 몇시까지 돼요" declined: the screen passed over the row before the quote
  could add the act's sentence. Now one rule: the row is kept when its passage writes the
  act with its deadline, quoted with that sentence, and declined without it; a line writing
  the act's last time itself (a "접수 마감" column) beats a row kept so.
- The claimed thing (tools.rag.asked_thing_62x): "택시비도 청구돼?" is one rule with "출장
  택시비" under one switch (tests in test_blind54m_findings.py and test_docx_62x.py).

Inputs are our own (a noodle house, an art hall, a book cafe, a tool library), with near
misses; each rule is switched off once.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import tools.rag.act_deadline_62m as act_deadline
import tools.rag.asked_thing_62x as asked_thing
from tests.tools.rag.conftest import extractive_answer, small_store
from tools.rag import DocumentStore
from tools.rag.act_deadline_62m import misses_deadline_act, states_deadline_itself
from tools.rag.asked_thing_62x import asks_unheld_claim_item, lacks_asked_thing
from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

_DOCS = {
    "noodle_house.md": (
        "# 해오름 국수집 안내\n"
        "\n"
        "## 영업 시간\n"
        "\n"
        "- 평일: 11:00–21:00\n"
        "- 주말: 11:00–20:00\n"
        "\n"
        "주문은 영업 종료 40분 전까지 받습니다. 포장은 전화로 미리 주문해 주세요.\n"
        "\n"
        "## 메뉴\n"
        "\n"
        "잔치국수는 7,000원, 비빔국수는 8,000원입니다.\n"
    ),
    "art_hall.md": (
        "# 별빛 미술관 관람 안내\n"
        "\n"
        "## 관람 시간\n"
        "\n"
        "- 평일: 10:00–18:00\n"
        "- 주말: 10:00–19:00\n"
        "\n"
        "입장은 관람 종료 1시간 전까지 가능합니다. 단체 관람은 미리 예약해 주세요.\n"
        "\n"
        "## 관람료\n"
        "\n"
        "성인 12,000원, 어린이 6,000원입니다.\n"
    ),
    "river_inn.md": (
        "# 강변 게스트하우스 이용 안내\n"
        "\n"
        "## 체크인과 체크아웃\n"
        "\n"
        "- 체크인: 15:00부터\n"
        "- 체크아웃: 11:00까지\n"
        "\n"
        "늦은 체크인은 밤 11시까지 프런트에 미리 알려 주세요.\n"
    ),
    "book_cafe.md": (
        "# 책향 북카페 안내\n"
        "\n"
        "## 여는 시간\n"
        "\n"
        "- 평일: 09:00–22:00\n"
        "- 주말: 10:00–22:00\n"
        "\n"
        "음료는 자리에 앉기 전에 계산해 주세요.\n"
    ),
    "tool_library.md": (
        "# Maple Tool Library\n"
        "\n"
        "## Opening hours\n"
        "\n"
        "- Weekdays: 10:00–19:00\n"
        "- Saturday: 09:00–15:00\n"
        "\n"
        "The last loan of the day is 30 minutes before closing. Bring your card.\n"
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path_factory.mktemp("doc63") / "data", "devset", _DOCS)


# --- the act a deadline is asked for ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "row", "deadline"),
    [
        ("주말 주문 몇시까지 돼요", "주말: 11:00–20:00", "주문은 영업 종료 40분 전까지"),
        ("국수집 평일 몇시까지 주문해야 돼", "평일: 11:00–21:00", "주문은 영업 종료 40분 전까지"),
        ("미술관 주말 입장 몇시까지 돼요", "주말: 10:00–19:00", "입장은 관람 종료 1시간 전까지"),
        ("평일엔 몇시까지 입장할 수 있어요", "평일: 10:00–18:00", "입장은 관람 종료 1시간 전까지"),
        ("평일 주문 몇시까지 돼요", "평일: 11:00–21:00", "주문은 영업 종료 40분 전까지"),
    ],
)
def test_the_days_row_is_quoted_with_the_acts_deadline(
    store: DocumentStore, question: str, row: str, deadline: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = extractive_answer(store, question)
    assert row in answer
    assert deadline in answer
    monkeypatch.setattr(act_deadline, "USE_ACT_DEADLINE", False)
    assert deadline not in extractive_answer(store, question)  # the hours alone


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The book cafe writes no order's deadline: its hours answer no "주문 몇시까지".
        ("북카페 주문 몇시까지 돼요", ""),
        ("주말에 북카페 주문 마감 언제예요", ""),
        # No act asked: the hours as before.
        ("주말 국수집 몇시까지 해요", "주말: 11:00–20:00 [1]"),
    ],
)
def test_no_act_sentence_or_no_act_asked_is_left_as_it_was(
    store: DocumentStore, question: str, answer: str
) -> None:
    assert extractive_answer(store, question) == answer


@pytest.mark.parametrize(
    ("question", "vouched"),
    [
        ("평일 접수 몇시까지", "일반 진료 월~금 09:00–18:00 17:30 구분 요일 시간 접수 마감"),
        ("주문 마감 몇시예요", "라스트 오더 21:00 주문 마감"),
        ("몇시까지 입장해야 돼요", "평일 17:00까지 입장 가능"),
        ("what time is last entry", "Last entry 16:30"),
        ("토요일 체크인 몇시까지", "체크인 마감 22:00"),
    ],
)
def test_a_line_writing_the_acts_last_time_itself(question: str, vouched: str) -> None:
    assert states_deadline_itself(question, vouched)


@pytest.mark.parametrize(
    ("question", "vouched"),
    [
        ("평일 접수 몇시까지", "점심시간: 13:00–14:00 (점심시간에는 접수를 받지 않습니다)"),
        ("평일 몇시까지 해요", "평일 17:30 접수 마감"),  # no act asked
        ("주문 몇시까지 돼요", "평일: 11:00–21:00"),
    ],
)
def test_a_line_without_the_act_or_its_last_time_does_not(question: str, vouched: str) -> None:
    assert not states_deadline_itself(question, vouched)


def test_a_passage_writing_the_act_keeps_its_row_and_one_without_does_not() -> None:
    passage = "- 평일: 11:00–21:00\n주문은 영업 종료 40분 전까지 받습니다."
    assert not misses_deadline_act("평일 주문 몇시까지", "평일: 11:00–21:00", passage)
    assert misses_deadline_act("평일 주문 몇시까지", "평일: 11:00–21:00", "- 평일: 11:00–21:00")
    # The act after the time is the same question.
    assert misses_deadline_act("평일엔 몇시까지 주문해야 돼", "평일: 11:00–21:00")
    act_deadline.USE_ACT_DEADLINE = False
    try:
        assert not misses_deadline_act("평일 주문 몇시까지", "평일: 11:00–21:00")
        assert not states_deadline_itself("주문 마감 몇시예요", "라스트 오더 21:00 주문 마감")
    finally:
        act_deadline.USE_ACT_DEADLINE = True


# --- the claimed thing: one rule with the priced thing -----------------------------------------


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("회식 때 대리운전비도 정산돼요?", ["대리운전"]),
        ("출장 중 로밍요금 환급받을 수 있나요", ["로밍"]),
        ("can i expense a gym membership", ["gym"]),
        ("will i be reimbursed for dry cleaning", ["cleaning"]),
        ("야근 때 야식비도 청구되나", ["야식"]),
    ],
)
def test_a_claim_of_a_thing_named_nowhere_is_read(question: str, unknown: list[str]) -> None:
    assert asks_unheld_claim_item(question, unknown)
    asked_thing.use_asked_things = False  # the one switch of both readings
    try:
        assert not asks_unheld_claim_item(question, unknown)
        assert lacks_asked_thing("ko", ["택시비"], ["meal"]) is None
    finally:
        asked_thing.use_asked_things = True
    assert lacks_asked_thing("ko", ["택시비"], ["meal"]) == "택시"


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("대리운전비 얼마예요?", ["대리운전"]),  # no claim asked
        ("can i claim mileage if i went to the gym", ["gym"]),  # the claim is of mileage
    ],
)
def test_no_claim_or_a_claim_of_a_held_thing_is_not(question: str, unknown: list[str]) -> None:
    assert not asks_unheld_claim_item(question, unknown)


# --- an electric car's charging words across languages (vocabulary.tsv [documents]) ------------
# Held-out 53's Korean questions on the English terms ("급속 충전 끝나고 몇 분 안에 차 빼야
# 돼요?") declined: 충전, 급속, 완속, 계정 reached no English word.


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("완속 충전기 몇 대 있어요", "slow"),
        ("급속으로 30분 충전하면 얼마예요", "rapid"),
        ("전기차 충전 중에 자리 비워도 돼요?", "charging"),
        ("계정 하나에 차 몇 대 등록돼요", "account"),
        ("충전기 고장나면 어디로 연락해요", "charger"),
    ],
)
def test_the_charging_words_reach_english(question: str, english: str) -> None:
    assert any(english in equivalents(t) for t in tokenize(question))


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("계좌 이체로 내도 돼요?", "sign"),  # a bank account is no account signed up for
        ("휴대폰 배터리 충전 요금", "fee"),  # 충전 is charging, never the fee "charge" names
    ],
)
def test_near_words_do_not(question: str, english: str) -> None:
    assert not any(english in equivalents(t) for t in tokenize(question) if t in {"계좌", "충전"})
