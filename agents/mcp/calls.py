"""Tool calls on a running server: timeouts that keep the server, linked resources read."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from mcp import types
from mcp.shared.exceptions import MCPError
from pydantic import ValidationError

from agents.mcp.connection import (
    CONNECTION_ERRORS,
    ServerConnection,
    describe,
    is_connection_closed,
    is_timeout,
)
from agents.mcp.elicitation import AnswerBook, AskNow
from agents.mcp.elicitation_types import ElicitationAnswer
from agents.mcp.errors import McpToolUnavailableError
from agents.mcp.held_calls import Held
from agents.mcp.results import call_result
from agents.mcp.runtime import MARGIN_S, REFRESH_FAILURES, ServerRuntime, Slot
from agents.mcp.types import McpCallResult

_MAX_LINKS_READ = 5  # resource links read per result (a result may link to many)


def _asked_text(server: str, tool: str, message: str) -> str:
    # The text a caller that cannot pause shows (a call outside a tool turn): what happened.
    return (
        f"{server}.{tool} asked for the user's input and did not finish "
        f"(its question: {message!r}); run it as its own step to answer"
    )


class ToolCalls(ServerRuntime):
    """Calling tools, from any thread or event loop (``McpManager`` adds queries)."""

    def call_tool(
        self,
        server: str,
        name: str,
        args: dict[str, Any] | None = None,
        *,
        answers: Sequence[ElicitationAnswer] = (),
        ask: AskNow | None = None,
    ) -> McpCallResult:
        """Call a tool from any thread except the manager's own.

        Args:
            server: The configured server's name.
            name: The tool's name on that server.
            args: The tool's arguments.
            answers: The user's answers to the questions this call asked before
                (``McpCallResult.elicitation``), in the order they were asked.
            ask: Answers a question there and then (it runs on the manager's loop, so
                it must not block); without it, or when it returns ``None``, the call
                returns the question instead.

        Returns:
            The result; ``is_error`` marks a failure the caller can fix (bad arguments);
            ``elicitation`` is set (and nothing else) when the server asked a question
            that has no answer yet.

        Raises:
            McpServerUnavailableError: The server is down, hung, disabled or in backoff.
            McpToolUnavailableError: Unknown tool, or disabled pending approval.
        """
        slot = self._slot(server)
        call_s = max(self._request_timeout(slot), self.max_call_s)
        timeout = call_s + self._startup_timeout(slot) + 3 * MARGIN_S
        coro = self._acall(server, name, dict(args or {}), answers, ask)
        return self._submit(coro, timeout, server)

    async def acall_tool(
        self,
        server: str,
        name: str,
        args: dict[str, Any] | None = None,
        *,
        answers: Sequence[ElicitationAnswer] = (),
    ) -> McpCallResult:
        """Async ``call_tool`` usable from any event loop."""
        coro = self._acall(server, name, dict(args or {}), answers)
        if asyncio.get_running_loop() is self._loop:
            return await coro
        return await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(coro, self._require_loop())
        )

    async def _acall(
        self,
        server: str,
        name: str,
        args: dict[str, Any],
        answers: Sequence[ElicitationAnswer] = (),
        ask: AskNow | None = None,
    ) -> McpCallResult:
        slot = self._slot(server)
        await self._ensure_running(slot)
        info = slot.infos.get(name)
        if info is None:
            raise McpToolUnavailableError(server, f"MCP server {server!r} has no tool {name!r}")
        if not info.enabled:
            raise McpToolUnavailableError(
                server,
                f"tool {name!r} of MCP server {server!r} is disabled: {info.disabled_reason}",
            )
        conn = slot.conn
        assert conn is not None
        timeout = self._request_timeout(slot)
        started = time.perf_counter()
        named, waiting = self.held.claim(answers)
        book = AnswerBook(server, name, answers, ask, hold_s=self.hold_question_s)
        outcome: types.CallToolResult | Held | None = None
        try:
            if waiting is not None:
                # The call that asked still waits in this process: answer it there.
                resumed = await self.held.resume(answers[-1].held, waiting, answers[-1])
                if resumed is not None:
                    named, outcome = False, resumed
            if outcome is None:
                # A fresh call, or the one that asked is gone (another process, or its
                # hold ran out): call again, answering its questions from ``answers``.
                outcome = await self.held.run(
                    conn.call(name, args, timeout, self.max_call_s, book), book
                )
        except MCPError as exc:
            if is_timeout(exc):  # the SDK's backstop: the deadline in conn.call did not fire
                raise self._fail(
                    slot, conn, f"hung: no reply to {name!r} within {timeout:g}s"
                ) from exc
            if is_connection_closed(exc):
                raise self._fail(slot, conn, "connection closed by the server") from exc
            # A JSON-RPC error about this request (bad params, unknown tool):
            # the caller can fix it, and the server itself is fine.
            latency = (time.perf_counter() - started) * 1000
            return McpCallResult(
                server=server, tool=name, text=exc.message, is_error=True,
                local_only=slot.config.privacy == "local", latency_ms=latency,
            )  # fmt: skip
        except TimeoutError as exc:
            return await self._timed_out(slot, conn, name, timeout, started, exc)
        except CONNECTION_ERRORS as exc:
            raise self._fail(slot, conn, f"connection lost: {describe(exc)}") from exc
        except ValidationError as exc:
            raise self._fail(slot, conn, f"malformed reply to {name!r}: {describe(exc)}") from exc
        except RuntimeError as exc:  # the multi-round-trip form asked for what we do not offer
            return McpCallResult(
                server=server, tool=name, text=str(exc), is_error=True,
                local_only=slot.config.privacy == "local",
            )  # fmt: skip
        if isinstance(outcome, Held) or outcome is None:
            asked = outcome.question if isinstance(outcome, Held) else book.asked
            assert asked is not None
            question = asked.to_data()
            if isinstance(outcome, Held):
                question["held"] = outcome.id
            return McpCallResult(
                server=server, tool=name, text=_asked_text(server, name, asked.message),
                local_only=slot.config.privacy == "local", elicitation=question,
                answered_by_rerun=named,
            )  # fmt: skip
        result = outcome
        if slot.config.read_resource_links:
            result = await self._with_linked_text(conn, result, timeout)
        latency = (time.perf_counter() - started) * 1000
        done = call_result(slot.config, name, result, latency, self.max_result_chars)
        return replace(done, answered_by_rerun=named) if named else done

    async def _with_linked_text(
        self, conn: ServerConnection, result: types.CallToolResult, timeout: float
    ) -> types.CallToolResult:
        """Add the text of the resources a trusted server's result links to.

        The text joins the result itself, so it meets every check a tool result meets
        (privacy scan, taint, size cap); a link that cannot be read says why.
        """
        links = [b for b in result.content if isinstance(b, types.ResourceLink)]
        added: list[types.ContentBlock] = []
        for link in links[:_MAX_LINKS_READ]:
            try:
                text = await conn.read_text(str(link.uri), timeout)
            except REFRESH_FAILURES as exc:
                text = f"(could not be read: {describe(exc)})"
            added.append(types.TextContent(type="text", text=f"[resource {link.uri}]\n{text}"))
        if not added:
            return result
        return result.model_copy(update={"content": [*result.content, *added]})

    async def _timed_out(
        self,
        slot: Slot,
        conn: ServerConnection,
        name: str,
        timeout: float,
        started: float,
        exc: TimeoutError,
    ) -> McpCallResult:
        """A call went quiet and was cancelled: keep the server if it still answers a ping.

        A slow tool (a long operation without progress) must not take the server's other
        tools down with it; a server that answers nothing at all is withdrawn as before.
        """
        if conn.garbage:
            # It answered with something that is not JSON-RPC: a broken server, not a slow one.
            why = f"no valid reply to {name!r} within {timeout:g}s{conn.garbage_note()}"
            raise self._fail(slot, conn, why) from exc
        if not await conn.ping(min(timeout, MARGIN_S)):
            why = f"hung: no reply to {name!r} within {timeout:g}s, nor to a ping"
            raise self._fail(slot, conn, why + conn.garbage_note()) from exc
        latency = (time.perf_counter() - started) * 1000
        text = (
            f"MCP tool {name!r} of server {slot.config.name!r} sent no result or progress "
            f"within {timeout:g}s (or ran past mcp.max_call_s = {self.max_call_s:g}s) and was "
            "cancelled; the server is still running."
        )
        return McpCallResult(
            server=slot.config.name, tool=name, text=text, is_error=True,
            local_only=slot.config.privacy == "local", latency_ms=latency,
        )  # fmt: skip
