"""A message that opens on a tool's own name and names its server after a preposition.

"shred the 'drafts' folder with vault": no "해줘"/"use ...", yet the opening word is one of
the named server's tools, so the request goes to the tool tracks (called, or told why it
cannot run), never to a model that may describe an outcome. The servers are ours.
"""

from __future__ import annotations

import pytest

from agents.mcp_prose_calls import prose_tool_call
from agents.tool_named_by_tools import named_by_tool_lists
from agents.tool_problems import tool_problem
from tests.agents.vault_server import VaultServer as _Vault


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("shred the 'drafts' folder with vault", "shred"),
        ("peek at 'shelf 3' on the vault server", "peek"),
        ("please shred 'old keys' tomorrow morning on friday via vault", "shred"),
    ],
)
def test_an_opening_tool_verb_with_its_server_names_the_tool(text: str, tool: str) -> None:
    info = named_by_tool_lists(text, _Vault().list_tools())
    assert info is not None and (info.server, info.name) == ("vault", tool)


def test_the_named_read_tool_is_called_with_the_quoted_target() -> None:
    call = prose_tool_call("peek at 'shelf 3' with vault", _Vault())
    assert call is not None and (call.server, call.tool, call.args) == (
        "vault",
        "peek",
        {"target": "shelf 3"},
    )


def test_a_tool_the_role_may_not_run_is_denied_by_code() -> None:
    problem = tool_problem("shred the 'drafts' target with vault", _Vault(), role="viewer")
    assert problem is not None and problem.kind == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "shred the drafts with scissors",  # no configured server after the preposition
        "lock the door with vault",  # "lock" is not one of vault's tools
        "can you peek",  # no server at all
    ],
)
def test_other_openings_name_no_tool(text: str) -> None:
    assert named_by_tool_lists(text, _Vault().list_tools()) is None
