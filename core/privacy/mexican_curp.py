"""A Mexican CURP (Clave Única de Registro de Población): ``VELM900514MJCLPR09`` (redteam41).

The CURP is a person's lifelong identity code, eighteen characters built from their names,
birth date, sex and state of birth, then a check digit. The shape is distinctive (four
letters, six digits of a date, ``H``/``M``/``X``, a state code, three consonants, a century
character and the check digit), and python-stdnum checks the date, the state and the check
digit, so no label is needed: a product or booking code of that shape almost never passes.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.mx import curp

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_mexican_curp"]

_CURP_RE = LazyPattern(
    r"(?<![A-Za-z0-9])[A-Z]{4}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d(?![A-Za-z0-9])"
)


def detect_mexican_curp(text: str) -> Iterator[Hit]:
    """CURPs whose date, state and check digit hold (see the module)."""
    for m in _CURP_RE.finditer(text):
        if curp.is_valid(m.group()):
            yield Hit("national_id", m.start(), m.end(), 0.9, True)
