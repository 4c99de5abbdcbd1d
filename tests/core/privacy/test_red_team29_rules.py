"""redteam29's detectors, each on inputs of our own (not the blind set's sentences).

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone, and the public-landmark and character tests fail
with their predicate switched off.
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.intro_names
import core.privacy.names
import core.privacy.uk_addresses
from core.privacy import classify, scan
from core.privacy.address import detect_address
from core.privacy.cli_password_flags import detect_cli_password_flags
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.double_barrelled_names import detect_double_barrelled_names
from core.privacy.european_addresses import detect_european_address
from core.privacy.hangul_spelled_foreign_names import detect_hangul_spelled_foreign_names
from core.privacy.health_residence_cards import detect_health_residence_cards
from core.privacy.iban_parts import detect_iban_parts
from core.privacy.intro_names import detect_introduced_names
from core.privacy.labelled_secrets import detect_labelled_secrets
from core.privacy.member_id_names import detect_member_id_names
from core.privacy.phonetic_alphabet_ids import detect_phonetic_alphabet_ids
from core.privacy.profile_url_names import detect_profile_url_handles
from core.privacy.roster_rows import detect_roster_rows
from core.privacy.uk_account_numbers import detect_uk_account_numbers
from core.privacy.wifi_credentials import detect_wifi_credentials
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_cli_password_flags,
        "why does mysqldump -u admin -pKettle7Blue shop fail?",
        "Kettle7Blue",
    ),
    (
        detect_cli_password_flags,
        "sshpass -p 'Moor#Gate55' scp backup.tar pi@192.168.1.20:~",
        "Moor#Gate55",
    ),
    (detect_cli_password_flags, "openvpn --pass Sprout3Field --config home.ovpn", "Sprout3Field"),
    (detect_cli_password_flags, "curl -u ops:Lark!9Vale https://ci.example.org", "Lark!9Vale"),
    (
        detect_wifi_credentials,
        "does my printer read this? WIFI:S:Attic;T:WPA;P:plum4teacosy;;",
        "plum4teacosy",
    ),
    (
        detect_wifi_credentials,
        'network={\n    ssid="Shed"\n    psk="oatmilk77latte"\n}',
        "oatmilk77latte",
    ),
    (
        detect_credential_tokens,
        "DefaultEndpointsProtocol=https;AccountName=photos;AccountKey=Rb4Lq8Zm2Xt6Nv1Kc9==",
        "Rb4Lq8Zm2Xt6Nv1Kc9==",
    ),
    (
        detect_credential_tokens,
        "bot = telebot.TeleBot('5190337261:AAF9kQz2Lw8Xv1RmPc4Tn7YdB3sGf6JeU0x')",
        "5190337261:AAF9kQz2Lw8Xv1RmPc4Tn7YdB3sGf6JeU0x",
    ),
    (
        detect_credential_tokens,
        "echo npm_Zk8Lq2Wm9XcR7vTn3JbH6yPd1Se5Ga0UiKqr > ci-token",
        "npm_Zk8Lq2Wm9XcR7vTn3JbH6yPd1Se5Ga0UiKqr",
    ),
    (detect_profile_url_handles, "chip in for the gift: paypal.me/JunoHartwell", "JunoHartwell"),
    (detect_profile_url_handles, "send it to venmo.com/u/Teodor-Brandt", "Teodor-Brandt"),
    (detect_member_id_names, "수영장 회원번호 SW-40218 모아린이에요", "SW-40218"),
    (detect_member_id_names, "수영장 회원번호 SW-40218 모아린이에요", "모아린"),
    (
        detect_member_id_names,
        "membership no. 5502 1187 (Orla Fitzgerald Quinn), please freeze it",
        "Orla Fitzgerald Quinn",
    ),
    (
        detect_hangul_spelled_foreign_names,
        "동료 세르게이 이바노프 씨 송별회 문구",
        "세르게이 이바노프",
    ),
    (detect_hangul_spelled_foreign_names, "기욤 르노 교수님께 메일 써줘", "기욤 르노"),
    (
        detect_phonetic_alphabet_ids,
        "the van's plate is Kilo Tango two one, Hotel Papa Oscar",
        "Kilo Tango two one, Hotel Papa Oscar",
    ),
    (
        detect_phonetic_alphabet_ids,
        "booking ref is Echo Zulu four Juliet nine",
        "Echo Zulu four Juliet nine",
    ),
    (detect_iban_parts, "my IBAN starts FR76 3000 6000 and I'll send the rest", "FR76 3000 6000"),
    (detect_european_address, "new flat: 8 rue de la Paix, 2e étage", "8 rue de la Paix"),
    (detect_european_address, "Paket bitte an Birkenweg 14 schicken", "Birkenweg 14"),
    (detect_european_address, "we're at Via Garibaldi 7, Torino", "Via Garibaldi 7"),
    (
        detect_introduced_names,
        "hello all, I'm Perpetua Quarrie-Mbeki - here to run the fete",
        "Perpetua Quarrie-Mbeki",
    ),
    (detect_health_residence_cards, "OHIP no. 5530-112-894-QZ for the form", "5530-112-894-QZ"),
    (detect_health_residence_cards, "my Medicare is 3318 72045 1 - add it", "3318 72045 1"),
    (detect_health_residence_cards, "BRP: RK8820193, expiring soon", "RK8820193"),
    (detect_health_residence_cards, "在留カード番号はKX70218833PQです", "KX70218833PQ"),
    (detect_uk_account_numbers, 'KeyError: NHS number "401 023 2137" not found', "401 023 2137"),
    (detect_labelled_secrets, "gift card code 4QZ7M-X82LK-PW9RT, is it used?", "4QZ7M-X82LK-PW9RT"),
    (
        detect_address,
        "주소는 경북 영덕군 병곡면 덕천리 산 12-4 입니다",
        "경북 영덕군 병곡면 덕천리 산 12-4",
    ),
    (detect_roster_rows, "학번별로 묶어줘\n2022104417 탁서윤 화학과\n2022104420 모아린", "탁서윤"),
    (detect_roster_rows, "staff list (employee no., name):\n40218 Orla Quinn", "Orla Quinn"),
    (
        detect_double_barrelled_names,
        "bio for the choir page. Rowena Palmer-Eze, alto, joined 2019.",
        "Rowena Palmer-Eze",
    ),
    (
        detect_double_barrelled_names,
        "Name    Phone\nTristram Walsh-Ogun  07700 900 123",
        "Tristram Walsh-Ogun",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # A port, a prompt for the password, placeholders.
        "ssh -p 2222 deploy.example.org",
        "docker run -p 8080:80 nginx",
        "mysql -u root -p shop",
        "mysql -u root -p$MYSQL_PWD shop",
        "curl -u user:password https://api.example.org",
        "WIFI:T:WPA;S:Guest;P:;;",
        'psk="your-password"',
        "how do I make a WIFI: QR code for guests?",
        # Payment links with no handle; a member count or a fee.
        "how do I set up a paypal.me link?",
        "the membership fee is 60 a year",
        "membership 120 days trial",
        "회원번호 찾는 방법 알려줘",
        # Famous names in Hangul without a title or a near word.
        "블라디미르 나보코프 롤리타 줄거리",
        # The alphabet itself, code words in prose.
        "what comes after Alpha Bravo Charlie Delta in the NATO alphabet?",
        "Romeo and Juliet at the Hotel Delta",
        # The word IBAN with no value; a placeholder.
        "IBAN and BIC, which goes where?",
        "IBAN GB00 XXXX 0000 0000 0000 00",
        # Cards named with no number; a discount code; where a key is found.
        "how do I renew my BRP?",
        "Medicare covers 2 visits a year",
        "health card renewal takes 3 weeks",
        "where do I find my Windows product key?",
        "use promo code SAVE20 at checkout",
        # A numbered list with no roster key; a key with a noun after the number.
        "2024 예산안\n2025 계획안",
        "학번 정리 메모\n20241 예산 합계",
        # Streets without a house number; numbers that measure.
        "the cafés of the Rue de Rivoli",
        "we walked the Via Appia 500 km",
        "place 2 eggs in a bowl",
        "Take route 9 to Boston",
        # Hyphenated words that are no names.
        "Free Wi-Fi.",
        "Open Saturday May-Sep.",
        "Diet Coca-Cola, please",
        "this is New Year-End sale",
        "who is Catherine Zeta-Jones and why is she famous?",
    ]
)


_LANDMARKS = [
    "can you visit 10 Downing St as a tourist?",
    "is 4 Privet Drive a real house?",
]


@pytest.mark.parametrize("text", _LANDMARKS)
def test_a_landmark_address_is_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize("text", _LANDMARKS)
def test_a_landmark_needs_the_predicate(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    for module in (core.privacy.address, core.privacy.uk_addresses):
        monkeypatch.setattr(module, "is_landmark_address", lambda *_args: False)
    assert classify(text) == "local_only"


_CHARACTER_QUESTIONS = [
    "did Jane Bennet marry Mr. Bingley in the end?",
    "why does Mr. Wickham elope with Lydia?",
]


@pytest.mark.parametrize("text", _CHARACTER_QUESTIONS)
def test_a_famous_character_is_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize("text", _CHARACTER_QUESTIONS)
def test_a_character_needs_the_predicate(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    for module in (core.privacy.names, core.privacy.intro_names):
        monkeypatch.setattr(module, "is_a_famous_character", lambda *_args: False)
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        # A landmark's neighbour, the writer beside a character's name, a real person too.
        "I live at 22 Baker Street, London",
        "we live at 4 Privet Drive, send the invite there",
        "my cousin Elizabeth Bennet is visiting, what should we do?",
        "why did Hannah Cole and Mr. Darcy argue?",
    ],
)
def test_a_landmark_or_characters_neighbour_stays_local(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
