"""The router's reasons, shown in Korean: every reason real turns record is rewritten."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

import pytest

from core import difficulty_reasons
from core.rejections import english, rejection
from core.router import Router, StepRequest
from core.settings import BudgetSettings, RouterSettings
from core.types import Alternative, ModelTier, RejectionKind, StepRecord
from graphs.code_stage import LOOSE_FOLLOW_UP_REASON
from graphs.runner import Assistant
from graphs.state import Context
from tests.core.test_router import FakeTiers
from tests.core.test_router_rejection_kinds import sample_rejection
from tests.ui import harness
from ui.i18n import text
from ui.reasons import alternative_in, reason_in, reason_plain, step_reasons_in
from ui.words import masked_in

# Turns that make the router write each kind of reason: code, documents, the
# difficulty score, personal data kept local, a tier that cannot write Korean, a
# forced tier, no tier at all, and a model without tool calling.
QUESTIONS: tuple[tuple[str, ModelTier | None], ...] = (
    ("3만 5천원의 15%는 얼마야?", None),
    ("토요일 진료 시간은 언제야?", None),
    ("Write one friendly sentence welcoming a new colleague.", None),
    ("Write one friendly sentence welcoming a new colleague.", "cloud"),
    ("주민번호 900101-1234567 인 환자의 검사 결과를 설명해줘", None),
    ("새로 온 동료를 환영하는 문장을 한 줄 써 줘.", None),
    ("환불 규정이 어떻게 돼?", None),
)
CODE_SPAN = re.compile(r"`[^`]*`")


def _english_words(markdown: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", CODE_SPAN.sub("", markdown))


def test_every_recorded_reason_reads_in_korean(tmp_path: Path) -> None:
    services, _ = harness.build(
        tmp_path / "data",
        local=["Welcome aboard!"] * 10,
        cloud=["Welcome aboard from the cloud!"] * 10,
        # Neither writes Korean, so a Korean request finds no tier; local has no tools.
        models={
            "test:local": {"languages": ["en"], "tool_calling": False},
            "test:cloud": {"languages": ["en"]},
        },
        rag={"dense": False, "ingest_samples_on_start": True},
    )
    reasons: set[str] = set()  # the alternatives' reasons are shown as well
    for question, tier in QUESTIONS:
        result = Assistant(services).ask(question, context=Context(forced_tier=tier))
        reasons.update(r for step in result.steps for r in step.reasons)
        reasons.update(a.reason for step in result.steps for a in step.alternatives)
    assert len(reasons) >= 8, reasons
    for reason in sorted(reasons):
        korean = reason_in(reason, "ko")
        assert not korean.startswith("기록 원문"), f"no Korean rule for: {reason}"
        assert _english_words(korean) in ([], ["MCP"]), (reason, korean)
        assert "`" not in reason_plain(reason, "ko")
        assert reason_in(reason, "en") == reason, "English pages keep the record's words"


def test_a_follow_up_scored_as_its_earlier_question_reads_in_korean() -> None:
    tiers = FakeTiers()
    router = Router(tiers, RouterSettings(), BudgetSettings())
    step = StepRequest(text="and cakes?", context="Name a bakery that sells bread and coffee.")
    (reason,) = [r for r in router.decide(step).reasons if r.startswith("follow-up:")]
    korean = reason_in(reason, "ko")
    assert korean.startswith("후속 질문:") and _english_words(korean) == []


def test_a_follow_up_that_refers_to_the_previous_turn_reads_in_korean() -> None:
    korean = reason_in(LOOSE_FOLLOW_UP_REASON, "ko")
    assert korean.startswith("후속 질문:") and _english_words(korean) == []
    assert "`" not in reason_plain(LOOSE_FOLLOW_UP_REASON, "ko")


def test_numbers_and_ids_survive_the_rewrite() -> None:
    reason = (
        "P(local answer falls short) 0.75 >= 0.50 → prefer cloud; top signals (text): "
        "short prompt (characters) (-0.51)"
    )
    korean = reason_in(reason, "ko")
    assert "0.75" in korean and "0.50" in korean and "클라우드 모델 우선" in korean
    assert korean.endswith("주요 신호: 짧은 요청 (글자 수) (-0.51)")
    nested = (
        "no tier can carry this step: privacy: kr_rrn never goes to the cloud tier; "
        "llamacpp:smollm2-135m does not write Korean well"
    )
    assert reason_in(nested, "ko") == (
        "이 단계를 맡을 수 있는 모델이 없음: 개인정보(주민등록번호)는 클라우드 모델로 보내지 않음; "
        "`llamacpp:smollm2-135m`는 한국어를 잘 쓰지 못함"
    )
    assert reason_in("a reason no rule knows", "ko") == "기록 원문: `a reason no rule knows`"


@pytest.mark.parametrize("kind", get_args(RejectionKind))
def test_every_rejection_kind_reads_in_korean_by_its_kind(kind: RejectionKind) -> None:
    alternative = sample_rejection(kind, tier="cloud" if kind.startswith("budget") else "local")
    korean = alternative_in(alternative, "ko")
    assert not korean.startswith("기록 원문"), (kind, alternative.reason)
    assert _english_words(korean) == [], (kind, korean)
    assert alternative_in(alternative, "en") == alternative.reason


def test_the_kind_picks_the_korean_wording() -> None:
    # Worded like the session budget, but the router said the turn's limit: the kind wins,
    # and the ids and numbers in the record still come through.
    turn = Alternative(
        tier="cloud", kind="budget_turn", reason="budget: this turn's cost limit is reached"
    )
    assert alternative_in(turn, "ko") == "예산: 이번 질문의 비용 한도에 닿음"
    context = sample_rejection("context")
    assert alternative_in(context, "ko") == "`ollama:qwen`의 문맥 길이 2048 < 필요한 약 5000 토큰"
    # A record from before kinds existed is still read by its text.
    legacy = Alternative(tier="local", reason="llamacpp:smollm2-135m does not write Korean well")
    assert legacy.kind == "other"
    assert alternative_in(legacy, "ko") == "`llamacpp:smollm2-135m`는 한국어를 잘 쓰지 못함"


def test_every_difficulty_signal_has_korean_words() -> None:
    # The router's signal vocabulary; a new signal fails here until it has Korean words.
    for name in difficulty_reasons._WORDS:
        for high in (True, False):
            said = reason_in(
                "P(local answer falls short) 0.40 < 0.50 → prefer local; top signals (text): "
                + difficulty_reasons.describe(name, 0.2 if high else -0.2, high),
                "ko",
            )
            assert "`" not in said, (name, high, said)


def test_masks_are_named_in_korean() -> None:
    text = "주민번호 [KR_RRN] 인 환자, 전화 [PHONE]"
    assert masked_in(text, "ko") == "주민번호 [주민등록번호] 인 환자, 전화 [전화번호]"
    assert masked_in(text, "en") == text


_PROVIDER_ERROR = "[Errno 111] Connection refused at http://127.0.0.1:9/v1"


@pytest.mark.parametrize("key", ["chat.error", "set.test_failed", "set.invalid", "wf.bad_json"])
def test_error_text_comes_after_a_korean_sentence_as_the_original(key: str) -> None:
    korean = text("ko", key, error=_PROVIDER_ERROR)
    sentence, _, original = korean.partition(" (원문: ")
    assert original == f"{_PROVIDER_ERROR})", korean
    # What failed and what to do, in Korean; the English stays only inside "(원문: …)".
    assert sentence.endswith("."), korean
    assert set(_english_words(sentence)) <= {"API", "JSON"}, sentence  # acronyms Korean uses
    assert text("en", key, error=_PROVIDER_ERROR).endswith(_PROVIDER_ERROR)


def test_a_tiers_provider_reason_is_quoted_as_the_original() -> None:
    why = "Ollama not reachable at http://127.0.0.1:11434"
    unavailable = reason_in(f"local tier unavailable: {why}", "ko")
    assert unavailable.endswith(f"(원문: `{why}`)"), unavailable
    assert "확인하세요" in unavailable  # what to do
    degraded = reason_in(f"degraded: cloud tier unavailable (cloud tier unavailable: {why})", "ko")
    assert degraded.endswith(f"(원문: `cloud tier unavailable: {why}`)"), degraded


# English that says something else on purpose: a record with facts is worded from them.
_MISLEADING = "local tier unavailable: ollama:wrong does not write English well"


@pytest.mark.parametrize(
    ("kind", "korean"),
    [
        ("privacy_cloud", "개인정보(주민등록번호)는 클라우드 모델로 보내지 않음"),
        ("privacy_external", "개인정보(전화번호)는 외부 주소의 `ollama:qwen2.5:3b`로 보내지 않음"),
        (
            "unavailable",
            "로컬 모델을 지금 쓸 수 없음 — 서버가 켜져 있는지와 설정을 확인하세요 "
            "(원문: `Ollama not reachable at http://127.0.0.1:11434`)",
        ),
        ("language", "`llamacpp:smollm2-135m`는 한국어를 잘 쓰지 못함"),
        ("context", "`ollama:qwen`의 문맥 길이 2048 < 필요한 약 5000 토큰"),
        (
            "budget_session",
            "예산: 이번 세션 사용액 $0.0125 + 이 단계 예상 $0.0020가 한도 $0.01를 넘음",
        ),
    ],
)
def test_a_rejection_is_worded_from_its_facts_not_its_text(
    kind: RejectionKind, korean: str
) -> None:
    recorded = sample_rejection(kind)
    assert alternative_in(recorded, "ko") == korean
    misleading = recorded.model_copy(update={"reason": _MISLEADING})
    assert alternative_in(misleading, "ko") == korean
    # English pages show the record as it was written.
    assert alternative_in(misleading, "en") == _MISLEADING


@pytest.mark.parametrize("kind", get_args(RejectionKind))
def test_a_record_from_before_the_facts_is_still_read_from_its_text(kind: RejectionKind) -> None:
    recorded = sample_rejection(kind, tier="cloud" if kind.startswith("budget") else "local")
    # As a trace written before the facts existed holds it: tier, reason and kind only.
    stored = json.dumps({"tier": recorded.tier, "reason": recorded.reason, "kind": kind})
    old = Alternative.model_validate_json(stored)
    korean = alternative_in(old, "ko")
    assert not korean.startswith("기록 원문"), (kind, korean)
    if kind == "budget_session":
        # The old reading quotes the English figures; the facts word them in Korean.
        assert korean == f"예산: `{recorded.reason.removeprefix('budget: ')}`"
    else:
        assert korean == alternative_in(recorded, "ko"), kind
    # And from before kinds existed: the text alone.
    older = Alternative.model_validate_json(json.dumps({"tier": "local", "reason": old.reason}))
    assert reason_in(older.reason, "ko") == alternative_in(older, "ko")
    assert not alternative_in(older, "ko").startswith("기록 원문"), (kind, older.reason)


def test_the_facts_survive_the_trace_record() -> None:
    step = StepRecord(node="execute", tier="local", alternatives=[sample_rejection("context")])
    again = StepRecord.model_validate_json(step.model_dump_json())
    assert again.alternatives[0].context_window == 2048
    assert alternative_in(again.alternatives[0], "ko") == alternative_in(step.alternatives[0], "ko")


def test_a_steps_rejected_tiers_are_worded_from_their_facts() -> None:
    # Both wordings defeat a reading of the English: "this language" is no one word, and
    # the session budget's figures were only quoted as code.
    over = sample_rejection("budget_session", tier="cloud")
    mute = rejection("local", "language", model="llamacpp:smollm2-135m", language="other")
    refused = StepRecord(
        node="execute_step",
        tier="deterministic",
        reasons=["no tier can carry this step: " + "; ".join(map(english, (over, mute)))],
        alternatives=[over, mute],
    )
    assert step_reasons_in(refused, "ko") == [
        "이 단계를 맡을 수 있는 모델이 없음: 예산: 이번 세션 사용액 $0.0125 + 이 단계 예상 "
        "$0.0020가 한도 $0.01를 넘음; `llamacpp:smollm2-135m`는 이 언어를 잘 쓰지 못함"
    ]
    assert step_reasons_in(refused, "en") == refused.reasons
    down = sample_rejection("unavailable", tier="cloud")
    degraded = refused.model_copy(
        update={
            "reasons": [f"degraded: cloud tier unavailable ({english(down)})"],
            "alternatives": [down],
        }
    )
    (said,) = step_reasons_in(degraded, "ko")
    assert said.startswith(
        "대체 경로: 클라우드 모델을 쓸 수 없어 다른 경로로 보냄 (클라우드 모델을 지금"
    )
    # A record without alternatives is still read from its words.
    bare = refused.model_copy(update={"alternatives": []})
    assert step_reasons_in(bare, "ko") == [reason_in(r, "ko") for r in bare.reasons]
