"""Random but valid personal-data values for the generated test corpus.

Every value is made from scratch by a seeded ``random.Random`` (no real
person's data): registration numbers get correct checksums (checked against
python-stdnum), cards pass Luhn, SSNs avoid never-issued ranges. Numeric values
come back as digit groups so the corpus can re-join them with other separators.
"""

from __future__ import annotations

import datetime as _dt
import random

from stdnum import luhn
from stdnum.kr import rrn as stdnum_rrn

from core.privacy.validators import (
    brn_check_digit,
    frn_check_digit,
    rrn_check_digit,
    ssn_ok,
)

Groups = list[str]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _birth(rng: random.Random, lo: _dt.date, hi: _dt.date) -> _dt.date:
    return lo + _dt.timedelta(days=rng.randrange((hi - lo).days))


def rrn(rng: random.Random, *, post_2020: bool = False) -> Groups:
    """A resident registration number; ``post_2020`` gives a random, checksum-free tail."""
    today = _dt.date.today()
    born = _birth(rng, _dt.date(1940, 1, 1), today - _dt.timedelta(days=1))
    male = rng.random() < 0.5
    gender = ("1" if male else "2") if born.year < 2000 else ("3" if male else "4")
    front = born.strftime("%y%m%d")
    if post_2020:
        return [front, gender + _digits(rng, 6)]
    while True:
        first12 = front + gender + _digits(rng, 5)
        number = first12 + rrn_check_digit(first12)
        # Our generator must agree with python-stdnum's own validator.
        if stdnum_rrn.is_valid(number):
            return [front, number[6:]]


def frn(rng: random.Random) -> Groups:
    """A foreigner registration number (gender digit 5-8) with a valid check digit."""
    born = _birth(rng, _dt.date(1950, 1, 1), _dt.date(2015, 12, 31))
    male = rng.random() < 0.5
    gender = ("5" if male else "6") if born.year < 2000 else ("7" if male else "8")
    first12 = born.strftime("%y%m%d") + gender + _digits(rng, 5)
    number = first12 + frn_check_digit(first12)
    return [number[:6], number[6:]]


def brn(rng: random.Random) -> Groups:
    """A business registration number (사업자등록번호) with a valid check digit."""
    first9 = (
        str(rng.randint(101, 899)) + f"{rng.randint(1, 99):02d}" + f"{rng.randint(1, 9999):04d}"
    )
    number = first9 + brn_check_digit(first9)
    return [number[:3], number[3:5], number[5:]]


def card(rng: random.Random) -> Groups:
    """A payment card number passing Luhn (Visa, Mastercard, Korean domestic, Amex)."""
    kind = rng.choice(["visa", "mc", "kr", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
        number = body + luhn.calc_check_digit(body)
        return [number[:4], number[4:10], number[10:]]
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "kr": rng.choice(["9410", "9490"])}[kind]
    body = prefix + _digits(rng, 15 - len(prefix))
    number = body + luhn.calc_check_digit(body)
    return [number[i : i + 4] for i in range(0, 16, 4)]


def kr_phone(rng: random.Random) -> Groups:
    """A Korean mobile or landline number."""
    kind = rng.random()
    if kind < 0.6:
        return [rng.choice(["010", "010", "010", "011", "016"]), _digits(rng, 4), _digits(rng, 4)]
    if kind < 0.8:
        return ["02", str(rng.randint(200, 9999)), _digits(rng, 4)]
    area = rng.choice(["031", "032", "051", "053", "062", "064", "070"])
    return [area, str(rng.randint(200, 999)), _digits(rng, 4)]


def us_phone(rng: random.Random) -> Groups:
    """A North American number (fictional 555 exchange)."""
    return [str(rng.randint(201, 989)), "555", f"{rng.randint(100, 9999):04d}"]


def driver_license(rng: random.Random) -> Groups:
    """A Korean driver licence number in the region-code format."""
    return [str(rng.randint(11, 28)), _digits(rng, 2), _digits(rng, 6), _digits(rng, 2)]


def passport(rng: random.Random) -> str:
    """A Korean passport number, old (M12345678) or 2021 (M123A4567) style."""
    letter = rng.choice("MMMSRGD")
    if rng.random() < 0.7:
        return letter + _digits(rng, 8)
    return letter + _digits(rng, 3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _digits(rng, 4)


def bank_account(rng: random.Random) -> Groups:
    """A bank account number in one of the common Korean bank layouts."""
    layout = rng.choice([(3, 2, 6), (3, 3, 6), (6, 2, 6), (4, 3, 6), (3, 4, 4, 2), (3, 6, 5)])
    return [
        _digits(rng, n) if i else str(rng.randint(1, 9)) + _digits(rng, n - 1)
        for i, n in enumerate(layout)
    ]


def us_ssn(rng: random.Random) -> Groups:
    """An SSN outside the never-issued ranges."""
    while True:
        groups = [
            f"{rng.randint(1, 899):03d}",
            f"{rng.randint(1, 99):02d}",
            f"{rng.randint(1, 9999):04d}",
        ]
        if ssn_ok("".join(groups)):
            return groups


def mrn(rng: random.Random) -> str:
    """A medical record number (6-10 digits)."""
    return _digits(rng, rng.randint(6, 10)).lstrip("0").rjust(6, "1")


_LOCAL = ["minsu.kim", "jiyoung", "hong.gildong", "j.smith", "alice", "bob_lee", "sjpark", "kim88"]
_DOMAINS = ["example.com", "example.co.kr", "mail.example.org", "test.kr", "company.example"]


def email(rng: random.Random) -> str:
    """An e-mail address on a reserved example domain."""
    return f"{rng.choice(_LOCAL)}{rng.randint(1, 999)}@{rng.choice(_DOMAINS)}"


_SIDO = [
    "서울특별시",
    "부산광역시",
    "인천광역시",
    "대구광역시",
    "경기도",
    "강원특별자치도",
    "제주특별자치도",
]
_SIGUNGU = [
    "가상구",
    "강남구",
    "마포구",
    "해운대구",
    "수원시 영통구",
    "성남시 분당구",
    "중구",
    "서초구",
]
_ROADS = [
    "예시로",
    "테헤란로",
    "세종대로",
    "올림픽로",
    "중앙로",
    "판교역로",
    "월드컵북로",
    "가상대로",
]
_DONGS = ["역삼동", "서교동", "우동", "정자동", "예시동"]


def kr_address(rng: random.Random) -> str:
    """A fictional Korean road-name or lot address."""
    form = rng.random()
    if form < 0.45:
        addr = (
            f"{rng.choice(_SIDO)} {rng.choice(_SIGUNGU)} {rng.choice(_ROADS)} {rng.randint(1, 999)}"
        )
    elif form < 0.65:
        road = f"{rng.choice(_ROADS)}{rng.randint(1, 99)}길"
        addr = f"{rng.choice(_SIGUNGU)} {road} {rng.randint(1, 99)}"
    elif form < 0.8:
        addr = f"OO시 OO구 OO로 {rng.randint(1, 99)}길 {rng.randint(1, 99)}"
    else:
        lot = f"{rng.randint(1, 999)}-{rng.randint(1, 99)}"
        addr = f"{rng.choice(_SIDO)} {rng.choice(_SIGUNGU)} {rng.choice(_DONGS)} {lot}"
    if rng.random() < 0.3:
        addr += f" {rng.randint(101, 120)}동 {rng.randint(101, 1504)}호"
    return addr


_STREETS = ["Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset"]
_SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Lane", "Drive", "Way"]
_CITIES = [("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Madison", "WI")]


def en_address(rng: random.Random) -> str:
    """A fictional US street address."""
    addr = f"{rng.randint(1, 9999)} {rng.choice(_STREETS)} {rng.choice(_SUFFIXES)}"
    if rng.random() < 0.5:
        city, state = rng.choice(_CITIES)
        addr += f", {city}, {state} {rng.randint(10000, 99999)}"
    return addr


_KR_SURNAMES = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하"
# Popular given names across generations (birth statistics), not generated
# from the detector's own syllable tables.
_KR_GIVEN: tuple[str, ...] = (
    "민준",
    "서연",
    "지훈",
    "하은",
    "도윤",
    "서준",
    "지우",
    "예은",
    "현우",
    "수빈",
    "영수",
    "영희",
    "철수",
    "미경",
    "정숙",
    "순자",
    "길동",
    "동현",
    "은지",
    "혜진",
    "지민",
    "유진",
    "승민",
    "수진",
    "민지",
    "성민",
    "재현",
    "지현",
    "준호",
    "민서",
    "서윤",
    "하준",
    "시우",
    "지아",
    "예준",
    "주원",
    "채원",
    "지호",
    "건우",
    "수아",
    "다은",
    "태현",
    "민재",
    "윤서",
    "가은",
    "상철",
    "경숙",
    "영호",
    "미숙",
    "성호",
    "은영",
    "재민",
    "혜원",
    "준영",
    "소연",
    "정훈",
    "연우",
    "하윤",
    "서진",
    "민호",
    "지유",
    "태윤",
    "은서",
    "한결",
)
_EN_FIRST = [
    "John",
    "Jane",
    "Michael",
    "Emily",
    "David",
    "Sarah",
    "James",
    "Linda",
    "Robert",
    "Maria",
]
_EN_LAST = [
    "Smith",
    "Doe",
    "Johnson",
    "Brown",
    "Garcia",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Taylor",
]


def kr_name(rng: random.Random, *, masked: bool = False) -> str:
    """A Korean full name, or surname plus "OO"/"○○" when ``masked``."""
    surname = rng.choice(_KR_SURNAMES)
    if masked:
        return surname + rng.choice(["OO", "○○", "**"])
    return surname + rng.choice(_KR_GIVEN)


def en_name(rng: random.Random) -> str:
    """An English first and last name."""
    return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"


def en_surname(rng: random.Random) -> str:
    """An English surname (for "Mr. Smith")."""
    return rng.choice(_EN_LAST)
