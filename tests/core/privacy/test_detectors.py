"""Per-type detection: positives (with the exact span) and look-alikes that must stay quiet."""

from __future__ import annotations

import itertools

import pytest

from core.privacy import Finding, scan


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in scan(text)]


POSITIVES: list[tuple[str, str, str]] = [
    # (text, type, expected matched text)
    ("주민등록번호는 900101-1234568입니다.", "kr_rrn", "900101-1234568"),
    ("주민번호 9001011234568", "kr_rrn", "9001011234568"),
    ("생일 050315-4123450 (2000년대생)", "kr_rrn", "050315-4123450"),
    # Issued after October 2020: no checksum, caught by date + gender digit.
    ("주민번호 201015-3456789", "kr_rrn", "201015-3456789"),
    ("주민번호 앞자리 900101 뒷자리 1234568", "kr_rrn", "900101 뒷자리 1234568"),
    ("외국인등록번호: 900101-5234561", "kr_frn", "900101-5234561"),
    ("등록번호 050315-7234569", "kr_frn", "050315-7234569"),
    ("사업자등록번호 220-81-62287", "kr_brn", "220-81-62287"),
    ("사업자번호 2208162287 로 발행", "kr_brn", "2208162287"),
    ("운전면허 11-12-345678-90", "kr_driver_license", "11-12-345678-90"),
    ("면허번호 서울 12-345678-90", "kr_driver_license", "서울 12-345678-90"),
    ("여권번호 M12345678", "passport", "M12345678"),
    ("Passport No. M123A4567", "passport", "M123A4567"),
    ("연락처 010-1234-5678", "phone", "010-1234-5678"),
    ("01012345678로 연락 주세요", "phone", "01012345678"),
    ("집 전화 02-555-0100", "phone", "02-555-0100"),  # 대표번호: main_lines.py
    ("call +82 10 1234 5678", "phone", "+82 10 1234 5678"),
    ("+82-10-1234-5678", "phone", "+82-10-1234-5678"),
    ("(031) 123-4567", "phone", "(031) 123-4567"),
    ("Call me at (415) 555-0199.", "phone", "(415) 555-0199"),
    ("cell: 415.555.0199", "phone", "415.555.0199"),
    ("+1-415-555-0199", "phone", "+1-415-555-0199"),
    ("UK office +44 20 7946 0958", "phone", "+44 20 7946 0958"),
    ("메일 hong.gildong@example.co.kr 로", "email", "hong.gildong@example.co.kr"),
    ("Email: j.smith+work@mail.example.org.", "email", "j.smith+work@mail.example.org"),
    ("카드 4111 1111 1111 1111", "card", "4111 1111 1111 1111"),
    ("card 5500-0000-0000-0004", "card", "5500-0000-0000-0004"),
    ("amex 3782 822463 10005", "card", "3782 822463 10005"),
    ("국내카드 9410123456789010", "card", "9410123456789010"),
    ("계좌 110-123-456789 로 입금", "bank_account", "110-123-456789"),
    ("국민은행 123456-78-901234 (예금주 본인)", "bank_account", "123456-78-901234"),
    ("Please wire to account 1234-567-890123", "bank_account", "1234-567-890123"),
    ("서울특별시 가상구 예시로 12 에 삽니다", "address", "서울특별시 가상구 예시로 12"),
    ("주소: OO시 OO구 OO로 12길 3", "address", "OO시 OO구 OO로 12길 3"),
    (
        "경기도 성남시 분당구 판교역로 235 101동 1203호",
        "address",
        "경기도 성남시 분당구 판교역로 235 101동 1203호",
    ),
    ("부산광역시 해운대구 우동 123-45", "address", "부산광역시 해운대구 우동 123-45"),
    (
        "lives at 123 Main St, Springfield, IL 62701",
        "address",
        "123 Main St, Springfield, IL 62701",
    ),
    ("Ship to 42 Oak Avenue", "address", "42 Oak Avenue"),
    ("김민수 고객님 안녕하세요", "person_name", "김민수"),
    ("김OO 고객님", "person_name", "김OO"),
    ("환자 이OO, 55세", "person_name", "이OO"),
    ("담당의 박OO 선생님", "person_name", "박OO"),
    ("홍길동 님께", "person_name", "홍길동"),
    ("박보검 고객님", "person_name", "박보검"),
    ("정해인 씨가 방문", "person_name", "정해인"),
    ("이상민 고객님", "person_name", "이상민"),
    ("성명: 홍길동", "person_name", "홍길동"),
    ("환자 남궁민수(45세)", "person_name", "남궁민수"),
    ("Patient John Smith was admitted", "person_name", "John Smith"),
    ("Mr. Smith called", "person_name", "Smith"),
    ("Dr. Jane Doe will see you", "person_name", "Jane Doe"),
    ("Name: Alice Brown", "person_name", "Alice Brown"),
    ("SSN 536-22-5555", "us_ssn", "536-22-5555"),
    ("social security number 536225555", "us_ssn", "536225555"),
    ("MRN 12345678", "mrn", "12345678"),
    ("Medical Record Number: A1234567", "mrn", "A1234567"),
    ("환자번호 123456", "mrn", "123456"),
]


@pytest.mark.parametrize(("text", "ptype", "value"), POSITIVES)
def test_detects_each_type(text: str, ptype: str, value: str) -> None:
    assert (ptype, value) in _found(text)


NEGATIVES: list[str] = [
    "주문번호 2024-0012345 확인 부탁드립니다",
    "Order #2024-0012345 shipped",
    "진료일 2024-01-15, 재진 2024.01.15, 2024/01/15",
    "HbA1c 7.9%, 혈당 126 mg/dL, LDL 130 mg/dL, BP 120/80 mmHg",
    "결제 금액 35,000원, 총 $1,250.00, ₩1,200,000",
    "회의는 10:30에 시작, 종료 14:05:33",
    "버전 1.2.3 배포, v2.10.4, Python 3.11.4",
    "Invoice INV-2024-00123 is due",
    # Thirteen digits, but month 34 / day 45: not a registration number.
    "일련번호 1234567890123, 9913451234567",
    "고객 정보를 확인하세요. 환자 상태가 좋습니다. 선생님께 문의하세요.",
    "당뇨 환자 관리 지침, 고혈압 환자 12명, 이번 고객님 응대, 우수 고객님께 선물",
    "서울시 기준으로 25개 구",
    "담당자 변경 안내, 보호자 동의서, 소중한 고객님, 신규 고객 유치",
    "안녕하세요 고객님, 환자분께서는 식사 후 30분 뒤에 약을 복용하세요.",
    "검사 결과 정상 (혈압 118/76 mmHg, 맥박 72회/분), 3분기 매출 1조 2,345억 원",
    "고객센터 운영시간은 평일 09:00-18:00, 정기 점검 매월 첫째 주 02:00~04:00",
    "Log in to the Patient Portal. Customer Service Center hours.",
    "ISBN 978-89-1234-567-8",
    "Tracking number 1Z2542595611898503",
    "제2024-123호 공문, 3층 회의실, KTX 101편",
    "SSN 078-05-1120",  # the famous never-valid wallet-card number
    "sku 4111111111111112 (fails Luhn)",
    "사업자등록번호 123-45-67890",  # wrong check digit
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_benign_lookalikes_are_not_flagged(text: str) -> None:
    assert scan(text) == []


def test_checksum_sets_validated() -> None:
    valid = scan("주민번호 900101-1234568")[0]
    structural = scan("주민번호 900101-1234567")[0]
    assert valid.validated and valid.confidence == 1.0
    assert not structural.validated and structural.type == "kr_rrn"


def test_future_birth_date_is_not_a_registration_number() -> None:
    assert scan("8801234567890") == []  # EAN-13 barcode: decodes to 2088


def test_account_label_names_only_the_next_number() -> None:
    found = _found("계좌번호 110-123-456789 로 입금, 일련번호 4517399293203")
    assert found == [("bank_account", "110-123-456789")]


def test_findings_are_sorted_and_disjoint() -> None:
    text = (
        "김민수 고객님 주민번호 900101-1234568, 연락처 010-1234-5678, "
        "이메일 minsu@example.com, 주소 서울특별시 가상구 예시로 12"
    )
    findings = scan(text)
    assert [f.type for f in findings] == ["person_name", "kr_rrn", "phone", "email", "address"]
    for a, b in itertools.pairwise(findings):
        assert a.end <= b.start
    for f in findings:
        assert isinstance(f, Finding)
        assert text[f.start : f.end] == f.text


def test_two_addresses_on_neighbouring_lines_are_both_found() -> None:
    # The second address's search window used to start inside the first and find it again.
    text = "배송지: OO시 OO구 OO로 12길 5\n배송지: OO시 OO구 OO로 47길 30\n끝"
    found = [text[f.start : f.end] for f in scan(text) if f.type == "address"]
    assert found == ["OO시 OO구 OO로 12길 5", "OO시 OO구 OO로 47길 30"]
