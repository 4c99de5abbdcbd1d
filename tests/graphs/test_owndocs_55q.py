"""Brief owndocs55: an own document stating its hours as a clock span answers before the
sample FAQ (graphs.faq_own_documents_54f with tools.rag.hours_kind_words_55q).

Our own documents (a swimming pool, a bakery), not the case files'. The FAQ lookup is
real (the bundled clinic's curated entries); the document plan is stood in.
"""

from __future__ import annotations

from typing import Any

import pytest

import graphs.faq_own_documents_54f as own_first_module
import tools.rag.hours_kind_words_55q as hours_module
from agents.documents import DocPlan
from graphs.faq_own_documents_54f import faq_yields_to_own_document
from tools.faq import FaqBook

_FAQ = FaqBook.load("data/faq.yaml")
_POOL = "uploads/leisure_pool_en.md"


class _Listed:
    def __init__(self, source: str) -> None:
        self.source = source


class _Docs:
    def __init__(self, own: list[str]) -> None:
        self.own = own

    def list_documents(self, collection: str) -> list[_Listed]:
        return [_Listed(s) for s in self.own]


def _with_own_answer(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    plan = DocPlan(kind="extractive", answer=answer, citations=[{"id": 1, "source": _POOL}])

    def planned(*_: Any, **__: Any) -> DocPlan:
        return plan

    monkeypatch.setattr(own_first_module, "plan_document_step", planned)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What are your opening hours?", "The pool is open daily from 6:30 to 21:00. [1]"),
        ("what are your opening hours", "Open every day 7am to 9pm. [1]"),
        ("영업시간이 어떻게 돼요?", "매일 오전 7시부터 밤 9시까지 문을 엽니다. [1]"),
    ],
)
def test_a_clock_span_in_the_own_document_answers_the_hours(
    monkeypatch: pytest.MonkeyPatch, question: str, answer: str
) -> None:
    _with_own_answer(monkeypatch, answer)
    docs = _Docs([_POOL])
    assert _FAQ.lookup(question) is not None  # the sample clinic's hours entry matches
    assert faq_yields_to_own_document(_FAQ, docs, question, "w", first=True)
    monkeypatch.setattr(hours_module, "use_hours_kind_words", False)
    # The rule off: no "hour"/영업시간 in the quoted sentence, the sample's hours stay.
    assert not faq_yields_to_own_document(_FAQ, docs, question, "w", first=True)


def test_one_time_of_day_is_no_hours(monkeypatch: pytest.MonkeyPatch) -> None:
    # "opens at 6:30" says when it opens, not its hours: the curated entry stays.
    _with_own_answer(monkeypatch, "The pool opens at 6:30 on weekdays. [1]")
    docs = _Docs([_POOL])
    assert not faq_yields_to_own_document(
        _FAQ, docs, "What are your opening hours?", "w", first=True
    )
