"""Personal data named in passing never reaches the cloud recorder (round 20, redteam20).

Same harness as round 19's (the OpenAI-compatible recorder on 127.0.0.1 behind the real
guarded HTTP client; the local fake echoes what it read). Each conversation carries one
form the scanner learnt in this round: a colleague named with their team, a relative's
name, an initial and a surname, a surname joined to a job title, a British street and
postcode, an apartment's building and unit over two turns, a table's name column, a
phone group in Korean number words, an e-mail's local part alone, a name in a link's
query string, a labelled British account. With the defence on none of them reaches the
recorder, while the public opener and a question about a famous person do. The control
switches only this round's rules off: the same conversations then leak.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core.privacy.intro_names
from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["please ask Oyelaran from payroll why my overtime is missing"], ["Oyelaran"]),
    (["my stepson Caspian Wolde needs a note for school, draft one"], ["Caspian Wolde"]),
    (["cc K. Abernethy-Lyle on the budget email and draft it"], ["Abernethy-Lyle"]),
    (["송주임한테 보고서 마감 미뤄 달라는 메시지 써줘"], ["송주임"]),
    (["deliver to 9 Foxglove Mews, Derby DE22 1HN, write the note"], ["Foxglove", "DE22 1HN"]),
    (["우리 집은 센트럴파크 212동이에요", "905호고요, 경비실에 맡겨 달라는 문자 써줘"], ["905호"]),
    (
        ["total the fees: | Name | Fee | / | Ottoline Brack | 40 | / | Zeph Amadi | 25 |"],
        ["Ottoline Brack", "Zeph Amadi"],
    ),
    (["남편 번호 중간은 칠칠사구예요", "끝자리는 공삼팔육이고, 연락 부탁 문장 써줘"], ["칠칠사구"]),
    (["my email starts marguerite.tallis, ask them to send the invoice"], ["marguerite.tallis"]),
    (["what is wrong with https://a.example/x?first=Wenonah&last=Brightwater"], ["Brightwater"]),
    (["Nationwide 07-01-16, acc no 53928144 - ask them to refund there"], ["53928144"]),
]
FAMOUS = "who was Grace Hopper and what is she known for?"

ROUND = Round(CONVERSATIONS, [FAMOUS], ["Grace Hopper"], leaks_without_rules=7)


_THIS_ROUNDS_RULES = {
    "detect_uk_address",
    "detect_apartment_unit",
    "detect_uk_account_numbers",
    "detect_passing_names",
    "detect_titled_names_ko",
    "detect_table_names",
    "detect_spoken_phone_groups",
    "detect_email_local_part",
    "detect_keyed_values",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_a_famous_person_does,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)


def test_without_the_public_figure_rule_the_famous_person_is_kept_off_the_cloud(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.privacy.intro_names, "asks_about_a_public_figure", lambda *_: False)
    assert "Grace Hopper" not in ROUND.run(tmp_path)
