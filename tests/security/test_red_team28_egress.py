"""Secrets and personal data in this round's forms never reach the cloud recorder (round 28,
redteam28).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a private key block,
a JWT, a chat webhook URL, a lock's combination, a password given in two turns, a Hangul
name in an English introduction, a name after a record's compound label, a 동/호 in
number words, a what3words home, a holiday-named birth date and an Indian PAN. With the
defence on none of them reaches the recorder, while public look-alikes (a question about a
novel's characters, a wrestler's ring name) do. The control switches only this round's
detectors off: most then leak (some digits the wire screen still holds back).
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

_KEY_BODY = "MIIEowIBAAKCAQEAt9Lq2Zk5Vn1Rx7Tb3YcWf8Hm4Jd0Gs6Pa2Ue9Ko"
# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        [
            "is this deploy key ok?\n-----BEGIN RSA PRIVATE KEY-----\n"
            f"{_KEY_BODY}\n-----END RSA PRIVATE KEY-----"
        ],
        [_KEY_BODY],
    ),
    (
        [
            "why is this rejected? Authorization: Bearer "
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmaW5uIn0.Tq8Lm2Xv5Nb9Kc1Rz4Wd"
        ],
        ["Tq8Lm2Xv5Nb9Kc1Rz4Wd"],
    ),
    (
        ["POST to https://hooks.slack.com/services/T7QZ2K1/B4LX9M0/Hd3Wq8Lz5Vk2Nx7Rb1Tc fails"],
        ["Hd3Wq8Lz5Vk2Nx7Rb1Tc"],
    ),
    (["write a note for the cleaner: the shed padlock combination is 6-1-9-4"], ["6-1-9-4"]),
    (
        [
            "노트북 비밀번호 생각나는 대로 적어볼게 앞부분은 purin 이야",
            "뒤에 2468@ 붙였어 강도 어때?",
        ],
        ["purin", "2468@"],
    ),
    (["polish my intro: I'm 모서진, the new designer in the Leeds studio"], ["모서진"]),
    (["이 검사지 설명해줘\n수진자성명: 옥다인\n공복혈당 132 mg/dL"], ["옥다인"]),
    (["택배 기사님께 메모 써줘 주소는 오백일동 구백삼호 예요"], ["오백일동 구백삼호"]),
    (["write directions for the courier: we're at ///spoon.river.candle"], ["spoon.river.candle"]),
    (["I was born on Boxing Day 1994 - write a funny party invite"], ["Boxing Day 1994"]),
    (["my PAN is AFZPK7190K - write a note asking the bank to update it"], ["AFZPK7190K"]),
]
NOVEL = "in Jane Eyre, why does Mr. Rochester hide Bertha?"
RING_NAME = "what year did Terry 'The Hulk' Bollea win his first title?"

ROUND = Round(
    CONVERSATIONS,
    [NOVEL, RING_NAME],
    ["Mr. Rochester", "Bollea"],
    leaks_without_rules=8,
)


_THIS_ROUNDS_RULES = {
    "detect_private_key_blocks",
    "detect_auth_headers",
    "detect_webhook_urls",
    "detect_lock_combinations",
    "detect_secret_parts",
    "detect_hangul_names_in_english",
    "detect_record_name_labels_ko",
    "detect_spoken_apartment_units_ko",
    "detect_what3words_addresses",
    "detect_holiday_birth_dates",
    "detect_pan_nric_ids",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
