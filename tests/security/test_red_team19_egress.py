"""Personal data as people write it never reaches the cloud recorder (issue 11/privacy, round 19).

The cloud tier is the OpenAI-compatible recorder on 127.0.0.1 behind the real guarded HTTP
client; the local fake echoes what it read, the worst case. Each conversation carries one
form the scanner learnt in this round: a child's name in a relative's sign-on, a letter's
signature, a card typed with commas, a car plate, a birth date in English words, an e-mail
host said in Hangul, a phone given group by group over two turns. With the defence on none
of them reaches the recorder, while the public opener and a list of company service numbers
do (the channel is live, and public numbers are not kept local needlessly). The control
switches only this round's rules off: the same conversations then leak, so the suite fails
without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core.privacy.phone_halves
import core.privacy.spoken
import core.privacy.wire_screen
from tests.core.privacy.scanner_switch import detectors_off
from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["I'm Marisol's dad. write a short note to her teacher about her cough"], ["Marisol"]),
    (["저 예준이 할머니인데요, 예준이 감기 걸렸을 때 집에서 할 일 자세히 알려줘"], ["예준"]),
    (["polish this: sorry, running late today.\nCheers, Ines Varga"], ["Ines Varga"]),
    (["pay with 4111,1111,1111,1111 and write a thank-you line"], ["4111,1111,1111,1111"]),
    (["내 차 57머 1029 주차 등록 부탁하는 문자 써줘"], ["57머 1029"]),
    (
        ["I was born on the second of July nineteen seventy-one; write it for the form"],
        ["second of July nineteen seventy-one"],
    ),
    (["결과는 dahye_91 골뱅이 네이버 닷컴으로 보내 달라는 문장 써줘"], ["dahye_91"]),
    (
        ["아내 폰 번호 가운데가 6620이에요", "끝은 1185요. 이 번호로 연락 달라는 문장 써줘"],
        ["1185"],
    ),
]
SERVICE_LIST = "1899-1234, 1666-7788"
PUBLIC_LIST = f"고객센터가 {SERVICE_LIST} 두 곳인데 어디가 해지 담당인지 묻는 글 써줘"

ROUND = Round(CONVERSATIONS, [PUBLIC_LIST], [SERVICE_LIST], leaks_without_rules=6)


def test_this_rounds_forms_never_reach_the_cloud_and_public_numbers_do(tmp_path: Path) -> None:
    ROUND.assert_defended(tmp_path)


def _this_rounds_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    detectors_off(
        monkeypatch,
        {
            "detect_family_role_names",
            "detect_signature_names",
            "detect_comma_card",
            "detect_vehicle_plate",
        },
    )
    monkeypatch.setattr(core.privacy.wire_screen, "_comma_chains", lambda _folded, runs: runs)
    monkeypatch.setattr(core.privacy.spoken, "english_spoken_date_edits", lambda _text: [])
    monkeypatch.setattr(core.privacy.spoken, "korean_mail_domain", lambda _text, _at: None)
    monkeypatch.setattr(core.privacy.phone_halves, "_phone_word_before", lambda _t, _i: False)


def test_without_this_rounds_rules_the_same_conversations_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _this_rounds_rules_off(monkeypatch)
    ROUND.assert_leaks(tmp_path)


def test_without_the_list_rule_the_public_numbers_are_kept_off_the_cloud(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.privacy.wire_screen, "business_list_spans", lambda _text: [])
    assert SERVICE_LIST not in ROUND.run(tmp_path)
