"""Route badges: one line per step saying where it went, why, and what it cost."""

from __future__ import annotations

from typing import Literal

from core.types import StepRecord

TIER_ICONS = {"deterministic": "⚙️", "local": "💻", "cloud": "☁️"}

FlagKind = Literal["degraded", "private", "error"]


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


def flag_items(step: StepRecord) -> list[tuple[FlagKind, str]]:
    """Flags with their kind, so a front end can label them in its own language.

    The detail text is the router's own reason (English, as in the trace store).
    """
    out: list[tuple[FlagKind, str]] = []
    degraded = [r for r in step.reasons if r.startswith("degraded:")]
    if step.degraded or degraded:
        out.append(("degraded", "; ".join(degraded)))
    if step.privacy == "local_only":
        out.append(("private", ""))
    if step.error:
        out.append(("error", step.error))
    return out


def step_row(index: int, step: StepRecord) -> dict[str, object]:
    """One row of a step table (run view, replay comparison)."""
    return {
        "#": index,
        "node": step.node,
        "tier": step.tier + (" (degraded)" if step.degraded else ""),
        "model": step.model or "—",
        "score": None if step.score is None else round(step.score, 3),
        "reason": step.reasons[0] if step.reasons else "",
        "tokens in": step.tokens_in,
        "tokens out": step.tokens_out,
        "cost $": round(step.cost, 6),
        "ms": round(step.latency_ms, 1),
        "tool": step.tool or "",
        "privacy": step.privacy,
    }
