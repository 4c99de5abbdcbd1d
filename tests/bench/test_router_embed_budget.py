"""The embed-yourself budget verdict: p95 on both clocks, never p50, never one clock alone.

Synthetic timings only: tests never assert on how long anything took.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bench import router_embed_latency
from bench.router import Timings
from bench.router_data import ReplayRow
from bench.router_embed_latency import EMBED_BUDGET_MS, budget_verdict, embed_yourself_report


def _summary(cpu_p95: float, wall_p95: float) -> dict[str, float]:
    return {
        "decision_p50_ms": 1.0,
        "decision_p95_ms": wall_p95,
        "decision_first_call_p50_ms": 1.0,
        "decision_first_call_p95_ms": wall_p95,
        "decision_cpu_p50_ms": 1.0,
        "decision_cpu_p95_ms": cpu_p95,
    }


@pytest.mark.parametrize(
    ("cpu", "wall", "cpu_fits", "wall_fits"),
    [
        (12.0, 14.0, 1.0, 1.0),
        # Exactly at the budget is within it.
        (30.0, 30.0, 1.0, 1.0),
        # Two encoder threads: the wall clock fits, the CPU they burn together does not.
        (37.6, 29.1, 0.0, 1.0),
        # One thread on a loaded machine: the CPU fits, the step still waits too long.
        (26.0, 88.0, 1.0, 0.0),
        (40.0, 45.0, 0.0, 0.0),
    ],
)
def test_the_budget_fits_only_when_both_p95s_are_within_it(
    cpu: float, wall: float, cpu_fits: float, wall_fits: float
) -> None:
    verdict = budget_verdict(_summary(cpu, wall), budget_ms=30.0)
    assert verdict == {
        "cpu_fits_budget": cpu_fits,
        "wall_fits_budget": wall_fits,
        "fits_budget": float(cpu_fits and wall_fits),
    }


def _row(i: int) -> ReplayRow:
    return ReplayRow(
        prompt=f"prompt {i}", weak=1.0, strong=1.0, file="f", source="s", domain="d", lang="en"
    )


def _timings(cpu: Sequence[float], wall: Sequence[float]) -> Timings:
    return Timings(wall=list(wall), first=list(wall), cpu=list(cpu))


def test_the_report_judges_the_95th_percentile_not_the_median(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 20 decisions: most are quick, the slowest tenth is over budget on the CPU clock.
    cpu = [10.0] * 18 + [EMBED_BUDGET_MS + 20.0] * 2
    wall = [10.0] * 20

    def fake_timings(prompts: Sequence[str]) -> tuple[Timings, list[int]]:
        return _timings(cpu, wall), [20] * len(prompts)

    monkeypatch.setattr(router_embed_latency, "embed_yourself_timings", fake_timings)
    rows = [_row(i) for i in range(20)]
    report = embed_yourself_report(rows, 20)
    assert report["embed_yourself_decision_cpu_p50_ms"] <= EMBED_BUDGET_MS
    assert report["embed_yourself_decision_cpu_p95_ms"] > EMBED_BUDGET_MS
    assert report["embed_yourself_cpu_fits_budget"] == 0.0
    assert report["embed_yourself_wall_fits_budget"] == 1.0
    assert report["embed_yourself_fits_budget"] == 0.0


def test_the_report_fits_when_both_clocks_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_timings(prompts: Sequence[str]) -> tuple[Timings, list[int]]:
        return _timings([20.0] * 20, [22.0] * 20), [20] * len(prompts)

    monkeypatch.setattr(router_embed_latency, "embed_yourself_timings", fake_timings)
    rows = [_row(i) for i in range(20)]
    report = embed_yourself_report(rows, 20)
    assert report["embed_yourself_fits_budget"] == 1.0
    assert report["embed_yourself_budget_ms"] == EMBED_BUDGET_MS
