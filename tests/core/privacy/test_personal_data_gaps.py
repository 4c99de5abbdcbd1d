"""Personal data that reached the cloud tier before: spoken dates with digit years,
lower-case plates, comma-typed phones, a relative's name in English, British bank
details and driving licences."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I was born on the twenty-second of October 1979", "the twenty-second of October 1979"),
        ("my birthday is the ninth of February, 2003", "the ninth of February, 2003"),
        ("my date of birth is August the 21st 1968", "August the 21st 1968"),
        ("I was born on November thirtieth 1992.", "November thirtieth 1992"),
    ],
)
def test_a_day_in_words_with_a_year_in_digits_is_a_birth_date(text: str, date: str) -> None:
    assert _found(text) == [("birth_date", date)]


def test_a_date_with_a_digit_year_and_no_birth_label_stays_public() -> None:
    assert classify("the twenty-second of October 1979 was a Monday") == "public"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("can you check parking for lt68 wxn please", "lt68 wxn"),
        ("my reg is yk21 hvp", "yk21 hvp"),
        ("car reg: bd51 smr", "bd51 smr"),
        ("vehicle registration number is gh05 xkt thanks", "gh05 xkt"),
    ],
)
def test_a_british_plate_in_lower_case_is_personal_data(text: str, plate: str) -> None:
    assert [t for t, v in _found(text) if v == plate] == ["vehicle_plate"]


@pytest.mark.parametrize(
    "text",
    [
        "build with py39 env first",  # no such age identifier (27-50 are unissued)
        "see ab12 the next page",  # a common word after the token
        "pins ka12 iqx",  # letters plates never use
    ],
)
def test_lower_case_tokens_that_no_plate_has_stay_public(text: str) -> None:
    assert [f for f in scan(text) if f.type == "vehicle_plate"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("text me at 010,9876,5432 tonight", "010,9876,5432"),
        ("집 전화 031,765,4321 입니다", "031,765,4321"),
        ("010, 2468, 1357로 연락 주세요", "010, 2468, 1357"),
    ],
)
def test_a_korean_phone_typed_with_commas_is_a_phone(text: str, phone: str) -> None:
    assert ("phone", phone) in _found(text)


@pytest.mark.parametrize(
    "text", ["the budget is 10,123,4567 in the draft", "1,010,555,1234 units", "약 2,345,678원"]
)
def test_amounts_grouped_by_commas_are_not_phones(text: str) -> None:
    assert [f for f in scan(text) if f.type == "phone"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my son's name is Caspian and he is four", "Caspian"),
        ("Our youngest daughter is called Marisol.", "Marisol"),
        ("my wife's name's Ingrid Solberg", "Ingrid Solberg"),
        ("my grandad goes by Bertie", "Bertie"),
    ],
)
def test_a_relatives_name_after_its_label_is_a_name(text: str, name: str) -> None:
    assert _found(text) == [("person_name", name)]


@pytest.mark.parametrize(
    "text",
    [
        "the son's name is Caspian in the novel",  # not the writer's relative
        "my son is called Monday's child",  # a listed non-name
        "my daughter is called for dinner",  # no capitalised name
    ],
)
def test_other_name_phrasings_name_no_relative(text: str) -> None:
    assert [f for f in scan(text) if f.type == "person_name"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("refund to sort code 40-11-62, account 31926819", ["40-11-62", "31926819"]),
        ("my sort code is 60 83 71 and my account number is 1203 4455", ["60 83 71", "1203 4455"]),
        ("sort code four zero, one one, six two please", ["four zero, one one, six two"]),
    ],
)
def test_british_bank_details_after_their_labels_are_accounts(text: str, values: list[str]) -> None:
    assert [v for t, v in _found(text) if t == "bank_account"] == values


@pytest.mark.parametrize(
    "text",
    [
        "my driving licence number is WOODS612058JW9QA",
        "licence: PATEL 960225 RK 9XY",
        "booking under licence no. 99999805175A99HG",
    ],
)
def test_a_british_driving_licence_number_is_personal_data(text: str) -> None:
    assert [t for t, _ in _found(text)] == ["national_id"]


@pytest.mark.parametrize(
    "text",
    [
        "sort the code 12-34-56 by date",  # no sort-code label
        "the account has 12345678 rows",  # the label does not lead the number
        "ABCDE123456AB1CD",  # no month 23-49 in a licence's birth date
    ],
)
def test_numbers_without_the_labels_or_shapes_stay_public(text: str) -> None:
    assert classify(text) == "public"
