"""The unheld kind in an inverted question's subject: "how long does a lip piercing take".

Blind set 47: "how long does a lip piercing take to heal" was answered with the studio's
"Piercings take 6-8 weeks (ear lobe) or 6-12 months (cartilage) to heal": no document
holds "lip", and the dense-confirmed path (tools.rag.dense_confirmed) let it pass as mere
phrasing, since the sentence matched every other word. In an English question inverted
around its auxiliary ("does a …", "is the …", "can a …"), the noun phrase after the
auxiliary and its determiner is the subject asked about; an unheld word right before a
held noun there names a kind of it (a lip piercing, a gel manicure), and a sentence on
the other kinds is no answer. :mod:`tools.rag.english_modifiers` reads the same pair
after "is there a" / "do you have"; this reads it in the subject of any inverted question.
A verb after an auxiliary and a pronoun ("does it wipe my schedules") is no subject: a
determiner must open the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.english_modifiers import unheld_modifier_in

__all__ = ["unheld_subject_kind"]

# "does a lip piercing", "is the gel polish", "can an extra guest": an auxiliary, a
# determiner, then the modifier and the head of the subject noun phrase.
_INVERTED_SUBJECT = re.compile(
    r"\b(?:does|do|did|is|are|was|were|will|would|can|could|should|may)\s+"
    r"(?:a|an|the|my|your|our|their|his|her)\s+"
    r"(?P<modifier>[a-z][a-z'-]*)\s+(?P<head>[a-z][a-z'-]*)\b",
    re.IGNORECASE,
)

# Blind set 48, the same pair in the predicate: "are your cleaners first aid trained", "is
# the room wheelchair accessible": after the subject, an unheld noun before the closing
# participle or adjective names the kind of it asked ("trained for two weeks" is no
# first-aid training). Only a closing word of those forms: "is the pool open late" is not.
_INVERTED_PREDICATE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:a|an|the|my|your|our|their|his|her)\s+"
    r"[a-z][a-z'-]*\s+(?:[a-z][a-z'-]*\s+)??"
    r"(?P<modifier>[a-z][a-z'-]*)\s+(?P<head>[a-z][a-z'-]*(?:ed|able|ible|proof|friendly))"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def unheld_subject_kind(question: str, unknown: Collection[str], topics: Collection[str]) -> bool:
    """Whether an unheld topic word modifies a held topic noun in an inverted subject.

    Args:
        question: The user's question as typed.
        unknown: Index tokens of the question's words no document holds.
        topics: Index tokens of the question's topic terms.

    Returns:
        True for "does a lip piercing take …" when "lip" is unheld and "piercing" held.

    >>> unheld_subject_kind("how long does a lip piercing take", {"lip"}, {"lip", "pierc"})
    True
    >>> unheld_subject_kind("will a reset wipe my schedules", {"wipe"}, {"reset", "wipe"})
    False
    >>> unheld_subject_kind("are your cleaners first aid trained", {"aid"}, {"aid", "train"})
    True
    """
    return unheld_modifier_in(_INVERTED_SUBJECT, question, unknown, topics) or unheld_modifier_in(
        _INVERTED_PREDICATE, question, unknown, topics
    )
