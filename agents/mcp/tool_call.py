"""One ``tools/call`` on an open session, bounded by silence and by a ceiling.

Split from ``agents.mcp.connection`` (``ServerConnection.call`` sends through here):
the deadline arithmetic (progress restarts the wait, a question held for the user
stops the clock) is its own concern, apart from keeping the session alive.
"""

from __future__ import annotations

import asyncio
from typing import Any

from mcp import ClientSession, types

from agents.mcp.elicitation import AnswerBook, ElicitationRouter, drive_input_required


async def call_with_deadline(
    session: ClientSession,
    elicitation: ElicitationRouter,
    name: str,
    args: dict[str, Any],
    *,
    timeout_s: float,
    max_call_s: float,
    book: AnswerBook,
) -> types.CallToolResult | None:
    """Send ``tools/call`` with a progress token (see ``ServerConnection.call``).

    Args:
        session: The server's open session.
        elicitation: The connection's router of server questions to answer books.
        name: The tool.
        args: Its arguments.
        timeout_s: How long the server may stay silent; progress restarts the wait.
        max_call_s: The most the call may take in all (time a question is held excluded).
        book: Answers to the questions the server may ask during the call.

    Returns:
        The result, or ``None`` when a question has no answer yet (``book.asked``).

    Raises:
        TimeoutError: No reply (or progress) in time; the request was cancelled.
        MCPError: A JSON-RPC error, or the connection closed.
    """
    loop = asyncio.get_running_loop()
    ceiling = loop.time() + max(max_call_s, timeout_s)
    async with asyncio.timeout_at(min(loop.time() + timeout_s, ceiling)) as deadline:

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            deadline.reschedule(min(loop.time() + timeout_s, ceiling))

        held_since = 0.0

        def on_hold(holding: bool) -> None:
            # The user's time to answer is not the server's: no timeout while a
            # question is held (the hold has its own bound), and the ceiling moves on.
            nonlocal ceiling, held_since
            if holding:
                held_since = loop.time()
                deadline.reschedule(None)
            else:
                ceiling += loop.time() - held_since
                deadline.reschedule(min(loop.time() + timeout_s, ceiling))

        book.on_hold = on_hold

        async def send(
            responses: types.InputResponses | None = None, state: str | None = None
        ) -> types.CallToolResult | types.InputRequiredResult:
            # The SDK's own read timeout is only a backstop behind the deadline above.
            return await session.call_tool(
                name,
                args,
                read_timeout_seconds=max(max_call_s, timeout_s) + book.hold_s + 1.0,
                progress_callback=on_progress,
                input_responses=responses,
                request_state=state,
                allow_input_required=True,
            )

        elicitation.attach(book)
        try:
            first = await send()
            if isinstance(first, types.InputRequiredResult):
                return await drive_input_required(first, book, send)
        finally:
            elicitation.detach(book)
        return None if book.asked is not None else first
