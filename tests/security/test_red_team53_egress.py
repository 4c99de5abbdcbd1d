"""Personal data in this round's forms never reaches the cloud recorder (round 53,
blind53p).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Maltese, Hausa and Basque introductions; a Georgian "მე ვარ" with a family name; "NAME is
inviting you to …"; a couple's "A and B request the pleasure of …"; a name before "이랑" and a
date; three syllables between a department and a rank; "my stepdad, NAME,"; a handover's "that
NAME used to approve"; a Japanese "義母の…が"; a quoted secret with a ";" in it. (The numbers
of this round, a Swiss AHV number, a kennitala, a CUIL, an Israeli ID and an IBAN's first
part, and the e-mails, "{at} … {dot}" and "_at_ … _dot_", are pinned by the rules' tests only:
the guarded client's own wire screen, which stops digit runs and e-mail-like strings, blocks
those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a famous
novel's first line and a film's famous introduction. The control switches off the detectors
this round widened: then every one of the 12 values leaks.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'Jisimni Ġorġ Xuereb-Camilleri' please"], ["Xuereb-Camilleri"]),
    (["what does 'Sunana Halima Bello Dantata' mean?"], ["Bello Dantata"]),
    (["reply to 'Kaixo, nire izena Unai Olazabal Irigoien da'"], ["Olazabal Irigoien"]),
    (["translate 'მე ვარ გიორგი წერეთელი-მაჭავარიანი'"], ["წერეთელი-მაჭავარიანი"]),
    (["is 'Thaddeus Okonkwo-Lind is inviting you to a Zoom meeting' a phish?"], ["Okonkwo-Lind"]),
    (
        ["shorten: 'Ismay Rourke and Tobias Farquharson-Adeyemi request the pleasure of'"],
        ["Farquharson-Adeyemi"],
    ),
    (["주말에 탁서온이랑 데이트 가는데 코스 짜줘"], ["탁서온"]),
    (["[부고] 회계팀 계서준 과장 모친상, 문구 써줘"], ["계서준"]),
    (["my stepdad, Cornelius Abernethy-Obi, has gout - diet tips?"], ["Abernethy-Obi"]),
    (
        ["the invoices that Perpetua Strand-Oyelaran used to approve come to me now"],
        ["Strand-Oyelaran"],
    ),
    (["'義母の笹川美智子が入院しました' 자연스러워?"], ["笹川美智子"]),
    (["EMAIL_HOST_PASSWORD = 'Dipper;Burn64' gives 535, why?"], ["Dipper;Burn64"]),
]
PUBLIC = [
    "is 'Call me Ishmael' really the first line of Moby-Dick?",
    "'My name is Bond, James Bond' 대사가 처음 나온 영화가 뭐야?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Ishmael", "James Bond"],
    leaks_without_rules=12,
)


# The detectors this round widened.
_THIS_ROUNDS_RULES = {
    "detect_latin_self_intros",
    "detect_script_self_intros",
    "detect_share_notice_names_en",
    "detect_verb_partner_names_ko",
    "detect_titled_names_ko",
    "detect_kinship_names",
    "detect_passing_names",
    "detect_cjk_script_names",
    "detect_credential_tokens",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
