"""The organisation's own contacts are not personal data: precisely those, nothing more."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from core.egress import allow_public_contacts, check_request
from core.errors import PrivacyBlockedError
from core.privacy import scan
from core.privacy.public_contacts import PublicContacts

CLINIC = PublicContacts(["02-555-0100", "desk@hanbit-clinic.example"])


def _types(text: str, contacts: PublicContacts) -> list[str]:
    return [str(f.type) for f in contacts.personal(scan(text))]


@pytest.mark.parametrize(
    "written", ["02-555-0100", "02 555 0100", "025550100", "+82-2-555-0100", "02)555-0100"]
)
def test_the_listed_number_is_public_however_it_is_written(written: str) -> None:
    text = f"예약 변경은 전화({written})로 알려 주세요."
    assert scan(text), "the scanner alone sees a phone number here"
    assert _types(text, CLINIC) == []


def test_other_numbers_next_to_it_stay_personal() -> None:
    text = "대표번호 02-555-0100, 제 번호는 010-2345-6789 입니다."
    assert _types(text, CLINIC) == ["phone"]
    assert _types("02-555-0101 로 전화 주세요", CLINIC) == ["phone"]


def test_no_contacts_listed_changes_nothing() -> None:
    # Not "대표번호 02-…": a number printed after an organisation's main-line label is public
    # by itself (core/privacy/main_lines.py), listed or not.
    text = "예약 변경은 전화(02-555-0100)로 알려 주세요."
    assert _types(text, PublicContacts([])) == [str(f.type) for f in scan(text)] != []


@pytest.fixture
def clinic_at_the_wire() -> Iterator[None]:
    allow_public_contacts(["02-555-0100"])
    yield
    allow_public_contacts([])


def _request(text: str) -> httpx.Request:
    return httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions", json={"q": text})


def test_the_wire_guard_lets_the_listed_number_pass_and_nothing_else(
    clinic_at_the_wire: None,
) -> None:
    check_request(_request("Call the clinic at 02-555-0100."), "cloud", None)
    with pytest.raises(PrivacyBlockedError, match="phone"):
        check_request(_request("Call 02-555-0100 or my cell 010-2345-6789."), "cloud", None)


def test_without_the_setting_the_wire_guard_blocks_the_number() -> None:
    allow_public_contacts([])  # build_services sets it per process from the settings
    with pytest.raises(PrivacyBlockedError):
        check_request(_request("Call the clinic at 02-555-0100."), "cloud", None)


def test_the_shipped_settings_list_every_contact_the_samples_print() -> None:
    # The clinic's address in directions.md §주소 was read as a person's: a puzzle that
    # merely retrieved that passage ran local only, and with no capable local model it was
    # refused "for personal data" the user never typed.
    import tomllib

    from tests.conftest import REPO_ROOT

    shipped = tomllib.loads((REPO_ROOT / "switchyard.toml").read_text(encoding="utf-8"))
    contacts = PublicContacts(shipped["privacy"]["public_contacts"])
    samples = sorted((REPO_ROOT / "data" / "samples").glob("*.md"))
    found = {p.name: scan(p.read_text(encoding="utf-8")) for p in samples}
    assert {str(f.type) for fs in found.values() for f in fs} >= {"phone", "address"}
    personal = {name: [f.text for f in contacts.personal(fs)] for name, fs in found.items()}
    assert all(texts == [] for texts in personal.values()), personal


def test_a_listed_address_is_public_but_another_one_on_the_same_street_is_not() -> None:
    clinic = PublicContacts(["서울특별시 가상구 예시로 12"])
    assert _types("의원은 서울특별시 가상구 예시로 12에 있습니다.", clinic) == []
    assert _types("저는 서울특별시 가상구 예시로 34에 삽니다.", clinic) == ["address"]
    # A part of the listed address counts in whole words only: number 1 is another building.
    assert _types("저는 서울특별시 가상구 예시로 1에 삽니다.", clinic) == ["address"]
    assert clinic.is_public_text("가상구 예시로 12")
    assert not clinic.is_public_text("서울특별시 가상구 예시로 1")
