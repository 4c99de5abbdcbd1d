"""Whether an English question names its place by kind: "the clinic hours", "at the rink".

tools.rag.owned_passages.named_owner finds owners and venues by name ("Hanbit's", "the
Splitwood venue"); a question naming the place only by its kind ("What are the clinic
hours?", "any student discount at the laundry?") says which place it means as well.
Rules that act only on questions naming no place (graphs.faq_own_documents_54f,
tools.rag.best_match_passed_54f) leave these alone. A false reading here only keeps
the behaviour from before those rules.
"""

from __future__ import annotations

import re

__all__ = ["names_a_place_kind"]

# A kind of place, or any noun after "at the" / "in the" ("at the laundry").
_PLACE_KIND_EN = re.compile(
    r"\b(?:clinic|hospital|doctors?|gp|surgery|pharmacy|chemist|dentist|practice"
    r"|shop|store|venue|office|museum|gym|centre|center|hotel|restaurant|cafe|library)s?\b"
    r"|\b(?:at|in)\s+(?:the|your|ur)\s+[a-z]{3,}",
    re.IGNORECASE,
)


def names_a_place_kind(question: str) -> bool:
    """Whether an English question names a kind of place ("What are the clinic hours?")."""
    return _PLACE_KIND_EN.search(question) is not None
