"""A follow-up with no subject of its own is asked of the previous question's subject.

Our own swimming-pool page, not any bench set's document.
"""

from __future__ import annotations

from pathlib import Path

from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore

_PAGE = (
    "# Sunrise Swimming Pool\n\n## Opening hours\n\n"
    "The swimming pool opens for lane swimming at 6 am on weekdays.\n\n"
    "## Lockers\n\nLockers cost 1,000 won a day and take a coin. "
    "Towels are lent at the front desk.\n"
)


def test_the_follow_up_is_asked_of_the_previous_subject(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "pool.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    assistant, _fakes = build_assistant(docs=store)
    first = assistant.ask("when does the swimming pool open?")
    assert "6 am on weekdays" in first.answer
    # Alone, "and on weekends?" matches nothing and would go to a model (none is scripted
    # here); asked of the pool, the documents say they never mention weekends.
    second = assistant.ask("and on weekends?", thread_id=first.thread_id).to_json()
    assert "not in the documents: weekend" in second["answer"]
    (step,) = second["steps"]
    assert step["tier"] == "deterministic"
    assert any("no subject of its own" in reason for reason in step["reasons"])
