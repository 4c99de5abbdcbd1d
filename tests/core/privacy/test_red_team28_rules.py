"""redteam28's detectors, each on inputs of our own (not the blind set's sentences).

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone, and the public-persona tests fail with their
predicate switched off.
"""

from __future__ import annotations

import pytest

import core.privacy.intro_names
import core.privacy.names
import core.privacy.nickname_bracket_names
from core.privacy import classify, scan, scan_recent_turns
from core.privacy.auth_headers import detect_auth_headers
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.employee_id_names import detect_employee_id_names
from core.privacy.hangul_names_in_english import detect_hangul_names_in_english
from core.privacy.hangul_spelled_foreign_names import detect_hangul_spelled_foreign_names
from core.privacy.holiday_birth_dates import detect_holiday_birth_dates
from core.privacy.lock_combinations import detect_lock_combinations
from core.privacy.mail_id_labels import detect_mail_id_label
from core.privacy.pan_nric_ids import detect_pan_nric_ids, nric_is_valid
from core.privacy.pharmacy_label_names import detect_pharmacy_label_names
from core.privacy.private_key_blocks import detect_private_key_blocks
from core.privacy.record_name_labels_ko import detect_record_name_labels_ko
from core.privacy.recovery_keys import detect_recovery_keys
from core.privacy.secret_parts import detect_secret_parts
from core.privacy.security_card_ko import detect_security_card_ko
from core.privacy.sort_code_accounts import detect_sort_code_accounts
from core.privacy.spoken_apartment_units_ko import detect_spoken_apartment_units_ko
from core.privacy.uk_national_insurance import detect_uk_national_insurance
from core.privacy.webhook_urls import detect_webhook_urls
from core.privacy.what3words_addresses import detect_what3words_addresses
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

_RSA_BODY = "MIIEpAIBAAKCAQEAv7Zq3Lm9Xw2Rt8Np4Kc1Hy6Gd0Fs5Ja2Pe7Ub3Wo9Qi"
_JWT = (
    "eyJhbGciOiJSUzI1NiJ9.eyJ1c2VyIjoiZmlubiIsImlhdCI6MTcwMDAwMDAwMH0"
    ".Xk2LmQ9vR4tZp8Ws1Nc6Hy3Gd0Fj5Ba7"
)

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_private_key_blocks,
        f"does this look right?\n-----BEGIN RSA PRIVATE KEY-----\n{_RSA_BODY}\n"
        "-----END RSA PRIVATE KEY-----",
        _RSA_BODY,
    ),
    (detect_auth_headers, f"the server rejects {_JWT} as expired", _JWT),
    (
        detect_auth_headers,
        "curl -H 'Authorization: Basic Zm9vYmFyOlRlYVBvdDQ1IQ==' https://api.example.org",
        "Zm9vYmFyOlRlYVBvdDQ1IQ==",
    ),
    (
        detect_auth_headers,
        "Authorization: Bearer 7fQ2mZk9Lp4Xw1Rv8Nt3",
        "7fQ2mZk9Lp4Xw1Rv8Nt3",
    ),
    (
        detect_auth_headers,
        "Set-Cookie: PHPSESSID=9q2kd81mz7c4xv0p3hw6; path=/",
        "9q2kd81mz7c4xv0p3hw6",
    ),
    (
        detect_webhook_urls,
        "curl -X POST https://discord.com/api/webhooks/1187341/Qz8kLm2Xv5Nb9Kc1Rz4Tt7Hy3",
        "1187341/Qz8kLm2Xv5Nb9Kc1Rz4Tt7Hy3",
    ),
    (
        detect_webhook_urls,
        "webhook: https://hooks.slack.com/services/T9ZK2L1/B7QX4M0/Wf8Lq2Zk5Vn1Rx7Tb3Yc",
        "T9ZK2L1/B7QX4M0/Wf8Lq2Zk5Vn1Rx7Tb3Yc",
    ),
    (
        detect_recovery_keys,
        "my recovery key: 102455-338811-700274-591866-045123-877201-264530-119944",
        "102455-338811-700274-591866-045123-877201-264530-119944",
    ),
    (
        detect_recovery_keys,
        "seed phrase check: lemon harbor tiger plastic window cousin brave ridge "
        "kettle frost amber dolphin",
        "lemon harbor tiger plastic window cousin brave ridge kettle frost amber dolphin",
    ),
    (
        detect_recovery_keys,
        "시드 구문 순서 맞아? 1.lemon 2.harbor 3.tiger 4.plastic 5.window 6.cousin "
        "7.brave 8.ridge 9.kettle 10.frost 11.amber 12.dolphin",
        "1.lemon 2.harbor 3.tiger 4.plastic 5.window 6.cousin 7.brave 8.ridge 9.kettle "
        "10.frost 11.amber 12.dolphin",
    ),
    (detect_lock_combinations, "my gym locker combination is 19-04-33", "19-04-33"),
    (detect_lock_combinations, "the shed padlock combo: 7 2 9 0", "7 2 9 0"),
    (detect_lock_combinations, "사물함 자물쇠 번호는 4172 야 잊지 마", "4172"),
    (
        detect_security_card_ko,
        "보안카드 뒷면 옮겨둠: 11 4820 / 12 9913 / 13 0571 / 14 6628",
        "11 4820 / 12 9913 / 13 0571 / 14 6628",
    ),
    (detect_secret_parts, "넷플 비밀번호 까먹었는데 앞자리는 hana 였던 거 같아", "hana"),
    (detect_secret_parts, "my laptop password starts with Kestrel and ends with 77", "Kestrel"),
    (
        detect_credential_tokens,
        "stripe.api_base; key rk_test_9Xq2Lm5Nv8Bz1Kc4Rt7W",
        "rk_test_9Xq2Lm5Nv8Bz1Kc4Rt7W",
    ),
    (detect_hangul_names_in_english, "Hi all, I'm 모서진 from the Busan office", "모서진"),
    (detect_hangul_names_in_english, "her Korean name is 탁하윤 if that helps", "탁하윤"),
    (detect_record_name_labels_ko, "검사결과지\n수진자성명: 옥다인\n공복혈당 132", "옥다인"),
    (detect_record_name_labels_ko, "피보험자성명: 편지후 (부)", "편지후"),
    (
        detect_hangul_spelled_foreign_names,
        "원어민 발렌티나 몬테로브룩스 선생님께 카드 써줘",
        "발렌티나 몬테로브룩스",
    ),
    (detect_spoken_apartment_units_ko, "삼백이동 칠백오호로 보내주세요", "삼백이동 칠백오호"),
    (
        detect_what3words_addresses,
        "meet me at our flat, ///spoon.river.candle",
        "///spoon.river.candle",
    ),
    (
        detect_holiday_birth_dates,
        "she was born on Boxing Day 1994 so presents double up",
        "Boxing Day 1994",
    ),
    (
        detect_holiday_birth_dates,
        "a Valentine's Day 2001 baby, would you believe",
        "Valentine's Day 2001",
    ),
    (detect_pan_nric_ids, "PAN no. AFZPK7190K for the form", "AFZPK7190K"),
    (detect_pan_nric_ids, "my NRIC is S1234567D, is that needed?", "S1234567D"),
    (
        detect_pharmacy_label_names,
        "PATIENT: DE LA CRUZ-HOLM, MARISOL\nAMOXICILLIN 500 MG CAP\nTAKE 1 CAP THREE TIMES DAILY",
        "DE LA CRUZ-HOLM, MARISOL",
    ),
    (
        detect_employee_id_names,
        "badge request: staff no. 30417-MAN, Chidubem Okorafor-Lind, starts Monday",
        "Chidubem Okorafor-Lind",
    ),
    (detect_uk_national_insurance, "payroll needs my NI number: AB 12 34 56 C", "AB 12 34 56 C"),
    (
        detect_uk_national_insurance,
        'validate this: {"name_id": 7, "nino": "HT482017D"}',
        "HT482017D",
    ),
    (
        detect_sort_code_accounts,
        "refunds go to 30-94-57 61128840, name on the account is on the form",
        "30-94-57 61128840",
    ),
    (detect_mail_id_label, "이메일 주소는 아이디가 mint_cho7 이고 네이트", "mint_cho7"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


def test_a_password_given_in_two_turns_is_held_in_both() -> None:
    first, second = scan_recent_turns(
        ["와이파이 비번 생각나는 대로 적을게 앞부분은 tori", "뒤에 88# 붙여"]
    )
    assert [f.text for f in first] == ["tori"]
    assert [f.text for f in second] == ["88#"]


def test_an_nric_check_letter_is_checked() -> None:
    assert nric_is_valid("S1234567D")
    assert not nric_is_valid("S1234567A")


test_public_text_stays_public = public_tests(
    [
        # Keys made public on purpose, placeholders and how-to questions.
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"
        "-----END PUBLIC KEY-----",
        "Authorization: Bearer <your-token-here>",
        "Authorization: Basic auth is deprecated, use OAuth",
        "Set-Cookie: theme=dark; lang=en-GB",
        "how do I create a Slack incoming webhook on hooks.slack.com?",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "where do I find my BitLocker recovery key?",
        "how many words is a seed phrase, 12 or 24?",
        "my recovery phrase is written on a card and kept in the drawer of the desk at home",
        "a combination of flour and water is 150 g per loaf",
        "what's a good 4-digit combination for a bike lock?",
        "캐리어 자물쇠 번호 3자리 초기화 방법",
        "보안카드 번호는 몇 번까지 있어?",
        "my password starts with a capital letter, is that enough?",
        "비밀번호 재설정 시작 10분 후에 다시 해봐",
        "pk_live_51Hx2Lm5Nv8Bz1Kc4Rt7W is the publishable key, fine to ship?",
        # Hangul words in English sentences that are no names; a place's dong.
        "my favourite word is 사랑",
        "this is 김치 stew with pork",
        "이동 이호선 환승",
        "활동 이후 보고서",
        # Holidays with years that are nobody's birth; w3w without its slashes; bare codes.
        "Christmas Day 2026 falls on a Friday",
        "was anyone famous born on Christmas Day?",
        "open config.yaml.bak and os.path.join",
        "file:///home/user/docs.notes.txt",
        "the PAN is tilted on the camera",
        "SKU BNZPK4821Q in stock?",
        "게임 아이디는 dark_knight99 이야",
        # An NI number's example prefix and a never-issued one; a question about the number;
        # a date and a reference in a log line.
        # A form's line in capitals with no medicine on it.
        "FOR: OFFICE USE, ONLY - leave blank",
        "NI number format is QQ 12 34 56 C",
        "NINO: ZZ123456A",
        "what is a national insurance number for?",
        "2024-05-12 12-05-24 20240512 job finished",
    ]
)


_WORK_QUESTIONS = [
    "in Jane Eyre, why does Mr. Rochester hide Bertha?",
    "is Mr. Knightley older than Emma Woodhouse in Emma of Highbury, and by how much?",
]
_BILLING_QUESTION = "what year did Terry 'The Hulk' Bollea win his first title?"


@pytest.mark.parametrize("text", [*_WORK_QUESTIONS, _BILLING_QUESTION])
def test_the_people_of_a_work_and_a_billing_name_are_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize("text", _WORK_QUESTIONS)
def test_a_works_people_need_the_predicate(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    for module in (core.privacy.names, core.privacy.intro_names):
        monkeypatch.setattr(module, "asks_about_a_works_people", lambda _text: False)
    assert classify(text) == "local_only"


def test_a_billing_name_needs_the_predicate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        core.privacy.nickname_bracket_names, "is_a_billing_nickname", lambda *_args: False
    )
    assert classify(_BILLING_QUESTION) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        # The writer in the question, a place one is "in", a friend's nickname.
        "is Mr. Rochester in Jane Eyre my landlord's favourite?",
        "did Mr. Kowalski leave in New Street, or stay?",
        "my cousin Dave 'The Hammer' Jones is visiting on Friday",
        "can Terry 'The Hulk' Bollea from my gym spot me?",
    ],
)
def test_a_name_beside_a_work_or_a_nickname_stays_local(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
