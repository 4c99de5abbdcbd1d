"""Personal data in this round's forms never reaches the cloud recorder (round 39,
redteam39).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a phone in Han numerals, a name typed in English mode, a katakana name before 様, a
Devanagari name after श्री, a Greek signature carried into the next turn, a certificate's
"certify that", a caption's order marker, a baby's name announced, a courier text's
"… 고객님", a PHP define, net use's password, keytool's -storepass, a password spelled in
Korean words, a Spanish NIE; and the widened rules' forms (an e-mail behind HTML
references, a Han name before 女士, keycap digits). With the defence on none of them
reaches the recorder, while public look-alikes do: the people on a named album cover, a
royal baby's names, a famous correspondence's closing. The control switches only this
round's detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        ["이모할머니 연락처가 〇一〇-九二四八-三〇七一 로 적혀 있어, 문자 보내는 법 알려줘"],
        ["九二四八"],
    ),
    (
        ["예약자명 칸에 한영 안 바꾸고 qkrwlgus 으로 써버렸어, 호텔에 보낼 수정 요청 써줘"],
        ["qkrwlgus"],
    ),
    (["translate this ryokan note: 'タカハシ ユウト 様 お待ちしております'"], ["タカハシ ユウト"]),
    (["what does 'श्री अमित खन्ना को बधाई' mean?"], ["अमित खन्ना"]),
    (
        [
            "our Corfu host wrote 'Με φιλικούς χαιρετισμούς, Σοφία Λαμπράκη' - how formal is that?",
            "draft a reply to her in English",
        ],
        ["Σοφία Λαμπράκη"],
    ),
    (
        ["fix the grammar: 'This certifies that Evangelina Thorsby-Okoro completed the module'"],
        ["Thorsby-Okoro"],
    ),
    (["caption check: 'L-R: Marisela Quaye, Dunstan Whitlow and me on the summit'"], ["Whitlow"]),
    (["조카 이름을 '편하람'으로 짓기로 했대, 축하 문자 써줘"], ["편하람"]),
    (["[Web발신] [롯데택배] 편서이 고객님, 주소지 확인 바랍니다 - 스미싱이야?"], ["편서이"]),
    (["plugin breaks: define('LOGGED_IN_SALT', 'v9#Qe!r2Lm');"], ["v9#Qe!r2Lm"]),
    ([r"net use P: \\srv\proj /user:lab\yjeon Marl1n*Bay errors with 1326"], ["Marl1n*Bay"]),
    (["keytool -exportcert -keystore k.jks -storepass Gr0ve%Ash -alias web fails"], ["Gr0ve%Ash"]),
    (
        ["공유기 비번 메모: 소문자 디, 대문자 알, 숫자 구 칠, 특수문자 느낌표"],
        ["소문자 디, 대문자 알"],
    ),
    (["mi NIE es Z3071592Q y el banco dice que no es válido, ¿por qué?"], ["Z3071592Q"]),
    (["my site footer: contact idris.malvern&#64;posteo&#46;de - spam-proof?"], ["idris.malvern"]),
    (["심천 거래처 黄思琪女士 한테 보낼 납기 지연 안내문 써줘"], ["黄思琪"]),
    (["전단지 번호 이렇게 넣었어 ☎ 0️⃣1️⃣0️⃣-5️⃣3️⃣8️⃣0️⃣-2️⃣2️⃣6️⃣1️⃣ 어때?"], ["5️⃣3️⃣8️⃣0️⃣"]),
]
PUBLIC = [
    "on the Rubber Soul album cover, is George Harrison the one on the left?",
    "Prince Harry and Meghan named their son Archie Harrison - why Harrison?",
    "Chekhov's letters to his wife often close 'Yours, Anton' - were they ever published?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["George Harrison", "Archie Harrison", "Yours, Anton"],
    leaks_without_rules=13,
)


_THIS_ROUNDS_RULES = {
    "detect_hanja_numeral_phones",
    "detect_english_mode_names_ko",
    "detect_script_titled_names_more",
    "detect_certificate_names_en",
    "detect_caption_names",
    "detect_named_child_names_ko",
    "detect_customer_honorific_names_ko",
    "detect_code_call_passwords",
    "detect_spelled_secrets_ko",
    "detect_dutch_spanish_ids",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
