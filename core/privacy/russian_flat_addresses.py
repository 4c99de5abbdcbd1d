"""A home address in Russian notation: ``ул. Садовая, д. 14, кв. 87`` (street, house, flat),
``пр-т Мира, дом 5, корп. 2, кв. 113`` (redteam44).

Russian and other post-Soviet addresses abbreviate the street kind (``ул.``, ``пр-т``,
``пер.``), the house (``д.``) and the flat (``кв.``). The flat number makes it a home: a
building's address alone (``ул. Тверская, д. 13``, the Moscow mayor's office) names an
institution as often as anyone's house, and stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_russian_flat_addresses"]

_STREET_KIND = (
    r"(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|б-р|бульвар|пл\.)"
)
_STREET = r"[ \t]*[А-ЯЁ0-9][А-Яа-яЁё0-9-]*(?:[ \t]+[А-ЯЁа-яё-]+){0,2}"
_HOUSE = r"(?:д\.|дом)[ \t]*[0-9]+[а-я]?"
_BLOCK = r"(?:[ \t]*(?:/|,)?[ \t]*(?:корп\.|к\.|стр\.)[ \t]*[0-9]+)?"
_FLAT_ADDRESS_RE = LazyPattern(
    r"(?<![А-Яа-яЁё])"
    + _STREET_KIND
    + _STREET
    + r"[ \t]*,?[ \t]*"
    + _HOUSE
    + _BLOCK
    + r"[ \t]*,?[ \t]*(?:кв\.|квартира)[ \t]*[0-9]+"
)


def detect_russian_flat_addresses(text: str) -> Iterator[Hit]:
    """A street, house and flat in Russian notation (see the module)."""
    if "кв" not in text:
        return
    for m in _FLAT_ADDRESS_RE.finditer(text):
        yield Hit("address", m.start(), m.end(), 0.85, False)
