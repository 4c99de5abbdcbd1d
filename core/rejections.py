"""The English record of why the router did not pick a tier, one wording per kind.

The router builds every ``Alternative`` here, so its ``kind`` and its English ``reason``
always agree; the Korean refusal (``core.router``) and the UI (``ui.reasons``) read the
kind instead of parsing the English text.
"""

from __future__ import annotations

from core.types import Alternative, RejectionKind, Tier

# ``str.format`` templates; the named fields are what ``rejection`` must be given.
ENGLISH: dict[RejectionKind, str] = {
    "not_needed": "allowed, not needed",
    "code_answers": "code can answer this step",
    "no_handler": "no deterministic handler matched",
    "privacy_cloud": "privacy: {what} never goes to the cloud tier",
    "privacy_external": "privacy: {what} never goes to {model}, an external endpoint",
    "not_configured": "{tier} tier: no model configured",
    "unavailable": "{tier} tier unavailable: {why}",
    "language": "{model} does not write {language} well",
    "context": "{model} context {window} < ~{needed} tokens needed",
    "budget_session": ("budget: session spend ${spent:.4f} + ${estimate:.4f} exceeds ${limit:.2f}"),
    "budget_turn": "budget: this turn's cost limit is reached",
    "other": "excluded",
}
BUDGET_KINDS: frozenset[RejectionKind] = frozenset({"budget_session", "budget_turn"})


def rejection(tier: Tier, kind: RejectionKind, **values: object) -> Alternative:
    """A rejected tier with its kind and the kind's English wording.

    Args:
        tier: The tier that was not picked.
        kind: Why it was not picked.
        **values: The fields the kind's template names (``tier`` is filled in).

    Returns:
        The ``Alternative`` the decision records.
    """
    return Alternative(tier=tier, kind=kind, reason=ENGLISH[kind].format(tier=tier, **values))
