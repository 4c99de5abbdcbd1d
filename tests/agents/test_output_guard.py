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


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        # SmolLM's reply in the workload: it talks about "words" instead of the friends.
        (
            'The words "The words of the words" are a classic example of a two-line poem.',
            "Write a two-line poem for three friends.",
        ),
        (
            'The words "The words of the words" are a classic example of a four-line poem.',
            "What about 4 people?",
        ),
        ("xkcd qwrt 3fg5 zzpt lorem 4bx", "Explain photosynthesis briefly."),
        # Two words of its own circled in turn, neither a third of the reply alone.
        (
            "The page you gave is a summary of a table, not a rule. It is a summary of a "
            "table that is a summary of a table. It is not a rule about the size, but a "
            "summary of a table that is a summary of a table.",
            "can i swap the jacket for a bigger size if i lost the receipt?",
        ),
        ("친구친구 친구들 친구가 친구를 qz9x 친구", "사과의 효능을 알려 주세요."),
    ],
)
def test_babble_that_ignores_the_request_is_off_topic(reply: str, question: str) -> None:
    failure = check_output(reply, question=question, metadata={"finish_reason": "stop"})
    assert failure is not None and failure.kind == "off_topic", failure


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        # Good answers that share few words with the request, or repeat one: neither alone flags.
        (
            "Three friends laugh under one sky,\nTheir bond will never say goodbye.",
            "Write a two-line poem for three friends.",
        ),
        (
            "Four hearts walk together, side by side,\nWith open arms they share the ride.",
            "What about 4 people?",
        ),
        ("Friends are friends; good friends stay friends.", "Write one line about friends."),
        ("Paris.", "What is the capital of France?"),
        # Two words of its own, each said three times, but the reply is about the request.
        (
            "Yes. Bring the jacket and the receipt; without a receipt we give store credit. "
            "Store credit never expires, and store credit works online. A receipt is needed "
            "for a swap.",
            "can i swap the jacket for a bigger size if i lost the receipt?",
        ),
        (
            "물을 충분히 마시고 푹 쉬세요. 열이 계속되면 병원에 가세요.",
            "감기에 걸리면 어떻게 해야 하나요?",
        ),
    ],
)
def test_terse_or_freely_worded_good_answers_are_not_off_topic(reply: str, question: str) -> None:
    assert check_output(reply, question=question, metadata={"finish_reason": "stop"}) is None
