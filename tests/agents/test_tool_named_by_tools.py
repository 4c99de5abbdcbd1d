"""A tool named in a sentence by the servers' own tool lists (the server bare before one
of its tools, or only the tool's identifier). The "crate" and "bin" servers are ours."""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.mcp_prose_calls import prose_tool_call
from agents.tool_named_by_tools import named_by_tool_lists
from agents.tool_problems import tool_problem
from tests.tools.rule_switch import NEVER


def _no_tool_words(text: str, own: object) -> None:
    """The reading of a server and its tool as any two words, switched off."""
    return None


_TEXT = {"type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]}


class _Crates:
    def status(self) -> list[ServerStatus]:
        return [ServerStatus("crate", "running", tools=3), ServerStatus("bin", "running", tools=2)]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("crate", "peek", "Look inside.", _TEXT, permission="read_only"),
            McpToolInfo(
                "crate",
                "bulk_export",
                "Export everything (a task).",
                {},
                task_only=True,
                enabled=False,
                permission="read_only",
            ),
            McpToolInfo("bin", "empty_all", "Empty.", {}, permission="read_only"),
            McpToolInfo("crate", "empty_all", "Empty.", {}, permission="read_only"),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [(t.server, t.name, t.enabled) for t in self.list_tools()]


def test_a_bare_server_then_its_tool_is_called_with_the_quoted_text() -> None:
    call = prose_tool_call("crate peek으로 '창고 B' 열어봐줘", _Crates())
    assert call is not None and (call.server, call.tool, call.args) == (
        "crate",
        "peek",
        {"word": "창고 B"},
    )


def test_a_task_only_tool_named_by_its_identifier_is_told_why_it_cannot_run() -> None:
    problem = tool_problem("run bulk_export on crate for last week pls", _Crates())
    assert problem is not None and problem.kind == "task_only"
    assert (problem.server, problem.tool) == ("crate", "bulk_export")


@pytest.mark.parametrize(
    "text",
    [
        "crate lid로 닫아줘",  # "lid" is not one of crate's tools
        "peek으로 '창고' 열어줘",  # a tool's plain word without its server
        "run empty_all now",  # the same identifier on two servers, none named
        "what does crate peek do?",  # a question, not an instruction
    ],
)
def test_words_the_tool_lists_do_not_name_name_no_tool(text: str) -> None:
    assert named_by_tool_lists(text, _Crates().list_tools()) is None


def test_a_shared_identifier_goes_to_the_server_named_beside_it() -> None:
    info = named_by_tool_lists("run empty_all on bin pls", _Crates().list_tools())
    assert info is not None and info.server == "bin"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("crate peek 좀", ("crate", "peek")),
        ("bin empty_all pls", ("bin", "empty_all")),
        ("crate peek?", ("crate", "peek")),
    ],
)
def test_a_message_of_only_a_server_and_its_tool_names_that_tool(
    text: str, named: tuple[str, str]
) -> None:
    info = named_by_tool_lists(text, _Crates().list_tools())
    assert info is not None and (info.server, info.name) == named


def test_a_bare_pair_of_a_tool_without_arguments_is_called() -> None:
    call = prose_tool_call("bin empty_all 좀", _Crates())
    assert call is not None and (call.server, call.tool, call.args) == ("bin", "empty_all", {})


@pytest.mark.parametrize("text", ["crate lid 좀", "time zone 좀", "crate peek이 뭐야"])
def test_a_bare_pair_that_is_not_a_servers_tool_names_nothing(text: str) -> None:
    assert named_by_tool_lists(text, _Crates().list_tools()) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("have crate peek at shelf 3", ("crate", "peek")),
        ("can you get bin to empty_all", ("bin", "empty_all")),
        ("ask the crate server to peek inside", ("crate", "peek")),
    ],
)
def test_a_causative_opening_names_the_servers_tool(
    text: str, named: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    info = named_by_tool_lists(text, _Crates().list_tools())
    assert info is not None and (info.server, info.name) == named
    # Without the causative form no other reading names it (no DO_IT word, no particle),
    # once the reading of a server and its tool as any two words is off too (it reads
    # these, but not a question: "can you get bin to empty_all?").
    monkeypatch.setattr("agents.tool_named_by_tools._server_and_tool_words", _no_tool_words)
    monkeypatch.setattr("agents.tool_named_by_tools._CAUSATIVE_PAIR", NEVER)
    assert named_by_tool_lists(text, _Crates().list_tools()) is None


@pytest.mark.parametrize(
    "text", ["have crate lid fixed", "let time zone settings be", "ask bin men when they come"]
)
def test_a_causative_without_a_servers_own_tool_names_nothing(text: str) -> None:
    assert named_by_tool_lists(text, _Crates().list_tools()) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("crate peek 좀 써봐 창고 B", ("crate", "peek")),
        ("bin empty_all 돌려 지금", ("bin", "empty_all")),
    ],
)
def test_a_pair_then_a_verb_of_using_it_names_the_tool(
    text: str, named: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    info = named_by_tool_lists(text, _Crates().list_tools())
    assert info is not None and (info.server, info.name) == named
    assert named_by_tool_lists("time zone 좀 써봐 서울", _Crates().list_tools()) is None
    monkeypatch.setattr("agents.tool_named_by_tools._server_and_tool_words", _no_tool_words)
    monkeypatch.setattr("agents.tool_named_by_tools._SERVER_TOOL_THEN_USE", NEVER)
    assert named_by_tool_lists(text, _Crates().list_tools()) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("I approved crate already, now peek inside with it", ("crate", "peek")),
        ("crate 창고 B도 peek 부탁", ("crate", "peek")),
    ],
)
def test_a_server_and_its_tool_as_any_two_words_name_the_tool(
    text: str, named: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    info = named_by_tool_lists(text, _Crates().list_tools())
    assert info is not None and (info.server, info.name) == named
    # A question about them, a server without its tool, a tool word without its server:
    # none names a call.
    for other in ["what does crate peek do?", "crate is slow today", "peek at the sky"]:
        assert named_by_tool_lists(other, _Crates().list_tools()) is None
    monkeypatch.setattr("agents.tool_named_by_tools._server_and_tool_words", _no_tool_words)
    assert named_by_tool_lists(text, _Crates().list_tools()) is None


def test_two_words_name_the_first_tool_and_a_server_named_like_its_tool_twice() -> None:
    tools = [
        McpToolInfo("fetch", "fetch", "Fetch a page.", {}, permission="read_only"),
        McpToolInfo("crate", "peek", "Look inside.", {}, permission="read_only"),
        McpToolInfo("crate", "lift", "Lift it.", {}, permission="read_only"),
    ]
    # One word cannot be both the server and its tool; two can.
    assert named_by_tool_lists("fetch the page at example.com now", tools) is None
    info = named_by_tool_lists("with fetch, fetch that page", tools)
    assert info is not None and (info.server, info.name) == ("fetch", "fetch")
    # Of two of the server's tools, the one the request names first.
    info = named_by_tool_lists("crate: lift it, then peek inside", tools)
    assert info is not None and info.name == "lift"
