"""A guard on model output: degenerate replies are flagged, never passed off as answers.

Small models fail in recognisable ways: a sentence repeated until the token
limit, nothing at all, an English reply to a Korean question, a reply cut off
mid-sentence, babble that circles a word of its own and ignores the request, or
a confident "successfully completed" for a tool that never ran. Each check is
plain code over the reply and its metadata; the first that fires names the
failure (``GuardFailure.reason``), which the graph records on the step
(``StepRecord.degraded`` plus a ``guard:`` reason) and may escalate.
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

FailureKind = Literal[
    "empty", "repetition", "wrong_language", "truncated", "invented_tool_result", "off_topic"
]

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


# Off-topic babble ("The words 'The words of the words' are a classic example of a
# two-line poem." for a poem about three friends) needs two signals at once, so a terse
# or freely worded good answer is never flagged: the reply names at most this share of
# the request's content words ...
_OFF_TOPIC_COVERAGE = 0.5
# ... and is degenerate in itself: a content word that is not the request's makes up
# this share of its content words (at least this many times) ...
_BABBLE_WORD_SHARE = 0.3
_BABBLE_MIN_REPEATS = 3
# ... or this share of its tokens are no word of any language.
_NON_WORD_SHARE = 0.2
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[가-힣]+|\S*\d\S*|[^\sA-Za-z가-힣\d]+")
# English function words and request verbs: they say nothing about the topic.
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the and or but of to in on at for with by from as is are was were be been it its "
        "this that these those what which who whom how why when where about me my you your we "
        "our they their he she his her them us i do does did can could would should will shall "
        "may might please write tell give make show let some any all there here than then so "
        "just also very",
    )
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


def _content_words(text: str) -> list[str]:
    """Lower-cased content words; Latin words cut to 5 letters so 'friend' meets 'friends'."""
    words: list[str] = []
    for token in _TOKEN.findall(text.casefold()):
        if _HANGUL.match(token):
            # A Korean word's first two syllables are its stem more often than not
            # (친구들과 / 친구); particles and endings follow them.
            if len(token) >= 2:
                words.append(token[:2])
        elif token[0].isalpha() and len(token) >= 3 and token not in _STOPWORDS:
            words.append(token[:5])
    return words


def _non_word(token: str) -> bool:
    """A token no language writes: letters mixed with digits or scripts, or no vowel at all."""
    if token[0].isdigit() or not any(c.isalpha() for c in token):
        return False  # numbers and punctuation are fine
    latin = bool(_LATIN.search(token))
    if latin and (_HANGUL.search(token) or any(c.isdigit() for c in token)):
        return True
    return latin and len(token) > 3 and not re.search(r"[aeiouy]", token, re.IGNORECASE)


def _off_topic(text: str, question: str) -> GuardFailure | None:
    asked = set(_content_words(question))
    said = _content_words(text)
    if not asked or not said:
        return None
    coverage = len(asked & set(said)) / len(asked)
    if coverage > _OFF_TOPIC_COVERAGE:
        return None
    # A good answer may repeat the request's subject ("friends"); babble circles its own word.
    word, times = next(((w, n) for w, n in Counter(said).most_common() if w not in asked), ("", 0))
    tokens = [t for t in _TOKEN.findall(text) if any(c.isalnum() for c in t)]
    odd = sum(_non_word(t) for t in tokens) / max(1, len(tokens))
    if times >= _BABBLE_MIN_REPEATS and times / len(said) >= _BABBLE_WORD_SHARE:
        why = f"{word!r} is {times} of its {len(said)} content words"
    elif odd >= _NON_WORD_SHARE:
        why = f"{odd:.0%} of its tokens are not words"
    else:
        return None
    return GuardFailure(
        "off_topic",
        f"off-topic babble: names {coverage:.0%} of the request's content words and {why}",
    )


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
    return _wrong_language(text, detect_language(question)) or _off_topic(text, question)


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
