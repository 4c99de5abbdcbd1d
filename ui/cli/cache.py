"""``switchyard cache clear``: drop cached answers (all, or one workspace's or user's)."""

from __future__ import annotations

from typing import Annotated

import typer

from ui.cli.common import console, handle_errors, print_json

cache_app = typer.Typer(help="The answer cache of earlier public questions.", no_args_is_help=True)


@cache_app.command("clear")
@handle_errors
def clear_command(
    workspace: Annotated[
        str | None, typer.Option("--workspace", help="Only this workspace's answers.")
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="Only this user's answers (with --workspace).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Drop cached answers so every question is answered afresh."""
    if user is not None and workspace is None:
        raise typer.BadParameter("--user needs --workspace")
    # Imported here: the cache pulls in the privacy scanner, which `--help` never needs.
    from core.answer_cache import SCHEMA as CACHE_SCHEMA
    from core.answer_cache import AnswerCache
    from core.settings import load_settings
    from core.storage import open_store

    # Settings only: clearing a file needs no model, document store or MCP server.
    cache = AnswerCache(open_store(load_settings(), CACHE_SCHEMA, wal=True))
    try:
        removed = cache.clear() if workspace is None else cache.forget(workspace, user)
    finally:
        cache.close()
    if as_json:
        print_json({"removed": removed, "workspace": workspace, "user": user})
        return
    scope = "all workspaces" if workspace is None else f"workspace {workspace!r}"
    scope += f", user {user!r}" if user else ""
    console.print(f"Removed {removed} cached answer(s) from {scope}.")
