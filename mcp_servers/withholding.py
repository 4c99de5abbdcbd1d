"""When our MCP servers keep a result from the client: it touched personal data.

An MCP client is often a desktop assistant that forwards what it receives to a
cloud model, so an answer or workflow run with a step that handled personal data
(``privacy == "local_only"``) is withheld (DESIGN.md: privacy fails closed). The
``ask`` tool and the workflow tools decide it with the same function and say it
with the same words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

_STAYS_LOCAL = "involves personal data and stays on this machine; open it in Switchyard itself"


def must_withhold(steps: Iterable[object], *, withhold: bool = True) -> bool:
    """Whether a result with these step records must not reach the MCP client.

    Args:
        steps: The result's step records (mappings with a ``privacy`` key; anything
            else is not a step and is passed over).
        withhold: The server's ``withhold_local_only`` switch (already off for a
            trusted client where the server honours those).

    Returns:
        True when withholding is on and a step ran ``local_only``.
    """
    return withhold and any(
        isinstance(step, Mapping) and step.get("privacy") == "local_only" for step in steps
    )


def withheld_message(subject: str) -> str:
    """What the client is told instead: ``this {subject} involves personal data ...``."""
    return f"this {subject} {_STAYS_LOCAL}"
