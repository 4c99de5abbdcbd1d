"""The words the Korean reasons share, kept apart from the sentences built from them."""

from __future__ import annotations

import pytest

from graphs.turn_privacy import EARLIER_ANSWER, EARLIER_TURN, QUOTED_STEP
from tests.graphs.conftest import REPO
from ui.reason_words import code_span, pii_ko, signals_ko, tier_ko
from ui.reasons import reason_in


@pytest.mark.parametrize("module", ["ui/reasons.py", "ui/reason_words.py"])
def test_the_reason_modules_stay_small(module: str) -> None:
    # The project's limit for one module (../shared/DESIGN.md: "under ~400 lines").
    assert len((REPO / module).read_text(encoding="utf-8").splitlines()) < 400


def test_signals_keep_their_push_and_an_unknown_one_stays_code() -> None:
    said = signals_ko("short prompt (-0.51), needs tool calls (+0.35), a brand-new signal")
    assert said == "짧은 요청 (-0.51), 도구 호출이 필요함 (+0.35), `a brand-new signal`"
    # A comma inside a signal's own parentheses does not split it.
    assert signals_ko("kind of step is easy (grounded or a label) (-0.20)") == (
        "쉬운 종류의 단계 (문서 근거나 분류) (-0.20)"
    )


def test_identifiers_stay_code_spans() -> None:
    assert code_span("a`b") == "`a'b`"
    assert tier_ko("cloud") == "클라우드 모델" and tier_ko("gpu") == "`gpu`"
    assert pii_ko("phone, person_name") == "전화번호, 이름"
    assert pii_ko("personal data") == "종류 미상"


def test_the_sentences_still_use_the_shared_words() -> None:
    reason = (
        "P(local answer falls short) 0.75 >= 0.50 → prefer cloud; top signals (text): "
        "long prompt (+0.40), maths content (+0.20)"
    )
    assert reason_in(reason, "ko") == (
        "로컬 모델로는 부족할 확률 0.75 (>= 기준 0.50) → 클라우드 모델 우선 · "
        "주요 신호: 긴 요청 (+0.40), 수학 내용 (+0.20)"
    )
    assert (
        reason_in("privacy: phone — local only", "ko") == "개인정보(전화번호): 이 컴퓨터에서만 처리"
    )


@pytest.mark.parametrize(
    ("reason", "korean"),
    [(EARLIER_TURN, "이전 질문"), (EARLIER_ANSWER, "이전 답변"), (QUOTED_STEP, "앞 단계의 답")],
)
def test_why_a_turn_is_local_reads_in_korean(reason: str, korean: str) -> None:
    # graphs.turn_privacy's reasons stand where a personal-data kind does in a route reason.
    said = reason_in(f"privacy: {reason} — local only", "ko")
    assert said == f"개인정보({korean}): 이 컴퓨터에서만 처리"
    assert pii_ko(f"{reason}, phone") == f"{korean}, 전화번호"
