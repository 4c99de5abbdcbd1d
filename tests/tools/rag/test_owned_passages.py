"""A model step reads only the documents of the place an English question asks about.

Own examples: a hospital's visitor page prices its parking, an aquarium's guide never
mentions parking. "How much is parking at the aquarium?" must not hand the hospital's
passage to a model, which would write the hospital's rule as the aquarium's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import agents.documents as documents
from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.models import Passage
from tools.rag.owned_passages import passages_of_owner

_HOSPITAL = """# Riverside Hospital visitors

## Parking

Visitors park in the west garage. The first two hours cost 3,000 won, then 1,000 won an hour.
"""

_AQUARIUM = """# Blue Bay Aquarium guide

## Tickets

An adult ticket to the aquarium costs 25,000 won; children under 3 enter free.

## Lockers

Coin lockers by the aquarium entrance take 1,000 won coins.
"""

_DOCS = {"hospital_en.md": _HOSPITAL, "aquarium_en.md": _AQUARIUM}


def _passage(source: str, text: str) -> Passage:
    return Passage(chunk_id=source, source=source, heading="", text=text)


def test_passages_of_another_place_are_dropped() -> None:
    hospital = _passage("hospital.md", "The first two hours of parking cost 3,000 won.")
    aquarium = _passage("aquarium.md", "Parking at the aquarium is free for members.")
    names = {"hospital.md": "hospital parking", "aquarium.md": "aquarium parking"}

    def mentions(p: Passage, word: str) -> bool:
        return word in names[p.source]

    question = "how much is parking at the aquarium"
    topics = ["park", "aquarium"]
    kept = passages_of_owner(question, topics, [hospital, aquarium], mentions, lambda _: True)
    assert kept == [aquarium]
    # Those left name nothing else asked (no parking): nothing is left to read.
    names["aquarium.md"] = "aquarium"
    kept = passages_of_owner(question, topics, [hospital], mentions, lambda _: True)
    assert kept == []
    # A place no document of the collection names is the caller's "not in the documents".
    assert passages_of_owner(question, topics, [hospital], mentions, lambda _: False) == [hospital]
    # No place named: every passage stays.
    assert passages_of_owner("how much is parking", ["park"], [hospital], mentions, lambda _: True)


def test_the_plan_says_the_documents_do_not_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "how much is parking at the aquarium"
    for store in small_store(tmp_path / "data", "c", _DOCS):
        plan = plan_document_step(store, question, collection="c", pinned=False)
        assert plan.kind == "not_covered", plan
        assert not any("hospital" in str(c["source"]) for c in plan.citations), plan
        # The rule is what declines: switched off, the model gets the hospital's page (with
        # tools.rag.split_topics off too, which also declines it: the hospital never names
        # the aquarium, the aquarium never names parking).
        monkeypatch.setattr(documents, "passages_of_owner", lambda q, t, passages, *a: passages)
        monkeypatch.setattr(documents, "passages_naming_every_topic", lambda t, p, m: list(p))
        plan = plan_document_step(store, question, collection="c", pinned=False)
        assert plan.kind == "grounded", plan
        assert any("hospital" in str(c["source"]) for c in plan.citations), plan
