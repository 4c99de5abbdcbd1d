"""Privacy scan speed, and proof that a speed-up changed no finding.

Usage::

    python -m bench.privacy_speed --dump new.json
    PYTHONPATH=/path/to/old/checkout:. python -m bench.privacy_speed --dump old.json
    python -m bench.privacy_speed --compare old.json new.json

Runs the scanner (``scan``), the wire screen and the egress guard's verdict
(``personal_data_types``) over a fixed corpus: the generated privacy corpus and split
identifiers (the PII egress suite's strings and seeds), every ``ask`` of the workload case
files, the sample documents, chat bodies built like the egress suite's (records batched
in a growing history) and one trace-export-like multipart body (a run's serialized repr
repeated, as a scripted model's is). Prints per-scan p50/p95 and the total, wall and CPU
(``time.process_time``: the machine is shared), and writes every finding (type, span,
value) to ``--dump``. ``--compare`` counts the differences between two dumps: a speed-up
must leave 0.

Measured on 2026-12-04 (2 shared cores; 21e030d vs the GuardedPattern/screen_scanned
change, runs side by side): 0 differences of 6,385; this corpus's scan CPU 4.98 -> 4.49 s
and egress guard CPU 8.79 -> 6.89 s (its texts are mostly short: the gains are on long
bodies). The PII egress suite at N=120 (6 split ids): process CPU 168 -> 86 s, trace
export checks 151 -> 71 s CPU, wall 826 -> 530 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from bench.privacy_corpus import generate_corpus
from bench.privacy_corpus.spoken_forms import generate_split_turns
from core.egress import personal_data_types
from core.privacy import scan
from core.privacy.wire_screen import screen_outgoing

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "bench" / "workload" / "cases"
SAMPLES = REPO / "data" / "samples"
# The PII egress suite's sizes and seeds (tests/security/pii_egress_suite.py).
N_STRINGS = 1600
CORPUS_SEED = 20240611
N_SPLIT = 60
SPLIT_SEED = 77
BATCH = 8


def _asks() -> list[str]:
    asks: list[str] = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            for turn in case.get("turns", []) if isinstance(case, dict) else []:
                if isinstance(turn, dict) and isinstance(turn.get("ask"), str):
                    asks.append(turn["ask"])
    return asks


def _chat_bodies(records: list[str]) -> list[str]:
    """Chat request bodies whose history grows turn after turn, as a session's do."""
    bodies: list[str] = []
    messages: list[dict[str, str]] = [{"role": "system", "content": "You are a helpful assistant."}]
    for k in range(0, len(records), BATCH):
        batch = "\n".join(f"Record {j + 1}: {r}" for j, r in enumerate(records[k : k + BATCH]))
        messages.append({"role": "user", "content": f"Analyze these records in detail:\n{batch}"})
        bodies.append(json.dumps({"model": "gpt", "messages": messages}, ensure_ascii=False))
        messages.append({"role": "assistant", "content": "This is the stub cloud model's answer."})
        if len(messages) > 9:
            messages = messages[:1]
    return bodies


def _trace_body() -> str:
    """A multipart trace body: a scripted model's serialized repr holds its long reply list."""
    repr_ = ", ".join(["<function local_reply.<locals>.reply at 0x7f36914ddc60>"] * 4000)
    part = json.dumps({"lc": 1, "type": "not_implemented", "repr": f"Model(replies=[{repr_}])"})
    head = 'Content-Disposition: form-data; name="post.01a23f47.serialized"\r\n\r\n'
    return "--b\r\n" + head + part + "\r\n--b\r\n" + head + '{"inputs": "Translate"}\r\n--b--'


def corpus() -> dict[str, list[str]]:
    """The fixed texts, by source."""
    generated = [s.text for s in generate_corpus(N_STRINGS, seed=CORPUS_SEED)]
    splits = [t for s in generate_split_turns(N_SPLIT, seed=SPLIT_SEED) for t in s.turns]
    docs = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    return {
        "privacy_corpus": generated,
        "split_turns": splits,
        "workload_asks": _asks(),
        "sample_docs": docs,
        "egress_bodies": [*_chat_bodies(generated[:400]), _trace_body()],
    }


def _percentile(sorted_ms: list[float], q: float) -> float:
    return round(sorted_ms[int(q * (len(sorted_ms) - 1))], 3)


def run(dump: Path | None) -> dict[str, Any]:
    """Scan the corpus; the timing report (findings written to ``dump``)."""
    texts = corpus()
    findings: dict[str, list[Any]] = {}
    per_scan: list[float] = []
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for source, items in texts.items():
        for i, text in enumerate(items):
            t0 = time.perf_counter()
            found = scan(text)
            per_scan.append((time.perf_counter() - t0) * 1000)
            findings[f"{source}/{i}/scan"] = [[f.type, f.start, f.end, f.text] for f in found]
    scan_wall, scan_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    wall1, cpu1 = time.perf_counter(), time.process_time()
    for i, body in enumerate(texts["egress_bodies"]):
        findings[f"egress_bodies/{i}/screen"] = [
            [f.kind, f.start, f.end] for f in screen_outgoing(body)
        ]
        findings[f"egress_bodies/{i}/guard"] = personal_data_types(body)
    guard_wall, guard_cpu = time.perf_counter() - wall1, time.process_time() - cpu1
    per_scan.sort()
    if dump is not None:
        dump.write_text(json.dumps(findings, ensure_ascii=False), encoding="utf-8")
    return {
        "texts": {k: len(v) for k, v in texts.items()},
        "chars": sum(len(t) for v in texts.values() for t in v),
        "findings": sum(len(v) for k, v in findings.items() if k.endswith("/scan")),
        "scan_ms_p50": round(statistics.median(per_scan), 3),
        "scan_ms_p95": _percentile(per_scan, 0.95),
        "scan_ms_max": round(per_scan[-1], 1),
        "scan_total_wall_s": round(scan_wall, 2),
        "scan_total_cpu_s": round(scan_cpu, 2),
        "egress_guard_wall_s": round(guard_wall, 2),
        "egress_guard_cpu_s": round(guard_cpu, 2),
    }


def compare(old: Path, new: Path) -> dict[str, Any]:
    """The keys whose findings differ between two dumps (0 required of a speed-up)."""
    a = json.loads(old.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))
    differing = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    return {"compared": len(a.keys() | b.keys()), "differences": len(differing), "keys": differing}


def main(argv: list[str] | None = None) -> int:
    """Print the JSON report; with ``--compare``, exit 1 on any difference."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dump", type=Path, help="write every finding here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args(argv)
    if args.compare:
        result = compare(*args.compare)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 1 if result["differences"] else 0
    print(json.dumps(run(args.dump), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
