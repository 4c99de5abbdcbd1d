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


# Korean names of the personal-data kinds, for the trace store's ``[KR_RRN]`` masks and
# the reasons' ``kr_rrn`` (the English UI keeps the record's own words).
PII_NAMES_KO = {
    "kr_rrn": "주민등록번호",
    "kr_frn": "외국인등록번호",
    "kr_brn": "사업자등록번호",
    "kr_driver_license": "운전면허번호",
    "passport": "여권번호",
    "phone": "전화번호",
    "email": "이메일",
    "card": "카드번호",
    "bank_account": "계좌번호",
    "address": "주소",
    "person_name": "이름",
    "us_ssn": "미국 사회보장번호",
    "mrn": "진료기록번호",
    "birth_date": "생년월일",
    "vehicle_plate": "차량번호",
    "national_id": "외국 신분번호",
    "secret": "비밀번호·인증 정보",
    "passages": "문서 구절",
    # Why a turn is local besides a kind (graphs.turn_privacy's reasons, which route
    # reasons name where they name a kind): EARLIER_TURN, an earlier message of the user
    # held personal data; EARLIER_ANSWER, an answer still in the prompt's history quoted
    # some; QUOTED_STEP, an earlier step of this turn quoted some.
    "earlier turn": "이전 질문",
    "earlier answer": "이전 답변",
    "a step quoting personal data": "앞 단계의 답",
}
_MASK = re.compile(r"\[([A-Z_]+)\]")
# The assistant graph's nodes, as the run view's path and drawing show them.
NODE_NAMES_KO = {
    "__start__": "시작",
    "__end__": "끝",
    "guard_input": "입력 검사",
    "answer_from_faq": "FAQ 답변",
    "plan": "계획",
    "route_step": "경로 정하기",
    "execute_step": "단계 실행",
    "call_tools": "도구 실행",
    "synthesize": "답 합치기",
    "verify": "답 검사",
    "record": "기록",
}


def masked_in(text_: str, lang: Lang) -> str:
    """A masked record (``[KR_RRN]``) with its masks named in ``lang``."""
    if lang != "ko":
        return text_
    return _MASK.sub(lambda m: f"[{PII_NAMES_KO.get(m.group(1).lower(), m.group(1))}]", text_)


def pii_names(kinds: str, lang: Lang) -> str:
    """``kr_rrn, passages`` as ``주민등록번호, 문서 구절`` in Korean."""
    if lang != "ko":
        return kinds
    return ", ".join(PII_NAMES_KO.get(k.strip(), k.strip()) for k in kinds.split(","))


def node_name(node: str, lang: Lang) -> str:
    """A graph node's display name (``execute_step`` → "단계 실행")."""
    return NODE_NAMES_KO.get(node, node) if lang == "ko" else node
