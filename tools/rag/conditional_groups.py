"""A row's group the question names only as its condition ("… if she gets spayed").

:func:`tools.rag.named_groups.misses_named_group` holds a sentence to the group a question
names when the passage's rows tell groups apart: "can students borrow books?" is not
answered by the general lending rule when a "| Student member | 7 |" row exists. An English
question may name a row's word only in an "if"/"when" clause, as the circumstance of what
it asks: "do I pay for the microchip if she gets spayed at the same time?" asks about the
microchip, and "Dog spay | £345" is a row of the neutering table. When the rest of the
question names something the candidate sentence names ("A microchip is fitted free of
charge at the time of neutering"), that sentence answers it; the row's group does not
decide. Not when the table itself writes that thing ("Reason for return | …" and "do I
pay return shipping if I changed my mind?"): its rows are then the cases of it. Korean
questions are left alone: "와이프 출산하면 휴가 며칠?" names the spouse inside its "-면"
clause, and there the group is what is asked.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.textutil import tokenize

__all__ = ["named_only_as_condition"]

# An English condition clause: from its conjunction to the next comma, question mark or end.
_CONDITION = re.compile(r"\b(?:if|when|once|after)\b[^,?.!;]*", re.IGNORECASE)
# Words of the main clause that say nothing about what is asked.
_FRAME = frozenset({"pay", "cost", "charge", "need", "get", "have", "much", "free", "price"})


def named_only_as_condition(
    question: str, group_words: Collection[str], sentence: str, passage: str = ""
) -> bool:
    """Whether the question names the group only in a condition, and the sentence its topic.

    Args:
        question: The user's question (English; any other is left alone).
        group_words: The words of the row key the question names, in any of their forms.
        sentence: The candidate sentence, which names none of them.
        passage: The text the sentence is from: a word its table writes (a header "Reason
            for return") is what the rows' cases are about, so they decide.

    Returns:
        True when every group word the question writes is inside an if/when/once/after
        clause, and the sentence names content words of the rest of the question, none
        of which the passage's table writes.
    """
    if not question.isascii():
        return False
    clauses = [m.group(0) for m in _CONDITION.finditer(question)]
    if not clauses:
        return False
    inside = {t for clause in clauses for t in tokenize(clause)}
    main = {t for t in tokenize(_CONDITION.sub(" ", question)) if len(t) > 2} - _FRAME
    named = {w.lower() for w in group_words}
    if not named & inside or named & main:
        return False
    shared = main & set(tokenize(sentence))
    table = {t for line in passage.splitlines() if "|" in line for t in tokenize(line)}
    # "do i pay return shipping if i changed my mind": the table's "Reason for return"
    # rows are the cases of returning; the change-of-mind row decides, not a general line.
    return bool(shared) and not shared & table
