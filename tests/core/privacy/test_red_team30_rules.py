"""redteam30's detectors, each on inputs of our own (not the blind set's sentences).

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone, and the placeholder and birth-question tests fail
with their predicate switched off.
"""

from __future__ import annotations

import pytest

import core.privacy.intro_names
from core.privacy import classify, scan
from core.privacy.birth_date_owners import detect_birth_date_owners
from core.privacy.config_password_fields import detect_config_password_fields
from core.privacy.continental_plates import detect_continental_plates
from core.privacy.continental_titled_names import detect_continental_titled_names
from core.privacy.hangul_keyboard_secrets import (
    detect_hangul_keyboard_secrets,
    two_set_syllables,
)
from core.privacy.hangul_spelled_foreign_names import detect_hangul_spelled_foreign_names
from core.privacy.intro_names import detect_introduced_names
from core.privacy.lowercase_korean_intros import detect_lowercase_korean_intros
from core.privacy.military_mail_ko import detect_military_mail_ko
from core.privacy.spelled_syllable_names_ko import detect_spelled_syllable_names_ko
from core.privacy.spreadsheet_formula_names import detect_spreadsheet_formula_names
from core.privacy.sql_person_values import detect_sql_person_values
from core.privacy.uk_landlines import detect_uk_landline
from core.privacy.upi_ids import detect_upi_ids
from core.privacy.us_driver_licences import detect_us_driver_licences
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

_QUERY = (
    "why empty? SELECT id FROM clients WHERE name = 'Odile Farrant' AND birthdate = '1988-02-11'"
)
# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_spelled_syllable_names_ko, "제 성함은 탁, 은, 비 이렇게 써요", "탁, 은, 비"),
    (detect_spelled_syllable_names_ko, "예약자 이름: 왕 / 소 / 연 입니다", "왕 / 소 / 연"),
    (
        detect_hangul_spelled_foreign_names,
        "옆집 그레이엄 톰슨 씨가 택배를 받아줬어",
        "그레이엄 톰슨",
    ),
    (
        detect_hangul_spelled_foreign_names,
        "우리 팀 루시아 가르시아 님한테 전달해줘",
        "루시아 가르시아",
    ),
    (
        detect_sql_person_values,
        _QUERY,
        "Odile Farrant",
    ),
    (
        detect_sql_person_values,
        _QUERY,
        "1988-02-11",
    ),
    (detect_sql_person_values, "UPDATE t SET surname = 'Quillon' WHERE id = 7", "Quillon"),
    (detect_spreadsheet_formula_names, '=XLOOKUP("권도윤", A:A, C:C) 결과가 이상해', "권도윤"),
    (
        detect_spreadsheet_formula_names,
        'why is =COUNTIF(B:B,"Emily Quarrington") zero?',
        "Emily Quarrington",
    ),
    (detect_birth_date_owners, "사촌 남궁하율 생일은 2001.04.09 이야", "남궁하율"),
    (detect_birth_date_owners, "사촌 남궁하율 생일은 2001.04.09 이야", "2001.04.09"),
    (detect_birth_date_owners, "note: Rowan Tilly (d.o.b. 11/07/89) called", "11/07/89"),
    (detect_birth_date_owners, "referral: Hester Quarrie, DOB 14-Mar-62, asthma", "Hester Quarrie"),
    (detect_continental_plates, "my car M-KL 2034E is parked outside", "M-KL 2034E"),
    (detect_continental_plates, "the van, plate AB-321-CK, is sold", "AB-321-CK"),
    (
        detect_continental_titled_names,
        "please thank Frau Dörte Hallmann for the keys",
        "Dörte Hallmann",
    ),
    (detect_continental_titled_names, "ask Señora Ibáñez about the flat", "Ibáñez"),
    (
        detect_hangul_keyboard_secrets,
        "와이파이 비번은 한영키 안 누르고 친 dkssudgktpdy 로 바꿨어",
        "dkssudgktpdy",
    ),
    (detect_hangul_keyboard_secrets, "공유기 비밀번호는 '봄날햇살'로 했어", "봄날햇살"),
    (detect_config_password_fields, "localhost:*:*:postgres:Tern4Hollow!", "Tern4Hollow!"),
    (detect_config_password_fields, "storePassword 'Slate9Finch'", "Slate9Finch"),
    (detect_upi_ids, "send the 300 to my UPI nisha.r92@oksbi tonight", "nisha.r92@oksbi"),
    (detect_us_driver_licences, "my Ohio driver license is RK 482913", "RK 482913"),
    (detect_us_driver_licences, "DL# B2049173 for the rental form", "B2049173"),
    (detect_military_mail_ko, "양구우체국 사서함 402-7호로 보내면 돼", "사서함 402-7호"),
    (detect_military_mail_ko, "상병 권도윤한테 위문편지 쓸래", "권도윤"),
    (detect_uk_landline, "ring my gran's landline 01865 482 117 on Sundays", "01865 482 117"),
    (
        detect_introduced_names,
        "hi all, my names Thea Quillfoot and I run the quiz",
        "Thea Quillfoot",
    ),
    (detect_lowercase_korean_intros, "hiya it's kim dohyun here, got a sec?", "kim dohyun"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # Syllables listed without a name label; a surname with 씨.
        "가, 나, 다 순서로 정렬해줘",
        "이름은 김 씨예요",
        # Famous names in Hangul without a title or a near word.
        "로사 파크스는 왜 유명해?",
        # A product's name, placeholders, wildcards.
        "SELECT * FROM products WHERE name = 'Widget Pro'",
        "SELECT * FROM users WHERE name = ?",
        "SELECT * FROM users WHERE name LIKE '%'",
        # Lookup keys that are no names.
        '=VLOOKUP("서울시",A:B,2,0)',
        '=SUMIF(A:A,"Apples",B:B)',
        '=COUNTIF(A:A,"Total Sales")',
        # A birthday without its year; a form's label with no date.
        "친구 생일이 3월 2일이야",
        "the DOB field takes dd/mm/yy",
        # A code shaped like a plate with no word of cars; a title in lower case.
        "set the charset to ISO-IR 100",
        "a monsieur at the desk helped me",
        # English words on a password line; a rule about a password.
        "the wifi password is on the router",
        # English words that type Hangul syllables, with no word of English-mode typing.
        "비밀번호 재설정이 throttled 되면 apartment 관리실에 문의",
        "비밀번호는 '8자리' 이상으로 해줘",
        # A time, a placeholder password key.
        "the log shows 10:30:45:12:00",
        'keyPassword = "changeme"',
        # A UPI id's format with no listed handle; a licence with no number.
        "a UPI id looks like yourname@bankhandle",
        "how long does a driver's license renewal take in Ohio?",
        # A rank before no name; a P.O. box word with no number.
        "상병 휴가는 며칠이야?",
        # "my names" with no name after it.
        "my names are on the list",
        # A romanised pair with no sign-on close after it; a food.
        "its song yoga class tonight",
        "it's jin ramen, tasty",
        "사서함 주소는 어떻게 써?",
    ]
)


def test_two_set_typing_reads_korean_words_not_english_ones() -> None:
    assert two_set_syllables("dkssudgktpdy") == 5  # 안녕하세요
    for word in ("password", "sunlight", "qwerty", "monkey", "football", "princess"):
        assert two_set_syllables(word) == 0, word


_NO_ONES_NAMES = [
    "why is an unknown patient called Jane Doe on the chart?",
    "when did Whitney Houston die?",
    "was Emma Watson born in Paris?",
    "how old is Hugh Grant?",
]


@pytest.mark.parametrize("text", _NO_ONES_NAMES)
def test_a_placeholder_or_a_figures_birth_question_is_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize("text", _NO_ONES_NAMES)
def test_those_need_the_predicate(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(core.privacy.intro_names, "names_no_one_asked_about", lambda *_args: False)
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        # The writer beside the name, or the name given as someone the writer knows.
        "was my aunt Rose Tilly born in 1950?",
        "John Doe from accounts sent this",
    ],
)
def test_a_known_persons_name_stays_personal(text: str) -> None:
    assert classify(text) == "local_only"


def test_a_korean_licence_after_the_english_label_keeps_its_type() -> None:
    found = {(f.type, f.text) for f in scan("my driver license is 11-23-456789-01")}
    assert found == {("kr_driver_license", "11-23-456789-01")}
