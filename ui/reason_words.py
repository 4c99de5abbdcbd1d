"""The words the Korean reasons are built from: tiers, languages, code spans,
personal-data kinds and the router's difficulty signals.

``ui.reasons`` matches each family of the router's English reasons and writes it as a
Korean sentence; these are the pieces those sentences share. An identifier (a model
id, a signal name no table knows) is kept as a code span, never guessed at.
"""

from __future__ import annotations

import re

from core.types import Language
from ui.words import pii_names

TIER_NAMES_KO = {"local": "로컬 모델", "cloud": "클라우드 모델", "deterministic": "코드"}
# Languages as the router's older English records name them, and as its facts do.
LANGUAGE_NAMES_KO = {"Korean": "한국어", "English": "영어"}
LANGUAGE_CODES_KO: dict[Language, str] = {"ko": "한국어", "en": "영어", "other": "이 언어"}


def tier_ko(name: str) -> str:
    """A tier's Korean name (``local`` → 로컬 모델); an unknown tier as a code span."""
    return TIER_NAMES_KO.get(name, f"`{name}`")


def code_span(text: str) -> str:
    """``text`` as a markdown code span (an identifier or a record quoted as written)."""
    # Backticks inside a code span would end it early.
    quoted = text.replace("`", "'")
    return f"`{quoted}`"


def pii_ko(kinds: str) -> str:
    """The personal-data kinds a reason names (``kr_rrn, phone``), in Korean."""
    # "personal data" is the router's word when it has no kind to name.
    return "종류 미상" if kinds == "personal data" else pii_names(kinds, "ko")


# ``core.difficulty_reasons``' words for the difficulty signals, in Korean.
SIGNALS_KO = {
    "long prompt": "긴 요청",
    "short prompt": "짧은 요청",
    "asks for reasoning or analysis": "추론이나 분석을 요청함",
    "no reasoning asked": "추론 요청 없음",
    "asks for step-by-step work": "단계별 풀이를 요청함",
    "no step-by-step work": "단계별 풀이 없음",
    "maths content": "수학 내용",
    "no maths": "수학 없음",
    "code content": "코드 내용",
    "no code": "코드 없음",
    "expert-domain terms": "전문 분야 용어",
    "no expert-domain terms": "전문 용어 없음",
    "several questions": "질문 여러 개",
    "few questions": "질문이 적음",
    "several parts to answer": "답할 부분이 여러 개",
    "a single part": "답할 부분 하나",
    "many sentences": "문장이 많음",
    "few sentences": "문장이 적음",
    "many numbers": "숫자가 많음",
    "few numbers": "숫자가 적음",
    "multiple-choice layout": "객관식 형식",
    "not multiple choice": "객관식 아님",
    "written in Korean": "한국어로 씀",
    "written in English": "영어로 씀",
    "small talk or a simple task": "잡담이나 간단한 일",
    "not small talk": "잡담 아님",
    "long prompt (characters)": "긴 요청 (글자 수)",
    "short prompt (characters)": "짧은 요청 (글자 수)",
    "hand-set rules see a hard request": "기본 규칙상 어려운 요청",
    "hand-set rules see an easy request": "기본 규칙상 쉬운 요청",
    "wording seen in prompts small models miss": "작은 모델이 놓치는 요청의 표현",
    "wording of easy prompts": "쉬운 요청의 표현",
    "meaning close to prompts small models miss": "작은 모델이 놓치는 요청과 비슷한 뜻",
    "meaning close to easy prompts": "쉬운 요청과 비슷한 뜻",
    "needs tool calls": "도구 호출이 필요함",
    "no tool calls": "도구 호출 없음",
    "deep in a conversation": "대화가 길어짐",
    "early in a conversation": "대화 초반",
    "kind of step is demanding": "어려운 종류의 단계",
    "kind of step is easy (grounded or a label)": "쉬운 종류의 단계 (문서 근거나 분류)",
    "no strong signal": "뚜렷한 신호 없음",
}
_SIGNAL = re.compile(r"^(?P<words>.+?)(?: \((?P<push>[+-][\d.]+)\))?$")


def signals_ko(text: str) -> str:
    """The router's top signals in Korean, each keeping its push.

    Args:
        text: ``short prompt (-0.51), needs tool calls (+0.35)`` as the router wrote it.

    Returns:
        The same list in Korean; a signal no table knows stays as a code span.
    """
    out = []
    for part in re.split(r", (?=[^()]*(?:\(|$))", text):
        match = _SIGNAL.match(part.strip())
        words, push = (match["words"], match["push"]) if match else (part, None)
        said = SIGNALS_KO.get(words) or code_span(words)
        out.append(f"{said} ({push})" if push else said)
    return ", ".join(out)
