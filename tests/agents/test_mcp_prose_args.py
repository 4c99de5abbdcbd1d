"""Arguments read from a sentence: one unquoted word, named values, and asking back.

The "lamp" server and its tools are written for these tests.
"""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.mcp_dispatch import match_mcp_step
from agents.mcp_prose_args import candidate_words
from agents.mcp_prose_calls import prose_call_problem, prose_tool_call

_ONE_TEXT = {"type": "object", "properties": {"room": {"type": "string"}}, "required": ["room"]}
_TWO_INTS = {
    "type": "object",
    "properties": {"level": {"type": "integer"}, "minutes": {"type": "integer"}},
    "required": ["level", "minutes"],
}


class _Lamp:
    def status(self) -> list[ServerStatus]:
        return [ServerStatus("lamp", "running", tools=3)]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("lamp", "light", "Light a room.", _ONE_TEXT, permission="read_only"),
            McpToolInfo("lamp", "dim", "Dim for a while.", _TWO_INTS, permission="read_only"),
            McpToolInfo("lamp", "state", "On or off.", {"type": "object"}, permission="read_only"),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [("lamp", t.name, t.enabled) for t in self.list_tools()]


class _ChangedLamp(_Lamp):
    """The "lamp" server with one tool whose definition changed since its approval."""

    def list_tools(self) -> list[McpToolInfo]:
        changed = McpToolInfo(
            "lamp", "blink", "Blink.", {}, enabled=False, disabled_reason="definition changed"
        )
        return [*super().list_tools(), changed]


@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("lamp 서버 light 으로 kitchen 좀 켜줘", {"room": "kitchen"}),
        ("lamp 서버 light로 거실을 켜 줘", {"room": "거실"}),
        # 을 follows a consonant: "마을을" is 마을 and its particle, "마을" one word.
        ("lamp 서버 light로 마을을 켜줘", {"room": "마을"}),
        ("lamp 서버 light로 마을 켜줘", {"room": "마을"}),
        ("use lamp's light on the garage for me please", {"room": "garage"}),
        ("lamp.light hallway", {"room": "hallway"}),
    ],
)
def test_the_one_word_left_is_the_one_text_argument(text: str, args: dict[str, object]) -> None:
    call = prose_tool_call(text, _Lamp())
    assert call is not None and (call.tool, call.args) == ("light", args)
    assert prose_call_problem(text, _Lamp()) is None


@pytest.mark.parametrize(
    "text",
    [
        "run lamp.dim with minutes=10 level=3",
        "lamp.dim: level is 3 and minutes is 10",
        "lamp 서버 dim으로 level은 3, minutes는 10 해줘",
    ],
)
def test_arguments_named_with_their_values_fill_the_call(text: str) -> None:
    call = prose_tool_call(text, _Lamp())
    assert call is not None and call.args == {"level": 3, "minutes": 10}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("lamp 서버 light로 kitchen이랑 garage 켜줘", ["`room`", "'kitchen'", "'garage'"]),
        ("please run lamp.light on the porch and the attic", ["'porch'", "'attic'"]),
        ("lamp 서버 light 돌려줘", ["`room` is not given"]),
        ("run lamp.dim with level=3", ["`minutes` is not given"]),
        # 도로: "도" with the particle 로, or a word of its own ("road"); not cut by a guess.
        ("lamp 서버 light로 도로 켜줘", ["'도'", "'도로'"]),
    ],
)
def test_an_argument_left_out_or_open_is_asked_for(text: str, says: list[str]) -> None:
    assert prose_tool_call(text, _Lamp()) is None
    problem = prose_call_problem(text, _Lamp())
    assert problem is not None and problem.kind == "missing_argument"
    assert "nothing ran" in problem.message and all(s in problem.message for s in says)


@pytest.mark.parametrize(
    "text",
    [
        "what does the lamp server's light tool do?",
        "lamp 서버 light 도구는 뭐야?",
        "the light tool is nice",  # no server named
    ],
)
def test_a_sentence_about_a_tool_neither_calls_nor_asks(text: str) -> None:
    assert match_mcp_step(text, _Lamp().known_tools(), _Lamp()) is None
    assert prose_call_problem(text, _Lamp()) is None


def test_a_server_with_a_changed_tool_says_it_awaits_review() -> None:
    text = "run lamp.dim with level=3 minutes=10"
    assert prose_tool_call(text, _Lamp()) is not None
    assert prose_tool_call(text, _ChangedLamp()) is None
    problem = prose_call_problem(text, _ChangedLamp())
    assert problem is not None and problem.kind == "pending_approval"
    assert "switchyard mcp approve lamp" in problem.message
    assert "nothing ran" in problem.message


def test_words_that_ask_are_no_candidates() -> None:
    names = {"lamp", "light"}
    assert candidate_words("lamp 서버 light 으로 인사 좀 해줘", names) == []
    assert candidate_words("lamp 서버 light 툴로 메모 남겨 줘", names) == ["메모"]
    assert candidate_words("can u run the light tool on lamp for the den real quick", names) == [
        "den"
    ]


@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("please use the lamp server's dim tool with three and seven", {"level": 3, "minutes": 7}),
        ("use lamp's dim with four and 9", {"level": 4, "minutes": 9}),
    ],
)
def test_numbers_in_words_fill_a_number_tool(text: str, args: dict[str, object]) -> None:
    call = prose_tool_call(text, _Lamp())
    assert call is not None and call.args == args


def test_one_stays_a_word_not_an_operand() -> None:
    # "one" is as often "a" as a number: asked for, never guessed.
    assert prose_tool_call("use the lamp server's dim tool on one lamp at 5", _Lamp()) is None
