"""``switchyard bench cli``: what each CLI command costs on top of starting Python.

Every command runs as a fresh process, the way a user types it, against a
throw-away data directory. The baseline, ``python -c pass``, runs in the same
rounds, interleaved with the commands, so a busy machine slows both alike.
Two more rows check the lazy MCP start: ``ask "12*7"`` with no MCP config and
with one server that never answers ``initialize`` (their ratio should stay
near 1; an eager start made it 7.5).

``--baseline-repo`` times every command of another checkout (e.g. ``main``) in
the same rounds, as ``NAME@baseline`` rows: a before/after under the same load.

Bytecode is cached as for a user: an installed package has its ``.pyc`` files, and
a checkout writes them on the first run. With ``PYTHONDONTWRITEBYTECODE`` set (as
in some shells and CI) every run recompiled each changed module from source, about
0.2 s of an ``ask``'s start-up that no user pays. The commands write their bytecode
to a throw-away ``PYTHONPYCACHEPREFIX`` instead, in the warm-up round, so the
checkout's own ``__pycache__`` folders are neither read nor written.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# Reads the first request, then never answers: the hung server of the acceptance check.
_HUNG_SERVER = "import sys, time; sys.stdin.readline(); time.sleep(3600)"
_CLI = [sys.executable, "-m", "ui.cli"]


def _commands(no_mcp: Path, hung_mcp: Path) -> dict[str, tuple[list[str], Path | None]]:
    """Name -> (argv, MCP config to use; ``None`` keeps the no-server config)."""
    return {
        "python_pass": ([sys.executable, "-c", "pass"], None),
        "help": ([*_CLI, "--help"], None),
        "ask_3_plus_4": ([*_CLI, "ask", "3+4"], None),
        "doctor": ([*_CLI, "doctor"], None),
        "trace_list": ([*_CLI, "trace", "list"], None),
        "ask_12x7_no_mcp": ([*_CLI, "ask", "12*7"], no_mcp),
        "ask_12x7_hung_mcp": ([*_CLI, "ask", "12*7"], hung_mcp),
    }


def child_env(root: Path, no_mcp: Path) -> dict[str, str]:
    """The environment every timed command runs in (the baseline checkout's adds its path).

    Args:
        root: The run's throw-away folder (data directory, bytecode cache).
        no_mcp: An MCP config path that does not exist: no servers.
    """
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        # Bytecode as a user's install has it, kept out of the checkout (see the docstring).
        "PYTHONPYCACHEPREFIX": str(root / "pycache"),
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "SWITCHYARD_DATA_DIR": str(root / "data"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(no_mcp),
    }


def _run_once(argv: list[str], env: dict[str, str], repo: Path = REPO) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=repo, capture_output=True, check=False, timeout=600)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise RuntimeError(f"{' '.join(argv[2:])} exited {done.returncode}: {tail}")
    return elapsed


def measure(
    runs: int, only: list[str] | None = None, baseline_repo: Path | None = None
) -> dict[str, Any]:
    """Median wall time per command over ``runs`` interleaved rounds (after one warm-up).

    Args:
        runs: Timed rounds; each round runs every command once.
        only: Command names to time (the baseline is always timed).
        baseline_repo: Another checkout whose commands run in the same rounds
            (``NAME@baseline`` rows, each with its own data directory).

    Returns:
        The JSON report: per command ``median_s``, ``extra_s`` over ``python -c pass``
        and ``ratio``; and ``hung_mcp_ratio`` of the two ``ask "12*7"`` rows.
    """
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        root = Path(tmp)
        no_mcp = root / "none.json"  # absent: no MCP servers configured
        hung_mcp = root / "hung.json"
        server = {"command": sys.executable, "args": ["-c", _HUNG_SERVER]}
        hung_mcp.write_text(json.dumps({"mcpServers": {"hung": server}}), encoding="utf-8")
        base_env = child_env(root, no_mcp)
        commands = _commands(no_mcp, hung_mcp)
        if only:
            commands = {k: v for k, v in commands.items() if k in only or k == "python_pass"}
        checkouts: list[tuple[str, Path, dict[str, str]]] = [("", REPO, base_env)]
        if baseline_repo is not None:
            other = baseline_repo.resolve()
            env = {
                **base_env,
                "PYTHONPATH": os.pathsep.join([str(other), os.environ.get("PYTHONPATH", "")]),
            }
            checkouts.append(
                ("@baseline", other, {**env, "SWITCHYARD_DATA_DIR": str(root / "data-baseline")})
            )
        samples: dict[str, list[float]] = {}
        for round_index in range(runs + 1):  # round 0 warms caches and ingests the samples
            for name, (argv, config) in commands.items():
                for suffix, repo, env in checkouts:
                    if suffix and name == "python_pass":
                        continue
                    run_env = {**env, "SWITCHYARD_MCP__CONFIG_PATH": str(config or no_mcp)}
                    elapsed = _run_once(argv, run_env, repo)
                    if round_index:
                        samples.setdefault(name + suffix, []).append(elapsed)
    return _report(samples, runs)


def _report(samples: dict[str, list[float]], runs: int) -> dict[str, Any]:
    base = statistics.median(samples["python_pass"])
    rows: dict[str, Any] = {}
    for name, values in samples.items():
        median = statistics.median(values)
        rows[name] = {
            "median_s": round(median, 3),
            "min_s": round(min(values), 3),
            "extra_s": round(median - base, 3),
            "ratio": round(median / base, 1),
        }
    report: dict[str, Any] = {
        "runs": runs,
        "load_avg_1m": os.getloadavg()[0],
        "bytecode": "cached (written in the warm-up round)",
        "commands": rows,
    }
    if "ask_12x7_no_mcp" in rows and "ask_12x7_hung_mcp" in rows:
        report["hung_mcp_ratio"] = round(
            rows["ask_12x7_hung_mcp"]["median_s"] / rows["ask_12x7_no_mcp"]["median_s"], 2
        )
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the JSON report; exit 0."""
    parser = argparse.ArgumentParser(prog="switchyard bench cli")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="command names to time (default: all)")
    parser.add_argument("--baseline-repo", type=Path, help="another checkout to time alongside")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.runs, args.only, args.baseline_repo), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
