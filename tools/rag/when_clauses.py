"""A "when I …" clause in a what/how question sets the scene: it asks for no time.

"what do I have to tell them when I call?" asks what to say; "when I call" only says on
which occasion. Read as a question for a time, only a sentence holding one could answer,
and "call … by 6 p.m. on the day before your visit" was quoted in place of "Tell us your
name, date of birth and …" (workload unseen 25). An English question asks with its first
question word (:func:`tools.rag.answer_types.answer_type`); one opening with a word that
asks for no type (what, how, which, who) leaves a later "when" before a clause's subject
to join that clause. "what is it and when do I pay" still asks when: "when" before an
auxiliary opens a question of its own.
"""

from __future__ import annotations

import re

__all__ = ["without_scene_when"]

# What, how, which, who: not "what time", "how long" (a typed word the rules read first).
_UNTYPED_OPENING = re.compile(r"^\s*(?:what|whats|what's|how|which|who)\b", re.IGNORECASE)
# "when" before the subject of its clause ("when I call", "when the kids come").
_WHEN_CLAUSE = re.compile(
    r"\bwhen\s+(?=(?:i|we|you|they|he|she|it|my|our|your|the|a|an|someone|somebody)\b)",
    re.IGNORECASE,
)


def without_scene_when(question: str) -> str:
    """``question`` with each scene-setting "when" of a what/how question blanked."""
    if _UNTYPED_OPENING.match(question) is None:
        return question
    return _WHEN_CLAUSE.sub(" ", question)
