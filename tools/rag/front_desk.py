"""A front desk is the reception a document writes.

Why: "does the front desk speak english?" asks what a clinic's guide states as "Our
reception staff can help in Korean and English", and "what time does the front desk
close?" what a coworking space's rules state as "Reception is staffed Monday to Friday,
08:30-19:00". "front" and "desk" are no synonyms of reception on their own (the front of
a queue, a standing desk): only the phrase "front desk" names the place, and only then
are its two words linked, for that question alone
(:func:`tools.rag.crosslingual.learned_links`), to the reception a document writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["front_desk_links"]

_FRONT_DESK = re.compile(r"\bfront[\s-]*desks?\b", re.IGNORECASE)
# As the index holds them ("reception", "receptionist"): the place and the person at it.
_RECEPTION = frozenset({"reception", "receptionist"})


def front_desk_links(question: str) -> Mapping[str, frozenset[str]]:
    """``front`` and ``desk`` linked to ``reception`` when the question says "front desk"."""
    if not _FRONT_DESK.search(question):
        return {}
    return {"front": _RECEPTION, "desk": _RECEPTION}
