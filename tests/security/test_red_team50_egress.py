"""Personal data in this round's forms never reaches the cloud recorder (round 50,
redteam50).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Swahili, Tagalog and Malay introductions; "our intern NAME"; an .env's "ADMIN_FULLNAME=…";
a ticket link's ?requester=given.family; a Korean name, a time word and a condition;
여사님께서; a Korean flat's "Unit …, Building …"; a single-quoted password with "$" piped
into sudo -S; a quoted .pgpass line. (The numbers of this round, a MyKad number and
an account read in number words over two turns, are pinned by the rules' tests only: the
guarded client's own wire screen, which stops long digit runs, blocks those calls whatever
the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a
titled author's book, a famous correspondent's closing, a documentation stand-in. The
control switches off the detectors this round widened: then all 11 values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["what does 'Naitwa Neema Wambui-Kariuki' mean in English?"], ["Wambui-Kariuki"]),
    (["'Ang pangalan ko ay Lorna Dimaculangan' 뜻이 뭐야?"], ["Dimaculangan"]),
    (["reply politely to 'nama saya Zulaikha binti Hamdan'"], ["Hamdan"]),
    (
        ["our intern Farida Oyelowo-Banks needs a desk - write the facilities request"],
        ["Oyelowo-Banks"],
    ),
    (
        ["my .env has ADMIN_FULLNAME=Cosmo Threlkeld but the wiki shows no owner - why?"],
        ["Threlkeld"],
    ),
    (["the link /tickets?requester=imogen.fairweather&x=1 is blank, why?"], ["fairweather"]),
    (["설도하 요즘 공황장애 때문에 힘들대. 위로 문자 길게 써줘"], ["설도하"]),
    (["변옥순 여사님께서 입원하셨어요. 안부 문자 정중하게 써줘"], ["변옥순"]),
    (
        ["ship to Unit 702, Building 118, Lotte Castle Apartments - label format?"],
        ["Unit 702, Building 118"],
    ),
    (["echo 'Moss$Ridge4' | sudo -S apt upgrade fails in cron, why?"], ["Moss$Ridge4"]),
    (
        ["psql keeps prompting; my .pgpass has 'db.internal:5432:*:etl:Clover!Fen' - perms?"],
        ["Clover!Fen"],
    ),
]
PUBLIC = [
    "what is Prof. Hawking's book 'Brief Answers' about?",
    "Chekhov signed his letters to Olga 'Ever yours, Anton' - were they published?",
    "the README shows passcode: my-door-passcode for the kv put - literal?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Hawking", "Anton", "my-door-passcode"],
    leaks_without_rules=11,
)


# The detectors this round widened (no new detector: each form joined its family's reader).
_THIS_ROUNDS_RULES = {
    "detect_latin_self_intros",
    "detect_task_recipient_names",
    "detect_assigned_name_values",
    "detect_keyed_values",
    "detect_health_subject_names",
    "detect_elder_honorific_names_ko",
    "detect_addresses_57p",
    "detect_piped_stdin_passwords",
    "detect_config_password_fields",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
