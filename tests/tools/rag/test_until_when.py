"""'Until when is it held?' is answered by how long it is held; 'from when can I?' by an offset."""

from __future__ import annotations

from tools.rag.answer_types import has_answer_type
from tools.rag.time_phrases import asks_deadline
from tools.rag.until_when import asks_until_when_it_lasts, states_lasting_period

_HELD = "택배 보관함에 넣은 물건은 최대 3일까지 보관됩니다."


def test_a_bounded_period_answers_until_when_something_lasts() -> None:
    asked = "택배 보관함에 넣으면 언제까지 보관돼요?"
    assert asks_until_when_it_lasts(asked)
    assert states_lasting_period(_HELD)
    assert has_answer_type(_HELD, "datetime", question=asked)
    assert states_lasting_period("Parcels are kept for up to 3 days.")


def test_until_when_to_do_something_is_no_lasting_state() -> None:
    # A deadline to act is not a state lasting: the period alone does not answer it.
    assert not asks_until_when_it_lasts("언제까지 신청해야 돼요?")
    assert not states_lasting_period("보관함은 1층에 있습니다.")


def test_from_when_one_may_do_something_is_answered_by_an_offset() -> None:
    asked = "세미나실은 언제부터 예약할 수 있어요?"
    assert asks_deadline(asked)
    assert has_answer_type(
        "세미나실은 사용일 14일 전부터 예약할 수 있습니다.", "datetime", question=asked
    )
    # "언제부터" of no possibility (when something starts) keeps its reading.
    assert not asks_deadline("수영장 언제부터 개장해요?")
