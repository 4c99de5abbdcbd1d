"""Personal data in this round's forms never reaches the cloud recorder (round 51,
redteam51).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Ukrainian, Indonesian, Vietnamese and Portuguese introductions; a commit trailer with no
address; a chat tool's "… was added to the team"; a manifest's "author"; a lower-case name
before a health matter; 시어머님 되시는 NAME 님; MYSQL_PWD= before a command; an X-Api-Key
header; a named residence and its unit; a numbered side road's address. (The numbers of this
round, a card's part after a bare 카드 and a phone read in English digit words, and the two
secrets with an "@" in them, helm's --set …password=Lark@Fen16 and redis://:PASS@host, are
pinned by the rules' tests only: the guarded client's own wire screen, which stops long digit
runs, number words and e-mail-like strings, blocks those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a
vendor's documented "not a real" token and a Ukrainian course's model sentence. The control
switches off the detectors this round widened: then every one of the 13 values leaks.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'Вітаю, мене звуть Соломія Гребінь-Коваль' for me"], ["Гребінь-Коваль"]),
    (["what does 'perkenalkan, saya Dimas Anggoro Wicaksono' mean?"], ["Wicaksono"]),
    (["'Chào anh, mình là Đoàn Bảo Ngọc' 무슨 뜻이야?"], ["Bảo Ngọc"]),
    (["reply to 'Boa tarde, eu me chamo Gonçalo Pimentel Reis'"], ["Pimentel Reis"]),
    (["is this trailer right?\n\nfix: cache\n\nTested-by: Leofric Abernethy"], ["Abernethy"]),
    (
        ["Teams: 'Perpetua Hollings was added to the team by you' but she sees nothing"],
        ["Hollings"],
    ),
    (['my package.json "author": "Casimir Wendover" shows blank on npm'], ["Wendover"]),
    (["omg ruth palmer got diagnosed w lupus, what do i even say"], ["ruth palmer"]),
    (["시어머님 되시는 곽분례 님께서 투석을 시작하셨어요. 안부 문자 써줘"], ["곽분례"]),
    (["MYSQL_PWD='Cress!Wold5' mysqldump fails in cron, why?"], ["Cress!Wold5"]),
    (['curl -H "X-Api-Key: kq7Zx2Lm9Pt4Rv8B" returns 403 - wrong header?'], ["kq7Zx2Lm9Pt4Rv8B"]),
    (["동생 자취하는 해님오피스텔 1507호 영문 주소로 써줘"], ["해님오피스텔"]),
    (["보낼 곳: 광안해변로 27번길 14 맞게 쓴 거야?"], ["27번길 14"]),
]
PUBLIC = [
    "Slack's docs use SLACK_BOT_TOKEN=xoxb-not-a-real-token - always xoxb?",
    "우크라이나어 교재 예문 'Мене звуть Тарас' 발음 알려줘",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["not-a-real-token", "Тарас"],
    leaks_without_rules=13,
)


# The detectors this round widened (no new detector: each form joined its family's reader).
_THIS_ROUNDS_RULES = {
    "detect_self_intro_names_more",
    "detect_latin_self_intros",
    "detect_commit_log_authors",
    "detect_arrival_names_en",
    "detect_keyed_values",
    "detect_lowercase_names_en",
    "detect_kinship_names",
    "detect_command_secrets_56p",
    "detect_auth_headers",
    "detect_apartment_unit",
    "detect_addresses_57p",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
