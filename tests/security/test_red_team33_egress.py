"""Personal data in this round's forms never reaches the cloud recorder (round 33,
redteam33).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a Korean name before the kin word it is called by (a full name before 아저씨, a
given name glued to 언니), a newcomer's name before "joins", a guest's name and a booking
code, a personal repository's and a Naver blog's handle, an elder's 생신 by the lunar
calendar, a name as JSON \\u escapes. With the defence on none of them reaches the
recorder, while a public look-alike (a kin word after a place: 동네언니) does. (The wire
screen, over-eager by design, still keeps jwt.io's documented John Doe token off the wire,
though the scanner calls it public.) The control switches only this round's detectors off:
most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["아랫집 구판석 아저씨께 누수 공사 일정 안내문 써줘"], ["구판석"]),
    (["다은언니 돌잔치 초대 답장 써줘"], ["다은"]),
    (["announcement please: Margaret Strangeways joins the legal team in May"], ["Strangeways"]),
    (
        ["ask for early check-in, guest Beatrice Harrowgate, booking ref NX4P7Q"],
        ["Harrowgate", "NX4P7Q"],
    ),
    (["README 써줘: git clone https://github.com/jiwoo-baek/notes 하고 make"], ["jiwoo-baek"]),
    (["블로그 소개글 다듬어줘 blog.naver.com/minseo_kang88"], ["minseo_kang88"]),
    (["아버지 생신이 음력 1958년 2월 14일인데 올해는 양력 며칠이야?"], ["1958년 2월 14일"]),
    (
        ['this response shows boxes: {"name": "\\ubc29\\uc9c0\\uc6b0", "plan": "pro"}'],
        ["\\ubc29\\uc9c0\\uc6b0"],
    ),
]
# A kin word after a place one knows someone from names no one.
PUBLIC_KIN = "동네언니랑 카페 가는데 수다 주제 추천해줘"

ROUND = Round(
    CONVERSATIONS,
    [PUBLIC_KIN],
    ["동네언니"],
    leaks_without_rules=6,
)


_THIS_ROUNDS_RULES = {
    "detect_kin_address_names_ko",
    "detect_arrival_names_en",
    "detect_guest_label_names",
    "detect_booking_references",
    "detect_profile_url_handles",
    "detect_birth_date_owners",
    "detect_encoded_values",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
