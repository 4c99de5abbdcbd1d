"""Checksum and structure validators for national ids, cards and SSNs.

Thin wrappers over python-stdnum where it has the rule; the rest (the BRN
checksum, the foreigner-number variant, the post-2020 RRN structure rule) is
written out here because stdnum either lacks it or is stricter than we want.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.kr import rrn as _rrn
from stdnum.us import ssn as _ssn

_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_CENTURY = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000}

RegistrationKind = Literal["kr_rrn", "kr_frn"]


def birth_date(yymmdd: str, gender_digit: str, *, allow_future: bool = False) -> _dt.date | None:
    """The birth date encoded in an RRN/FRN front half, or None if impossible.

    Args:
        yymmdd: The six leading digits.
        gender_digit: The seventh digit (1-8), which also encodes the century.
        allow_future: Accept birth dates after today (stdnum's default rule).

    Returns:
        The date, or None when the digits are not a real date (or lie in the
        future, unless ``allow_future``).
    """
    century = _CENTURY.get(gender_digit)
    if century is None:
        return None
    try:
        born = _dt.date(century + int(yymmdd[0:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return None
    # A future birth date cannot belong to a living person; this is what keeps
    # EAN-13 barcodes (880...) and other long numbers from matching.
    if not allow_future and born > _dt.date.today():
        return None
    return born


def registration_kind(digits: str) -> RegistrationKind | None:
    """Classify 13 digits as a resident or foreigner registration number by structure.

    Since October 2020 the last six digits are random, so the checksum no
    longer holds for new numbers; the structure (real birth date plus a 1-8
    gender/century digit) is the rule that still applies.

    Args:
        digits: Exactly 13 ASCII digits.

    Returns:
        ``"kr_rrn"`` (gender digit 1-4), ``"kr_frn"`` (5-8) or None.
    """
    if len(digits) != 13 or not digits.isdigit():
        return None
    if birth_date(digits[:6], digits[6]) is None:
        return None
    return "kr_rrn" if digits[6] in "1234" else "kr_frn"


def _weighted(digits: str) -> int:
    return sum(w * int(d) for w, d in zip(_RRN_WEIGHTS, digits, strict=False))


def rrn_checksum_ok(digits: str) -> bool:
    """Whether 13 digits pass the (pre-2020) resident registration checksum.

    Same rule as ``stdnum.kr.rrn.validate`` (birth date, place-of-birth code
    <= 96, check digit) without its per-call overhead; the tests hold the two
    equal on thousands of numbers.
    """
    if len(digits) != 13 or not digits.isdigit():
        return False
    if birth_date(digits[:6], digits[6], allow_future=True) is None or int(digits[7:9]) > 96:
        return False
    return int(digits[12]) == (11 - _weighted(digits[:12]) % 11) % 10


def stdnum_rrn_ok(digits: str) -> bool:
    """python-stdnum's verdict on a resident registration number (reference)."""
    try:
        _rrn.validate(digits)
    except ValidationError:
        return False
    return True


def frn_checksum_ok(digits: str) -> bool:
    """Whether 13 digits pass a foreigner registration checksum.

    Issuers used two variants over the years (``(13 - s % 11) % 10`` and the
    resident formula); either one counts as validated.
    """
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = _weighted(digits[:12])
    last = int(digits[12])
    return last in {(13 - total % 11) % 10, (11 - total % 11) % 10}


def brn_checksum_ok(digits: str) -> bool:
    """Whether 10 digits are a valid business registration number (사업자등록번호)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    if digits[:3] < "101" or digits[3:5] == "00" or digits[5:9] == "0000":
        return False
    total = sum(w * int(d) for w, d in zip(_BRN_WEIGHTS, digits, strict=False))
    total += (int(digits[8]) * 5) // 10
    return (10 - total % 10) % 10 == int(digits[9])


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn check used by payment cards."""
    return digits.isdigit() and luhn.is_valid(digits)


def ssn_ok(digits: str) -> bool:
    """Whether nine digits form an issuable US Social Security Number."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    return bool(_ssn.is_valid(digits))


def rrn_check_digit(first12: str) -> str:
    """The resident-number check digit for 12 digits (used by the corpus generator)."""
    return str((11 - _weighted(first12) % 11) % 10)


def frn_check_digit(first12: str) -> str:
    """The foreigner-number check digit (``(13 - s % 11) % 10`` variant)."""
    return str((13 - _weighted(first12) % 11) % 10)


def brn_check_digit(first9: str) -> str:
    """The business-registration check digit for nine digits."""
    total = sum(w * int(d) for w, d in zip(_BRN_WEIGHTS, first9, strict=False))
    total += (int(first9[8]) * 5) // 10
    return str((10 - total % 10) % 10)
