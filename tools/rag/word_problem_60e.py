"""A word problem that names nothing the documents hold is no question for them.

Why: "5명이 서로 한번씩 다 악수하면 악수 총 몇번함" (how many handshakes among five people)
and "a bat and a ball cost 1.10 together … how much is the ball" were declined as
document questions ("not in the documents: 악수", "… ball"): each shares one word with
the documents (총, cost), so the planner read it as a look-up of theirs that they do not
answer. A puzzle states its own figures and asks what follows from them; no document of
an organisation holds its answer, so it goes on as reasoning (a model works it out, and
says nothing of the documents). :mod:`tools.puzzle_forms_56e` reads closed puzzle forms
(sequences, clock hands); this reads the general shape by the role of its words:

- it states a figure of its own (a digit, or a number word: 한번, twelve);
- it asks for a quantity (how much / many / long, 몇, 얼마);
- every topic term some document does hold is a word of quantity or measure only
  (cost, total, time, 총, 명, 번 ...): none names a subject the documents are about;
- and at least one topic term (악수, ball, widget) is one no document holds.

A question naming anything the documents hold beyond such words ("주차 5시간 하면 얼마",
"how much is a taxi from the station": station) keeps its decline, and so does one that
states no figure ("how many beds does the clinic have").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from tools.korean_numbers import normalize_numerals
from tools.rag.textutil import tokenize

__all__ = ["word_problem_off_documents"]

_ASKS_QUANTITY = re.compile(
    r"\bhow\s+(?:much|many|long|old|far)\b|\bwhat\s+day\b|몇|얼마|며칠", re.IGNORECASE
)
# Digits (after 한번 → 1번, twelve → 12), or an English number word the normalizer keeps.
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred"
    r"|thousand|dozen|half|twice|double)\b|한\s*번|두\s*번|세\s*번",
    re.IGNORECASE,
)


# Read on first use: tokenizing its Korean words at import started the Korean analyser
# (Kiwi, seconds and some 300 MB) in every process that imports the graph.
@functools.cache
def _quantity_words() -> frozenset[str]:
    """Words of quantity or measure only: what any word problem counts in, no subject."""
    return frozenset(
        tokenize(
            "cost costs price total sum together dollar dollars won cents cent time times "
            "minute minutes hour hours day days week weeks month months year years people person "
            "number amount altogether more less each every"
        )
        + tokenize("합 합계 원 명 번 개 분 시간 일 살 사람 가격 값 돈 개수")
        + ["총", "몇", "전부", "모두", "다", "minut", "amount", "more", "each"]
    )


# Off only in the test that shows what this rule changes.
use_word_problem = True


def word_problem_off_documents(
    question: str, topic_terms: Sequence[str], unknown: Sequence[str]
) -> bool:
    """Whether the question is a word problem of its own figures naming nothing held.

    Args:
        question: The step text.
        topic_terms: Its analysed topic terms.
        unknown: Those no document of the collection holds.

    Returns:
        True for "5명이 서로 한번씩 악수하면 총 몇번" (held: 총 only; 악수 unknown); False
        when a held topic is more than a quantity word, when nothing is unknown, or when
        the question states no figure or asks no quantity.
    """
    if not use_word_problem or not unknown:
        return False
    if not _ASKS_QUANTITY.search(question):
        return False
    if not _FIGURE.search(normalize_numerals(question)):
        return False
    held = [t for t in topic_terms if t not in unknown]
    quantity_words = _quantity_words()
    return all(t in quantity_words for t in held)
