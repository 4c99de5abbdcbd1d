"""``switchyard users add|list|passwd|role|remove|activity``: accounts for the UI login.

Accounts take effect when ``[auth] enabled = true`` is set in switchyard.toml.
Passwords are read from a hidden prompt (or ``--password-stdin`` for scripts),
never from the command line, where they would land in the shell history.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from ui.cli.common import console, handle_errors, print_json

if TYPE_CHECKING:
    from core.users import UserStore

users_app = typer.Typer(help="Accounts for the UI login ([auth] in switchyard.toml).")

PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def _store() -> UserStore:
    # Imported here: `switchyard --help` and `ask` should not load the account store.
    from core.settings import load_settings
    from core.users import open_user_store

    settings = load_settings()
    return open_user_store(settings, session_days=settings.auth.session_days)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _when(at: object) -> str:
    if not isinstance(at, (int, float)):
        return "—"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


@users_app.command("add")
@handle_errors
def add_command(
    name: Annotated[str, typer.Argument(help="Log-in name (lower-case letters, digits, . _ -).")],
    role: Annotated[str, typer.Option(help="viewer, user or admin.")] = "user",
    password_stdin: PasswordStdin = False,
) -> None:
    """Create an account."""
    user = _store().add_user(name, _password(password_stdin), role)
    console.print(f"Added {user.name} ({user.role}); user id {user.user_id}.")


@users_app.command("passwd")
@handle_errors
def passwd_command(
    name: Annotated[str, typer.Argument()], password_stdin: PasswordStdin = False
) -> None:
    """Set a new password (the account's open sessions end)."""
    _store().set_password(name, _password(password_stdin))
    console.print(f"Password of {name} changed; its sessions were ended.")


@users_app.command("role")
@handle_errors
def role_command(
    name: Annotated[str, typer.Argument()], role: Annotated[str, typer.Argument()]
) -> None:
    """Change an account's role."""
    _store().set_role(name, role)
    console.print(f"{name} is now {role}.")


@users_app.command("remove")
@handle_errors
def remove_command(name: Annotated[str, typer.Argument()]) -> None:
    """Delete an account and end its sessions (its conversations stay, unreachable)."""
    if not _store().remove_user(name):
        console.print(f"No user {name}.")
        raise typer.Exit(1)
    console.print(f"Removed {name}.")


@users_app.command("list")
@handle_errors
def list_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every account with its role and last login."""
    users = _store().list_users()
    if as_json:
        print_json(
            [
                {
                    "name": u.name,
                    "user_id": u.user_id,
                    "role": u.role,
                    "last_login_at": u.last_login_at,
                }
                for u in users
            ]
        )
        return
    table = Table()
    for column in ("name", "role", "user id", "last login"):
        table.add_column(column)
    for u in users:
        table.add_row(u.name, u.role, u.user_id, _when(u.last_login_at))
    console.print(table)


@users_app.command("activity")
@handle_errors
def activity_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Who used what: per account, sessions, addresses, conversations, runs and cost."""
    from core.conversations import ConversationIndex
    from core.settings import load_settings
    from core.trace_store import TraceStore

    settings = load_settings()
    store = _store()
    conversations = ConversationIndex(settings.data_dir / "conversations.sqlite")
    # Read-only here: nothing is written, so no masking function is needed.
    traces = TraceStore(settings.data_dir / "traces.sqlite", mask=lambda text: text)
    rows = store.activity()
    for row in rows:
        user_id = str(row["user_id"])
        runs = traces.list_runs(user_id=user_id, limit=100_000)
        row["conversations"] = len(conversations.list(user_id, limit=100_000))
        row["runs"] = len(runs)
        row["cost_usd"] = round(sum(r.cost for r in runs), 6)
        row["last_run_at"] = max((r.created_at for r in runs), default=None)
    if as_json:
        print_json(rows)
        return
    table = Table()
    for column in (
        "name",
        "role",
        "last login",
        "sessions",
        "addresses",
        "conv.",
        "runs",
        "cost $",
    ):
        table.add_column(column)
    for row in rows:
        addresses = row["addresses"]
        table.add_row(
            str(row["name"]),
            str(row["role"]),
            _when(row["last_login_at"]),
            str(row["open_sessions"]),
            ", ".join(addresses) if isinstance(addresses, list) else "",
            str(row["conversations"]),
            str(row["runs"]),
            f"{row['cost_usd']:.5f}",
        )
    console.print(table)
