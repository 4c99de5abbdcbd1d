"""Secrets and personal data in this round's forms never reach the cloud recorder (round 29,
redteam29).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a password on a
command line, a Wi-Fi QR string, an Azure account key, a payment link, a membership
number with its member, a French name in Hangul, a plate in the phonetic alphabet, an
IBAN's first half, a continental street address and a double-barrelled name standing
alone. With the defence on none of them reaches the recorder, while public look-alikes (a
landmark's address, a character asked about without the work) do. The control switches
only this round's detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["why is access denied? mysql -u app -pQuill7Harbour -h db.local"], ["Quill7Harbour"]),
    (
        ["is this right for the guest QR? WIFI:T:WPA;S:Loft;P:marmalade4toast;;"],
        ["marmalade4toast"],
    ),
    (
        [
            "why does this fail? DefaultEndpointsProtocol=https;AccountName=pics;"
            "AccountKey=Wd3Lq9Zm2Xt6Nv1Kc8Rb=="
        ],
        ["Wd3Lq9Zm2Xt6Nv1Kc8Rb=="],
    ),
    (["write the raffle poster line: pay at paypal.me/OrlaBranwen"], ["OrlaBranwen"]),
    (["도서관 회원번호 LIB-77120 모아린인데 연체 문의 문자 써줘"], ["LIB-77120", "모아린"]),
    (["프랑스 파트너 앙투안 르루아 팀장님께 감사 메일 영어로 써줘"], ["앙투안 르루아"]),
    (
        ["my van is Kilo Tango two one, Hotel Papa Oscar - add it to the permit form"],
        ["Hotel Papa Oscar"],
    ),
    (["for the refund: the first half of my IBAN is BE71 0961 2345"], ["BE71 0961 2345"]),
    (["write my new address for the bank: 8 rue de la Paix, 2e étage"], ["8 rue de la Paix"]),
    (["bio for the choir page. Rowena Palmer-Eze, alto, joined 2019."], ["Palmer-Eze"]),
]
LANDMARK = "can tourists visit 10 Downing Street, or only see the door?"
CHARACTER = "why does Mr. Wickham elope with Lydia?"

ROUND = Round(
    CONVERSATIONS, [LANDMARK, CHARACTER], ["10 Downing Street", "Wickham"], leaks_without_rules=8
)


_THIS_ROUNDS_RULES = {
    "detect_cli_password_flags",
    "detect_wifi_credentials",
    "detect_credential_tokens",
    "detect_profile_url_handles",
    "detect_member_id_names",
    "detect_hangul_spelled_foreign_names",
    "detect_phonetic_alphabet_ids",
    "detect_iban_parts",
    "detect_european_address",
    "detect_double_barrelled_names",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
