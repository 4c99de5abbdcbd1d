"""Route badges: one line per step saying where it went, why, and what it cost."""

from __future__ import annotations

from core.types import StepRecord

TIER_ICONS = {"deterministic": "⚙️", "local": "💻", "cloud": "☁️"}


def badge_text(step: StepRecord) -> str:
    """``deterministic — calculator, no model call · 0/0 tok · $0 · 3 ms`` style text."""
    reason = step.reasons[0] if step.reasons else ""
    head = (
        reason
        if reason.startswith(step.tier)
        else f"{step.tier} — {reason}"
        if reason
        else step.tier
    )
    parts = [f"{TIER_ICONS.get(step.tier, '')} {head}".strip()]
    if step.model:
        parts.append(step.model)
    parts.append(f"{step.tokens_in}/{step.tokens_out} tok")
    parts.append(f"${step.cost:.5f}")
    parts.append(f"{step.latency_ms:.0f} ms")
    return " · ".join(parts)


def flags(step: StepRecord) -> list[str]:
    """Plain warnings shown under the badge: degraded routing and privacy."""
    out = [r for r in step.reasons if r.startswith("degraded:")]
    if step.degraded and not out:
        out.append("degraded")
    if step.privacy == "local_only":
        out.append("🔒 personal data — kept on this machine (local only)")
    return out
