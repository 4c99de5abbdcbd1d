"""Rules from blind set 17, each checked on the team's own examples (not the set's).

- an English question's venue may be a garden, an allotment or a farm;
- a hedge ("usually") is no topic a sentence must hold;
- a time given to act ("3 days to claim it") does not say how long a thing lasts;
- an amount asked of one kind of charge (a fine) is not stated by another (a fee);
- a one-topic question's quote must hold the topic itself or under its heading;
- a general rule does not answer for a use (매도용) the documents single out;
- "you have 14 days to fix it" states the limit "how long do I have to" asks;
- "키오스크에서 영수증도 …?" needs a sentence or heading naming 영수증.
"""

from __future__ import annotations

from tools.rag.act_limits import states_only_act_limits
from tools.rag.also_asked import misses_thing_asked_too
from tools.rag.answer import extractive_answer
from tools.rag.carried_words import reached_only_through_neighbour
from tools.rag.charge_kinds import prices_another_charge
from tools.rag.deadlines import misses_deadline
from tools.rag.english_venue import named_venue
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize
from tools.rag.use_qualifiers import general_rule_for_a_use


def _passage(chunk_id: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=f"{chunk_id}.md", heading=heading, text=text)


def test_a_farm_or_an_allotment_is_a_venue() -> None:
    assert named_venue("can I park at the farm on weekends?") == tokenize("farm")[0]
    assert named_venue("is there a toilet at the allotment") == tokenize("allotment")[0]
    assert named_venue("are dogs allowed in the garden?") == tokenize("garden")[0]


def test_a_document_never_naming_the_farm_does_not_answer_for_it() -> None:
    hospital = _passage(
        "hospital", "Parking", "Visitors pay 2,000 won per hour in the hospital car park."
    )
    farm = _passage("farm", "Opening hours", "The city farm opens at 9 a.m. every day.")
    words = {"hospital": set(tokenize(hospital.text)), "farm": set(tokenize(farm.text))}

    def mentions(p: Passage, term: str) -> bool:
        return term in words[p.chunk_id]

    answer = extractive_answer(
        "how much is parking at the farm?",
        [hospital, farm],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_mentions=mentions,
    )
    assert "2,000 won" not in answer.text


def test_a_hedge_is_no_topic() -> None:
    for hedge in ("usually", "normally", "typically", "generally"):
        terms = analyze_question(f"how long does the repair {hedge} take?").terms
        assert not set(tokenize(hedge)) & set(terms)
        assert tokenize("repair")[0] in terms


def test_a_time_given_to_act_does_not_say_how_long_a_thing_lasts() -> None:
    asked = "How long is the queue for a locker?"
    assert states_only_act_limits(asked, "Once a locker is free, you have 3 days to claim it.")
    assert states_only_act_limits(asked, "Please claim your locker within 3 days.")
    assert states_only_act_limits(
        "사물함 대기 얼마나 걸려요?", "연락을 받으면 3일 이내에 등록하세요."
    )
    # The wait's own length answers it; a limit asked for is answered by one.
    assert not states_only_act_limits(asked, "The queue is usually about 6 weeks long.")
    assert not states_only_act_limits(
        "how long do I have to claim my locker?", "You have 3 days to claim it."
    )
    assert not states_only_act_limits("사물함 며칠 안에 등록해야 돼요?", "3일 이내에 등록하세요.")


def test_a_fee_does_not_price_a_fine() -> None:
    asked = "주차 위반하면 과태료 얼마 나와요?"
    assert prices_another_charge(asked, "주차권 재발급 수수료는 1,000원입니다.")
    assert not prices_another_charge(asked, "과태료는 50,000원입니다.")
    # A row naming no kind of charge is left to the other checks.
    assert not prices_another_charge(asked, "2회 이상 100,000원")
    assert prices_another_charge(
        "how much is the fine for returning a book late?", "A replacement card fee is $5."
    )
    assert not prices_another_charge(
        "how much is the late fee for a book?", "The late fee is $1 a day."
    )
    # Not an amount question: nothing to tell.
    assert not prices_another_charge("과태료 내야 돼요?", "수수료는 1,000원입니다.")


def test_a_one_topic_quote_holds_its_topic_or_its_heading_does() -> None:
    asked = analyze_question("how long is the queue?")
    assert reached_only_through_neighbour(
        asked, "Members may borrow up to 5 books for 3 weeks.", "Library > Borrowing"
    )
    assert not reached_only_through_neighbour(
        asked, "The queue is about 6 weeks long.", "Library > Borrowing"
    )
    assert not reached_only_through_neighbour(
        asked, "It is about 6 weeks long.", "Library > Lockers queue"
    )
    # Two topics: left to the scorer's other checks.
    two = analyze_question("how long is the locker queue?")
    assert not reached_only_through_neighbour(
        two, "Members may borrow up to 5 books for 3 weeks.", "Library > Borrowing"
    )


def test_a_general_rule_does_not_answer_for_a_use_the_documents_single_out() -> None:
    passages = [
        "위임장이 있으면 대리인이 가족관계증명서를 발급받을 수 있습니다. "
        "다만 소송 제출용 가족관계증명서는 본인만 받을 수 있습니다."
    ]
    asked = "재판 때 내는 가족관계증명서 대리인이 떼도 되나요?"
    general = "위임장이 있으면 대리인이 가족관계증명서를 발급받을 수 있습니다."
    assert general_rule_for_a_use(asked, general, passages)
    # The kind's own sentence answers it; so does one naming the use asked.
    assert not general_rule_for_a_use(
        asked, "다만 소송 제출용 가족관계증명서는 본인만 받을 수 있습니다.", passages
    )
    assert not general_rule_for_a_use(
        asked, "재판에 낼 서류도 대리인이 받을 수 있습니다.", passages
    )
    # No use asked, or no kind singled out: the general rule answers.
    assert not general_rule_for_a_use("가족관계증명서 대리인이 떼도 되나요?", general, passages)
    assert not general_rule_for_a_use(asked, general, [general])


def test_a_period_given_to_act_states_the_limit_asked() -> None:
    asked = "how long do I have to return the library form?"
    assert not misses_deadline(asked, "You have 10 days to return the form.")
    assert not misses_deadline(asked, "Members are given 3 weeks to return it.")
    # A period with no limit still does not answer it.
    assert misses_deadline(asked, "We check the form again after 3 days.")


def test_a_thing_asked_too_must_be_named() -> None:
    asked = "도서관 키오스크에서 영수증도 뽑을 수 있어요?"
    hours = "1층 키오스크는 매일 07:00–22:00에 이용할 수 있습니다."
    assert misses_thing_asked_too(asked, hours, "도서관 > 이용 시간")
    assert not misses_thing_asked_too(asked, "키오스크에서는 영수증을 뽑을 수 없습니다.", "")
    # The heading may name it: the section is about that thing.
    assert not misses_thing_asked_too(asked, "키오스크: 1장에 100원", "영수증 발급")
    # No place or means, or no 도: nothing is asked "as well".
    assert not misses_thing_asked_too("영수증도 주나요?", hours, "")
    assert not misses_thing_asked_too("키오스크에서 뭘 뽑을 수 있어요?", hours, "")


def test_a_late_payment_fee_is_the_late_fee_asked() -> None:
    asked = "how much is the late fee?"
    assert not prices_another_charge(asked, "A late payment fee of $9 is added after 7 days.")
    assert not prices_another_charge("연체료 얼마예요?", "연체 수수료는 하루 100원입니다.")
    assert prices_another_charge(asked, "A card replacement fee of $5 applies.")
