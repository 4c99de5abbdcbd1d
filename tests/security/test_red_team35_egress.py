"""Personal data in this round's forms never reaches the cloud recorder (round 35,
redteam35).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a wedding card's parents and couple (… · … 의 장남 …, 신부 … 양), a name with a symbol
between its syllables (….…. 씨), a romanised Korean name before a Korean title (… 선배), a
name quoted after its record in a stack trace, a password echoed into ``sudo -S``. With the
defence on none of them reaches the recorder, while public look-alikes do: a late singer
asked about with 故, an agency head with a title, and the address of 코엑스. The control
switches only this round's detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["청첩장 혼주 이름 순서 봐줘: 표정호 · 마은숙 의 장녀 표가은"], ["표정호", "마은숙"]),
    (["이름 가리려고 점 찍었어: 추.하.윤 씨한테 서류 다시 달라고 해줘"], ["추.하.윤"]),
    (["Choi Yunseo 선배한테 보낼 감사 인사 써줘, 발표 도와줘서 고맙다고"], ["Choi Yunseo"]),
    (
        ["what does this mean? ValueError: no billing address for customer 'Ottilie Brackenbury'"],
        ["Brackenbury"],
    ),
    (["is this safe in cron? echo 'Heron!quay' | sudo -S systemctl reload caddy"], ["Heron!quay"]),
]
PUBLIC = [
    "故 김광석 님 노래 중에 입문곡 추천해줘",
    "is Dr. Rochelle Walensky still director of the CDC?",
    "코엑스 주소 서울 강남구 영동대로 513 맞아? 주차 되나",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["김광석", "Rochelle Walensky", "영동대로 513"],
    leaks_without_rules=4,
)


_THIS_ROUNDS_RULES = {
    "detect_wedding_card_names_ko",
    "detect_symbol_split_names_ko",
    "detect_romanised_names_titled_ko",
    "detect_quoted_person_values_en",
    "detect_piped_stdin_passwords",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
