"""Personal data in this round's forms never reaches the cloud recorder (round 56,
blind56p).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads: a
name given in a correction with 말고, a display name alone on a pasted mail's header line, a
card's CVC read out in words. (The numbers of this round, the 주민번호 with a comma before
뒷자리, the 身份证 after 번호 and the mobile's front read in pieces, are pinned by the rules'
tests only: the guarded client's own wire screen, which stops digit runs, blocks those calls
whatever the scanner says.)

With the defence on none of them reaches the recorder, while a public look-alike does: a
landmark's street line before its postcode. The control switches off the detectors this
round widened: then the values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["예약자명을 엄다온 말고 엄다은으로 고쳐달라는 문장 써줘"], ["엄다온", "엄다은"]),
    (["요약해줘\n보낸사람: 추서현\n제목: 계약 갱신\n갱신 조건을 다시 보내주세요"], ["추서현"]),
    (
        ["the booking site wants my card's CVC, it is seven two two - is that enough?"],
        ["seven two two"],
    ),
]
PUBLIC = [
    "can I write to the Chancellor at 11 Downing Street, London SW1A 2AB directly?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Downing Street"],
    leaks_without_rules=4,
)


# The detectors this round widened (the names and the card's code; see the module).
_THIS_ROUNDS_RULES = {
    "detect_introduced_names",
    "detect_mail_header_names",
    "detect_card_security_code",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
