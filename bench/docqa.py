"""Extractive document answers on a development set: ``python -m bench.docqa --json``.

Every question of ``bench/docqa_devset.json`` goes through
:func:`agents.documents.plan_document_step` over the bundled samples. An
answerable question counts as right when the step answers extractively, cites
the expected file and quotes the expected phrase; an unanswerable one counts
as correctly declined when the step does not answer from the documents. A
``wrong`` answer (an extractive answer that is not right) is the one outcome the
deterministic tier must never produce.

Held-out sets, over the samples and documents of their own (``--docs``):
``bench/docqa_heldout`` (44 questions), ``bench/docqa_heldout2`` (61) and
``bench/docqa_heldout3`` (83: the samples and a Korean leave policy), each written
blind before the change it first measured; each ``questions.json`` says how to run it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.documents import plan_document_step
from tools.rag.crosslingual import everyday_vocabulary_on, use_everyday_vocabulary
from tools.rag.store import DocumentStore

DEVSET = Path(__file__).with_name("docqa_devset.json")
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
_COLLECTION = "devset"


def load_devset(path: Path = DEVSET) -> list[dict[str, Any]]:
    """Development questions: ``q``, ``file`` (``None``: unanswerable), ``contains``, ``also``."""
    rows: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["questions"]
    return rows


def _outcome(row: dict[str, Any], kind: str, answer: str, cited: list[str]) -> str:
    if kind != "extractive":
        return "declined_right" if row["file"] is None else "declined_wrong"
    if row["file"] is None:
        return "wrong"
    # The first citation belongs to the best sentence; it must be one that states the answer.
    for file, phrase in [(row["file"], row["contains"]), *row.get("also", [])]:
        if cited and cited[0].endswith(file) and phrase in answer:
            return "right"
    return "wrong"


def run_devset(store: DocumentStore, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Plan every question and score the outcomes.

    Args:
        store: A store holding the samples in the ``devset`` collection.
        rows: Development questions.

    Returns:
        Counts, answer precision, recall of answerable questions, decline rate
        of unanswerable ones and every case that was not right.
    """
    counts = {"right": 0, "wrong": 0, "declined_right": 0, "declined_wrong": 0}
    failures: list[dict[str, Any]] = []
    for row in rows:
        plan = plan_document_step(store, row["q"], collection=_COLLECTION, pinned=False)
        cited = [str(c["source"]) for c in plan.citations] if plan.kind == "extractive" else []
        outcome = _outcome(row, plan.kind, plan.answer, cited)
        counts[outcome] += 1
        if outcome not in ("right", "declined_right"):
            failures.append(
                {
                    "q": row["q"],
                    "outcome": outcome,
                    "kind": plan.kind,
                    "answer": plan.answer[:160],
                    "reasons": plan.reasons,
                }
            )
    answered = counts["right"] + counts["wrong"]
    answerable = sum(1 for r in rows if r["file"] is not None)
    unanswerable = len(rows) - answerable
    return {
        "n_questions": len(rows),
        "n_answerable": answerable,
        **counts,
        "precision": round(counts["right"] / answered, 4) if answered else 1.0,
        "recall": round(counts["right"] / answerable, 4) if answerable else 1.0,
        "decline_rate_unanswerable": (
            round(counts["declined_right"] / unanswerable, 4) if unanswerable else 1.0
        ),
        "failures": failures,
    }


def sample_store(data_dir: Path, *, dense: bool, extra: Sequence[Path] = ()) -> DocumentStore:
    """A store over ``data/samples`` and ``extra`` files or folders (embedded when ``dense``)."""
    store = DocumentStore(data_dir, dense=dense)
    for path in (SAMPLES, *extra):
        report = store.ingest_path(path, _COLLECTION)
        if report.rejected:
            raise RuntimeError(f"documents rejected: {report.rejected}")
    if dense:
        store.embed_pending()
    return store


def main(argv: Sequence[str] | None = None) -> int:
    """Run the development set and print the result (JSON with ``--json``)."""
    parser = argparse.ArgumentParser(prog="python -m bench.docqa")
    parser.add_argument("--no-dense", action="store_true", help="lexical search only")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--no-word-lists",
        action="store_true",
        help="switch off the Korean-English term bridge (measures what the word lists add)",
    )
    vocabulary = parser.add_mutually_exclusive_group()
    vocabulary.add_argument(
        "--everyday-vocabulary",
        action="store_true",
        help="switch on the everyday vocabulary (tools/rag/vocabulary.tsv), on by default",
    )
    vocabulary.add_argument(
        "--no-everyday-vocabulary",
        action="store_true",
        help="switch the everyday vocabulary off (measures what it adds)",
    )
    parser.add_argument(
        "--devset", type=Path, default=DEVSET, help="question file (default: the dev set)"
    )
    parser.add_argument(
        "--docs", type=Path, action="append", default=[], help="more documents to ingest"
    )
    args = parser.parse_args(argv)
    if args.everyday_vocabulary or args.no_everyday_vocabulary:
        use_everyday_vocabulary(not args.no_everyday_vocabulary)
    if args.no_word_lists:
        from tools.rag.crosslingual import disable_word_lists

        disable_word_lists()
    with tempfile.TemporaryDirectory() as tmp:
        store = sample_store(Path(tmp), dense=not args.no_dense, extra=args.docs)
        try:
            result = run_devset(store, load_devset(args.devset))
        finally:
            store.close()
    result["dense"] = not args.no_dense
    result["word_lists"] = not args.no_word_lists
    result["everyday_vocabulary"] = everyday_vocabulary_on()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            if key != "failures":
                print(f"{key}: {value}")
        for failure in result["failures"]:
            print(f"- [{failure['outcome']}] {failure['q']} -> {failure['answer']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
