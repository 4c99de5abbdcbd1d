"""A quote answers only when it names what is asked about (docwrongs55).

"how many days of annual leave do i get?" quoted the sick-leave lines; "can i get
reimbursed for meals?" quoted "Alcohol is never reimbursed." Our own pages here, with
other words (holiday/parking), so the rule is pinned on its form, not on those cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import agents.documents as documents
from agents.documents import plan_document_step
from tools.rag import DocumentStore
from tools.rag.models import AnswerSentence, ExtractiveAnswer
from tools.rag.question import analyze_question
from tools.rag.quote_names_asked_55r import quote_misses_asked_55r

_RULES = (
    "# Staff rules\n\n## Travel\n\n"
    "Taxis are reimbursed with a receipt. Alcohol is never reimbursed.\n\n"
    "## Sick leave\n\nSick leave is up to 60 days a year.\n\n"
    "## Parking\n\nThe parking garage opens at 7:00 and closes at 22:00.\n"
)


def _quote(text: str, locator: str = "") -> ExtractiveAnswer:
    from core.types import Citation

    return ExtractiveAnswer(
        text=f"{text} [1]",
        sentences=(AnswerSentence(text=text, citation_id=1, chunk_id="c", score=1.0),),
        citations=(Citation(id=1, source="rules.md", locator=locator),),
        confidence=1.0,
    )


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("can i get reimbursed for parking?", "Alcohol is never reimbursed."),
        ("is a hotel paid back?", "Taxis are paid back with a receipt."),
        ("how many days of parental leave do i get?", "Sick leave is up to 60 days a year."),
        ("how many days of annual leave do i get?", "병가는 1년에 최대 60일까지 쓸 수 있습니다."),
    ],
)
def test_a_quote_naming_another_thing_misses_the_asked(question: str, quote: str) -> None:
    assert quote_misses_asked_55r(analyze_question(question), _quote(quote))


@pytest.mark.parametrize(
    ("question", "quote", "heading"),
    [
        ("can i get reimbursed for taxis?", "Taxis are reimbursed with a receipt.", ""),
        ("how many days of sick leave do i get?", "Sick leave is up to 60 days a year.", ""),
        (
            "how many days of annual leave?",
            "1년 이상 근무한 직원은 매년 15일의 연차를 받습니다.",
            "",
        ),
        # A kind of answer asked: the heading may name the subject the sentence leaves out.
        ("how many days of sick leave do i get?", "It is up to 60 days a year.", "Sick leave"),
    ],
)
def test_a_quote_naming_the_asked_answers(question: str, quote: str, heading: str) -> None:
    assert not quote_misses_asked_55r(analyze_question(question), _quote(quote, heading))


def test_a_yes_no_question_is_answered_by_its_sentence_not_the_heading() -> None:
    asked = analyze_question("can i get reimbursed for meals?")
    assert not asked.answer_type
    assert quote_misses_asked_55r(asked, _quote("Alcohol is never reimbursed.", "Meals"))


@pytest.fixture
def store(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rules.md").write_text(_RULES, encoding="utf-8")
    built = DocumentStore(tmp_path / "rag", dense=False)
    built.ingest_path(docs)
    return built


@pytest.mark.parametrize(
    "question", ["can i get reimbursed for parking?", "is parking reimbursed on trips?"]
)
def test_a_yes_no_on_a_thing_the_quote_misses_is_declined(
    store: DocumentStore, question: str
) -> None:
    plan = plan_document_step(store, question, collection="default", pinned=False)
    assert "Alcohol" not in plan.answer and "Taxis" not in plan.answer, plan
    assert plan.kind == "not_covered", plan


def test_without_the_rule_the_other_thing_is_quoted(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "quote_misses_asked_55r", lambda *_a, **_k: False)
    plan = plan_document_step(
        store, "can i get reimbursed for parking?", collection="default", pinned=False
    )
    # A model was to read the taxi and alcohol lines for it (one concluded "no").
    assert plan.kind != "not_covered", plan
