"""An English question's unheld modifier of a held noun: the kind of it asked about.

"is there a senior discount at the escape room" asks about one kind of discount. When no
document holds "senior", the sentence matching the rest ("corporate groups ... get a 10%
discount") states another kind and reads as a yes. The lexical path declines such a
question ("never mention: senior"); the dense-confirmed path (tools.rag.dense_confirmed),
which lets an unheld word pass as mere phrasing ("will a reset wipe my schedules"), must
not: a word between a determiner and the noun it modifies names a kind, not a phrasing.
(:func:`tools.rag.unheld_words.names_a_kind` reads Korean compounds; its English reading is
for the other language's passages, where any modifier-noun pair counts: here only a noun
phrase opened by a determiner or by "there is" / "do you have" counts, since a same-language
question's verbs stand before their objects too: "reset wipe", "wipe my schedules".)
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.textutil import english_tokens

__all__ = ["unheld_kind_modifier", "unheld_modifier_in"]

# The opening of the noun phrase an existence or offer question asks about ("is there a
# senior discount", "do you have student prices", "any kids menu"); a plain determiner is
# not enough: "my nan has a pension card" tells a story (and "pension" is held as
# "Pensioner"), it asks about no kind of card.
_OPENER = (
    r"(?:(?:is|are)\s+there|(?:do|does)\s+(?:you|they|it|the\s+[a-z]+)\s+"
    r"(?:have|offer|give|do))(?:\s+(?:a|an|any))?|any"
)
_PHRASE = re.compile(
    rf"\b(?:{_OPENER})\s+(?P<modifier>[a-z][a-z'-]*)\s+(?P<head>[a-z][a-z'-]*)\b", re.IGNORECASE
)

# "how much per day do they pay out for unused leave" (set 52): a state after a
# preposition, "for unused leave", "on unpaid leave", "for rented cars", names the kind
# asked about as much; the meal rule matching "how much per day … pay" states another
# kind and is no answer. Only a state (un-…, a participle in -ed): "for overseas trips"
# names where the rule applies, which the meal rule covers (set 51).
_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|on|of|about)\s+(?:(?:the|a|an|my|your|our|their|any)\s+)?"
    r"(?P<modifier>un[a-z]+|[a-z]+ed)\s+(?P<head>[a-z][a-z'-]*)\b",
    re.IGNORECASE,
)


def unheld_kind_modifier(question: str, unknown: Collection[str], topics: Collection[str]) -> bool:
    """Whether an unheld word modifies a held topic noun in an English noun phrase.

    Args:
        question: The user's question as typed.
        unknown: Index tokens of the question's words no document holds.
        topics: Index tokens of the question's topic terms.

    Returns:
        True when "<opener> <modifier> <head>" has an unheld topic modifier and a held
        topic head ("a senior discount": senior unheld, discount held).
    """
    return unheld_modifier_in(_PHRASE, question, unknown, topics) or unheld_modifier_in(
        _AFTER_PREPOSITION, question, unknown, topics
    )


def unheld_modifier_in(
    phrase: re.Pattern[str], question: str, unknown: Collection[str], topics: Collection[str]
) -> bool:
    """Whether a ``phrase`` match's ``modifier`` is an unheld topic word and its ``head`` held."""
    for match in phrase.finditer(question):
        modifier = english_tokens(match["modifier"])
        head = english_tokens(match["head"])
        if not modifier or not head:
            continue
        held_head = head[0] in topics and head[0] not in unknown
        if modifier[-1] in unknown and modifier[-1] in topics and held_head:
            return True
    return False
