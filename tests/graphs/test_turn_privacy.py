"""Privacy precise, not sticky: passages keep their step local, the user's own data the thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.code_stage import answer_quotes_personal_data
from graphs.turn_privacy import (
    EARLIER_ANSWER,
    EARLIER_TURN,
    QUOTED_STEP,
    turn_carries_personal_data,
)
from tests.graphs.conftest import REPO, BuildAssistant
from tools.rag import DocumentStore

RRN = "850315-1234563"
RECORD = (
    "# 환자 기록\n\n환자 이민호의 주민번호는 "
    + RRN
    + " 이며 혈압 약 복용 시간과 혈압 약 부작용을 정리했다. 혈압 약은 아침에 복용한다."
)
SUMMARY_QUESTION = "혈압 약 복용 시간과 부작용을 요약해 줘"
CLOUD = {"router": {"difficulty_threshold": 0.0}}


@pytest.fixture
def patient_store(tmp_path: Path) -> DocumentStore:
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_texts([("records/patient.md", RECORD)], collection="default")
    return store


def _cloud_prompts(fake: ScriptedChatModel) -> str:
    return "\n".join(str(m.content) for call in fake.calls for m in call)


def test_personal_data_in_passages_keeps_only_that_step_local(
    build_assistant: BuildAssistant, patient_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=patient_store,
        local=["아침에 복용합니다 [1]."],
        cloud=["There are infinitely many primes (Euclid)."],
        **CLOUD,
    )
    first = assistant.ask(SUMMARY_QUESTION)
    assert first.steps[0].tier == "local" and first.steps[0].privacy == "local_only"
    # The user typed no personal data and the answer quoted none: the next turn is public.
    second = assistant.ask(
        "Prove that there are infinitely many primes.", thread_id=first.thread_id
    )
    assert second.privacy == "public" and second.steps[0].tier == "cloud"
    assert RRN not in _cloud_prompts(fakes["cloud"])
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_an_answer_that_quoted_personal_data_keeps_the_turns_that_carry_it_local(
    build_assistant: BuildAssistant, patient_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=patient_store,
        local=[
            f"주민번호 {RRN} 환자는 아침에 복용합니다 [1].",
            "The patient takes it in the morning.",
            "Euclid's proof: assume finitely many primes and multiply them.",
        ],
        cloud=["The sky scatters blue light more (Rayleigh)."],
        **CLOUD,
    )
    first = assistant.ask(SUMMARY_QUESTION)
    thread = first.thread_id
    translated = assistant.ask("Translate your previous answer into English", thread_id=thread)
    assert translated.privacy == "local_only" and translated.steps[0].tier == "local"
    assert any("earlier answer" in r for r in translated.steps[0].reasons)
    # Still within the history a model step is shown: still local.
    third = assistant.ask("Prove that there are infinitely many primes.", thread_id=thread)
    assert third.steps[0].tier == "local"
    # The quoting answer has left that window: public again, and the cloud sees no trace of it.
    fourth = assistant.ask("Why is the sky blue? Explain in two sentences.", thread_id=thread)
    assert fourth.privacy == "public" and fourth.steps[0].tier == "cloud"
    assert RRN not in _cloud_prompts(fakes["cloud"])
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_the_users_own_personal_data_marks_the_whole_conversation(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["Noted.", "Euclid.", "Rayleigh scattering."], **CLOUD)
    first = assistant.ask(f"My resident number is {RRN}; please remember it for the form.")
    thread = first.thread_id
    for question in (
        "Prove that there are infinitely many primes.",
        "Why is the sky blue? Explain in two sentences.",
    ):
        later = assistant.ask(question, thread_id=thread)
        assert later.privacy == "local_only" and later.steps[0].tier == "local"
    assert fakes["cloud"].calls == []
    fakes["local"].assert_complete()


def test_the_organisations_listed_number_is_not_personal_data(
    build_assistant: BuildAssistant,
) -> None:
    question = "02-555-0100 번호로 전화하면 예약을 바꿀 수 있나요? 간단히 설명해 줘."
    local = {"local": ["네."], "router": {"difficulty_threshold": 1.0}}
    listed, _ = build_assistant(privacy={"public_contacts": ["02-555-0100"]}, **local)
    assert listed.ask(question).privacy == "public"
    unlisted, _ = build_assistant(privacy={"public_contacts": []}, **local)
    assert unlisted.ask(question).privacy == "local_only"


def test_a_passage_with_only_the_clinic_number_lets_the_step_use_the_cloud(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    store = DocumentStore(tmp_path / "clinic", dense=False)
    store.ingest_texts(
        [
            (
                "clinic.md",
                "# 예약\n\n예약 변경과 예약 취소는 전화(02-555-0100)로 진료 전날 18시까지 "
                "알려 주세요. 예약 변경 절차와 예약 취소 절차는 같습니다.",
            )
        ],
        collection="default",
    )
    assistant, fakes = build_assistant(
        docs=store,
        cloud=["Both are done by phone before 18:00 the day before [1]."],
        privacy={"public_contacts": ["02-555-0100"]},
        **CLOUD,
    )
    result = assistant.ask("예약 변경 절차와 예약 취소 절차를 비교해 줘")
    (step,) = result.steps
    assert step.privacy == "public" and step.tier == "cloud"
    fakes["cloud"].assert_complete()


@pytest.mark.parametrize(
    ("contacts", "next_privacy"), [(["02-555-0100"], "public"), ([], "local_only")]
)
def test_the_clinic_number_in_a_sample_answer_is_not_sticky(
    build_assistant: BuildAssistant, tmp_path: Path, contacts: list[str], next_privacy: str
) -> None:
    store = DocumentStore(tmp_path / "samples", dense=False)
    store.ingest_path(REPO / "data" / "samples")
    next_tier = "cloud" if next_privacy == "public" else "local"
    assistant, fakes = build_assistant(
        docs=store,
        local=["Euclid."] if next_tier == "local" else [],
        cloud=["Euclid."] if next_tier == "cloud" else [],
        privacy={"public_contacts": contacts},
        **CLOUD,
    )
    first = assistant.ask("예약 변경은 언제까지 연락해야 하나요?")
    assert "02-555-0100" in first.answer and first.steps[0].tier == "deterministic"
    later = assistant.ask("Prove that there are infinitely many primes.", thread_id=first.thread_id)
    # Listed, the clinic's own number is public; unlisted, the answer that quoted a
    # phone number keeps the turns that carry it local (precise, never weaker).
    assert later.privacy == next_privacy and later.steps[0].tier == next_tier
    fakes[next_tier].assert_complete()


def test_a_stopped_partial_answer_of_a_local_turn_stays_local(
    build_assistant: BuildAssistant, patient_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=patient_store,
        local=[f"환자 {RRN} 은 아침에 복용합니다 [1].", "Euclid."],
        **CLOUD,
    )
    seen: list[str] = []
    events = assistant.stream(SUMMARY_QUESTION, should_stop=lambda: bool(seen))
    for event in events:
        if event.kind == "token":
            seen.append(event.text)
        elif event.kind == "done":
            assert event.result is not None and event.result.stopped
            thread = event.result.thread_id
    later = assistant.ask("Prove that there are infinitely many primes.", thread_id=thread)
    assert later.privacy == "local_only" and later.steps[0].tier == "local"
    assert fakes["cloud"].calls == []


@pytest.mark.parametrize(
    ("reasons", "carries"),
    [
        (["phone"], True),  # the user's own question
        ([EARLIER_TURN], True),  # an earlier message of the user
        ([QUOTED_STEP], True),  # a step of this turn quoted what it read
        ([EARLIER_ANSWER, QUOTED_STEP], True),
        ([EARLIER_ANSWER], False),  # local only for what the history window shows
        ([], False),
    ],
)
def test_a_turn_carries_personal_data_from_the_users_messages_or_a_quoting_step(
    reasons: list[str], carries: bool
) -> None:
    assert turn_carries_personal_data(reasons) is carries


def test_an_answer_after_a_quoting_step_is_marked_even_when_its_text_holds_none() -> None:
    settings = load_settings(privacy={"public_contacts": []})
    plain = "복용 시간은 아침 8시입니다."
    assert answer_quotes_personal_data(plain, [EARLIER_ANSWER, QUOTED_STEP], settings)
    assert not answer_quotes_personal_data(plain, [EARLIER_ANSWER], settings)
    assert answer_quotes_personal_data(f"주민번호 {RRN}", [EARLIER_ANSWER], settings)
