"""A full name with the writer's own group: ``Cosima Threlfall from my running club``.

:mod:`core.privacy.passing_names` reads a name with a team at work (``ask Jaewon from
accounting``). People name others by the groups they share outside work as well: a club,
a class, a choir, a church, the building. ``from my``/``at our``/``in my`` and the group
say the name is of someone the writer knows, and the sentence that follows is often about
them (a diagnosis, a debt, a complaint).

Rule: two or three capitalised words (not words that follow person labels without being
names, :func:`core.privacy.names.is_english_non_name`), then ``from``/``at``/``in``, then
``my``/``our``, up to two words, and a group noun. One capitalised word is left out: a
company is named the same way (``Siemens from our supplier list``). An event is named the
same way too (``Sports Day at my school``, ``Harvest Festival at our church``): a last word
that names an event is left out unless the first is a listed given name (``Emma Day``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.name_list import is_given_name
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_group_member_names"]

_GROUPS = (
    r"club|team|class|classes|course|school|church|choir|band|gym|group|building|street|"
    r"block|estate|uni|university|college|ward|parish|mosque|temple|synagogue|league|squad|"
    r"troop|society|circle|workshop|programme|program|cohort|year|halls"
)
_NAME_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r"){1,2})"
    r"[ \t]+(?:from|at|in)[ \t]+(?i:my|our)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?i:" + _GROUPS + r")"
    r"(?![A-Za-z])"
)

# Events held at a school, a church, a club: "Sports Day", "Christmas Dinner", "Open Day".
_EVENT_NOUNS_TEXT = """
Day Days Dinner Lunch Breakfast Supper Evening Morning Afternoon Night Week Weekend
Festival Fair Fete Party Service Services Meeting Concert Show Match Trip Camp Club
Ball Disco Quiz Sale Market Picnic Barbecue Parade Assembly Play Mass Race Game
Games Tournament Practice Rehearsal Session Event Celebration Gala Auction Raffle
Drive Walk Run Exhibition Evensong Carols Social Committee
"""
_EVENT_NOUNS = frozenset(_EVENT_NOUNS_TEXT.split())


def _event(tokens: list[str]) -> bool:
    return tokens[-1] in _EVENT_NOUNS and not is_given_name(tokens[0])


def detect_group_member_names(text: str) -> Iterator[Hit]:
    """Full names followed by the writer's own group (see the module)."""
    lowered = text.lower()
    if " my " not in lowered and " our " not in lowered:
        return
    for m in _NAME_RE.finditer(text):
        tokens = m.group("name").split()
        if any(is_english_non_name(t) or t in EN_NOT_PERSONS for t in tokens) or _event(tokens):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
