"""Which turns of a workload run get the lower local generation limit (``answer_unread``).

The personal-data sets run the turns whose answer text nothing reads with a lower limit
(tests/bench/one_case_file.py); these tests pin which turns those are, and that the limit
holds for that turn alone.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from bench.workload.runner import _local_limit, answer_unread
from bench.workload.suite import Conversation, Turn
from core.models.embedded import EmbeddedChatModel
from core.models.fake import ScriptedChatModel

BLIND = {"pii": ["010-1234-5678"], "tiers_not": ["cloud"], "privacy": "local_only"}


def _conversation(*turns: Turn) -> Conversation:
    return Conversation(id="c", category="privacy", turns=turns)


def test_the_last_one_step_turn_expecting_only_where_it_ran_is_unread() -> None:
    one = _conversation(Turn("내 번호 010-1234-5678로 문자 초안 써줘", BLIND))
    assert answer_unread(one, 0)
    assert answer_unread(_conversation(Turn("hello"), Turn("rewrite my bio", None)), 1)
    assert answer_unread(_conversation(Turn("make it shorter", {"tier": "local"})), 0)


def test_an_earlier_turn_is_read_by_the_turns_after_it() -> None:
    two = _conversation(Turn("my name is Pip Harrow", BLIND), Turn("what is my name?", BLIND))
    assert not answer_unread(two, 0)
    assert answer_unread(two, 1)


@pytest.mark.parametrize(
    "expect",
    [
        {**BLIND, "contains": ["Pip"]},
        {"contains_any": ["1시간", "한 시간"]},
        {"not_contains": ["010"]},
        {"not_in_documents": True},
        {"tool_problem": True},
        {"no_tool_ran": True},
        {"no_model_text": True},
        {"ok_if": ["cloud"], "contains": ["x"]},
    ],
)
def test_a_turn_whose_answer_a_check_reads_keeps_its_limit(expect: dict[str, Any]) -> None:
    assert not answer_unread(_conversation(Turn("rewrite my bio", expect)), 0)


def test_a_request_of_several_steps_keeps_its_limit() -> None:
    # A later step carries the earlier one's answer ("earlier_steps" in its prompt).
    steps = "1. 이 메모 요약해줘\n2. 그걸 영어로 번역해줘"
    assert not answer_unread(_conversation(Turn(steps, BLIND)), 0)


def _assistant(model: Any) -> Any:
    models = SimpleNamespace(
        endpoint=lambda tier: SimpleNamespace(model_id="llamacpp:smollm2-135m"),
        chat_model=lambda model_id: model,
    )
    return SimpleNamespace(services=SimpleNamespace(models=models))


def test_the_limit_holds_for_the_turn_alone() -> None:
    model = EmbeddedChatModel(max_tokens=96)
    with _local_limit(_assistant(model), 32):
        assert model.max_tokens == 32
    assert model.max_tokens == 96
    with _local_limit(_assistant(model), 500):  # never above the configured limit
        assert model.max_tokens == 96
    with _local_limit(_assistant(model), None):
        assert model.max_tokens == 96
    with pytest.raises(RuntimeError), _local_limit(_assistant(model), 32):
        raise RuntimeError("a failing turn")
    assert model.max_tokens == 96


def test_another_local_model_answers_as_configured() -> None:
    scripted = ScriptedChatModel(replies=["ok"], model_name="test:local")
    with _local_limit(_assistant(scripted), 32):
        assert scripted.invoke("hi").content == "ok"
