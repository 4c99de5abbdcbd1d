"""The router's reasons in the UI language.

The router, the trace store and the CLI keep one English record of why a step went
where it did. A Korean page says the same thing in Korean: each known reason family
is matched here and rewritten, keeping its numbers. Identifiers (model ids, handler
names) stay as code spans; personal-data kinds and the router's signal names are said
in Korean where a table knows them, and an unknown signal stays a code span.
A reason this module does not know is shown as its raw record, marked as such, so a
new router reason is never hidden, only left untranslated. The words these sentences
share (tiers, languages, code spans, personal-data kinds, difficulty signals) live in
``ui.reason_words``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.types import Alternative, RejectionKind, StepRecord
from ui.i18n import Lang
from ui.reason_words import (
    LANGUAGE_CODES_KO,
    LANGUAGE_NAMES_KO,
    code_span,
    pii_ko,
    signals_ko,
    tier_ko,
)

Rewrite = Callable[[re.Match[str]], str]
Rule = tuple[re.Pattern[str], Rewrite]

# The router's reasons that name the tiers it rejected (``core.router``).
_NO_TIER = re.compile(r"^no tier can carry this step: (?P<why>.+)$")
_DEGRADED = re.compile(r"^degraded: (?P<tier>local|cloud) tier unavailable \((?P<why>.+)\)$")


def _no_tier(m: re.Match[str]) -> str:
    parts = [reason_in(part.strip(), "ko") for part in m["why"].split("; ")]
    return "이 단계를 맡을 수 있는 모델이 없음: " + "; ".join(parts)


# Why another tier did not take the step, in Korean, from the rejection's kind and typed
# facts. A wording returns None when a fact it names is missing: a record made before
# the facts existed, which ``_LEGACY_REJECTION_RULES`` then reads from its English text.
_KIND_ONLY: dict[RejectionKind, str] = {
    "not_needed": "쓸 수 있지만 필요 없음",
    "code_answers": "코드가 답할 수 있음",
    "no_handler": "코드로 답할 수 없음",
    "not_configured": "{tier}이 설정되지 않음",
    "budget_turn": "예산: 이번 질문의 비용 한도에 닿음",
}


def _privacy_cloud_ko(kinds: str) -> str:
    return f"개인정보({pii_ko(kinds)})는 클라우드 모델로 보내지 않음"


def _privacy_cloud(a: Alternative) -> str | None:
    return None if a.personal_data is None else _privacy_cloud_ko(a.personal_data)


def _privacy_external_ko(kinds: str, model: str) -> str:
    return f"개인정보({pii_ko(kinds)})는 외부 주소의 {code_span(model)}로 보내지 않음"


def _privacy_external(a: Alternative) -> str | None:
    if a.personal_data is None or a.model is None:
        return None
    return _privacy_external_ko(a.personal_data, a.model)


def _unavailable_ko(tier: str, why: str) -> str:
    return (
        f"{tier_ko(tier)}을 지금 쓸 수 없음 — 서버가 켜져 있는지와 설정을 확인하세요 "
        f"(원문: {code_span(why)})"
    )


def _unavailable(a: Alternative) -> str | None:
    return None if a.unavailable_reason is None else _unavailable_ko(a.tier, a.unavailable_reason)


def _cannot_write_ko(model: str, language: str) -> str:
    return f"{code_span(model)}는 {language}를 잘 쓰지 못함"


def _cannot_write(a: Alternative) -> str | None:
    if a.model is None or a.language is None:
        return None
    return _cannot_write_ko(a.model, LANGUAGE_CODES_KO[a.language])


def _context_ko(model: str, window: object, needed: object) -> str:
    return f"{code_span(model)}의 문맥 길이 {window} < 필요한 약 {needed} 토큰"


def _context(a: Alternative) -> str | None:
    if a.model is None or a.context_window is None or a.tokens_needed is None:
        return None
    return _context_ko(a.model, a.context_window, a.tokens_needed)


def _budget_session(a: Alternative) -> str | None:
    spent, estimate, limit = a.session_spent_usd, a.cost_estimate_usd, a.session_limit_usd
    if spent is None or estimate is None or limit is None:
        return None
    return (
        f"예산: 이번 세션 사용액 ${spent:.4f} + 이 단계 예상 ${estimate:.4f}가 "
        f"한도 ${limit:.2f}를 넘음"
    )


_FROM_FACTS: dict[RejectionKind, Callable[[Alternative], str | None]] = {
    "privacy_cloud": _privacy_cloud,
    "privacy_external": _privacy_external,
    "unavailable": _unavailable,
    "language": _cannot_write,
    "context": _context,
    "budget_session": _budget_session,
}

# The English each kind was recorded in (``core.rejections``), read back only for
# records without typed facts: a trace or checkpoint written before the facts existed.
# Dict order matters for ``reason_in``: the turn budget before the session budget.
_LEGACY_REJECTION_RULES: dict[RejectionKind, Rule] = {
    "not_needed": (re.compile(r"^allowed, not needed$"), lambda m: _KIND_ONLY["not_needed"]),
    "code_answers": (
        re.compile(r"^code can answer this step$"),
        lambda m: _KIND_ONLY["code_answers"],
    ),
    "no_handler": (
        re.compile(r"^no deterministic handler matched$"),
        lambda m: _KIND_ONLY["no_handler"],
    ),
    "privacy_cloud": (
        re.compile(r"^privacy: (?P<r>.+) never goes to the cloud tier$"),
        lambda m: _privacy_cloud_ko(m["r"]),
    ),
    "privacy_external": (
        re.compile(r"^privacy: (?P<r>.+) never goes to (?P<m>\S+), an external endpoint$"),
        lambda m: _privacy_external_ko(m["r"], m["m"]),
    ),
    "not_configured": (
        re.compile(r"^(?P<tier>local|cloud) tier: no model configured$"),
        lambda m: _KIND_ONLY["not_configured"].format(tier=tier_ko(m["tier"])),
    ),
    "unavailable": (
        re.compile(r"^(?P<tier>local|cloud) tier unavailable: (?P<why>.+)$"),
        lambda m: _unavailable_ko(m["tier"], m["why"]),
    ),
    "language": (
        re.compile(r"^(?P<m>\S+) does not write (?P<lang>\w+) well$"),
        lambda m: _cannot_write_ko(m["m"], LANGUAGE_NAMES_KO.get(m["lang"], code_span(m["lang"]))),
    ),
    "context": (
        re.compile(r"^(?P<m>\S+) context (?P<n>\d+) < ~(?P<need>\d+) tokens needed$"),
        lambda m: _context_ko(m["m"], m["n"], m["need"]),
    ),
    "budget_turn": (
        re.compile(r"^budget: this turn's cost limit is reached$"),
        lambda m: _KIND_ONLY["budget_turn"],
    ),
    "budget_session": (
        re.compile(r"^budget: (?P<why>.+)$"),
        lambda m: f"예산: {code_span(m['why'])}",
    ),
    "other": (re.compile(r"^excluded$"), lambda m: "제외됨"),
}

_RULES: list[Rule] = [
    (
        re.compile(r"^deterministic — (?P<h>.+), no model call$"),
        lambda m: f"코드가 답함 ({code_span(m['h'])}) · 모델 호출 없음",
    ),
    (
        re.compile(
            r"^P\(local answer falls short\) (?P<s>[\d.]+) (?P<cmp>\S+) (?P<th>[\d.]+) → prefer "
            r"(?P<tier>\w+); top signals \((?P<src>[^)]*)\): (?P<sig>.*)$"
        ),
        lambda m: (
            f"로컬 모델로는 부족할 확률 {m['s']} ({m['cmp']} 기준 {m['th']}) → "
            f"{tier_ko(m['tier'])} 우선 · 주요 신호: {signals_ko(m['sig'])}"
        ),
    ),
    (_NO_TIER, _no_tier),
    (
        re.compile(r"^pinned to (?P<tier>\w+) by this conversation's tier picker$"),
        lambda m: f"이 대화의 경로 선택으로 {tier_ko(m['tier'])}에 고정",
    ),
    (
        re.compile(r"^pinned to (?P<tier>\w+) by replay$"),
        lambda m: f"다시 실행하며 {tier_ko(m['tier'])}에 고정",
    ),
    (
        re.compile(r"^model (?P<m>\S+) picked by this conversation's model picker$"),
        lambda m: f"이 대화에서 고른 모델: {code_span(m['m'])}",
    ),
    (
        re.compile(r"^capabilities of (?P<m>\S+) unknown — judged as the configured (?P<c>\S+)$"),
        lambda m: (
            f"{code_span(m['m'])}의 능력을 알 수 없어 설정된 {code_span(m['c'])} 기준으로 판단함"
        ),
    ),
    (
        re.compile(r"^privacy: (?P<r>.+) — local only$"),
        lambda m: f"개인정보({pii_ko(m['r'])}): 이 컴퓨터에서만 처리",
    ),
    (
        re.compile(r"^privacy: (?P<r>.+) pseudonymized for the cloud$"),
        lambda m: f"개인정보({pii_ko(m['r'])})를 가명으로 바꿔 클라우드 모델로 보냄",
    ),
    (
        re.compile(r"^(?P<m>\S+) has no tool calling — tools dispatched by deterministic code$"),
        lambda m: f"{code_span(m['m'])}는 도구를 부르지 못해 코드가 도구를 실행함",
    ),
    (
        _DEGRADED,
        lambda m: (
            f"대체 경로: {tier_ko(m['tier'])}을 쓸 수 없어 다른 경로로 보냄 "
            f"(원문: {code_span(m['why'])})"
        ),
    ),
    (
        re.compile(r"^cascade: borderline score"),
        lambda m: "단계적 처리: 경계 점수라 로컬 모델이 먼저 답하고, 검사를 못 넘으면 클라우드로",
    ),
    (
        re.compile(
            r"^follow-up: scored as the earlier question it changes \((?P<s>[\d.]+) alone\)$"
        ),
        lambda m: f"후속 질문: 바꾸려는 앞 질문의 점수로 판단함 (후속 질문만으로는 {m['s']})",
    ),
    (
        re.compile(r"^follow-up: refers to the previous turn"),
        lambda m: "후속 질문: 앞 대화를 가리킴 — 모델이 앞 질문과 답을 함께 받고, 문서는 찾지 않음",
    ),
    (
        re.compile(r"^cascade: local answer failed the output check"),
        lambda m: "단계적 처리: 로컬 모델의 답이 검사를 통과하지 못해 클라우드 모델로 올림",
    ),
    (
        re.compile(r"^documents: no confident match \((?P<c>[\d.]+)\)$"),
        lambda m: f"문서: 확실히 맞는 내용 없음 (확신도 {m['c']})",
    ),
    (re.compile(r"^documents: no confident match$"), lambda m: "문서: 확실히 맞는 내용 없음"),
    (re.compile(r"^documents: nothing matched$"), lambda m: "문서: 맞는 내용 없음"),
    (
        re.compile(r"^documents: the step names no content term$"),
        lambda m: "문서: 찾을 만한 내용어가 없음",
    ),
    (
        re.compile(r"^documents: best match (?P<l>.+) \(confidence (?P<c>[\d.]+)\)$"),
        lambda m: f"문서: 가장 잘 맞는 곳 {code_span(m['l'])} (확신도 {m['c']})",
    ),
    (
        re.compile(r"^documents: asked to reason or explain"),
        lambda m: "문서: 찾기가 아니라 설명을 요청함 — 모델이 문서를 인용하지 않고 답함",
    ),
    (
        re.compile(r"^documents: asks for the organisation's own rule"),
        lambda m: "문서: 조직의 규정을 묻지만 어느 문서에도 없음 — 모델이 추측하지 않음",
    ),
    (
        re.compile(r"^cache: exact match of an earlier public answer"),
        lambda m: "캐시: 앞서 답한 공개 질문과 똑같음",
    ),
    (re.compile(r"^mcp: (?P<why>.+)$"), lambda m: f"MCP: {code_span(m['why'])}"),
    # The alternatives' reasons (why another tier did not take the step), as text: the
    # router's own reasons quote them ("no tier can carry this step: …", "degraded: …").
    *_LEGACY_REJECTION_RULES.values(),
]


def reason_in(reason: str, lang: Lang) -> str:
    """One router reason as markdown in ``lang``.

    Args:
        reason: the reason as the router recorded it (English).
        lang: the UI language.

    Returns:
        The reason itself in English; in Korean its rewrite, or for a reason no rule
        knows, the raw record as a code span marked "기록 원문".
    """
    if lang != "ko":
        return reason
    for pattern, rewrite in _RULES:
        match = pattern.match(reason)
        if match:
            return rewrite(match)
    return f"기록 원문: {code_span(reason)}"


def alternative_in(alternative: Alternative, lang: Lang) -> str:
    """Why the router did not pick a tier, as markdown in ``lang``, from its kind and facts.

    Args:
        alternative: the rejected tier as the router recorded it.
        lang: the UI language.

    Returns:
        The English record in English. In Korean, the wording of its kind filled from
        its typed facts; for a record made before those facts existed, the kind's old
        reading of its English text; for one made before kinds existed (kind
        ``other``), ``reason_in``'s rewrite of its text.
    """
    if lang != "ko":
        return alternative.reason
    kind = alternative.kind
    if kind in _KIND_ONLY:
        return _KIND_ONLY[kind].format(tier=tier_ko(alternative.tier))
    from_facts = _FROM_FACTS.get(kind)
    said = from_facts(alternative) if from_facts else None
    if said is not None:
        return said
    pattern, rewrite = _LEGACY_REJECTION_RULES[kind]
    match = pattern.match(alternative.reason)
    return rewrite(match) if match else reason_in(alternative.reason, lang)


def step_reasons_in(step: StepRecord, lang: Lang) -> list[str]:
    """A step's reasons as markdown in ``lang``; those naming rejected tiers from their facts.

    Args:
        step: A finished step as recorded.
        lang: the UI language.
    """
    if lang != "ko":
        return list(step.reasons)
    return [_from_alternatives(r, step.alternatives) or reason_in(r, lang) for r in step.reasons]


def _from_alternatives(reason: str, alternatives: Sequence[Alternative]) -> str | None:
    # "no tier can carry this step: …" and "degraded: …" name rejected tiers: worded from
    # their kinds and facts, not read back from the English (None: the record lacks them).
    if no_tier := _NO_TIER.match(reason):
        named = [a for a in alternatives[:2] if a.reason and a.reason in no_tier["why"]]
        words = "; ".join(alternative_in(a, "ko") for a in named)
        return f"이 단계를 맡을 수 있는 모델이 없음: {words}" if named else None
    if degraded := _DEGRADED.match(reason):
        first = next((a for a in alternatives if a.tier == degraded["tier"]), None)
        if first is not None:
            why = alternative_in(first, "ko")
            return f"대체 경로: {tier_ko(first.tier)}을 쓸 수 없어 다른 경로로 보냄 ({why})"
    return None


def reason_plain(reason: str, lang: Lang) -> str:
    """``reason_in`` without markdown, for table cells."""
    return reason_in(reason, lang).replace("`", "")
