"""Every tier the router rejects carries a typed kind; the wordings read the kind, not the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

import pytest

from core.models.providers import Endpoint
from core.models.registry import TierStatus
from core.rejections import ENGLISH, rejection
from core.router import Spend, StepRequest, refusal_message
from core.types import Alternative, ModelTier, RejectionKind
from tests.core.test_router import FakeTiers, router

# The fields each kind's English template names, with values a real decision could hold.
SAMPLE_VALUES: dict[RejectionKind, dict[str, object]] = {
    "privacy_cloud": {"what": "kr_rrn"},
    "privacy_external": {"what": "phone", "model": "ollama:qwen2.5:3b"},
    "unavailable": {"why": "Ollama not reachable at http://127.0.0.1:11434"},
    "language": {"model": "llamacpp:smollm2-135m", "language": "Korean"},
    "context": {"model": "ollama:qwen", "window": 2048, "needed": 5000},
    "budget_session": {"spent": 0.0125, "estimate": 0.002, "limit": 0.01},
}


def sample_rejection(kind: RejectionKind, tier: ModelTier = "local") -> Alternative:
    """A rejection of ``kind`` worded as the router words it."""
    return rejection(tier, kind, **SAMPLE_VALUES.get(kind, {}))


def test_every_kind_has_its_english_wording() -> None:
    assert set(ENGLISH) == set(get_args(RejectionKind))
    for kind in get_args(RejectionKind):
        assert sample_rejection(kind).kind == kind


@dataclass
class ExternalLocal(FakeTiers):
    """A local tier whose endpoint is a public host (egress ``external``)."""

    def status(self, tier: ModelTier, *, load: bool = False) -> TierStatus:
        endpoint = Endpoint(
            tier=tier,
            model_id="ollama:qwen",
            base_url="http://203.0.113.5:11434",
            api_key=None,
            key_source=None,
            egress="external",
            egress_reason="a public address",
        )
        return TierStatus(tier, self.models[tier], True, "ok", endpoint=endpoint)


def _kinds(alternatives: tuple[Alternative, ...]) -> dict[str, RejectionKind]:
    return {a.tier: a.kind for a in alternatives}


def test_the_router_records_why_each_tier_was_rejected() -> None:
    easy = StepRequest(text="Say hi to Bob.")
    hard = StepRequest(text="Prove it.", prompt_tokens=100)
    personal = StepRequest(text="analyse", privacy="local_only", privacy_reason="kr_rrn")
    korean = StepRequest(text="안녕하세요, 자기소개를 해 주세요", language="ko")
    handled = StepRequest(text="1+1", handler="calculator")
    assert _kinds(router(FakeTiers()).decide(handled).alternatives) == {"local": "code_answers"}
    assert _kinds(router(FakeTiers(), 0.5).decide(easy).alternatives) == {
        "cloud": "not_needed",
        "deterministic": "no_handler",
    }
    assert _kinds(router(FakeTiers(down={"cloud"}), 0.0).decide(hard).alternatives)["cloud"] == (
        "unavailable"
    )
    assert _kinds(router(FakeTiers(), 0.0).decide(personal).alternatives)["cloud"] == (
        "privacy_cloud"
    )
    external = router(ExternalLocal(), 0.0).decide(personal)
    assert _kinds(external.alternatives)["local"] == "privacy_external"
    assert _kinds(router(FakeTiers(), 1.0).decide(korean).alternatives)["local"] == "language"
    no_cloud = FakeTiers(models={"local": "llamacpp:smollm2-135m", "cloud": None})
    assert _kinds(router(no_cloud, 0.0).decide(hard).alternatives)["cloud"] == "not_configured"
    too_long = StepRequest(text="Summarise.", prompt_tokens=10_000_000)
    assert set(_kinds(router(FakeTiers()).decide(too_long).alternatives).values()) >= {"context"}
    broke = router(FakeTiers(), 0.0, max_cost_per_session_usd=0.0).decide(hard, Spend())
    assert _kinds(broke.alternatives)["cloud"] == "budget_session"
    turn = router(FakeTiers(), 0.0, max_cost_per_turn_usd=0.0).decide(hard, Spend())
    assert _kinds(turn.alternatives)["cloud"] == "budget_turn"


@pytest.mark.parametrize(
    ("kind", "plain"),
    [
        ("language", "한국어를 제대로 쓰지 못합니다"),
        ("unavailable", "연결할 수 없습니다"),
        ("not_configured", "설정되어 있지 않습니다"),
        ("context", "길이보다 깁니다"),
        ("privacy_external", "이 컴퓨터 밖의 주소"),
        ("other", "로컬 모델로는 처리할 수 없습니다"),
    ],
)
def test_the_korean_refusal_reads_the_kind_not_the_english_text(
    kind: RejectionKind, plain: str
) -> None:
    # The English text says something else on purpose: only the kind may decide.
    local = Alternative(tier="local", kind=kind, reason="local tier unavailable: does not write")
    step = StepRequest(text="요약해 줘", language="ko")
    assert plain in refusal_message(step, [local])


def test_the_budget_refusal_reads_the_kind() -> None:
    step = StepRequest(text="요약해 줘", language="ko")
    over = Alternative(tier="cloud", kind="budget_turn", reason="this turn costs too much")
    assert "비용 한도" in refusal_message(step, [over])
    worded_like_budget = Alternative(tier="cloud", kind="other", reason="budget: excluded")
    assert "비용 한도" not in refusal_message(step, [worded_like_budget])
