"""Privacy within a turn: a step that read personal data stays local, later steps need not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.models.fake import ScriptedChatModel
from graphs.runner import Assistant
from graphs.turn_privacy import QUOTED_STEP
from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore
from ui.reasons import step_reasons_in

NURSE = "김영희"
PRIVATE_PHONE = "010-2345-6789"
# A staff member's own mobile number: not one of the organisation's listed contacts.
GUIDE = (
    "# 혈압 약 상담\n\n혈압 약 상담은 담당 간호사 "
    + NURSE
    + "에게 개인 휴대폰 "
    + PRIVATE_PHONE
    + " 로 연락한다. 혈압 약 복용 시간은 아침 8시이며 혈압 약 부작용으로 어지러움이 있다."
)
# Two steps: a summary over the guide (its passage holds personal data), then a proof
# that needs nothing from it.
PROOF = "Prove that there are infinitely many primes."
TWO_STEPS = f"혈압 약 복용 시간과 부작용을 요약해 줘. 그리고 {PROOF}"
CLOUD = {"router": {"difficulty_threshold": 0.0}, "privacy": {"public_contacts": []}}


@pytest.fixture
def guide_store(tmp_path: Path) -> DocumentStore:
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_texts([("guides/blood_pressure.md", GUIDE)], collection="default")
    return store


def _sent_to(fake: ScriptedChatModel) -> str:
    return "\n".join(str(m.content) for call in fake.calls for m in call)


def _turn_state(assistant: Assistant, thread: str) -> dict[str, Any]:
    config: Any = {"configurable": {"thread_id": thread}}
    return dict(assistant.services.graph.get_state(config).values)


def test_a_later_step_that_quotes_nothing_private_may_use_the_cloud(
    build_assistant: BuildAssistant, guide_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=guide_store,
        local=["혈압 약은 아침 8시에 복용하고, 부작용은 어지러움입니다 [1]."],
        cloud=["There are infinitely many primes (Euclid)."],
        **CLOUD,
    )
    result = assistant.ask(TWO_STEPS)
    summary, proof = result.steps
    assert summary.tier == "local" and summary.privacy == "local_only"
    # The step's passage held the nurse's name and phone; the proof saw only the summary.
    assert proof.privacy == "public" and proof.tier == "cloud"
    sent = _sent_to(fakes["cloud"])
    assert "아침 8시" in sent
    assert PRIVATE_PHONE not in sent and NURSE not in sent
    # Neither the turn nor the conversation is local_only: the user typed no personal data.
    state = _turn_state(assistant, result.thread_id)
    assert (state["privacy"], state["thread_privacy"]) == ("public", "public")
    assert result.privacy == "public"
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


@pytest.mark.parametrize(
    "quoting",
    [
        f"담당 간호사 {NURSE}에게 {PRIVATE_PHONE} 로 물어보세요 [1].",
        # Without its context no detector fires on the name; the step's passage revealed it.
        f"{NURSE} 간호사에게 물어보면 됩니다 [1].",
    ],
)
def test_a_step_that_quotes_its_passages_personal_data_keeps_the_turn_local(
    build_assistant: BuildAssistant, guide_store: DocumentStore, quoting: str
) -> None:
    assistant, fakes = build_assistant(
        docs=guide_store,
        local=[quoting, "Euclid: multiply all primes and add one.", "Euclid again."],
        **CLOUD,
    )
    result = assistant.ask(TWO_STEPS)
    summary, proof = result.steps
    assert summary.privacy == "local_only"
    # The proof's prompt carries the summary, which quoted personal data: it stays local.
    assert proof.privacy == "local_only" and proof.tier == "local"
    assert f"privacy: {QUOTED_STEP} — local only" in proof.reasons
    assert "개인정보(앞 단계의 답): 이 컴퓨터에서만 처리" in step_reasons_in(proof, "ko")
    assert result.privacy == "local_only"
    state = _turn_state(assistant, result.thread_id)
    assert state["thread_privacy"] == "public"
    # The answer quoting it keeps the next turn (which is shown that answer) local too.
    later = assistant.ask(PROOF, thread_id=result.thread_id)
    assert later.privacy == "local_only" and later.steps[0].tier == "local"
    assert fakes["cloud"].calls == []
    fakes["local"].assert_complete()


def test_the_users_own_personal_data_keeps_every_step_and_the_conversation_local(
    build_assistant: BuildAssistant, guide_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=guide_store,
        local=["아침 8시에 복용합니다 [1].", "Euclid."],
        **CLOUD,
    )
    result = assistant.ask(f"제 번호는 010-9876-5432 입니다. {TWO_STEPS}")
    assert [s.privacy for s in result.steps] == ["local_only", "local_only"]
    assert [s.tier for s in result.steps] == ["local", "local"]
    state = _turn_state(assistant, result.thread_id)
    assert (state["privacy"], state["thread_privacy"]) == ("local_only", "local_only")
    assert fakes["cloud"].calls == []
    fakes["local"].assert_complete()
