"""Personal data in this round's forms never reaches the cloud recorder (round 48,
redteam48).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Icelandic, Kazakh, Latvian and Armenian introductions; a card face's CARDMEMBER name; "his
legal name is …" after a nickname, two turns on; a NAME_PASSWORD='…' before a command; a
link's ?guest= name, URL-encoded. (Base64 text and a mobile broken over a line, this round's
other forms, are pinned by the rules' tests only: the guarded client's own wire screen, which
stops base64 runs and long digit runs, blocks those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a plate
format's example, an address in a story, a company's numbered early employee. The control
switches only this round's five new detectors off: then all 8 values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'Komdu sæl, ég heiti Hildur Ásgeirsdóttir'"], ["Ásgeirsdóttir"]),
    (["번역해줘 'Сәлем, менің атым Динара Сейітқалиева'"], ["Сейітқалиева"]),
    (["what does 'Sveiki, mani sauc Anete Ozoliņa-Liepa' mean?"], ["Ozoliņa-Liepa"]),
    (["'Բարև, իմ անունը Լուսինե Սարգսյան է' 뜻이 뭐야?"], ["Լուսինե Սարգսյան"]),
    (["my screenshot shows CARDMEMBER TALULLAH OKONJO-BRAY - should I crop it?"], ["OKONJO-BRAY"]),
    (
        [
            "the lads at the club call our goalkeeper 'Spud'",
            "Spud has been with us ten seasons",
            "for the plaque, his legal name is Cuthbert Iredale-Moss - write the wording",
        ],
        ["Iredale-Moss"],
    ),
    (
        ["KOPIA_PASSWORD='Gannet^Reef17' kopia snapshot create ~ fails under systemd"],
        ["Gannet^Reef17"],
    ),
    (
        ["이 링크 guest 값이 뭐야? https://stay.example/c?guest=%EC%98%A4%EC%84%B8%EB%A6%B0"],
        ["%EC%98%A4%EC%84%B8%EB%A6%B0"],
    ),
]
PUBLIC = [
    "on a plate like '34다 5678' in the DMV guide, what does 다 stand for?",
    "in the novel, the Pooters live at 12 Brickfield Terrace, Holloway - is it a real street?",
    "is it true Jane Miller was Acme employee #1, as the company history says?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["34다 5678", "12 Brickfield Terrace", "Jane Miller"],
    leaks_without_rules=8,
)


_THIS_ROUNDS_RULES = {
    "detect_self_intros_56p",
    "detect_frame_names_56p",
    "detect_encoded_forms_56p",
    "detect_command_secrets_56p",
    "detect_numeric_forms_56p",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
