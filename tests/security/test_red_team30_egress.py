"""Secrets and personal data in this round's forms never reach the cloud recorder (round 30,
redteam30).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a name spelt out
syllable by syllable, an English name in Hangul, a person's name and birth date in a SQL
WHERE, a name looked up in a spreadsheet formula, a friend's birthday with its year, a
short-year DOB, a German plate, a name after "Frau", a password typed as Hangul in English
mode, a Gradle store password. With the defence on none of them reaches the recorder,
while public look-alikes (a placeholder name, a figure's birth date asked about) do. The
control switches only this round's detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["모임 자기소개 다듬어줘: 제 성함은 탁, 은, 비 이렇게 씁니다"], ["탁, 은, 비"]),
    (["이웃 그레이엄 톰슨 씨한테 고맙다는 카드 영어로 써줘"], ["그레이엄 톰슨"]),
    (
        ["why no rows? SELECT * FROM clients WHERE name = 'Odile Farrant' AND dob = '1988-02-11'"],
        ["Odile Farrant", "1988-02-11"],
    ),
    (['=XLOOKUP("권도윤", A:A, C:C) 가 #N/A 나와. 왜 그래?'], ["권도윤"]),
    (
        ["사촌 남궁하율 생일은 2001년 4월 9일이야, 축하 카드 문구 써줘"],
        ["남궁하율", "2001년 4월 9일"],
    ),
    (["one line for the chart: Hester Quarrie, DOB 14-Mar-62, asthma"], ["14-Mar-62"]),
    (["a grey Passat, plate KA-RL 417, is in my bay - write a polite note"], ["KA-RL 417"]),
    (["write a thank-you note to Frau Dörte Hallmann for the keys"], ["Hallmann"]),
    (
        ["손님용 와이파이 비번은 한영키 안 바꾸고 친 dkssudgktpdy 예요. 안내문 써줘"],
        ["dkssudgktpdy"],
    ),
    (["why won't it sign? storePassword 'Slate9Finch'\nkeyAlias 'upload'"], ["Slate9Finch"]),
]
PLACEHOLDER = "why is an unknown patient called Jane Doe on the chart?"
FIGURE = "was Emma Watson born in Paris?"

ROUND = Round(
    CONVERSATIONS, [PLACEHOLDER, FIGURE], ["Jane Doe", "Emma Watson"], leaks_without_rules=7
)


_THIS_ROUNDS_RULES = {
    "detect_spelled_syllable_names_ko",
    "detect_hangul_spelled_foreign_names",
    "detect_sql_person_values",
    "detect_spreadsheet_formula_names",
    "detect_birth_date_owners",
    "detect_continental_plates",
    "detect_continental_titled_names",
    "detect_hangul_keyboard_secrets",
    "detect_config_password_fields",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
