"""The shared ending of the follow-up rules: words replaced in place, kept only when read."""

from __future__ import annotations

from tools.followup_rerun import (
    kept_if_answer_moves,
    kept_if_read,
    kept_if_runs,
    replaced,
    spliced,
    with_step,
)


def test_spliced_replaces_every_span_of_the_text_as_given() -> None:
    # Given in either order, each span is of the original text: "7" at 0..1, "12" at 4..6.
    text = "7 + 12 = ?"
    assert spliced(text, [((0, 1), "30"), ((4, 6), "5")]) == "30 + 5 = ?"
    assert spliced(text, [((4, 6), "5"), ((0, 1), "30")]) == "30 + 5 = ?"


def test_spliced_with_an_empty_value_drops_the_words() -> None:
    assert spliced("coffee and cake", [((6, 15), "")]) == "coffee"


def test_replaced_keeps_a_rewrite_code_reads() -> None:
    changed = replaced("17 * 3", (5, 6), "4", "3 → 4")
    assert changed == (["17 * 4"], "3 → 4")


def test_replaced_drops_a_rewrite_no_reader_takes() -> None:
    # "17 * apples" is no sum any reader takes: the rule gives nothing, never an answer.
    assert replaced("17 * 3", (5, 6), "apples", "3 → apples") is None
    assert kept_if_read("17 * apples", "3 → apples") is None


def test_kept_if_answer_moves_needs_both_read_and_a_new_answer() -> None:
    assert kept_if_answer_moves("17 * 3", "17 * 4", "3 → 4") == (["17 * 4"], "3 → 4")
    # The same answer: the turn changed nothing the reading uses.
    assert kept_if_answer_moves("17 * 3", "3 * 17", "swapped") is None
    # The rewrite is not read.
    assert kept_if_answer_moves("17 * 3", "17 * apples", "3 → apples") is None


def test_kept_if_runs_needs_every_step_read() -> None:
    steps = ["17 * 3", "multiply that by 2"]
    assert kept_if_runs(steps, "x 2") == (steps, "x 2")
    # A step no reader takes, first or last: the whole change is dropped.
    assert kept_if_runs(["17 * 3", "apples and pears"], "?") is None
    assert kept_if_runs(["apples and pears", "17 * 3"], "?") is None


def test_with_step_changes_only_the_step_at_its_index() -> None:
    steps = ["rent 900 a month", "split it 3 ways", "times 12"]
    assert with_step(steps, 1, "split it 4 ways") == [
        "rent 900 a month",
        "split it 4 ways",
        "times 12",
    ]
    assert with_step(steps, 0, "rent 950 a month")[1:] == steps[1:]
    assert steps[1] == "split it 3 ways"  # the steps given are left as they were
