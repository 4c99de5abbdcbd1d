"""Personal data in this round's forms never reaches the cloud recorder (round 57,
blind57p).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads: a
Yoruba "èmi ni …", an Arabic name with a compound part, a chat line copied time first, a
message signed after a dash, a birth date in number words with 생, a phone's middle group in
number words, a card's CVV2 read out a few words after its label. (The numbers of this round
written in digits, the IBAN, the odd-grouped mobile, the 주민번호 joined by "그 다음은", are
pinned by the rules' tests only: the guarded client's own wire screen, which stops digit
runs, blocks those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while a public look-alike does: a
landmark's street with its city quadrant (the investor-relations mailbox is pinned by the rules'
tests: the wire screen stops every e-mail-like string). The control
switches off the detectors this round widened: then the values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'Ẹ kú irọ̀lẹ́, èmi ni Ayọ̀dèjì Olúwasẹ́un' for me"], ["Ayọ̀dèjì Olúwasẹ́un"]),
    (["ترجم من فضلك: اسمي خالد عبد المجيد الرفاعي"], ["الرفاعي"]),
    (["요약해줘\n[오후 4:20] 석하린: 내일 늦어\n[오후 4:21] 나: 알겠어"], ["석하린"]),
    (["다듬어줘: '오늘 회식 못 가요. 죄송해요. — 서율'"], ["서율"]),
    (["저 구십삼년 사월 구일생인데 띠가 뭐야?"], ["구십삼년 사월 구일생"]),
    (["엄마 번호 가운데는 여섯 둘 하나 셋"], ["여섯 둘 하나 셋"]),
    (
        ["the CVV2 on the back of my card reads five oh eight - is it safe to share?"],
        ["five oh eight"],
    ),
]
PUBLIC = [
    "do letters to 1600 Pennsylvania Avenue NW, Washington, DC 20500 reach the President?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Pennsylvania Avenue NW"],
    leaks_without_rules=7,
)


# The detectors this round widened (see the module).
_THIS_ROUNDS_RULES = {
    "detect_self_intros_57p",
    "detect_script_self_intros",
    "detect_chat_export_names",
    "detect_signature_names",
    "detect_birth_suffix_ko",
    "detect_spoken_phone_groups",
    "detect_card_security_code",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
