"""Every tier the router rejects carries a typed kind; the wordings read the kind, not the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

import pytest

from core.models.provider_base import Endpoint
from core.models.registry import TierStatus
from core.rejections import ENGLISH, RejectionFacts, english, rejection
from core.router import Spend, StepRequest, refusal_message
from core.types import Alternative, ModelTier, RejectionKind
from tests.core.test_router import FakeTiers, router

# The facts each kind's English template names, with values a real decision could hold.
SAMPLE_FACTS: dict[RejectionKind, RejectionFacts] = {
    "privacy_cloud": {"personal_data": "kr_rrn"},
    "privacy_external": {"personal_data": "phone", "model": "ollama:qwen2.5:3b"},
    "unavailable": {"unavailable_reason": "Ollama not reachable at http://127.0.0.1:11434"},
    "language": {"model": "llamacpp:smollm2-135m", "language": "ko"},
    "context": {"model": "ollama:qwen", "context_window": 2048, "tokens_needed": 5000},
    "budget_session": {
        "session_spent_usd": 0.0125,
        "cost_estimate_usd": 0.002,
        "session_limit_usd": 0.01,
    },
}


def sample_rejection(kind: RejectionKind, tier: ModelTier = "local") -> Alternative:
    """A rejection of ``kind`` worded as the router words it."""
    return rejection(tier, kind, **SAMPLE_FACTS.get(kind, {}))


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


def _rejected(alternatives: tuple[Alternative, ...], tier: str) -> Alternative:
    return next(a for a in alternatives if a.tier == tier)


def test_the_router_records_the_facts_of_each_rejection_beside_the_same_english() -> None:
    hard = StepRequest(text="Prove it.", prompt_tokens=100)
    personal = StepRequest(text="analyse", privacy="local_only", privacy_reason="kr_rrn, phone")
    cloud = _rejected(router(FakeTiers(), 0.0).decide(personal).alternatives, "cloud")
    assert (cloud.personal_data, cloud.reason) == (
        "kr_rrn, phone",
        "privacy: kr_rrn, phone never goes to the cloud tier",
    )
    external = _rejected(router(ExternalLocal(), 0.0).decide(personal).alternatives, "local")
    assert (external.personal_data, external.model) == ("kr_rrn, phone", "llamacpp:smollm2-135m")
    assert external.reason == (
        "privacy: kr_rrn, phone never goes to llamacpp:smollm2-135m, an external endpoint"
    )
    down = _rejected(router(FakeTiers(down={"cloud"}), 0.0).decide(hard).alternatives, "cloud")
    assert down.unavailable_reason == "not reachable"
    assert down.reason == "cloud tier unavailable: not reachable"
    korean = StepRequest(text="안녕하세요, 자기소개를 해 주세요", language="ko")
    mute = _rejected(router(FakeTiers(), 1.0).decide(korean).alternatives, "local")
    assert (mute.model, mute.language) == ("llamacpp:smollm2-135m", "ko")
    assert mute.reason == "llamacpp:smollm2-135m does not write Korean well"
    too_long = StepRequest(text="Summarise.", prompt_tokens=10_000_000)
    short = _rejected(router(FakeTiers()).decide(too_long).alternatives, "local")
    assert short.model == "llamacpp:smollm2-135m" and short.context_window is not None
    assert short.tokens_needed is not None and short.tokens_needed > 10_000_000
    assert short.reason == (
        f"llamacpp:smollm2-135m context {short.context_window} < ~{short.tokens_needed} "
        "tokens needed"
    )
    spent = Spend(session_usd=0.0125)
    broke = router(FakeTiers(), 0.0, max_cost_per_session_usd=0.01).decide(hard, spent)
    over = _rejected(broke.alternatives, "cloud")
    assert (over.session_spent_usd, over.session_limit_usd) == (0.0125, 0.01)
    assert over.cost_estimate_usd is not None and over.cost_estimate_usd > 0
    assert over.reason == (
        f"budget: session spend $0.0125 + ${over.cost_estimate_usd:.4f} exceeds $0.01"
    )


def test_kinds_without_facts_carry_none() -> None:
    for kind in ("not_needed", "code_answers", "no_handler", "not_configured", "budget_turn"):
        facts = sample_rejection(kind).model_dump(exclude={"tier", "reason", "kind"})
        assert set(facts.values()) == {None}, (kind, facts)


def test_english_is_built_from_the_facts_not_the_recorded_text() -> None:
    for kind in get_args(RejectionKind):
        sample = sample_rejection(kind)
        assert english(sample) == sample.reason, kind
    stale = sample_rejection("budget_session").model_copy(update={"reason": "budget: ?"})
    assert english(stale) == "budget: session spend $0.0125 + $0.0020 exceeds $0.01"
    # Records made before the facts (or the kinds) existed keep their own words.
    assert english(Alternative(tier="local", kind="language", reason="old words")) == "old words"
    assert english(Alternative(tier="local", reason="an old rule")) == "an old rule"


def test_the_routers_own_reasons_word_the_rejections_from_their_facts() -> None:
    korean = StepRequest(text="안녕하세요, 자기소개를 해 주세요", language="ko")
    refused = router(FakeTiers(down={"cloud"}), 0.0).decide(korean)
    assert refused.refusal is not None
    first_two = "; ".join(english(a) for a in refused.alternatives[:2])
    assert f"no tier can carry this step: {first_two}" in refused.reasons
    assert "llamacpp:smollm2-135m does not write Korean well" in first_two
    hard = StepRequest(text="Prove it.", prompt_tokens=100)
    degraded = router(FakeTiers(down={"cloud"}), 0.0).decide(hard)
    down = _rejected(degraded.alternatives, "cloud")
    assert f"degraded: cloud tier unavailable ({english(down)})" in degraded.reasons
