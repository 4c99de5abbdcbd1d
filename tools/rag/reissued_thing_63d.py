"""A re-issue is of a thing: a sentence replacing another thing does not price the one asked.

Why this exists: "how much does a replacement library card cost" (blind set 54, a
university library's borrowing rules, which never price a card) was answered "You pay the
replacement cost of the item plus a £15 processing fee; …": a lost book's replacement.
tools.rag.asked_specifics_62d demands that a sentence answering a re-issue question speak
of a re-issue at all (재발급, replacement, lost, new …); this reads *of what*.

The form, by role: the question's re-issue word and the thing it re-issues — the head
noun of the words after "replacement"/"reissue"/"duplicate"/"replace my" ("a replacement
library card" → card, "reissue my parking permit" → permit), or before it ("key fob
replacement" → fob, "회원증 재발급" → 회원증, "학생증 잃어버렸는데 다시 발급" →
학생증, past a verb's clause). A sentence in the question's language whose words, with
the sentence before and the heading, never name that thing answers for another thing.
Across languages the word lists are too thin to demand the thing's word: left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import language_of, tokenize

__all__ = ["misses_reissued_thing", "reissued_thing"]

# Off only in the test that shows what this rule changes.
use_reissued_thing = True

# The re-issue word, then the thing: "replacement (for) (my) library card".
_EN_AFTER = re.compile(
    r"\b(?:replacements?|re-?issu(?:e|ed|ing)|duplicates?|replac(?:e|ing))\s+"
    r"(?:(?:for|of)\s+)?(?:(?:my|a|an|the|our|your|his|her|their)\s+)?"
    r"(?:(?:lost|stolen|broken|damaged|old|new|spare)\s+)?"
    r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})",
    re.IGNORECASE,
)
# The thing, then the re-issue word: "key fob replacement", "card reissue".
_EN_BEFORE = re.compile(
    r"\b(?P<thing>[a-z][a-z-]*)\s+(?:replacements?|re-?issues?|duplicates?)\b", re.IGNORECASE
)
# Words that end the thing (the question's verb, a fee word, a clause) or are no thing.
_EN_STOP = frozenset(
    {
        "cost", "costs", "cost?", "is", "are", "be", "take", "takes", "fee", "fees", "price",
        "charge", "charged", "if", "when", "after", "because", "since", "for", "at", "in", "on",
        "from", "with", "by", "and", "or", "to", "do", "does", "can", "will", "would", "how",
        "much", "what", "a", "an", "the", "my", "your", "our", "get", "need", "it", "one",
        "them", "i", "you", "we", "mine", "please",
    }
)  # fmt: skip
_KO_REISSUE = re.compile(r"재발급|재발행|재교부|다시\s*(?:발급|발행|만들)")
# A Korean word ending a verb's clause ("잃어버렸는데", "분실해서"): not the thing.
_KO_CLAUSE_END = re.compile(r"(?:는데|은데|ㄴ데|어서|아서|해서|여서|고|면|려면|서|요)$")
_KO_PARTICLE = re.compile(r"(?:을|를|은|는|이|가|도|의)$")


def _en_thing(question: str) -> str | None:
    m = _EN_AFTER.search(question)
    if m is not None:
        words: list[str] = []
        for word in m["thing"].lower().split():
            if word in _EN_STOP:
                break
            words.append(word)
        if words:
            return words[-1]
    b = _EN_BEFORE.search(question)
    if b is not None and b["thing"].lower() not in _EN_STOP:
        return b["thing"].lower()
    return None


def _ko_thing(question: str) -> str | None:
    m = _KO_REISSUE.search(question)
    if m is None:
        return None
    for word in reversed(question[: m.start()].split()[-3:]):
        if _KO_CLAUSE_END.search(word) and not re.search(r"[증권드키]$", word):
            continue
        noun = _KO_PARTICLE.sub("", word)
        return noun if re.fullmatch(r"[가-힣A-Za-z]{2,}", noun) else None
    return None


def reissued_thing(question: str) -> frozenset[str]:
    """The index tokens of the head of the thing a re-issue question asks about.

    >>> sorted(reissued_thing("how much does a replacement library card cost"))
    ['card']
    >>> sorted(reissued_thing("보건증 잃어버렸는데 재발급 비용은 얼마예요?"))
    ['보건증']
    >>> sorted(reissued_thing("how much does a new card cost"))
    []
    """
    if not use_reissued_thing:
        return frozenset()
    thing = _en_thing(question) or _ko_thing(question)
    if thing is None:
        return frozenset()
    return frozenset(tokenize(thing))


def _named(word: str, tokens: Collection[str]) -> bool:
    forms = equivalents(word)
    return any(
        t in forms or (len(word) >= 4 and t.startswith(word[:4])) or (len(word) >= 2 and word in t)
        for t in tokens
    )


def misses_reissued_thing(question: str, sentence: str, context: Collection[str]) -> bool:
    """Whether ``sentence`` never names the thing ``question`` asks a re-issue of.

    Args:
        question: The question.
        sentence: The sentence as quoted.
        context: The tokens of the sentence, the sentence before and the heading.
    """
    thing = reissued_thing(question)
    if not thing or language_of(sentence) != language_of(question):
        return False
    return not any(_named(word, context) for word in thing)
