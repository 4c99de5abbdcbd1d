"""British addresses: a postcode (``LS6 2QT``) and a street with a British suffix.

:mod:`core.privacy.address` reads American street lines ("221 Main Street, Springfield,
IL 62701"): a number, a name, a suffix from the US list, a five-digit ZIP. A British
address is written with suffixes that list lacks (Crescent, Close, Gardens, Mews, Grove)
and ends in a postcode instead: ``flat 7C, 58 Hawthorn Crescent, Leeds LS6 2QT``. People
also give the house number in one message and the rest in the next (``I live at number
31`` then ``Mulberry Close, Bristol BS7 9PL``), so a street needs no number when a
postcode follows it.

- A postcode: the outward code (one or two letters, a digit, maybe a letter or digit), a
  space, the inward code (a digit and two letters), in capitals. A postcode names about
  fifteen households: it places the writer as closely as a street line. Nothing else is
  written that way (a plate is ``KX19 BFM``: two letters, two digits, three letters).
- A street: a house number, one to three capitalised words and a suffix (``58 Hawthorn
  Crescent``), or the words and suffix right before ``, Town POSTCODE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.landmark_addresses import is_landmark_address
from core.privacy.public_checks_56p import is_an_address_inside_a_story
from core.privacy.types import Hit

__all__ = ["detect_uk_address"]

# The inward code's letters leave out C, I, K, M, O, V (Royal Mail's rule).
_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][ABD-HJLNP-UW-Z]{2}"
# The letters first, their boundary checked after the first one (a pattern that opens with
# a lookbehind is tried at every position of every prompt).
_POSTCODE_RE = LazyPattern(
    r"(?P<code>[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]?[0-9][A-Z0-9]?[ \t][0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![A-Za-z0-9])"
)
# British suffixes, without those that end everyday phrases after a number ("a 10 Minute
# Walk", "the 12 Month View", "2024 Year End"). The American ones, address.py's too, are
# here for a street given without its number before a postcode.
_SUFFIX = (
    r"(?:Crescent|Close|Gardens|Grove|Mews|Terrace|Hill|Park|Vale|Parade|Wharf|Meadows|Croft|"
    r"Esplanade|Embankment|Quay|Cottages|Street|Road|Lane|Avenue|Drive|Way|Place|Court|Square)"
)
_WORDS = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
# "58 Hawthorn Crescent", "12a Elm Road": a house number before the street.
_NUMBERED_STREET_RE = LazyPattern(
    r"[0-9](?<![A-Za-z0-9.,-][0-9])[0-9]{0,3}[A-Za-z]?[ \t]+"
    + _WORDS
    + r"[ \t]+"
    + _SUFFIX
    + r"(?![A-Za-z])"
)
# "Mulberry Close, Bristol BS7 9PL": a street without its number, then a town and postcode.
_STREET_BEFORE_POSTCODE_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<street>" + _WORDS + r"[ \t]+" + _SUFFIX + r")"
    r",?[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,?[ \t]+)?" + _POSTCODE + r"(?![A-Za-z0-9])"
)


# blind56p: the house number right before a street the postcode rule reads without it ("10
# Downing Street, London SW1A 2AA"): the landmark test needs the whole street line.
_NUMBER_BEFORE_RE = LazyPattern(r"(?<![0-9A-Za-z])[0-9]{1,4}[A-Za-z]?[ \t]+\Z")


def _street_start(text: str, start: int) -> int:
    """Where the street line starting at ``start`` begins with its house number before it."""
    m = _NUMBER_BEFORE_RE.search(text, max(0, start - 8), start)
    return start if m is None else m.start()


def _a_landmark_street(text: str, street: re.Match[str]) -> bool:
    return is_landmark_address(
        text, _street_start(text, street.start("street")), street.end("street")
    )


def _a_venues_postcode(text: str, code: re.Match[str]) -> bool:
    """Whether the postcode closes a public venue's street line (blind53p: "the British Museum
    is at Great Russell Street, London WC1B 3DG"): the venue's door, not a home."""
    lo = max(0, code.start() - 80)
    for m in _STREET_BEFORE_POSTCODE_RE.finditer(text, lo, code.end()):
        if m.end("street") <= code.start() and _a_landmark_street(text, m):
            return True
    return False


def detect_uk_address(text: str) -> Iterator[Hit]:
    """British postcodes, numbered streets with a British suffix, and a street before a postcode."""
    postcodes = [m for m in _POSTCODE_RE.finditer(text) if not _a_venues_postcode(text, m)]
    for m in postcodes:
        yield Hit("address", m.start("code"), m.end("code"), 0.8, False)
    for m in _NUMBERED_STREET_RE.finditer(text):
        # "221B Baker Street", "10 Downing Street": landmarks, nobody's home (redteam29).
        # "in the books, Paddington … lives … at 32 Windsor Gardens": a story's (redteam48).
        if not is_landmark_address(text, m.start(), m.end()) and not is_an_address_inside_a_story(
            text, m.start(), m.end()
        ):
            yield Hit("address", m.start(), m.end(), 0.8, False)
    # A street before a postcode: searched only near one (most text has none).
    for code in postcodes:
        lo = max(0, code.start() - 80)
        for m in _STREET_BEFORE_POSTCODE_RE.finditer(text, lo, code.end()):
            if not _a_landmark_street(text, m):
                yield Hit("address", m.start("street"), m.end("street"), 0.8, False)
