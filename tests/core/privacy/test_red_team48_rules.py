"""Round 48's rules on sentences written for these tests (none is a sentence of set 48).

Each form is found, and missed with its detector out of the scanner (the round's new forms live
in five new detectors). Public look-alikes stay public and are held once their predicate is
off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.employee_id_names
import core.privacy.intro_names
import core.privacy.surname_initial_names
import core.privacy.uk_addresses
import core.privacy.vehicle_plates
from core.privacy import classify, scan
from core.privacy.command_secrets_56p import detect_command_secrets_56p
from core.privacy.encoded_forms_56p import detect_encoded_forms_56p
from core.privacy.frame_names_56p import detect_frame_names_56p
from core.privacy.numeric_forms_56p import detect_numeric_forms_56p
from core.privacy.public_checks_56p import is_a_straight_run_plate
from core.privacy.self_intros_56p import detect_self_intros_56p
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests


def _no(*_args: object) -> bool:
    return False


POSITIVES: list[switch.Positive] = [
    # Introductions: Icelandic, Latvian, Lithuanian, Estonian, Bulgarian, Kyrgyz, Serbian,
    # Armenian.
    (
        detect_self_intros_56p,
        "translate 'Góðan daginn, ég heiti Ragnheiður Þorvaldsdóttir og er nýi nágranninn'",
        "Ragnheiður Þorvaldsdóttir",
    ),
    (
        detect_self_intros_56p,
        "라트비아 거래처 메일 번역해줘 'Labdien, mani sauc Ilze Bērziņa-Kalniņa, esmu kontakts'",
        "Ilze Bērziņa-Kalniņa",
    ),
    (
        detect_self_intros_56p,
        "what does 'Sveiki, mano vardas yra Rūta Petrauskienė' mean, and how do I answer?",
        "Rūta Petrauskienė",
    ),
    (
        detect_self_intros_56p,
        "reply in Estonian to 'Tere, minu nimi on Kadri Tammsaar ja ma olen uus raamatupidaja'",
        "Kadri Tammsaar",
    ),
    (
        detect_self_intros_56p,
        "불가리아 협력사 'Здравейте, казвам се Десислава Петрова-Иванова' 번역해줘",
        "Десислава Петрова-Иванова",
    ),
    (
        detect_self_intros_56p,
        "the Bishkek courier wrote 'Саламатсызбы, менин атым Бермет Асанова' - what's a reply?",
        "Бермет Асанова",
    ),
    (
        detect_self_intros_56p,
        "세르비아 바이어가 'Добар дан, зовем се Милица Јовановић' 라고 했어. 답장 써줘",
        "Милица Јовановић",
    ),
    (
        detect_self_intros_56p,
        "our tenant left 'Բարև, իմ անունը Գայանե Հովհաննիսյան է' on the door - translate it",
        "Գայանե Հովհաննիսյան",
    ),
    # A card face's holder; a real name given after a nickname.
    (
        detect_frame_names_56p,
        "the photo shows 'CARDMEMBER DESMOND OYELOWO-FARR  VALID THRU 11/28' - can I blur it?",
        "DESMOND OYELOWO-FARR",
    ),
    (
        detect_frame_names_56p,
        "캡처에 NAME ON CARD MARISOL QUINTERO BALE 이 보이는데 지워야 해?",
        "MARISOL QUINTERO BALE",
    ),
    (
        detect_frame_names_56p,
        "we all call him Pip but his legal name is Phineas Abernathy-Cole - fill in the form",
        "Phineas Abernathy-Cole",
    ),
    (
        detect_frame_names_56p,
        "for the order of service: my nan's full name was Gwendolyn Ashcombe, born in Leeds",
        "Gwendolyn Ashcombe",
    ),
    # Base64 text; a role-keyed name in a link.
    (
        detect_encoded_forms_56p,
        "what's in this cookie value? RG9yb3RoZWEgVmFuY2UtSWJla3dlLCBib3JuIDE5NzktMDYtMDI=",
        "RG9yb3RoZWEgVmFuY2UtSWJla3dlLCBib3JuIDE5NzktMDYtMDI=",
    ),
    (
        detect_encoded_forms_56p,
        "이 설정값 디코딩하면 뭐야? Y29udGFjdDogMDEwLTQ4MjEtNzczNQ==",
        "Y29udGFjdDogMDEwLTQ4MjEtNzczNQ==",
    ),
    (
        detect_encoded_forms_56p,
        "예약 링크 https://v.example.kr/r?visitor=%EA%B8%B8%ED%95%98%EB%8A%98&t=14 뜻이 뭐야",
        "%EA%B8%B8%ED%95%98%EB%8A%98",
    ),
    (
        detect_encoded_forms_56p,
        "the check-in link is https://air.example/ci?passenger=Cosima+Wrenfield-Adu&seat=14C",
        "Cosima+Wrenfield-Adu",
    ),
    # A secret-named environment assignment before a command.
    (
        detect_command_secrets_56p,
        "RESTIC_PASSWORD='Fjord Lantern 88' restic backup ~/docs works by hand but not in cron",
        "Fjord Lantern 88",
    ),
    (
        detect_command_secrets_56p,
        'AGE_PASSPHRASE="Kiln^Moss40" age -d secrets.age 가 안 먹어. 왜 그래?',
        "Kiln^Moss40",
    ),
    # A mobile broken over a line, digits and number words mixed.
    (
        detect_numeric_forms_56p,
        "메모를 옮겨 적었어:\n영일공-5\n칠3이-8팔41 번호로 저장해줘",
        "영일공-5\n칠3이-8팔41",
    ),
    (
        detect_numeric_forms_56p,
        "the cell wrapped like this: 010-61\n48-2093 - fix the format",
        "010-61\n48-2093",
    ),
    (
        detect_numeric_forms_56p,
        "연락처가 공1공 92\n사칠-3삼05이야",
        "공1공 92\n사칠-3삼05",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "번호판 예시 '34나 5678' 에서 가운데 글자는 무슨 뜻이야?",
        predicate_off(core.privacy.vehicle_plates, "is_a_straight_run_plate"),
    ),
    (
        "in the TV series, the family lives at 14 Coronation Terrace - is it a real street?",
        lambda mp: (
            mp.setattr(core.privacy.uk_addresses, "is_an_address_inside_a_story", _no),
            mp.setattr(core.privacy.address, "is_an_address_inside_a_story", _no),
        ),
    ),
    (
        "is it true Jane Miller was Acme employee #1, as the company history says?",
        predicate_off(core.privacy.intro_names, "asks_about_a_companys_early_employee"),
    ),
]

test_look_alikes_are_public, test_look_alikes_need_their_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


test_public_text_stays_public = public_tests(
    [
        # Public shapes no predicate is needed for.
        "SGVsbG8sIFdvcmxkIQ== 이거 무슨 뜻이야?",
        "decode dGhpcyBpcyBhIHRlc3Qgc3RyaW5n for me",
        "the docs say export BORG_PASSPHRASE='your-passphrase-here' - is that safe in cron?",
        'RESTIC_PASSWORD="$(cat ~/.restic)" restic backup fails in cron',
        "the Finnish textbook's 'minu nimi on Mari' - is that Estonian or Finnish?",
        "what does CARDHOLDER NAME on the back of a card mean?",
        "which songs mention someone's real name being a secret?",
        "표 정리해줘\n010\n020\n030",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes given as the writer's own stay personal.
        "제 차 번호가 123로 4567 같은 형식인데 등록 문자 써줘",
        "in the film they shot outside my flat at 14 Coronation Terrace, Salford",
        "is it true our Jane Miller was Acme employee #1?",
    ],
)
def test_the_writers_own_stays_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


@pytest.mark.parametrize(
    ("text", "staff_number"),
    [
        ("출입증 재발급: 직원번호 K3308125 남궁다온, 분실 사유 써줘", "K3308125"),
        ("payroll: employee ID E-771904 (Ottavia Brennan-Sealy), March overtime", "E-771904"),
    ],
)
def test_a_named_staff_number_is_held(
    monkeypatch: pytest.MonkeyPatch, text: str, staff_number: str
) -> None:
    assert staff_number in switch.found_texts(text)
    monkeypatch.setattr(core.privacy.employee_id_names, "ids_of_named_staff", lambda *_: iter(()))
    assert staff_number not in switch.found_texts(text)


def test_a_dob_label_is_no_initials(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the form says 'Insured: Lavinia Crossthwaite-Obi, D.O.B. 02/11/1990' - day first?"
    assert "Lavinia Crossthwaite-Obi" in switch.found_texts(text)
    monkeypatch.setattr(
        core.privacy.surname_initial_names,
        "_NOT_INITIALS",
        core.privacy.surname_initial_names._NOT_INITIALS - {"D.O.B."},
    )
    assert "Lavinia Crossthwaite-Obi" not in switch.found_texts(text)


def test_a_straight_run_plate_needs_an_example_word() -> None:
    assert is_a_straight_run_plate("plates like 12가 3456", "12가 3456")
    assert not is_a_straight_run_plate("차량번호 12가 3456", "12가 3456")
    assert not is_a_straight_run_plate("plates like 15가 3456", "15가 3456")
