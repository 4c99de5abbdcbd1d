"""Personal data in this round's forms never reaches the cloud recorder (round 37,
redteam37).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: an owner's name in a device's, a tracker's assignee change, a depositor name with
digits glued on, a comment bubble's author line, a name before a wristband's sex/age tag, a
WhatsApp link's number, a Twilio token after its SID, a Cyrillic name with 씨. With the
defence on none of them reaches the recorder, while public look-alikes do: a company's
head-office address, an eponymous document's signatory and
a singer named by her song. The control switches only this round's detectors off: most then
leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        ['my laptop lists a hotspot "Tobiasz Wróblewski\'s MacBook Pro", whose is it?'],
        ["Wróblewski"],
    ),
    (
        ["summarise for standup:\nOPS-77 · Assignee changed from Unassigned to Oskar Lindahl"],
        ["Oskar Lindahl"],
    ),
    (["입금자명: 옥다빈1207 로 보내달라는데 무슨 뜻이야?"], ["옥다빈"]),
    (
        ["answer this comment kindly:\nOyelaran, Temitope   2026-11-30 10:42\nfix the totals"],
        ["Oyelaran", "Temitope"],
    ),
    (["병동 보드에 '편지호 M/72 12004567 금식' 이라고 써 있어, 금식이 뭐야?"], ["편지호"]),
    (["my tutor sent https://wa.me/14155238886 - is the link safe to tap?"], ["14155238886"]),
    (
        [
            "401 from this: Client('AC0a1b2c3d4e5f60718293a4b5c6d7e8f9', "
            "'5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b')"
        ],
        ["5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
    ),
    (["카자흐스탄 유학생 Айгерим Нурланова 님 성적증명서 영문 양식 알려줘"], ["Нурланова"]),
]
# A form's example registration number is public to the scanner (tests/core/privacy/
# test_red_team37_rules.py) but stays off the wire: the egress screen holds every run of
# six or more digits on purpose.
PUBLIC = [
    "LG전자 본사 주소 서울 영등포구 여의대로 128 맞나요?",
    "what did the Monroe Doctrine say, and did James Monroe write it alone?",
    "which Taylor Swift album has the song about a scarf?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["여의대로 128", "James Monroe", "Taylor Swift"],
    leaks_without_rules=6,
)


_THIS_ROUNDS_RULES = {
    "detect_device_owner_names",
    "detect_tracker_assignee_names",
    "detect_depositor_names_ko",
    "detect_comment_author_lines",
    "detect_sex_age_names",
    "detect_whatsapp_link_phones",
    "detect_twilio_auth_tokens",
    "detect_cyrillic_script_names",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
