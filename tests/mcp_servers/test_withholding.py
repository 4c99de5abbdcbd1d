"""The one rule both MCP servers use to keep a personal-data result from the client."""

from __future__ import annotations

from mcp_servers.withholding import must_withhold, withheld_message


def test_a_local_only_step_withholds_the_result() -> None:
    steps = [{"privacy": "public"}, {"privacy": "local_only"}]
    assert must_withhold(steps)
    assert not must_withhold(steps, withhold=False)


def test_public_steps_and_non_records_do_not_withhold() -> None:
    assert not must_withhold([{"privacy": "public"}, "local_only", None, {}])
    assert not must_withhold([])


def test_the_message_names_what_is_withheld() -> None:
    message = withheld_message("run")
    assert message.startswith("this run involves personal data")
    assert "stays on this machine" in message
