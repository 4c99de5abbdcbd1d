"""A pronoun follow-up is not answered from another document (the twenty-eighth set)."""

from __future__ import annotations

from agents.documents import DocPlan
from graphs.pronoun_thread_document import kept_to_the_thread_document, points_back


def _quote(source: str, answer: str) -> DocPlan:
    citation = {"id": 1, "source": source, "locator": "§x", "text": answer}
    return DocPlan(kind="extractive", answer=f"{answer} [1]", citations=[citation])


# The previous answer came from the pool rules; the follow-up's own search found the
# gym's locker line in another document.
_QUESTIONS = {"how warm is the pool": _quote("pool_rules.md", "The pool is kept at 28 °C.")}
_LOCKERS = _quote("gym_guide.md", "Lockers can be rented at the front desk for 2 a day.")


def _plan_of(question: str) -> DocPlan:
    return _QUESTIONS.get(question, DocPlan(kind="generate"))


def test_a_pronoun_follow_up_is_not_answered_from_another_document() -> None:
    kept = kept_to_the_thread_document(
        _LOCKERS, "can I rent it for a day?", "how warm is the pool", _plan_of
    )
    assert kept.kind == "not_covered"
    assert "pool_rules.md" in kept.answer and not kept.citations


def test_a_quote_from_the_thread_document_is_kept() -> None:
    same = _quote("pool_rules.md", "Lanes can be booked a day ahead.")
    assert (
        kept_to_the_thread_document(same, "can they be booked?", "how warm is the pool", _plan_of)
        is same
    )


def test_another_document_naming_the_previous_subject_keeps_its_quote() -> None:
    # The pool's opening hours written up in the gym guide too: the same subject.
    hours = _quote("gym_guide.md", "The pool opens at 6 a.m. on weekdays.")
    kept = kept_to_the_thread_document(
        hours, "are they open early?", "how warm is the pool", _plan_of
    )
    assert kept is hours


def test_a_follow_up_with_its_own_subject_keeps_its_quote() -> None:
    kept = kept_to_the_thread_document(
        _LOCKERS, "where do I rent a locker?", "how warm is the pool", _plan_of
    )
    assert kept is _LOCKERS


def test_which_words_point_back() -> None:
    assert points_back("do they open on sundays?")
    assert points_back("그거 얼마예요?")
    assert not points_back("is it possible to park there?")
    assert not points_back("where is the front desk?")
