"""Personal data in this round's forms never reaches the cloud recorder (round 47,
redteam47).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Dutch, Czech, Romanian, Welsh and Tamil introductions; a forwarded mail's sender in a header
block without an address (Von:/Gesendet:, 差出人:/送信日時:); ipmitool -P, snmp* -A/-X,
openssl enc -k and wpa_passphrase's passphrase; a mobile dictated over three turns, its bare
010 front first; a German street with its building's parts.

With the defence on none of them reaches the recorder, while public look-alikes do: a
published diarist, a prize-winner asked about, a museum's colonia, a romanised landmark's
address, a company's forwarded header. The control switches only this round's four new
detectors off: then 13 values leak, every one but the three-turn phone's (its middle group is
still read by the widened "…님 번호" phone word, scanned with the first turn's tail, and the
thread is then kept local).
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["reply to 'Hoi, ik heet Lotte Brouwer-Smit, ik ben uw nieuwe buurvrouw'"], ["Brouwer-Smit"]),
    (["번역해줘 'Dobrý večer, jmenuji se Radek Procházka-Vlk'"], ["Procházka-Vlk"]),
    (["what is 'mă numesc Ilinca Popescu-Vâlcu' in English?"], ["Popescu-Vâlcu"]),
    (["'Helo, fy enw i yw Gwenllian Morgan-Rhys' 뜻이 뭐야?"], ["Morgan-Rhys"]),
    (["translate 'என் பெயர் தமிழ்செல்வி ராஜன், நான் ஆசிரியை'"], ["தமிழ்செல்வி ராஜன்"]),
    (
        ["summarise:\nVon: Gesche Tönjes\nGesendet: Freitag, 27. November 2026\nAuf später"],
        ["Gesche Tönjes"],
    ),
    (["요약해줘\n差出人: 鷲尾 千景\n送信日時: 2026年11月27日\n了解です"], ["鷲尾 千景"]),
    (["ipmitool -H 10.1.1.9 -U ops -P Sable#Dune42 power status hangs"], ["Sable#Dune42"]),
    (
        ["snmpwalk -v3 -u mon -l authPriv -a SHA -A Teal!Marsh70 -x AES -X Pine%Hollow8 r1"],
        ["Teal!Marsh70", "Pine%Hollow8"],
    ),
    (["openssl enc -aes-256-cbc -k Umber7Heath! -in a.tar 경고 없애려면?"], ["Umber7Heath!"]),
    (["wpa_passphrase OfficeNet Clover#Ridge31 output looks odd"], ["Clover#Ridge31"]),
    (
        ["기사님 번호 부를게, 앞은 010 이고", "가운데는 7261", "끝은 3390 이야, 저장해줘"],
        ["7261", "3390"],
    ),
    (
        ["label for my aunt: 'Danziger Str. 61, Hinterhaus, 4. OG links, 10435 Berlin'"],
        ["Danziger Str. 61"],
    ),
]
PUBLIC = [
    "which of Mary Oliver's poems is the one about the wild geese?",
    "has Toni Morrison's Beloved been filmed since the Nobel?",
    "el museo está en Sonora 38, Col. Del Valle, CDMX - abre el lunes?",
    "is Seoul City Hall at 110 Sejong-daero, Jung-gu?",
    "is this real?\nVon: Deutsche Bahn\nGesendet: Montag, 30. November 2026",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Mary Oliver", "Toni Morrison", "Del Valle", "110 Sejong-daero", "Deutsche Bahn"],
    leaks_without_rules=13,
)


_THIS_ROUNDS_RULES = {
    "detect_self_intros_55p",
    "detect_frame_names_55p",
    "detect_numeric_forms_55p",
    "detect_command_secrets_55p",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
