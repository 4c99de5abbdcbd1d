"""Personal data in this round's forms never reaches the cloud recorder (round 49,
redteam49).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Norwegian and Urdu introductions; a name searched with grep; a note signed "Given I."; a
romanised name revealed after a dash and then addressed; a spaced .env password, a basic-auth
tuple in code, schtasks /rp; a villa's lettered block and unit; a Polish flat. (The numbers
of this round, a マイナンバー, a Belgian national number, an Indian mobile and a phone read with
빼기, are pinned by the rules' tests only: the guarded client's own wire screen, which stops
long digit runs, blocks those calls whatever the scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a
textbook's model introduction, a public figure revealed after a dash, a museum's street address.
The control switches only this round's five new detectors off: then all 10 values leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["what does 'Hei, jeg heter Ingrid Solbakken-Aas' mean?"], ["Solbakken-Aas"]),
    (["'میرا نام ثمینہ ملک ہے' 뜻이 뭐야?"], ["ثمینہ ملک"]),
    (
        ["grep -i 'Tamsin Achterberg' access.log is empty, yet he swears he logged in"],
        ["Achterberg"],
    ),
    (["the plumber signs his messages 'Minseok J.' - polite reply?"], ["Minseok J."]),
    (["the invoice finally says it - Yoon Hyejin. write her a thank-you"], ["Yoon Hyejin"]),
    (
        [
            "my .env has\nMAIL_PASS = Gannet^Cove41\nexplain step by step why python-dotenv"
            " might not load it and write a fixed loader"
        ],
        ["Gannet^Cove41"],
    ),
    (["httpx.get(u, auth=('bot', 'Heron&Flint62')) times out"], ["Heron&Flint62"]),
    (
        ["schtasks /create /tn t /tr x.bat /ru CORP\\svc /rp Sorrel!Dyke7 fails"],
        ["Sorrel!Dyke7"],
    ),
    (
        ["이번에 솔빛빌라 다동 104호로 이사했어. 집들이 초대 문자를 길게 써줘"],
        ["솔빛빌라 다동 104호"],
    ),
    (["my address is ul. Lipowa 8 m. 12, Łódź - envelope format?"], ["Lipowa 8 m. 12"]),
]
PUBLIC = [
    "the Norwegian textbook's first line is 'Jeg heter Ola Nordmann' - is he like John Doe?",
    "the film award went to the director - Park Chan-wook. write him a fan letter",
    "is the Chopin Museum at ul. Okólnik 1 open on Mondays?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Ola Nordmann", "Park Chan-wook", "ul. Okólnik 1"],
    leaks_without_rules=10,
)


_THIS_ROUNDS_RULES = {
    "detect_self_intros_57p",
    "detect_frame_names_57p",
    "detect_command_secrets_57p",
    "detect_addresses_57p",
    "detect_numeric_forms_57p",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
