"""A yes/no permission question is answered by a sentence about its act and its object.

Examples of our own (a swimming pool's member cards and goggles, a gym), not the held-out
sets'. Each rule-off half shows the wrong sentence the screen keeps out.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.asked_act import asked_act
from tools.rag.models import Passage

_CARDS = Passage(
    chunk_id="c1",
    source="pool.md",
    heading="회원 카드",
    text=(
        "- 카드는 본인이 직접 신청하는 것이 원칙입니다.\n"
        "- 만 14세 미만 아이는 부모가 대신 신청할 수 있습니다.\n"
        "- 카드는 신청한 날부터 7일 뒤에 나옵니다.\n"
        "- 카드를 받을 때는 본인이 신분증을 가져와야 합니다. "
        "만 14세 미만의 카드는 보호자가 대신 받을 수 있습니다."
    ),
)
_HOURS = Passage(
    chunk_id="h1",
    source="pool.md",
    heading="이용 시간",
    text=(
        "| 구분 | 요일 | 시간 |\n| --- | --- | --- |\n"
        "| 평일 수영 | 월요일–금요일 | 06:00–21:00 |\n"
        "| 토요 수영 | 토요일 | 08:00–12:00 |\n\n"
        "- 토요 수영은 자유 수영만 가능하고 강습 등록은 받지 않습니다."
    ),
)
_GOGGLES = Passage(
    chunk_id="g1",
    source="pool.md",
    heading="수영 용품",
    text=(
        "수영모는 꼭 써야 합니다. 거울처럼 빛을 반사하는 물안경은 쓸 수 없습니다. "
        "일반 물안경은 김서림 방지가 되어 있으면 써도 됩니다."
    ),
)


def _answers(question: str, passage: Passage) -> tuple[str, str]:
    """The answer with the screen on, and with it off."""
    on = extractive_answer(question, [passage], max_sentences=1)
    # A row labelled with none of a yes/no question's topics is screened too
    # (tools.rag.row_subjects): off as well, to show what the act screen keeps out.
    with (
        mock.patch("tools.rag.answer_reading.asked_act", return_value=None),
        mock.patch("tools.rag.answer.row_about_unasked_item", return_value=False),
    ):
        off = extractive_answer(question, [passage], max_sentences=1)
    return (on.text if on.covered else ""), (off.text if off.covered else "")


def test_the_asked_act_is_read_from_the_permission_form() -> None:
    collect = asked_act("아이 카드 부모가 대신 받아도 돼요?")
    assert collect is not None and "받" in collect.words
    register = asked_act("토요일에 강습 등록할 수 있어요?")
    assert register is not None and "등록" in register.words
    bring = asked_act("am i allowed to bring my dog?")
    assert bring is not None and {"bring", "brought"} <= bring.words
    # Not a permission question, a question word, or a light verb: no act.
    assert asked_act("카드 언제 받을 수 있어요?") is None
    assert asked_act("how much is the card?") is None
    assert asked_act("수영장 가도 돼요?") is None


def test_a_permission_for_another_act_is_no_answer() -> None:
    on, off = _answers("아이 카드 부모가 대신 받아도 돼요?", _CARDS)
    assert "대신 받을 수 있습니다" in on
    assert "대신 신청할 수 있습니다" in off  # rule off: the permission to apply


def test_an_hours_row_does_not_say_whether_an_act_is_taken() -> None:
    on, off = _answers("토요일에 강습 등록할 수 있어요?", _HOURS)
    assert "08:00" not in on
    assert "08:00" in off  # rule off: the Saturday hours row


def test_a_rule_for_a_narrower_object_is_no_answer() -> None:
    on, off = _answers("수영할 때 물안경 써도 돼요?", _GOGGLES)
    assert "일반 물안경은" in on
    assert "반사하는 물안경은 쓸 수 없습니다" in off  # rule off: the mirrored goggles
    # Asked about the narrower object itself, its rule answers.
    narrow, _ = _answers("빛을 반사하는 물안경 써도 돼요?", _GOGGLES)
    assert "반사하는 물안경은 쓸 수 없습니다" in narrow


def test_a_sentence_naming_the_act_still_answers() -> None:
    gym = Passage(
        chunk_id="y1",
        source="gym.md",
        heading="Gym access",
        text="Members may enter the gym from 6 am. Each member may bring one guest on weekends.",
    )
    on, _ = _answers("can i bring a guest to the gym?", gym)
    assert "bring one guest" in on


def test_a_sentence_granting_the_act_in_other_words_still_answers() -> None:
    desk = Passage(
        chunk_id="d1",
        source="hall.md",
        heading="Payment",
        text="Cards are accepted at the front desk. The hall fee is paid before the event.",
    )
    on, _ = _answers("can i pay by card?", desk)
    assert "Cards are accepted" in on


def test_an_english_permission_for_another_act_is_no_answer() -> None:
    lobby = Passage(
        chunk_id="l1",
        source="hall.md",
        heading="Tickets",
        text=(
            "Gold members may book seats 10 days ahead of general sale. "
            "Tickets bought online are sent to the email on the booking."
        ),
    )
    on, off = _answers("can i give my gold ticket to a friend?", lobby)
    assert "may book" not in on
    assert "may book" in off  # rule off: the permission to book


def test_a_rule_on_another_act_named_as_its_subject_is_no_answer() -> None:
    pier = Passage(
        chunk_id="p1",
        source="lake_park.md",
        heading="At the pier",
        text=(
            "Fishing is allowed only from the north pier. "
            "Swimming is not permitted near the boat ramp."
        ),
    )
    on, off = _answers("am i allowed to bring a barbecue grill onto the north pier?", pier)
    assert "Fishing is allowed" not in on
    assert "Fishing is allowed" in off  # rule off: the rule on fishing
    # Asked about the act the sentence names, the rule answers.
    fish, _ = _answers("can i fish from the north pier?", pier)
    assert "Fishing is allowed" in fish
    swim, _ = _answers("can i swim near the boat ramp?", pier)
    assert "Swimming is not permitted" in swim


def test_a_prohibition_of_another_act_in_the_passive_is_no_answer() -> None:
    beach = Passage(
        chunk_id="b1",
        source="lake_park.md",
        heading="Beach",
        text="Kites may not be flown above the picnic lawn. Barbecues may be lit only after 5 p.m.",
    )
    on, off = _answers("can i bring my own tent to the picnic lawn?", beach)
    assert "Kites may not be flown" not in on
    assert "Kites may not be flown" in off  # rule off: the kite prohibition
    kite, _ = _answers("can i fly a kite over the picnic lawn?", beach)
    assert "Kites may not be flown" in kite
