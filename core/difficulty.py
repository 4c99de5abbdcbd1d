"""Difficulty score for model steps: how likely a small model is to fall short.

``difficulty(text)`` returns a float in [0, 1]; the router compares it with a
configured threshold to pick the ``local`` tier (below) or the ``cloud`` tier.
It never calls a model: a handful of regular expressions and a hashed bag of
words, so one decision takes tens of microseconds.

The score blends two parts:

* a hand-set *prior* over named signals (length, reasoning/maths/code markers,
  question structure, multiple-choice layout, Korean share, expert-domain
  words, small-talk markers). It carries the behaviour on free-form English and
  Korean requests, which the replay data never shows.
* two logistic regressions *fitted* by ``bench/fit_difficulty.py`` on the MMLU
  replay (P(small model right), P(large model right)), over the same signals
  plus hashed English word uni/bigrams; their difference is the expected gain
  of the large model. Its weights live in
  ``core/difficulty_model.json`` and are loaded once, lazily.

The fitted part is trusted more on exam-style multiple-choice text (what it was
fitted on) than on free-form text, where the prior dominates.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from core.errors import ConfigError

MODEL_PATH = Path(__file__).with_name("difficulty_model.json")
MODEL_FORMAT = "switchyard-difficulty/2"

# Only the first characters feed the markers and the hashed words: it bounds the
# latency of a decision, and a request's nature shows early.
_SCAN_CHARS = 4000


def _lexicon(english: str, korean: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Split a term list into exact English words, English stems and Korean substrings.

    English entries are stems ("analy" matches analyse/analysis/analyze) unless
    they end in "$" (whole word). Korean is agglutinative (particles attach to
    nouns), so its terms match as substrings.
    """
    words = english.split()
    exact = frozenset(w[:-1] for w in words if w.endswith("$"))
    stems = tuple(w for w in words if not w.endswith("$"))
    return exact, stems, tuple(korean.split())


# One lexicon per signal; matching is a cached per-word lookup, not one big
# regex alternation, because Python's re scans such alternations slowly.
_LEXICONS: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]] = {
    "reasoning": _lexicon(
        "prove proof derive deriv justif analy reason why$ explain evaluat compar contrast "
        "critiqu assess infer deduc implication trade-off tradeoff consequen hypothes "
        "step-by-step rigorous",
        "증명 분석 비교 추론 논증 왜 이유 근거 평가 도출 설명 검토 타당 영향 원인 시사점",
    ),
    "math": _lexicon(
        "equation integral derivativ theorem lemma prime probabilit matri vector polynomial "
        "logarithm sqrt$ sum$ product$ calculat comput solve$ solving factori modul "
        "eigen limit$ converg inequalit geometr algebra calculus statistic variance "
        "expected$ sieve combinator permutation",
        "방정식 적분 미분 소수 확률 행렬 벡터 다항식 계산 풀이 수열 극한 부등식 기하 통계 "
        "분산 기댓값",
    ),
    "code": _lexicon(
        "code$ function$ class$ python javascript typescript java$ rust$ sql$ regex "
        "algorithm complexity debug compile refactor api$ recursi runtime big-o async "
        "implement",
        "코드 함수 클래스 알고리즘 복잡도 디버그 구현 컴파일 리팩터 쿼리 재귀",
    ),
    "domain": _lexicon(
        "law$ legal statut plaintiff defendant court constitution contract$ tort "
        "medic diagnos clinical patholog pharmac physiolog quantum thermodynam "
        "relativ chemi molecul enzyme genetic econom monetary fiscal elasticit "
        "accounting depreciat philosoph epistemolog ontolog ethic moral logic$ fallac "
        "semiconduct supply-chain geopolit",
        "법률 판례 민법 형법 헌법 계약 소송 의학 진단 임상 약리 양자 열역학 화학 분자 "
        "유전 경제 통화 재정 회계 철학 윤리 논리 반도체 공급망 지정학 리스크",
    ),
    "simple_task": _lexicon(
        "hi$ hello$ hey$ thanks thank$ welcom friendly greet congratulat "
        "sentence$ one-line short$ brief$ quick$ simple$ casual",
        "안녕 고마워 고맙 감사 반가 날씨 점심 저녁 뭐해 뭐하 지내 ㅋㅋ ㅎㅎ 수고 축하 인사 "
        "한문장 짧게 간단히 환영",
    ),
}
_LEXICON_NAMES = tuple(_LEXICONS)


def _matches(word: str, exact: frozenset[str], stems: tuple[str, ...]) -> bool:
    return word in exact or word.startswith(stems)


@lru_cache(maxsize=1 << 16)
def _word_hits(word: str) -> tuple[int, ...]:
    """Which lexicons a lower-case English word belongs to (hyphen parts count too)."""
    parts = (word, *word.split("-")) if "-" in word else (word,)
    return tuple(
        int(any(_matches(p, exact, stems) for p in parts)) for exact, stems, _ in _LEXICONS.values()
    )


def _lexicon_counts(words: list[str], head: str, has_hangul: bool) -> dict[str, int]:
    counts = [0] * len(_LEXICON_NAMES)
    for word, n in Counter(words).items():
        hits = _word_hits(word)
        if any(hits):
            for i, hit in enumerate(hits):
                counts[i] += hit * n
    if has_hangul:
        for i, (_, _, korean) in enumerate(_LEXICONS.values()):
            counts[i] += sum(head.count(k) for k in korean)
    return dict(zip(_LEXICON_NAMES, counts, strict=True))


_STEPWISE = re.compile(r"step by step|step-by-step|단계별|차근차근|in detail|자세히")
_MATH_SYMBOLS = re.compile(r"[=^√∫∑∏≤≥≠±×÷]|\d\s*[-+*/]\s*\d|\b[a-z]\s*[=<>]\s*\d")
# "\w\(" rather than "\w+\(": same matches counted, without rescanning each word.
_CODE_SYMBOLS = re.compile(r"```|\bdef |\breturn\b|=>|::|[{};]\s*$|\w\(\w*\)", re.MULTILINE)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_DIGIT = re.compile(r"\d")
_MULTI_PART = re.compile(
    r"(?m)^\s*(?:\d+[.)]|[-*•])\s|\b(?:then|also|additionally|furthermore|and then)\b"
    r"|그리고|또한|다음으로|그 다음|나아가",
)
_CHOICES = re.compile(r"(?m)^\s*(?:\(?[A-Ea-e][.)]|[①②③④⑤])\s*\S")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_SENTENCE_END = re.compile(r"[.!?。？！]+(?:\s|$)|다\.|요\.|\n+")
_HASH_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")

SIGNAL_NAMES: tuple[str, ...] = (
    "length",
    "reasoning",
    "stepwise",
    "math",
    "code",
    "domain",
    "questions",
    "multi_part",
    "sentences",
    "digits",
    "multiple_choice",
    "korean",
    "simple_task",
)

# Hand-set logit weights of the prior. Why these signs: reasoning, maths, code,
# expert domains, several parts and long inputs all raise the chance that a
# small model falls short; small-talk markers lower it. Korean raises it a
# little because small local models are weaker in Korean than in English.
PRIOR_BIAS = -1.6
PRIOR_WEIGHTS: dict[str, float] = {
    "length": 1.2,
    "reasoning": 1.6,
    "stepwise": 0.7,
    "math": 1.4,
    "code": 1.2,
    "domain": 0.9,
    "questions": 0.3,
    "multi_part": 0.6,
    "sentences": 0.3,
    "digits": 0.4,
    "multiple_choice": 0.3,
    "korean": 0.3,
    "simple_task": -1.8,
}


def _saturate(count: float, scale: float) -> float:
    """Map a count onto [0, 1): one hit matters, the tenth adds little."""
    return 1.0 - math.exp(-count / scale)


def difficulty_signals(text: str) -> dict[str, float]:
    """Compute the named, explainable signals of one request, each in [0, 1].

    Args:
        text: The step's text (English, Korean or mixed).

    Returns:
        A dict keyed by ``SIGNAL_NAMES``; 0 means absent, values near 1 strong.
    """
    n_chars = len(text)
    head = text[:_SCAN_CHARS]
    lower = head.lower()
    words = _WORD.findall(lower)
    hangul = len(_HANGUL.findall(head))
    lex = _lexicon_counts(words, head, hangul > 0)
    latin = sum(len(w) for w in words)
    math_hits = lex["math"] + 0.5 * min(len(_MATH_SYMBOLS.findall(lower)), 6)
    code_hits = lex["code"] + 0.5 * len(_CODE_SYMBOLS.findall(head))
    return {
        "length": min(1.0, math.log1p(n_chars) / math.log1p(3000.0)),
        "reasoning": _saturate(lex["reasoning"], 1.5),
        "stepwise": 1.0 if _STEPWISE.search(lower) else 0.0,
        "math": _saturate(math_hits, 1.5),
        "code": _saturate(code_hits, 1.5),
        "domain": _saturate(lex["domain"], 1.5),
        "questions": _saturate(head.count("?") + head.count("？"), 1.5),
        "multi_part": _saturate(len(_MULTI_PART.findall(lower)), 2.0),
        "sentences": _saturate(max(0, len(_SENTENCE_END.findall(head)) - 1), 3.0),
        "digits": min(1.0, 8.0 * len(_DIGIT.findall(head)) / max(1, len(head))),
        "multiple_choice": 1.0 if len(_CHOICES.findall(head)) >= 3 else 0.0,
        # Share of Hangul among letters (Hangul syllables vs. Latin letters).
        "korean": hangul / (hangul + latin) if hangul else 0.0,
        "simple_task": _saturate(lex["simple_task"], 1.5),
    }


def hashed_features(text: str, n_buckets: int) -> dict[int, float]:
    """Hash the English word unigrams and bigrams of ``text`` into buckets.

    Only ASCII words are hashed: the fitted weights come from English data, and
    Korean words would land on buckets whose weights mean something else.
    Presence is binary and the vector is L2-normalised so long prompts do not
    dominate.

    Args:
        text: The request text.
        n_buckets: Number of hash buckets (from the model file).

    Returns:
        Sparse vector ``{bucket: value}``.
    """
    tokens = ["<n>" if t.isdigit() else t for t in _HASH_TOKEN.findall(text[:_SCAN_CHARS].lower())]
    grams = set(tokens)
    grams.update(f"{a} {b}" for a, b in pairwise(tokens))
    if not grams:
        return {}
    buckets: dict[int, float] = {}
    for gram in grams:
        # crc32 is stable across processes (the built-in hash() is salted).
        buckets[zlib.crc32(gram.encode()) % n_buckets] = 1.0
    norm = 1.0 / math.sqrt(len(buckets))
    # Sorted, so the float sums over buckets do not depend on the salted set order.
    return {k: norm for k in sorted(buckets)}


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def prior_score(signals: dict[str, float]) -> float:
    """The hand-set prior: a logistic over the named signals, in (0, 1)."""
    return _sigmoid(PRIOR_BIAS + sum(w * signals[k] for k, w in PRIOR_WEIGHTS.items()))


@dataclass(frozen=True)
class LogisticHead:
    """One logistic regression over the signals and the hashed words."""

    intercept: float
    signal_weights: dict[str, float]
    hash_weights: tuple[float, ...]

    def probability(self, signals: dict[str, float], hashed: dict[int, float]) -> float:
        """The head's probability for one featurised text."""
        z = self.intercept + sum(w * signals[k] for k, w in self.signal_weights.items())
        hw = self.hash_weights
        return _sigmoid(z + sum(hw[i] * v for i, v in hashed.items()))


@dataclass(frozen=True)
class DifficultyModel:
    """Fitted weights, as written by ``bench/fit_difficulty.py``.

    Two heads predict P(weak model succeeds) and P(strong model succeeds); their
    difference is the expected quality gained by sending the text to the large
    model, which ranks prompts for routing better than P(weak fails) alone
    (hard prompts that the large model fails too gain nothing). The gain is
    squashed onto (0, 1) around its training mean.
    """

    n_buckets: int
    weak: LogisticHead
    strong: LogisticHead
    gain_center: float
    gain_scale: float
    blend_multiple_choice: float
    blend_free_text: float
    meta: dict[str, Any]

    def fitted_score(self, text: str, signals: dict[str, float]) -> float:
        """Expected gain of the large model, mapped monotonically onto (0, 1)."""
        hashed = hashed_features(text, self.n_buckets)
        gain = self.strong.probability(signals, hashed) - self.weak.probability(signals, hashed)
        return _sigmoid((gain - self.gain_center) / self.gain_scale)

    def blend_weight(self, signals: dict[str, float]) -> float:
        """How much the fitted part counts: more on exam-style text like its training data."""
        mc = signals["multiple_choice"]
        return mc * self.blend_multiple_choice + (1.0 - mc) * self.blend_free_text


def _head(raw: dict[str, Any], n_buckets: int) -> LogisticHead:
    weights = tuple(float(w) for w in raw["hash_weights"])
    signal_weights = {str(k): float(v) for k, v in raw["signal_weights"].items()}
    if len(weights) != n_buckets or not set(signal_weights) <= set(SIGNAL_NAMES):
        raise ValueError("weights do not match this code's buckets or signals")
    return LogisticHead(float(raw["intercept"]), signal_weights, weights)


def load_model(path: Path = MODEL_PATH) -> DifficultyModel:
    """Read a model file, checking its format.

    Raises:
        ConfigError: The file is missing, unreadable, malformed or of another format.
    """
    refit = "regenerate it with: python -m bench.fit_difficulty REPLAY.jsonl"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"difficulty model {path} cannot be read ({exc}); {refit}") from exc
    if not isinstance(raw, dict) or raw.get("format") != MODEL_FORMAT:
        raise ConfigError(f"difficulty model {path} is not in format {MODEL_FORMAT}; {refit}")
    try:
        n_buckets = int(raw["n_buckets"])
        return DifficultyModel(
            n_buckets=n_buckets,
            weak=_head(raw["heads"]["weak"], n_buckets),
            strong=_head(raw["heads"]["strong"], n_buckets),
            gain_center=float(raw["gain_center"]),
            gain_scale=float(raw["gain_scale"]),
            blend_multiple_choice=float(raw["blend"]["multiple_choice"]),
            blend_free_text=float(raw["blend"]["free_text"]),
            meta=dict(raw.get("meta", {})),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"difficulty model {path} is malformed ({exc}); {refit}") from exc


@lru_cache(maxsize=1)
def default_model() -> DifficultyModel:
    """The shipped model, loaded on first use and kept for the process."""
    return load_model(MODEL_PATH)


@dataclass(frozen=True)
class DifficultyBreakdown:
    """A score with its parts, for the router's reasons and the trace."""

    score: float
    prior: float
    fitted: float
    fitted_weight: float
    signals: dict[str, float]


def difficulty_breakdown(text: str, model: DifficultyModel | None = None) -> DifficultyBreakdown:
    """Score ``text`` and return the parts the score was built from.

    Args:
        text: The step's text.
        model: Fitted weights; the shipped model when omitted.
    """
    m = model if model is not None else default_model()
    signals = difficulty_signals(text)
    prior = prior_score(signals)
    fitted = m.fitted_score(text, signals)
    weight = m.blend_weight(signals)
    score = min(1.0, max(0.0, weight * fitted + (1.0 - weight) * prior))
    return DifficultyBreakdown(score, prior, fitted, weight, signals)


def difficulty(text: str, model: DifficultyModel | None = None) -> float:
    """How hard ``text`` is for a small model, in [0, 1] (higher: send to cloud).

    Args:
        text: The step's text (English, Korean or mixed).
        model: Fitted weights; the shipped ``core/difficulty_model.json`` when omitted.

    Returns:
        The blended score; deterministic for a given text and model.

    Raises:
        ConfigError: The shipped model file is missing or malformed.
    """
    return difficulty_breakdown(text, model).score
