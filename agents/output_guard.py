"""A guard on model output: degenerate replies are flagged, never passed off as answers.

Small models fail in recognisable ways: a sentence repeated until the token
limit, nothing at all, an English reply to a Korean question, a reply cut off
mid-sentence, babble that circles a word of its own and ignores the request,
the previous answer repeated word for word to a follow-up that changed
something, or a confident "successfully completed" for a tool that never ran. Each check is
plain code over the reply and its metadata; the first that fires names the
failure (``GuardFailure.reason``), which the graph records on the step
(``StepRecord.degraded`` plus a ``guard:`` reason) and may escalate.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

from agents.answer_figures import gives_no_new_figure, wrong_working
from agents.misplaced_condolences import misplaced_condolence
from agents.output_babble import STOPWORDS, off_topic_reason
from agents.percent_working import wrong_share
from agents.repeated_bare_figure import repeats_bare_figure
from agents.unconverted_figures import unconverted_figure
from core.text import WANTS_KOREAN, detect_language
from core.types import Language
from tools.followup_edits import SPELLED_NUMBERS
from tools.references import is_follow_up

__all__ = ["GuardFailure", "PreviousTurn", "check_output", "invented_tool_result"]

FailureKind = Literal[
    "empty",
    "repetition",
    "wrong_language",
    "truncated",
    "invented_tool_result",
    "off_topic",
    "repeats_previous",
    "no_figure",
    "wrong_arithmetic",
    "ungrounded",
    "documents_lack_it",
    "echo",
    "imitated_notice",
    "unsupported_figure",
    # An act in the world the reply says is done, with no tool run (agents.claimed_acts).
    "claimed_act",
    # Condolences for a loss the request never named (agents.misplaced_condolences).
    "misplaced_condolence",
    # A conversion's figure given back in the asked unit (agents.unconverted_figures).
    "unconverted_figure",
    # A puzzle answered by the local model, which nothing checks (agents.puzzle_answer_check_56e).
    "unchecked_puzzle",
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
# Finish reasons meaning "stopped at the token limit" (OpenAI, llama.cpp, Ollama, Anthropic,
# Gemini), compared case-folded.
_LENGTH_REASONS = frozenset({"length", "max_tokens", "max_output_tokens"})
# Chat-template tokens a small model may emit as its whole reply: they are not an answer.
_TEMPLATE_TOKENS = re.compile(r"<\|[^|>]{0,40}\|>|</?s>|<unk>|\[/?INST\]|<end_of_turn>")
# A run of the same phrase, back to back ("감사합니다. 감사합니다. 감사합니다. 감사합니다."):
# a phrase of at least 4 characters (3 different letters, so "ㅋㅋㅋㅋ" or a rule of
# dashes is no loop) four times or more, covering this share of the reply at least.
_TANDEM = re.compile(r"(.{4,80}?)(?:\s*\1){3,}", re.DOTALL)
_TANDEM_SHARE = 0.5
# "1.", "Step 2:", "3)" at a sentence's start: a numbered list of one sentence is a loop.
_ENUMERATOR = re.compile(r"^\s*(?:step\s*)?\d+\s*[.):]\s*", re.IGNORECASE)
# Letters of scripts that are neither Korean nor Latin (Chinese, Japanese kana, Cyrillic,
# Arabic, Thai): a small model drifting into them answers in no language the user wrote.
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")
# Below this share of Hangul among its letters, a reply to a Korean question is not Korean
# (product names and code words inside Korean prose stay well above it).
_MIN_HANGUL_SHARE = 0.1
# A turn asking only for the previous answer in Korean ("and in Korean?") wants Korean prose:
# an English sentence quoting one Korean word ('a mortgage is called "부분지"') is not.
_NAMED_KOREAN_SHARE = 0.3
_ANSWER_IN_KOREAN = re.compile(
    r"^\s*(?:and|now|then|ok|okay)?\s*,?\s*(?:(?:say|write|explain|put|give|answer|translate)\s+"
    r"(?:it|that|this|the\s+answer)?\s*)?(?:in|into)\s+korean(?:\s+please)?\s*[?.!]?\s*$"
    r"|^\s*(?:그럼|이제|그거|그걸|그것도)?\s*(?:한국어|한글|우리말)\s*로(?:는|도)?\s*"
    r"(?:(?:다시\s*)?(?:해|말해|설명해|번역해|바꿔|써)\s*(?:줘|주세요|줄래)?)?\s*[?？.!]?\s*$",
    re.IGNORECASE,
)
# A request that names the language of the answer ("영어로", "in English", "translate").
_ASKS_FOR_LANGUAGE = re.compile(
    r"영어|영문|일본어|중국어|한국어|한글|번역|english|korean|japanese|chinese|translat",
    re.IGNORECASE,
)
# The answer's language named outright ("and in Korean?", "영어로 번역해 줘"): the reply
# must be in it, whatever the question's own language.
_WANTS_KOREAN = WANTS_KOREAN
_WANTS_ENGLISH = re.compile(r"\b(?:in|into|to)\s+english\b|영어로|영문으로", re.IGNORECASE)
_CODE = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)
# The previous answer repeated: replies this similar (word sequence) to it are a copy ...
_REPEAT_SIMILARITY = 0.8
# ... when it was long enough to be more than a coincidence ("Yes." may well repeat) ...
_REPEAT_MIN_WORDS = 6
# ... unless the user asked for it again.
_ASKS_TO_REPEAT = re.compile(
    r"다시|한\s*번\s*더|반복|그대로|repeat|again|say\s+that|restate|same\s+answer",
    re.IGNORECASE,
)
# Korean words that frame a follow-up rather than change it (그럼, 얼마, 어떻게), by stem.
_KO_FRAMING = frozenset(
    {"그럼", "그러", "그렇", "그거", "그걸", "그것", "이거", "이걸", "얼마", "어떻", "무엇"}
)
# Words a model uses to report a tool's outcome.
_CLAIMS_OUTCOME = re.compile(
    r"success|complete|done|executed|ran\b|has been|have been|was (?:reset|deleted|sent|created)"
    r"|result|returned|output|완료|성공|실행(?:했|되었|됐)|처리(?:했|되었|됐)|결과",
    re.IGNORECASE,
)

# A request that asks about a tool rather than for it to run ("what does calc.add do?",
# "pol.note 도구는 뭐야?"): a model may explain without calling it.
_ASKS_ABOUT_TOOL = re.compile(
    r"\b(?:what|how|why|which|explain|describe|does|is)\b|\?\s*$"
    r"|뭐|무엇|무슨|어떻게|어떤|설명|알려|왜",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GuardFailure:
    """Why a reply may not be shown as a good answer."""

    kind: FailureKind
    reason: str


@dataclass(frozen=True)
class PreviousTurn:
    """The conversation's previous question and the answer it got."""

    question: str
    answer: str


def _sentences(text: str) -> list[str]:
    sentences = (_ENUMERATOR.sub("", s).strip().casefold() for s in _SENTENCE_END.split(text))
    return [s for s in sentences if len(s) > 8]


def _tandem(text: str) -> GuardFailure | None:
    for match in _TANDEM.finditer(text):
        unit = match.group(1)
        letters = {c for c in unit.casefold() if c.isalpha()}
        if len(letters) >= 3 and len(match.group(0)) >= _TANDEM_SHARE * len(text.strip()):
            times = len(re.findall(re.escape(unit.strip()), match.group(0)))
            return GuardFailure(
                "repetition", f"repetition loop: {unit.strip()[:40]!r} {times} times in a row"
            )
    return None


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
    return _tandem(text)


def _expected_language(question: str) -> Language | None:
    """The language the reply should be in; ``None`` when the request leaves it open."""
    korean, english = _WANTS_KOREAN.search(question), _WANTS_ENGLISH.search(question)
    if bool(korean) != bool(english):
        return "ko" if korean else "en"
    if _ASKS_FOR_LANGUAGE.search(question):
        return None  # a translation or another language: not ours to judge
    return detect_language(question)


def _wrong_language(text: str, question: str) -> GuardFailure | None:
    prose = _CODE.sub(" ", text)  # code is Latin in any language
    hangul, latin = len(_HANGUL.findall(prose)), len(_LATIN.findall(prose))
    other = len(_OTHER_SCRIPT.findall(prose))
    expected = _expected_language(question)
    if hangul + latin + other < _MIN_CHARS_FOR_LANGUAGE or expected is None:
        return None
    if other > hangul + latin and not _OTHER_SCRIPT.search(question):
        return GuardFailure("wrong_language", "wrong language: answered in another script")
    least = _NAMED_KOREAN_SHARE if _ANSWER_IN_KOREAN.match(question) else _MIN_HANGUL_SHARE
    if expected == "ko" and hangul < least * (hangul + latin + other):
        return GuardFailure("wrong_language", "wrong language: Korean expected, answered without")
    if expected == "en" and hangul > latin:
        return GuardFailure(
            "wrong_language", "wrong language: English expected, answered in Korean"
        )
    return None


def _words(text: str) -> list[str]:
    """Words and numbers, case-folded, spelled numbers as digits ("four" is "4")."""
    words = re.findall(r"[^\W_]+", text.casefold())
    return [SPELLED_NUMBERS.get(w, w) for w in words]


def _keys(words: list[str]) -> set[str]:
    """What a text names: its numbers, Korean words by their first two syllables, words."""
    keys: set[str] = set()
    for word in words:
        digits = re.findall(r"\d+", word)
        keys.update(digits or [word[:2] if _HANGUL.match(word) else word])
    return keys


def _repeats_previous(
    text: str, question: str, previous: PreviousTurn | None
) -> GuardFailure | None:
    """The previous answer again, to a follow-up that changed something.

    Degenerate only when the follow-up changes something (a new number, or a reference
    or ellipsis with a new word) that neither the previous answer nor the reply names:
    "What about 4 people?" answered with the poem for three friends. An answer that
    already covered the change ("그럼 토요일은?" after the week's hours, Saturday
    included), a request to repeat, or a rephrased question is not flagged.
    """
    if previous is None or _ASKS_TO_REPEAT.search(question):
        return None
    if repeats_bare_figure(text, question, previous.question, previous.answer):
        # "144.5" again for "should i go for white or grey grout" (set 36).
        return GuardFailure("repeats_previous", "gave the previous answer's figure again")
    said, before = _words(text), _words(previous.answer)
    if len(before) < _REPEAT_MIN_WORDS:
        return None
    similarity = SequenceMatcher(None, said, before, autojunk=False).ratio()
    if similarity < _REPEAT_SIMILARITY:
        return None
    # What the question changed: its new numbers and content words.
    change = {
        key
        for key in _keys(_words(question)) - _keys(_words(previous.question))
        if key.isdigit() or (len(key) >= 2 and key not in STOPWORDS | _KO_FRAMING)
    }
    has_number = any(key.isdigit() for key in change)
    if not change or not (has_number or is_follow_up(question)):
        return None  # a rephrased question may well get the same answer
    if change & _keys(before) or change & _keys(said):
        return None  # the previous answer already covered it, or the reply took it up
    return GuardFailure(
        "repeats_previous",
        f"repeated its previous answer ({similarity:.0%} the same) to a changed question",
    )


def _off_topic(text: str, question: str) -> GuardFailure | None:
    reason = off_topic_reason(text, question)
    if reason is not None:
        return GuardFailure("off_topic", reason)
    reason = misplaced_condolence(text, question)
    return None if reason is None else GuardFailure("misplaced_condolence", reason)


def finish_reason(metadata: dict[str, Any]) -> str | None:
    """The provider's finish reason from a reply's ``response_metadata``, if it gave one."""
    nested = metadata.get("generation_info")
    for source in (metadata, nested if isinstance(nested, dict) else {}):
        for key in ("finish_reason", "done_reason", "stop_reason"):
            value = source.get(key)
            if isinstance(value, str):
                return value
    return None


def check_output(
    text: str,
    *,
    question: str,
    metadata: dict[str, Any] | None = None,
    previous: PreviousTurn | None = None,
) -> GuardFailure | None:
    """The first way ``text`` is a degenerate answer to ``question`` (``None``: it is not).

    Args:
        text: The model's reply.
        question: The step the reply answers (its language is the expected one).
        metadata: The reply's ``response_metadata`` (finish reason).
        previous: The conversation's previous question and answer, if any.

    Returns:
        The failure, or ``None`` for a reply fit to show.
    """
    if not re.search(r"\w", _TEMPLATE_TOKENS.sub("", text)):
        return GuardFailure("empty", "empty output")
    reason = finish_reason(metadata or {})
    if reason is not None and reason.casefold() in _LENGTH_REASONS:
        return GuardFailure("truncated", "cut off at the token limit")
    return (
        _repetition(text)
        or _repeats_previous(text, question, previous)
        or _wrong_language(text, question)
        or _off_topic(text, question)
        or _no_figure(text, question)
        or _wrong_arithmetic(text)
        or _unconverted(text, question)
    )


def _unconverted(text: str, question: str) -> GuardFailure | None:
    reason = unconverted_figure(text, question)
    return None if reason is None else GuardFailure("unconverted_figure", reason)


def _wrong_arithmetic(text: str) -> GuardFailure | None:
    wrong = wrong_working(text) or wrong_share(text)
    return None if wrong is None else GuardFailure("wrong_arithmetic", f"wrong arithmetic: {wrong}")


def _no_figure(text: str, question: str) -> GuardFailure | None:
    if not gives_no_new_figure(text, question):
        return None
    return GuardFailure("no_figure", "no figure of its own in the answer to a word problem")


def invented_tool_result(
    text: str, tool: str, tool_calls: int, question: str | None = None
) -> GuardFailure | None:
    """A reply that reports an outcome of ``tool`` although no tool call ran.

    Args:
        text: The model's reply.
        tool: The tool the request names (``server.tool``).
        tool_calls: How many tool calls the step actually ran.
        question: The request. When it asks for the tool to be used (anything but a
            question about the tool), any reply without a call stands in for the
            tool's result, however it is worded ("Sure! Your note is saved.").
    """
    if tool_calls > 0:
        return None
    asks_to_run = question is not None and not _ASKS_ABOUT_TOOL.search(question)
    if not asks_to_run and not _CLAIMS_OUTCOME.search(text):
        return None
    return GuardFailure(
        "invented_tool_result", f"invented tool result: {tool} never ran, the model reported one"
    )
