"""Rules of brief wrong25 (rewording probes), on the team's own examples.

- how long a thing is kept for someone is no waiting time (tools.rag.hold_periods);
- a fine asked is not priced by a sentence saying only that something is free
  (tools.rag.charge_kinds);
- a name asked with no owner is a person's: a thing's name does not answer it
  (tools.rag.name_object);
- whether a thing is free is answered by a price said of that thing
  (tools.rag.free_questions);
- a charge written with its owner prices that owner's service only
  (tools.rag.charge_owners).
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.charge_kinds import prices_another_charge
from tools.rag.charge_owners import prices_another_owner
from tools.rag.free_questions import misses_free_subject
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


def test_a_free_question_needs_a_price_of_its_own_thing() -> None:
    section = "Anyone can join the book club for free. Meetings are on the first Monday."
    # A price of another thing, in a section that never names the thing asked about.
    assert misses_free_subject("is parking free at the library?", section.split(". ")[0], section)
    # No price at all: the sentence names the thing but says nothing of what it costs.
    assert misses_free_subject(
        "is the wifi free for members?", "Members can use the wifi in the reading room.", ""
    )
    assert not misses_free_subject("is the book club free?", section.split(". ")[0], section)
    assert not misses_free_subject(
        "is the wifi free?", "The wifi costs 1,000 won a day.", "The wifi costs 1,000 won a day."
    )
    assert not misses_free_subject("스터디룸 무료예요?", "스터디룸은 회원에게 무료입니다.", "")
    # Not a question about being free.
    assert not misses_free_subject("is the wifi fast?", "Members can use the wifi.", "")


def test_the_quoted_free_question_skips_another_things_price() -> None:
    passages = [
        _passage("club", "Book club", "Anyone can join the library book club for free."),
        _passage("hours", "Opening hours", "The library is open from 9 a.m. to 6 p.m."),
    ]
    answer = extractive_answer("is parking free at the library?", passages)
    assert "book club" not in " ".join(s.text for s in answer.sentences)


def test_a_charge_of_another_owner_does_not_answer() -> None:
    asked = "회원증 발급 수수료 얼마예요?"
    assert prices_another_owner(asked, "사물함 수수료는 3,000원입니다.")
    assert not prices_another_owner(asked, "회원증 발급 수수료는 없습니다.")
    # No owner written with the sentence's charge: left to the other checks.
    assert not prices_another_owner(asked, "수수료는 1장에 1,000원입니다.")
    # The question's owner named elsewhere in the sentence: it may be about it.
    assert not prices_another_owner(asked, "회원증을 다시 만들 때 재발급 수수료는 2,000원입니다.")
