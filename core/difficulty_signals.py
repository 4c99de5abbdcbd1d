"""Named, explainable text signals of a step, and hashed words, for the difficulty score.

Every signal is in [0, 1] and computed with a few regular expressions and word
lookups over the first characters of the text (English and Korean lexicons side
by side), so a decision costs tens of microseconds and never calls a model.
The hand-set ``prior_score`` over these signals encodes what makes a request
hard for a small model (reasoning, maths, code, expert domains, several parts);
the fitted model in ``core.difficulty`` uses it as one of its inputs.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from core.lazy_regex import LazyPattern

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


_STEPWISE = LazyPattern(r"step by step|step-by-step|단계별|차근차근|in detail|자세히")
_MATH_SYMBOLS = LazyPattern(r"[=^√∫∑∏≤≥≠±×÷]|\d\s*[-+*/]\s*\d|\b[a-z]\s*[=<>]\s*\d")
# "\w\(" rather than "\w+\(": same matches counted, without rescanning each word.
_CODE_SYMBOLS = LazyPattern(r"```|\bdef |\breturn\b|=>|::|[{};]\s*$|\w\(\w*\)", re.MULTILINE)
_WORD = LazyPattern(r"[a-z]+(?:-[a-z]+)*")
_DIGIT = LazyPattern(r"\d")
_MULTI_PART = LazyPattern(
    r"(?m)^\s*(?:\d+[.)]|[-*•])\s|\b(?:then|also|additionally|furthermore|and then)\b"
    r"|그리고|또한|다음으로|그 다음|나아가",
)
_CHOICES = LazyPattern(r"(?m)^\s*(?:\(?[A-Ea-e][.)]|[①②③④⑤])\s*\S")
_HANGUL = LazyPattern(r"[\uac00-\ud7a3\u3131-\u318e]")
_SENTENCE_END = LazyPattern(r"[.!?。？！]+(?:\s|$)|다\.|요\.|\n+")
_HASH_TOKEN = LazyPattern(r"[a-z]+(?:'[a-z]+)?|\d+")

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
