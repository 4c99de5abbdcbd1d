"""A model's fine for a parking ticket, read from a passage about rubbish left in parks.

Our own city page, not any bench set's document: its "parks" meets the question's
"parking" at the stem, and the other grounding checks only compare passages with each
other, so with no other passage stating an amount the park fine passed as the answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs import output_checks
from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore

_PAGE = (
    "# Eastvale City Services\n\n## Litter in parks\n\n"
    "Leaving rubbish in parks or on the footpath is littering. "
    "On-the-spot fines are $400 for individuals and $1,500 for businesses.\n\n"
    "## Car park\n\nShow your parking ticket at the gate when you leave the car park.\n\n"
    "## Library\n\nThe library opens at 9 am and lends up to 12 books per card.\n"
)
_QUESTION = "how much is the fine for a parking ticket?"
_ANSWER = "The fine is $400 for individuals [1]."
PUBLIC = {"public_contacts": ["02-555-0100"]}


def _store(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "city.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    return store


def test_the_park_fine_is_not_shown_as_a_parking_ticket_fine(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    assistant, _ = build_assistant(
        docs=_store(tmp_path),
        local=[_ANSWER] * 2,
        cloud=[_ANSWER] * 2,
        router={"difficulty_threshold": 1.0},
        privacy=PUBLIC,
    )
    result = assistant.ask(_QUESTION).to_json()
    assert "$400" not in result["answer"], result["answer"]
    assert result["citations"] == []


def test_without_the_rule_the_park_fine_passes(
    build_assistant: BuildAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output_checks, "figure_from_a_stem_reading", lambda *_: None)
    assistant, _ = build_assistant(
        docs=_store(tmp_path),
        local=[_ANSWER] * 2,
        cloud=[_ANSWER] * 2,
        router={"difficulty_threshold": 1.0},
        privacy=PUBLIC,
    )
    result = assistant.ask(_QUESTION).to_json()
    assert "$400" in result["answer"]
