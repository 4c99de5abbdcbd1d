"""Personal data in this round's forms never reaches the cloud recorder (round 25, redteam25).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round: a Hangul name after an
English title, a Western name spelled in Hangul with a title or a neighbour's word, a
romanised Korean name in passport capitals, the name and birth-date columns of a pasted
CSV, a named person's weekly routine, a third person introduced by name, a VIN, a home's
public IP and a home device's MAC, a home's GPS coordinates, a birth date after a bare
``DOB`` label, a British landline given as the writer's, the announced start of a number
dictated over several turns. With the defence on none of
them reaches the recorder, while the public opener and questions about a hotel written in
capitals and a public name server do. The control switches only this round's rules off:
the same conversations then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["Prof. 변서하 wants the report by Monday - draft my reply"], ["변서하"]),
    (["이웃 에밀리 하그리브스 씨한테 화분 고맙다고 문자 써줘"], ["하그리브스"]),
    (["put SEOYEON MAENG on the ferry booking, write the email"], ["SEOYEON MAENG"]),
    (
        ["tidy this list for the club:\nfull name,age\nBarnaby Quill,41\nOdile Ferrante,37"],
        ["Barnaby Quill", "Odile Ferrante"],
    ),
    (
        ["make a rota: Oliver Pennywhistle has judo every Tuesday at 6pm and Sat 9am"],
        ["Pennywhistle"],
    ),
    (["her name is Philippa Moncrieff-Dunn - write her a welcome card"], ["Moncrieff-Dunn"]),
    (["write the ad for my van, chassis no: WVWZZZ1JZXW000001"], ["WVWZZZ1JZXW000001"]),
    (["my home NAS is behind 94.12.200.61 now, write the ticket"], ["94.12.200.61"]),
    (["we live at 53.80113, -1.54912 - write the directions for the plumber"], ["53.80113"]),
    (["tidy this note: Pt Hollins, DOB 03/11/1979, asked about her results"], ["03/11/1979"]),
    (["ring me on 0113 496 0555 tonight - put that in my away message"], ["496 0555"]),
    (["here's my aunt's number bit by bit, it starts 0207", "then 946"], ["0207", "946"]),
]
CAPITALS = "does the PARK HOTEL SEOUL have HAN RIVER view rooms?"
RESOLVER = "should I set my DNS to 8.8.8.8 or 1.1.1.1?"

ROUND = Round(
    CONVERSATIONS, [CAPITALS, RESOLVER], ["PARK HOTEL SEOUL", "8.8.8.8"], leaks_without_rules=10
)


_THIS_ROUNDS_RULES = {
    "detect_latin_titled_hangul_names",
    "detect_hangul_spelled_foreign_names",
    "detect_passport_caps_names",
    "detect_delimited_row_columns",
    "detect_schedule_names",
    "detect_third_person_intro_names",
    "detect_vehicle_vin",
    "detect_home_network_ids",
    "detect_home_coordinates",
    "detect_form_birth_date",
    "detect_uk_landline",
    "detect_phone_opening",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
