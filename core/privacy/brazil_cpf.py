"""A Brazilian CPF number: ``CPF 318.472.605-35`` (redteam38).

The CPF is every Brazilian's tax id, asked on visa letters, contracts and invoices, and
people paste a Portuguese sentence carrying it to have it translated. Its printed form is
``ddd.ddd.ddd-dd``; the last two digits are check digits (mod 11), so the formatted number
with valid check digits is read on its own, and eleven bare digits only after a ``CPF``
label. Numbers of one repeated digit (``111.111.111-11``) pass the check but are never
issued. Reported as ``national_id``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["cpf_valid", "detect_brazil_cpf"]

_FORMATTED_RE = LazyPattern(r"(?<![0-9.])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![0-9])")
_LABELLED_RE = LazyPattern(r"(?i:\bcpf)[ \t]*(?:n[ºo°.]*|:|#)?[ \t]*(?P<v>[0-9]{11})(?![0-9])")


def cpf_valid(number: str) -> bool:
    """Whether the eleven digits of ``number`` carry valid CPF check digits."""
    digits = [int(ch) for ch in number if ch.isdigit()]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for length in (9, 10):
        total = sum(d * w for d, w in zip(digits[:length], range(length + 1, 1, -1), strict=True))
        if (total * 10) % 11 % 10 != digits[length]:
            return False
    return True


def detect_brazil_cpf(text: str) -> Iterator[Hit]:
    """CPF numbers, formatted or after their label, with valid check digits (see the module)."""
    for m in _FORMATTED_RE.finditer(text):
        if cpf_valid(m.group()):
            yield Hit("national_id", m.start(), m.end(), 0.9, True)
    if "cpf" in text.lower():
        for m in _LABELLED_RE.finditer(text):
            if cpf_valid(m.group("v")):
                yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
