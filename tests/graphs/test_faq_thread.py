"""A bare follow-up stays on the thread's subject: no curated answer about another one.

Our own sports centre (a pool and a gym), not any bench set's documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs import nodes
from tests.graphs.offline_assistant import offline_assistant
from tools.followup_qualifier_add import with_qualifier_added

_FAQ = """
- id: pool-hours
  lang: ko
  source: pool.md
  section: 수영장 운영 시간
  question: 수영장 운영 시간이 어떻게 되나요?
  variants:
    - 수영장 몇 시에 열어요?
  answer: 수영장은 평일 06:00–22:00에 엽니다.
- id: gym-holiday
  lang: ko
  source: gym.md
  section: 헬스장 휴관일
  question: 공휴일에도 운영하나요?
  variants:
    - 공휴일 운영하나요?
  answer: 헬스장은 공휴일에 휴관합니다.
"""
_POOL = (
    "# 물결 수영장 안내\n\n## 수영장 운영 시간\n\n"
    "수영장은 평일 06:00–22:00에 엽니다. 공휴일에는 10:00–18:00에 엽니다.\n\n"
    "## 수영모\n\n수영장에서는 수영모를 꼭 써야 합니다.\n"
)
_GYM = "# 물결 헬스장 안내\n\n## 헬스장 휴관일\n\n헬스장은 공휴일에 휴관합니다.\n"


def _ask_both(tmp_path: Path) -> str:
    assistant, fakes = offline_assistant(tmp_path, {"pool.md": _POOL, "gym.md": _GYM}, _FAQ)
    first = assistant.ask("수영장 몇 시에 열어요?")
    assert "06:00" in first.answer
    follow_up = assistant.ask("공휴일엔요?", thread_id=first.thread_id)
    assert all(f.calls == [] for f in fakes.values())
    return follow_up.answer


def test_a_bare_day_after_the_pools_hours_is_the_pools(tmp_path: Path) -> None:
    answer = _ask_both(tmp_path)
    assert "10:00" in answer and "휴관" not in answer, answer


def test_without_the_rule_the_gyms_curated_answer_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nodes, "faq_leaves_the_thread", lambda *_: False)
    # (faq_thread_document_54q reads the same thread: off too, to see this rule's effect.)
    monkeypatch.setattr(nodes, "faq_leaves_thread_document", lambda *_: False)
    assert "휴관" in _ask_both(tmp_path)


def test_the_day_is_added_to_a_question_that_names_none() -> None:
    added = with_qualifier_added("공휴일엔요?", "수영장 몇 시에 열어요?")
    assert added is not None and added.question == "공휴일에는 수영장 몇 시에 열어요?"
    english = with_qualifier_added("and on weekends?", "when does the pool open?")
    assert english is not None and english.question == "when does the pool open on weekends?"
    # One of its kind already named: swapped (tools.followup_qualifier_swap), never added.
    assert with_qualifier_added("공휴일엔요?", "수영장 평일에 몇 시에 열어요?") is None
    assert with_qualifier_added("수영모 꼭 써야 돼요?", "수영장 몇 시에 열어요?") is None
