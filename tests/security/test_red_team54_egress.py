"""Personal data in this round's forms never reaches the cloud recorder (round 54,
blind54p).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Igbo, Somali, Galician and Māori introductions; "I owe NAME an apology"; "ever since NAME
left"; a Dutch "mijn schoonvader …"; a name given in a correction; a 외숙모 named a few words
before 성함 (carried into the next turn); "…가 나한테"; a JSON "성명" key; a password with an
"@" after redis-cli's -a. (The numbers of this round, the OIB, the CNIC, the 주민번호 read with
"…이에 뒤는", a card's groups after a colon, a Taiwanese lane's address, and the "-at- …
-dot-" e-mails, are pinned by the rules' tests only: the guarded client's own wire screen,
which stops digit runs and e-mail-like strings, blocks those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a
pepeha's mountain and a famous person's announced diagnosis. The control switches off the
detectors this round widened: then the values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["what does 'Aha m bụ Ifeoma Okafor-Nnaji' mean?"], ["Okafor-Nnaji"]),
    (["translate 'Magacaygu waa Sahra Cabdi Faarax'"], ["Cabdi Faarax"]),
    (["reply to 'Chámome Xoán Lamas Bouzas, son o veciño'"], ["Lamas Bouzas"]),
    (["'Ko Wiremu Paewai-Tahana tōku ingoa' - how do I answer?"], ["Paewai-Tahana"]),
    (["I owe Leocadia Brandvold-Eze an apology - draft it"], ["Brandvold-Eze"]),
    (["ever since Ottoline Marwick-Adebayo left we cannot run the macro"], ["Marwick-Adebayo"]),
    (
        ["check: 'mijn schoonvader Harmen Kloosterboer heeft een hartaanval gehad'"],
        ["Kloosterboer"],
    ),
    (["제 이름은 탁하윤이 아니라 탁하운이에요, 서명 고쳐주세요"], ["탁하운"]),
    (
        [
            "고모부 팔순 초대장 쓰려는데 성함이 채병욱이셔",
            "고모부가 당뇨가 있으셔서 떡 말고 다른 답례품 추천해줘",
        ],
        ["채병욱"],
    ),
    (["어제 편서준이 나한테 보증 서달라고 했는데 거절 문자 써줘"], ["편서준"]),
    (['{"성명": "봉다인", "혈액형": "A"} 이 JSON 왜 에러나?'], ["봉다인"]),
    (["redis-cli -a 'Plover@Sedge64' info says NOAUTH - why?"], ["Plover@Sedge64"]),
]
PUBLIC = [
    "in a pepeha, what does 'ko Taranaki tōku maunga' mean?",
    "how did Michael J. Fox reveal his Parkinson's diagnosis to the public?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Taranaki", "Michael J. Fox"],
    leaks_without_rules=10,
)


# The detectors this round widened.
_THIS_ROUNDS_RULES = {
    "detect_latin_self_intros",
    "detect_passing_names",
    "detect_frame_names_54p",
    "detect_introduced_names",
    "detect_affiliated_names",
    "detect_verb_partner_names_ko",
    "detect_keyed_values",
    "detect_cli_password_flags",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
