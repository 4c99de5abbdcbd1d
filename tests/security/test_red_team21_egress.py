"""Personal data in this round's forms never reaches the cloud recorder (round 21, redteam21).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a phone read out
with "oh" and "double", a unit number where a parcel is left, names with 군/양, opening a
quote and given in halves, a romanised Korean name, a lower-case name, a name with the
writer's club, an SSN in two turns, a birth date with 생, a webmail handle without its
ending. With the defence on none of them reaches the recorder, while the public opener
and a question with a toll-free support line do. The control switches only this round's
rules off: the same conversations then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        ["it's oh one six one, double four nine, oh two seven three - note it for reception"],
        ["double four nine, oh two seven three"],
    ),
    (["2106호 현관 앞에 놔 달라는 문자 써줘"], ["2106호"]),
    (["졸업하는 남도윤 군에게 보낼 축하 카드 문구 써줘"], ["남도윤"]),
    (["예약자 성은 황보예요", "이름은 다인이고요. 확인 문자 써줘"], ["황보", "다인이고요"]),
    (["please forward the rota to Jiwoo Han before noon"], ["Jiwoo Han"]),
    (["write a get-well card for my colleague martha quinlan"], ["martha quinlan"]),
    (["Orla Kinsella from my choir lent me her music, write a thank-you"], ["Orla Kinsella"]),
    (["my social starts 512-73", "and it ends 2281. write the form line"], ["512-73", "2281"]),
    (["저 1988.4.17생인데 가입 신청서 문장 써줘"], ["1988.4.17"]),
    (["I'm kit.fox at proton, ask the gym to send the timetable there"], ["kit.fox"]),
]
TOLL_FREE = "the bank's helpline is 1-888-204-7731, what should I have ready when I call?"

ROUND = Round(CONVERSATIONS, [TOLL_FREE], ["1-888-204-7731"], leaks_without_rules=8)


_THIS_ROUNDS_RULES = {
    "detect_spoken_phone_en",
    "detect_delivery_unit",
    "detect_korean_name_cues",
    "detect_romanised_korean_names",
    "detect_lowercase_names_en",
    "detect_group_member_names",
    "detect_ssn_parts",
    "detect_birth_suffix_ko",
    "detect_webmail_handle",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_a_toll_free_line_does,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
