"""``switchyard ask QUESTION [--json]`` answered in code before the Typer app is built.

Importing Typer and building the app's parameters cost about a third of a calculator
answer's start-up. ``run_fast_ask`` takes only the plain forms of ``ask`` (one
question, optionally ``--json``), answers through the same code path the ``ask``
command tries first (``graphs.fast_turn``) and prints what that command prints.
Anything else, and every question code cannot answer, returns ``None`` having
written nothing, and ``ui.cli.main`` runs the full command line.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.errors import SwitchyardError
from ui.cli.plain import answer_in_code, print_json, quiet_logs

_JSON_FLAG = "--json"


def plain_ask(argv: Sequence[str]) -> tuple[str, bool] | None:
    """``(question, as_json)`` for ``ask QUESTION`` with at most ``--json``, else ``None``.

    Args:
        argv: The arguments after the program name.
    """
    if not argv or argv[0] != "ask":
        return None
    rest = list(argv[1:])
    as_json = _JSON_FLAG in rest
    if as_json:
        rest.remove(_JSON_FLAG)
    # One positional question; any option ("--thread", "--help", a repeated "--json")
    # or a question that looks like one is the full command line's to parse.
    if len(rest) != 1 or rest[0].startswith("-"):
        return None
    return rest[0], as_json


def run_fast_ask(argv: Sequence[str]) -> int | None:
    """Answer a plain ``ask`` in code and return its exit code; ``None`` to run the full CLI.

    Args:
        argv: The arguments after the program name.

    Returns:
        The exit code (0, or 2 as ``handle_errors`` gives for a typed error), or
        ``None`` when the graph must answer (nothing written, nothing printed).
    """
    parsed = plain_ask(argv)
    if parsed is None:
        return None
    question, as_json = parsed
    quiet_logs()
    try:
        result = answer_in_code(question, None)
    except SwitchyardError as exc:
        from ui.cli.output import print_error

        print_error(exc)
        return 2
    if result is None:
        return None
    if as_json:
        print_json(result)
    if result["refused"]:
        from ui.cli.output import print_refusal

        print_refusal(result["answer"])
        return 2
    if not as_json:
        from ui.cli.output import print_answer  # Rich: only to print for a person

        print_answer(result)
    return 0
