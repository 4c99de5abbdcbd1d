"""Public text the detectors read as personal data before: closing verbs in prose, money
read as a plate, a bare 번호 arming phone halves, a demonstrative read as a child's name,
and an organisation's main line after a particle or before a full stop."""

from __future__ import annotations

import re

import pytest

from core.privacy import classify, scan
from core.privacy.main_lines import labelled_main_line
from core.privacy.signature_names import (
    _EN_SIGNATURE_RE,
    _KO_SIGNATURE_RE,
    _LINE_END,
    detect_signature_names,
)
from core.privacy.vehicle_plates import detect_vehicle_plate


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "person_name"]


@pytest.mark.parametrize(
    "text",
    [
        "배송비는 100원 미만 절사, 그 이상 올림",  # a rounding rule
        "파손 시 구매가 전액 배상",  # pays in full
        "방문 고객께 우산 드림",  # gives a gift
        "Regards,\nBest Western",  # a company after a closing
        "Cheers,\nLove Island",  # a second closing word
    ],
)
def test_closing_verbs_in_prose_and_companies_sign_no_letter(text: str) -> None:
    assert [text[h.start : h.end] for h in detect_signature_names(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회의 자료 보냅니다.\n- 남궁지호 올림", "남궁지호"),
        ("늦어서 죄송합니다. 변서진 드림", "변서진"),
        ("Many thanks,\nYusuf Demir", "Yusuf Demir"),
    ],
)
def test_real_signatures_still_sign(text: str, name: str) -> None:
    assert [text[h.start : h.end] for h in detect_signature_names(text)] == [name]


def test_signature_patterns_never_backtrack_over_a_run_of_spaces() -> None:
    # Every repeated space in the patterns is possessive, so a long run is read once:
    # no two quantifiers can share it (the quadratic case was 50,000 spaces).
    for pattern in (_KO_SIGNATURE_RE.pattern, _EN_SIGNATURE_RE.pattern, _LINE_END):
        assert re.search(r"\[ \\t\]\*(?!\+)", pattern) is None, pattern
    for text in ("Thanks," + " " * 50_000 + "x", "- 오세린" + " " * 50_000 + "드림x"):
        assert list(detect_signature_names(text)) == []


def test_the_korean_signature_starts_only_where_a_signature_can_open() -> None:
    # Not after every space: only the text, a line, a sentence end or a dash opens one.
    assert "(?<=[ \\t])" not in _KO_SIGNATURE_RE.pattern


@pytest.mark.parametrize(
    "text",
    [
        "예산은 312조 4500억원 규모",
        "매출 98나 1200만 달러",
        "print on template AB12",
        "regex1 fails",
    ],
)
def test_money_and_words_holding_a_label_are_not_plates(text: str) -> None:
    assert [text[h.start : h.end] for h in detect_vehicle_plate(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "주문 번호 끝은 5521이에요",
        "대기 번호 확인하세요. 마지막은 3306번 창구",
        "회원번호 가운데가 7781이고요",
    ],
)
def test_a_bare_number_word_does_not_arm_phone_groups(text: str) -> None:
    assert [f for f in scan(text) if f.type == "phone"] == []


@pytest.mark.parametrize(
    ("text", "group"),
    [("제 번호 끝은 8842예요", "8842"), ("my number, middle part... 가운데가 3319", "3319")],
)
def test_an_owned_number_word_still_arms_them(text: str, group: str) -> None:
    assert [f.text for f in scan(text) if f.type == "phone"] == [group]


@pytest.mark.parametrize("text", ["이건 큰아빠예요", "이건 엄마예요.", "그건 이모예요"])
def test_a_demonstrative_before_a_role_names_no_child(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "문의는 대표전화는 아니고요",  # no number: nothing to check
        "대표번호는 031-555-7000",
        "고객센터는 02-3456-7890입니다",
        "우리 회사 대표전화 02-3456-7890.",
    ],
)
def test_a_main_line_after_a_particle_or_before_a_full_stop_is_public(text: str) -> None:
    assert classify(text) == "public"


def test_a_dot_before_more_digits_still_continues_the_number() -> None:
    text = "대표전화 02-3456-7890.12"
    start = text.index("02")
    assert not labelled_main_line(text, start, start + len("02-3456-7890"))
