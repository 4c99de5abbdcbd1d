"""Addresses that are landmarks, not homes: ``221B Baker Street``, ``10 Downing Street``,
``1600 Pennsylvania Avenue`` (redteam29).

The street rules read "a number, a name, Street/Avenue/…" as someone's address, and these
have that shape. But the world knows who lives (or is said to live) there: a government's
seat, a fictional detective's rooms, a cartoon family's house, a famous building. Asking
about one, or sending a postcard to the museum at one, gives away nobody's address; the
listed ones are let through unless the writer calls one their own place ("I live at …",
"our flat at …", "ship it to …"). Any other number on the same street ("22 Baker Street")
is read as usual. (blind54p) A work's house named by the work (``the Home Alone house at
…``) in a text about the work or its fans is one too; (blind55p) so is a public building
named by its kind (``the Ghostbusters firehouse at …``).
"""

from __future__ import annotations

import re

__all__ = ["after_a_landmark_street", "is_landmark_address"]

_LANDMARKS = frozenset(
    {
        "221b baker street",
        "10 downing street",
        "11 downing street",
        "1600 pennsylvania avenue",
        "4 privet drive",
        "12 grimmauld place",
        "742 evergreen terrace",
        # Breaking Bad's Walter White (redteam31).
        "308 negra arroyo lane",
        "124 conch street",
        "1313 mockingbird lane",
        "350 fifth avenue",
        "1 infinite loop",
        "1 apple park way",
        "1600 amphitheatre parkway",
        # redteam36: the Empire State Building (also written "20 W 34th St").
        "20 west 34th street",
    }
)
_ABBREVIATIONS = {
    "st": "street",
    "ave": "avenue",
    "av": "avenue",
    "rd": "road",
    "dr": "drive",
    "pl": "place",
    "pkwy": "parkway",
    "ter": "terrace",
    "ln": "lane",
    "w": "west",
    "e": "east",
    "n": "north",
    "s": "south",
}
_WORD_RE = re.compile(r"[a-z0-9]+")
_QUADRANTS = frozenset({"nw", "ne", "sw", "se"})


# The writer's own place named before it ("I live at …", "ship it to our flat at …"): a
# home, whatever the landmark.
_WRITERS_PLACE = re.compile(
    r"(?i:\b(?:I|we)(?:'ve|[ \t]+have)?[ \t]+(?:live|moved|stay|rent)\b|\bmy\b|\bour\b|"
    r"\bship\b|\bdeliver)|"
    # A capitalised "Home" is a title's word ("the Home Alone house"), not the writer's home.
    r"\b(?:home|HOME)\b|\bHome[ \t]*(?:address)?[ \t]*:"
)
_REACH = 60


# blind52p: a public venue named by its kind right before the address ("is Raffles Hotel still
# at 1 Beach Road", "the Louvre Museum, 99 rue de Rivoli"): a hotel's, a museum's or a
# station's address is printed on its door, and the writer asks where it is.
_VENUE_BEFORE_RE = re.compile(
    r"(?:[A-Z][A-Za-z'’&.-]+[ \t]+){1,4}(?:Hotel|Museum|Gallery|Tower|Station|Airport|Library|"
    r"Stadium|Arena|Palace|Cathedral|Temple|Mosque|Embassy|Consulate|University|Theatre|Theater|"
    r"Hall|Centre|Center|Mall|Market|Zoo|Park)(?:[ \t]+(?:is|was))?(?:[ \t]+(?:still|now|"
    r"located|situated))?[ \t]*(?:at|on|,|:)?[ \t]*\Z"
)


# blind54p: a work's house named by the work right before the address ("is the Home Alone
# house at 671 Lincoln Avenue still privately owned", "the Full House home at 1709 Broderick
# Street"), in a text that speaks of the work or its fans: a filming location, no one's home
# the writer gives away. A neighbour's "the Johnson house at …" has no such word.
_WORKS_HOUSE_BEFORE_RE = re.compile(
    r"\bthe[ \t]+(?:[A-Z][A-Za-z0-9'’&.:-]*[ \t]+){1,4}(?:house|home|mansion|apartment|cottage)"
    r"(?:[ \t]+(?:is|was))?(?:[ \t]+(?:still|now|located))?[ \t]*(?:at|on|,|:)?[ \t]*\Z"
)
# blind55p: a public building named by its kind after a capitalised name ("the Ghostbusters
# firehouse at 14 North Moore Street", "the Seinfeld diner at …", "the Hogwarts Express
# station at …"): a fire station, a diner, a school or a church is no one's home. A house,
# home or flat is (``_WORKS_HOUSE_BEFORE_RE`` asks for the work around it).
_PUBLIC_KIND_BEFORE_RE = re.compile(
    r"\bthe[ \t]+(?:[A-Z][A-Za-z0-9'’&.:-]*[ \t]+){1,4}(?:firehouse|fire[ \t]+station|"
    r"police[ \t]+station|diner|caf[eé]|bar|pub|restaurant|bakery|school|high[ \t]+school|"
    r"church|chapel|hospital|hotel|motel|station|library|museum|theat(?:er|re)|courthouse|"
    r"town[ \t]+hall|bookshop|bookstore|store|shop)"
    r"(?:[ \t]+(?:is|was))?(?:[ \t]+(?:still|now|located))?[ \t]*(?:at|on|,|:)?[ \t]*\Z"
)
_WORK_WORD = re.compile(
    r"(?i)\b(?:film(?:ed|ing)?|movie|sitcom|series|show|novel|episode|fans?|tourists?|"
    r"location)\b|영화|드라마|촬영지"
)


def is_landmark_address(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a street line the address rules matched) is a listed
    landmark, or a public venue named right before it, the writer does not call their own
    place.

    Only the street line counts (up to a comma), abbreviations spelt out: "10 Downing St"
    is one, "221B Baker Street Road" is not; "I live at 221B Baker Street" is a home.
    """
    if _WRITERS_PLACE.search(text, max(0, start - _REACH), start) is not None:
        return False
    if _VENUE_BEFORE_RE.search(text, max(0, start - _REACH), start) is not None:
        return True
    if _PUBLIC_KIND_BEFORE_RE.search(text, max(0, start - _REACH), start) is not None:
        return True
    if (
        _WORKS_HOUSE_BEFORE_RE.search(text, max(0, start - _REACH), start) is not None
        and _WORK_WORD.search(text) is not None
    ):
        return True
    line = text[start:end].lower().split(",", 1)[0]
    words = [_ABBREVIATIONS.get(w, w) for w in _WORD_RE.findall(line)]
    # blind57p: a city quadrant after the street ("1600 Pennsylvania Avenue NW") is the same
    # street line as written on an envelope to Washington.
    if len(words) > 2 and words[-1] in _QUADRANTS:
        words = words[:-1]
    return " ".join(words) in _LANDMARKS


# The street line right before a "City, ST 12345" line ("20 W 34th St, New York, NY 10001").
_STREET_BEFORE_RE = re.compile(r"[0-9]+[A-Za-z]?(?:[ \t]+[A-Za-z0-9]+\.?){1,5}[ \t]*,[ \t]*\Z")


def after_a_landmark_street(text: str, start: int) -> bool:
    """Whether the city line at ``start`` closes a listed landmark's street line
    (redteam36: ``20 W 34th St, New York, NY 10001`` is the Empire State Building)."""
    m = _STREET_BEFORE_RE.search(text, max(0, start - _REACH), start)
    return m is not None and is_landmark_address(text, m.start(), m.end())
