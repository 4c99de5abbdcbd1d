"""redteam35's detectors, widenings and predicates, each on inputs of our own (not the blind
set's sentences).

Every positive fails with its rule taken out of the scanner's lists (or, for a widened rule,
with its new pattern switched off); the negatives pin what each rule must leave alone, and each
public-text test fails with its predicate switched off.
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.chat_slang_names_ko
import core.privacy.home_network_ids
import core.privacy.names
import core.privacy.passport_caps_names
import core.privacy.public_name_questions
import core.privacy.vehicle_vins
import core.privacy.wire_screen
from core.privacy import classify, scan
from core.privacy.device_imei_numbers import detect_device_imei_numbers
from core.privacy.git_blame_authors import detect_git_blame_authors
from core.privacy.masked_registration_fronts import detect_masked_registration_fronts
from core.privacy.name_birth_digits_ko import detect_name_birth_digits_ko
from core.privacy.piped_stdin_passwords import detect_piped_stdin_passwords
from core.privacy.quoted_person_values_en import detect_quoted_person_values_en
from core.privacy.romanised_names_titled_ko import detect_romanised_names_titled_ko
from core.privacy.symbol_split_names_ko import detect_symbol_split_names_ko
from core.privacy.wedding_card_names_ko import detect_wedding_card_names_ko
from tests.core.privacy.scanner_switch import (
    LookAlike,
    Positive,
    form_tests,
    look_alike_tests,
    predicate_off,
    public_tests,
    widening_tests,
)
from tests.tools.rule_switch import NEVER

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_wedding_card_names_ko, "청첩장 초안이야: 신랑 모도현 · 신부 함소라 양", "함소라"),
    (detect_wedding_card_names_ko, "결혼식 혼주 석광호 · 이영애 의 차남 석준서", "석광호"),
    (detect_wedding_card_names_ko, "결혼식 혼주 석광호 · 이영애 의 차남 석준서", "석준서"),
    (
        detect_symbol_split_names_ko,
        "이름 노출 싫어서 점 찍었어: 반.하.윤 씨 서류 접수 완료",
        "반.하.윤",
    ),
    (detect_symbol_split_names_ko, "엄_지_호 님 앞으로 택배 왔어요", "엄_지_호"),
    (detect_romanised_names_titled_ko, "Choi Yunseo 선배한테 발표자료 받았어", "Choi Yunseo"),
    (detect_romanised_names_titled_ko, "회의에 Ha-eun Jang 님도 초대해줘", "Ha-eun Jang"),
    (
        detect_quoted_person_values_en,
        'ERROR import failed for patient "Ottoline Marchbanks" (row 14)',
        "Ottoline Marchbanks",
    ),
    (
        detect_quoted_person_values_en,
        "AssertionError: expected member='Bartholomew Nkemelu-Fairweather'",
        "Bartholomew Nkemelu-Fairweather",
    ),
    (
        detect_piped_stdin_passwords,
        'my deploy script does echo "Lantern#Moss44" | sudo -S apt-get upgrade -y, safe?',
        "Lantern#Moss44",
    ),
    (detect_piped_stdin_passwords, "printf 'ops-bot:Vela!Crest9' | chpasswd", "Vela!Crest9"),
    (
        detect_device_imei_numbers,
        "중고폰 팔 때 IMEI 49-015420-323751-8 알려줘도 돼?",
        "49-015420-323751-8",
    ),
    (
        detect_masked_registration_fronts,
        "회원정보 캡처: 주민번호 910707-1●●●●●● 맞게 가려졌어?",
        "910707-1",
    ),
    (detect_name_birth_digits_ko, "동호회 가입자: 남궁현우 890925 / 채서윤 920101", "남궁현우"),
    (detect_name_birth_digits_ko, "동호회 가입자: 남궁현우 890925 / 채서윤 920101", "920101"),
    (
        detect_git_blame_authors,
        "a1b2c3d4 src/app.py (Wilhelmina Osei-Brandt 2025-06-30 09:12:44 +0000 17) return",
        "Wilhelmina Osei-Brandt",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


# Widened rules: (text, the part, the new pattern switched off).
_WIDENED = [
    (
        "the dealer wants the VIN from my registration card: WVWZZZ1KZ8W123456, right?",
        "WVWZZZ1KZ8W123456",
        lambda mp: mp.setattr(core.privacy.vehicle_vins, "_NEAR_LABEL_RE", NEVER),
    ),
    (
        "can I see my son's tablet in the router list? their MAC is A4:83:E7:12:9C:5B",
        "A4:83:E7:12:9C:5B",
        lambda mp: mp.setattr(core.privacy.home_network_ids, "_OWN_DEVICE_BEFORE_RE", NEVER),
    ),
    (
        "please forward this to Mrs. Wiśniewska-Ortiz before noon",
        "Wiśniewska-Ortiz",
        lambda mp: mp.setattr(core.privacy.names, "_word_end", lambda _text, end: end),
    ),
    (
        "e-ticket says JI WOO HWANG but my passport has it joined, will the airline mind?",
        "JI WOO HWANG",
        lambda mp: mp.setattr(core.privacy.passport_caps_names, "_SPACED_NAME_RE", NEVER),
    ),
]


test_widened_forms_are_found_only_with_their_widening = widening_tests(_WIDENED)


test_public_text_stays_public = public_tests(
    [
        # Grades, days and scales with symbols between single syllables.
        "상-중-하 중에 난이도 골라줘",
        "금-토-일 영업합니다",
        "가-나-다 순으로 정렬해줘",
        # 신랑 as a husband in everyday talk; the wedding's order without names.
        "신랑 이번주 출장 가서 혼자 밥 먹어",
        "결혼 준비 중인데 신랑 신부 입장 순서 알려줘",
        # A romanised public figure with a job title, not a personal one.
        "Bong Joon-ho 감독 신작 언제 나와?",
        # A quoted field name, a one-word account, a firm.
        "KeyError: 'user'",
        "user 'Admin' not found",
        "customer 'Acme Holdings Ltd' has no VAT id",
        # A variable piped to sudo; a pipe to grep.
        "echo $SUDO_PASSWORD | sudo -S ls",
        "echo 'hello world' | grep hello",
        # IMEI asked about; fifteen digits that fail Luhn.
        "IMEI가 뭐야? 15자리 숫자라던데",
        "IMEI 123456789012345",
        # A stock code after a firm's name; a masked example with no digits shown.
        "삼성전자 005930 주가 알려줘",
        "주민번호 마스킹 예시: ******-*******",
        # How to run git blame; two short capital words before a surname-like word.
        "git blame -L 10,20 app.py 어떻게 써?",
        "GO ON PARK ROAD TO THE EXIT",
    ]
)


def _no(*_args: object) -> bool:
    return False


_PUBLIC: list[LookAlike] = [
    (
        "故 김광석 님 노래 중에 입문곡 추천해줘",
        predicate_off(core.privacy.names, "asks_about_a_late_public_figure_ko"),
    ),
    (
        "is Dr. Rochelle Walensky still director of the CDC?",
        predicate_off(core.privacy.names, "asks_about_a_public_office_holder"),
    ),
    (
        "코엑스 주소 서울 강남구 영동대로 513 맞아? 주차 되나",
        predicate_off(core.privacy.address, "is_korean_landmark_address"),
    ),
    (
        "Ada Lovelace was born in 1815 - how old was she when she met Babbage?",
        lambda mp: mp.setattr(core.privacy.public_name_questions, "_BORN_STATED", NEVER),
    ),
    (
        "ㅋㅋ 임영웅 콘서트 티켓팅 또 실패함ㅠㅠ",
        predicate_off(core.privacy.chat_slang_names_ko, "names_a_performers_work_ko"),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = look_alike_tests(_PUBLIC)


def _screened(text: str) -> list[str]:
    return [f.kind for f in core.privacy.wire_screen.screen_outgoing(text)]


def test_a_named_corporations_number_passes_the_wire_screen_only_by_its_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LG전자's number as its invoices print it; a sole trader's (middle code 12) and a bare
    # labelled one stay blocked.
    text = "세금계산서 공급자 LG전자 사업자등록번호 107-86-14075 맞아?"
    assert _screened(text) == []
    assert "digits" in _screened("하늘꽃집 역삼점 사업자번호 214-12-34567")
    assert "digits" in _screened("사업자번호 107-86-14075")
    monkeypatch.setattr(core.privacy.wire_screen, "wire_run_is_a_named_corporations_number", _no)
    assert "digits" in _screened(text)


@pytest.mark.parametrize(
    "text",
    [
        # A family's late grandfather; a private birth with the writer.
        "故 석만규 님 기일 언제였지? 우리 할아버지 좋아하시던 노래도 추천해줘",
        "my aunt Rose Tilly was born on 3 March 1950 - how old is she now?",
        # A ward's head is no public office; the writer's own address at a landmark's road.
        "is Dr. Mara Quint director of ICU now?",
        "우리 집 주소 서울 강남구 영동대로 513 으로 택배 보내줘",
        # A friend's name in chat, and a friend at a concert.
        "ㅋㅋ 내 친구 도하윤 콘서트 같이 가재",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
