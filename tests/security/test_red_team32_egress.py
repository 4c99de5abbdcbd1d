"""Personal data in this round's forms never reaches the cloud recorder (round 32,
redteam32).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a KakaoTalk and a WhatsApp export's speaker, an OCR'd letter-spaced name, a given
name after a greeting, a name before a health matter (English and Korean), a romanised
family name with a Hangul given name, a mailbox brand as the label of its local part. With
the defence on none of them reaches the recorder, while a public look-alike (the docs'
Basic "username:password") does. (The wire screen, over-eager by design, still keeps a
placeholder's address on an example domain and a corporation's 사업자등록번호 off the wire,
though the scanner calls those asks public.) The control switches only this round's
detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["이 대화 요약해줘:\n[남궁슬기] [오후 7:02] 이번 주 모임 취소할게요"], ["남궁슬기"]),
    (
        ["one line summary please:\n21/10/26, 18:40 - Wilhelmina Oyelaran-Frost: late again"],
        ["Oyelaran-Frost"],
    ),
    (["tidy this OCR: G u e s t :  T a m s i n   O k w u o s a"], ["O k w u o s a"]),
    (["friendlier please: hello everyone, I'm Brannagh, I'll be your coach"], ["Brannagh"]),
    (["plan meals, Evander Quistgaard-Ross starts dialysis next week"], ["Quistgaard-Ross"]),
    (["가정통신문 써줘: 우리 반 봉하율 ADHD 약 때문에 점심 후 보건실"], ["봉하율"]),
    (["예약 문자 써줘, 예약자 maeng 하린, 2명"], ["maeng 하린"]),
    (["ask them to reply to my gmail, it's quillon.ashdown88"], ["quillon.ashdown88"]),
]
PUBLIC_BASIC = "what does Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ= decode to?"

ROUND = Round(
    CONVERSATIONS,
    [PUBLIC_BASIC],
    ["dXNlcm5hbWU6cGFzc3dvcmQ="],
    leaks_without_rules=6,
)


_THIS_ROUNDS_RULES = {
    "detect_chat_export_names",
    "detect_letter_spaced_names",
    "detect_greeting_intro_names",
    "detect_health_subject_names",
    "detect_latin_surname_hangul_names",
    "detect_mail_id_label",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
