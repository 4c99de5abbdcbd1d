"""Rules from blind set 16, each checked on the team's own examples (not the set's).

- a lead time ("book 7 days in advance") does not say how long a thing takes;
- "by when must I apply" needs a sentence stating a limit or a range;
- an English question's venue ("parking at the zoo") holds the document to it;
- a Korean kind written glued (야간진료, 주말진료) tells sibling kinds apart too.
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.deadlines import misses_obliged_deadline
from tools.rag.english_venue import named_venue
from tools.rag.lead_times import states_only_lead_times
from tools.rag.models import Passage
from tools.rag.sibling_kinds import names_another_kind, written_pairs
from tools.rag.textutil import tokenize


def _passage(chunk_id: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=f"{chunk_id}.md", heading=heading, text=text)


def test_a_lead_time_does_not_say_how_long_a_thing_takes() -> None:
    asked = "How long does the pottery class take?"
    assert states_only_lead_times(asked, "Students must sign up at least 7 days in advance.")
    assert states_only_lead_times("도자기 수업 몇 시간 걸려요?", "수업은 2일 전까지 예약해 주세요.")
    # The class's own length answers it; a lead time asked for is answered by one.
    assert not states_only_lead_times(asked, "Each class lasts 3 hours.")
    assert not states_only_lead_times(
        "How far in advance do I have to sign up, and how long does it take?",
        "Students must sign up at least 7 days in advance.",
    )
    # 전화 is no "before": "10분 전화 상담" is a call's length.
    assert not states_only_lead_times("상담 몇 분 걸려요?", "10분 전화 상담으로 진행합니다.")


def test_by_when_one_must_act_needs_a_limit_or_a_range() -> None:
    asked = "장학금 신청은 언제까지 해야 돼요?"
    assert misses_obliged_deadline(asked, "장학금은 한 학기 동안 매달 지급됩니다.")
    assert not misses_obliged_deadline(asked, "신청은 3월 15일까지 받습니다.")
    assert not misses_obliged_deadline(asked, "신청 기간은 3월 2일부터 3월 15일입니다.")
    assert misses_obliged_deadline("By when do I have to register?", "Courses run for 6 weeks.")
    assert not misses_obliged_deadline("By when do I have to register?", "Register by May 3.")
    # Until when a place is open is no obligation: its hours answer it.
    assert not misses_obliged_deadline("도서관 언제까지 해요?", "평일 09:00–21:00")


def test_an_english_question_names_its_venue() -> None:
    assert named_venue("how much is parking at the zoo") == tokenize("zoo")[0]
    assert named_venue("can I park in the morning?") is None
    assert named_venue("is there a locker at the front desk?") is None
    # Two venues: the question does not say whose fact it asks.
    assert named_venue("is parking at the zoo cheaper than at the aquarium?") is None


def test_a_document_never_naming_the_venue_does_not_answer_for_it() -> None:
    # The hospital's visitor page prices parking and never names the zoo, which the
    # collection holds in another document.
    hospital = _passage(
        "hospital", "Parking", "Visitors pay 2,000 won per hour in the hospital car park."
    )
    zoo = _passage("zoo", "Opening hours", "The city zoo opens at 9 a.m. every day.")
    words = {"hospital": set(tokenize(hospital.text)), "zoo": set(tokenize(zoo.text))}

    def mentions(p: Passage, term: str) -> bool:
        return term in words[p.chunk_id]

    def ask(question: str) -> str:
        return extractive_answer(
            question,
            [hospital, zoo],
            idf=lambda _: 1.0,
            frequency=lambda _: 3,
            document_mentions=mentions,
        ).text

    assert "2,000 won" not in ask("how much is parking at the zoo?")
    assert "2,000 won" in ask("how much is parking at the hospital?")


def test_a_glued_korean_kind_is_another_kind() -> None:
    row = "주말진료 토요일 09:00–13:00 예약 필요"
    other = "야간진료는 목요일에만 합니다."
    written = written_pairs([tokenize(row), tokenize(other)])
    question = "야간진료 예약은 어떻게 해요?"
    terms = tokenize(question)
    assert names_another_kind(terms, [tokenize(row)], written, row, question)
    # The row for the kind asked is not another kind.
    own = "야간진료 목요일 18:00–21:00 예약 필요"
    assert not names_another_kind(terms, [tokenize(own)], written, own, question)
