"""An MCP server's question to the user, as a pause of the run (like a tool approval).

``graphs.mcp_step`` parks the question in ``work["elicitation"]`` and marks the step
pending; the ``call_tools`` node interrupts with :func:`pending_elicitation`'s payload
and stores the reply with :func:`answer_elicitation`; the step then calls the tool again
carrying the answers. A reply is read in any of the shapes the front ends send:
``{"action": "accept", "content": {...}}``, ``{"action": "decline"}``, or the plain
``{"approve": bool}`` of a tool approval (yes = accept with the defaults, no = decline).

What the user types into the form is the user's own turn for privacy: personal data in
it makes the run (and the conversation) local-only, as it would in a question.
"""

from __future__ import annotations

from typing import Any, cast

from agents.mcp.elicitation_types import ACTIONS, ElicitAction, ElicitationAnswer
from core.privacy import scan
from graphs.state import State, Work


def pending_elicitation(state: State) -> dict[str, Any] | None:
    """The question the current step waits on (the interrupt's payload), if any."""
    work = state.get("work") or {}
    question = work.get("elicitation")
    return dict(question) if question else None


def parse_reply(reply: object) -> tuple[ElicitAction, dict[str, Any]]:
    """The action and fields of a resume value (see the module docstring for shapes)."""
    if isinstance(reply, dict):
        action = reply.get("action")
        if action in ACTIONS:
            content = reply.get("content")
            return cast(ElicitAction, action), dict(content) if isinstance(content, dict) else {}
        if "approve" in reply:
            return ("accept", {}) if reply["approve"] is True else ("decline", {})
    if reply is True:
        return "accept", {}
    return "cancel", {}


def answer_elicitation(state: State, reply: object) -> State:
    """Record the user's reply to the pending question; the step calls the tool again."""
    work = cast(Work, dict(state.get("work") or {}))
    question = work.pop("elicitation", None) or {}
    action, content = parse_reply(reply)
    # ``held``: the call still waiting on this question in a live process, if any.
    answer = ElicitationAnswer(
        str(question.get("key", "")), action, content, held=str(question.get("held") or "")
    )
    work["answers"] = [*work.get("answers", []), answer.to_data()]
    update: State = {"work": work}
    # Scanned as "field: value" lines, the way the user filled them in: a label such as
    # "name" is what tells the scanner a bare word is a person's name.
    typed = "\n".join(f"{field}: {_text(value)}" for field, value in content.items())
    found = sorted({str(f.type) for f in scan(typed)})
    if action == "accept" and found:
        work["local_reason"] = (
            f"the answer to {question.get('tool', 'an MCP tool')}'s question "
            f"carries personal data ({', '.join(found)})"
        )
        update["privacy"] = update["thread_privacy"] = "local_only"
        update["privacy_types"] = sorted({*state.get("privacy_types", []), *found})
    return update


def note_rerun(work: Work, tool: str) -> None:
    """Say in the step's reasons that an answer re-ran ``tool`` instead of reaching it.

    Within a live process the call that asked waits for its answer; when that process
    is gone (a later CLI ``ask --answer``) or the wait ran out, the tool is called again,
    so whatever it did before asking was done twice. The trace says so.
    """
    route = work.get("route")
    if route is None:
        return
    reason = (
        f"mcp: {tool} was called again with the answer: the call that asked was no "
        "longer waiting in this process, so the tool ran a second time"
    )
    if reason not in route["reasons"]:
        work["route"] = {**route, "reasons": [*route["reasons"], reason]}


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)
