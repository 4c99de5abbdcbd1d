"""How much a Korean word the documents never use says about what is asked.

A word no document holds has the highest IDF of all, whether it names what the
question is about (독감, 치과: the documents answer for something else) or is an
everyday word of the question's phrasing (일주일, 물어보다: the documents say "주
2회", "문의는 … 에게"). The collection cannot tell the two apart, but Kiwi's
language model, trained on general Korean, scores how common a morpheme is: an
everyday word scores high, a specific noun low. No word list is involved.
"""

from __future__ import annotations

from functools import lru_cache

from tools.rag.textutil import detect_script, kiwi_tokenize

# Kiwi's log-probability of the word alone. Measured on the unknown words of the four
# document sets (2026-11-30): everyday words of the phrasing 엄마 -7.2, 아버지 -6.9,
# 가족 -8.5, 괜찮다 -9.0, 묻다 (물어보다) -9.4, 일주일 -9.5; the subjects of unanswerable
# near-misses 형제 -10.6, 이메일 -11.0, 치과 -11.3, 독감 -11.3, 코로나 -11.6, 택배 -11.8,
# 벌금 -12.7, 검진 -13.0. Common nouns can still be a subject (인터넷 -8.5, 가격 -9.3),
# so a caller only uses this to relax a margin, never to skip its other checks.
EVERYDAY_SCORE = -10.0
_CONTENT_TAGS = ("NN", "VV", "VA", "XR")


@lru_cache(maxsize=4096)
def language_model_score(word: str) -> float | None:
    """Kiwi's lowest content-morpheme score for a Korean word (``None`` for other scripts).

    Args:
        word: A term as the question analysis gives it (a noun or a verb root).

    Returns:
        The log-probability of the word's rarest content morpheme, or ``None`` when
        the word is not Korean or has no content morpheme.
    """
    if detect_script(word) != "ko":
        return None
    tokens = kiwi_tokenize(word)
    scores = [float(t.score) for t in tokens if str(t.tag).startswith(_CONTENT_TAGS)]
    return min(scores) if scores else None


def is_everyday_word(word: str) -> bool:
    """Whether a Korean word is common in general Korean (see :data:`EVERYDAY_SCORE`)."""
    score = language_model_score(word)
    return score is not None and score >= EVERYDAY_SCORE
