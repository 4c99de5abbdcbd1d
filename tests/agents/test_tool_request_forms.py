"""Call forms people write, read as ``server.tool`` (agents.tool_request_forms).

Servers "crate", "archive" and "broken" are ours; each form fails to read with its rule
switched off.
"""

from __future__ import annotations

import pytest

from agents.tool_problems import named_tool
from agents.tool_request_forms import canonical_tool_request, hangul_server_name
from tests.tools.rule_switch import NEVER

SERVERS = ["crate", "archive", "broken", "charter"]


@pytest.mark.parametrize(
    ("text", "rewritten", "rule"),
    [
        ("/crate peek inside", "crate.peek inside", "_SIGIL"),
        ("@crate peek 창고 B", "crate.peek 창고 B", "_SIGIL"),
        ("mcp call broken sync", "broken.sync", "_COMMAND_LINE"),
        ("switchyard mcp run crate peek", "crate.peek", "_COMMAND_LINE"),
        ("crate:peek now", "crate.peek now", "_SEPARATED"),
        ('crate/peek {"shelf": 3}', 'crate.peek {"shelf": 3}', "_SEPARATED"),
        ("crate -> peek please", "crate.peek please", "_SEPARATED"),
        ("브로큰 서버로 동기화 돌려줘", "broken 서버로 동기화 돌려줘", "_HANGUL_SERVER"),
        ("아카이브서버에 정리해줘", "archive서버에 정리해줘", "_HANGUL_SERVER"),
        ("크레이트 툴 돌려봐", "crate 툴 돌려봐", "_HANGUL_SERVER"),
    ],
)
def test_a_call_form_is_rewritten_to_the_server_dot_tool_form(
    text: str, rewritten: str, rule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert canonical_tool_request(text, SERVERS) == rewritten
    assert named_tool(canonical_tool_request(text, SERVERS), SERVERS) is not None
    monkeypatch.setattr(f"agents.tool_request_forms.{rule}", NEVER)
    assert canonical_tool_request(text, SERVERS) == text


@pytest.mark.parametrize(
    "text",
    [
        "ratio 3:2 is fine",  # no server
        "see https://example.com/crate/peek",  # a path, not a call
        "note: buy milk",  # a label
        "a/b testing for the crate page",  # "crate" not before a separator
        "/help me",  # a sigil before a word that is no server
        "게임 서버 추천해줘",  # 게임 is no configured server
        "크레이트 맥주 추천",  # the server's Hangul name without 서버/툴/도구 after it
    ],
)
def test_text_naming_no_configured_server_is_left_alone(text: str) -> None:
    assert canonical_tool_request(text, SERVERS) == text


def test_a_hangul_name_is_read_by_its_consonants_and_ch_as_k() -> None:
    assert hangul_server_name("아카이브", SERVERS) == "archive"
    assert hangul_server_name("브로큰", SERVERS) == "broken"
    # "charter" is 차터: its ch stays ch as well.
    assert hangul_server_name("차터", SERVERS) == "charter"
    assert hangul_server_name("브로콜리", SERVERS) is None
    # Two configured names with one spelling in Hangul: neither is meant for sure.
    assert hangul_server_name("브로큰", ["broken", "bracken"]) is None
