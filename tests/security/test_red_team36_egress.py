"""Personal data in this round's forms never reaches the cloud recorder (round 36,
redteam36).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a transcript's numbered speaker (화자 N (…)), speaker-labelled lines, a 가족관계증명서
row, a post's front-matter author, an app password in four groups, a bare Hanja name on a
register. With the defence on none of them reaches the recorder, while public look-alikes
do: 홍길동 on a form's example, a stand-in 010 number, and a cited case's party. The control
switches only this round's detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        ["인터뷰 녹음 정리해줘\n화자 1 (편하람) 00:02\n안녕하세요\n화자 2 (독고세진) 00:07"],
        ["독고세진"],
    ),
    (
        ["통화 녹취 요약해줘\n석하윤: 계약서 내일 보낼게요\n모다인: 네 금요일까지 회신할게요"],
        ["석하윤", "모다인"],
    ),
    (["등본 영어로 옮겨줘\n세대주 탁정호 1970.03.14\n처 국미선 1972.11.02"], ["탁정호", "국미선"]),
    (
        ["fix this front matter:\n---\nlayout: post\nauthor: Ottilie Fairbrother\n---"],
        ["Fairbrother"],
    ),
    (["네이버 앱 비밀번호 받았어 zkrw pvne tqlh dumo 아웃룩 설정 알려줘"], ["zkrw pvne tqlh dumo"]),
    (["등기부등본 소유자 칸에 玉成煥 이라고 나오는데 한글로 옥성환 맞지?"], ["玉成煥", "옥성환"]),
]
PUBLIC = [
    "주민등록등본 신청서 기재례에 '성명: 홍길동' 이라고 돼 있는데 한자도 써야 해?",
    "앱 목업 화면에 전화번호 예시로 010-1111-1111 써도 돼?",
    "what did Miranda v. Arizona establish, and who was Ernesto Miranda?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["홍길동", "010-1111-1111", "Ernesto Miranda"],
    leaks_without_rules=5,
)


_THIS_ROUNDS_RULES = {
    "detect_transcript_speaker_names",
    "detect_family_register_rows_ko",
    "detect_front_matter_authors",
    "detect_app_password_groups",
    "detect_hanja_names_in_papers_ko",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
