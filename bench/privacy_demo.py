"""How many steps of a mixed demo conversation privacy forces onto the local tier.

Usage: ``python -m bench.privacy_demo [--threshold 0.5]``. Runs a scripted
10-turn conversation mixing public questions, questions carrying personal data
(Korean and English) and questions about an uploaded document that contains
personal data, on scripted stand-in models (no real model is loaded: the figure
is about routing, not answers). Prints JSON: per-turn steps with tier and
privacy, and ``forced_local_by_privacy`` — steps where the router rejected the
cloud tier because of personal data — next to the same count for a baseline of
the same turns with the personal data removed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from core.types import StepRecord
from graphs.runner import Assistant
from graphs.services import build_services
from graphs.state import Context

DOCUMENT = (
    "Clinic handbook, March edition.\n\n"
    "Patient Kim Minsu (RRN 900101-1234567) was admitted for a cardiac check on 3 March.\n\n"
    "The cardiac check found a mild arrhythmia that needs follow-up in two weeks.\n\n"
    "Visiting hours are 10:00 to 20:00 on weekdays; the cafeteria closes at 19:00."
)
# (turn text, same turn with the personal data removed, new thread?)
TURNS: list[tuple[str, str, bool]] = [
    ("Write one friendly sentence welcoming a new colleague.", "", True),
    ("3만 5천원의 15%는 얼마야?", "", False),
    (
        "Draft a short reply to minsu.kim@example.com about the delayed lab results.",
        "Draft a short reply to the patient about the delayed lab results.",
        True,
    ),
    ("Make it warmer and add an apology.", "", False),
    (
        "주민번호 900101-1234567 환자의 검사 결과를 쉽게 설명해줘",
        "환자의 검사 결과를 쉽게 설명해줘",
        True,
    ),
    ("Why does the cardiac check of the patient need follow-up?", "", True),
    ("When are visiting hours?", "", True),
    ("Explain the difference between a virus and a bacterium in detail.", "", True),
    (
        "Call 010-2345-6789 and summarize what the customer wants: a refund for order 1182.",
        "Summarize what the customer wants: a refund for order 1182.",
        True,
    ),
    ("Compare remote and office work for a small team.", "", True),
]


def _answer(messages: list[Any]) -> str:
    return "A scripted answer."


def run(threshold: float, *, scrub: bool) -> list[dict[str, Any]]:
    """Run the demo turns; with ``scrub`` the personal data is removed first (baseline)."""
    with tempfile.TemporaryDirectory() as tmp:
        from tools.rag import DocumentStore

        docs = DocumentStore(Path(tmp) / "docs", dense=False)
        docs.ingest_texts([("handbook.txt", DOCUMENT if not scrub else _scrubbed())], "default")
        fakes = {
            "local": ScriptedChatModel(replies=[_answer] * 100, model_name="test:local"),
            "cloud": ScriptedChatModel(replies=[_answer] * 100, model_name="test:cloud"),
        }
        settings = load_settings(
            data_dir=Path(tmp) / "data",
            faq_path=Path("data/faq.yaml"),
            tiers={"local": "test:local", "cloud": "test:cloud"},
            router={"difficulty_threshold": threshold},
        )
        assistant = Assistant(build_services(settings, fakes=dict(fakes), docs=docs, mcp=False))
        thread: str | None = None
        rows: list[dict[str, Any]] = []
        for n, (text, clean, new_thread) in enumerate(TURNS, start=1):
            question = (clean or text) if scrub else text
            result = assistant.ask(
                question, thread_id=None if new_thread else thread, context=Context()
            )
            thread = result.thread_id
            rows += [_row(n, step) for step in result.steps]
        return rows


def _scrubbed() -> str:
    return DOCUMENT.replace("Patient Kim Minsu (RRN 900101-1234567)", "A patient")


def _row(turn: int, step: StepRecord) -> dict[str, Any]:
    forced = any(a.tier == "cloud" and a.reason.startswith("privacy") for a in step.alternatives)
    return {
        "turn": turn,
        "node": step.node,
        "tier": step.tier,
        "privacy": step.privacy,
        "forced_local_by_privacy": forced,
    }


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts over the steps of one run."""
    return {
        "turns": len(TURNS),
        "steps": len(rows),
        "model_steps": sum(1 for r in rows if r["tier"] in ("local", "cloud")),
        "local_only_steps": sum(1 for r in rows if r["privacy"] == "local_only"),
        "forced_local_by_privacy": sum(1 for r in rows if r["forced_local_by_privacy"]),
        "cloud_steps": sum(1 for r in rows if r["tier"] == "cloud"),
        "by_tier": {
            t: sum(1 for r in rows if r["tier"] == t) for t in ("deterministic", "local", "cloud")
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Print the demo figure as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--threshold", type=float, default=0.5, help="router difficulty threshold")
    args = parser.parse_args(argv)
    rows = run(args.threshold, scrub=False)
    baseline = run(args.threshold, scrub=True)
    out = {
        **summary(rows),
        "threshold": args.threshold,
        "steps_detail": rows,
        "baseline_without_personal_data": summary(baseline),
    }
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
