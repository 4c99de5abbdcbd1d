"""What an English yes/no question with a noun subject asks that subject to have.

"Is there wifi on the city express?" names wifi as what is asked about, and a
passage on the shuttle that never names wifi was rightly declined. Asked the other
way round, "does the city express have wifi", the subject is the shuttle and wifi is
the object of "have": the dense check let the timetable sentence answer, since the
one unknown word was neither a name, a place, a pronoun's object nor the subject.
The object of a verb of having or offering ("have", "offer", "sell", "provide") after a
noun subject is what such a question asks about, just as the noun after "is there" is.

Closed-class only: the auxiliaries, determiners and the verbs of having and offering.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["yes_no_object"]

_HAVING_VERBS = r"(?:have|has|offer|offers|sell|sells|provide|provides|rent|rents|serve|serves)"
# "does the city express have (any|free) wifi": auxiliary, a determiner, one to three
# words of the subject, the verb, an optional determiner, the object.
_HAVE_OBJECT = re.compile(
    r"^\s*(?:does|do|did|will|would|can|could)\s+(?:the|a|an|your|this|that|their)\s+"
    r"(?:[a-z0-9-]+\s+){1,3}?" + _HAVING_VERBS + r"\s+"
    r"(?:(?:a|an|any|some|the|free|its\s+own|their\s+own)\s+)?(?P<object>[a-z][a-z-]*)",
    re.IGNORECASE,
)


def yes_no_object(question: str) -> set[str]:
    """Index tokens of what a "does the X have Y" question asks X to have (empty if none).

    Args:
        question: The user's question.

    Returns:
        The object's tokens ({"wifi"} of "does the city express have wifi"); empty when
        the question is not Latin-script or does not open that way.
    """
    if not question.isascii():
        return set()
    found = _HAVE_OBJECT.match(question)
    return set(english_tokens(found["object"])) if found else set()
