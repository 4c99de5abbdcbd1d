"""A name written surname first, then initials: ``Quist, R.``, ``Adeyemi-Hart, K.W.`` (redteam24).

Rosters, timesheets, exam lists and HR exports write people as ``Surname, I.``; people
paste that form into requests ("chase Quist, R. and Adeyemi-Hart, K.W. for their
timesheets"). The initials after the comma say a person is meant: a capitalised word, a
comma, then one to three initials with full stops (``R.``, ``K.W.``, ``J. P.``).

Left alone: places and legal forms written the same way (``Washington, D.C.``, ``Acme,
L.P.``, ``Citibank, N.A.``), and words that open a sentence or a list before a lone
capital (``However, I.``, ``Monday, A.``, brands and team words).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_surname_initial_names"]

_SURNAME_INITIALS_RE = GuardedPattern(
    r"(?<![A-Za-z'’-])(?P<surname>[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[-'’][A-Z]?[a-z]+)?),[ \t]*"
    r"(?P<initials>[A-Z]\.(?:[ \t]?[A-Z]\.){0,2})(?![A-Za-z])"
)
# Initials of places, legal forms and countries, not of a person.
_NOT_INITIALS = frozenset(
    {
        "D.C.",
        "L.P.",
        "L.L.C.",
        "L.L.P.",
        "P.C.",
        "N.A.",
        "S.A.",
        "A.G.",
        "B.V.",
        "N.V.",
        "P.L.C.",
        "U.S.",
        "U.K.",
        "E.U.",
        "U.S.A.",
        "S.p.A.",
        "A.D.",
        "B.C.",
        "P.S.",
        "N.B.",
        # "Insured: Fenwick Ashby-Oyelaran, D.O.B. 14/03/1987": the birth date's label, not
        # initials; read as them, the name's finding dropped its given name (redteam48).
        "D.O.B.",
    }
)
_NOT_SURNAMES_TEXT = """
    However Yes No Thanks Also Then First Second Third Finally Sure Okay Well So Hi Hello
    Dear Note Please Now Today Tomorrow Yesterday Again Anyway Besides Meanwhile Still
    Oh Ok Sorry Welcome Regards Cheers Best Sincerely Option Plan Part Section Chapter Item
    Inc Ltd Corp Co Company Group Bank Holdings Partners Associates Brothers Sons
"""
_NOT_SURNAMES = frozenset(_NOT_SURNAMES_TEXT.split())


def detect_surname_initial_names(text: str) -> Iterator[Hit]:
    """``Surname, I.`` names (see the module)."""
    if ", " not in text and "," not in text:
        return
    for m in _SURNAME_INITIALS_RE.finditer(text):
        surname = m.group("surname")
        initials = m.group("initials").replace(" ", "")
        if initials in _NOT_INITIALS or surname in _NOT_SURNAMES:
            continue
        if surname in EN_NOT_PERSONS or is_english_non_name(surname) or is_brand(surname):
            continue
        yield Hit("person_name", m.start(), m.end(), 0.75, False)
