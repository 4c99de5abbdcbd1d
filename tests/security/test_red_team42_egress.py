"""Personal data in this round's forms never reaches the cloud recorder (round 42,
redteam42).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a formal document's "본인 …은", a messenger's "…님이 선물을 보냈습니다", a care
record's "입소자 …(81세)", a label answered in a sentence ("수취인은 …이야"); Japanese
"…と申します", Arabic "اسمي …", Thai "ผมชื่อ …"; a git log listing's authors; a surname
spelled letter by letter and "first name …"; a Taiwanese ID, an NRIC named after it, a
French NIR; an address in a map link; another country's mobile number after a phone word,
also in Thai or Persian digits; secrets after nmcli's password, net user, mosquitto_sub -P,
rar -hp, PsExec -p; and the second batch's German and French introductions, sqlcmd -P and a
phone in the financial numerals (壹贰叁…).

With the defence on none of them reaches the recorder, while public look-alikes do: a
form's blank, a brand's gift notice, a composer's name spelled out, a manual's one-word
example password. (A docs call's e-mail address is public to the routing scanner, but the
wire screen holds anything e-mail-like on purpose, so it is not asked here.) The control
switches only this round's detectors and widenings off: the names, addresses and secrets
then leak; the numbers are still stopped by the wire's own digit screen (core/egress.py), a
second line the scanner's rules do not replace.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core.privacy.code_output_names
import core.privacy.command_secret_args
import core.privacy.hanja_numeral_phones
import core.privacy.latin_self_intros
import core.privacy.normalize
from core.lazy_regex import LazyPattern
from tests.core.privacy.scanner_switch import detectors_off
from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["서약서 문장 봐줘: '본인 옥다현은 위 사항을 성실히 지킬 것을 서약합니다'"], ["옥다현"]),
    (["'육뇌미님이 선물과 메시지를 보냈습니다' 답장 문구 추천해줘"], ["육뇌미"]),
    (["입소자 탁끝순(81세) 어제 밤 낙상, 보고서 문장 다듬어줘"], ["탁끝순"]),
    (["등기 우편 라벨 써줘. 수취인은 변슬기야"], ["변슬기"]),
    (["メール添削: 'お世話になっております、経理の蓮見 奏多と申します。'"], ["蓮見 奏多"]),
    (["what does 'مساء الخير، اسمي سلمى النجار' say?"], ["سلمى النجار"]),
    (["'ผมชื่อ ณัฐพงษ์ ครับ' 발음 알려줘"], ["ณัฐพงษ์"]),
    (
        ["git log --format='%h %an %s' shows\n9ab31c0 Ximena Oyarzabal add retry\n"],
        ["Oyarzabal"],
    ),
    (["the guest spelled his surname for me: V-A-N-D-E-R-H-O-E-K, first name Ruud"], ["Ruud"]),
    (["대만 거래처 직원 身分證 번호가 B187204566 이래, 비자 서류에 써도 돼?"], ["B187204566"]),
    (["our nanny gave S9012345I for the pass - NRIC?"], ["S9012345I"]),
    (["ma carte Vitale: 1 92 11 13 055 214 96, c'est quoi 13?"], ["055 214 96"]),
    (
        ["invite link ok? https://maps.google.com/?daddr=14+Oakhurst+Road,+Leeds+LS6+2QR"],
        ["Oakhurst"],
    ),
    (["오사카 민박 사장님 번호 090-3817-2264 로 문자 보내는 법"], ["3817-2264"]),
    (["방콕 가이드 번호가 ๐๘๑-๓๒๗-๕๕๖๔ 래, 저장해줘"], ["๓๒๗-๕๕๖๔"]),
    (["Farsi keyboard typed my friend's number as ۰۱۰-۴۸۲۷-۳۹۱۶, fix it"], ["۴۸۲۷-۳۹۱۶"]),
    (["nmcli dev wifi connect Attic password 'Heather4Skiff' fails on boot"], ["Heather4Skiff"]),
    (["net user scanner Bramble7Coast /add 후 공유폴더 접근 거부"], ["Bramble7Coast"]),
    (["mosquitto_sub -u hall -P Pewter3Cove -t 'hall/#' refuses"], ["Pewter3Cove"]),
    (["rar a -hpSpruce55Ember tax.rar ./tax 하면 이름도 숨겨져?"], ["Spruce55Ember"]),
    (["PsExec \\\\lab3 -u lab\\ops -p Nettle!Quay8 ipconfig denied"], ["Nettle!Quay8"]),
    (
        ["Member.objects.get(first_name='Ysolde', last_name='Brackenbury-Osei') raises"],
        ["Brackenbury-Osei"],
    ),
    # The second batch: German and French "my name is", sqlcmd -P, financial numerals.
    (["check my German: 'Hallo, ich heiße Wiebke Tannhäuser-Ossa'"], ["Tannhäuser-Ossa"]),
    (["'Bonjour, je m'appelle Clémence Aubertin-Sy' 번역해줘"], ["Aubertin-Sy"]),
    (["sqlcmd -S rpt -U etl -P 'Osier#Fen42' -i load.sql fails at login"], ["Osier#Fen42"]),
    (["명함 뒤 메모 '壹叁玖 贰柒肆捌 伍陆壹贰' 번호로 저장해줘"], ["贰柒肆捌 伍陆壹贰"]),
]
PUBLIC = [
    "사직서 양식 '본인 ○○○은' 자리에 도장도 찍어야 해?",
    "'이디야커피님이 선물과 메시지를 보냈습니다' 이거 스미싱이야?",
    "is it spelled R-A-C-H-M-A-N-I-N-O-F-F in the programme, or with a V?",
    "nmcli man page example: nmcli dev wifi connect Foyer password latte - quotes needed?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["본인 ○○○은", "이디야커피님이", "R-A-C-H-M-A-N-I-N-O-F-F", "password latte"],
    leaks_without_rules=19,
)


def test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do(
    tmp_path: Path,
) -> None:
    ROUND.assert_defended(tmp_path)


_THIS_ROUNDS_RULES = {
    "detect_notice_names_ko",
    "detect_script_self_intros",
    "detect_commit_log_authors",
    "detect_spelled_names_en",
    "detect_cued_national_ids",
    "detect_map_link_addresses",
    "detect_trunk_zero_phones",
}
_NEVER = LazyPattern("(?!x)x")


def test_without_this_rounds_rules_the_same_conversations_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    detectors_off(monkeypatch, _THIS_ROUNDS_RULES)
    monkeypatch.setattr(core.privacy.normalize, "_SCRIPT_DIGIT_RE", _NEVER)
    core.privacy.normalize._fold_char.cache_clear()
    monkeypatch.setattr(
        core.privacy.command_secret_args,
        "_COMMANDS",
        core.privacy.command_secret_args._COMMANDS[:9],
    )
    monkeypatch.setattr(
        core.privacy.latin_self_intros, "_CUES", ("tên", "nama", "ako ", "pangalan", "adım")
    )
    monkeypatch.setattr(
        core.privacy.hanja_numeral_phones,
        "_DIGITS",
        {
            k: v
            for k, v in core.privacy.hanja_numeral_phones._DIGITS.items()
            if k in "〇零一幺二三四五六七八九"
        },
    )
    monkeypatch.setattr(
        core.privacy.code_output_names,
        "_CALL_RE",
        LazyPattern(r"\b[A-Z]\w*\((?P<args>(?:[^()\n]|\([^()\n]*\)){0,300})"),
    )
    try:
        ROUND.assert_leaks(tmp_path)
    finally:
        core.privacy.normalize._fold_char.cache_clear()
