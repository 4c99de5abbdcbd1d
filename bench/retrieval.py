"""Retrieval benchmark on a SQuAD v1.1 file: ``switchyard bench retrieval --squad FILE --json``.

Every paragraph becomes a document in a fresh temporary store; every question
is searched. A paragraph counts as found at rank r when one of its chunks is
the r-th distinct paragraph in the results. The baseline (bm25s over plain
whitespace tokens) is measured in the same run on the same paragraphs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

from core.storage.scratch import scratch_schema
from tools.rag.answer_sentences import top_sentence
from tools.rag.dense import E5Embedder
from tools.rag.store import DocumentStore
from tools.rag.textutil import get_kiwi

_COLLECTION = "bench"
_SEARCH_K = 20  # chunks; enough to see 10 distinct paragraphs


def load_squad(path: Path) -> tuple[list[str], list[tuple[str, int, list[str]]]]:
    """Paragraph texts and ``(question, paragraph index, answer texts)`` rows."""
    data = json.loads(path.read_text("utf-8"))
    paragraphs: list[str] = []
    questions: list[tuple[str, int, list[str]]] = []
    for article in data["data"]:
        for para in article["paragraphs"]:
            paragraphs.append(para["context"])
            for qa in para["qas"]:
                answers = [a["text"] for a in qa.get("answers", []) if a.get("text")]
                questions.append((qa["question"], len(paragraphs) - 1, answers))
    return paragraphs, questions


def _recall(ranks: Sequence[int | None]) -> dict[str, float]:
    n = max(1, len(ranks))
    return {
        "recall_at_1": round(sum(r is not None and r <= 1 for r in ranks) / n, 4),
        "recall_at_5": round(sum(r is not None and r <= 5 for r in ranks) / n, 4),
        "recall_at_10": round(sum(r is not None and r <= 10 for r in ranks) / n, 4),
        "mrr": round(sum(1.0 / r for r in ranks if r is not None) / n, 4),
    }


def _baseline(
    paragraphs: list[str], questions: list[tuple[str, int, list[str]]]
) -> dict[str, float]:
    model = bm25s.BM25()
    model.index([p.split() or [""] for p in paragraphs], show_progress=False)
    ranks: list[int | None] = []
    for question, gold, _ in questions:
        tokens = [t for t in question.split() if t in model.vocab_dict]
        if not tokens:
            ranks.append(None)
            continue
        scores = np.asarray(model.get_scores(tokens))
        order = np.argsort(-scores, kind="stable")[:10]
        hits = [i + 1 for i, p in enumerate(order.tolist()) if p == gold and scores[p] > 0]
        ranks.append(hits[0] if hits else None)
    return _recall(ranks)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def run_retrieval_bench(
    squad_path: Path, *, dense: bool = True, storage_url: str | None = None
) -> dict[str, object]:
    """Run the benchmark and return the JSON-ready result.

    Args:
        squad_path: A SQuAD v1.1 JSON file.
        dense: Include dense vectors (embedding time is measured and reported).
        storage_url: ``postgresql://...`` puts the temporary index in a throw-away
            schema there instead of a SQLite file.

    Returns:
        The contract keys (DESIGN.md) plus timing details.
    """
    paragraphs, questions = load_squad(squad_path)
    result: dict[str, object] = {
        "n_questions": len(questions),
        "n_passages": len(paragraphs),
        "dense": dense,
        "storage": "postgresql" if storage_url else "sqlite",
    }
    t0 = time.perf_counter()
    get_kiwi().tokenize("모델 준비")  # one-time model loads are reported, not counted
    embedder = E5Embedder()
    if dense:
        embedder.warm_up()
    result["model_load_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    with contextlib.ExitStack() as scope:
        tmp = scope.enter_context(tempfile.TemporaryDirectory(prefix="switchyard-bench-"))
        url = scope.enter_context(scratch_schema(storage_url, "bench")) if storage_url else None
        store = DocumentStore(Path(tmp), dense=dense, embedder=embedder, storage_url=url)
        try:
            items = [(f"p{i}", text) for i, text in enumerate(paragraphs)]
            t0 = time.perf_counter()
            store.ingest_texts(items, _COLLECTION)
            lexical_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            embedded = store.embed_pending()
            embed_s = time.perf_counter() - t0
            result["n_chunks"] = sum(d.chunks for d in store.list_documents(_COLLECTION))
            result["ingest_passages_per_s"] = round(len(paragraphs) / max(lexical_s, 1e-9), 1)
            if dense:
                result["embed_chunks"] = embedded
                result["embed_passages_per_s"] = round(len(paragraphs) / max(embed_s, 1e-9), 2)
                result["hybrid_ingest_passages_per_s"] = round(
                    len(paragraphs) / max(lexical_s + embed_s, 1e-9), 2
                )
            ranks: list[int | None] = []
            latencies: list[float] = []
            in_top = 0
            for question, gold, answers in questions:
                t0 = time.perf_counter()
                passages = store.search(question, _COLLECTION, k=_SEARCH_K)
                latencies.append((time.perf_counter() - t0) * 1000)
                seen: list[str] = []
                for p in passages:
                    if p.source not in seen:
                        seen.append(p.source)
                rank = seen.index(f"p{gold}") + 1 if f"p{gold}" in seen else None
                ranks.append(rank if rank is not None and rank <= 10 else None)
                top = _norm(top_sentence(store.extractive_answer(question, passages[:5])))
                in_top += bool(top) and any(_norm(a) in top for a in answers)
        finally:
            store.close()
    result.update(_recall(ranks))
    result["answer_in_top_sentence"] = round(in_top / max(1, len(questions)), 4)
    qs = (
        statistics.quantiles(latencies, n=20, method="inclusive")
        if len(latencies) > 1
        else [latencies[0] if latencies else 0.0] * 19
    )
    result["query_p50_ms"] = round(statistics.median(latencies) if latencies else 0.0, 2)
    result["query_p95_ms"] = round(qs[18], 2)
    result["baseline_bm25_whitespace"] = _baseline(paragraphs, questions)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry: ``--squad FILE.json [--json] [--no-dense] [--storage-url URL]``."""
    parser = argparse.ArgumentParser(prog="switchyard bench retrieval")
    parser.add_argument("--squad", type=Path, required=True, help="SQuAD v1.1 JSON file")
    parser.add_argument("--json", action="store_true", help="print JSON (the default output)")
    parser.add_argument("--no-dense", action="store_true", help="lexical search only")
    parser.add_argument("--storage-url", help="postgresql://... to index there (a temp schema)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    result = run_retrieval_bench(args.squad, dense=not args.no_dense, storage_url=args.storage_url)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
