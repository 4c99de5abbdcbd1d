"""The English record of why the router did not pick a tier, one wording per kind.

The router builds every ``Alternative`` here, so its ``kind``, its typed facts (model,
limits, amounts) and its English ``reason`` always agree; the router's own reasons
(``english``), the Korean refusal (``core.router``) and the UI (``ui.reasons``) read the
kind and the facts instead of quoting or parsing the English text.
"""

from __future__ import annotations

from typing import TypedDict, Unpack

from core.types import Alternative, Language, RejectionKind, Tier

LANGUAGE_NAMES: dict[Language, str] = {"ko": "Korean", "en": "English", "other": "this language"}

# ``str.format`` templates over the ``Alternative``'s own fields (and ``language_name``).
ENGLISH: dict[RejectionKind, str] = {
    "not_needed": "allowed, not needed",
    "code_answers": "code can answer this step",
    "no_handler": "no deterministic handler matched",
    "privacy_cloud": "privacy: {personal_data} never goes to the cloud tier",
    "privacy_external": "privacy: {personal_data} never goes to {model}, an external endpoint",
    "not_configured": "{tier} tier: no model configured",
    "unavailable": "{tier} tier unavailable: {unavailable_reason}",
    "language": "{model} does not write {language_name} well",
    "context": "{model} context {context_window} < ~{tokens_needed} tokens needed",
    "budget_session": (
        "budget: session spend ${session_spent_usd:.4f} + ${cost_estimate_usd:.4f} "
        "exceeds ${session_limit_usd:.2f}"
    ),
    "budget_turn": "budget: this turn's cost limit is reached",
    "other": "excluded",
}
BUDGET_KINDS: frozenset[RejectionKind] = frozenset({"budget_session", "budget_turn"})


class RejectionFacts(TypedDict, total=False):
    """The typed facts a rejection may carry (the ``Alternative`` fields of that name)."""

    model: str
    personal_data: str
    language: Language
    context_window: int
    tokens_needed: int
    unavailable_reason: str
    session_spent_usd: float
    cost_estimate_usd: float
    session_limit_usd: float


def rejection(tier: Tier, kind: RejectionKind, **facts: Unpack[RejectionFacts]) -> Alternative:
    """A rejected tier with its kind, its facts and the kind's English wording.

    Args:
        tier: The tier that was not picked.
        kind: Why it was not picked.
        **facts: The facts the kind's template names (``tier`` is the tier's own).

    Returns:
        The ``Alternative`` the decision records.
    """
    unworded = Alternative(tier=tier, kind=kind, reason="", **facts)
    return unworded.model_copy(update={"reason": english(unworded)})


def english(alternative: Alternative) -> str:
    """A rejection's English wording, built from its kind and typed facts.

    The router words its own reasons ("no tier can carry this step: …") with this
    rather than pasting ``Alternative.reason``, so what it says is what the facts say.

    Args:
        alternative: A rejected tier.

    Returns:
        The kind's wording filled from the facts; the recorded ``reason`` for a record
        whose kind names a fact it lacks (made before the facts existed), or of kind
        ``other`` (made before kinds existed, its text the only account).
    """
    if alternative.kind == "other" and alternative.reason:
        return alternative.reason
    facts = alternative.model_dump(exclude={"tier", "kind", "reason"}, exclude_none=True)
    if alternative.language is not None:
        facts["language_name"] = LANGUAGE_NAMES[alternative.language]
    try:
        return ENGLISH[alternative.kind].format(tier=alternative.tier, **facts)
    except KeyError:
        return alternative.reason
