"""Personal data in this round's forms never reaches the cloud recorder (round 38,
redteam38).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a name before the relation that explains it, an Arabic-script name after a title,
a door code after the door's word, a PowerShell plain-text password, LINE and Telegram
export senders, a git author name, a Vietnamese name after chị, a vendor Authorization
scheme's key, a security question's answer. With the defence on none of them reaches the
recorder, while public look-alikes do: a dated event of history asked about, a form's
specimen name called an example, an RFC's author. The control switches only this round's
detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["Wilhelmina, my housemate, keeps borrowing my charger, how do I raise it?"], ["Wilhelmina"]),
    (["what does 'السيدة منى الخطيب، موعدك غدا' mean in English?"], ["منى الخطيب"]),
    (["배달 메모 다듬어줘: 공동현관 *4471# 누르고 올라오세요"], ["4471"]),
    (
        ["ConvertTo-SecureString 'Heron!Gate27' -AsPlainText -Force errors out in PS 5.1"],
        ["Heron!Gate27"],
    ),
    (["대화 요약해줘\n10:02\t곽서윤\t내일 봐\n10:05\t어태민\t응 좋아"], ["곽서윤", "어태민"]),
    (
        ["what is she saying?\nBenedikt Ljungqvist, [01.12.26 08:15]\nkeys are under the mat"],
        ["Ljungqvist"],
    ),
    (['git config user.name "Saoirse Quennell-Obi" is ignored by my IDE, why?'], ["Quennell-Obi"]),
    (["dịch giúp: cảm ơn chị Phạm Thị Ngọc Ánh rất nhiều"], ["Ngọc Ánh"]),
    (
        ["curl -H 'Authorization: KakaoAK 4f1c8e2b9d7a3f6e0b5c1d8a2e9f7b3c' gives 401, why?"],
        ["4f1c8e2b9d7a3f6e0b5c1d8a2e9f7b3c"],
    ),
    (
        ["the answer to my mother's maiden name question is Featherstone - too easy to guess?"],
        ["Featherstone"],
    ),
]
PUBLIC = [
    "was John Brown executed in 1859 after Harpers Ferry?",
    "the Spanish form example says Juan Perez, do I put my full name there?",
    "RFC 2616 was written by Roy Fielding and others, right?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["John Brown", "Juan Perez", "Roy Fielding"],
    leaks_without_rules=10,
)


_THIS_ROUNDS_RULES = {
    "detect_apposition_names_en",
    "detect_arabic_titled_names",
    "detect_door_codes_ko",
    "detect_plaintext_securestrings",
    "detect_chat_export_lines_more",
    "detect_git_config_names",
    "detect_vietnamese_titled_names",
    "detect_vendor_auth_schemes",
    "detect_security_answers",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
