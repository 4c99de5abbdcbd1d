"""A calculation's follow-up is not answered by a quote missing its subject (set 36)."""

from __future__ import annotations

from agents.documents import DocPlan
from graphs.calculation_thread_document import kept_to_the_calculation_subject


def _quote(source: str, text: str) -> DocPlan:
    citation = {"id": 1, "source": source, "locator": "§x", "text": text}
    return DocPlan(kind="extractive", answer=f"{text} [1]", citations=[citation])


_MEALS = _quote("expense_policy_en.md", "Staff may claim up to 30,000 won per day for meals.")
_CAT = "고양이 간식 한 봉지 4천원인데 하루에 2개씩 주면 한달에 얼마"


def _nothing(_question: str) -> DocPlan:
    return DocPlan(kind="generate")


def test_a_follow_up_carrying_the_calculations_subject_is_not_answered_by_another_subject() -> None:
    kept = kept_to_the_calculation_subject(_MEALS, "그럼 하루 간식값은 얼마야", _CAT, _nothing)
    assert kept.kind == "not_covered" and not kept.citations
    assert "간식" in kept.answer


def test_the_rule_needs_a_calculation_the_documents_did_not_answer() -> None:
    # The documents answered the previous question: the thread is theirs.
    assert (
        kept_to_the_calculation_subject(
            _MEALS, "그럼 하루 간식값은 얼마야", _CAT, lambda _q: _MEALS
        )
        is _MEALS
    )
    # No figures in the previous question: no calculation's thread.
    assert (
        kept_to_the_calculation_subject(
            _MEALS, "그럼 하루 간식값은?", "고양이 간식 뭐가 좋아?", _nothing
        )
        is _MEALS
    )


def test_a_quote_naming_the_carried_subject_or_a_new_subject_is_kept() -> None:
    snacks = _quote("pet_shop.md", "간식은 하루 2개까지 주세요.")
    assert (
        kept_to_the_calculation_subject(snacks, "그럼 하루 간식은 몇 개까지야", _CAT, _nothing)
        is snacks
    )
    # "그럼 주차는요?" names a subject of its own: nothing carried.
    parking = _quote("directions.md", "주차는 1시간 무료입니다.")
    assert kept_to_the_calculation_subject(parking, "그럼 주차는요?", _CAT, _nothing) is parking
