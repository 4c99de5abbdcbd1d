"""Personal data and secrets in this round's forms never reach the cloud recorder (round 27,
redteam27).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a password, a door
code and a PIN after their labels in both languages, an API key and a URL's password in
pasted code, a "Myself …" self-introduction, a name after a zodiac year, the names of a
list of people and sums, a relation-led letter signature, a phone read in place-value
words, a passport read in letter names, a colleague's given name with their department
and health. With the defence on none of them reaches the recorder, while public
look-alikes (a password rule, a household budget) do. The control switches only this
round's rules off: most then leak (some digits the wire screen still holds back).
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["my Dropbox password is Pebble*Lark42 - is it long enough?"], ["Pebble*Lark42"]),
    (
        ["write the cleaner a note: the alarm code is 5519*, the spare key is in the shed"],
        ["5519*"],
    ),
    (["우리 집 현관 비밀번호는 7730* 이야 조카한테 보낼 문자 써줘"], ["7730*"]),
    (
        ['why 403?\nclient = Client(api_key="sk-proj-Wq8Lm2Xv5Nb9Kc1Rz4Tt7Hy3Gd6Pf0Js")'],
        ["Wq8Lm2Xv5Nb9Kc1Rz4Tt7Hy3Gd6Pf0Js"],
    ),
    (["is this right? MONGO_URL=mongodb://svc:Fern7Otter2@10.1.2.3:27017/app"], ["Fern7Otter2"]),
    (
        ["polish this: Myself Venkatesh Subramanian-Rao, new joiner in the Chennai team"],
        ["Subramanian-Rao"],
    ),
    (["독서모임 소개글 써줘: 88년생 용띠 제갈소윤, 회사원이에요"], ["제갈소윤"]),
    (["조의금 받은 거 정리해줘: 편도현 5만, 옹세린 3만"], ["편도현", "옹세린"]),
    (["이 편지 다듬어줘\n아버님 생신 축하드립니다\n둘째 며느리 권나윤 올림"], ["권나윤"]),
    (["연락처는 공일공 삼천사백이십 에 칠천육 이에요 문자 써줘"], ["삼천사백이십"]),
    (["여권 번호가 엠 일사구 비 칠칠공이 인데 예약 변경 메일 써줘"], ["일사구 비 칠칠공이"]),
    (["Oluwaseun in payroll has surgery next week - write a card"], ["Oluwaseun"]),
]
PASSWORD_RULE = "how long should a Wi-Fi password be?"
BUDGET = "이번 달 회비 정산: 관리비 15만 / 학원비 30만 합계 얼마야?"

ROUND = Round(
    CONVERSATIONS,
    [PASSWORD_RULE, BUDGET],
    ["Wi-Fi password", "관리비 15만"],
    leaks_without_rules=8,
)


_THIS_ROUNDS_RULES = {
    "detect_labelled_secrets",
    "detect_credential_tokens",
    "detect_birth_year_names_ko",
    "detect_money_ledger_names_ko",
    "detect_relation_signature_names_ko",
    "detect_spoken_phone_thousands_ko",
    "detect_spoken_passports_ko",
    "detect_department_health_names",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
