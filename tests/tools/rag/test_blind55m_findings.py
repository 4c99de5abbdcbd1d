"""Set 55's document wrong answer (blind55m), declined by its rule and only by it.

"whats the name of the doctor there" was answered with "A doctor explains them in person;
results are not given over the phone.": the sentence mentions a doctor and names nobody.
A question asking a person's name takes a "who" question's answer type, and only a
sentence that names someone answers it (tools.rag.person_name_asked_63m, in
tools.rag.answer_types). Inputs are our own, with near misses; the rule is switched off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tools.rag.person_name_asked_63m as person_name
from tests.tools.rag.conftest import extractive_answer, samples_copy_fixture
from tools.rag import DocumentStore
from tools.rag.person_name_asked_63m import asks_person_name

_WORKLOAD_DOCS = Path(__file__).resolve().parents[3] / "bench" / "workload" / "docs"

store = samples_copy_fixture(
    "blind55m", (_WORKLOAD_DOCS / "expense_policy_en.md", _WORKLOAD_DOCS / "leave_policy.md")
)


@pytest.mark.parametrize(
    "question",
    [
        "what is the pharmacist's name",
        "whats the doctors name at hanbit",
        "names of the nurses at the clinic?",
        "do you know the name of your head doctor",
        "약사님 이름 뭐야",
        "담당 의사 선생님 성함이 어떻게 되세요",
        "원장님 이름 알려줘",
    ],
)
def test_a_persons_name_asked(question: str) -> None:
    assert asks_person_name(question)


@pytest.mark.parametrize(
    "question",
    [
        "what's the name of the pharmacy",  # a place's name, not a person's
        "what do i tell them when i call to change my appointment",
        "전화할 때 이름 말해야 돼요?",  # the caller's own name
        "who do i book hotels through",  # who, with no name asked
    ],
)
def test_other_questions_ask_no_persons_name(question: str) -> None:
    assert not asks_person_name(question)


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        ("can you tell me the name of the doctor", "A doctor explains them in person"),
        ("the doctor's name please", "A doctor explains them in person"),
        ("의사 이름이 뭐에요", "의사와 상담해 주세요"),
        ("what is the pharmacist's name", "약사나 의사와 상담하세요"),
        ("약사님 이름 뭐야", "약사나 의사와 상담하세요"),
        ("whats the doctors name at hanbit", "A doctor explains them in person"),
    ],
)
def test_a_name_no_document_holds_is_declined(
    store: DocumentStore, question: str, unnamed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert extractive_answer(store, question) == ""
    monkeypatch.setattr(person_name, "USE_PERSON_NAME_ASKED", False)
    assert unnamed in extractive_answer(store, question)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("what's the name of the pharmacy", "Hanbit Pharmacy"),
        ("who do i book hotels through", "travel desk"),
        ("전화할 때 뭘 말해야 돼요", "이름과 생년월일"),
    ],
)
def test_names_and_who_the_documents_state_are_still_quoted(
    store: DocumentStore, question: str, part: str
) -> None:
    assert part in extractive_answer(store, question)
