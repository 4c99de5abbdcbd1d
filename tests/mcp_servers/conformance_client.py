"""Test-only command the MCP conformance suite runs for its CLIENT scenarios.

Contract (``conformance client --command``): the scenario server's URL is the last
argument, ``MCP_CONFORMANCE_SCENARIO`` names the scenario and
``MCP_CONFORMANCE_CONTEXT`` (JSON) carries what it pre-arranged, such as a client
registered out of band. The suite judges what the client sent, so this drives
Switchyard's own client exactly as a user would: a ``mcp_servers.json`` entry,
``switchyard mcp login``'s function for ``auth/*`` scenarios (or, for the
client-credentials ones, a ``client_credentials`` entry with its secret in the data
dir's 0600 file or its key in the environment), then ``McpManager``
(start, list tools, call each tool, accepting any form the server asks for
with its defaults, as a user pressing Send on an untouched form would).

The browser step is the one difference from a person: the suite's authorization
servers approve at once by redirecting to the redirect URI, so the "browser" is an
HTTP client that follows that redirect to our loopback listener.

Usage: ``python -m tests.mcp_servers.conformance_client SERVER_URL``.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx2

from agents.mcp import McpManager, load_config
from agents.mcp.elicitation_types import ElicitationAnswer, ElicitationQuestion
from agents.mcp.oauth import use_browser
from agents.mcp.oauth_login import login
from agents.mcp.oauth_machine import SECRET_SUFFIX, credential_file

SERVER = "conformance"
# The client ID metadata document URL the suite's authorization servers expect
# (a user sets their own published one as ``client_metadata_url``).
CLIENT_METADATA_URL = "https://conformance-test.local/client-metadata.json"


def accept_untouched(question: ElicitationQuestion) -> ElicitationAnswer:
    """A user who accepts a server's form as shown: the client fills in its defaults."""
    return ElicitationAnswer(question.key, "accept", {})


async def auto_approve(url: str) -> None:
    """Visit the authorization URL and follow its redirect to our callback listener."""
    async with httpx2.AsyncClient(follow_redirects=True, timeout=30.0) as client:
        await client.get(url)


# The environment variable the client-credentials JWT scenario's key is passed in,
# as a deployment would hand a workload its key (``${VAR}`` in the config).
PRIVATE_KEY_ENV = "SWITCHYARD_CONFORMANCE_PRIVATE_KEY"
# The sse-retry scenario's server answers a pending tool call on whichever GET stream comes
# next and times the client's reconnection from that GET. The SDK opens its stand-alone GET
# stream in the background after initialize; on a loaded machine it could arrive after the
# tools/call POST and be taken for the reconnection ("reconnected too early (-50ms)"). On an
# idle machine it is open long before the call; waiting this long restores that order.
STANDALONE_STREAM_SETTLE_S = {"sse-retry": 1.5}


def server_entry(url: str, scenario: str, context: dict[str, Any]) -> dict[str, Any]:
    """The ``mcpServers`` entry a user would write for this scenario's server."""
    entry: dict[str, Any] = {"url": url, "timeout_s": 60, "startup_timeout_s": 60}
    if scenario.startswith("auth/client-credentials"):
        # Machine access: the secret is not in the file (``store_credential`` puts it
        # in the data dir's 0600 file); the JWT key comes from the environment.
        entry["auth"] = "client_credentials"
        entry["client_id"] = context["client_id"]
        if context.get("private_key_pem"):
            entry["private_key"] = "${" + PRIVATE_KEY_ENV + "}"
            entry["signing_algorithm"] = context.get("signing_algorithm", "ES256")
    elif scenario.startswith("auth/"):
        entry["auth"] = "oauth"
        entry["client_metadata_url"] = CLIENT_METADATA_URL
        if context.get("client_id"):
            entry["client_id"] = context["client_id"]
        if context.get("client_secret"):
            entry["client_secret"] = context["client_secret"]
    return entry


def store_credential(data_dir: Path, scenario: str, context: dict[str, Any]) -> None:
    """Put a client-credentials scenario's secret or key where Switchyard reads it."""
    if not scenario.startswith("auth/client-credentials"):
        return
    if context.get("private_key_pem"):
        os.environ[PRIVATE_KEY_ENV] = context["private_key_pem"]
    elif context.get("client_secret"):
        path = credential_file(data_dir, SERVER, SECRET_SUFFIX)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(context["client_secret"])


def example_arguments(schema: dict[str, Any]) -> dict[str, Any]:
    """Arguments that satisfy a tool's input schema: a number, a word or a flag per field."""
    samples = {"number": 3, "integer": 3, "string": "switchyard", "boolean": True}
    properties = schema.get("properties") or {}
    return {
        name: samples.get(str(spec.get("type")), "switchyard")
        for name, spec in properties.items()
        if isinstance(spec, dict)
    }


def run(url: str, scenario: str, context: dict[str, Any], workdir: Path) -> int:
    """Log in when the scenario needs it, then use every tool; 0 when all went well."""
    config_path = workdir / "mcp_servers.json"
    config_path.write_text(
        json.dumps({"mcpServers": {SERVER: server_entry(url, scenario, context)}}),
        encoding="utf-8",
    )
    data_dir = workdir / "data"
    store_credential(data_dir, scenario, context)
    (config,) = load_config(config_path)
    with use_browser(auto_approve):
        if config.auth == "oauth":
            tools = asyncio.run(login(config, data_dir, auto_approve, timeout_s=60))
            print(f"logged in; {tools} tool(s) listed")
        manager = McpManager(config_path, data_dir, request_timeout_s=60, startup_timeout_s=60)
        try:
            (status,) = manager.start()
            print(f"{status.name}: {status.state} {status.reason}")
            if status.state != "running":
                return 1
            time.sleep(STANDALONE_STREAM_SETTLE_S.get(scenario, 0.0))
            failures = 0
            for tool in manager.list_tools():
                args = example_arguments(tool.input_schema)
                result = manager.call_tool(SERVER, tool.name, args, ask=accept_untouched)
                print(f"{tool.name}: {'error' if result.is_error else 'ok'} {result.text[:200]}")
                failures += result.is_error
            return 1 if failures else 0
        finally:
            manager.stop()


def main() -> int:
    """Entry point: ``SERVER_URL`` as the last argument, the scenario in the environment."""
    scenario = os.environ.get("MCP_CONFORMANCE_SCENARIO", "")
    context = json.loads(os.environ.get("MCP_CONFORMANCE_CONTEXT") or "{}")
    with tempfile.TemporaryDirectory(prefix="switchyard-conformance-") as workdir:
        try:
            return run(sys.argv[-1], scenario, context, Path(workdir))
        except Exception as exc:  # noqa: BLE001 - the suite reads the exit code and stderr
            print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
