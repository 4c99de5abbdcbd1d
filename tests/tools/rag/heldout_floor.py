"""The check every held-out document-question set shares: 0 wrong, all declined, recall kept.

Each set (``bench/docqa_heldout*``, ``bench/docqa_devset.json``) runs through the real
planner on a real store; a set's test names its questions file, its minimum size and
its recall floor, measured with ``python -m bench.docqa --json --devset FILE --docs ...``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

from bench.docqa import load_devset, run_devset
from tools.rag import DocumentStore


def assert_set_holds(
    store: DocumentStore,
    questions: Path,
    *,
    recall_floor: float,
    min_questions: int = 0,
    min_unanswerable: int = 0,
) -> dict[str, Any]:
    """Run a question set and assert it gives no wrong answer and keeps its recall.

    Args:
        store: A store holding the set's documents in the ``devset`` collection.
        questions: The set's ``questions.json``.
        recall_floor: The least share of answerable questions answered right.
        min_questions: The set must hold at least this many questions.
        min_unanswerable: ... and at least this many unanswerable ones (and one
            answerable one at least, always).

    Returns:
        The run's result (counts, precision, recall, failures).
    """
    rows = load_devset(questions)
    assert len(rows) >= min_questions
    assert any(r["file"] is not None for r in rows)
    assert sum(r["file"] is None for r in rows) >= min_unanswerable
    result = run_devset(store, rows)
    assert result["wrong"] == 0, result["failures"]
    assert result["decline_rate_unanswerable"] == 1.0, result["failures"]
    assert result["recall"] >= recall_floor, result["failures"]
    return result


def assert_phrases_written_once(folder: Path, *, min_questions: int, min_unanswerable: int) -> None:
    """Assert every expected phrase of a set occurs exactly once in its document.

    Args:
        folder: The set's folder (``questions.json`` and its ``.md``/``.html`` documents).
        min_questions: The set must hold at least this many questions.
        min_unanswerable: ... and at least this many unanswerable ones.
    """
    questions = json.loads((folder / "questions.json").read_text(encoding="utf-8"))["questions"]
    texts = {
        path.name: unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
        for path in folder.iterdir()
        if path.suffix in (".md", ".html")
    }
    assert len(questions) >= min_questions
    assert sum(q["file"] is None for q in questions) >= min_unanswerable
    for q in questions:
        if q["file"] is None:
            continue
        for file, phrase in [(q["file"], q["contains"]), *q.get("also", [])]:
            assert texts[file].count(phrase) == 1, (q["q"], phrase)


def heldout_store(folder: Path, embedded_samples: Path, data_dir: Path) -> DocumentStore:
    """A store holding the samples and a held-out set's own documents (``.md``/``.html``).

    Args:
        folder: The set's folder.
        embedded_samples: The session's samples store folder (the ``embedded_samples`` fixture).
        data_dir: An empty folder for the copy.
    """
    from tests.tools.rag.conftest import copy_of_samples

    documents = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".html"))
    return copy_of_samples(embedded_samples, data_dir, documents)


def assert_set_counts(
    store: DocumentStore,
    questions: Path,
    *,
    left_wrong: set[str],
    declined_right: int,
    right_floor: int,
) -> dict[str, Any]:
    """Run a blind set whose known wrong answers are named, and assert its counts hold.

    Args:
        store: A store holding the set's documents in the ``devset`` collection.
        questions: The set's ``questions.json``.
        left_wrong: The questions still answered wrongly (a new one fails).
        declined_right: How many unanswerable questions are declined.
        right_floor: The least number of right answers.

    Returns:
        The run's result (counts, precision, recall, failures).
    """
    result = run_devset(store, load_devset(questions))
    wrong = {f["q"] for f in result["failures"] if f["outcome"] == "wrong"}
    assert wrong <= left_wrong, result["failures"]
    assert result["declined_right"] == declined_right, result["failures"]
    assert result["right"] >= right_floor, result["failures"]
    return result


def heldout_set_test(
    folder: str,
    *,
    left_wrong: frozenset[str] = frozenset(),
    declined_right: int,
    right_floor: int,
) -> Callable[[Path, Path], None]:
    """A test running the blind set ``bench/<folder>`` and asserting its counts hold.

    A set's test module binds it to a test name, three lines per set::

        test_the_set_keeps_its_counts = heldout_set_test(
            "docqa_heldout46", declined_right=15, right_floor=30
        )

    Args:
        folder: The set's folder under ``bench/``.
        left_wrong: The questions still answered wrongly (a new one fails).
        declined_right: How many unanswerable questions are declined.
        right_floor: The least number of right answers.

    Returns:
        A test function taking pytest's ``tmp_path`` and the ``embedded_samples`` fixture.
    """

    def check(store: DocumentStore, questions: Path) -> None:
        result = assert_set_counts(
            store,
            questions,
            left_wrong=set(left_wrong),
            declined_right=declined_right,
            right_floor=right_floor,
        )
        assert result["wrong"] <= len(left_wrong)

    return _set_test(folder, check)


def _set_test(
    folder: str, check: Callable[[DocumentStore, Path], None]
) -> Callable[[Path, Path], None]:
    """A test running ``check(store, questions)`` on a store holding the set ``bench/<folder>``
    (and the samples), its ``questions.json``."""
    set_folder = Path(__file__).resolve().parents[3] / "bench" / folder

    def test(tmp_path: Path, embedded_samples: Path) -> None:
        # One test reads the set, so the store lives in it rather than in a module fixture.
        store = heldout_store(set_folder, embedded_samples, tmp_path)
        try:
            check(store, set_folder / "questions.json")
        finally:
            store.close()

    return test


def set_holds_test(
    folder: str,
    *,
    recall_floor: float,
    min_questions: int = 0,
    min_unanswerable: int,
) -> Callable[[Path, Path], None]:
    """A test running the held-out set ``bench/<folder>`` through :func:`assert_set_holds`.

    Besides that check (no wrong answer, every unanswerable question declined, the recall
    kept), exactly ``min_unanswerable`` questions are declined right. A set's test module
    binds it to a test name::

        test_the_set_gives_no_wrong_answer_and_keeps_its_counts = set_holds_test(
            "docqa_heldout39", recall_floor=0.57, min_questions=60, min_unanswerable=20
        )

    Returns:
        A test function taking pytest's ``tmp_path`` and the ``embedded_samples`` fixture.
    """

    def check(store: DocumentStore, questions: Path) -> None:
        result = assert_set_holds(
            store,
            questions,
            recall_floor=recall_floor,
            min_questions=min_questions,
            min_unanswerable=min_unanswerable,
        )
        assert (result["wrong"], result["declined_right"]) == (0, min_unanswerable)

    return _set_test(folder, check)
