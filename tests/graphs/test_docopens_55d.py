"""Document threads (docopens55): a follow-up naming its own subject keeps its quote.

Our own inputs (a conference guide, a garden guide), not the workload's documents.
"""

from __future__ import annotations

import pytest

from agents.documents import DocPlan
from graphs import document_thread_54w, sibling_subject
from graphs import thread_document_query as tdq
from graphs.own_subject_55d import section_topic_words

_GUIDE = "conference_guide.md"


def _quote(locator: str, text: str, source: str = _GUIDE) -> DocPlan:
    citation = {"id": 1, "source": source, "locator": locator, "text": text}
    return DocPlan(kind="extractive", answer=f"{text} [1]", citations=[citation])


_FOOD = "how much can I spend on meals per day at the conference"
_FOOD_KO = "학회 가면 하루 식비 얼마까지 돼요?"
_PLANS = {
    _FOOD: _quote("§Meals", "Delegates may spend up to 40,000 won per day on meals."),
    _FOOD_KO: _quote("§식비", "참가자는 하루 4만원까지 식비를 쓸 수 있습니다."),
}
_HOTEL = _quote("§Hotels", "Hotel rooms are paid up to 95,000 won a night near the venue.")
_HOTEL_KO = _quote("§숙소", "호텔 객실은 1박 9만원까지 지원합니다.")
_BIKE = _quote("§Travel", "Riding your own bicycle is paid at 200 won per kilometre.")


def _plan_of(question: str) -> DocPlan:
    return _PLANS.get(question, DocPlan(kind="generate"))


@pytest.mark.parametrize(
    ("previous", "follow_up", "quote"),
    [
        # The heading, singular in the question ("Hotels").
        (_FOOD, "and what about a hotel near the venue?", _HOTEL),
        # The lead sentence's subject ("Riding your own bicycle is …").
        (_FOOD, "and if i ride my own bicycle there?", _BIKE),
        # In Korean: the lead sentence's subject (호텔), not the heading (숙소).
        (_FOOD_KO, "호텔은요?", _HOTEL_KO),
        # Across languages: 숙박 for "hotel".
        (_FOOD, "숙박은요?", _HOTEL),
    ],
)
def test_a_follow_up_naming_its_own_subject_keeps_the_quote(
    previous: str, follow_up: str, quote: DocPlan
) -> None:
    # Both screens: the previous answer's section, and the thread's subject.
    kept = document_thread_54w.kept_to_the_thread_subjects(quote, follow_up, [previous], _plan_of)
    assert kept is quote, kept
    kept = sibling_subject.kept_to_the_thread_subject(quote, follow_up, previous, _plan_of)
    assert kept is quote, kept
    plans = {**_PLANS, follow_up: quote}
    plan = tdq.thread_subject_plan(
        follow_up,
        previous,
        lambda q: plans.get(q, DocPlan(kind="generate")),
        own_question_too=True,
    )
    assert plan is not None and plan.kind == "extractive", plan


_GARDEN = "garden.md"
_HERBS = {
    "바질 화분 어디 둬요?": _quote(
        "§바질", "바질은 햇빛이 드는 곳에 둡니다. 화분은 남쪽 창가가 좋습니다.", _GARDEN
    ),
}


def test_a_word_used_as_the_follow_ups_verb_names_no_subject() -> None:
    stays = _quote("§Lodging", "Hotel stays are paid up to 95,000 won a night.")
    plan = document_thread_54w.kept_to_the_thread_subjects(
        stays, "how long can I stay there?", [_FOOD], _plan_of
    )
    assert plan.kind == "not_covered", plan


@pytest.mark.parametrize(
    ("follow_up", "quote"),
    [
        # A word the sibling merely mentions, not what it is about.
        ("임산부도 만져도 돼요?", _quote("§민트", "민트는 임산부가 먹지 않게 합니다.", _GARDEN)),
        # What the sibling opens with, but the thread's section has it too.
        ("화분은 얼마나 커야 돼요?", _quote("§민트", "화분은 30cm 이상이 좋습니다.", _GARDEN)),
        # An imperative opens no subject.
        ("and the soil?", _quote("§Mint", "Keep the soil of mint moist.", _GARDEN)),
    ],
)
def test_a_loose_follow_up_still_declines(follow_up: str, quote: DocPlan) -> None:
    def plan_of(question: str) -> DocPlan:
        return _HERBS.get(question, DocPlan(kind="generate"))

    plan = document_thread_54w.kept_to_the_thread_subjects(
        quote, follow_up, ["바질 화분 어디 둬요?"], plan_of
    )
    assert plan.kind == "not_covered", plan


@pytest.mark.parametrize(
    ("locator", "text", "words"),
    [
        ("§Hotels", "Hotel stays are paid up to 90,000 won.", {"hotel", "stay"}),
        ("§Mileage", "Using your own car is paid at 300 won per km.", {"mileage", "car"}),
        ("§숙소", "호텔 객실은 1박 9만원입니다.", {"숙소", "호텔", "객실"}),
        ("§Keeping medicines", "Keep medicines away from sunlight.", set()),
    ],
)
def test_what_a_section_is_about(locator: str, text: str, words: set[str]) -> None:
    assert section_topic_words(locator, text) == words
