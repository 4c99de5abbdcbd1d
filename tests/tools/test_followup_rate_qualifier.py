"""Which of an answer's two rates per one unit a follow-up counts: the one the question picked.

Our own examples (a meal allowance for Busan and other cities), none from a held-out set.
"""

from __future__ import annotations

from types import SimpleNamespace

from tools.followup_answer_rate import count_of_answer_rate

_MEALS = (
    "Meals are covered up to 50,000 won a day in Busan and 40,000 won a day in other cities. [1]"
)
_MEALS_KO = "출장 식비는 부산은 하루 50,000원, 그 외 지역은 하루 40,000원까지입니다. [1]"


def _total(question: str, answer: str, turn: str) -> str | None:
    messages = [
        SimpleNamespace(type="human", content=question),
        SimpleNamespace(type="ai", content=answer),
        SimpleNamespace(type="human", content=turn),
    ]
    found = count_of_answer_rate(turn, [answer], messages)
    return found.result.answer if found else None


def test_outside_a_place_counts_the_elsewhere_rate() -> None:
    total = _total("what's the meal allowance outside busan", _MEALS, "and for 4 days?")
    assert total is not None and total.startswith("160,000 won")
    total = _total("부산 말고 식비는 얼마예요?", _MEALS_KO, "4일이면?")
    assert total is not None and total.startswith("160,000원")


def test_a_named_place_counts_its_own_rate() -> None:
    total = _total("what's the meal allowance in busan", _MEALS, "and for 4 days?")
    assert total is not None and total.startswith("200,000 won")
    total = _total("부산 식비는요?", _MEALS_KO, "4일이면?")
    assert total is not None and total.startswith("200,000원")
    total = _total("meal allowance?", _MEALS, "what about 4 days elsewhere?")
    assert total is not None and total.startswith("160,000 won")


def test_a_question_that_picks_no_one_rate_is_declined() -> None:
    assert _total("what's the meal allowance", _MEALS, "and for 4 days?") is None
    # Outside Seoul is not "other cities than Busan": Seoul's rate is not stated.
    assert _total("meal allowance outside seoul", _MEALS, "and for 4 days?") is None
    # The sentence's subject (출장 식비) names both rates; 해외 (abroad) names neither.
    assert _total("해외 출장 식비는요?", _MEALS_KO, "4일이면?") is None
    # Three rates: "outside Busan" may be either of two.
    three = (
        "Meals: 50,000 won a day in Busan, 45,000 won a day in Seoul"
        " and 40,000 won a day elsewhere."
    )
    assert _total("meal allowance outside busan", three, "and for 4 days?") is None


def test_the_two_readings_of_an_english_sentence_must_agree() -> None:
    # The place written before each rate: read after, "elsewhere" would sit with Busan's.
    before = "In Busan, meals are covered up to 50,000 won a day; elsewhere, 40,000 won a day."
    assert _total("meal allowance outside busan", before, "and for 4 days?") is None


def test_without_the_conversation_two_rates_stay_declined() -> None:
    assert count_of_answer_rate("and for 4 days?", [_MEALS]) is None
