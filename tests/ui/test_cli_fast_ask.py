"""``ask QUESTION [--json]`` answered before the Typer app is built (``ui.cli.fast_ask``).

The full command line is reached with ``ask -- QUESTION``: Typer reads the same
question, while the pre-dispatch leaves any argument that starts with "-" to it.
Both run as a user runs them, in fresh processes, against one data directory.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.cli_env import cli_env, run_cli
from ui.cli.fast_ask import plain_ask

_IDS = re.compile(r"thread [0-9a-f]+ · run [0-9a-f]+")
_BORDER = set("┏┳┓┡╇┩└┴┘━─ ")


def _cli(
    data_dir: Path, *args: str, config: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = cli_env(data_dir)
    if config is not None:
        env["SWITCHYARD_CONFIG"] = str(config)
    return run_cli(env, *args)


def _printed(stdout: str) -> list[list[str]]:
    """The printed lines without what differs between two runs: ids and the step's ms.

    Cells are stripped and borders dropped, so a wider "ms" column changes nothing.
    """
    lines = []
    for line in _IDS.sub("ids", stdout).splitlines():
        if set(line) <= _BORDER:
            continue
        cells = [cell.strip() for cell in re.split("[│┃]", line)]
        if len(cells) == 10 and cells[1].isdigit():  # a step row: border, 8 columns, border
            cells[7] = ""  # "ms": a code step takes 0, 1 or, on a busy machine, more
        lines.append(cells)
    return lines


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ask", "3+4"], ("3+4", False)),
        (["ask", "3+4", "--json"], ("3+4", True)),
        (["ask", "--json", "3+4"], ("3+4", True)),
        (["ask", "3+4", "--thread", "t1"], None),
        (["ask", "--help"], None),
        (["ask", "-5+2"], None),  # looks like an option: Typer decides
        (["ask", "3+4", "--json", "--json"], None),
        (["ask"], None),
        (["trace", "list"], None),
        ([], None),
    ],
)
def test_only_the_plain_ask_forms_take_the_code_path(
    argv: list[str], expected: tuple[str, bool] | None
) -> None:
    assert plain_ask(argv) == expected


def test_code_path_prints_what_the_ask_command_prints(tmp_path: Path) -> None:
    data = tmp_path / "data"
    fast = _cli(data, "ask", "5 km in miles")
    full = _cli(data, "ask", "--", "5 km in miles")
    assert (fast.returncode, full.returncode) == (0, 0), fast.stderr + full.stderr
    assert "5 km = 3.1069 mi" in fast.stdout
    assert _printed(fast.stdout) == _printed(full.stdout)
    assert fast.stderr == full.stderr == ""
    fast_json = json.loads(_cli(data, "ask", "--json", "6*7").stdout)
    full_json = json.loads(_cli(data, "ask", "--json", "--", "6*7").stdout)
    for result in (fast_json, full_json):
        result["thread_id"] = result["run_id"] = ""
        for step in result["steps"]:
            step["latency_ms"] = 0
    assert fast_json == full_json
    # Every answer was traced, whichever way it was parsed.
    listed = json.loads(_cli(data, "trace", "list", "--json").stdout)
    assert [run["question"] for run in listed] == ["6*7", "6*7", "5 km in miles", "5 km in miles"]


def test_a_configuration_error_reads_and_exits_as_the_ask_command(tmp_path: Path) -> None:
    config = tmp_path / "switchyard.toml"
    config.write_text("[router]\ndifficulty_threshold = 0.5\nthis is not toml\n", "utf-8")
    fast = _cli(tmp_path / "data", "ask", "3+4", config=config)
    full = _cli(tmp_path / "data", "ask", "--", "3+4", config=config)
    assert fast.returncode == full.returncode == 2
    assert fast.stderr == full.stderr
    assert fast.stderr.startswith("error: ") and "line 3" in fast.stderr
