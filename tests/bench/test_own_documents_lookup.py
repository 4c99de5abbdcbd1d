"""The fast path's own-documents check: its bench, and one scan finding any topic word."""

from __future__ import annotations

from pathlib import Path

from bench.own_documents_lookup import (
    COLLECTION,
    FOUND_QUESTION,
    MISSING_QUESTION,
    _fill_index,
    run_lookup_bench,
)
from core.settings import load_settings
from graphs.own_documents_check_55o import own_documents_mention


def test_the_bench_reports_each_size_against_its_baseline() -> None:
    report = run_lookup_bench(sizes=(5, 40), runs=2)
    assert set(report["by_own_chunks"]) == {"5", "40"}
    for size in report["by_own_chunks"].values():
        assert {"word_found", "no_word_found", "no_word_found_vs_baseline_p50"} <= set(size)
        assert size["no_word_found"]["p50_ms"] > 0
    assert report["baseline_no_own_documents"]["p50_ms"] > 0


def test_the_bench_questions_are_found_and_missed_as_the_bench_says(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    _fill_index(settings, 30)
    assert own_documents_mention(settings, COLLECTION, FOUND_QUESTION)
    assert not own_documents_mention(settings, COLLECTION, MISSING_QUESTION)


def test_any_one_of_the_words_found_in_one_scan_is_enough(tmp_path: Path) -> None:
    # The single query ORs the words: the last word alone, in another case, still counts.
    settings = load_settings(data_dir=tmp_path)
    _fill_index(settings, 3)
    assert own_documents_mention(settings, COLLECTION, "Is the rooftop garage near the HOLIDAYS?")
    assert own_documents_mention(settings, COLLECTION, "영수증 주차 공간")
    assert not own_documents_mention(settings, COLLECTION, "Is the rooftop garage heated?")
