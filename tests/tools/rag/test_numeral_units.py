"""A noun written onto digits is their unit: a search term, never a topic of the question.

Our own examples (a door lock's code, a meeting room's floor, a cabin's berths), not the
workload's. The rule-off half shows the unit read as a topic a passage must name.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.numeral_units import unit_positions
from tools.rag.question import analyze_question
from tools.rag.textutil import kiwi_tokenize


def _units(text: str) -> list[str]:
    tokens = kiwi_tokenize(text)
    return [str(tokens[i].form) for i in sorted(unit_positions(text, tokens))]


def test_the_noun_written_onto_digits_is_their_unit() -> None:
    assert _units("도어락 번호를 6자리로 바꾸는 법") == ["자리"]
    assert _units("5층 회의실은 누가 예약해요?") == ["층"]


def test_digits_glued_to_a_word_or_a_spaced_noun_name_no_unit() -> None:
    # "B2" names a floor, "6 자리" is spaced: neither noun is the number's unit.
    assert _units("B2 주차장 자리 있어요?") == []
    assert _units("비번 6 자리로 바꿔") == []


def test_a_unit_stays_a_term_but_is_no_topic() -> None:
    asked = analyze_question("도어락 번호를 6자리로 바꾸려면 어떻게 해요?")
    assert "자리" in asked.terms
    assert "자리" not in asked.topic_terms
    assert "번호" in asked.topic_terms
    with mock.patch("tools.rag.question.unit_positions", return_value=set()):
        # The rule off: a count of digits is read as a seat the documents must name.
        assert "자리" in analyze_question("도어락 번호를 6자리로 바꾸려면 어떻게 해요?").topic_terms


def test_a_floor_counted_by_its_number_leaves_the_room_the_topic() -> None:
    asked = analyze_question("5층 회의실 몇 시까지 써요?")
    assert "회의실" in asked.topic_terms
    assert "층" not in asked.topic_terms


def test_a_power_after_digits_is_an_operation_not_their_unit() -> None:
    # "3의 5제곱", "4의 6승": the exponent's word stays a topic no passage names, so the
    # arithmetic is not taken for a question about the documents.
    assert _units("3의 5제곱 얼마야") == []
    assert _units("4의 6승 알려줘") == []
    assert "제곱" in analyze_question("3의 5제곱 얼마야").topic_terms
