"""redteam33's detectors and predicates, each on inputs of our own (not the blind set's
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
import core.privacy.credential_tokens
import core.privacy.encoded_values
from core.privacy import classify, scan
from core.privacy.arrival_names_en import detect_arrival_names_en
from core.privacy.birth_date_owners import detect_birth_date_owners
from core.privacy.booking_references import detect_booking_references
from core.privacy.cjk_script_names import detect_cjk_script_names
from core.privacy.encoded_values import detect_encoded_values
from core.privacy.guest_label_names import detect_guest_label_names
from core.privacy.html_form_values import detect_html_form_values
from core.privacy.invite_names_en import detect_invite_names_en
from core.privacy.kin_address_names_ko import detect_kin_address_names_ko
from core.privacy.login_log_users import detect_login_log_users
from core.privacy.otpauth_accounts import detect_otpauth_accounts
from core.privacy.policy_numbers import detect_policy_numbers
from core.privacy.profile_url_names import detect_profile_url_handles
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from core.privacy.student_id_names import detect_student_id_names
from tests.core.privacy.scanner_switch import (
    Positive,
    form_tests,
    look_alike_tests,
    predicate_off,
    public_tests,
)

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_kin_address_names_ko, "앞집 노말순 할머니가 김치를 주셨어 감사 문자 써줘", "노말순"),
    (detect_kin_address_names_ko, "옆 동 하길수 아저씨 차 좀 빼달라고 해야 돼", "하길수"),
    (detect_kin_address_names_ko, "소연언니한테 보낼 생일 메시지 써줘", "소연"),
    (detect_kin_address_names_ko, "준혁이형이 다음 주에 이사 간대", "준혁"),
    (detect_kin_address_names_ko, "태오형 결혼 축하 카드 문구 추천해줘", "태오"),
    (detect_kin_address_names_ko, "회사에서 지현선배가 점심 사줬어", "지현"),
    (
        detect_arrival_names_en,
        "draft the announcement: Harriet Gillespie-Oyo joins finance as controller",
        "Harriet Gillespie-Oyo",
    ),
    (
        detect_arrival_names_en,
        "Maisie Thornbury is leaving us on Friday, card ideas?",
        "Maisie Thornbury",
    ),
    (
        detect_invite_names_en,
        "Updated invitation: Coffee with Ottoline Brackenbury @ Wed 3 Mar 2027 9am",
        "Ottoline Brackenbury",
    ),
    (detect_invite_names_en, "move my 1:1 with Graham Penhaligon to Thursday", "Graham Penhaligon"),
    (
        detect_guest_label_names,
        "ask the front desk for a cot, lead guest: Ysolde Farquharson, 2 nights",
        "Ysolde Farquharson",
    ),
    (
        detect_guest_label_names,
        "passenger Rosalind Tregowan needs a wheelchair",
        "Rosalind Tregowan",
    ),
    (detect_booking_references, "can I change seats? PNR: ZT4K8W, flight BA117", "ZT4K8W"),
    (detect_booking_references, "예약번호 HB4K2Q 로 체크인 시간 변경 문의 메일 써줘", "HB4K2Q"),
    (
        detect_policy_numbers,
        "write to the insurer about policy no. MTR-88214-07, the car was hit",
        "MTR-88214-07",
    ),
    (
        detect_policy_numbers,
        "보험증권번호 7720-4418-305 로 청구하려는데 서류 뭐 필요해?",
        "7720-4418-305",
    ),
    (
        detect_encoded_values,
        'what does this say? {"customer": "\\uc591\\uc9c0\\uc6b0", "tier": 2}',
        "\\uc591\\uc9c0\\uc6b0",
    ),
    (
        detect_encoded_values,
        "why does the form reset? /signup?to=haneul.moon%40naver.com&step=2",
        "haneul.moon%40naver.com",
    ),
    (
        detect_encoded_values,
        # base64url of {"uid":"77","name":"표서진","tel":"010-2231-9087"}
        "decode this cookie value: profile="
        "eyJ1aWQiOiI3NyIsIm5hbWUiOiLtkZzshJzsp4QiLCJ0ZWwiOiIwMTAtMjIzMS05MDg3In0",
        "eyJ1aWQiOiI3NyIsIm5hbWUiOiLtkZzshJzsp4QiLCJ0ZWwiOiIwMTAtMjIzMS05MDg3In0",
    ),
    (
        detect_profile_url_handles,
        "포트폴리오 링크 정리해줘: https://github.com/seoyeon-park/portfolio",
        "seoyeon-park",
    ),
    (detect_profile_url_handles, "blog.naver.com/hana_lee1204 에 올린 글 요약해줘", "hana_lee1204"),
    (
        detect_birth_date_owners,
        "아버지 생신이 음력 1955년 9월 12일이라 양력 날짜 알려줘",
        "1955년 9월 12일",
    ),
    (
        detect_role_label_names_ko,
        "차량 명의 이전 서류: 소유자 탁윤서, 차량번호 12가 3456",
        "탁윤서",
    ),
    (detect_student_id_names, "학번 2022105533 마서윤 휴학 신청 메일 써줘", "2022105533"),
    (detect_cjk_script_names, "佐藤 健太 さん에게 보낼 감사 메일", "佐藤 健太"),
    (
        detect_login_log_users,
        "sshd[901]: Accepted publickey for hyunwoo.kang from 121.88.40.3 port 40122",
        "hyunwoo.kang",
    ),
    (
        detect_login_log_users,
        "sshd[901]: Accepted publickey for hyunwoo.kang from 121.88.40.3 port 40122",
        "121.88.40.3",
    ),
    (
        detect_otpauth_accounts,
        "moving my 2FA: otpauth://totp/Nextcloud:dasom.yoo?secret=MFRGGZDFMZTWQ2LK&issuer=Nextcloud",
        "dasom.yoo",
    ),
    (
        detect_html_form_values,
        "prefill broken: <input id='last_name' type='text' value='Featherstone'>",
        "Featherstone",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # Kin words after places, groups, jobs and types, not names.
        "동네언니랑 커피 마셨어",
        "대학선배 결혼식 축가 추천",
        "경비원 아저씨께 감사 편지 써줘",
        "관리인 아저씨가 택배 맡아주셨어",
        "이상형이 뭐야?",
        "자유형이랑 배영 중에 뭐가 쉬워?",
        "사촌형이 놀러 왔어",
        # A firm or a brand moving, a meeting with a firm, a one-word "with".
        "Acme Corp joins the index on Monday",
        "meeting with Google Cloud team at 3",
        "chat with Claude about the draft",
        # Guest words that name no one; a booking word without a code.
        "is the guest Wi-Fi password on the receipt?",
        "what is a booking reference number?",
        "booking code SUMMER gives 10% off",
        # A policy word with too few digits.
        "our privacy policy v2 from 2026",
        # Encodings with nothing personal inside.
        "https://www.google.com/search?q=%EC%84%9C%EC%9A%B8+%EB%82%A0%EC%94%A8",
        'log line {"city": "\\uc11c\\uc6b8"}',
        # Organisations on code hosts; a shop's blog id.
        "pip install git+https://github.com/langchain-ai/langgraph",
        "github.com/google-research/bert 논문 코드",
        "blog.naver.com/samsungcard 공지 요약해줘",
        # A public figure's birthday asked about by the lunar calendar.
        "세종대왕 생일이 음력 1397년 4월 10일이야?",
        # A service account in a log; an otpauth string without a label's account.
        "Failed password for invalid user admin from 45.13.2.9 port 22 ssh2",
        # A submit button's value; a template variable.
        '<input type="submit" name="send" value="Send">',
        '<input name="fullname" value="{{ user.full_name }}">',
    ]
)


def _no(*_args: object) -> bool:
    return False


_PUBLIC: list[tuple[str, Callable[[pytest.MonkeyPatch], object]]] = [
    (
        "our test fixtures use carol@example.org and dave@example.net, is that fine?",
        predicate_off(core.privacy.contact, "is_placeholder_mailbox"),
    ),
    (
        # jwt.io's default token: the docs' John Doe, signed with "your-256-bit-secret".
        "what signs eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
        "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c in"
        " the jwt.io debugger?",
        lambda mp: (
            mp.setattr(core.privacy.auth_headers, "is_placeholder_jwt", _no),
            mp.setattr(core.privacy.encoded_values, "is_placeholder_claims", _no),
        ),
    ),
    (
        "Stripe's API reference shows sk_test_4eC39HqLyjWDarjtT1zdp7dc in the sample code",
        predicate_off(core.privacy.credential_tokens, "is_documented_example"),
    ),
]


test_public_look_alikes_are_public, test_those_need_their_predicates = look_alike_tests(_PUBLIC)


@pytest.mark.parametrize(
    "text",
    [
        # The same kinds of value as one's own, or not the docs' own.
        "my email is carol@example.org, use it for the invite",
        "carol.yoon91@example.org is in our fixtures",
        # A JWT whose claims name someone real, and one with the docs' name but an e-mail.
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJNaXJhIEtvdmFjIn0.c2lnbmF0dXJlX2hlcmU",
        "eyJhbGciOiJIUzI1NiJ9.eyJuYW1lIjoiSm9obiBEb2UiLCJlbWFpbCI6Im1rQGZhc3RtYWlsLmNvbSJ9.c2lnbmF0dXJl",
        "STRIPE_SECRET=sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    ],
)
def test_the_same_values_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
