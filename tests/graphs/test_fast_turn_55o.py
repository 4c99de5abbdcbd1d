"""The CLI's fast path checks the user's own documents before the sample FAQ (brief ownfacts55).

``graphs.fast_turn.answer_in_code`` answered every curated-FAQ match with the sample
clinic's entry; with an own document of the user's saying otherwise it now hands the turn
to the graph, which cites that document. The examples (a pottery studio, a bike shop)
are our own, not the case files'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graphs.fast_turn as fast_turn_module
from core.settings import Settings, load_settings
from core.storage import migrate, open_store
from graphs.fast_turn import answer_in_code, open_code_services
from graphs.own_documents_check_55o import own_documents_mention
from tests.cli_env import cli_env, run_cli
from tools.rag_schema import SCHEMA


def _settings(data: Path) -> Settings:
    return load_settings(
        data_dir=data, mcp={"config_path": str(data / "no-mcp.json")}, otel={"enabled": False}
    )


def _index(settings: Settings, rows: list[tuple[str, str, str]]) -> None:
    """Rows (collection, source, text) written to the document index as ingest would."""
    db = open_store(settings, SCHEMA)
    migrate(db, SCHEMA)
    with db.session() as session:
        for n, (collection, source, text) in enumerate(rows):
            session.execute(
                "INSERT INTO documents VALUES (?, ?, ?, 'h', 'md', 'utf-8', 1, 1, 0)",
                (collection, f"k{n}", source),
            )
            session.execute(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, 0, 0, 1, '', '', NULL, ?, '', '', '')",
                (f"c{n}", collection, f"k{n}", source, text),
            )
    db.close()


_SAMPLE = ("default", "data/samples/visitor_info_en.md", "The clinic is open weekdays.")
_POTTERY = ("default", "uploads/pottery_studio.md", "Studio opening hours: 11:00-21:00 daily.")
_BIKES = ("default", "uploads/bike_shop.md", "Repairs take two days; tyres cost 30,000 won.")


@pytest.mark.parametrize(
    "question", ["What are your opening hours?", "When are you open?", "진료시간 알려주세요"]
)
def test_an_own_document_naming_the_topic_sends_the_faq_question_to_the_graph(
    tmp_path: Path, question: str
) -> None:
    settings = _settings(tmp_path)
    korean = (
        "default",
        "uploads/studio_ko.md",
        "공방 진료시간은 없고, 수업 시간은 11시부터입니다.",
    )
    _index(settings, [_SAMPLE, _POTTERY, korean])
    assert own_documents_mention(settings, "default", question)
    assert answer_in_code(open_code_services(settings), question) is None


def test_without_an_own_document_on_it_the_faq_answers_as_before(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    question = "What are your opening hours?"
    # No index at all, then the samples only, then an own document about something else.
    assert not own_documents_mention(settings, "default", question)
    _index(settings, [_SAMPLE, ("other", "uploads/pottery_studio.md", _POTTERY[2]), _BIKES])
    assert not own_documents_mention(settings, "default", question)
    answered = answer_in_code(open_code_services(settings), question)
    assert answered is not None and "Hanbit" in answered.answer


def test_the_check_switched_off_answers_from_the_sample_faq(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The control: without the check the sample clinic's hours answer the pottery studio's user.
    settings = _settings(tmp_path)
    _index(settings, [_POTTERY])
    monkeypatch.setattr(fast_turn_module, "own_documents_mention", lambda *_: False)
    answered = answer_in_code(open_code_services(settings), "What are your opening hours?")
    assert answered is not None and "Hanbit" in answered.answer


@pytest.mark.slow
def test_the_cli_answer_cites_the_users_own_document(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "pottery_studio_en.md").write_text(
        "# Opening hours\n\nOur opening hours are 11:00 to 21:00 every day, Sundays included.\n",
        encoding="utf-8",
    )
    env = cli_env(tmp_path / "data")
    assert run_cli(env, "ingest", str(docs)).returncode == 0
    done = run_cli(env, "ask", "What are your opening hours?", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert "11:00 to 21:00" in result["answer"], result["answer"]
    assert result["citations"][0]["source"].endswith("pottery_studio_en.md")
