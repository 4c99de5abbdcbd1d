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
    if priced is None:
        return False
    subject = _PREPOSITION.split(priced.group(1), maxsplit=1)[0].split()
    if not subject:
        return False
    head = subject[-1].lower()
    forms = {head, head.rstrip("s")} | equivalents(head) | equivalents(head.rstrip("s"))
    asked = set().union(*groups) if groups else set()
    return not forms & asked
