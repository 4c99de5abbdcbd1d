"""A car's vehicle identification number: ``VIN 1FTFW1E52MFA38271``, ``차대번호 KMHD…``
(redteam25).

A VIN names one car, and through the registration its keeper: a listing, an insurance claim
or a recall question that quotes it identifies the writer's car as a plate does. The shape
is seventeen letters and digits without ``I``, ``O`` or ``Q`` (ISO 3779). Part numbers,
serials and hashes have that length too, so the shape alone is not enough:

- after its label (``VIN``, ``chassis no``, ``frame number``, ``차대번호``, ``차대 번호``),
  any seventeen such characters count;
- a few words after its label in the same sentence (``my car's VIN, I typed …``, redteam35),
  the shape below without the check digit (Korean and European VINs carry none);
- without a label, the North American check digit (the ninth character) must hold, and the
  number must hold letters outside ``A``–``F`` (no hex hash) and at least three letters.

It is reported as ``vehicle_plate``: like a plate, a number that points to one vehicle.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_vehicle_vin"]

_VIN = r"(?P<vin>[A-HJ-NPR-Z0-9]{17})(?![A-Za-z0-9])"
_LABELLED_RE = LazyPattern(
    r"(?:(?i:\bvin|chassis[ \t]+(?:no|number)|frame[ \t]+(?:no|number)|vehicle[ \t]+"
    r"identification[ \t]+number)|차대[ \t]?번호)\.?[ \t]*(?:[:#=]|is|는|은)?[ \t]*"
    r"(?<![A-Za-z0-9])" + _VIN
)
# redteam35: the label a few words before the number ("my car's VIN, I typed KMHD…", "VIN on
# the form is …"): the same sentence, no other label between.
_NEAR_LABEL_RE = LazyPattern(
    r"(?:(?i:\bvin)|차대[ \t]?번호)(?i:s)?\b[^.!?\n]{1,32}?(?<![A-Za-z0-9])" + _VIN
)
_BARE_RE = LazyPattern(r"(?<![A-Za-z0-9])" + _VIN)
_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit_holds(vin: str) -> bool:
    """Whether the ninth character of ``vin`` is its North American check digit."""
    total = sum(_VALUES[c] * w for c, w in zip(vin, _WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


def _shaped_like_vin(vin: str) -> bool:
    # Three letters, one beyond F (no hex hash), and a digit.
    letters = [c for c in vin if c.isalpha()]
    return len(letters) >= 3 and any(c > "F" for c in letters) and any(c.isdigit() for c in vin)


def _reads_as_vin(vin: str) -> bool:
    return _shaped_like_vin(vin) and vin_check_digit_holds(vin)


def detect_vehicle_vin(text: str) -> Iterator[Hit]:
    """Vehicle identification numbers (see the module)."""
    labelled: set[int] = set()
    for m in _LABELLED_RE.finditer(text):
        if any(c.isdigit() for c in m.group("vin")):
            labelled.add(m.start("vin"))
            yield Hit("vehicle_plate", m.start("vin"), m.end("vin"), 0.8, False)
    near = "차대" in text or "vin" in text.lower()
    for m in _NEAR_LABEL_RE.finditer(text) if near else ():
        vin = m.group("vin")
        if m.start("vin") not in labelled and _shaped_like_vin(vin):
            labelled.add(m.start("vin"))
            yield Hit("vehicle_plate", m.start("vin"), m.end("vin"), 0.75, False)
    for m in _BARE_RE.finditer(text):
        if m.start("vin") not in labelled and _reads_as_vin(m.group("vin")):
            yield Hit("vehicle_plate", m.start("vin"), m.end("vin"), 0.7, True)
