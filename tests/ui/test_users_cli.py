"""``switchyard users``: accounts made, changed and audited from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from core.conversations import ConversationIndex
from core.users import open_user_store
from ui.cli import app

PASSWORD = "a long enough password"


def _run(data_dir: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, list(args), input=stdin, env={"SWITCHYARD_DATA_DIR": str(data_dir), "COLUMNS": "200"}
    )
    return result.exit_code, result.output


def test_add_list_role_passwd_remove(tmp_path: Path) -> None:
    code, out = _run(
        tmp_path,
        "users",
        "add",
        "alice",
        "--role",
        "admin",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0 and "acct-alice" in out
    code, out = _run(tmp_path, "users", "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 2 and "already exists" in out
    code, out = _run(
        tmp_path, "users", "add", "bob", "--role", "root", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert code == 2 and "unknown role" in out

    store = open_user_store(tmp_path)
    assert store.verify_password("alice", PASSWORD) is not None
    token = store.new_session(username="alice")
    assert _run(tmp_path, "users", "role", "alice", "viewer")[0] == 0
    code, out = _run(tmp_path, "users", "list", "--json")
    assert code == 0 and json.loads(out) == [
        {
            "name": "alice",
            "user_id": "acct-alice",
            "role": "viewer",
            "last_login_at": json.loads(out)[0]["last_login_at"],
        }
    ]
    assert (
        _run(
            tmp_path,
            "users",
            "passwd",
            "alice",
            "--password-stdin",
            stdin="another long password\n",
        )[0]
        == 0
    )
    assert store.session(token) is None, "a new password ends the open sessions"
    assert store.verify_password("alice", PASSWORD) is None
    assert _run(tmp_path, "users", "remove", "alice")[0] == 0
    assert _run(tmp_path, "users", "remove", "alice")[0] == 1
    assert store.list_users() == []


def test_activity_shows_who_used_what(tmp_path: Path) -> None:
    _run(tmp_path, "users", "add", "alice", "--password-stdin", stdin=PASSWORD + "\n")
    _run(tmp_path, "users", "add", "bob", "--password-stdin", stdin=PASSWORD + "\n")
    open_user_store(tmp_path).new_session(username="alice", address="10.1.2.3")
    index = ConversationIndex(tmp_path / "conversations.sqlite")
    index.new("acct-alice", "ws-acct-alice", "first")
    index.new("acct-alice", "ws-acct-alice", "second")
    index.new("anon-0123456789abcdef", "ws-x", "someone else")
    code, out = _run(tmp_path, "users", "activity", "--json")
    assert code == 0, out
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["alice"]["conversations"] == 2 and rows["alice"]["addresses"] == ["10.1.2.3"]
    assert rows["alice"]["open_sessions"] == 1 and rows["alice"]["runs"] == 0
    assert rows["bob"]["conversations"] == 0 and rows["bob"]["open_sessions"] == 0
