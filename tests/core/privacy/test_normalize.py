"""Folding (NFKC, invisible characters, dash look-alikes) and offsets into the original."""

from __future__ import annotations

import random

import pytest

from core.privacy import scan
from core.privacy.normalize import normalize


def test_plain_text_keeps_the_identity_map() -> None:
    norm = normalize("주민번호 900101-1234568")
    assert norm.index is None
    assert norm.text == norm.original


def test_fullwidth_and_zero_width_fold_with_index_map() -> None:
    text = "번호 ９０\u200b０１０１－１２３４５６８"
    norm = normalize(text)
    assert norm.text == "번호 900101-1234568"
    assert norm.span(3, len(norm.text)) == (3, len(text))


@pytest.mark.parametrize(
    "value",
    [
        "９００１０１－１２３４５６８",  # full-width digits and hyphen
        "900101\u200b-1234568",  # zero-width space
        "9001\u200c01-12\u200d34\ufeff56\u20608",  # every invisible kind
        "900101\u20131234568",  # en dash
        "900101\u2212" + "1234568",  # minus sign
        "９００１０１ １２３４５６８",  # full-width, space separator
        "900101.1234568",
    ],
)
def test_obfuscated_rrn_offsets_point_into_the_original(value: str) -> None:
    prefix, suffix = "고객 주민번호는 ", " 입니다"
    text = prefix + value + suffix
    findings = scan(text)
    assert [f.type for f in findings] == ["kr_rrn"]
    f = findings[0]
    assert (f.start, f.end) == (len(prefix), len(prefix) + len(value))
    assert f.text == value
    assert f.validated


def test_zero_width_inside_email_phone_and_name() -> None:
    text = "김\u200b민수 고객님 mi\u200bnsu@example.com 010\u200b-1234-5678"
    found = {(f.type, f.text) for f in scan(text)}
    assert ("person_name", "김\u200b민수") in found
    assert ("email", "mi\u200bnsu@example.com") in found
    assert ("phone", "010\u200b-1234-5678") in found


def test_fullwidth_letters_in_email_and_passport() -> None:
    text = "여권번호 Ｍ１２３４５６７８, ｍｉｎｓｕ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    found = {(f.type, f.text) for f in scan(text)}
    assert ("passport", "Ｍ１２３４５６７８") in found
    assert ("email", "ｍｉｎｓｕ＠ｅｘａｍｐｌｅ．ｃｏｍ") in found


def test_expanding_characters_keep_offsets_consistent() -> None:
    # "㈜" folds to three characters; findings after it must still map back.
    text = "㈜가상 대표 연락처 ０１０－１２３４－５６７８"
    f = scan(text)[0]
    assert f.type == "phone"
    assert text[f.start : f.end] == "０１０－１２３４－５６７８"


def test_random_text_keeps_offset_invariants() -> None:
    rng = random.Random(0)
    alphabet = "0123456789 -.+@가김이박OO고객님환자:：\u200b\ufeff０１２３－ＡaZz()계좌주민번호\n"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        prev_end = 0
        for f in scan(text):
            assert text[f.start : f.end] == f.text
            assert prev_end <= f.start < f.end <= len(text)
            prev_end = f.end


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 5000,
        "12-" * 3000,
        "김OO " * 2000,
        "Patient John Smith " * 500,
        "\u200b" * 10000 + "900101-1234568",
        "계좌 " + "12 " * 3000,
        "a.a.a." * 2000 + "@",
        "서울특별시 " * 2000 + "예시로 12",
    ],
)
def test_pathological_inputs_finish_with_valid_findings(text: str) -> None:
    # No timing assertion (pytest-timeout guards against a hang); only that
    # long repetitive input does not break the invariants.
    findings = scan(text)
    assert all(text[f.start : f.end] == f.text for f in findings)
