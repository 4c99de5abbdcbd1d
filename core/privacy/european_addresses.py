"""A street address in the continental forms: French ``14 rue des Glycines, 69004 Lyon``,
German and Dutch ``Lindenstraße 12``, ``Keizersgracht 221``, Spanish and Italian ``Calle de
Alcalá 45``, ``Via Garibaldi 7`` (redteam29).

The street rules read the English order (a number, a name, then Street/Road/Lane…) and
Korean road names. On the continent the street word comes first (rue, avenue, calle, via)
or is glued to the end of the name (-straße, -weg, -gracht, -laan), and the house number
stands before (French) or after (the rest) it. A street named with no house number ("the
cafés of the Rue de Rivoli", "Unter den Linden") is a place, not an address; so is a
number that measures ("Via Appia 500 km").
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_european_address"]

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*"
# The name a northern street word is glued to: three letters or more ("Bring 3" is no street).
_STEM = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}?"
_LINK = r"(?:de|du|des|de[ \t]+la|de[ \t]+l['’]|d['’]|la|le|les|del|de[ \t]+los|di|della|dei)"
# French: "14 rue des Glycines", "3 bis avenue Jean-Jaurès", "12, boulevard Haussmann".
_FR_RE = LazyPattern(
    r"(?<![A-Za-z0-9.,-])(?P<addr>[0-9]{1,4}(?:[ \t]*(?:bis|ter))?,?[ \t]+"
    r"(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|quai|place|route|cours|"
    r"square|passage)"
    r"[ \t]+(?:"
    + _LINK
    + r"[ \t]*)?"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _LINK
    + r"[ \t]+)?"
    + _NAME_WORD
    + r"){0,3})"
)
# Spanish, Italian, Portuguese: the street word, a name, then the number.
_SOUTH_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<addr>(?:Calle|C/|Avenida|Avda\.|Paseo|Plaza|Carrer|Rua|Via|Viale|"
    r"Piazza|Corso)[ \t]+(?:"
    + _LINK
    + r"[ \t]+)?"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _LINK
    + r"[ \t]+)?"
    + _NAME_WORD
    + r"){0,3},?[ \t]+(?:n\.?[º°]?[ \t]*)?[0-9]{1,4}[A-Za-z]?)"
    r"(?![0-9]|[ \t]*(?:km|m|%|€|euros?)\b)"
)
# German, Dutch, Scandinavian: the street word glued to the name, then the number.
_NORTH_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<addr>" + _STEM + r"(?:straße|strasse|str\.|weg|allee|"
    r"platz|gasse|damm|ufer|straat|laan|gracht|kade|plein|gade|gatan|vägen|veien)"
    r"[ \t]+[0-9]{1,4}[a-z]?)(?![0-9]|[ \t]*(?:km|m|%|€)\b)"
)
_CUES = ("rue", "avenue", "av.", "boulevard", "bd", "chemin", "all", "impasse", "quai",
         "place", "route", "cours", "square", "passage", "calle", "c/", "avda", "paseo",
         "plaza", "carrer", "rua", "via", "piazza", "corso", "str", "weg", "platz", "gasse",
         "damm", "ufer", "laan", "gracht", "kade", "plein", "gade", "gatan", "vägen",
         "veien")  # fmt: skip


def detect_european_address(text: str) -> Iterator[Hit]:
    """Continental street addresses with a house number (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for pattern in (_FR_RE, _SOUTH_RE, _NORTH_RE):
        for m in pattern.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)
