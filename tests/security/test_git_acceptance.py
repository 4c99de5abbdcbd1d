"""Issue 9's acceptance check 2 with the real ``mcp-server-git`` on a scratch repository.

``git_create_branch`` is annotated ``readOnlyHint: false, destructiveHint: false``: a
write. A viewer is denied with a message naming the role and the tool, the branch does
not exist afterwards and the audit log has the deny row; a ``user`` is asked first,
and the branch exists only after the yes.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.agents.mcp.conftest import stdio_entry
from tests.mcp_servers.third_party import git_server_command
from tests.security.harness import REPO

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    )
    return done.stdout


def _scratch_repo(tmp: Path) -> Path:
    repo = tmp / "scratch"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("scratch\n")
    _git(repo, "add", "README.md")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t.example", "commit", "-qm", "init")
    return repo


def _assistant(tmp: Path, repo: Path, default_role: str) -> Assistant:
    config = tmp / f"mcp_servers_{default_role}.json"
    config.write_text(json.dumps({"mcpServers": {"git": stdio_entry(git_server_command(repo))}}))
    settings = load_settings(
        data_dir=tmp / f"data-{default_role}",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        roles={"default": default_role},
        mcp={"config_path": config, "startup_timeout_s": 30.0},
    )
    fakes = {
        name: ScriptedChatModel(replies=[], model_name=f"test:{name}")
        for name in ("local", "cloud")
    }
    return Assistant(build_services(settings, fakes=dict(fakes), docs=None))


def test_viewer_is_denied_and_user_is_asked_before_git_create_branch(tmp_path: Path) -> None:
    repo = _scratch_repo(tmp_path)
    question = f'git.git_create_branch {{"repo_path": "{repo}", "branch_name": "x"}}'

    viewer = _assistant(tmp_path, repo, "viewer")
    try:
        # The UI claims "user"; the configured default (viewer) wins.
        denied = viewer.ask(question, context=Context(role="user"))
    finally:
        viewer.services.extras["mcp"].stop()
    assert "'viewer'" in denied.answer and "git.git_create_branch" in denied.answer
    assert not denied.pending and _git(repo, "branch", "--list", "x") == ""
    audit = viewer.services.audit
    assert audit is not None
    rows = [e for e in audit.tail(50) if e.tool == "git__git_create_branch"]
    assert [(r.kind, r.role) for r in rows] == [("denial", "viewer")]

    user = _assistant(tmp_path, repo, "user")
    try:
        asked = user.ask(question)
        (pending,) = asked.pending
        assert pending["tool"] == "git__git_create_branch"
        assert pending["origins"] == {"repo_path": "user", "branch_name": "user"}
        assert _git(repo, "branch", "--list", "x") == ""  # nothing ran before the yes
        done = user.resume(asked.thread_id, approve=True)
    finally:
        user.services.extras["mcp"].stop()
    assert _git(repo, "branch", "--list", "x").strip() == "x", done.answer
