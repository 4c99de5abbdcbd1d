"""Rules of brief wrong25 (rewording probes), on the team's own examples.

- how long a thing is kept for someone is no waiting time (tools.rag.hold_periods);
- a fine asked is not priced by a sentence saying only that something is free
  (tools.rag.charge_kinds);
- a name asked with no owner is a person's: a thing's name does not answer it
  (tools.rag.name_object).
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.charge_kinds import prices_another_charge
from tools.rag.hold_periods import states_only_hold_periods
from tools.rag.models import Passage
from tools.rag.name_object import names_of_others_apart


def _passage(chunk_id: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=f"{chunk_id}.md", heading=heading, text=text)


def test_a_holding_period_is_no_waiting_time() -> None:
    asked = "how long is the wait for a locker?"
    assert states_only_hold_periods(
        asked, "If you travel for work, your locker can be held for up to 6 weeks."
    )
    assert states_only_hold_periods(
        "사물함 대기 얼마나 걸려요?", "출장 중에는 사물함을 4주 동안 보관해 드립니다."
    )
    # The wait's own length answers it; a question about the keeping is answered by one.
    assert not states_only_hold_periods(asked, "The waiting list is usually about 3 weeks.")
    assert not states_only_hold_periods(
        "how long will you hold my locker?", "Your locker can be held for up to 6 weeks."
    )
    assert not states_only_hold_periods(
        "how long can I store my bike?", "Bikes may be stored for 2 weeks."
    )


def test_the_holding_period_is_not_quoted_for_the_wait() -> None:
    passages = [
        _passage(
            "gym",
            "Lockers",
            "Lockers are given out in the order people signed up. If you travel for work, "
            "your locker can be held for up to 6 weeks.",
        )
    ]
    answer = extractive_answer("how long is the wait for a locker?", passages)
    assert "6 weeks" not in " ".join(s.text for s in answer.sentences)


def test_free_parking_does_not_price_a_fine() -> None:
    asked = "I got a parking ticket at the gym, how much is the fine?"
    assert prices_another_charge(
        asked, "Members get two hours of free parking; ask for a parking ticket at the desk."
    )
    assert prices_another_charge("주차 위반 과태료 얼마예요?", "회원은 주차가 2시간 무료입니다.")
    # A sum with no kind named is left to the other checks; the fine's own sentence answers.
    assert not prices_another_charge(asked, "Parking over 2 hours: 3,000 won")
    assert not prices_another_charge(asked, "The fine for parking in a disabled bay is $50.")
    # Asked what parking costs (no kind of charge), "free" answers.
    assert not prices_another_charge(
        "how much is parking?", "Members get two hours of free parking."
    )


def test_a_things_name_does_not_answer_for_a_persons() -> None:
    passage = _passage(
        "lib",
        "대출 신청",
        "신청서에 책 이름과 저자를 적습니다. 대출 카드 뒷면에 본인 이름을 쓰세요.",
    )
    (apart,) = names_of_others_apart("이름 어디에 써야 돼요?", [passage])
    tokens = [t for _, _, t in apart.sentences]
    assert "이름" not in tokens[0]  # the book's name
    assert "이름" in tokens[1]  # the borrower's own
    # The book's name asked keeps the book's sentence.
    (asked_book,) = names_of_others_apart("책 이름은 어디에 써요?", [passage])
    assert "이름" in next(t for _, _, t in asked_book.sentences)


def test_free_says_there_is_no_fee() -> None:
    # "free" is the fee of the thing itself: it answers a fee asked, not a fine or deposit.
    assert not prices_another_charge(
        "is there a fee to join the book club?", "Anyone can join the book club for free."
    )
    assert prices_another_charge(
        "how much is the deposit for the book club?", "Anyone can join the book club for free."
    )
