"""Per-user adaptation: rating runs, fitting on the ratings, the router using the result."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bench.router_traces import MIN_EXAMPLES, fit_from_traces, rated_steps
from core.difficulty import MODEL_PATH, default_model, difficulty, load_model
from core.difficulty_user import model_for, user_model_path
from core.trace_store import RunRecord, TraceStore
from core.types import StepRecord
from tests.cli_env import cli_env, run_cli

# The user's local model fails on invoice arithmetic and does fine on greetings.
BAD = [
    f"Add up invoice {n}: 1,2{n}0 + 3,4{n}5 + 98{n} and give the total with VAT." for n in range(12)
]
GOOD = [f"Say hello to colleague number {n} in one friendly line." for n in range(12)]


def _store(tmp_path: Path) -> TraceStore:
    return TraceStore(tmp_path / "traces.sqlite", mask=lambda text: text)


def _record(store: TraceStore, run_id: str, text: str, tier: str = "local") -> None:
    step = StepRecord(node="answer", tier=tier, score=0.4, input_text=text)
    store.record_run(
        RunRecord(run_id=run_id, thread_id="t", question=text, answer="…", steps=[step])
    )


def _rated_store(tmp_path: Path) -> TraceStore:
    store = _store(tmp_path)
    # Interleaved, so the newest quarter held out holds both verdicts.
    for i, (bad, good) in enumerate(zip(BAD, GOOD, strict=True)):
        _record(store, f"bad-{i:02d}", bad)
        _record(store, f"good-{i:02d}", good)
        store.rate_run(f"bad-{i:02d}", "bad")
        store.rate_run(f"good-{i:02d}", "good")
    return store


def test_rating_is_stored_replaced_and_needs_a_known_run(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _record(store, "run-abc", "Hi there")
    _record(store, "cloudy", "Prove it", tier="cloud")
    assert store.rate_run("run-a", "bad") == "run-abc"  # a unique prefix is enough
    store.rate_run("run-abc", "good")
    store.rate_run("cloudy", "bad")
    rated = store.rated_runs()
    assert [(run.run_id, good) for run, good in rated] == [("run-abc", True), ("cloudy", False)]
    # Only the local step is an example of the local tier falling short or not.
    assert [(s.text, s.fell_short) for s in rated_steps(rated)] == [("Hi there", False)]
    with pytest.raises(KeyError):
        store.rate_run("nope", "good")
    store.delete_thread("t")
    assert store.rated_runs() == []


def test_fit_from_traces_learns_the_users_failures(tmp_path: Path) -> None:
    steps = rated_steps(_rated_store(tmp_path).rated_runs())
    out = user_model_path(tmp_path)
    report = fit_from_traces(MODEL_PATH, default_model(), steps, out)
    assert report["n_examples"] == 24 and report["n_heldout"] == 6
    assert report["heldout_log_loss_adapted"] < report["heldout_log_loss_shipped"]
    adapted = model_for(tmp_path)
    assert adapted == load_model(out) and adapted != default_model()
    # The invoice prompts rise and the greetings fall, relative to the shipped model.
    unseen_bad = "Add up invoice 77: 4,410 + 2,75 + 310 and give the total with VAT."
    unseen_good = "Say hello to colleague number 99 in one friendly line."
    assert difficulty(unseen_bad, adapted) > difficulty(unseen_bad)
    assert difficulty(unseen_good, adapted) < difficulty(unseen_good)
    assert difficulty(unseen_bad, adapted) > 0.5 > difficulty(unseen_good, adapted)


def test_fit_refuses_too_few_or_one_sided_ratings(tmp_path: Path) -> None:
    steps = rated_steps(_rated_store(tmp_path).rated_runs())
    out = tmp_path / "model.json"
    with pytest.raises(ValueError, match="at least"):
        fit_from_traces(MODEL_PATH, default_model(), steps[: MIN_EXAMPLES - 1], out)
    one_sided = [s for s in steps if s.fell_short]
    with pytest.raises(ValueError, match="one verdict"):
        fit_from_traces(MODEL_PATH, default_model(), one_sided, out)
    assert not out.exists()


def test_without_a_user_file_the_shipped_model_is_used(tmp_path: Path) -> None:
    assert model_for(tmp_path) is default_model()


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(cli_env(data_dir), *args, timeout=240)


def test_cli_rates_runs_and_fits_into_the_data_dir(tmp_path: Path) -> None:
    store = _store(tmp_path)
    for i, (bad, good) in enumerate(zip(BAD, GOOD, strict=True)):
        _record(store, f"bad-{i:02d}", bad)
        _record(store, f"good-{i:02d}", good)
    early = _cli(tmp_path, "router", "fit", "--from-traces")
    assert early.returncode == 2 and "at least" in early.stderr
    # Two verdicts through the command (a process each is slow), the rest through the store.
    assert _cli(tmp_path, "trace", "rate", "bad-00", "bad").returncode == 0
    assert _cli(tmp_path, "trace", "rate", "good-0", "good").returncode == 2  # not unique
    assert _cli(tmp_path, "trace", "rate", "good-00", "good").returncode == 0
    assert [(r.run_id, good) for r, good in store.rated_runs()] == [
        ("bad-00", False),
        ("good-00", True),
    ]
    for i in range(1, 12):
        store.rate_run(f"bad-{i:02d}", "bad")
        store.rate_run(f"good-{i:02d}", "good")
    unknown = _cli(tmp_path, "trace", "rate", "missing", "good")
    assert unknown.returncode == 2 and "no run" in unknown.stderr
    done = _cli(tmp_path, "router", "fit", "--from-traces", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["model_path"] == str(user_model_path(tmp_path))
    assert report["heldout_log_loss_adapted"] < report["heldout_log_loss_shipped"]
    load_model(user_model_path(tmp_path))
    # `bench router` shows the same change on the held-out ratings, without writing.
    bench = _cli(tmp_path, "bench", "router", "--from-traces", "--json")
    assert bench.returncode == 0, bench.stderr
    shown = json.loads(bench.stdout)["from_traces"]
    for key in ("heldout_log_loss_shipped", "heldout_log_loss_adapted", "n_heldout"):
        assert shown[key] == report[key], key
