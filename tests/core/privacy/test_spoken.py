"""Numbers in words or look-alikes, and spelled e-mails (core.privacy.spoken)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.privacy import contains_pii, scan, scan_jsonl
from core.privacy.normalize import normalize
from core.privacy.spoken import fold_spoken


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("공일공 일이삼사 오육칠팔로 전화 주세요", "공일공 일이삼사 오육칠팔"),
        ("연락처는 영일영 하나둘셋넷 다섯여섯일곱여덟입니다", "영일영 하나둘셋넷 다섯여섯일곱여덟"),
        ("휴대폰 010 일이삼사 5678", "010 일이삼사 5678"),
        ("전화 O1O-1234-5678", "O1O-1234-5678"),
        ("전화 OlO-9367-8I5l입니다", "OlO-9367-8I5l"),
        ("번호 0 1 0 1 2 3 4 5 6 7 8", "0 1 0 1 2 3 4 5 6 7 8"),
        ("Call me at two zero one dash five five five dash zero one four three", None),
        ("My cell is 4 1 6  5 5 5  5 9 4 3", "4 1 6  5 5 5  5 9 4 3"),
    ],
)
def test_phone_in_words_lookalikes_and_spaced_digits(text: str, value: str | None) -> None:
    found = _found(text)
    assert [t for t, _ in found] == ["phone"], found
    if value is not None:
        assert found[0][1] == value


def test_rrn_in_number_words_with_dash_word_keeps_the_checksum() -> None:
    # 900101-1234568 passes the RRN checksum; ...567 does not (but is a real
    # date with a gender digit, so it is still reported, unvalidated).
    good = scan("주민번호 구공공일공일 다시 일이삼사오육팔")
    assert [(f.type, f.validated) for f in good] == [("kr_rrn", True)]
    assert good[0].text == "구공공일공일 다시 일이삼사오육팔"
    bad = scan("주민번호 구공공일공일 다시 일이삼사오육칠")
    assert [(f.type, f.validated) for f in bad] == [("kr_rrn", False)]


def test_card_in_words_needs_luhn_without_its_label() -> None:
    assert _found("카드번호 사일일일 일일일일 일일일일 일일일일") == [
        ("card", "사일일일 일일일일 일일일일 일일일일")
    ]
    assert _found("사일일일 일일일일 일일일일 일일일일") == [
        ("card", "사일일일 일일일일 일일일일 일일일일")
    ]
    # One digit off: Luhn fails, and with no label 16 digits are no other kind of id.
    assert _found("사일일일 일일일일 일일일일 일일일이") == []
    # Right after its label it is a card all the same: people mistype their own number.
    assert _found("카드번호 사일일일 일일일일 일일일일 일일일이") == [
        ("card", "사일일일 일일일일 일일일일 일일일이")
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "메모: 번호는 공일공\u200b 일이삼사 ５６７８ 입니다"
    (finding,) = scan(text)
    assert finding.type == "phone"
    assert text[finding.start : finding.end] == finding.text
    assert finding.text.startswith("공일공") and finding.text.endswith("５６７８")


def test_multi_character_number_words_map_back_whole() -> None:
    text = "전화 공일공 하나둘셋넷 다섯여섯일곱여덟"
    (finding,) = scan(text)
    assert finding.end == len(text)  # the last word "여덟" is covered to its end


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("메일은 name @ naver.com 입니다", "name @ naver.com"),
        ("name at naver dot com 으로 보내주세요", "name at naver dot com"),
        ("email: kim.minsu (at) gmail (dot) com", "kim.minsu (at) gmail (dot) com"),
        ("my email is minsu at naver.com", "minsu at naver.com"),
        ("주소 jiyoung 골뱅이 test 닷 kr", "jiyoung 골뱅이 test 닷 kr"),
        ("jane＠corp.example", "jane＠corp.example"),
    ],
)
def test_spelled_and_spaced_emails(text: str, value: str) -> None:
    assert _found(text) == [("email", value)]


@pytest.mark.parametrize(
    "text",
    [
        "이사 일정은 오늘 오후 사 시예요",
        "일이삼 순서대로 진행해 주세요",
        "오이 사이사이에 양념을 넣어요",
        "하나 둘 셋 하면 시작합니다",
        "구급차는 일일구로 부르세요",
        "Read the docs online at www.example.org",
        "Call me when you are at home",
        "World War II ended in 1945",
        "Hello World, version 10.1",
        "I'll be there at 5",
    ],
)
def test_lookalike_text_is_not_personal_data(text: str) -> None:
    assert scan(text) == []
    assert not contains_pii(text)


def test_fold_leaves_ordinary_text_alone() -> None:
    assert fold_spoken(normalize("What is the capital of France?")) is None
    assert fold_spoken(normalize("010-1234-5678")) is None  # already plain


def test_contains_pii_uses_the_spoken_fold() -> None:
    assert contains_pii("공일공 일이삼사 오육칠팔")
    assert contains_pii("name at naver dot com")


def test_scan_jsonl_reports_original_offsets(tmp_path: Path) -> None:
    text = "연락처 공일공 일이삼사 오육칠팔 입니다"
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": 1, "text": text}, ensure_ascii=False) + "\n", "utf-8")
    (row,) = scan_jsonl(path)["results"]
    (finding,) = row["findings"]
    assert finding["type"] == "phone"
    assert text[finding["start"] : finding["end"]] == "공일공 일이삼사 오육칠팔"


def test_web_address_after_an_email_word_is_not_an_email() -> None:
    text = "Email us at the address on the Contact page, Read the docs online at www.example.org"
    assert scan(text) == []
