"""redteam31's detectors, each on inputs of our own (not the blind set's sentences).

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin what each rule must leave alone, and the example-value, role-mailbox and Korean
birth-check tests fail with their predicate switched off.
"""

from __future__ import annotations

import pytest

import core.privacy.birth_date_owners
import core.privacy.contact
import core.privacy.credential_tokens
import core.privacy.iban
import core.privacy.iban_parts
import core.privacy.ids
import core.privacy.korean
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan, scan_conversation
from core.privacy.account_holder_names import detect_account_holder_names
from core.privacy.calendar_common_names import detect_calendar_common_names
from core.privacy.chat_mention_names import detect_chat_mention_names
from core.privacy.cjk_home_addresses import detect_cjk_home_addresses
from core.privacy.common import NA, lead
from core.privacy.contact_card_names import detect_contact_card_names
from core.privacy.form_name_fields import detect_form_name_fields
from core.privacy.home_dir_user_names import detect_home_dir_user_names
from core.privacy.japanese_plates import detect_japanese_plates
from core.privacy.latex_author_names import detect_latex_author_names
from core.privacy.mailbox_display_names import detect_mailbox_display_names
from core.privacy.mrz_lines import detect_mrz_lines
from core.privacy.profile_url_names import detect_profile_url_handles
from core.privacy.putty_key_files import detect_putty_key_files
from core.privacy.recovery_code_lists import detect_recovery_code_lists
from core.privacy.rrn_table_columns import detect_rrn_table_columns
from core.privacy.spaced_syllable_names_ko import detect_spaced_syllable_names_ko
from core.privacy.spoken_secret_codes import detect_spoken_secret_codes
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

_PPK = (
    "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: laptop\n"
    "Public-Lines: 1\nAAAAC3NzaC1lZDI1NTE5AAAAIB9xKq2Lm7Pz4Rt8Vw\n"
    "Private-Lines: 1\nAAAAIQd7Xp2Mw9Zr4Kt6Bn1Lq8Vs3Hy5Jc0Fg2Ra\n"
    "Private-MAC: 0f2b7c9d4e1a8b3c6d5e2f7a9b0c1d4e8f3a6b2c5d9e0f1a7b4c3d8e2f6a5b1c"
)
_MRZ = (
    "passport bottom lines:\nPMKORGWAK<<DOYUN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
    "M402817598KOR9508211M3207198<<<<<<<<<<<<<<00"
)
# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_spoken_secret_codes,
        "the lockbox code is three one one seven, ok?",
        "three one one seven",
    ),
    (detect_spoken_secret_codes, "my PIN, it's double two eight six", "double two eight six"),
    (detect_spoken_secret_codes, "현관 비번은 구삼오일 이야", "구삼오일"),
    (detect_spaced_syllable_names_ko, "신입 모 하 린 입니다 잘 부탁드려요", "모 하 린"),
    (detect_spaced_syllable_names_ko, "신입 남궁 서 율 님 환영해요", "남궁 서 율"),
    (
        detect_home_dir_user_names,
        r"open('C:\Users\fenella.oduya\Desktop\cv.docx')",
        "fenella.oduya",
    ),
    (detect_home_dir_user_names, "no such file: /Users/parkjiwoo/Downloads/a.pdf", "parkjiwoo"),
    (detect_profile_url_handles, "my page: facebook.com/ottoline.grieve.52", "ottoline.grieve.52"),
    (
        detect_chat_mention_names,
        "<@U09ABC12D|marisol.quinteros> can you review?",
        "marisol.quinteros",
    ),
    (detect_chat_mention_names, "@Bartosz Łęcki please take the 9am", "Bartosz Łęcki"),
    (
        detect_mailbox_display_names,
        "Le 2 déc. 2026, Solène Marchetti <s.marchetti@free.fr> a écrit :",
        "Solène Marchetti",
    ),
    (detect_mailbox_display_names, "Reviewed-by: 여도하 <doha.yeo@corp.kr>", "여도하"),
    (
        detect_calendar_common_names,
        'ATTENDEE;CN="Oyelaran, Temitope":mailto:t.oyelaran@firm.ng',
        "Oyelaran, Temitope",
    ),
    (
        detect_contact_card_names,
        "BEGIN:VCARD\nN:Vasquez-Oduya;Renata;;;\nTEL:+1 415 555 0100\nEND:VCARD",
        "Vasquez-Oduya",
    ),
    (
        detect_contact_card_names,
        "BEGIN:VCARD\nN;CHARSET=UTF-8:옥;다빈;;;\nTEL:010-2231-0954\nEND:VCARD",
        "옥",
    ),
    (detect_contact_card_names, "MECARD:N:Haugland,Sigrid;TEL:4790000000;;", "Sigrid"),
    (detect_form_name_fields, "Surname: ÓLAFSDÓTTIR  Forename(s): Sigrún Edda", "Sigrún Edda"),
    (detect_form_name_fields, "성: 옥 / 이름: 다빈 / 학년: 3", "다빈"),
    (detect_mrz_lines, _MRZ, "GWAK<<DOYUN"),
    (detect_mrz_lines, _MRZ, "M402817598"),
    (detect_japanese_plates, "うちの車は 世田谷 300 す 81-06 です", "世田谷 300 す 81-06"),
    (
        detect_cjk_home_addresses,
        "寄到 杭州市西湖区文三路128号2栋601室 收件人：陈嘉怡",
        "陈嘉怡",
    ),
    (detect_cjk_home_addresses, "请寄到 成都市武侯区人民南路66号1201室", "1201室"),
    (detect_putty_key_files, _PPK, "AAAAIQd7Xp2Mw9Zr4Kt6Bn1Lq8Vs3Hy5Jc0Fg2Ra"),
    (detect_recovery_code_lists, "my recovery codes:\n4e2a1-9bc07\nd81f3-00a6e", "4e2a1-9bc07"),
    (
        detect_account_holder_names,
        "Woori Bank 1002-481-229310, holder Maeng Seo-yun",
        "Maeng Seo-yun",
    ),
    (detect_account_holder_names, "IBAN below, 2904 7781 3320 (Byun Harin)", "Byun Harin"),
    (
        detect_latex_author_names,
        r"\author{Perpetua Lindqvist \and Osric Vantongeren}",
        "Perpetua Lindqvist",
    ),
    (detect_rrn_table_columns, "| 권하린 | 970305 | 2048118 |", "2048118"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # Codes said as counts or lengths; a code word with one digit word.
        "the PIN is four digits long",
        "enter code one to continue",
        "비밀번호는 네 자리예요",
        # A public code said in words after "zip code".
        "what town is zip code nine oh two one oh?",
        # Spaced function words; a spaced phrase without a name cue.
        "이 거 다 입니다",
        "안 해 줘 님",
        "저는 이 일 을 했어요",
        # Service accounts and placeholders in home paths.
        "cd /home/runner/work/app",
        r"C:\Users\Public\Documents",
        "/Users/<you>/Library",
        # A Facebook page's one-word handle; a group path.
        "follow facebook.com/nasa for launches",
        "see facebook.com/groups/12345",
        # Group mentions; a brand.
        "@Product Team please review",
        "@Google Drive is down again",
        # A role mailbox before an address.
        "GitHub <noreply@github.com> sent a digest",
        # A single Korean name label (files and products are named too).
        "파일 이름: 보고서",
        # ICAO's specimen passport.
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        # Landmarks in Chinese and Japanese with no flat or addressee.
        "故宫博物院 北京市东城区景山前街4号 is it open on Mondays?",
        "東京都新宿区西新宿2-8-1 の展望室は無料ですか",
        # A product in brackets after an order number; an author-free LaTeX line.
        "order 40029178 (Blue Widget) shipped",
        r"\title{On Sorting} \date{2026}",
        # Hex pairs with no word of recovery; a date column next to an amount.
        "colours 4e2a1-9bc07 and d81f3-00a6e in the palette",
        "| 202612 | 1047731 |",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # An organisation before its address; a room in an invitation.
        "Acme Support Team <help@acme.example> replied",
        "ATTENDEE;CUTYPE=ROOM;CN=Room 4B:mailto:room4b@corp.example",
    ],
)
def test_no_name_is_read_before_an_organisations_or_a_rooms_address(text: str) -> None:
    assert [f for f in scan(text) if f.type == "person_name"] == []


_EXAMPLES = [
    "Stripe's test card 5555 5555 5555 4444 is declined in sandbox, why?",
    "what do the parts of the example IBAN DE89 3704 0044 0532 0130 00 mean?",
    "the docs use AKIAIOSFODNN7EXAMPLE - is that a real key?",
    "my app sends from no-reply@shop.example.org, is that allowed?",
]


@pytest.mark.parametrize("text", _EXAMPLES)
def test_documented_examples_and_role_mailboxes_are_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize("text", _EXAMPLES)
def test_those_need_the_predicates(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    for module in (
        core.privacy.contact,
        core.privacy.iban,
        core.privacy.iban_parts,
        core.privacy.ids,
    ):
        monkeypatch.setattr(module, "is_documented_example", lambda *_args: False)
    monkeypatch.setattr(core.privacy.credential_tokens, "is_documented_example", lambda *_a: False)
    monkeypatch.setattr(core.privacy.contact, "is_role_mailbox", lambda _address: False)
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        # The same values given as one's own, with no word of an example.
        "wire it to DE89 3704 0044 0532 0130 00 by friday",
        "카드 5555 5555 5555 4444 로 결제했어요",
        "mail jo.rivers@gmail.com about it",
    ],
)
def test_the_same_values_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only"


_FIGURE_CHECK = "김연아 생일이 1990년 9월 5일 맞아?"


def test_a_writer_free_korean_birth_date_check_is_public() -> None:
    assert classify(_FIGURE_CHECK) == "public", scan(_FIGURE_CHECK)


def test_that_needs_the_predicate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        core.privacy.birth_date_owners, "checks_a_public_birth_date_ko", lambda *_a: False
    )
    assert classify(_FIGURE_CHECK) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "동생 봉하율 생일이 2003년 2월 1일 맞아?",
        "우리 팀 막내 생일이 1999년 7월 3일 맞지?",
        "봉하율 생일이 2003년 2월 1일이야, 기억해",
    ],
)
def test_a_relatives_or_a_stated_birth_date_stays_personal(text: str) -> None:
    assert classify(text) == "local_only"


def test_a_fictional_landmark_address_is_public_unless_the_writer_lives_there() -> None:
    assert classify("is 308 Negra Arroyo Lane a real house?") == "public"
    assert classify("we live at 308 Negra Arroyo Lane now") == "local_only"


def test_a_registration_number_split_over_two_turns_with_a_copula_is_joined() -> None:
    turns = ["외할머니 주민번호 앞자리는 391214 이에요", "뒷자리는 2018542"]
    found = scan_conversation(turns)
    assert any(f.type == "kr_rrn" and "2018542" in f.text for f in found[1]), found


def test_the_copula_join_needs_the_widened_split(monkeypatch: pytest.MonkeyPatch) -> None:
    # main's split pattern before redteam31: no copula between the halves.
    monkeypatch.setattr(
        core.privacy.korean,
        "_RRN_SPLIT_RE",
        LazyPattern(
            "("
            + lead(6)
            + r")(?P<fill>[ \t]*(?:,|/|뒷자리는?|뒤는?|뒷번호는?|그리고|이고|하고)[ \t]*)"
            r"([1-8][0-9]{6})" + NA
        ),
    )
    turns = ["외할머니 주민번호 앞자리는 391214 이에요", "뒷자리는 2018542"]
    found = scan_conversation(turns)
    assert not any("2018542" in f.text for f in found[1]), found
