"""Personal data in this round's forms never reaches the cloud recorder (round 40,
redteam40).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a Russian, a Chinese and a Gyeongsang self-introduction (the Russian one carried into
the next turn), a referee's "I have known …", a letter's "… 배상", a child's "… 어린이", a
rank's "… 선임", a Discord header, a pdftk FieldValue, a statement's "ZELLE TO …", a plus
code, a codice fiscale, a Japanese form's フリガナ, OpenSSL's pass:, an Ansible inventory's
password, htpasswd -b, docker login -p and VBA's Password:=; and the widened forms (a phone
with ㅇ for 0, one read "…국에 …번"). With the defence on none of them reaches the recorder,
while public look-alikes do: a film's famous self-introduction asked about, the example
codice fiscale, Google's example plus code. The control switches only this round's detectors
off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        [
            "is 'Здравствуйте, меня зовут Арсений Ковалевский' too formal for a dating app?",
            "make it warmer, still in Russian",
        ],
        ["Ковалевский"],
    ),
    (["how do I say '我叫钟婉清，是护士' more casually?"], ["钟婉清"]),
    (["'지는 마산 사는 육재겸이라 카요' 이거 서울말로 바꿔줘"], ["육재겸"]),
    (
        ["polish: 'I have known Ambrose Kettering-Osei for four years, first as his tutor'"],
        ["Kettering-Osei"],
    ),
    (["사과 공문 끝맺음 괜찮아?\n㈜바른길 영업팀 차장 현소율 배상"], ["현소율"]),
    (["알림장 답장 써줘: '오늘 남궁도윤 어린이가 점심을 잘 먹었어요'"], ["남궁도윤"]),
    (["옆 팀 채하준 수석이 수술 후 복귀한대, 환영 문구 추천"], ["채하준"]),
    (
        ["translate the mood:\nSolveig Marchbanks-Oyelaran — Today at 7:15 AM\nI'm out sick"],
        ["Marchbanks-Oyelaran"],
    ),
    (
        ["pdftk shows:\nFieldName: patient_last_first\nFieldValue: Quenby Rosalind\nwhy blank?"],
        ["Quenby Rosalind"],
    ),
    (["unknown line: 'ZELLE FROM HALVORSEN-ADEBAYO INGRID ON 11/30 +220.00'"], ["HALVORSEN"]),
    (
        ["our cabin has no address, the plus code is 9C3XGV4M+2P - fine for an ambulance?"],
        ["9C3XGV4M+2P"],
    ),
    (["the portal rejects codice fiscale VRDLCU92E45L219B, what's wrong?"], ["VRDLCU92E45L219B"]),
    (["JLPT 원서 봐줘\nフリガナ: ソン ミナ\n性別: 女"], ["ソン ミナ"]),
    (
        ["openssl enc -aes-256-cbc -in a.tar -out a.enc -pass pass:Otter!Brine61 is weak?"],
        ["Otter!Brine61"],
    ),
    (
        ["[db]\ndb1 ansible_become_password=Fjord#Crane8 ansible_user=ops - sudo fails"],
        ["Fjord#Crane8"],
    ),
    (
        ["htpasswd -b /srv/.htpasswd editor Marigold_Rust4 returns 'Adding password'"],
        ["Marigold_Rust4"],
    ),
    (["docker login ghcr.io -u mkang -p Cinder*Moth27 prints a warning, safe?"], ["Cinder*Moth27"]),
    (['Sheets("급여").Unprotect Password:="Nuri!0519" 가 안 먹혀'], ["Nuri!0519"]),
    (["중고 자전거 팝니다 ㅇ1ㅇ-5273-8846 문자만"], ["5273-8846"]),
    (["어머니가 불러준 번호: 공일공, 칠오이삼 국에 팔팔공사 번"], ["칠오이삼 국에 팔팔공사"]),
]
PUBLIC = [
    "'Hello! My name is Elder Price' - which musical is that song from?",
    "the classic example code RSSMRA85T10A562S - what does A562 stand for?",
    "Google's docs example 849VCWC8+R9 - what does the plus sign separate?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Elder Price", "RSSMRA85T10A562S", "849VCWC8+R9"],
    leaks_without_rules=15,
)


_THIS_ROUNDS_RULES = {
    "detect_self_intro_names_more",
    "detect_letter_names_more",
    "detect_export_record_names",
    "detect_plus_codes",
    "detect_italian_tax_codes",
    "detect_japanese_form_fields",
    "detect_tool_password_args",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
