"""The shown part of a masked 주민등록번호: ``880214-2******``, ``주민번호 940312-1●●●●●●``
(redteam35).

Forms, prescriptions and certificates print a registration number with its last six digits
hidden, and people paste them believing the mask made them safe. What stays is the birth date
and the digit of sex and century, which beside the name on the same paper is still personal
data; the registration rule needs all thirteen digits and does not read it. The shape: six
digits that are a valid date (YYMMDD), a dash, the seventh digit (1–8), then six mask
characters (``*``, ``●``, ``○``, ``x``, ``X``, ``#``). Only the shown part is reported, as the
registration number it belongs to.

(blind54p) A guide's specimen is let through: a masked number on a round date (1 January or
31 December, ``900101-1******``) in a text that calls it an example (예시, 작성례, 견본,
"example") and says nothing of the writer's own (제, 내, 우리, my).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit
from core.privacy.validators import birth_date

__all__ = ["detect_masked_registration_fronts"]

_MASKED_RE = LazyPattern(
    r"(?<![0-9])(?P<front>(?P<yy>[0-9]{2})(?P<mm>[0-9]{2})(?P<dd>[0-9]{2})[ \t]?-[ \t]?[1-8])"
    r"[*●○xX#]{6}(?![0-9*●○xX#])"
)
_MASKS = ("*", "●", "○", "x", "X", "#")
_EXAMPLE_RE = LazyPattern(
    r"예시|예제|작성[ \t]?례|기재[ \t]?례|견본|샘플|보기|(?i:\bexample|\bsample|\bspecimen)"
)
_WRITER_RE = LazyPattern(
    r"(?<![가-힣])(?:제|내|저의|나의|우리|저희)(?![가-힣])|(?i:\bmy\b|\bmine\b)"
)


def _a_guides_specimen(text: str, mm: str, dd: str) -> bool:
    """A round date's masked number in a text that calls it an example (see the module)."""
    return (
        (mm, dd) in {("01", "01"), ("12", "31")}
        and _EXAMPLE_RE.search(text) is not None
        and _WRITER_RE.search(text) is None
    )


def detect_masked_registration_fronts(text: str) -> Iterator[Hit]:
    """The shown birth date and sex digit of a masked registration number (see the module)."""
    if not any(mask * 3 in text for mask in _MASKS):
        return
    for m in _MASKED_RE.finditer(text):
        front = m.group("yy") + m.group("mm") + m.group("dd")
        if _a_guides_specimen(text, m.group("mm"), m.group("dd")):
            continue
        if birth_date(front, m.group("front")[-1]) is not None:
            yield Hit("kr_rrn", m.start("front"), m.end("front"), 0.75, False)
