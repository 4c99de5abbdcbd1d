"""The output guard names each way a small model's reply degenerates, and passes good ones."""

from __future__ import annotations

import pytest

from agents.output_guard import check_output, invented_tool_result

LOOP = "The answer is that the box is red. " * 5


@pytest.mark.parametrize(
    ("reply", "question", "metadata", "kind"),
    [
        ("", "What is 2+2?", {}, "empty"),
        ("  ...  ", "What is 2+2?", {}, "empty"),
        (LOOP, "Which box is red?", {}, "repetition"),
        ("ha " * 200, "Tell me a joke.", {}, "repetition"),
        (
            "The printing press was invented in Germany around 1440.",
            "인쇄기는 누가?",
            {},
            "wrong_language",
        ),
        (
            "인쇄기는 1440년경 독일에서 구텐베르크가 발명했습니다.",
            "Who invented the printing press?",
            {},
            "wrong_language",
        ),
        (
            "Gutenberg built the first press and then",
            "Who invented it?",
            {"finish_reason": "length"},
            "truncated",
        ),
        (
            "Gutenberg built the first press and then",
            "Who invented it?",
            {"done_reason": "length"},
            "truncated",
        ),
    ],
)
def test_degenerate_replies_are_named(
    reply: str, question: str, metadata: dict[str, str], kind: str
) -> None:
    failure = check_output(reply, question=question, metadata=metadata)
    assert failure is not None and failure.kind == kind


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("Johannes Gutenberg invented the printing press around 1440.", "Who invented the press?"),
        ("구텐베르크가 1440년경 인쇄기를 발명했습니다.", "인쇄기는 누가 발명했나요?"),
        ("42", "인생의 의미는?"),
        ("Seoul is the capital. It is large. It is old. It is busy.", "Tell me about Seoul."),
    ],
)
def test_good_replies_pass(reply: str, question: str) -> None:
    assert check_output(reply, question=question, metadata={"finish_reason": "stop"}) is None


def test_a_reported_outcome_without_a_tool_call_is_an_invented_result() -> None:
    claim = "The user has successfully completed the Git reset command."
    failure = invented_tool_result(claim, "git.git_reset", tool_calls=0)
    assert failure is not None and "git.git_reset never ran" in failure.reason
    assert invented_tool_result(claim, "git.git_reset", tool_calls=1) is None
    assert invented_tool_result("I cannot call tools here.", "git.git_reset", 0) is None
