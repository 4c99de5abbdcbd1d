"""``switchyard bench router``: exact metrics on a hand-made replay, contract on MMLU."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from bench import router
from bench.router import (
    apgr,
    is_heldout,
    main,
    quality_curve,
    routing_metrics,
    run_many,
    run_router_bench,
    share_at,
)
from bench.router_cascade import cascade_report, simulate_cascade
from bench.router_data import ReplayRow
from bench.router_metrics import FloatArray

MMLU_REPLAY = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "routing" / "mmlu_replay.jsonl"
)
CONTRACT_KEYS = {
    "n",
    "strong_share_at_95",
    "random_strong_share_at_95",
    "oracle_strong_share_at_95",
    "apgr",
    "decision_p50_ms",
    "decision_p95_ms",
}


@pytest.fixture(scope="module", autouse=True)
def _score_each_replay_once() -> Iterator[None]:
    """Score a replay's prompts once per module, however many tests bench that file.

    The MMLU replay (14,037 prompts, each decision timed three times) is benched alone
    and again within every replay: the second run reuses the first's scores and
    timings, which a run over the same rows would reproduce (the scores are
    deterministic), instead of spending the largest part of that test scoring again.

    Each decision is also timed once here instead of ``REPEATS`` times: the repeats
    only pick the best wall-clock reading of the same deterministic score, and no test
    reads a timing's value (which would be a wall-clock check), only that the timing
    keys are there. Three decisions per prompt were two thirds of this module's CPU
    (about 50 of 57 s for the MMLU replay alone, 1.2 ms each); both replay tests hit
    the 300 s hang limit on a loaded machine. ``test_a_decision_is_timed_repeats_times``
    keeps the repeat itself checked.
    """
    scored: dict[tuple[ReplayRow, ...], tuple[FloatArray, router.Timings]] = {}
    score_and_time = router.score_and_time

    def once(rows: Sequence[ReplayRow]) -> tuple[FloatArray, router.Timings]:
        key = tuple(rows)
        if key not in scored:
            scored[key] = score_and_time(rows)
        return scored[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(router, "score_and_time", once)
        patch.setattr(router, "REPEATS", 1)
        yield


# W = 0.5, S = 1.0: 95% of strong is 0.95, so a random router needs
# (0.95 - 0.5) / (1.0 - 0.5) = 0.9 of the prompts on the strong model.
WEAK = np.array([0.0, 0.0, 1.0, 1.0])
STRONG = np.array([1.0, 1.0, 1.0, 1.0])


def test_a_decision_is_timed_repeats_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # The module times each decision once (see the fixture above); the bench repeats it.
    monkeypatch.setattr(router, "REPEATS", 3)
    calls: list[int] = []

    def decide() -> float:
        calls.append(len(calls))
        return 0.25

    timings = router.Timings()
    assert router.time_decision(timings, decide) == 0.25
    assert len(calls) == 3
    # One row per decision: the best of the three readings, the first, and its CPU.
    assert len(timings.wall) == len(timings.first) == len(timings.cpu) == 1
    assert timings.wall[0] <= timings.first[0]


def test_oracle_order_by_hand() -> None:
    m = routing_metrics(np.array([1.0, 0.9, 0.2, 0.1]), WEAK, STRONG)
    # Both gaining prompts first: quality 0.5, 0.75, 1.0 -> 95% reached at 2/4.
    assert m["strong_share_at_95"] == 0.5
    assert m["oracle_strong_share_at_95"] == 0.5
    assert m["random_strong_share_at_95"] == pytest.approx(0.9)
    # PGR at shares 0, 1/4, ..., 1 is 0, .5, 1, 1, 1; trapezoid area = 3/4.
    assert m["apgr"] == pytest.approx(0.75)
    assert m["oracle_apgr"] == pytest.approx(0.75)
    assert m["random_apgr"] == 0.5


def test_worst_order_by_hand() -> None:
    m = routing_metrics(np.array([0.0, 0.1, 0.8, 0.9]), WEAK, STRONG)
    assert m["strong_share_at_95"] == 1.0
    # PGR 0, 0, 0, .5, 1 -> area 1/4.
    assert m["apgr"] == pytest.approx(0.25)


def test_constant_score_is_exactly_random() -> None:
    """Ties are spread evenly, so a constant score traces the random line."""
    curve = quality_curve(np.zeros(4), WEAK, STRONG)
    assert curve == pytest.approx([0.5, 0.625, 0.75, 0.875, 1.0])
    assert apgr(curve, 0.5, 1.0) == pytest.approx(0.5)
    assert share_at(curve, 0.95) == 1.0


def test_oracle_overshoots_strong_when_weak_sometimes_wins() -> None:
    weak = np.array([0.0, 1.0, 1.0, 0.0])
    strong = np.array([1.0, 0.0, 1.0, 0.0])  # W = S = 0.5
    m = routing_metrics(np.zeros(4), weak, strong)
    # Weak alone already reaches 95% of strong: nobody needs the strong model.
    assert m["strong_share_at_95"] == 0.0
    assert m["random_strong_share_at_95"] == 0.0
    assert m["oracle_strong_share_at_95"] == 0.0


def test_weak_already_good_enough_needs_no_strong() -> None:
    weak = np.array([1.0] * 19 + [0.0])
    strong = np.ones(20)
    m = routing_metrics(np.arange(20, dtype=float), weak, strong)
    assert m["strong_share_at_95"] == 0.0
    assert m["random_strong_share_at_95"] == 0.0


def _row(prompt: str, file: str) -> ReplayRow:
    return ReplayRow(prompt, 0.0, 1.0, file=file, source=file, domain=file, lang="en")


def test_heldout_split_is_stable() -> None:
    rows = [_row(f"question {i}", "mmlu") for i in range(1000)]
    flags = [is_heldout(r) for r in rows]
    assert flags == [is_heldout(r) for r in rows]
    assert 600 < sum(flags) < 730  # MMLU: two rows in three stay out of the training union
    # Other sources are fitted whole; their honest figures are the held-out folds.
    assert not any(is_heldout(_row(f"question {i}", "routerarena")) for i in range(100))


def test_cascade_beats_score_only_when_the_check_is_exact() -> None:
    # Weak passes exactly when it is as good as strong: a cascade over every prompt
    # needs strong only where weak fails, fewer calls than any ranking can.
    rng = np.random.default_rng(1)
    weak = (rng.random(400) < 0.6).astype(float)
    strong = np.ones(400)
    scores = rng.random(400)
    cascade = simulate_cascade(scores, weak, strong, quality_bar=0.5)
    assert cascade["quality"] >= 0.95
    score_only = routing_metrics(scores, weak, strong)["strong_share_at_95"]
    assert cascade["strong_share"] < score_only
    assert cascade["strong_share"] <= float((weak < 0.5).mean()) + 1e-9


def test_cascade_report_lists_every_strategy() -> None:
    weak, strong = np.array([0.0, 0.0, 1.0, 1.0]), np.ones(4)
    scores = np.array([0.9, 0.8, 0.2, 0.1])
    report = cascade_report(scores, np.arange(4.0), weak, strong, 0.5)
    assert set(report) >= {"score_only", "cascade", "length", "random", "oracle"}
    assert report["score_only"]["strong_share"] == 0.5
    assert report["oracle"]["quality"] == 1.0


def _write_replay(path: Path, rows: list[tuple[str, float, float]]) -> None:
    lines = [json.dumps({"prompt": p, "weak": w, "strong": s}) for p, w, s in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_bench_on_synthetic_replay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replay = tmp_path / "replay.jsonl"
    rows = [
        ("Prove the Riemann hypothesis step by step and analyze every lemma.", 0.0, 1.0),
        ("Derive the closed form of the integral of x^2 e^x and justify it.", 0.0, 1.0),
        ("Say hi to the team.", 1.0, 1.0),
        ("Write one friendly sentence welcoming a new colleague.", 1.0, 1.0),
    ]
    _write_replay(replay, rows)
    assert main(["--replay", str(replay), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= CONTRACT_KEYS
    assert out["n"] == 4
    assert out["random_strong_share_at_95"] == pytest.approx(0.9)
    assert out["oracle_strong_share_at_95"] == 0.5
    assert out["oracle_apgr"] == pytest.approx(0.75)
    # The hard prompts score higher than the chit-chat, so the router is the oracle here.
    assert out["strong_share_at_95"] == 0.5
    assert out["apgr"] == pytest.approx(0.75)
    assert out["decision_p50_ms"] >= 0.0 and out["decision_p95_ms"] >= out["decision_p50_ms"]
    assert set(out["baseline_length_only"]) >= {"strong_share_at_95", "apgr"}
    # Sending the two hard prompts reaches the target: the threshold is the lower of their scores.
    assert out["strong_share_at_target"] == 0.5
    assert out["cascade"]["oracle"]["strong_share"] == 0.5


def test_bench_on_several_files_prints_files_and_pooled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a_replay.jsonl", tmp_path / "b_replay.jsonl"
    _write_replay(first, [("Prove the lemma step by step.", 0.0, 1.0), ("Say hi.", 1.0, 1.0)])
    _write_replay(second, [("Derive the integral.", 0.0, 1.0), ("Thanks!", 1.0, 1.0)])
    assert main(["--replay", str(first), str(second), "--json", "--target", "0.9"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["files"]) == {"a_replay", "b_replay"}
    assert out["pooled"]["n"] == 4
    for block in (*out["files"].values(), out["pooled"]):
        assert set(block) >= CONTRACT_KEYS | {"length_strong_share_at_95", "cascade"}
        assert block["target"] == 0.9
        assert 0.0 <= block["threshold_at_target"] <= 1.0
    assert "leave_one_source_out" in out["folds"]
    assert out["model_bytes"] > 0


def test_bench_rejects_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replay = tmp_path / "bad.jsonl"
    replay.write_text(json.dumps({"prompt": "x", "weak": 1.0}) + "\n", encoding="utf-8")
    assert main(["--replay", str(replay), "--json"]) == 2
    assert "bad replay row" in capsys.readouterr().err
    assert main(["--replay", str(tmp_path / "absent.jsonl")]) == 2


def test_bench_on_mmlu_replay() -> None:
    if not MMLU_REPLAY.is_file():
        pytest.skip(f"{MMLU_REPLAY} not found: this clone is outside the team")
    out = run_router_bench(MMLU_REPLAY)
    assert set(out) >= CONTRACT_KEYS
    assert out["n"] == 14037
    assert out["strong_share_at_95"] < out["random_strong_share_at_95"]
    assert out["apgr"] > out["random_apgr"]
    assert out["oracle_strong_share_at_95"] <= out["strong_share_at_95"]
    # Honest check on the two MMLU rows in three the model never saw.
    assert out["strong_share_at_95_heldout"] < out["random_strong_share_at_95_heldout"]
    assert out["apgr_heldout"] > 0.5
    assert out["apgr"] > out["baseline_length_only"]["apgr"]


@pytest.mark.slow
def test_bench_beats_length_and_random_on_every_replay() -> None:
    """Issue 16's acceptance check: on every replay file, in one run, the score needs
    fewer strong calls for 95% of strong quality than prompt length and than random."""
    replays = sorted(MMLU_REPLAY.parent.glob("*.jsonl"))
    if len(replays) < 5:
        pytest.skip(f"{MMLU_REPLAY.parent} incomplete: this clone is outside the team")
    out = run_many(replays)
    for name, block in out["files"].items():
        share = block["strong_share_at_95"]
        assert share < block["random_strong_share_at_95"], name
        assert share < block["length_strong_share_at_95"], name
    assert set(out["folds"]["leave_one_source_out"]) >= {"mmlu", "llmrouter_mix", "routerarena"}


def test_cli_takes_a_shell_glob_of_replays(tmp_path: Path) -> None:
    """``--replay DIR/*.jsonl`` expands to one option value plus positional files."""
    from typer.testing import CliRunner

    from ui.cli import app

    paths = [tmp_path / f"{name}_replay.jsonl" for name in ("x", "y", "z")]
    for path in paths:
        _write_replay(path, [("Prove the lemma step by step.", 0.0, 1.0), ("Hi!", 1.0, 1.0)])
    argv = ["bench", "router", "--replay", *map(str, paths), "--json", "--target", "0.9"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out["files"]) == {"x_replay", "y_replay", "z_replay"}
    assert out["pooled"]["target"] == 0.9


def test_logistic_keeps_monotone_weights_non_negative_and_free_columns_unshrunk() -> None:
    from bench.logistic import Design, fit_logistic

    rng = np.random.default_rng(3)
    x = rng.normal(size=(2000, 2))
    # The label falls with column 0 and rises with column 1.
    y = (rng.random(2000) < 1.0 / (1.0 + np.exp(1.5 * x[:, 0] - 1.5 * x[:, 1]))).astype(float)
    empty = np.zeros(0, dtype=np.int64)
    design = Design(x, empty, empty, np.zeros(0), 0)
    ones = np.ones(2000)
    free = fit_logistic(design, y, weights=ones, lam_dense=0.0, lam_hash=0.0)
    assert free.w_dense[0] < -1.0 and free.w_dense[1] > 1.0
    held = fit_logistic(design, y, weights=ones, lam_dense=0.0, lam_hash=0.0, nonnegative=[0])
    assert held.w_dense[0] == 0.0 and held.w_dense[1] > 1.0
    # A heavy penalty on column 0 only shrinks column 0, not column 1 as a shared one does.
    one = fit_logistic(design, y, weights=ones, lam_dense=np.array([1.0, 0.0]), lam_hash=0.0)
    both = fit_logistic(design, y, weights=ones, lam_dense=1.0, lam_hash=0.0)
    assert abs(one.w_dense[0]) < 0.5 * abs(free.w_dense[0])
    assert one.w_dense[1] > 2.0 * both.w_dense[1] > 0.0


@pytest.mark.parametrize("spread", [1.0, 20.0, 200.0])
def test_platt_converges_on_logits_of_any_scale(spread: float) -> None:
    """A large prior weight multiplies the logits' spread and shifts them; undamped
    Newton from slope 1 diverged there (slopes of 1e8 and more)."""
    from bench.logistic import fit_platt

    rng = np.random.default_rng(0)
    true_logit = rng.normal(size=3000)
    y = (rng.random(3000) < 1.0 / (1.0 + np.exp(-true_logit))).astype(float)
    a, b = fit_platt(spread * true_logit + 3.0 * spread, y, np.ones(3000))
    # The calibrated logit a * z + b must come back to the true one: a = 1/spread, b = -3.
    assert a * spread == pytest.approx(1.0, abs=0.15)
    assert b == pytest.approx(-3.0, abs=0.3)


def test_platt_stays_finite_when_logits_separate_the_labels() -> None:
    from bench.logistic import fit_platt

    z = np.r_[np.linspace(-50.0, -1.0, 50), np.linspace(1.0, 50.0, 50)]
    y = np.r_[np.zeros(50), np.ones(50)]
    a, b = fit_platt(z, y, np.ones(100))
    assert np.isfinite(a) and np.isfinite(b)
    assert a > 0.0
    p = 1.0 / (1.0 + np.exp(-(a * z + b)))
    assert p[:50].max() < 0.5 < p[50:].min()


def test_bench_times_decisions_that_embed_the_prompt_themselves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replay = tmp_path / "replay.jsonl"
    _write_replay(
        replay,
        [
            ("Prove the lemma step by step.", 0.0, 1.0),
            ("이 문단을 두 문장으로 요약해 주세요.", 1.0, 1.0),
            ("Say hi.", 1.0, 1.0),
        ],
    )
    assert main(["--replay", str(replay), "--json", "--embed-latency", "2"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["embed_yourself_n"] == 2
    assert 0.0 < out["embed_yourself_decision_p50_ms"] <= out["embed_yourself_decision_p95_ms"]
    assert out["embed_yourself_decision_cpu_p95_ms"] > 0.0
    # The head is cut by the encoder's tokens, and the bench says whether p95 fits 30 ms.
    assert out["embed_yourself_head_tokens_max"] <= out["embed_yourself_head_tokens"]
    assert out["embed_yourself_budget_ms"] == 30.0
    assert out["embed_yourself_fits_budget"] in (0.0, 1.0)
    # It fits only when both clocks do (tests/bench/test_router_embed_budget.py).
    assert out["embed_yourself_fits_budget"] == min(
        out["embed_yourself_cpu_fits_budget"], out["embed_yourself_wall_fits_budget"]
    )
    # Without the flag nothing is embedded.
    assert main(["--replay", str(replay), "--json"]) == 0
    assert not any(k.startswith("embed_yourself") for k in json.loads(capsys.readouterr().out))
