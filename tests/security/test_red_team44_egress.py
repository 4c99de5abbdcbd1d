"""Personal data in this round's forms never reaches the cloud recorder (round 44,
redteam44).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads: a
letter's quoted "… 올림", a parent's "…맘이에요", a relative in brackets after the kin word, a
school's "Please excuse … from", a password given in halves over two turns, a Philippine
block-and-lot address, a GEDCOM NAME line, a Georgian introduction, a Russian flat address, a
builder's name calls, a chat export's sender_name, an XML setting named for its secret and
macOS's keychain tool; and the second batch's Swahili introduction, "축 졸업 NAME" banner, "I
examined NAME on", unattend.xml password element and OpenVPN auth file's second line.

With the defence on none of them reaches the recorder, while public look-alikes do: the
PEMDAS mnemonic, the Philippines' specimen name on a form's example, the Lombok docs' builder.
The control switches only this round's detectors and widenings off: the values then leak.
"""

from __future__ import annotations

import pytest

import core.privacy.command_secret_args
import core.privacy.formal_frame_names_en
import core.privacy.keyed_values
import core.privacy.script_self_intros
import core.privacy.secret_parts
import core.privacy.signature_names
from core.lazy_regex import LazyPattern
from tests.core.privacy.test_red_team44_rules import (
    _KO_PART_OLD,
    _KO_SIGNATURE_OLD,
    _latin_intros_as_before,
)
from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["생신 카드 마지막을 '탁서윤 올림' 으로 끝낼게, 앞에 인사 써줘"], ["탁서윤"]),
    (["학부모 단톡 인사 다듬어줘: '안녕하세요 해랑맘이에요 ^^'"], ["해랑"]),
    (["공지 정리해줘: 할머니(국말분) 요양원 면회 토요일 2시"], ["국말분"]),
    (
        ["soften: 'Please excuse Percival Ashdown-Yeo from games today, he has a cold'"],
        ["Ashdown-Yeo"],
    ),
    (
        [
            "와이파이 비번을 메모장에 옮기려는데 앞 절반은 Gorse5 야",
            "뒤 절반은 !Wimbrel 이고. 합쳐서 메모 문구로 써줘",
        ],
        ["Gorse5", "!Wimbrel"],
    ),
    (["label for my helper's box: Blk 3 Lot 9 Phase 1, Brgy. Malanday"], ["Blk 3 Lot 9"]),
    (["fix this:\n0 @I2@ INDI\n1 NAME Hesper Ann /Quillfeather/\n1 SEX F"], ["Quillfeather"]),
    (["what does 'მე მქვია ეკატერინე ჩიქოვანი' mean?"], ["ჩიქოვანი"]),
    (["EMS 주소 순서 맞아? 'ул. Лесная, д. 7, кв. 41'"], ["Лесная, д. 7"]),
    (['Account.builder().firstName("Wynne").lastName("Carrowmore").build() NPE'], ["Carrowmore"]),
    (['{"sender_name": "Isolde Vantreight", "content": "hi"} in Go?'], ["Vantreight"]),
    (
        ['restore fails: <string name="PreSharedKey">&quot;Thrift7!Cairn&quot;</string>'],
        ["Thrift7!Cairn"],
    ),
    (["security add-generic-password -a jo -s vpn -w 'Pipit3#Moor' says exists"], ["Pipit3#Moor"]),
    # The second batch: a Swahili introduction, a banner, a doctor's note, unattend.xml, an
    # OpenVPN auth file's second line.
    (["reply to 'Habari, jina langu ni Neema Chepkoech-Odhiambo'"], ["Chepkoech-Odhiambo"]),
    (["현수막 문구 봐줘: '축 졸업 탁우진 - 가족 일동'"], ["탁우진"]),
    (["fit note: 'I examined Leopold Quarrie-Benn on Monday; two weeks off'"], ["Quarrie-Benn"]),
    (
        ["<AdministratorPassword><Value>Lupin4!Scree</Value></AdministratorPassword>"],
        ["Lupin4!Scree"],
    ),
    (["openvpn --auth-user-pass a.txt 둘째 줄은 Sedge7#Holm 인데 실패해"], ["Sedge7#Holm"]),
]
PUBLIC = [
    "why does 'Please Excuse My Dear Aunt Sally' fix the order of operations?",
    "필리핀 양식 예시의 'Ako si Juan dela Cruz' 는 무슨 뜻이야?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Aunt Sally", "Juan dela Cruz"],
    leaks_without_rules=16,
)


_THIS_ROUNDS_RULES = {
    "detect_kin_bracket_names_ko",
    "detect_child_named_parents_ko",
    "detect_philippine_lot_addresses",
    "detect_gedcom_names",
    "detect_russian_flat_addresses",
    "detect_xml_named_secrets",
    "detect_celebration_banner_names_ko",
}
_NEVER = LazyPattern("(?!x)x")


def _widened_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # What this round widened in older rules, switched off with them.
    monkeypatch.setattr(core.privacy.signature_names, "_KO_SIGNATURE_RE", _KO_SIGNATURE_OLD)
    monkeypatch.setattr(core.privacy.formal_frame_names_en, "_EXCUSE_RE", _NEVER)
    monkeypatch.setattr(core.privacy.secret_parts, "_KO_PART_RE", _KO_PART_OLD)
    monkeypatch.setattr(core.privacy.script_self_intros, "_KA_RE", _NEVER)
    monkeypatch.setattr(core.privacy.keyed_values, "_CALL_RE", _NEVER)
    monkeypatch.setattr(
        core.privacy.keyed_values,
        "_PERSON_KEYS",
        core.privacy.keyed_values._PERSON_KEYS - {"sender_name"},
    )
    monkeypatch.setattr(core.privacy.command_secret_args, "_COMMANDS_44", ())
    monkeypatch.setattr(core.privacy.command_secret_args, "_AUTH_FILE_SECOND_LINE_RE", _NEVER)
    monkeypatch.setattr(core.privacy.formal_frame_names_en, "_EXAMINED_RE", _NEVER)
    _latin_intros_as_before(monkeypatch)


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES, _widened_rules_off)
