""" "X이면요?" after a question opening with its condition: answered under X (fixdoc32).

The documents are stood in for by a planner that records what it is asked: the turn's
own plan is kept unless the question under the new condition gets a cited sentence.
"""

from __future__ import annotations

import pytest

from agents.documents import DocPlan
from graphs import qualifier_plan

_FIRST = "제가 이사하면 휴가 며칠 받아요?"
_FOLLOW_UP = "아들 입학이면요?"
_QUOTE = "본인 이사는 2일, 자녀 입학은 1일의 경조사 휴가를 받습니다. [1]"


def _planner(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[str]:
    asked: list[str] = []

    def planned(_docs: object, question: str, **_: object) -> DocPlan:
        asked.append(question)
        return DocPlan(kind=kind, answer=_QUOTE if kind == "extractive" else "")

    monkeypatch.setattr(qualifier_plan, "plan_document_step", planned)
    return asked


def _follow_up(own: DocPlan) -> DocPlan:
    return qualifier_plan.with_qualifier_of_follow_up(
        None, own, _FOLLOW_UP, [_FIRST], collection="c"
    )


def test_a_declined_condition_is_asked_as_the_previous_question_under_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _planner(monkeypatch, "extractive")
    plan = _follow_up(DocPlan(kind="not_covered", answer="not in the documents"))
    assert "아들 입학이면 휴가 며칠 받아요?" in asked
    assert plan.answer == _QUOTE


def test_without_a_cited_sentence_or_with_its_own_answer_the_turn_keeps_its_plan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _planner(monkeypatch, "not_covered")
    own = DocPlan(kind="not_covered", answer="not in the documents")
    assert _follow_up(own) is own
    asked = _planner(monkeypatch, "extractive")
    answered = DocPlan(kind="extractive", answer="its own quote [1]")
    assert _follow_up(answered).answer == "its own quote [1]"
    assert "아들 입학이면 휴가 며칠 받아요?" not in asked


def test_without_the_rule_the_declined_turn_stays_declined(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(qualifier_plan, "with_condition_swapped", lambda *_: None)
    _planner(monkeypatch, "extractive")
    own = DocPlan(kind="not_covered", answer="not in the documents")
    assert _follow_up(own).answer == "not in the documents"
