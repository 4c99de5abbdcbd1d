"""Router v1: send each step down the cheapest track that can carry it.

Order: a deterministic handler matched → ``deterministic``. Otherwise the step
needs a model: personal data restricts it to ``local`` (fail closed, even when
local is down); the difficulty score (the calibrated probability that the local
answer falls short) against the threshold picks the preferred tier; capability,
availability and budget filters may move the step to the other allowed tier
(``degraded`` when the preferred one could not serve). When no tier can carry
the step the decision says so with a user-facing ``refusal`` instead of guessing.

In ``cascade`` mode a borderline step (score at or above the threshold but
within ``CASCADE_BAND_LOGIT`` of it) runs on the local tier first;
``escalation`` then sends it to the cloud when the output check rejects the
local answer, never for a ``local_only`` step.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from core.difficulty import DifficultyBreakdown, DifficultyModel, difficulty_breakdown
from core.difficulty_facts import StepFacts, StepKind
from core.difficulty_reasons import top_signals_in_words
from core.models.capabilities import ModelProfile
from core.models.registry import TierStatus
from core.rejections import BUDGET_KINDS, english, rejection
from core.settings import BudgetSettings, RouterSettings
from core.types import (
    Alternative,
    Language,
    ModelTier,
    PrivacyClass,
    RejectionKind,
    RouteDecision,
)

# Width of the cascade's borderline band above the threshold, in logits: 1.5
# spans e.g. 0.5 → 0.82, so only confident "local falls short" scores skip the
# local try.
CASCADE_BAND_LOGIT = 1.5


class TierSource(Protocol):
    """What the router needs from the model registry."""

    def model_for_tier(self, tier: ModelTier) -> str | None: ...
    def profile(self, model_id: str) -> ModelProfile: ...
    def status(self, tier: ModelTier, *, load: bool = False) -> TierStatus: ...


@dataclass(frozen=True)
class StepRequest:
    """What the router knows about one step."""

    text: str
    language: Language = "en"
    handler: str | None = None
    handler_reason: str = ""
    privacy: PrivacyClass = "public"
    privacy_reason: str = ""
    needs_tools: bool = False
    generates_text: bool = True
    prompt_tokens: int = 0
    pinned_tier: ModelTier | None = None
    # Who pinned the step, named in its reasons: a replay, or a conversation's tier picker.
    pin_source: str = "replay"
    extra_reasons: tuple[str, ...] = field(default_factory=tuple)
    # The e5 query embedding when document search already computed it (reused, never
    # computed by the router), and facts that shift the score.
    embedding: Sequence[float] | None = None
    conversation_depth: int = 0
    kind: StepKind = ""
    # The earlier question a follow-up no code resolved changes ("and at 3:30?" after a
    # clock puzzle): the model reads it with the step, so the step is scored at least as
    # hard as it. Each is scored on its own: joined, the two read as one longer prompt
    # of two questions, and scored harder than either.
    context: str = ""

    def facts(self) -> StepFacts:
        """The step facts the difficulty score takes into account."""
        return StepFacts(
            needs_tools=self.needs_tools, conversation_depth=self.conversation_depth, kind=self.kind
        )


@dataclass(frozen=True)
class Spend:
    """Money already spent, for the budget rule."""

    turn_usd: float = 0.0
    session_usd: float = 0.0


class Router:
    """Pure routing policy over a ``TierSource``; decides in well under a millisecond."""

    def __init__(
        self,
        tiers: TierSource,
        settings: RouterSettings,
        budget: BudgetSettings,
        model: DifficultyModel | None = None,
    ) -> None:
        self._tiers = tiers
        self._settings = settings
        self._budget = budget
        # None: the shipped model (``core.difficulty_user.model_for`` picks the user's).
        self._model = model

    def with_tiers(self, tiers: TierSource) -> Router:
        """The same policy over another view of the tiers (a conversation's picked model)."""
        return Router(tiers, self._settings, self._budget, self._model)

    def decide(self, step: StepRequest, spend: Spend | None = None) -> RouteDecision:
        """Route one step; see the module docstring for the order of rules."""
        if step.handler is not None:
            return RouteDecision(
                tier="deterministic",
                score=0.0,
                reasons=(f"deterministic — {step.handler}, no model call", *step.extra_reasons),
                alternatives=(rejection("local", "code_answers"),),
            )
        spend = spend or Spend()
        own, earlier = self._scores(step)
        breakdown = earlier if earlier is not None and earlier.score > own.score else own
        score = breakdown.score
        threshold = self._settings.difficulty_threshold
        preferred: ModelTier = "cloud" if score >= threshold else "local"
        reasons = [_score_reason(breakdown, threshold, preferred), *step.extra_reasons]
        if breakdown is earlier:
            reasons.append(
                f"follow-up: scored as the earlier question it changes ({own.score:.2f} alone)"
            )
        if preferred == "cloud" and step.pinned_tier is None and self.is_borderline(score):
            preferred = "local"
            reasons.append(
                "cascade: borderline score — local first, escalate to cloud if its answer "
                "fails the output check"
                + (" (never: local only)" if step.privacy == "local_only" else "")
            )
        order: list[ModelTier] = [preferred, "local" if preferred == "cloud" else "cloud"]
        if step.pinned_tier is not None:
            order = [step.pinned_tier, *[t for t in order if t != step.pinned_tier]]
            reasons.append(f"pinned to {step.pinned_tier} by {step.pin_source}")

        rejected: list[Alternative] = []
        chosen: tuple[ModelTier, str, ModelProfile] | None = None
        for tier in order:
            why_not, model_id, profile = self._exclusion(tier, step, spend)
            if why_not is None and model_id is not None and profile is not None:
                if chosen is None:
                    chosen = (tier, model_id, profile)
                else:
                    rejected.append(rejection(tier, "not_needed"))
            else:
                rejected.append(why_not or rejection(tier, "other"))
        rejected.append(rejection("deterministic", "no_handler"))

        if chosen is None:
            return self._refuse(step, score, reasons, rejected)
        tier, model_id, profile = chosen
        degraded = tier != order[0]
        if degraded:
            first = next(a for a in rejected if a.tier == order[0])
            reasons.append(f"degraded: {order[0]} tier unavailable ({english(first)})")
        if step.privacy == "local_only":
            reasons.append(f"privacy: {step.privacy_reason or 'personal data'} — local only")
        if step.needs_tools and not profile.tool_calling:
            reasons.append(
                f"{model_id} has no tool calling — tools dispatched by deterministic code"
            )
        estimate = profile.cost(step.prompt_tokens, self._settings.expected_output_tokens)
        return RouteDecision(
            tier=tier,
            model=model_id,
            score=round(score, 4),
            reasons=tuple(reasons),
            estimated_cost=estimate,
            degraded=degraded,
            alternatives=tuple(rejected),
        )

    def score(self, step: StepRequest) -> DifficultyBreakdown:
        """The difficulty breakdown of a step (its embedding and facts included).

        A follow-up takes the score of the earlier question it changes when that one
        is harder (``StepRequest.context``).
        """
        own, earlier = self._scores(step)
        return earlier if earlier is not None and earlier.score > own.score else own

    def _scores(self, step: StepRequest) -> tuple[DifficultyBreakdown, DifficultyBreakdown | None]:
        """The step's own breakdown, and its context's (``None`` without one)."""
        facts = step.facts()
        own = difficulty_breakdown(step.text, self._model, embedding=step.embedding, facts=facts)
        if not step.context:
            return own, None
        # The step's embedding is of its own text: the earlier question is scored on text.
        return own, difficulty_breakdown(step.context, self._model, facts=facts)

    def is_borderline(self, score: float) -> bool:
        """In cascade mode: at or above the threshold, but close enough to try local first."""
        if self._settings.mode != "cascade":
            return False
        threshold = self._settings.difficulty_threshold
        if score < threshold:
            return False
        return _logit(score) < _logit(threshold) + CASCADE_BAND_LOGIT

    def escalation(
        self, step: StepRequest, answer_passed: bool, spend: Spend | None = None
    ) -> RouteDecision | None:
        """The cloud decision for a borderline step whose local answer failed its check.

        Args:
            step: The step that ran locally first.
            answer_passed: Whether the output guard (and any deterministic check) accepted
                the local answer.
            spend: Money already spent, for the budget rule.

        Returns:
            ``None`` when nothing should escalate: the answer passed, the mode is not
            ``cascade``, the step was not borderline, or it is ``local_only``. Otherwise
            a decision pinned to the cloud tier (which may still be refused by budget).
        """
        if answer_passed or step.privacy == "local_only" or step.handler is not None:
            return None
        if not self.is_borderline(self.score(step).score):
            return None
        decision = self.decide(replace(step, pinned_tier="cloud"), spend)
        if decision.tier != "cloud":
            return None
        reason = "cascade: local answer failed the output check — escalated to cloud"
        kept = tuple(r for r in decision.reasons if not r.startswith("pinned to"))
        return decision.model_copy(update={"reasons": (*kept, reason)})

    def _exclusion(
        self, tier: ModelTier, step: StepRequest, spend: Spend
    ) -> tuple[Alternative | None, str | None, ModelProfile | None]:
        """Why ``tier`` cannot take the step (``None`` when it can), with its model."""
        what = step.privacy_reason or "personal data"
        if tier == "cloud" and step.privacy == "local_only":
            return rejection(tier, "privacy_cloud", personal_data=what), None, None
        model_id = self._tiers.model_for_tier(tier)
        if model_id is None:
            return rejection(tier, "not_configured"), None, None
        status = self._tiers.status(tier)
        if step.privacy == "local_only" and status.egress == "external":
            # The local tier may point at an endpoint classed external (a public host):
            # personal data goes only where the egress class allows, whatever the tier.
            external = rejection(tier, "privacy_external", personal_data=what, model=model_id)
            return external, model_id, None
        if not status.available:
            return rejection(tier, "unavailable", unavailable_reason=status.reason), model_id, None
        profile = self._tiers.profile(model_id)
        if step.generates_text and not profile.writes(step.language):
            cannot_write = rejection(tier, "language", model=model_id, language=step.language)
            return cannot_write, model_id, None
        needed = step.prompt_tokens + self._settings.expected_output_tokens
        if needed > profile.context_window:
            too_long = rejection(
                tier,
                "context",
                model=model_id,
                context_window=profile.context_window,
                tokens_needed=needed,
            )
            return too_long, model_id, None
        if tier == "cloud":
            estimate = profile.cost(step.prompt_tokens, self._settings.expected_output_tokens)
            limit = self._budget.max_cost_per_session_usd
            if spend.session_usd + estimate > limit:
                over = rejection(
                    tier,
                    "budget_session",
                    session_spent_usd=spend.session_usd,
                    cost_estimate_usd=estimate,
                    session_limit_usd=limit,
                )
                return over, model_id, None
            if spend.turn_usd + estimate > self._budget.max_cost_per_turn_usd:
                return rejection(tier, "budget_turn"), model_id, None
        return None, model_id, profile

    def _refuse(
        self, step: StepRequest, score: float, reasons: list[str], rejected: list[Alternative]
    ) -> RouteDecision:
        reasons.append("no tier can carry this step: " + "; ".join(map(english, rejected[:2])))
        if step.privacy == "local_only":
            reasons.append(f"privacy: {step.privacy_reason or 'personal data'} — local only")
        # A step confined by privacy fails closed on the local tier; otherwise code answers.
        return RouteDecision(
            tier="local" if step.privacy == "local_only" else "deterministic",
            score=round(score, 4),
            reasons=tuple(reasons),
            degraded=True,
            alternatives=tuple(rejected),
            refusal=refusal_message(step, rejected),
        )


def _logit(p: float) -> float:
    p = min(1.0 - 1e-6, max(1e-6, p))
    return math.log(p / (1.0 - p))


def _score_reason(breakdown: DifficultyBreakdown, threshold: float, tier: ModelTier) -> str:
    """The score against the threshold, and its top contributing signals in words."""
    cmp = ">=" if breakdown.score >= threshold else "<"
    source = "text + embedding" if breakdown.used_embedding else "text"
    return (
        f"P(local answer falls short) {breakdown.score:.2f} {cmp} {threshold:.2f} → prefer "
        f"{tier}; top signals ({source}): {top_signals_in_words(breakdown)}"
    )


# Why the local tier could not take the step, in plain Korean (the record stays English).
_LOCAL_PROBLEM_KO: dict[RejectionKind, str] = {
    "not_configured": "로컬 모델이 설정되어 있지 않습니다",
    "unavailable": "로컬 모델에 연결할 수 없습니다",
    "language": "지금 설정된 로컬 모델은 한국어를 제대로 쓰지 못합니다",
    "context": "질문과 문서가 로컬 모델이 한 번에 읽을 수 있는 길이보다 깁니다",
    "privacy_external": "로컬 티어가 이 컴퓨터 밖의 주소를 가리키고 있습니다",
}


def _local_problem_ko(kind: RejectionKind | None) -> str:
    """The local tier's rejection kind in plain Korean; a generic sentence for the rest."""
    return _LOCAL_PROBLEM_KO.get(kind or "other", "지금 설정된 로컬 모델로는 처리할 수 없습니다")


def refusal_message(step: StepRequest, rejected: list[Alternative]) -> str:
    """An honest reply naming what to configure, in the question's language."""
    korean = step.language == "ko"
    local_rejection = next((a for a in rejected if a.tier == "local"), None)
    local = english(local_rejection) if local_rejection else ""
    local_kind = local_rejection.kind if local_rejection else None
    if step.privacy == "local_only":
        if korean:
            return (
                "이 요청에는 개인정보가 있어 이 컴퓨터의 로컬 모델에서만 처리할 수 있는데, "
                f"{_local_problem_ko(local_kind)}. 클라우드로는 보내지 "
                "않았습니다. 한국어를 쓰는 로컬 모델을 설정하거나"
                '(예: `ollama pull exaone3.5:2.4b` 후 `tiers.local = "ollama:exaone3.5:2.4b"`) '
                "개인정보를 빼고 다시 물어보세요."
            )
        return (
            "This request contains personal data, so it may only run on the local model, which "
            f"cannot serve right now ({local}). It was not sent to the cloud. Configure a local "
            "model (e.g. Ollama `exaone3.5:2.4b`) or ask again without the personal data."
        )
    if any(a.kind in BUDGET_KINDS for a in rejected):
        return (
            "이번 세션의 비용 한도에 도달했습니다. "
            "설정의 [budget] 값을 늘리거나 새 대화를 시작하세요."
            if korean
            else "The session's cost budget is used up: raise [budget] in switchyard.toml "
            "or start a new conversation."
        )
    if korean:
        return (
            "이 질문에는 한국어를 생성할 수 있는 모델이 필요하지만, "
            f"{_local_problem_ko(local_kind)}. "
            "Ollama의 한국어 모델"
            '(예: `ollama pull exaone3.5:2.4b` 후 `tiers.local = "ollama:exaone3.5:2.4b"`)을 '
            "설정하거나 클라우드 키(`OPENAI_API_KEY`)를 설정하세요. "
            "설정 화면에서도 고를 수 있습니다."
        )
    return (
        "No configured model can answer this step: "
        + "; ".join(english(a) for a in rejected if a.tier != "deterministic")
        + ". Configure a local model (e.g. Ollama `exaone3.5:2.4b`) or set OPENAI_API_KEY."
    )
