"""What the code-only path's own-documents check costs, by index size.

Before the CLI's code-only path (``graphs.fast_turn``) answers a question from the curated
FAQ, ``graphs.own_documents_check_55o.own_documents_mention`` asks the document index, in
SQL, whether a document of the user's own names one of the question's topic words. Each
word is a ``LIKE '%word%'`` over the stored chunk text: no index can serve it, so its
cost grows with the number of own chunks. This bench measures it against its own
baseline in the same run, the check on a workspace with no own document (one indexed
``LIMIT 1`` query, the cost every user without documents pays), at growing index sizes,
for a question whose word is found early and one whose words are in no chunk (the whole
table read once per word: the worst case).

The chunks are written straight into the index's tables (no parsing, no embedding): the
check reads only ``documents`` and ``chunks.text``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from core.settings import Settings, load_settings
from core.storage import is_postgres, migrate, open_store, storage_url_of
from graphs.own_documents_check_55o import own_documents_mention
from tools.rag_schema import SCHEMA

COLLECTION = "default"
# A question a curated FAQ answers; its topic words are in the first chunk written.
FOUND_QUESTION = "What are your opening hours?"
# Topic words no generated chunk holds: every word reads the whole table.
MISSING_QUESTION = "Do you validate parking for the rooftop garage?"
_CHUNK_TEXT = (
    "Section {n}. Employees submit expense claims within 30 days of the purchase. "
    "Claims above 500,000 won need a director's approval; receipts are attached to the "
    "claim in the finance system. 직원은 구매일로부터 30일 이내에 경비를 청구합니다. "
    "영수증은 재무 시스템의 청구서에 첨부합니다. "
)
_OPENING_HOURS = "We are open every day from 10:00 to 22:00; opening hours change on holidays."


def _fill_index(settings: Settings, own_chunks: int) -> None:
    """Write ``own_chunks`` chunks of one own document (and one sample) into the index."""
    db = open_store(settings, SCHEMA)
    try:
        migrate(db, SCHEMA)
        with db.session() as session:
            documents = [
                ("samples", "data/samples/clinic_guide.md", 1),
                ("own", "/home/user/docs/policy.md", own_chunks),
            ]
            for key, source, n_chunks in documents:
                if n_chunks == 0:
                    continue
                session.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, 'md', 'utf-8', 0, ?, 0)",
                    (COLLECTION, key, source, key, n_chunks),
                )
                rows = [
                    (
                        f"{key}-{n}",
                        COLLECTION,
                        key,
                        source,
                        n,
                        _OPENING_HOURS if n == 0 else _CHUNK_TEXT.format(n=n),
                    )
                    for n in range(n_chunks)
                ]
                session.executemany(
                    "INSERT INTO chunks(chunk_id, collection, key, source, ord, start, "
                    '"end", locator, heading, page, text, tokens, sentences, vec_key) '
                    "VALUES (?, ?, ?, ?, ?, 0, 0, '', '', NULL, ?, '', '', '')",
                    rows,
                )
    finally:
        if not is_postgres(storage_url_of(settings)):
            db.close()  # PostgreSQL's pool is shared with the other stores


def _p50_p95(settings: Settings, question: str, runs: int) -> dict[str, float]:
    own_documents_mention(settings, COLLECTION, question)  # warm-up: tokeniser, connection
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        own_documents_mention(settings, COLLECTION, question)
        samples.append((time.perf_counter() - started) * 1000)
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
    }


def run_lookup_bench(sizes: tuple[int, ...] = (1_000, 20_000), runs: int = 20) -> dict[str, Any]:
    """Time the own-documents check with no own document and at each index size.

    Args:
        sizes: Numbers of own chunks to measure at.
        runs: Timed calls per question and size (after one warm-up call).

    Returns:
        ``baseline_no_own_documents`` (p50/p95 ms), and per size the found and the missing
        question's p50/p95 with the missing one's p50 as a multiple of the baseline's.
    """
    report: dict[str, Any] = {"runs": runs, "by_own_chunks": {}}
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp) / "none")
        _fill_index(settings, 0)
        baseline = _p50_p95(settings, FOUND_QUESTION, runs)
        report["baseline_no_own_documents"] = baseline
        for size in sizes:
            sized = load_settings(data_dir=Path(tmp) / f"own{size}")
            _fill_index(sized, size)
            missing = _p50_p95(sized, MISSING_QUESTION, runs)
            report["by_own_chunks"][str(size)] = {
                "word_found": _p50_p95(sized, FOUND_QUESTION, runs),
                "no_word_found": missing,
                "no_word_found_vs_baseline_p50": round(
                    missing["p50_ms"] / max(baseline["p50_ms"], 1e-6), 1
                ),
            }
    return report
