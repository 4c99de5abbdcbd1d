"""Router policy on a fake tier source: order of rules, reasons, refusals, budget."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.models.capabilities import ModelProfile, profile_for
from core.models.registry import TierStatus
from core.router import Router, Spend, StepRequest
from core.settings import BudgetSettings, RouterSettings
from core.types import ModelTier


@dataclass
class FakeTiers:
    models: dict[str, str | None] = field(
        default_factory=lambda: {"local": "llamacpp:smollm2-135m", "cloud": "openai:gpt-4o-mini"}
    )
    down: set[str] = field(default_factory=set)

    def model_for_tier(self, tier: ModelTier) -> str | None:
        return self.models[tier]

    def profile(self, model_id: str) -> ModelProfile:
        return profile_for(model_id)

    def status(self, tier: ModelTier, *, load: bool = False) -> TierStatus:
        up = tier not in self.down
        return TierStatus(tier, self.models[tier], up, "ok" if up else "not reachable")


def router(tiers: FakeTiers, threshold: float = 0.5, **budget: float) -> Router:
    return Router(tiers, RouterSettings(difficulty_threshold=threshold), BudgetSettings(**budget))


def cascade_router(tiers: FakeTiers, threshold: float) -> Router:
    settings = RouterSettings(difficulty_threshold=threshold, mode="cascade")
    return Router(tiers, settings, BudgetSettings())


HARD = "Prove that there are infinitely many primes and analyze the sieve step by step."


def test_deterministic_handler_wins() -> None:
    decision = router(FakeTiers()).decide(StepRequest(text="1+1", handler="calculator"))
    assert decision.tier == "deterministic"
    assert decision.reasons[0] == "deterministic — calculator, no model call"


def test_easy_text_prefers_local_and_hard_prefers_cloud() -> None:
    tiers = FakeTiers()
    easy = router(tiers, 0.5).decide(StepRequest(text="Say hi to Bob."))
    assert easy.tier == "local" and easy.model == "llamacpp:smollm2-135m"
    hard = router(tiers, 0.0).decide(StepRequest(text="Prove Fermat's little theorem."))
    assert hard.tier == "cloud" and hard.estimated_cost > 0
    assert any(a.tier == "local" for a in hard.alternatives)


def test_cloud_down_degrades_to_local() -> None:
    decision = router(FakeTiers(down={"cloud"}), 0.0).decide(StepRequest(text="Prove it."))
    assert decision.tier == "local" and decision.degraded
    assert any(r.startswith("degraded: cloud tier unavailable") for r in decision.reasons)


def test_privacy_excludes_cloud_and_fails_closed_when_local_is_down() -> None:
    step = StepRequest(text="analyse", privacy="local_only", privacy_reason="kr_rrn")
    up = router(FakeTiers(), 0.0).decide(step)
    assert up.tier == "local"
    down = router(FakeTiers(down={"local"}), 0.0).decide(step)
    assert down.tier == "local" and down.model is None and down.refusal
    assert "not sent to the cloud" in down.refusal


def test_pinned_cloud_cannot_override_privacy() -> None:
    step = StepRequest(text="x", privacy="local_only", privacy_reason="phone", pinned_tier="cloud")
    decision = router(FakeTiers()).decide(step)
    assert decision.tier == "local"


def test_korean_generation_skips_english_only_model() -> None:
    step = StepRequest(text="안녕하세요, 자기소개를 해 주세요", language="ko")
    to_cloud = router(FakeTiers(), 1.0).decide(step)
    assert to_cloud.tier == "cloud"
    assert any("does not write Korean" in a.reason for a in to_cloud.alternatives)
    refused = router(FakeTiers(models={"local": "llamacpp:smollm2-135m", "cloud": None})).decide(
        step
    )
    assert refused.refusal is not None and "exaone3.5" in refused.refusal


def test_budget_excludes_cloud() -> None:
    decision = router(FakeTiers(), 0.0, max_cost_per_session_usd=0.0).decide(
        StepRequest(text="Prove it.", prompt_tokens=100), Spend(session_usd=0.0)
    )
    assert decision.tier == "local"
    assert any(a.reason.startswith("budget") for a in decision.alternatives)


def test_tool_step_on_model_without_tool_calling_says_so() -> None:
    decision = router(FakeTiers(), 1.0).decide(StepRequest(text="Say hi.", needs_tools=True))
    assert any("tools dispatched by deterministic code" in r for r in decision.reasons)


def test_reason_states_the_probability_and_top_signals_in_words() -> None:
    decision = router(FakeTiers(), 0.5).decide(StepRequest(text=HARD))
    first = decision.reasons[0]
    assert first.startswith("P(local answer falls short) ")
    assert "top signals (text): " in first
    assert f"{decision.score:.2f}" in first


def _borderline_threshold(router_: Router, step: StepRequest) -> float:
    """A threshold just under the step's score, so the step sits at the band's bottom."""
    return max(0.0, router_.score(step).score - 1e-3)


def test_cascade_runs_borderline_steps_locally_first_then_escalates() -> None:
    step = StepRequest(text=HARD)
    threshold = _borderline_threshold(router(FakeTiers()), step)
    scored = router(FakeTiers(), threshold).decide(step)
    assert scored.tier == "cloud"
    cascade = cascade_router(FakeTiers(), threshold)
    first = cascade.decide(step)
    assert first.tier == "local"
    assert any(r.startswith("cascade: borderline") for r in first.reasons)
    assert cascade.escalation(step, answer_passed=True) is None
    escalated = cascade.escalation(step, answer_passed=False)
    assert escalated is not None and escalated.tier == "cloud"
    assert escalated.reasons[-1].startswith("cascade: local answer failed")
    assert not any(r.startswith("pinned to") for r in escalated.reasons)


def test_cascade_never_escalates_a_local_only_step() -> None:
    step = StepRequest(text=HARD, privacy="local_only", privacy_reason="kr_rrn")
    cascade = cascade_router(FakeTiers(), _borderline_threshold(router(FakeTiers()), step))
    assert cascade.decide(step).tier == "local"
    assert cascade.escalation(step, answer_passed=False) is None


def test_cascade_sends_confident_steps_straight_to_cloud() -> None:
    step = StepRequest(text=HARD)
    # Threshold far below the score: outside the borderline band.
    cascade = cascade_router(FakeTiers(), 0.0)
    decision = cascade.decide(step)
    assert decision.tier == "cloud"
    assert not any(r.startswith("cascade") for r in decision.reasons)
    assert cascade.escalation(step, answer_passed=False) is None


def test_score_mode_has_no_cascade() -> None:
    step = StepRequest(text=HARD)
    plain = router(FakeTiers(), _borderline_threshold(router(FakeTiers()), step))
    assert plain.decide(step).tier == "cloud"
    assert plain.escalation(step, answer_passed=False) is None


# A follow-up and the earlier question it changes, written for this test.
BAKERY_NAME = "What is a good name for a small bakery that sells bread and coffee?"
BAKERY_FOLLOW_UP = "What about one that also sells cakes and tea?"


def test_a_follow_up_is_scored_as_the_harder_of_itself_and_its_question() -> None:
    tiers = FakeTiers()
    own = router(tiers).score(StepRequest(text=BAKERY_FOLLOW_UP)).score
    earlier = router(tiers).score(StepRequest(text=BAKERY_NAME)).score
    joined = router(tiers).score(StepRequest(text=f"{BAKERY_NAME}\n{BAKERY_FOLLOW_UP}")).score
    # Joined, the two read as one longer prompt of two questions: harder than either.
    assert joined > max(own, earlier)
    step = StepRequest(text=BAKERY_FOLLOW_UP, context=BAKERY_NAME)
    assert router(tiers).score(step).score == max(own, earlier)
    # A threshold between the harder of the two and the joined text: local, as each is.
    decision = router(tiers, (max(own, earlier) + joined) / 2).decide(step)
    assert decision.tier == "local"
    # The short follow-up of a harder question is scored as that question, and says so.
    short = StepRequest(text="and cakes?", context=BAKERY_NAME)
    assert router(tiers).score(short).score == earlier
    assert any("scored as the earlier question" in r for r in router(tiers).decide(short).reasons)
