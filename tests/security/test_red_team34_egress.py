"""Personal data in this round's forms never reaches the cloud recorder (round 34,
redteam34).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a Korean full name glued to a recipient's or partner's particle before a verb
(…한테 전달해줘, …씨랑 통화했는데), before a driver's or an elder's title (… 기사님), alone in
a chat message with ㅋㅋ or emoji, an English name after ATTN or a cheque's "Pay to the order
of". With the defence on none of them reaches the recorder, while public look-alikes do: a
central banker asked about by office and the address of 청와대. (The wire screen, over-eager
by design, still keeps a shop branch's 사업자등록번호 off the wire as a digit run, though the
scanner calls it public.) The control switches only this round's detectors off: most then
leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["이 견적서 모지훈한테 전달해줘, 오늘 안에 확인 부탁한다고"], ["모지훈"]),
    (["방금 나은서씨랑 통화했는데 미팅 다음주로 미루재, 팀에 공지 써줘"], ["나은서"]),
    (["옥재민 기사님께 보낼 문자: 내일은 오후에 와주세요 이걸 정중하게"], ["옥재민"]),
    (["ㅋㅋㅋ 마서준 오늘 회식에서 노래 불렀대 😂 단톡 답장 써줘"], ["마서준"]),
    (["address the parcel: ATTN: Oluwadamilare Fitzwilliam, Goods In"], ["Fitzwilliam"]),
    (["cheque wording please: Pay to the order of Marisol Quenby-Adair, $640"], ["Quenby-Adair"]),
]
PUBLIC = [
    "is Jerome Powell still Chair of the Federal Reserve?",
    "청와대 주소 서울 종로구 청와대로 1 맞아? 관람 예약은 어디서 해?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Jerome Powell", "청와대로 1"],
    leaks_without_rules=5,
)


_THIS_ROUNDS_RULES = {
    "detect_verb_partner_names_ko",
    "detect_service_title_names_ko",
    "detect_chat_slang_names_ko",
    "detect_addressee_names_en",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
