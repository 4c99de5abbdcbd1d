"""Personal data in this round's forms never reaches the cloud recorder (round 46,
redteam46).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Persian and Bengali introductions; "on behalf of …, who", "… 명의로", "… 위 사람은", a seating
chart's table, a code object's name: "…", a transcript's speaker line, a Spanish, Portuguese or
French relative named, "성이 …씨래"; a Hong Kong identity card number, a Chilean RUT, a Chinese
弄/号/室 address, a Turkish No:/Daire: address, a Hangul-lettered "비동 … 호"; a katakana-read
phone, a 주민번호 in Han numerals; rabbitmqctl's add_user password.

With the defence on none of them reaches the recorder, while public look-alikes do: a country's
name, a film character's line, an embassy's switchboard, a TV series' in-laws. The control
switches only this round's five detectors off: then 17 values leak. The other three stay off
the cloud even then (the wire screen's digit check holds the HKID and the RUT; the apartment
rule reads "707호" of "디동 707호"), the second line of defence this round's rules sit before.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'سلام، اسم من نگار صالحی است'"], ["نگار صالحی"]),
    (["번역해줘 'আমার নাম অরিন্দম সেন, আমি নতুন'"], ["অরিন্দম সেন"]),
    (["tone check: 'on behalf of Ignatius Farrow-Mbeki, who is in hospital'"], ["Farrow-Mbeki"]),
    (["통장을 '모서율' 명의로 만들었는데 바꿀 수 있어?"], ["모서율"]),
    (["상장 문구: '국하람 위 사람은 봉사상을 받았으므로'"], ["국하람"]),
    (
        ["wedding seating: 'Table 7 — Perpetua Lindqvist, Osric Vane'"],
        ["Perpetua Lindqvist", "Osric Vane"],
    ),
    (['db.users.insertOne({ name: "Isadora Penhaligon-Reyes" }) errors'], ["Penhaligon-Reyes"]),
    (["녹취 요약해줘\n탁세아 03:21\n견적은 다음 주에 드릴게요"], ["탁세아"]),
    (["'mi tía Consolación Arriaga tiene demencia' 번역해줘"], ["Consolación Arriaga"]),
    (["'minha avó Gertrudes Valadares está internada' translate"], ["Gertrudes Valadares"]),
    (["새로 온 후배 성이 옥씨래, 호칭 어떻게 해?"], ["옥씨"]),
    (["the form wants my HKID, it is K382917(0) - bracket included?"], ["K382917(0)"]),
    (["RUT 9.876.543-3 con puntos?"], ["9.876.543-3"]),
    (["address in English? 上海市长宁区天山路300弄5号602室"], ["天山路300弄5号602室"]),
    (["etiket: 'Moda Cad. No: 12 Daire: 8 Kadıköy'"], ["No: 12 Daire: 8"]),
    (["우리 집 디동 707호야 같이 적어줘"], ["디동 707호"]),
    (["数字にして: 'ゼロナナゼロ、サンニーハチイチ、ヨンゴーキュウロク'"], ["サンニーハチイチ"]),
    (
        ["주민번호가 '九五〇三一四-一二八四〇六〇' 이렇게 적혀 있어"],
        ["九五〇三一四-一二八四〇六〇"],
    ),
    (["rabbitmqctl add_user shipping Plover#Reach71 then?"], ["Plover#Reach71"]),
]
PUBLIC = [
    "is the Hong Kong airport express open late?",
    "the Portuguese dub says 'O meu nome é Bond. James Bond' - how is nome said?",
    "주한 독일대사관 대표번호가 02-748-4114 맞아?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Hong Kong", "James Bond", "02-748-4114"],
    leaks_without_rules=17,
)


_THIS_ROUNDS_RULES = {
    "detect_self_intros_54p",
    "detect_frame_names_54p",
    "detect_numeric_forms_54p",
    "detect_script_numbers_54p",
    "detect_command_secrets_54p",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
