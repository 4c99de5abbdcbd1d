"""A sentence in the other language naming every word of the question is on its case.

The everyday vocabulary's same-case check (:mod:`tools.rag.vocabulary_case`) lets a
sentence that holds a question word only through a vocabulary link answer only when its
section's heading names another word of the question. Within one language that keeps a
vague synonym (공짜 -> 무료) from answering for another case. Across languages every word of
the question is held only through such a link: "do you groom cats" over a Korean guide
holds 미용 and 고양이 as translations, and "고양이 미용은 하지 않습니다" under "지점 안내"
was passed over for naming no *other* word of the question in its heading, though it
names all of them (blind set 35; the answerable cross-lingual questions of sets 33 and 34
declined alike). With no other word left to name, the heading has nothing to vouch for:
the sentence naming every one of them, in its own language, is on the question's case.

Narrow on purpose: only for a yes/no or how-much question, when the sentence's language
is not the question's, and it holds at least two of the question's words (one translated
word, "cats?", would let any sentence naming 고양이 answer); everything else is still the
vocabulary check's. A question asking for another kind of answer is not exempt: "Where
exactly is the management office?" holds management and office in "관리사무소 창구에서
신용카드로도 낼 수 있으며 …", a sentence about paying there, not where the office is
(held-out 6).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from tools.rag.answer_types import answer_type
from tools.rag.textutil import language_of

__all__ = ["names_every_term_across"]

_MIN_TERMS = 2
# Yes/no questions (no answer type) and amounts: measured over the 45 document sets with
# every type exempt (2026-12-04), the one new wrong answer asked where (a place); the
# amounts it answered ("how much for a locker for 3 months" over a Korean price list,
# held-out 22; "how much claritin should an adult take per day", held-out 15) were right.
_EXEMPT_TYPES = frozenset({None, "amount"})


def names_every_term_across(
    question: str,
    sentence: str,
    terms: Sequence[tuple[str, frozenset[str]]],
    tokens: Set[str],
) -> bool:
    """Whether ``sentence`` is in the other language and holds every one of the question's terms.

    Args:
        question: The user's question.
        sentence: The candidate sentence as written.
        terms: The question's weighted terms, each with the tokens that count as it.
        tokens: The sentence's tokens.

    Returns:
        True when the question asks yes or no or an amount, the languages differ, the
        question has at least two terms and each term's group meets the sentence's tokens.
    """
    if (
        len(terms) < _MIN_TERMS
        or answer_type(question) not in _EXEMPT_TYPES
        or language_of(sentence) == language_of(question)
    ):
        return False
    return all(group & tokens for _, group in terms)
