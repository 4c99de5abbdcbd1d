"""An English sentence that obliges or permits another act on the asked object.

Why this exists: "can i buy climbing shoes at the front desk" names shoes, and "You must
wear climbing shoes on the walls" is a rule about shoes, so :func:`tools.rag.act_objects.
english_rules_on` took it for the answer; but it rules on wearing them, not on buying
them, and says nothing of whether the desk sells any. A sentence whose modal ("must",
"may", "can", "need to") is followed by another verb acting on the object (wear, rent,
keep) is a rule on that act; unless it names the asked act too, it does not answer.
A rule with no verb of its own ("Dogs are not allowed", "No food on the mats") still
speaks to any act on its object.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.textutil import tokenize

# The modal, an optional negation or adverb, the verb, up to two words before the object.
_MODAL_VERB = re.compile(
    r"\b(?:must|may|can|should|need\s+to|have\s+to|has\s+to|are\s+required\s+to|"
    r"is\s+required\s+to)\s+(?:not\s+|only\s+|also\s+|always\s+)?(?P<verb>[a-z]+)"
    r"(?P<rest>(?:\s+[a-z'-]+){1,3})",
    re.IGNORECASE,
)
# Verbs that carry no act of their own ("must be", "can get") and never rule on one.
_LIGHT = frozenset({"be", "have", "get", "do", "make", "go", "come", "still", "also"})


def rules_on_another_act(
    sentence: str, act_words: Collection[str], objects: Collection[str]
) -> bool:
    """Whether ``sentence`` rules on the object only through a verb that is not the asked act.

    Args:
        sentence: An English candidate sentence.
        act_words: The asked act's stems and their equivalents (``AskedAct.words``).
        objects: The stems of the object the question names.

    Returns:
        True when a modal's verb (not light, not the asked act) acts on the object and
        the sentence never names the asked act.
    """
    if not objects or set(act_words) & set(tokenize(sentence)):
        return False
    for match in _MODAL_VERB.finditer(sentence):
        verb = tokenize(match["verb"].lower())
        if not verb or verb[0] in _LIGHT or verb[0] in act_words:
            continue
        if set(objects) & set(tokenize(match["rest"])):
            return True
    return False
