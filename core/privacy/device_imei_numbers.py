"""A phone's IMEI after its label: ``IMEI 35 209811 742913 2``, ``IMEI: 352098117429132``,
``단말기 고유번호(IMEI) …`` (redteam35).

An IMEI names one handset, and through the carrier its subscriber: a loss report, a repair
ticket or a second-hand sale that quotes it identifies the writer's phone. Boxes and settings
screens print it as fifteen digits, often grouped ``2 6 6 1`` (type code, serial, check
digit); the phone rules do not read fifteen digits, and the card rules need a card's length.
After its label (``IMEI``, ``단말기 고유번호``, ``고유번호``) a run of fifteen digits whose
Luhn check holds counts, spaces, dots or dashes allowed between the groups; the check keeps
an order number or a tracking number after the word from being read. It is reported as
``phone``: a number that names one phone, as a VIN is reported as a plate.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum import luhn

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_device_imei_numbers"]

_IMEI_RE = LazyPattern(
    r"(?:(?i:\bIMEI)|단말기[ \t]?고유[ \t]?번호|고유[ \t]?번호)"
    r"(?:[ \t]*\([A-Za-z]+\))?[^0-9\n]{0,12}"
    r"(?<![0-9])(?P<imei>[0-9](?:[ \t.\-]?[0-9]){14})(?![0-9])"
)


def detect_device_imei_numbers(text: str) -> Iterator[Hit]:
    """IMEIs after their label, with their Luhn check (see the module)."""
    if "IMEI" not in text and "imei" not in text and "고유" not in text:
        return
    for m in _IMEI_RE.finditer(text):
        digits = "".join(ch for ch in m.group("imei") if ch.isdigit())
        if len(digits) == 15 and luhn.is_valid(digits):
            yield Hit("phone", m.start("imei"), m.end("imei"), 0.8, True)
