"""A guard on model output: degenerate replies are flagged, never passed off as answers.

Small models fail in recognisable ways: a sentence repeated until the token
limit, nothing at all, an English reply to a Korean question, a reply cut off
mid-sentence, or a confident "successfully completed" for a tool that never
ran. Each check is plain code over the reply and its metadata; the first that
fires names the failure (``GuardFailure.reason``), which the graph records on
the step (``StepRecord.degraded`` plus a ``guard:`` reason) and may escalate.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from core.text import detect_language
from core.types import Language

__all__ = ["GuardFailure", "check_output", "invented_tool_result"]

FailureKind = Literal["empty", "repetition", "wrong_language", "truncated", "invented_tool_result"]

# A sentence seen this many times is a loop, not emphasis.
_REPEATED_SENTENCE = 3
# Text this long that compresses below this ratio repeats itself (natural prose stays
# above ~0.35 in either language; a loop falls well under 0.2).
_MIN_CHARS_FOR_RATIO = 240
_LOOP_RATIO = 0.2
# A reply shorter than this is too short to judge its language (a number, a name).
_MIN_CHARS_FOR_LANGUAGE = 16
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
# Finish reasons meaning "stopped at the token limit" (OpenAI, llama.cpp, Ollama, Anthropic).
_LENGTH_REASONS = frozenset({"length", "max_tokens"})
# Words a model uses to report a tool's outcome.
_CLAIMS_OUTCOME = re.compile(
    r"success|complete|done|executed|ran\b|has been|have been|was (?:reset|deleted|sent|created)"
    r"|result|returned|output|완료|성공|실행(?:했|되었|됐)|처리(?:했|되었|됐)|결과",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GuardFailure:
    """Why a reply may not be shown as a good answer."""

    kind: FailureKind
    reason: str


def _sentences(text: str) -> list[str]:
    return [s.strip().casefold() for s in _SENTENCE_END.split(text) if len(s.strip()) > 8]


def _repetition(text: str) -> GuardFailure | None:
    counts = Counter(_sentences(text))
    if counts:
        sentence, times = counts.most_common(1)[0]
        if times >= _REPEATED_SENTENCE:
            return GuardFailure(
                "repetition", f"repetition loop: one sentence {times} times ({sentence[:40]!r})"
            )
    data = text.encode()
    if len(text) >= _MIN_CHARS_FOR_RATIO:
        ratio = len(zlib.compress(data)) / len(data)
        if ratio < _LOOP_RATIO:
            return GuardFailure("repetition", f"repetition loop: compresses to {ratio:.0%}")
    return None


def _wrong_language(text: str, asked_in: Language) -> GuardFailure | None:
    hangul, latin = len(_HANGUL.findall(text)), len(_LATIN.findall(text))
    if hangul + latin < _MIN_CHARS_FOR_LANGUAGE:
        return None
    if asked_in == "ko" and hangul == 0:
        return GuardFailure("wrong_language", "wrong language: asked in Korean, answered without")
    if asked_in == "en" and hangul > latin:
        return GuardFailure(
            "wrong_language", "wrong language: asked in English, answered in Korean"
        )
    return None


def finish_reason(metadata: dict[str, Any]) -> str | None:
    """The provider's finish reason from a reply's ``response_metadata``, if it gave one."""
    for key in ("finish_reason", "done_reason", "stop_reason"):
        value = metadata.get(key)
        if isinstance(value, str):
            return value
    return None


def check_output(
    text: str, *, question: str, metadata: dict[str, Any] | None = None
) -> GuardFailure | None:
    """The first way ``text`` is a degenerate answer to ``question`` (``None``: it is not).

    Args:
        text: The model's reply.
        question: The step the reply answers (its language is the expected one).
        metadata: The reply's ``response_metadata`` (finish reason).

    Returns:
        The failure, or ``None`` for a reply fit to show.
    """
    if not text.strip() or not re.search(r"\w", text):
        return GuardFailure("empty", "empty output")
    if finish_reason(metadata or {}) in _LENGTH_REASONS:
        return GuardFailure("truncated", "cut off at the token limit")
    repeated = _repetition(text)
    if repeated is not None:
        return repeated
    return _wrong_language(text, detect_language(question))


def invented_tool_result(text: str, tool: str, tool_calls: int) -> GuardFailure | None:
    """A reply that reports an outcome of ``tool`` although no tool call ran.

    Args:
        text: The model's reply.
        tool: The tool the request names (``server.tool``).
        tool_calls: How many tool calls the step actually ran.
    """
    if tool_calls > 0 or not _CLAIMS_OUTCOME.search(text):
        return None
    return GuardFailure(
        "invented_tool_result", f"invented tool result: {tool} never ran, the model reported one"
    )
