"""Set 53's document wrong answer (blind53m), read right by its rule and only by it.

"건강검진 피 뽑는거 몇분 걸려" was answered with every row of the check-up table ("Blood
pressure and weight 10 minutes … Blood test 15 minutes … Chest X-ray 10 minutes"): 피, the
everyday word for blood, named no row. 피검사, 피 뽑는거 and 채혈 are now said as
the documents write it, 혈액 검사 (tools.rag.blood_words_61m, run by
agents.documents_wording); a bare 피 (bleeding, smoking's 피우다) is left alone.
Inputs are our own, with near misses; the rule is switched off once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import agents.documents_wording as documents_wording
from tests.tools.rag.conftest import extractive_answer, samples_copy_fixture
from tools.rag import DocumentStore
from tools.rag.blood_words_61m import with_blood_test_named

_WORKLOAD_DOCS = Path(__file__).resolve().parents[3] / "bench" / "workload" / "docs"


store = samples_copy_fixture(
    "blind53m", (_WORKLOAD_DOCS / "expense_policy_en.md", _WORKLOAD_DOCS / "leave_policy.md")
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("피검사 결과 언제 나와", "혈액 검사 결과 언제 나와"),
        ("피 뽑는 건 오래 걸려", "혈액 검사 오래 걸려"),
        ("피 뽑는게 아파요?", "혈액 검사 아파요?"),
        ("채혈 몇분이면 끝나요", "혈액 검사 몇분이면 끝나요"),
        ("검진때 피를 뽑는거 몇분", "검진때 혈액 검사 몇분"),
    ],
)
def test_the_everyday_words_for_a_blood_test(question: str, said: str) -> None:
    assert with_blood_test_named(question) == said


@pytest.mark.parametrize(
    "question",
    [
        "피 나면 어떻게 해요",  # bleeding
        "담배 피면 안돼요",  # to smoke
        "피부과 진료도 해요?",
        "피곤하면 병가 써도 돼?",
        "피를 뽑을 때 아파요?",  # a clause about the moment, not the test named
        "건강검진 피 뽑기 전에 몇 시간 동안 굶어야 해요?",  # answered as typed (held-out 4)
    ],
)
def test_other_words_spelled_with_pi_are_left_alone(question: str) -> None:
    assert with_blood_test_named(question) == question


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("건강검진에서 피검사는 몇분 걸려요", "Blood test 15 minutes"),
        ("검진할때 채혈 시간 얼마나 걸려", "Blood test 15 minutes"),
    ],
)
def test_the_blood_test_row_alone_is_quoted(
    store: DocumentStore, question: str, row: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = extractive_answer(store, question)
    assert row in answer
    assert "10 minutes" not in answer
    monkeypatch.setattr(documents_wording, "with_blood_test_named", lambda text: text)
    off = extractive_answer(store, question)
    assert "10 minutes" in off or row not in off  # another row quoted, or no answer
