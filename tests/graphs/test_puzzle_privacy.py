"""A puzzle over the bundled samples stays one public step (issue 11 part 7)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.graphs.conftest import REPO, BuildAssistant
from tools.rag import DocumentStore

PUZZLE = (
    "A는 B보다 키가 크고, C는 A보다 크다. D는 B보다 작다. "
    "가장 키가 작은 사람은 누구인지 이유와 함께 설명해 주세요."
)


def test_a_puzzle_is_one_public_step_even_beside_the_clinics_address(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    # Split at "크고,", the premise alone was looked up in the documents, met the clinic's
    # address (directions.md §주소, then not a listed contact) and ran local only; the
    # question after it ran without its premises, and local only too.
    store = DocumentStore(tmp_path / "samples", dense=False)
    store.ingest_path(REPO / "data" / "samples")
    shipped = tomllib.loads((REPO / "switchyard.toml").read_text(encoding="utf-8"))
    assistant, fakes = build_assistant(
        docs=store,
        cloud=["D가 가장 작습니다: D < B < A < C."],
        privacy={"public_contacts": shipped["privacy"]["public_contacts"]},
        router={"difficulty_threshold": 0.0},
    )
    result = assistant.ask(PUZZLE)
    (step,) = result.steps
    assert (result.privacy, step.privacy, step.tier) == ("public", "public", "cloud"), step.reasons
    assert "D" in result.answer
    fakes["cloud"].assert_complete()
    assert fakes["local"].calls == []
