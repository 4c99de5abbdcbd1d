"""A model's answer to a document question is shown only when the passages back it.

Questions written for these tests over the bundled samples (none from the
document-question sets): the samples never say why the pharmacy closes on Sundays nor
when it first opened, so a year in the answer was invented; a loop or a "the documents
do not say" is no answer to cite either. Each ends in the honest "not in the documents",
uncited and uncached.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.graphs.conftest import REPO, BuildAssistant
from tools.rag import DocumentStore
from tools.rag.crosslingual import everyday_vocabulary

# Related passages (the pharmacy, its hours), none says why: a model is asked to read them.
CLOSED_WHY = "Why is the pharmacy closed on Sundays?"
# No passage places anything once in time (a year, a date): the pharmacy's weekly hours
# are about its opening too, but no answer to when it first opened, so no model is asked.
FIRST_OPENED = "When did the pharmacy open for the first time?"
DECLINED = "The documents do not cover this question."
# The samples' contacts are the organisation's own: no personal data, so the step may
# escalate to the cloud tier.
PUBLIC = {"public_contacts": ["02-555-0100"]}


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> DocumentStore:
    store = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    assert not store.ingest_path(REPO / "data" / "samples").rejected
    return store


def _reasons(result: dict[str, object]) -> str:
    steps = result["steps"]
    assert isinstance(steps, list)
    return " | ".join(r for step in steps for r in step["reasons"])


def test_an_invented_year_escalates_once_then_declines(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=samples_store,
        local=["The Hanbit Pharmacy has closed on Sundays since 2015 [1]."],
        cloud=["Its owners decided so in 1998."],
        router={"difficulty_threshold": 1.0},
        privacy=PUBLIC,
    )
    result = assistant.ask(CLOSED_WHY).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "cloud" and not step["degraded"]
    assert DECLINED in result["answer"] and "2015" not in result["answer"]
    assert result["citations"] == []
    reasons = _reasons(result)
    assert "ungrounded: 2015" in reasons and "escalated once to the cloud tier" in reasons
    assert "ungrounded: 1998" in reasons
    assert len(assistant.services.cache) == 0  # type: ignore[arg-type]
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_without_a_cloud_tier_an_invented_answer_is_declined_locally(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=samples_store,
        local=["The pharmacy closed on Sundays from 3 March 2009."],
        cloud_id="",
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask(CLOSED_WHY).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local"
    assert result["answer"].startswith(DECLINED) and result["citations"] == []
    assert "guard: document answer ungrounded" in _reasons(result)
    fakes["local"].assert_complete()


def test_a_numbered_loop_on_a_document_step_is_never_shown(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    loop = "\n".join(f"{n}. The pharmacy is a reference material." for n in range(1, 9))
    assistant, _ = build_assistant(
        docs=samples_store, local=[loop], cloud_id="", router={"difficulty_threshold": 1.0}
    )
    result = assistant.ask(CLOSED_WHY).to_json()
    assert "reference material" not in result["answer"]
    assert result["answer"].startswith(DECLINED) and result["citations"] == []
    assert "guard: repetition loop" in _reasons(result)


def test_a_model_saying_the_documents_lack_it_is_not_escalated(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=samples_store,
        local=["The documents do not mention why the pharmacy closes on Sundays."],
        router={"difficulty_threshold": 1.0},
        privacy=PUBLIC,
    )
    result = assistant.ask(CLOSED_WHY).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local" and result["citations"] == []
    assert result["answer"].startswith(DECLINED)
    assert "the model found no answer in the passages" in _reasons(result)
    assert fakes["cloud"].calls == []


def test_a_grounded_answer_is_shown_with_its_citations(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, _ = build_assistant(
        docs=samples_store,
        local=["The samples do not give a reason; the pharmacy opens weekdays 09:00–18:00."],
        cloud_id="",
        router={"difficulty_threshold": 1.0},
    )
    # "do not give" is not a refusal this check knows, and 09:00–18:00 is in the passages.
    result = assistant.ask(CLOSED_WHY).to_json()
    assert "09:00–18:00" in result["answer"] and result["citations"]
    assert "guard:" not in _reasons(result)


def test_a_first_opening_is_declined_without_a_model_when_only_hours_are_stated(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    # With the everyday vocabulary on, open -> 엽니다 once quoted the weekly hours as the
    # answer; the hours hold times, yet none of them is a date (tools.rag.event_times).
    assistant, fakes = build_assistant(
        docs=samples_store,
        local=["The Hanbit Pharmacy first opened in 2015 [1]."],
        router={"difficulty_threshold": 1.0},
        privacy=PUBLIC,
    )
    with everyday_vocabulary(on=True):
        result = assistant.ask(FIRST_OPENED).to_json()
    assert result["answer"].startswith(DECLINED) and result["citations"] == []
    assert "09:00" not in result["answer"] and "2015" not in result["answer"]
    assert "no retrieved passage states any date or time" in _reasons(result)
    assert fakes["local"].calls == [] and fakes["cloud"].calls == []


@pytest.mark.slow
def test_documents_in_another_language_that_give_no_answer_are_named_first(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    # No word list bridges the English question to the Korean policy: a model answers,
    # after saying that the documents gave no answer.
    store = DocumentStore(tmp_path / "rag", dense=True)
    policy = "# 휴가 규정\n\n연차는 1년에 15일입니다. 병가는 1년에 5일까지 유급으로 쓸 수 있습니다."
    store.ingest_texts([("policy/leave_ko.md", policy)], collection="default")
    store.embed_pending()
    assistant, _ = build_assistant(
        docs=store,
        local=["Many employers allow it for a few weeks; ask your manager."],
        cloud_id="",
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask("Can I work from another country for a month?").to_json()
    assert result["answer"].startswith(DECLINED)
    assert "general knowledge" in result["answer"] and "ask your manager" in result["answer"]
    assert result["citations"] == []


def test_a_same_language_general_question_is_answered_after_saying_the_documents_do_not(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    # Nothing tells a general question from one about a fact the documents never state
    # ("What is the director's name?"): either way the model's answer is not theirs.
    assistant, _ = build_assistant(
        docs=samples_store,
        local=["Popular names for a cat include Luna, Milo and Oliver."],
        cloud_id="",
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask("What is a good name for a cat?").to_json()
    assert result["answer"].startswith(DECLINED) and "general knowledge" in result["answer"]
    assert result["answer"].endswith("Popular names for a cat include Luna, Milo and Oliver.")
    assert result["citations"] == []


def test_a_curated_answer_cites_the_document_it_summarises(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant()
    result = assistant.ask("점심 시간 알려주세요").to_json()
    assert "13:00–14:00" in result["answer"]
    (citation,) = result["citations"]
    assert citation["source"] == "data/samples/clinic_guide.md"
    assert citation["locator"] == "§진료 시간"
    assert all(f.calls == [] for f in fakes.values())
