"""Plain words for what happened in a step, and friendly names for ids.

The router's reasons stay as they are (English, the same text as the trace store
and the CLI); this module turns a ``StepRecord`` into one short sentence in the UI
language, e.g. "계산기로 답함 · 모델 사용 안 함". The numbers and raw reasons are
shown on click, never in the sentence.
"""

from __future__ import annotations

import re

from core.types import StepRecord
from ui.i18n import Lang, text

_HANDLER = re.compile(r"^deterministic — (?P<handler>.+?), no model call")
# Handler names the router writes, mapped to the key of their plain sentence.
_HANDLER_KEYS = {
    "calculator": "words.calculator",
    "currency": "words.calculator",
    "units": "words.calculator",
    "dates": "words.dates",
    "faq": "words.faq",
    "answer cache": "words.cache",
    "extractive answer from documents": "words.documents",
    "documents do not cover this": "words.not_covered",
}
# Display names of models people know by name; anything else shows its own name.
_MODEL_NAMES = {
    "llamacpp:smollm2-135m": "SmolLM2",
    "gguf": "GGUF",
}


def model_name(model_id: str | None) -> str:
    """A short, human name for a ``provider:model`` id (``SmolLM2``, ``exaone3.5:2.4b``)."""
    if not model_id:
        return "—"
    if model_id in _MODEL_NAMES:
        return _MODEL_NAMES[model_id]
    provider, _, name = model_id.partition(":")
    if provider == "gguf":
        return name.rsplit("/", 1)[-1].removesuffix(".gguf")
    return name or model_id


def _deterministic_key(step: StepRecord) -> tuple[str, dict[str, object]]:
    reason = step.reasons[0] if step.reasons else ""
    match = _HANDLER.match(reason)
    handler = match.group("handler") if match else ""
    if "(follow-up of the previous" in handler:
        return "words.follow_up", {}
    if handler.startswith("MCP tool "):
        return "words.tool", {"tool": handler.removeprefix("MCP tool ")}
    # A known handler says it best ("계산기로 답함"), even when the step names its tool.
    if handler in _HANDLER_KEYS:
        return _HANDLER_KEYS[handler], {}
    if step.tool:
        return "words.tool", {"tool": step.tool}
    if not match and any(r.startswith("no tier can carry") for r in step.reasons):
        return "words.no_model", {}
    return "words.code", {}


def step_words(step: StepRecord, lang: Lang) -> str:
    """One sentence saying what a step did, in ``lang``.

    Args:
        step: the step record.
        lang: the UI language.

    Returns:
        e.g. "계산기로 답함 · 모델 사용 안 함" or "로컬 모델(SmolLM2)이 답함".
    """
    if step.tier == "deterministic":
        key, values = _deterministic_key(step)
        return text(lang, key, **values)
    if any(r.startswith("no tier can carry") for r in step.reasons):
        return text(lang, "words.no_model")
    name = model_name(step.model)
    if step.tool:
        return text(lang, f"words.{step.tier}_tool", model=name, tool=step.tool)
    return text(lang, f"words.{step.tier}", model=name)


def step_notes(step: StepRecord, lang: Lang) -> list[str]:
    """Extra plain sentences: personal data kept here, a fallback route, a step error."""
    notes: list[str] = []
    if step.privacy == "local_only":
        notes.append(text(lang, "words.private"))
    if step.degraded and step.tier != "deterministic":
        notes.append(text(lang, "words.degraded", tier=text(lang, f"tier.{step.tier}")))
    if step.error:
        notes.append(text(lang, "words.error"))
    return notes


def step_numbers(step: StepRecord, lang: Lang) -> list[tuple[str, str]]:
    """The numbers behind a step, labelled in ``lang`` (shown on click)."""
    rows = [
        (text(lang, "num.tier"), text(lang, f"tier.{step.tier}")),
        (text(lang, "num.model"), step.model or text(lang, "num.none")),
        (text(lang, "num.tokens"), f"{step.tokens_in:,} / {step.tokens_out:,}"),
        (text(lang, "num.cost"), f"${step.cost:.5f}"),
        (text(lang, "num.time"), f"{step.latency_ms:,.0f} ms"),
    ]
    if step.score is not None:
        rows.append((text(lang, "num.score"), f"{step.score:.2f}"))
    return rows


def workspace_label_for(workspace: str, user_id: str, lang: Lang) -> str:
    """A friendly name for a workspace id: "내 작업 공간" for the user's own one."""
    if workspace == f"ws-{user_id}" or workspace.startswith("ws-u-"):
        return text(lang, "ws.personal")
    if workspace == "default":
        return text(lang, "ws.default")
    return workspace
