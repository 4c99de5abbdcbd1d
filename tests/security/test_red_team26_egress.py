"""Personal data in this round's forms never reaches the cloud recorder (round 26, redteam26).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a given name with the
endearing 이 before a particle, a full name after a clause-opening 이름은, a given name in the
possessive before a relative or a health word, a name beside a quoted nickname, a name on a
receipt in capitals after its label, letter-spaced Hangul after an OCR'd label, a name after
a department, a Canadian address, an apartment's 동-호 pair by a home word, a number
given as "my number", a name before its pronouns. With the
defence on none of them reaches the recorder, while public look-alikes (a school named for a
saint, a department's office) do. The control switches only this round's rules off: the
names then leak (the numbers' digits the wire screen still holds back).
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["은결이가 어제 넘어져서 깁스했대 위로 문자 써줘"], ["은결"]),
    (["서울 살고요 이름은 하지운 입니다 자기소개 써줘"], ["하지운"]),
    (["write a note to Ilse's mum that the sleepover is off"], ["Ilse"]),
    (["'Tiny' (Harold Ashgrove-Pike) is retiring - write his card"], ["Ashgrove-Pike"]),
    (["tidy this slip:\nCARD HOLDER: MRS T  WHITTAKER-OSEI\nTOTAL 12.40"], ["WHITTAKER-OSEI"]),
    (["이 영수증 정리해줘\n예 금 주 : 곽 서 윤\n잔액 12,000원"], ["곽 서 윤"]),
    (["화학공학과 2학년 표다온입니다 과제 기한 문의 메일 써줘"], ["표다온"]),
    (["my new address is 77 Maple Crescent, Halifax NS B3H 4R2 - tell the bank"], ["B3H 4R2"]),
    (["자이아파트 103-1405 로 배송 요청 문자 써줘"], ["103-1405"]),
    (["my number is 6462817730 - put it in my out-of-office"], ["6462817730"]),
    (["plain text please:\nMarisela Quintanilla-Roe (they/them)\nOps"], ["Quintanilla-Roe"]),
]
SAINT_SCHOOL = "when is St Mary's school fete this year?"
DEPARTMENT = "경영학과 사무실은 보통 몇 시에 닫아?"

ROUND = Round(
    CONVERSATIONS,
    [SAINT_SCHOOL, DEPARTMENT],
    ["St Mary's", "경영학과 사무실"],
    leaks_without_rules=8,
)


_THIS_ROUNDS_RULES = {
    "detect_endearment_names_ko",
    "detect_clause_name_labels_ko",
    "detect_possessive_given_names",
    "detect_nickname_bracket_names",
    "detect_receipt_label_names",
    "detect_department_names_ko",
    "detect_canadian_address",
    "detect_apartment_pair_ko",
    "detect_owned_number_phone",
    "detect_pronoun_tag_names",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
