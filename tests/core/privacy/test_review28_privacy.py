"""The review of integ28's privacy rules: inputs that leaked or were flagged wrongly.

Each case fails with its fix taken out (checked by reverting the fix's module).
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan, scanner, uk_identifiers
from core.privacy.apartment_units import detect_apartment_unit
from core.privacy.described_intro_names import detect_described_intro_names
from core.privacy.spoken_phone_groups import detect_spoken_phone_groups
from core.privacy.uk_account_numbers import detect_uk_account_numbers
from core.privacy.uk_identifiers import detect_uk_driving_licence

# --- A private name dressed up as a famous one ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Who was Emily Clark in my medical history?",
        "tell me about David Miller, he is our payroll king",
        "who is Sarah Johnson and what is her legacy in our team",
        "who was Laura Bennett, the president of the tenants association?",
        "who is Michael Turner and why is he famous in our office?",
        "우리 팀 James Walker는 who is famous for spreadsheets?",
    ],
)
def test_a_colleague_asked_about_with_fame_words_stays_personal(text: str) -> None:
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "who was Ada Lovelace and why is she famous?",
        "who was Grace Hopper and what is she known for?",
    ],
)
def test_a_famous_person_still_goes_out(text: str) -> None:
    assert classify(text) == "public"


# --- A spoken phone group needs a phone's word, not any number's 번호 -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "주문 번호 끝은 칠삼공오예요",
        "대기 번호 중간은 팔일이육이에요",
        "order number, 끝은 사오육칠이요",
    ],
)
def test_a_bare_number_word_does_not_arm_a_spoken_group(text: str) -> None:
    assert list(detect_spoken_phone_groups(text)) == []
    assert scan(text) == []


@pytest.mark.parametrize(
    "text", ["제 번호 앞은 공일공이고 중간은 육육팔삼이에요", "휴대폰 번호 가운데는 칠삼공오예요"]
)
def test_an_owned_or_phone_number_word_still_arms_it(text: str) -> None:
    assert len(list(detect_spoken_phone_groups(text))) == 1


# --- British bank details: one rule, each span once -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("sort code 20-45-77, account number 12345678", ["20-45-77", "12345678"]),
        ("refund to sort code 40-11-62, account 31926819", ["40-11-62", "31926819"]),
        ("my sort code is 60 83 71 and my account number is 1203 4455", ["60 83 71", "1203 4455"]),
        ("Starling 60-83-71, acc no 24817730", ["24817730", "60-83-71"]),
        ("sort code 40,11,62 please", ["40,11,62"]),
    ],
)
def test_one_rule_reports_each_sort_code_and_account_once(text: str, values: list[str]) -> None:
    hits = [text[h.start : h.end] for h in detect_uk_account_numbers(text)]
    assert sorted(hits) == sorted(values)
    # No other rule reads them: with this one off, nothing is left.
    assert [d.__name__ for d in scanner.NUMERIC_DETECTORS].count("detect_uk_account_numbers") == 1
    assert not hasattr(uk_identifiers, "detect_uk_bank_details")


# --- A lower-case plate needs its label or a car word ---------------------------------------------


@pytest.mark.parametrize(
    "text", ["sudo apt install ab19 xyz", "run make target kv21 bmx now", "tag gh05 xkt in git"]
)
def test_a_lower_case_code_token_is_no_plate(text: str) -> None:
    assert [f for f in scan(text) if f.type == "vehicle_plate"] == []


@pytest.mark.parametrize(
    "text", ["can you check parking for lt68 wxn please", "my car is yk21 hvp, the blue one"]
)
def test_a_lower_case_plate_near_a_car_word_is_still_one(text: str) -> None:
    assert [f.type for f in scan(text)] == ["vehicle_plate"]


# --- A role noun after "저는 …" is no name ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "저는 서울에서 근무하는 정규직입니다",
        "저는 이 건물 2층 임차인이에요",
        "저는 공장에서 일하는 노동자입니다",
        "저는 병원에서 일하는 간호원이에요",
        "전 부산 지점 계약직이에요",
    ],
)
def test_a_role_noun_is_no_described_name(text: str) -> None:
    assert list(detect_described_intro_names(text)) == []


def test_a_described_name_is_still_read() -> None:
    text = "저는 302호 사는 이수민이에요"
    assert [text[h.start : h.end] for h in detect_described_intro_names(text)] == ["이수민"]


# --- Apartment numbers: a topic is no complex, an office or a square no home ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "이번 행사는 105동 앞 광장에서 열립니다",
        "주소 변경은 301호 행정실에서 하세요",
        "저는 101동 관리사무소 직원입니다",
        "모임은 103동 앞에서 시작해요",
    ],
)
def test_a_meeting_point_or_an_office_is_no_apartment(text: str) -> None:
    assert list(detect_apartment_unit(text)) == []


def test_a_topic_before_the_building_is_no_complex_name() -> None:
    text = "저는 101동 1203호에 살아요"
    assert [text[h.start : h.end] for h in detect_apartment_unit(text)] == ["101동", "1203호"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("저희 집은 힐스테이트 305동이요", ["힐스테이트 305동"]),
        ("우리 집은 105동 앞이에요", ["105동"]),
        ("택배는 102동 경비실에 맡겨 주세요", ["102동"]),
        ("101동 1203호, 201동 702호", ["101동", "201동", "1203호", "702호"]),
    ],
)
def test_homes_are_still_apartments(text: str, values: list[str]) -> None:
    assert sorted(text[h.start : h.end] for h in detect_apartment_unit(text)) == sorted(values)


# --- A stock code of a licence's shape is no licence ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["SKU: PRODU501234XY9AB", "part no. WIDGE701159AB2CD in stock", "ABCDE614156AB1CD"],
)
def test_a_code_or_an_impossible_birth_date_is_no_licence(text: str) -> None:
    assert list(detect_uk_driving_licence(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "WOODS612058JW9QA for the hire car",
        "licence ref: WOODS612058JW9QA",
        "my driving licence number is WOODS612058JW9QA",
    ],
)
def test_a_licence_number_is_still_read(text: str) -> None:
    assert len(list(detect_uk_driving_licence(text))) == 1
