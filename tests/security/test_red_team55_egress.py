"""Personal data in this round's forms never reaches the cloud recorder (round 55,
blind55p).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Amharic and Thai introductions, a Turkish "soyadım …", an English correction of the writer's
name, a full name after a signature's label, a name read off a badge, a deed's party "NAME,
of 12 …", a lower-case relative with a double-barrelled family name (carried into the next
turn). (The numbers of this round, the 환자번호, the 주민번호 read with "하고 뒤에", the
생년월일 in digit words, the Spanish flat, the Telegram token and the spoken e-mails, are
pinned by the rules' tests only: the guarded client's own wire screen, which stops digit runs
and e-mail-like strings, blocks those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a public
building named by its kind and an author named by a choice of their works. The control
switches off the detectors this round widened: then the values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'ሰላም፣ እኔ ሰብለ ታደሰ ነኝ' for me"], ["ሰብለ ታደሰ"]),
    (["what goes in the first-name box: 'ชื่อจริง สุนิสา นามสกุล พรหมมา'"], ["สุนิสา", "พรหมมา"]),
    (["reply to 'Merhaba, adım Barış, soyadım Kocabıyıkoğlu'"], ["Kocabıyıkoğlu"]),
    (
        ["it's not Cuthbert Ellingsworth, my surname is Elingsworth - fix my intro"],
        ["Cuthbert Ellingsworth"],
    ),
    (["update my signature block: Peregrine Quillfeather, Head of Facilities"], ["Quillfeather"]),
    (
        ["the porter's badge said Ignatius Fairweather-Obi, write him a thank-you"],
        ["Fairweather-Obi"],
    ),
    (
        ["is this clause fair? 'between Rowan Homes Ltd and Hildegard Quarshie, of 7 Mill Row'"],
        ["Hildegard Quarshie"],
    ),
    (
        [
            "my grandad walter pennington-ayew is in hospital",
            "what should i bring him on the first visit",
        ],
        ["pennington-ayew"],
    ),
]
PUBLIC = [
    "the Cheers bar at 84 Beacon Street - is it still a pub?",
    "why are there so many Agatha Christie novels set in Devon?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Beacon Street", "Agatha Christie"],
    leaks_without_rules=7,
)


# The detectors this round widened.
_THIS_ROUNDS_RULES = {
    "detect_script_self_intros",
    "detect_latin_self_intros",
    "detect_introduced_names",
    "detect_signature_names",
    "detect_passing_names",
    "detect_formal_frame_names_en",
    "detect_lowercase_names_en",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
