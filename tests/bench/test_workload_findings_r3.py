"""The workload's remaining failures, pinned by cause: each fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.documents import plan_document_step
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tests.bench.test_workload_findings import workload_docs
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.rag import DocumentStore
from tools.rag.organisation_rules import asks_about_organisation_rule
from tools.rag.question import analyze_question
from tools.rag.segmentation import rejoin_known_words
from tools.rag.textutil import tokenize
from tools.references import has_reference

__all__ = ["workload_docs"]  # the fixture, shared with the first findings file
DINNER = "If dinner costs 240,000 won, how much is it per person for 4 people?"


def test_a_bare_it_in_a_request_that_states_its_own_numbers_is_not_a_reference() -> None:
    assert not has_reference(DINNER)
    # Short steps and explicit forms still point at the previous result.
    for text in ("divide it by 3", "multiply that by 2", "what is the result plus 5 and then 7?"):
        assert has_reference(text), text
    assert has_reference("그걸 3명이 나누면?")


def test_an_english_per_person_question_and_its_follow_ups_are_deterministic() -> None:
    first = match_deterministic(DINNER)
    assert first is not None and first.answer == "60,000원"
    follow = resolve_in_conversation([DINNER], "What about 5 people?")
    assert follow is not None and follow.result.answer == "48,000원"
    again = resolve_in_conversation([DINNER, "What about 5 people?"], "What about 6 people?")
    assert again is not None and again.result.answer == "40,000원"


@pytest.mark.parametrize(
    ("question", "verb", "noun"),
    [
        ("What languages does the reception staff speak?", "speak", "staff"),
        ("How do I submit a claim?", "submit", "claim"),
        ("Which documents does the insurer require?", "require", "insur"),
    ],
)
def test_an_english_verb_after_do_support_is_not_a_topic(
    question: str, verb: str, noun: str
) -> None:
    asked = analyze_question(question)
    assert verb not in asked.topic_terms and verb in asked.terms
    assert any(t.startswith(noun) for t in asked.topic_terms)
    # A preposition before the last word: the word is its object, a topic.
    assert "claim" in analyze_question("What documents do I need for a claim?").topic_terms


def test_a_bound_asks_for_a_number_and_is_not_a_topic() -> None:
    for question in ("What is the hotel limit outside Seoul?", "출장 숙박비 한도는 얼마예요?"):
        asked = analyze_question(question)
        assert asked.answer_type in ("count", "amount"), question
        assert not {"limit", "outsid", "outside", "한도"} & set(asked.topic_terms)


def test_a_word_the_collection_knows_whole_is_not_cut_into_pieces() -> None:
    question = "이부프로펜은 언제 먹어야 해요?"
    pieces = tokenize(question)
    assert "이부프로펜" not in pieces  # Kiwi's own reading of this sentence
    known = {"이부프로펜", "복용"}.__contains__
    assert rejoin_known_words(question, pieces, known)[0] == "이부프로펜"
    assert "이부프로펜" in analyze_question(question, known=known).terms
    # Nothing known: the tokens are left as they are.
    assert rejoin_known_words(question, pieces, lambda _t: False) == pieces


def test_something_the_documents_never_mention_still_is_not_covered(
    workload_docs: DocumentStore,
) -> None:
    for question in ("Can I bring my dog to the clinic?", "Does the clinic offer physiotherapy?"):
        plan = plan_document_step(workload_docs, question, collection="default", pinned=False)
        assert plan.kind == "not_covered", plan.reasons


def test_organisation_rule_questions_are_recognised() -> None:
    for question in (
        "태블릿 지원금은 얼마예요?",
        "재택근무는 주 며칠까지 되나요?",
        "What is the per diem for Busan?",
        "Do you offer dental cleaning?",
        "여기서 MRI 찍을 수 있나요?",
    ):
        assert asks_about_organisation_rule(question), question
    for question in (
        "Who invented the printing press?",
        "독감 예방접종 비용은 얼마인가요?",
        "What do you think about remote sensing?",
    ):
        assert not asks_about_organisation_rule(question), question


def test_an_organisation_rule_the_documents_do_not_give_is_not_invented(
    tmp_path: Path, workload_docs: DocumentStore
) -> None:
    local = ScriptedChatModel(replies=["History answer."], model_name="test:local")
    settings = load_settings(
        data_dir=tmp_path / "data",
        tiers={"local": "test:local", "cloud": ""},
        router={"difficulty_threshold": 1.0},
    )
    assistant = Assistant(build_services(settings, fakes={"local": local}, docs=workload_docs))
    for question in ("태블릿 지원금은 얼마예요?", "재택근무는 주 며칠까지 되나요?"):
        result = assistant.ask(question).to_json()
        assert "찾을 수 없습니다" in result["answer"], result["answer"]
        assert result["citations"] == []
        assert result["steps"][0]["tier"] == "deterministic"
    # A general question still reaches the model, whose answer says first that the
    # documents were searched and do not give it (nothing tells it from a fact of
    # theirs they never state), and cites nothing.
    general = assistant.ask("Who invented the printing press? Tell me the history.").to_json()
    assert general["steps"][0]["tier"] == "local"
    assert general["answer"].startswith("The documents do not cover this question.")
    assert general["answer"].endswith("History answer.")
    assert general["citations"] == []
    local.assert_complete()


def test_an_identifier_given_as_an_aside_is_not_an_operand() -> None:
    result = match_deterministic(
        "홍길동(주민번호 850315-1234567) 환자 진료비 45000원을 3개월로 나누면?"
    )
    assert result is not None and result.answer == "15,000원"
    # An identifier that *is* the operand is still refused.
    assert match_deterministic("850315-1234567 나누기 3") is None
