"""A street address in the continental forms: French ``14 rue des Glycines, 69004 Lyon``,
German and Dutch ``Lindenstraße 12``, ``Keizersgracht 221``, Spanish and Italian ``Calle de
Alcalá 45``, ``Via Garibaldi 7`` (redteam29).

The street rules read the English order (a number, a name, then Street/Road/Lane…) and
Korean road names. On the continent the street word comes first (rue, avenue, calle, via)
or is glued to the end of the name (-straße, -weg, -gracht, -laan), and the house number
stands before (French) or after (the rest) it. A street named with no house number ("the
cafés of the Rue de Rivoli", "Unter den Linden") is a place, not an address; so is a
number that measures ("Via Appia 500 km"). blind52p: a street named by an adjective before
its street word (``Schönbrunner Straße 118``) and a Viennese flat's ``Stiege 2, Tür 14``.
blind53p: a Mexican flat and colonia after the number (``Calle Ébano 214 Int. 3, Col.
Jardines del Sur``). blind55p: a Spanish flat's floor and door after the number (``C/ Blasco de
Garay 23, 4º izda.``), and said again alone in the same text.
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
# blind57p: a French flat's parts written before its street line ("Bât. B, esc. 2, 4e étage,
# porte gauche, 17 rue des Trois-Frères"): the building, the staircase, the floor, the door or
# the flat, one or more, then the street line: the home the line leads to.
_FR_UNIT = (
    r"(?:(?i:b[âa]t(?:iment)?\.?)[ \t]*[A-Z0-9]{1,2}|(?i:esc(?:alier)?\.?)[ \t]*[A-Z0-9]{1,2}|"
    r"[0-9]{1,2}[ \t]?(?:e|er|ème|eme|è)[ \t]+(?i:étage|etage|ét\.)|"
    r"(?i:porte)[ \t]+(?:(?i:gauche|droite|face|du[ \t]+fond)|[A-Z0-9]{1,3})|"
    r"(?i:appartement|appt\.?|apt\.?)[ \t]*[0-9A-Z]{1,4})(?![A-Za-z0-9])"
)
_FR_UNITS_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<addr>" + _FR_UNIT + r"(?:[ \t]*,[ \t]*" + _FR_UNIT + r"){0,4})"
    r"[ \t]*,[ \t]*(?=[0-9]{1,4}(?:[ \t]*(?:bis|ter))?,?[ \t]+"
    r"(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|quai|place|route|cours|"
    r"square|passage)[ \t])"
)
# blind55p: a Spanish floor (an ordinal "4º", "bajo", "ático", "entlo.") and its door (a side,
# izquierda/derecha/centro, a letter or an ordinal "1ª").
_ES_FLOOR_DOOR = (
    r"(?:[0-9]{1,2}[ \t]?[º°o]|(?i:bajo|ático|atico|entlo\.|entresuelo|principal|pral\.))"
    r"(?:[ \t]*(?:(?i:izquierda|izqda|izda|izq|derecha|dcha|der|centro|ctro)\.?|[A-H]"
    r"(?![A-Za-z])|[0-9]{1,2}[ \t]?[ªa](?![A-Za-z])))"
)
_ES_FLOOR_DOOR_RE = LazyPattern(r"(?<![0-9A-Za-z])(?P<addr>" + _ES_FLOOR_DOOR + r")")
# The floor and door right after a southern street line's number ("C/ Blasco de Garay 23, 4º
# izda.", "Calle Toledo 8, 2º B", "3º 1ª", "bajo dcha."): the flat the line leads to.
_ES_FLOOR_AFTER_RE = LazyPattern(r"[ \t]*,?[ \t]*(?P<addr>" + _ES_FLOOR_DOOR + r")")
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
    + r"){0,3},?[ \t]+(?:n\.?[º°]?[ \t]*)?[0-9]{1,4}[A-Za-z]?"
    # blind53p: a Mexican or Latin American flat and neighbourhood after the number ("Calle
    # Ébano 214 Int. 3, Col. Jardines del Sur"): the unit and the colonia are the home's.
    r"(?:[ \t]*,?[ \t]*(?:Int\.|Interior|Depto\.?|Dpto\.?|Apto\.?|Piso)[ \t]*[0-9A-Z]{1,4}"
    r"(?![0-9A-Za-z]))?"
    r"(?:[ \t]*,[ \t]*(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio)[ \t]+"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _LINK
    + r"[ \t]+)?"
    + _NAME_WORD
    + r"){0,3})?)"
    r"(?![0-9]|[ \t]*(?:km|m|%|€|euros?)\b)"
)
# German, Dutch, Scandinavian: the street word glued to the name, then the number.
_NORTH_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<addr>" + _STEM + r"(?:straße|strasse|str\.|weg|allee|"
    r"platz|gasse|damm|ufer|straat|laan|gracht|kade|plein|gade|gatan|vägen|veien)"
    r"[ \t]+[0-9]{1,4}[a-z]?)(?![0-9]|[ \t]*(?:km|m|%|€)\b)"
)
# blind52p: an Austrian or German street named by an adjective in -er before a separate street
# word ("Schönbrunner Straße 118", "Wiener Gasse 4"), with the stair and door of a Viennese
# flat after it ("Stiege 2, Tür 14", "Top 7"): the unit makes it a home (a street alone with a
# German postcode is numeric_forms_55p's).
_ADJ_STREET_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<addr>[A-ZÄÖÜ][a-zäöüß]{2,}er[ \t]+(?:Straße|Strasse|Gasse|Platz|Weg|"
    r"Allee|Ring|Damm|Ufer|Zeile|Lände)[ \t]+[0-9]{1,4}[a-z]?"
    r"(?:[ \t]*[,/][ \t]*(?:Stiege|Stg\.|Tür|Top|Stock|Etage|Wohnung)[ \t]*[0-9]{1,3}[a-z]?){1,3})"
    r"(?![0-9]|[ \t]*(?:km|m|%|€)\b)"
)
# The stair and door alone ("Stiege 2, Tür 14"): a Viennese flat's unit.
_UNIT_AT_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<addr>(?:Stiege|Stg\.)[ \t]*[0-9]{1,2}[ \t]*[,/][ \t]*(?:Tür|Top)[ \t]*"
    r"[0-9]{1,3}[a-z]?)(?![0-9])"
)
_CUES = ("rue", "avenue", "av.", "boulevard", "bd", "chemin", "all", "impasse", "quai",
         "place", "route", "cours", "square", "passage", "calle", "c/", "avda", "paseo",
         "plaza", "carrer", "rua", "via", "piazza", "corso", "str", "weg", "platz", "gasse",
         "damm", "ufer", "laan", "gracht", "kade", "plein", "gade", "gatan", "vägen",
         "veien", "stiege", "ring", "zeile", "lände")  # fmt: skip


def detect_european_address(text: str) -> Iterator[Hit]:
    """Continental street addresses with a house number (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    floors: set[str] = set()
    for pattern in (_FR_RE, _SOUTH_RE, _NORTH_RE, _ADJ_STREET_RE, _UNIT_AT_RE):
        for m in pattern.finditer(text):
            end = m.end("addr")
            floor = _ES_FLOOR_AFTER_RE.match(text, end) if pattern is _SOUTH_RE else None
            if floor is not None:
                floors.add(floor.group("addr"))
                end = floor.end("addr")
            yield Hit("address", m.start("addr"), end, 0.8, False)
    if "," in text:
        for m in _FR_UNITS_BEFORE_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)
    # blind55p: the flat's floor and door said again on their own ("what does 4º izda.
    # mean?"), in the text that gives the whole address.
    for m in _ES_FLOOR_DOOR_RE.finditer(text):
        if m.group("addr") in floors:
            yield Hit("address", m.start("addr"), m.end("addr"), 0.75, False)
