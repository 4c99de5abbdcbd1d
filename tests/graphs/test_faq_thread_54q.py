"""A follow-up in a document's thread keeps to that document (graphs.faq_thread_document_54q).

Probes of round 54: "주말도 똑같아?" after the parking fee got the clinic's holiday entry,
"주차비도 돼요?" after the expense policy's mileage got the clinic's car park. Our own
documents and curated entries (a gym and its pool; a travel policy and a visitors' guide),
not the bench's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage

import graphs.nodes as nodes
import graphs.step_routing as step_routing
from graphs import faq_thread_document_54q
from tests.graphs.offline_assistant import offline_assistant

_FAQ = """
- id: pool-hours
  lang: en
  source: pool.md
  section: Hours
  question: When is the pool open?
  variants:
    - is it open on weekends?
    - are they open on weekends too?
  answer: The pool is open 06:00-22:00 every day, weekends included.
- id: visitor-parking-ko
  lang: ko
  source: visitors_ko.md
  section: 주차
  question: 주차할 수 있나요?
  variants:
    - 주차비도 되나요?
    - 주차도 가능한가요?
  answer: 방문객은 지하 주차장을 2시간 무료로 이용할 수 있습니다.
"""
_MODEL_FROM_ELSEWHERE = "방문객은 지하 주차장을 2시간 무료로 이용할 수 있습니다. [1]"
_DOCS = {
    "gym.md": "# City gym\n\n## Lockers\n\nA locker costs 2,000 won a day.\n",
    "pool.md": (
        "# City pool\n\n## Hours\n\nThe pool is open 06:00-22:00 every day, weekends included.\n"
    ),
    "travel_ko.md": "# 출장 규정\n\n## 식비\n\n출장 중 식비는 하루 3만 원까지 지급합니다.\n",
    "visitors_ko.md": (
        "# 방문 안내\n\n## 주차\n\n방문객은 지하 주차장을 2시간 무료로 이용할 수 있습니다.\n"
    ),
}


def _thread(tmp_path: Path, first: str, follow: str) -> tuple[str, str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    assistant, fakes = offline_assistant(tmp_path, _DOCS, _FAQ)
    for fake in fakes.values():
        # What a model handed the other document's passages writes (never with the rule on).
        fake.replies.append(AIMessage(content=_MODEL_FROM_ELSEWHERE))
    opened = assistant.ask(first)
    return opened.answer, assistant.ask(follow, thread_id=opened.thread_id).answer


def _faq_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nodes, "faq_leaves_thread_document", lambda *_a: False)


def _quote_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def unchanged(_faq: Any, _docs: Any, plan: Any, *_rest: Any) -> Any:
        return plan

    monkeypatch.setattr(step_routing, "kept_to_thread_documents", unchanged)


_CASES = [
    ("how much is a locker?", "is it open on weekends?", "2,000", "06:00"),
    ("what does a locker cost per day", "are they open on weekends too?", "2,000", "06:00"),
    ("출장 식비는 하루 얼마예요?", "주차비도 되나요?", "3만", "2시간"),
    ("출장 가면 식비 얼마까지 나와요?", "주차도 가능한가요?", "3만", "2시간"),
]


@pytest.mark.parametrize(("first", "follow", "quoted", "elsewhere"), _CASES)
def test_a_follow_up_keeps_to_the_thread_document(
    tmp_path: Path, first: str, follow: str, quoted: str, elsewhere: str
) -> None:
    opening, answer = _thread(tmp_path, first, follow)
    assert quoted in opening, opening
    # The other document's curated entry (or its sentence) is not this thread's answer.
    assert elsewhere not in answer, answer


@pytest.mark.parametrize(("first", "follow", "quoted", "elsewhere"), _CASES)
def test_with_the_faq_rule_off_the_other_entry_answers(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
    follow: str,
    quoted: str,
    elsewhere: str,
) -> None:
    _faq_rule_off(monkeypatch)
    _opening, answer = _thread(tmp_path, first, follow)
    assert elsewhere in answer, answer


def test_with_the_quote_rule_off_a_model_reads_the_other_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The documents' plan for "주차비도 되나요?" hands a model the visitors' guide; with the
    # rule on, the turn declines naming the thread's own document.
    asked = ("출장 식비는 하루 얼마예요?", "주차비도 되나요?")
    _opening, kept = _thread(tmp_path / "on", *asked)
    assert "travel_ko.md" in kept and "visitors_ko.md" not in kept, kept
    _quote_rule_off(monkeypatch)
    _opening, answer = _thread(tmp_path / "off", *asked)
    assert "visitors_ko.md" in answer or "2시간" in answer, answer


@pytest.mark.parametrize(
    ("first", "follow", "curated"),
    [
        ("how much is a locker?", "When is the pool open?", "06:00"),
        ("출장 식비는 하루 얼마예요?", "주차할 수 있나요?", "2시간"),
    ],
)
def test_a_question_of_its_own_keeps_the_curated_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, follow: str, curated: str
) -> None:
    # No "도", "it", "and …": a new question, which the curated entry answers as before.
    _opening, answer = _thread(tmp_path / "on", first, follow)
    assert curated in answer, answer
    monkeypatch.setattr(faq_thread_document_54q, "goes_on_with_the_thread", lambda _t: True)
    _opening, answer = _thread(tmp_path / "off", first, follow)
    assert curated not in answer, answer
