"""``switchyard bench load``: many concurrent conversations through the app's request path.

Each conversation is five turns on its own thread, asked through ``graphs.runner.Assistant``
(what the CLI, the UI and the MCP server call), all conversations at once on one set of
services, as an app replica serves its users. The turns mix the tracks: deterministic
code (the calculator on numbers unique to the conversation, a unit conversion),
extractive answers from the sample documents, and a short local-model turn that opens
every ``model_every``-th conversation (a document question opens the others), so on
2 cores a 100 x 5 run takes minutes, not hours.

Every turn carries the conversation's canary (a random lowercase word, or its unique
numbers for the calculator), and afterwards each conversation's answers, stored
traces and checkpointed state are searched for every *other* conversation's canary:
``cross_talk`` counts the hits and must be 0. Its own canary must be found in its
traces and state (``own_canary_missing``), or the search could not have found a leak.

Loops are bounded (``--sessions`` x ``--turns``, and ``--time-limit-s``: turns not
started by then are reported as ``skipped``); nothing leaves loopback.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

TurnKind = Literal["deterministic", "document", "model"]
REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
# The local model's answers are cut short: the turn measures the path, not the prose.
MODEL_MAX_TOKENS = 24


@dataclass(frozen=True)
class Turn:
    """One question of a conversation, with what its answer must contain (if anything)."""

    kind: TurnKind
    question: str
    expect: str | None = None


@dataclass
class Conversation:
    """One simulated user: a thread, a canary, five turns, and what came back."""

    index: int
    canary: str
    turns: list[Turn]
    thread_id: str = ""
    answers: list[str] = field(default_factory=list)
    latencies_ms: list[tuple[TurnKind, float]] = field(default_factory=list)
    tiers: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    wrong_answers: int = 0
    skipped: int = 0

    def markers(self) -> list[str]:
        """Strings that belong to this conversation only: its canary and its sum.

        Only strings that cannot be part of another conversation's: fixed-width
        operands keep ``10007 + 20011`` from matching inside a longer sum.
        """
        return [self.canary, *(t.question for t in self.turns if t.expect and " + " in t.question)]


def plan_conversations(
    sessions: int, turns: int, model_every: int, seed: int
) -> list[Conversation]:
    """The conversations to run: canaries, questions and expected answers, all fixed by ``seed``."""
    rng = random.Random(seed)
    canaries: set[str] = set()
    while len(canaries) < sessions:
        canaries.add("".join(rng.choices(string.ascii_lowercase, k=12)))
    out = []
    for index, canary in enumerate(sorted(canaries)):
        # Five-digit operands unique per conversation (a six-digit run would be read
        # as a possible identifier and kept local, which is not what this turn measures).
        a, b = 10_007 + 7 * index, 20_011 + 3 * index
        km = 2 + index % 40
        # The model turn opens its conversation: later, the history would make its
        # prompt (and its time on 2 cores) several times longer.
        first: Turn = (
            Turn("model", f"Write one short friendly greeting for a new colleague named {canary}.")
            if model_every and index % model_every == 0
            else Turn("document", f"병원 점심시간은 언제인가요? (문의 {canary})")
        )
        plan = [
            first,
            Turn("deterministic", f"{a} + {b}", expect=f"{a + b:,}"),
            Turn("document", f"진료 예약은 어떻게 변경하나요? (문의 {canary})"),
            Turn("deterministic", f"{km}km는 몇 마일이야?", expect=f"{km} km ="),
            Turn("document", f"주차는 몇 시간 무료인가요? (문의 {canary})"),
        ]
        out.append(Conversation(index, canary, plan[:turns]))
    return out


def _percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1], 1)


def _latency_summary(values: Sequence[float]) -> dict[str, Any]:
    return {
        "turns": len(values),
        "p50_ms": _percentile(values, 50),
        "p95_ms": _percentile(values, 95),
    }


def _run_conversation(assistant: Any, convo: Conversation, deadline: float) -> None:
    for turn in convo.turns:
        if time.monotonic() > deadline:
            convo.skipped += 1
            continue
        started = time.perf_counter()
        # Failures of any kind ("database is locked"...) are counted; one must not stop the run.
        try:
            result = assistant.ask(turn.question, thread_id=convo.thread_id or None)
        except Exception as error:  # noqa: BLE001
            convo.errors.append(f"{type(error).__name__}: {str(error)[:160]}")
            continue
        convo.latencies_ms.append((turn.kind, (time.perf_counter() - started) * 1000))
        convo.thread_id = result.thread_id
        convo.answers.append(result.answer)
        convo.tiers.update(f"{turn.kind}->{step.tier}" for step in result.steps)
        if turn.expect and turn.expect not in result.answer:
            convo.wrong_answers += 1


def _stored_text(services: Any, convo: Conversation) -> tuple[str, str]:
    """The conversation's stored traces and checkpointed state, as searchable text."""
    runs = services.traces.list_runs(thread_id=convo.thread_id, limit=100)
    traces = json.dumps([r.model_dump(mode="json") for r in runs], ensure_ascii=False)
    snapshot = services.graph.get_state({"configurable": {"thread_id": convo.thread_id}})
    state = json.dumps(snapshot.values, ensure_ascii=False, default=str)
    return traces, state


def cross_talk(services: Any, conversations: list[Conversation]) -> dict[str, int]:
    """Other conversations' markers found in each conversation's answers, traces and state."""
    hits = {"answers": 0, "traces": 0, "state": 0}
    own_missing = 0
    for convo in conversations:
        if not convo.thread_id:
            continue
        traces, state = _stored_text(services, convo)
        places = {"answers": "\n".join(convo.answers), "traces": traces, "state": state}
        if convo.canary not in traces or convo.canary not in state:
            own_missing += 1
        for other in conversations:
            if other is convo:
                continue
            for where, text in places.items():
                hits[where] += sum(1 for m in other.markers() if m in text)
    return {**hits, "total": sum(hits.values()), "own_canary_missing": own_missing}


def backend_name(storage_url: str | None) -> str:
    """``sqlite`` for the default files, else the URL's scheme (``postgresql``)."""
    if not storage_url:
        return "sqlite"
    return storage_url.split(":", 1)[0].split("+", 1)[0]


def _settings(data_dir: Path, storage_url: str | None, local_model: str) -> Any:
    from core.settings import Settings, load_settings

    overrides: dict[str, Any] = {
        "data_dir": data_dir,
        "faq_path": REPO / "data" / "faq.yaml",
        "tiers": {"local": local_model, "cloud": ""},
        "limits": {"local_max_tokens": MODEL_MAX_TOKENS},
        "rag": {"dense": False},
    }
    if storage_url:
        # Settings ignore unknown keys: without this check a build that lacks the
        # storage layer would silently measure SQLite under PostgreSQL's name.
        if "storage_url" not in Settings.model_fields:
            raise SystemExit("this build has no storage_url setting: it cannot use " + storage_url)
        overrides["storage_url"] = storage_url
    return load_settings(**overrides)


def run_backend(
    *,
    sessions: int,
    turns: int,
    storage_url: str | None,
    model_every: int,
    time_limit_s: float,
    local_model: str,
    seed: int,
) -> dict[str, Any]:
    """One full load run on one storage backend; returns its JSON section."""
    from graphs.runner import Assistant
    from graphs.services import build_services

    conversations = plan_conversations(sessions, turns, model_every, seed)
    with tempfile.TemporaryDirectory(prefix="switchyard-load-") as tmp:
        settings = _settings(Path(tmp) / "data", storage_url, local_model)
        setup_started = time.perf_counter()
        services = build_services(settings, mcp=False)
        if services.docs is not None:
            services.docs.ingest_path(SAMPLES)
        assistant = Assistant(services)
        if any(t.kind == "model" for c in conversations for t in c.turns):
            # Load the model before the clock starts: one cold start is not throughput.
            assistant.ask("Say hello.", thread_id="load-warm-up")
        setup_s = time.perf_counter() - setup_started

        started = time.perf_counter()
        deadline = time.monotonic() + time_limit_s
        with ThreadPoolExecutor(max_workers=sessions, thread_name_prefix="load") as pool:
            for _ in pool.map(lambda c: _run_conversation(assistant, c, deadline), conversations):
                pass
        wall_s = time.perf_counter() - started
        talk = cross_talk(services, conversations)

    latencies = [ms for c in conversations for _, ms in c.latencies_ms]
    errors = Counter(e for c in conversations for e in c.errors)
    per_kind = {
        kind: _latency_summary([ms for c in conversations for k, ms in c.latencies_ms if k == kind])
        for kind in ("deterministic", "document", "model")
    }
    return {
        "backend": backend_name(storage_url),
        "sessions": sessions,
        "turns_per_session": turns,
        "turns_done": len(latencies),
        "skipped": sum(c.skipped for c in conversations),
        "wall_s": round(wall_s, 2),
        "setup_s": round(setup_s, 2),
        "throughput_turns_per_s": round(len(latencies) / wall_s, 2) if wall_s else None,
        "latency": _latency_summary(latencies),
        "latency_by_kind": per_kind,
        "model_turn_share": round(per_kind["model"]["turns"] / len(latencies), 3)
        if latencies
        else 0.0,
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(10)),
        "wrong_answers": sum(c.wrong_answers for c in conversations),
        # Which track each kind of turn took: a document turn must not have needed a model.
        "steps_by_kind_and_tier": dict(sum((c.tiers for c in conversations), Counter())),
        "cross_talk": talk["total"],
        "cross_talk_by_place": {k: v for k, v in talk.items() if k != "total"},
    }


def run_load(
    *,
    sessions: int = 100,
    turns: int = 5,
    storage_url: str | None = None,
    model_every: int = 5,
    time_limit_s: float = 1800.0,
    local_model: str = "llamacpp:smollm2-135m",
    seed: int = 15,
) -> dict[str, Any]:
    """The report: SQLite always, then the ``storage_url`` backend when one is given.

    Args:
        sessions: Concurrent conversations.
        turns: Turns per conversation (at most 5).
        storage_url: A second backend to measure, e.g. ``postgresql://...``.
        model_every: Every n-th conversation's last turn asks the local model (0: never).
        time_limit_s: Turns not started by then are skipped (reported).
        local_model: The local tier's model id.
        seed: Fixes canaries and questions.
    """
    urls: list[str | None] = [None] + ([storage_url] if storage_url else [])
    backends = {}
    for url in urls:
        section = run_backend(
            sessions=sessions,
            turns=turns,
            storage_url=url,
            model_every=model_every,
            time_limit_s=time_limit_s,
            local_model=local_model,
            seed=seed,
        )
        backends[section["backend"]] = section
    return {
        "bench": "load",
        "model_max_tokens": MODEL_MAX_TOKENS,
        "backends": backends,
    }


def main(argv: list[str] | None = None) -> int:
    """CLI entry: prints the JSON report; exit 1 on any error or cross-talk."""
    parser = argparse.ArgumentParser(prog="switchyard bench load")
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--turns", type=int, default=5, choices=range(1, 6))
    parser.add_argument("--storage-url", default=None)
    parser.add_argument("--model-every", type=int, default=5)
    parser.add_argument("--time-limit-s", type=float, default=1800.0)
    parser.add_argument("--local-model", default="llamacpp:smollm2-135m")
    args = parser.parse_args(argv)
    report = run_load(
        sessions=args.sessions,
        turns=args.turns,
        storage_url=args.storage_url,
        model_every=args.model_every,
        time_limit_s=args.time_limit_s,
        local_model=args.local_model,
    )
    print(json.dumps(report, ensure_ascii=False, indent=2))
    bad = any(b["errors"] or b["cross_talk"] for b in report["backends"].values())
    return 1 if bad else 0
