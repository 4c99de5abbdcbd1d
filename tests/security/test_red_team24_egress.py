"""Personal data in this round's forms never reaches the cloud recorder (round 24, redteam24).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a name after a role
of a booking or a petition, a seal after a name, the owners of minutes, a name written
surname first with initials, a name in a CV's file name, a profile address, a surname a
booking is under, an in-law, a teammate, a phone decorated with symbols, a passport number
in lower case, a British mobile at home, a name next to a student number. With the defence
on none of them reaches the recorder, while the public opener and a question about a brand
that looks like a titled person do. The control switches only this round's rules off: the
same conversations then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["예약자 국하윤으로 금요일 7시 세 명 예약 확인 문자 써줘"], ["국하윤"]),
    (["이 진정서 문장 다듬어줘: 위와 같이 진정합니다. 진정인 마서결 (인)"], ["마서결"]),
    (
        # 대리, not 선임: since round 40 a name before 선임 is read by letter_names_more too.
        ["주간 회의록 메일 써줘\n- 나래: 견적 비교\n- 편승우 대리: 일정 공유"],
        ["나래", "편승우"],
    ),
    (["nudge Threadgill, M. about the rota, short and polite"], ["Threadgill, M."]),
    (["can I send Resume_Ottoline_Fairweather.pdf as is?"], ["Ottoline", "Fairweather"]),
    (
        ["write a one-line bio ending with linkedin.com/in/perpetua-oduya-7c21"],
        ["perpetua-oduya"],
    ),
    (["our table is booked under Vandermeer, ask to move it to 9"], ["Vandermeer"]),
    (["my sister-in-law Ottavia Brisbois-Nunn is visiting, plan a day out"], ["Brisbois-Nunn"]),
    (["Tamsin Achebe-Roy on my team asked for leave, draft my reply"], ["Achebe-Roy"]),
    (["나눔 신청은 010 ★ 2274 ★ 9031 로 문자 달라고 공지 써줘"], ["2274 ★ 9031"]),
    (["여권번호 r73019254 로 호텔 사전 체크인 문장 써줘"], ["r73019254"]),
    (["학번 2019203311 은하준 휴학 신청서 첫 문장 써줘"], ["은하준"]),
]
BRAND = "do Mr. Muscle spray and Dr. Brown's bottles come in travel sizes?"

ROUND = Round(CONVERSATIONS, [BRAND], ["Dr. Brown's bottles"], leaks_without_rules=12)


_THIS_ROUNDS_RULES = {
    "detect_role_label_names_ko",
    "detect_minutes_names",
    "detect_surname_initial_names",
    "detect_file_name_names",
    "detect_profile_url_handles",
    "detect_booking_surnames",
    "detect_in_law_relation_names",
    "detect_team_member_names",
    "detect_symbol_split_phone",
    "detect_casual_passport",
    "detect_uk_mobile",
    "detect_student_id_names",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_a_titled_brand_does,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
