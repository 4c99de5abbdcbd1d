"""masked30's rules: the parts of held personal data a masked copy still showed, on inputs
of our own (not unseen30's sentences).

Every positive fails with its rule taken out of the scanner's lists (``form_tests``); the
negatives pin the public look-alikes each rule must leave alone (a team that "wrote:", a
taxonomy's "family", ``user=admin``, "RR" as a respiratory rate, a pub's name…), and the
masked-copy tests check what a trace export shows.
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.account_parts_ko import detect_account_parts_ko
from core.privacy.assigned_name_values import detect_assigned_name_values
from core.privacy.contact_card_names import detect_contact_card_names
from core.privacy.contact_neighbour_names import detect_contact_neighbour_names
from core.privacy.continental_plates import detect_continental_plates
from core.privacy.delimited_row_columns import detect_delimited_row_columns
from core.privacy.detector_lists import Detector
from core.privacy.employee_id_names import detect_employee_id_names
from core.privacy.history import scan_recent_turns
from core.privacy.house_name_addresses import detect_house_name_addresses
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.login_call_passwords import detect_login_call_passwords
from core.privacy.mail_header_names import detect_mail_header_names
from core.privacy.mailbox_display_names import detect_mailbox_display_names
from core.privacy.nickname_bracket_names import detect_nickname_bracket_names
from core.privacy.person_shaped import latin_person_words, person_shaped
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from core.privacy.signature_names import detect_signature_names
from core.privacy.spoken_tens_en import detect_spoken_tens_en
from core.privacy.us_mail_addresses import detect_us_mail_address
from core.privacy.veteran_cards_ko import detect_veteran_cards_ko
from tests.core.privacy.scanner_switch import Positive, detectors_off, form_tests, rule_off
from tests.security.masked_copy import masked_copy_shows

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    # A plain-text mail's "-- " line and a given name alone under it.
    (detect_signature_names, "see you at 6\n\n-- \nPerpetua\nmob 07700 900 461", "Perpetua"),
    (detect_signature_names, "-- \nOswin Tredgold\n", "Oswin Tredgold"),
    # A Korean signature with a contact in brackets after the closing.
    (detect_signature_names, "내일 뵐게요.\n- 설아 드림 (010-4417-2290)", "설아"),
    (
        detect_contact_card_names,
        "is this QR text right? MECARD:N:Okonjo,Ifeoma;TEL:+2348031234567;;",
        "Okonjo",
    ),
    (
        detect_contact_card_names,
        "is this QR text right? MECARD:N:Okonjo,Ifeoma;TEL:+2348031234567;;",
        "Ifeoma",
    ),
    (
        detect_contact_card_names,
        "BEGIN:VCARD\nVERSION:3.0\nN:Vasquez-Holt;Marisol;;;\nEND:VCARD",
        "Vasquez-Holt",
    ),
    # A mail's quote line or header whose name has no "<address>" beside it (names beside
    # one are read by redteam31's mailbox rule too: see _MAIL_FORMS below).
    (
        detect_mail_header_names,
        "reply:\nOn Tue, 1 Dec 2026 at 09:14, Barnaby Okwuosa wrote:\n> fine",
        "Barnaby Okwuosa",
    ),
    (
        detect_mail_header_names,
        "From: Perpetua Vance [mailto:pv@gmail.com]\nSent: Monday",
        "Perpetua Vance",
    ),
    # A CSV whose header names a given-name column "given" or "forename".
    (
        detect_delimited_row_columns,
        "dedupe:\nfamily,forename,tel\nAtherton-Lowe, Rosalind, 07700 900 112",
        "Rosalind",
    ),
    (
        detect_role_label_names_ko,
        "학부모회 임원:\n1. 부회장 - 변서하 (010-2210-4471)\n2. 서기 - 탁윤슬",
        "변서하",
    ),
    (
        detect_role_label_names_ko,
        "학부모회 임원:\n1. 부회장 - 변서하 (010-2210-4471)\n2. 서기 - 탁윤슬",
        "탁윤슬",
    ),
    (
        detect_keyed_values,
        'fix this: {"patient": {"given": "Ingeborg", "family": "Thorsby", "id": 4}}',
        "Thorsby",
    ),
    (detect_assigned_name_values, "ERROR [pay] 결제 실패 user=탁윤서 amount=52000", "탁윤서"),
    (detect_assigned_name_values, "ALERT_OWNER_NAME=변하솔\nALERT_CHANNEL=sms", "변하솔"),
    (detect_assigned_name_values, 'CONTACT_NAME="Ottoline Ferris"', "Ottoline Ferris"),
    (
        detect_contact_neighbour_names,
        "test string: 'ph 020 7946 0321 - Hamish Ventress'",
        "Hamish Ventress",
    ),
    (
        detect_contact_neighbour_names,
        "pay me at priya.v@okaxis (Priyamvada Venkatesan) please",
        "Priyamvada Venkatesan",
    ),
    (detect_contact_neighbour_names, "비상연락처 010-3321-8840 (탁서윤)", "탁서윤"),
    (
        detect_nickname_bracket_names,
        "save 'Boss Lady' (Imelda Ogunwande, head of ops) 07700 900 318",
        "Imelda Ogunwande",
    ),
    (
        detect_spoken_tens_en,
        "my account no. is twenty-two, sixty-four, thirty, eleven - can you check",
        "twenty-two, sixty-four, thirty, eleven",
    ),
    (
        detect_house_name_addresses,
        "post it to Bramble Cottage, Mill Lane, Ashby please",
        "Bramble Cottage",
    ),
    (
        detect_us_mail_address,
        "our address is RR 4, Box 17B, Hays, Kansas",
        "RR 4, Box 17B",
    ),
    (detect_us_mail_address, "HC 61 Box 12 is our mailing address", "HC 61 Box 12"),
    (detect_veteran_cards_ko, "아버지 국가유공자증 번호는 08-1127-4405 입니다", "08-1127-4405"),
    (detect_veteran_cards_ko, "보훈번호: 15-203391 로 조회해줘", "15-203391"),
    (
        detect_continental_plates,
        "got a Peugeot, plate FK-207-LB, from Ombeline Rousseau last week",
        "Ombeline Rousseau",
    ),
    (
        detect_login_call_passwords,
        "imap.login('hollis@fastmail.com', 'vbnm tyui ghjk zxcv') fails",
        "vbnm tyui ghjk zxcv",
    ),
    (
        detect_employee_id_names,
        "new badge: Featherby, Ansel - staff no. S448120, level 2",
        "Featherby, Ansel",
    ),
    (
        detect_employee_id_names,
        "new badge: Featherby, Ansel - staff no. S448120, level 2",
        "S448120",
    ),
    (detect_account_parts_ko, "국민은행 계좌 앞자리는 482-301 이에요", "482-301"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)

# A display name beside "<address>" in a header or quote line: both mail rules read it, so
# it is missed only with both switched off.
_MAIL_RULES = {"detect_mail_header_names", "detect_mailbox_display_names"}
_MAIL_FORMS = [
    ("summarise:\nFrom: Tamsin Oyelaran <tamsin.o@outlook.com>\nSubject: keys", "Tamsin Oyelaran"),
    ("요약해줘\n보낸 사람: 탁서윤 <sy.tak@daum.net>\n제목: 견적", "탁서윤"),
    (
        "reply:\nOn Mon, 3 Nov 2025 at 18:02, Crispin Adeyemi <c.ad@gmail.com> wrote:\n> ok",
        "Crispin Adeyemi",
    ),
    ("2025년 3월 4일 (화) 오전 9:10, 변하린 <hr.byun@naver.com>님이 작성:\n> 네", "변하린"),
]


@pytest.mark.parametrize(("text", "part"), _MAIL_FORMS)
def test_a_mail_display_name_is_found(text: str, part: str) -> None:
    assert part in [f.text for f in scan(text)]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(("text", "part"), _MAIL_FORMS)
def test_a_mail_display_name_needs_a_mail_rule(
    monkeypatch: pytest.MonkeyPatch, text: str, part: str
) -> None:
    detectors_off(monkeypatch, _MAIL_RULES)
    assert part not in [f.text for f in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A "-- " line over a phone's signature or a team; a closing with a comment.
        "-- \nSent from my iPhone",
        "--\nThe Support Team",
        "10원 이하 올림 (소수점 버림)",
        # "N:" with no card marker.
        "N: 5 moles of nitrogen",
        # A team that wrote; a service's sender.
        "On Monday the team wrote: please update",
        "On Monday, the team wrote: please update",
        # A taxonomy's family column and key; a given dose.
        "genus,family,order\nRosa,Rosaceae,Rosales",
        '{"genus": "Rosa", "family": "Rosaceae"}',
        '{"given": "2 doses", "family": "none"}',
        # Officers' roles as nouns; a dash after a role naming a topic.
        "감사 인사 드립니다",
        "회계 - 정산 방식 정리",
        "감사 - 기도회 순서",
        # user=admin, an app's and a database's names, a team's name.
        "login failed user=admin ip=10.0.0.8",
        'APP_NAME="Hanbit Clinic"',
        "DB_NAME=billing",
        "name=홍보팀",
        "SELECT * FROM products WHERE product_name = 'Widget Pro'",
        # An organisation's line and what follows a number in Korean prose.
        "the council line 020 8356 3000 - Hackney Council",
        "대표전화 1588-0000, 평일 09:00~18:00 운영",
        # Nicknames of places.
        "'the Big Apple' (New York City, USA)",
        # Scores in tens without a number's label; a year.
        "scores of forty-one, seventy-two, ninety-three and eighteen",
        "built in nineteen eighty-seven",
        # A pub's name before its street; a famous house.
        "is the pub at The Old Mill, Mill Lane open on Sundays?",
        "The White House, Pennsylvania Avenue",
        # RR as a respiratory rate and Rolls-Royce.
        "obs: RR 22, HR 80, SpO2 95%",
        "the RR 2 box set is on sale",
        # A card's issue with no number; a login with variables or placeholders.
        "유족증 발급은 3일 걸려요",
        "server.login(user, password)",
        # Departments before a staff number label; an order's number in parts.
        "Sales, Marketing - employee no. 1234",
        "주문번호 앞부분은 20261204 예요",
    ],
)
def test_public_look_alikes_stay_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        # Held for their e-mail address, but the rule itself reads no name or secret there.
        (detect_mailbox_display_names, "From: Acme Support <help@acme.example>"),
        (detect_mailbox_display_names, "From: Notifications <noreply@bank.example>"),
        (detect_mail_header_names, "From: Acme Support <help@acme.example>"),
        (detect_mail_header_names, "From: Notifications <noreply@bank.example>"),
        (detect_mail_header_names, "On Monday the team wrote:"),
        (detect_login_call_passwords, "server.login('me@example.com', 'YOUR_APP_PASSWORD')"),
        (detect_login_call_passwords, "ftp.login('anonymous', '')"),
        (detect_contact_neighbour_names, "쿠팡 1577-7011 (Coupang Customer Service)"),
    ],
)
def test_the_rule_reads_nothing_in_look_alikes(rule: Detector, text: str) -> None:
    assert list(rule(text)) == []


def test_person_shaped_reads_names_not_organisations() -> None:
    assert latin_person_words(["Sunniva", "Halvorsen"])
    assert person_shaped("모서하")
    for words in (["Acme", "Support"], ["Rosaceae"], ["admin"], ["The", "Team"]):
        assert not latin_person_words(words), words


def test_the_second_part_of_a_split_account_is_found_with_the_first_turn() -> None:
    turns = ["신한은행 계좌 앞자리는 110-482 예요", "뒷자리는 307715 이고요"]
    assert [f.text for f in scan_recent_turns(turns)[1]] == ["307715"]


def test_the_second_part_needs_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    rule_off(monkeypatch, detect_account_parts_ko)
    turns = ["신한은행 계좌 앞자리는 110-482 예요", "뒷자리는 307715 이고요"]
    assert scan_recent_turns(turns)[1] == []


_HELD = (
    "forward summary please:\nFrom: Isolde Marchetti <isolde.m@proton.me>\n"
    "Subject: flat\n\nCall me on 07700 900 245."
)


def test_a_masked_copy_shows_no_part_of_a_held_turn() -> None:
    assert masked_copy_shows(_HELD, ["Isolde Marchetti", "isolde.m@proton.me"]) == []


def test_the_masked_copy_shows_the_name_with_the_rule_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    detectors_off(monkeypatch, _MAIL_RULES)
    # Still held by the e-mail and the phone, but the sender's name shows in the copy.
    assert classify(_HELD) == "local_only"
    assert masked_copy_shows(_HELD, ["Isolde Marchetti"]) == ["Isolde Marchetti"]
