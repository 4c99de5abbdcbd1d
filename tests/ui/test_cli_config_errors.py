"""Configuration errors end in one line naming the key and the fix (issue 10, part 8).

Each case runs the real CLI in a subprocess with a broken ``switchyard.toml``
(``SWITCHYARD_CONFIG``) or data directory, as a user would meet it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(tmp: Path, toml: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    config = tmp / "switchyard.toml"
    config.write_text(toml, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_CONFIG": str(config),
        "SWITCHYARD_DATA_DIR": str(data_dir or tmp / "data"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(tmp / "no-mcp.json"),
        "COLUMNS": "60",
    }
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "trace", "list"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def _one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    # One line, even with a narrow terminal (COLUMNS=60): nothing wraps it.
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            '[privacy]\npublic_contacts = ["02-555-0100"\n',
            ("line 2", "privacy.public_contacts", "not valid TOML", "fix that line"),
        ),
        (
            "[router]\ndifficulty_threshold = 0.5\nthis is not toml\n",
            ("line 3", "[router]", "fix that line"),
        ),
        (
            'timezone = "Mars/Olympus"\n',
            ("timezone", "Mars/Olympus", "unknown time zone", "'Asia/Seoul'"),
        ),
        (
            '[router]\ndifficulty_threshold = "high"\n',
            ("router.difficulty_threshold", "valid number", "use a number between 0 and 1"),
        ),
        (
            '[privacy]\npublic_contact = ["02-555-0100"]\n',
            ("privacy.public_contact", "see the [privacy] block in switchyard.toml"),
        ),
    ],
    ids=["unclosed_array", "bad_line", "timezone", "wrong_type", "unknown_key"],
)
def test_a_bad_setting_is_one_line_naming_the_key_and_the_fix(
    tmp_path: Path, toml: str, expected: tuple[str, ...]
) -> None:
    line = _one_line_error(_run(tmp_path, toml))
    for part in expected:
        assert part in line, line


@pytest.mark.slow
def test_an_unwritable_data_dir_is_one_line_naming_data_dir(tmp_path: Path) -> None:
    # A path under a regular file can be created by no one, root included (chmod cannot show it).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    line = _one_line_error(_run(tmp_path, "", data_dir=blocker / "data"))
    assert "data_dir" in line and str(blocker / "data") in line
    assert "SWITCHYARD_DATA_DIR" in line and "writ" in line
