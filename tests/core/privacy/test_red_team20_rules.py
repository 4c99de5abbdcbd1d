"""redteam20's detectors, each on inputs of our own (positives and negatives).

Every positive here fails with its rule taken out of the scanner's lists (checked with
``_without``); the negatives pin the words each rule must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.privacy import classify, intro_names, scan, scanner, titled_names_ko
from core.privacy.apartment_units import detect_apartment_unit
from core.privacy.email_local_parts import detect_email_local_part
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.passing_names import detect_passing_names
from core.privacy.spoken_phone_groups import detect_spoken_phone_groups
from core.privacy.table_names import detect_table_names
from core.privacy.titled_names_ko import detect_titled_names_ko
from core.privacy.uk_account_numbers import detect_uk_account_numbers
from core.privacy.uk_addresses import detect_uk_address
from tests.core.privacy.scanner_switch import found_texts


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in scan(text)]


def _texts(text: str) -> list[str]:
    return [f.text for f in scan(text)]


def _without(monkeypatch: pytest.MonkeyPatch, rule: Callable[..., object]) -> None:
    """Take ``rule`` out of every list of the scanner (the switch-off check)."""
    monkeypatch.setattr(
        scanner, "GATED_DETECTORS", tuple(p for p in scanner.GATED_DETECTORS if p[0] is not rule)
    )
    for name in ("TEXT_DETECTORS", "OTHER_DETECTORS"):
        monkeypatch.setattr(
            scanner, name, tuple(d for d in getattr(scanner, name) if d is not rule)
        )


# --- British addresses ----------------------------------------------------------------------------
UK_ADDRESSES = [
    ("flat 2A, 17 Juniper Gardens, York YO31 7QE - leave it with no. 19", "17 Juniper Gardens"),
    ("flat 2A, 17 Juniper Gardens, York YO31 7QE - leave it with no. 19", "YO31 7QE"),
    ("Cedar Mews, Norwich NR2 4TL is where I am now", "Cedar Mews"),
    ("post it to me at DE1 3QP please", "DE1 3QP"),
]


@pytest.mark.parametrize(("text", "part"), UK_ADDRESSES)
def test_a_british_street_and_postcode_are_an_address(text: str, part: str) -> None:
    assert ("address", part) in _found(text)


@pytest.mark.parametrize(("text", "part"), UK_ADDRESSES)
def test_british_addresses_need_the_rule(
    monkeypatch: pytest.MonkeyPatch, text: str, part: str
) -> None:
    _without(monkeypatch, detect_uk_address)
    assert ("address", part) not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the hotel is a 10 Minute Walk from the station",
        "Hyde Park is lovely in spring",
        "my reg is KX19 BFM",
        "print it on A4 paper, 5 pages",
        "is the Sony WH-1000XM5 any good",
        "see the 12 Month View in the report",
    ],
)
def test_parks_plates_models_and_phrases_are_no_british_address(text: str) -> None:
    assert [f for f in scan(text) if f.type == "address"] == []


# --- Apartment building and unit numbers ----------------------------------------------------------
def test_a_complex_and_building_number_are_an_address() -> None:
    assert ("address", "힐스테이트 305동") in _found("저희 집은 힐스테이트 305동이요")


def test_a_unit_number_after_the_building_in_the_last_turn_is_an_address() -> None:
    found = scanner.scan_with_context(
        "804호예요, 경비실에 맡겨 주세요", "저희 집은 힐스테이트 305동이요"
    )
    assert [f.text for f in found] == ["804호"]


def test_a_unit_number_after_a_home_word_is_an_address() -> None:
    assert ("address", "1502호") in _found("제가 사는 곳이 1502호인데 소음이 심해요")


def test_apartment_numbers_need_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, detect_apartment_unit)
    assert _found("저희 집은 힐스테이트 305동이요") == []
    assert _found("제가 사는 곳이 1502호인데 소음이 심해요") == []


@pytest.mark.parametrize(
    "text",
    ["302호 진료실로 오세요", "100일 동안 기다렸어요", "서울 3동 주민센터 위치", "1000동안 참았다"],
)
def test_rooms_periods_and_small_numbers_are_no_apartment(text: str) -> None:
    assert [f for f in scan(text) if f.type == "address"] == []


# --- Names said in passing (English) --------------------------------------------------------------
PASSING = [
    ("can you ask Soren from payroll about my overtime", "Soren"),
    ("send the minutes to R. Adebayo in finance", "R. Adebayo"),
    ("cc M. Lindahl on the reply", "M. Lindahl"),
    ("my landlord Quentin Ashgrove never fixes the boiler", "Quentin Ashgrove"),
    ("my housemate Tilly (Thandiwe Quarshie) left her keys", "Thandiwe Quarshie"),
]


@pytest.mark.parametrize(("text", "name"), PASSING)
def test_a_name_said_in_passing_is_personal_data(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)
    assert classify(text) == "local_only"


@pytest.mark.parametrize(("text", "name"), PASSING)
def test_names_in_passing_need_the_rule(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str
) -> None:
    _without(monkeypatch, detect_passing_names)
    assert ("person_name", name) not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Growth in marketing is slow this quarter",
        "see section A. Background first",
        "send it to Seoul in the morning",
        "talk to Reception from Monday",
        "my friend and I went hiking",
    ],
)
def test_teams_places_and_headings_are_no_passing_name(text: str) -> None:
    assert [f for f in scan(text) if f.type == "person_name"] == []


# --- Korean names at work -------------------------------------------------------------------------
TITLED = [
    ("정대리한테 내일 회의록 보내 달라고 해줘", "정대리"),
    ("강 팀장님이 휴가 신청은 언제까지 하래?", "강 팀장"),
    ("윤 차장님(윤서결)께 보낼 메일 써줘", "윤서결"),
    ("막내 콩이(본명 한다율) 생일 카드 써줘", "한다율"),
    ("@소율 님께 회의 자료 공유 부탁드려요", "소율"),
    ("이번 주에 나도윤 대리가 이사해요", "나도윤"),
]


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_a_korean_name_at_work_is_personal_data(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_names_at_work_need_the_rule(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    _without(monkeypatch, detect_titled_names_ko)
    assert ("person_name", name) not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "주차장 어디 있어요?",
        "이 과장님이 그러던데 맞아요?",
        "전 부장님이 은퇴하셨어요",
        "부사장님 일정 알려줘",
        "나 대리 불렀어",
        "가격(원화) 기준으로 알려줘",
        "신입 사원 교육은 언제예요?",
    ],
)
def test_determiners_and_common_words_are_no_titled_name(text: str) -> None:
    assert [f for f in scan(text) if f.type == "person_name"] == []


# --- A table's name column ------------------------------------------------------------------------
def test_names_in_a_table_column_are_personal_data() -> None:
    text = "sum the hours:\n| Name | Hours |\n|---|---|\n| Oskar Lund | 7 |\n| Wren Achebe | 5 |"
    assert _texts(text) == ["Oskar Lund", "Wren Achebe"]


def test_a_table_typed_on_one_line_has_rows_between_slashes() -> None:
    text = "| 이름 | 점수 | / | 하지우 | 88 | / | 편예린 | 92 |"
    assert [n for t, n in _found(text) if t == "person_name"] == ["하지우", "편예린"]


def test_table_names_need_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, detect_table_names)
    text = "sum the hours:\n| Name | Hours |\n|---|---|\n| Oskar Lund | 7 |\n| Wren Achebe | 5 |"
    assert _texts(text) == []


def test_a_table_without_a_name_column_is_left_alone() -> None:
    assert scan("| item | price |\n|---|---|\n| Apple | 3 |\n| Pear Drops | 4 |") == []


# --- A phone group in Korean number words ---------------------------------------------------------
def test_a_phone_group_in_number_words_after_its_position_is_a_phone() -> None:
    assert ("phone", "칠삼공오") in _found("휴대폰 번호 가운데는 칠삼공오예요")
    assert ("phone", "팔일이육") in _found("뒷자리는 팔일이육이에요")


def test_phone_groups_in_words_need_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, detect_spoken_phone_groups)
    assert _found("휴대폰 번호 가운데는 칠삼공오예요") == []
    assert _found("뒷자리는 팔일이육이에요") == []


@pytest.mark.parametrize("text", ["영화 중간은 사이사이 재밌었어", "끝은 이사예요", "가운데 오이"])
def test_number_syllables_without_a_phone_are_words(text: str) -> None:
    assert scan(text) == []


# --- An e-mail's local part alone -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("my email starts with odile.marchetti", "odile.marchetti"),
        ("my e-mail username is quill_77", "quill_77"),
        ("메일 아이디는 sanha.yoo이고 도메인은 다음이에요", "sanha.yoo"),
    ],
)
def test_an_email_local_part_alone_is_an_email(
    monkeypatch: pytest.MonkeyPatch, text: str, local: str
) -> None:
    assert ("email", local) in _found(text)
    _without(monkeypatch, detect_email_local_part)
    assert ("email", local) not in _found(text)


@pytest.mark.parametrize(
    "text", ["my email is broken again", "the email is v2.1 ready", "email is slow"]
)
def test_plain_words_after_email_are_no_local_part(text: str) -> None:
    assert scan(text) == []


# --- Values under personal keys in links and JSON ---------------------------------------------
KEYED = [
    ("open https://club.example.org/join?fname=Oriel&lname=Quennell&tel=447700900123", "Quennell"),
    (
        "open https://club.example.org/join?fname=Oriel&lname=Quennell&tel=447700900123",
        "447700900123",
    ),
    ('이 데이터 확인해줘 {"name": "모서진", "age": 31}', "모서진"),
    ('{"patient_name": "Ysolde Farrant", "ward": 4}', "Ysolde Farrant"),
]


@pytest.mark.parametrize(("text", "value"), KEYED)
def test_a_value_under_a_personal_key_is_personal_data(
    monkeypatch: pytest.MonkeyPatch, text: str, value: str
) -> None:
    assert value in _texts(text)
    _without(monkeypatch, detect_keyed_values)
    assert value not in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "get_weather", "description": "Weather for a city"}',
        '{"name": "Hanbit Clinic", "version": "1.2"}',
        '{"name": "string", "phone": "n/a"}',
        "https://shop.example.com/search?q=shoes&page=2",
    ],
)
def test_tool_schemas_products_and_plain_links_carry_no_keyed_personal_data(text: str) -> None:
    assert scan(text) == []


# --- A famous person asked about ----------------------------------------------------------------
FAMOUS = [
    "who was Grace Hopper and what is she known for?",
    "who was Rosalind Franklin? what did she discover?",
]


@pytest.mark.parametrize("text", FAMOUS)
def test_a_famous_person_asked_about_is_public(text: str) -> None:
    assert classify(text) == "public"


@pytest.mark.parametrize("text", FAMOUS)
def test_without_the_rule_the_famous_name_is_held(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(intro_names, "asks_about_a_public_figure", lambda *_: False)
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "who is Daniel Cho?",  # who, but nothing says famous: maybe someone the writer knows
        "Daniel Cho is famous for being late, write him a note",  # famous, but no question
        "my neighbour Grace Hopper is famous round here, who is she",  # a relation marks her
    ],
)
def test_a_name_without_both_marks_of_a_public_figure_stays_personal(text: str) -> None:
    assert classify(text) == "local_only"


# --- British bank details and NHS numbers ---------------------------------------------------------
UK_NUMBERS = [
    ("Starling 60-83-71, acc no 24817730 for the deposit please", "24817730"),
    ("Starling 60-83-71, acc no 24817730 for the deposit please", "60-83-71"),
    ("my sort code is 11 22 33 if they ask", "11 22 33"),
    ("NHS number 9434765919, for the referral letter", "9434765919"),
]


@pytest.mark.parametrize(("text", "value"), UK_NUMBERS)
def test_labelled_british_bank_details_and_nhs_numbers_are_personal(
    monkeypatch: pytest.MonkeyPatch, text: str, value: str
) -> None:
    assert value in _texts(text)
    _without(monkeypatch, detect_uk_account_numbers)
    assert value not in _texts(text)


@pytest.mark.parametrize(
    "text",
    ["order 12345678 shipped today", "my account is locked since 2024", "NHS waiting times 2024"],
)
def test_orders_years_and_reports_are_no_account_or_nhs_number(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    ["노상주차장 한 시간에 얼마야", "임시주차장은 어디에 있나요", "연구원장 임기가 몇 년이야"],
)
def test_a_place_word_ending_in_a_title_is_no_name(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 노상주 + 차장 and 연구 + 원장 read as a name before a title held public questions local.
    assert found_texts(text) == []
    monkeypatch.setattr(titled_names_ko, "_place_word", lambda *_args: False)
    assert found_texts(text) != []


@pytest.mark.parametrize(
    ("text", "name"), [("우하주 차장 번호 알려줘", "우하주"), ("우하주차장님께 보고했어", "우하주")]
)
def test_a_name_before_a_title_is_still_found(text: str, name: str) -> None:
    assert name in found_texts(text)
