"""A subject-less follow-up is not answered from a sibling section (the nineteenth set)."""

from __future__ import annotations

from agents.documents import DocPlan
from graphs.sibling_subject import heading_words, kept_to_the_thread_subject

_GUIDE = "garden_guide.md"


def _quote(locator: str, answer: str) -> DocPlan:
    citation = {"id": 1, "source": _GUIDE, "locator": locator, "text": answer}
    return DocPlan(kind="extractive", answer=f"{answer} [1]", citations=[citation])


# The previous answer came from the rose section; the follow-up's own search found the
# tulip section's line about frost.
_QUESTIONS = {
    "장미는 한 달에 몇 번 비료 줘요?": _quote("§장미", "장미는 한 달에 한 번 비료를 줍니다.")
}
_TULIP_FROST = _quote("§튤립", "튤립은 서리가 내리기 전에 알뿌리를 심으세요.")


def _plan_of(question: str) -> DocPlan:
    return _QUESTIONS.get(question, DocPlan(kind="generate"))


def test_a_subjectless_follow_up_is_not_answered_from_a_sibling_section() -> None:
    kept = kept_to_the_thread_subject(
        _TULIP_FROST, "서리 오면 어떻게 해요?", "장미는 한 달에 몇 번 비료 줘요?", _plan_of
    )
    assert kept.kind == "not_covered"
    assert "장미" in kept.answer and not kept.citations


def test_a_follow_up_naming_the_quoted_subject_keeps_its_quote() -> None:
    kept = kept_to_the_thread_subject(
        _TULIP_FROST, "튤립은 서리 오면요?", "장미는 한 달에 몇 번 비료 줘요?", _plan_of
    )
    assert kept is _TULIP_FROST


def test_a_topic_heading_of_several_words_is_no_subject() -> None:
    assert heading_words("§Submitting a claim") == set()
    assert heading_words("§이부프로펜") == {"이부프로펜"}
    claim = _quote("§Submitting a claim", "Submit every claim within 30 days.")
    kept = kept_to_the_thread_subject(
        claim, "and how long do I have?", "장미는 한 달에 몇 번 비료 줘요?", _plan_of
    )
    assert kept is claim
