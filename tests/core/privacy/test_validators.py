"""Our checksum helpers agree with python-stdnum and the published rules."""

from __future__ import annotations

import random

from core.privacy.validators import (
    brn_check_digit,
    brn_checksum_ok,
    frn_check_digit,
    frn_checksum_ok,
    registration_kind,
    rrn_check_digit,
    rrn_checksum_ok,
    ssn_ok,
    stdnum_rrn_ok,
)


def test_rrn_checksum_matches_stdnum_on_random_numbers() -> None:
    rng = random.Random(11)
    positives = 0
    for _ in range(40_000):
        d = "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("1234")
        d += "".join(rng.choice("0123456789") for _ in range(6))
        assert rrn_checksum_ok(d) == stdnum_rrn_ok(d), d
        positives += rrn_checksum_ok(d)
    assert positives > 20


def test_generated_check_digits_validate() -> None:
    assert rrn_checksum_ok("900101123456" + rrn_check_digit("900101123456"))
    assert frn_checksum_ok("900101523456" + frn_check_digit("900101523456"))
    assert brn_checksum_ok("220816228" + brn_check_digit("220816228"))


def test_known_business_numbers() -> None:
    assert brn_checksum_ok("2208162287")
    assert not brn_checksum_ok("2208162288")
    assert not brn_checksum_ok("0001234567")


def test_registration_kind_structure_rule() -> None:
    assert registration_kind("2010153456789") == "kr_rrn"  # post-2020, no checksum
    assert registration_kind("9001015234561") == "kr_frn"
    assert registration_kind("9013011234567") is None  # month 13
    assert registration_kind("9001019234567") is None  # gender digit 9 (1800s) excluded
    assert registration_kind("8801234567890") is None  # 2088: in the future


def test_ssn_rules() -> None:
    assert ssn_ok("536225555")
    assert not ssn_ok("000123456")
    assert not ssn_ok("666123456")
    assert not ssn_ok("900123456")
    assert not ssn_ok("078051120")
