"""A server's tool named in the English possessive ("using vault's shred").

"clear the 'drafts' shelf using vault's shred" has no "해줘"/"use ..." opening and does not
open on the tool's name, yet it names one of the server's own tools as the means, so the
request goes to the tool tracks (called, or told why it cannot run), never to a model that
may describe an outcome it did not produce. The servers are ours.
"""

from __future__ import annotations

import pytest

from agents.tool_named_by_tools import named_by_tool_lists
from agents.tool_problems import tool_problem
from tests.agents.vault_server import VaultServer as _Vault


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("clear the 'drafts' shelf using vault's shred", "shred"),
        ("look inside 'box 7' with the vault\u2019s peek", "peek"),
        ("send 'old keys' through vault's shred tonight", "shred"),
        ("please run vault's peek on 'shelf 2'", "peek"),  # an instruction, no preposition
    ],
)
def test_a_servers_tool_in_the_possessive_names_the_tool(text: str, tool: str) -> None:
    info = named_by_tool_lists(text, _Vault().list_tools())
    assert info is not None and (info.server, info.name) == ("vault", tool)


def test_the_destructive_tool_is_denied_by_code_for_a_plain_user() -> None:
    problem = tool_problem("clear out everything in 'tmp' using vault's shred", _Vault(), "user")
    assert problem is not None and problem.kind == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "what does vault's shred do",  # asks about the tool, not for it
        "clear the shelf using vault's hammer",  # not one of vault's tools
        "clear the shelf using bob's shred",  # not a configured server
    ],
)
def test_other_possessives_name_no_tool(text: str) -> None:
    assert named_by_tool_lists(text, _Vault().list_tools()) is None
