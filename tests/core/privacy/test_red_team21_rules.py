"""redteam21's detectors, each on inputs of our own (positives and negatives).

Every positive here fails with its rule taken out of the scanner's lists (checked with
``_without``); the negatives pin the words each rule must leave alone.
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan, scanner
from core.privacy.birth_suffix_ko import detect_birth_suffix_ko
from core.privacy.delivery_units import detect_delivery_unit
from core.privacy.group_member_names import detect_group_member_names
from core.privacy.korean_name_cues import detect_korean_name_cues
from core.privacy.lowercase_names_en import detect_lowercase_names_en
from core.privacy.romanised_korean_names import detect_romanised_korean_names
from core.privacy.spoken_phone_en import detect_spoken_phone_en
from core.privacy.ssn_parts import detect_ssn_parts
from core.privacy.webmail_handles import detect_webmail_handle
from tests.core.privacy.scanner_switch import Positive, form_tests, found_texts

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_spoken_phone_en,
        "text me on oh seven seven one two, triple three, four oh nine",
        "oh seven seven one two, triple three, four oh nine",
    ),
    (
        detect_spoken_phone_en,
        "it's two one two, double five, oh one eight six",
        "two one two, double five, oh one eight six",
    ),
    (detect_delivery_unit, "2204호 현관 앞에 놔 주세요", "2204호"),
    (detect_delivery_unit, "배송지 1105호로 바꿔 주세요", "1105호"),
    (detect_korean_name_cues, "신랑 서민준 군에게 축하 카드를 보내요", "서민준"),
    (detect_korean_name_cues, "졸업하는 오수아 양과 사진 찍었어요", "오수아"),
    (detect_korean_name_cues, "엄마가 '조은서가 내일 온대'라고 하셨어요", "조은서"),
    (detect_korean_name_cues, "예약하신 분 성은 남궁이에요", "남궁"),
    (detect_korean_name_cues, "이름은 다온이고요", "다온"),
    (detect_romanised_korean_names, "please forward the form to Jiwoo Han today", "Jiwoo Han"),
    (detect_romanised_korean_names, "Yoon Da-eun's leave request is still open", "Yoon Da-eun"),
    (detect_lowercase_names_en, "a card for our neighbour mary parker please", "mary parker"),
    (detect_group_member_names, "Orla Kinsella from my choir lent me her music", "Orla Kinsella"),
    (detect_ssn_parts, "my SSN ends in 3391", "3391"),
    (detect_ssn_parts, "my social starts 512-73, the rest later", "512-73"),
    (detect_birth_suffix_ko, "저는 1988.4.17생이에요", "1988.4.17생"),
    (detect_birth_suffix_ko, "2019년 5월 3일 출생한 아이", "2019년 5월 3일 출생"),
    (detect_webmail_handle, "mail me: kit.fox at proton, thanks", "kit.fox at proton"),
    (detect_webmail_handle, "my email is jdoe at gmail", "jdoe at gmail"),
]


test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


def test_the_end_of_an_ssn_in_the_next_turn_is_found_with_the_last_turns_label() -> None:
    found = scanner.scan_with_context("and it ends 2281. thanks", "my social starts 512-73")
    assert [f.text for f in found] == ["2281"]


@pytest.mark.parametrize(
    "text",
    [
        # Spoken numbers that are no phone.
        "room one oh one is on the left",
        "I rolled double five twice",
        "oh, one more thing: two or three of them",
        # Rooms, not a door a parcel is left at.
        "302호 진료실로 오세요",
        "302호 앞에서 기다리세요",
        "회의는 1201호에서 해요",
        # 군/양, quotes and name halves that are words.
        "주한미군이 철수했다",
        "이번 양이 많다",
        '"신제품이 나왔다"고 들었어요',
        "효과성은 좋아요",
        "파일 이름은 보고서예요",
        "이름은 비밀이에요",
        # A film director, a hotel; a lower-case phrase; a company with our supplier list.
        "which Park Chan-wook film should I watch first?",
        "send it to Park Hotel reception",
        "my son said he was tired",
        "my friend will wood the fence",
        "Siemens from our supplier list",
        "Monday Morning at my gym",
        # "social" that is no number, times.
        "our social starts at 730pm",
        "the social club starts 730 and ends 930",
        # A year of birth alone, a birthday party, a production date.
        "92년생이에요",
        "10월 3일 생일 파티",
        "2024년 3월 1일 생산분",
        # An employer, a web address.
        "I work at yahoo",
        "see you at gmail HQ",
    ],
)
def test_words_the_rules_leave_alone(text: str) -> None:
    assert scan(text) == [], scan(text)


# --- Toll-free numbers: an organisation's, never a person's ---------------------------------
TOLL_FREE = [
    "the bank's helpline is 1-888-204-7731, what do I say to freeze a card?",
    "call (877) 555 0142 to book the repair",
    "if the card is stolen call (800) 642-7676 at once",
]


@pytest.mark.parametrize("text", TOLL_FREE)
def test_a_toll_free_number_is_no_personal_data(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize("text", TOLL_FREE)
def test_toll_free_numbers_need_the_rule(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    from core.privacy import main_lines

    monkeypatch.setattr(main_lines, "toll_free_number", lambda _value: False)
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    ["my cell is 503-882-0019", "call me on 212-555-0187 tonight", "010-4417-2096로 연락 주세요"],
)
def test_a_personal_number_stays_personal(text: str) -> None:
    assert classify(text) == "local_only"


def test_the_wire_screen_lets_a_toll_free_line_through(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.privacy import wire_screen

    text = TOLL_FREE[0]
    assert wire_screen.screen_outgoing(text) == []
    monkeypatch.setattr(wire_screen, "toll_free_number", lambda _value: False)
    assert [f.kind for f in wire_screen.screen_outgoing(text)] == ["digits"]


# --- A British driving licence written 5-6-3-2 (the check letters apart) ------------------------
def test_a_british_licence_with_its_check_letters_apart_is_found() -> None:
    assert found_texts("my licence is DAVIS 612053 JK4 PQ") == ["DAVIS 612053 JK4 PQ"]


def test_a_stock_code_of_that_shape_is_not() -> None:
    assert scan("SKU: PRODU 501234 XY9 AB") == []
