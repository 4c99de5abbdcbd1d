"""A what-is question asks for its head noun: a sentence on the rest is no answer.

"what's the penalty if …" shares every other word with a rule that states no penalty; the
dense check used to wave the unknown "penalty" through as phrasing. Our own document (a
tool library's loan rules), run through the real store, Kiwi, e5 and the planner.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from bench.docqa import _COLLECTION
from tests.tools.rag.conftest import copy_of_samples
from tools.rag.dense_confirmed import _asked_for
from tools.rag.store import DocumentStore
from tools.rag.textutil import tokenize

_TOOL_LIBRARY = """# Maple Street tool library: loans

## Returning tools
Return every borrowed tool within 7 days of picking it up, cleaned and with all its parts.
Members can borrow up to three tools at a time.

## Membership
The yearly membership costs 20,000 won and includes safety training.
"""


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("tool_library")
    (folder / "tool_library_en.md").write_text(_TOOL_LIBRARY, encoding="utf-8")
    docs = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("data"), [folder])
    yield docs
    docs.close()


def test_the_head_noun_of_a_what_is_question() -> None:
    assert _asked_for("what's the penalty if i return a drill after 7 days") == set(
        tokenize("penalty")
    )
    assert _asked_for("whats the yearly membership fee?") == set(tokenize("fee"))
    # A noun naming only the kind of answer is left to the answer-type checks.
    assert _asked_for("what is the mileage rate if i use my car") == set()
    assert _asked_for("what is the minimum password length?") == set()
    assert _asked_for("how do i return a drill") == set()


def test_a_rule_that_states_no_penalty_does_not_answer_for_it(store: DocumentStore) -> None:
    plan = plan_document_step(
        store,
        "what's the penalty if i return a borrowed tool after 7 days",
        collection=_COLLECTION,
        pinned=False,
    )
    assert plan.kind != "extractive", plan.answer


def test_the_rule_still_answers_what_it_states(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "what's the yearly membership fee?", collection=_COLLECTION, pinned=False
    )
    assert plan.kind == "extractive" and "20,000 won" in plan.answer, plan.reasons
