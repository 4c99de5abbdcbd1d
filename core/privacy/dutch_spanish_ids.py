"""Two European national numbers by their label and check: a Spanish DNI or NIE
(``DNI 48392716A``, ``NIE X1234567L``) and a Dutch BSN (``burgerservicenummer 274518934``,
``BSN 2745.18.934``) (redteam39).

People paste an authorisation letter or a tax office's question with the number in it. A
DNI is eight digits and a letter that checks them (the digits modulo 23 pick it); an NIE
opens with X, Y or Z (read as 0, 1, 2 for the same check). A BSN is nine digits that pass
the Dutch 11-test (the digits weighted 9…2 and -1 sum to a multiple of eleven), written
plain or as 4.2.3 with dots. Each is read only beside its label (``DNI``, ``NIE``, ``NIF``,
``documento``; ``BSN``, ``burgerservicenummer``, ``sofinummer``: anywhere in the text for a
BSN) and only when its check holds. The Spanish specimen card's number ``99999999R``
(CARMEN ESPAÑOLA ESPAÑOLA, printed on every sample DNI) is no one's.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_dutch_spanish_ids"]

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI_RE = LazyPattern(
    r"(?i:\b(?:D\.?N\.?I\.?|N\.?I\.?E\.?|N\.?I\.?F\.?|documento[ \t]+nacional[ \t]+de[ \t]+"
    r"identidad))\b[^0-9\n]{0,30}?"
    r"(?P<id>(?:[XYZxyz][ \t.-]?)?[0-9]{7,8}[ \t.-]?[A-Za-z])(?![A-Za-z0-9])"
)
_BSN_LABEL_RE = LazyPattern(
    r"(?i:\b(?:BSN|burgerservicenummer|sofi-?nummer|citizen[ \t]+service[ \t]+number)\b)"
)
# Any nine-digit number in a text that names the BSN: the label may sit a sentence away
# ("… asks for my burgerservicenummer, it's 274518934 - with dots like 2745.18.934?").
_BSN_RE = LazyPattern(r"(?<![0-9.])(?P<id>[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{9})(?![0-9])")
_SPECIMENS = frozenset({"99999999R"})


def _dni_valid(raw: str) -> bool:
    compact = "".join(ch for ch in raw.upper() if ch.isalnum())
    if compact in _SPECIMENS:
        return False
    head, letter = compact[:-1], compact[-1]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    if not head.isdigit() or len(head) != 8:
        return False
    return _DNI_LETTERS[int(head) % 23] == letter


def _bsn_valid(raw: str) -> bool:
    digits = [int(ch) for ch in raw if ch.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0


def detect_dutch_spanish_ids(text: str) -> Iterator[Hit]:
    """A labelled Spanish DNI/NIE or Dutch BSN whose check holds (see the module)."""
    lowered = text.lower()
    if any(cue in lowered for cue in ("dni", "nie", "nif", "documento")):
        for m in _DNI_RE.finditer(text):
            if _dni_valid(m.group("id")):
                yield Hit("national_id", m.start("id"), m.end("id"), 0.9, True)
    if _BSN_LABEL_RE.search(text) is not None:
        for m in _BSN_RE.finditer(text):
            if _bsn_valid(m.group("id")):
                yield Hit("national_id", m.start("id"), m.end("id"), 0.9, True)
