"""redteam32's detectors and predicates, each on inputs of our own (not the blind set's
sentences).

Every positive here fails with its rule taken out of the scanner's lists; the negatives pin
what each rule must leave alone, and each public-text test fails with its predicate switched
off.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import core.privacy.auth_headers
import core.privacy.contact
import core.privacy.korean
import core.privacy.main_lines
import core.privacy.owned_number_phones
import core.privacy.public_name_questions
import core.privacy.spoken
import core.privacy.titled_names_ko
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.account_holder_names import detect_account_holder_names
from core.privacy.airline_name_fields import detect_airline_name_fields
from core.privacy.asia_pacific_national_ids import detect_asia_pacific_national_ids
from core.privacy.chat_export_names import detect_chat_export_names
from core.privacy.contact_neighbour_names import detect_contact_neighbour_names
from core.privacy.greeting_intro_names import detect_greeting_intro_names
from core.privacy.han_name_labels import detect_han_name_labels
from core.privacy.health_subject_names import detect_health_subject_names
from core.privacy.intl_prefix_phones import detect_intl_prefix_phones
from core.privacy.latin_surname_hangul_names import detect_latin_surname_hangul_names
from core.privacy.letter_spaced_names import detect_letter_spaced_names
from core.privacy.mail_id_labels import detect_mail_id_label
from core.privacy.private_key_blocks import detect_private_key_blocks
from core.privacy.recovery_code_lists import detect_recovery_code_lists
from core.privacy.social_handles import detect_social_handles
from core.privacy.spaced_syllable_names_ko import detect_spaced_syllable_names_ko
from core.privacy.sql_person_values import detect_sql_person_values
from tests.core.privacy.scanner_switch import (
    Positive,
    form_tests,
    look_alike_tests,
    predicate_off,
    public_tests,
)

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_chat_export_names,
        "요약 좀:\n[탁서윤] [오전 9:41] 회의 10시로 미뤄요\n[나] [오전 9:45] 네",
        "탁서윤",
    ),
    (
        detect_chat_export_names,
        "2026년 11월 2일 오후 8:03, 금하람 : 내일 봬요",
        "금하람",
    ),
    (
        detect_chat_export_names,
        "what did she say?\n05/11/26, 09:14 - Oonagh Fitzwilliam: running late, start without me",
        "Oonagh Fitzwilliam",
    ),
    (
        detect_chat_export_names,
        "[05/11/26, 09:14:52] Ingvild Nakashima-Berg: the keys are under the mat",
        "Ingvild Nakashima-Berg",
    ),
    (
        detect_letter_spaced_names,
        "OCR of the certificate: A w a r d e d   t o   P e r p e t u a   Q u i l l f e a t h e r",
        "P e r p e t u a   Q u i l l f e a t h e r",
    ),
    (
        detect_greeting_intro_names,
        "fix my message: hey everyone, I'm Sunniva, I just joined the allotment group",
        "Sunniva",
    ),
    (
        detect_greeting_intro_names,
        "Hello! I am Eluned and I run the Thursday quiz",
        "Eluned",
    ),
    (
        detect_health_subject_names,
        "cover the rota: Ottoline Vandersteen-Mbeki has surgery on Friday",
        "Ottoline Vandersteen-Mbeki",
    ),
    (
        detect_health_subject_names,
        "write a card, Quillon Ashdown-Reyes's chemo finished today",
        "Quillon Ashdown-Reyes",
    ),
    (detect_health_subject_names, "옆 반 탁윤슬 우울증 때문에 상담 중이래", "탁윤슬"),
    (detect_latin_surname_hangul_names, "예약자명 Maeng 서율로 되어 있어요", "Maeng 서율"),
    (detect_latin_surname_hangul_names, "제 이름은 gwak 하린 이에요", "gwak 하린"),
    (
        detect_mail_id_label,
        "send the invoice to my hotmail, it's osric_delaney77",
        "osric_delaney77",
    ),
    (detect_mail_id_label, "reply to my outlook: brannagh.ives_3", "brannagh.ives_3"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # A time and a colon in prose; a system line of a WhatsApp export; the writer's lines.
        "the meeting at 3:12 today: bring the slides",
        "05/11/26, 09:14 - Messages and calls are end-to-end encrypted.",
        "[나] [오후 3:20] 넵 알겠습니다",
        "05/11/26, 09:15 - You: ok",
        # Letter-spaced headings and addresses.
        "W e l c o m e   H o m e",
        "1 9  C l o v e r   R o a d",
        # A state or origin after "I'm"; no greeting before the word.
        "hi, I'm new here, where is the kettle?",
        "Hey I'm Canadian, does my licence work here?",
        "I'm Tindra's neighbour",
        # A place or an organisation before a health word; a health word with no name.
        "Great Ormond Street has surgery slots on Friday",
        "오늘 수술 잘 끝났어",
        # A romanised surname before a title; an English word before a Hangul noun.
        "Kim 대리한테 물어봐",
        "song 하나 추천해줘",
        # A host name after a mail brand; a brand's name alone.
        "gmail is smtp.gmail.com on port 587",
        "my gmail account is full",
    ]
)


_PUBLIC: list[tuple[str, Callable[[pytest.MonkeyPatch], object]]] = [
    (
        "LG전자 사업자등록번호 107-86-14075 맞나요?",
        predicate_off(core.privacy.korean, "is_a_named_corporations_number"),
    ),
    (
        "in the docs the sample sender is john.doe@example.net - will it bounce?",
        predicate_off(core.privacy.contact, "is_placeholder_mailbox"),
    ),
    (
        "what does Authorization: Basic eW91cl91c2VybmFtZTp5b3VyX3Bhc3N3b3Jk decode to?",
        predicate_off(core.privacy.auth_headers, "is_placeholder_basic_value"),
    ),
    (
        "the SDK docs list +1 415-555-2671 as a test number, does it ring anywhere?",
        lambda mp: (
            mp.setattr(core.privacy.main_lines, "is_documented_test_number", _no),
            mp.setattr(core.privacy.owned_number_phones, "is_documented_test_number", _no),
        ),
    ),
    (
        "이순신 장군 본명이 이순신 맞아? 아이유 본명이 이지은 맞지?",
        predicate_off(core.privacy.titled_names_ko, "checks_a_public_real_name_ko"),
    ),
    (
        "was Rosalind Franklin really born in London?",
        lambda mp: mp.setattr(
            core.privacy.public_name_questions,
            "_AFTER",
            LazyPattern(r"(?i)\A[ \t]+(?:born|die|died|pass[ \t]+away)\b"),
        ),
    ),
    (
        "what year was Stephen Hawking diagnosed with ALS?",
        lambda mp: mp.setattr(
            core.privacy.public_name_questions,
            "_AFTER",
            LazyPattern(r"(?i)\A[ \t]+(?:born|die|died|pass[ \t]+away)\b"),
        ),
    ),
]


def _no(*_args: object) -> bool:
    return False


test_public_look_alikes_are_public, test_those_need_their_predicates = look_alike_tests(_PUBLIC)


@pytest.mark.parametrize(
    "text",
    [
        # The same kinds of value as one's own, or with nothing saying whose.
        "사업자등록번호 107-86-14075 로 세금계산서 부탁해요",
        "김민수 사업자등록번호 214-12-34567 맞아?",
        "My email is john.doe@example.net, reply there",
        "Authorization: Basic YWRtaW46YWRtaW4=",
        "my test number is +1 415-555-2671, text me",
        "내 친구 본명이 오하늘 맞아?",
        "was my aunt Rose Tilly really born in 1950?",
    ],
)
def test_the_same_values_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# Forms the scanner missed in held turns of the set (nothing leaked; a masked copy showed
# them): each found only with its rule on.
MASKED_PARTS: list[Positive] = [
    (
        detect_asia_pacific_national_ids,
        "会社に出す書類: マイナンバー 3157 2804 9961",
        "3157 2804 9961",
    ),
    (
        detect_asia_pacific_national_ids,
        "翻译一下: 身份证号码 110105199203154514",
        "110105199203154514",
    ),
    (detect_asia_pacific_national_ids, "my tax file number is 459 599 230", "459 599 230"),
    (detect_han_name_labels, "申请人：欧阳晓雯 电话已核实", "欧阳晓雯"),
    (detect_intl_prefix_phones, "집 번호는 0082 2 3410 7788 이에요", "0082 2 3410 7788"),
    (detect_intl_prefix_phones, "ring me: +49 (0)171 4827391", "+49 (0)171 4827391"),
    (
        detect_social_handles,
        "she DMs me on insta from @thea_marchetti92 every night",
        "thea_marchetti92",
    ),
    (detect_social_handles, "카카오톡 ID: haneul_bae07 로 추가해주세요", "haneul_bae07"),
    (
        detect_airline_name_fields,
        "which terminal? VANTERPOOL/ISOLDE MRS  FLIGHT KL0856",
        "VANTERPOOL/ISOLDE",
    ),
    (
        detect_sql_person_values,
        "INSERT INTO patients (full_name, dob) VALUES ('Ambrose Keteku', '1961-04-09')",
        "Ambrose Keteku",
    ),
    (
        detect_sql_person_values,
        "INSERT INTO tenants VALUES (12, 'Isadora', 'Pennyworth-Odu', '2026-01-04');",
        "Pennyworth-Odu",
    ),
    (
        detect_recovery_code_lists,
        "my backup codes from Google:\n1. 5521 0987\n2. 3318 4460",
        "5521 0987",
    ),
    (
        detect_contact_neighbour_names,
        'footer: <a href="sms:+447700900123">Text Perpetua</a> for bookings',
        "Perpetua",
    ),
    (detect_spaced_syllable_names_ko, "명함 OCR:\n디자인팀\n편 수 아\nT. 02-6012-3381", "편 수 아"),
    (
        detect_account_holder_names,
        "Überweisung an Kontoinhaber Jost-Wendelin Auerbach, IBAN folgt",
        "Jost-Wendelin Auerbach",
    ),
    (detect_account_holder_names, "huur naar t.n.v. J.P. de Wolff-Ramdin", "J.P. de Wolff-Ramdin"),
    (
        detect_private_key_blocks,
        '{"private_key_id": "0c9e5d1a7b3f2e8d4c6a9b1e7f3d5a2c8b4e6f10"}',
        "0c9e5d1a7b3f2e8d4c6a9b1e7f3d5a2c8b4e6f10",
    ),
]

test_each_masked_part_is_found, test_each_masked_part_needs_its_rule = form_tests(MASKED_PARTS)


@pytest.mark.parametrize(
    "text",
    [
        # Twelve or eighteen digits with no label; a wrong check digit after the label.
        "order 3157 2804 9964 shipped",
        "身份证号码 110105199203154519",
        # A "+CC" number with no bracketed zero is the phone rules' (and a price isn't one).
        "the total was 0082 won",
        # A brand's handle called official.
        "is @BTS_twt the official twitter account?",
        # A slash between capitals with no title or passenger label.
        "TCP/IP over AC/DC power",
        # A product table's bare "name" column.
        "INSERT INTO products (name, price) VALUES ('Blue Widget', 9.99)",
        # A spaced line of particles and function syllables in a scan.
        "OCR 결과:\n이 거 다\n010 번호 없음",
        # A people table's row of status words; a products table's row.
        "INSERT INTO users VALUES (1, 'Active', 'Admin')",
        "INSERT INTO products VALUES (7, 'Blue', 'Widget')",
        # Two years after the word backup.
        "restore the backup from 2024 2025 folder",
    ],
)
def test_masked_part_rules_leave_public_text(text: str) -> None:
    assert classify(text) == "public", scan(text)


_BRACKETED_LOCAL_DOTS = "write to ottilie [dot] brannagh (at) fastmail (dot) com"


def test_a_local_part_with_bracketed_dots_is_one_address() -> None:
    found = [f.text for f in scan(_BRACKETED_LOCAL_DOTS) if f.type == "email"]
    assert found == ["ottilie [dot] brannagh (at) fastmail (dot) com"], found


def test_that_needs_the_widened_local_part(monkeypatch: pytest.MonkeyPatch) -> None:
    # The spoken fold's local part before redteam32: no spelled dots inside it.
    monkeypatch.setattr(
        core.privacy.spoken,
        "_LOCAL_BEFORE_RE",
        LazyPattern(r"(?<![A-Za-z0-9._%+'-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})[ \t]*\Z"),
    )
    found = [f.text for f in scan(_BRACKETED_LOCAL_DOTS) if f.type == "email"]
    assert "ottilie [dot] brannagh (at) fastmail (dot) com" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # A contact link addressed to the reader or a team names no one (the number or the
        # address itself is the other rules').
        '<a href="tel:+18005550199">Call Us</a> anytime',
        '<a href="mailto:help@shop.example">Email Support</a>',
    ],
)
def test_a_contact_link_to_the_reader_or_a_team_names_no_one(text: str) -> None:
    assert [f for f in scan(text) if f.type == "person_name"] == []
