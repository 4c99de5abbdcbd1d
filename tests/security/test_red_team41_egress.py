"""Personal data in this round's forms never reaches the cloud recorder (round 41,
redteam41).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a printed DataFrame's name column and a repr's name='…', a Zoom chat's sender, a name
glued to a wish in a hashtag, a full name before 어르신, a Vietnamese, Indonesian and Turkish
"my name is", a Swedish personnummer and a Polish PESEL; SQL's IDENTIFIED BY and WITH
PASSWORD, ssh-keygen -N, 7-Zip's -pSECRET, gpg --passphrase, cmdkey /pass: and a JWT key; and
the widened forms (a Chinese mobile with 幺 for 1, a number read with 빵 for 0); and the
second batch's (a CURP, ldapsearch -w, smbclient -U user%password, an address said
"… 골뱅이 proton 닷컴"). With the defence on none of them reaches the recorder, while public
look-alikes do: a public data set's passenger row, a passport form's counting-up example, the
MySQL manual's stand-in password. The control switches only this round's detectors and
widenings off: most then leak.
"""

from __future__ import annotations

import pytest

import core.privacy.hanja_numeral_phones
import core.privacy.korean_mail_hosts
import core.privacy.spoken
from core.lazy_regex import LazyPattern
from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (
        ["df 출력 봐줘, 왜 정렬이 안 돼?\n     이름   점수\n0  봉새롬    88\n1  육하진    92"],
        ["봉새롬", "육하진"],
    ),
    (
        ["unittest says Tenant(name='Leocadia Vanterpool', unit='3F') != Tenant(unit='3f')"],
        ["Vanterpool"],
    ),
    (
        ["tidy this:\n16:05:12 From  Evadne Marchetti-Obi  to  Everyone:\n\tbrb, my dad fell"],
        ["Marchetti-Obi"],
    ),
    (["생일 게시물 캡션: #변하윤생일축하해 #사랑해"], ["변하윤"]),
    (["'[방문간호] 편순례 어르신 내일 오전 10시 방문 예정' 문자 다듬어줘"], ["편순례"]),
    (["is 'Dạ, em tên là Phùng Gia Hân ạ' polite enough for a job interview?"], ["Phùng Gia Hân"]),
    (["translate 'Perkenalkan, nama saya Wulan Sasmita' into Korean"], ["Wulan Sasmita"]),
    (["fix my Turkish: 'benim adım Ozan Karabulut ve mühendisim'"], ["Karabulut"]),
    (["the bank wants my personnummer 8502172383 without the dash, fine?"], ["8502172383"]),
    (["PESEL: 02270803624 - czy to dobrze wpisany numer dla dziecka?"], ["02270803624"]),
    (
        ["GRANT ALL ON shop.* TO 'ops'@'%' IDENTIFIED BY 'Bramble#Tern19'; errors on 8.0"],
        ["Bramble#Tern19"],
    ),
    (["CREATE ROLE ledger LOGIN PASSWORD 'Cormorant!77'; 했는데 접속 거부돼"], ["Cormorant!77"]),
    (
        ['ssh-keygen -t rsa -b 4096 -N "Juniper*Hollow2" -f build_key 이거 CI에 써도 돼?'],
        ["Juniper*Hollow2"],
    ),
    (["7zz a -pOrchid55Ferry -mhe=on tax.7z ~/tax hides file names too?"], ["Orchid55Ferry"]),
    (['gpg -c --batch --passphrase "Thistle-Cove-8" 여권사본.jpg 복호화는?'], ["Thistle-Cove-8"]),
    (
        ["cmdkey /add:fileserver /user:corp\\jkang /pass:Sable^Mint31 then net use fails"],
        ["Sable^Mint31"],
    ),
    (
        ["decoded = jwt.decode(tok, 'plover-anchor-6603', algorithms=['HS256']) raises"],
        ["plover-anchor-6603"],
    ),
    (["광저우 거래처 번호 幺五八 三九二〇 七四六一 로 저장해줘"], ["三九二〇 七四六一"]),
    (["옆집 할아버지가 빵일빵 오삼칠이 구육팔일 로 전화 달래"], ["오삼칠이 구육팔일"]),
    # The second batch: a CURP, ldapsearch -w, smbclient -U user%password, "… 닷컴".
    (["is GUSR881102HNLTNB06 a valid CURP for the visa form?"], ["GUSR881102HNLTNB06"]),
    (["ldapsearch -x -D uid=ops,ou=svc -w Gull4Marsh -b ou=people hangs"], ["Gull4Marsh"]),
    (["smbclient -L //media -U kids%Otter!Glen5 권한 오류 왜 나?"], ["Otter!Glen5"]),
    (["주소 받아 적어줘: haneul92 골뱅이 proton 닷컴"], ["haneul92"]),
]
PUBLIC = [
    "Titanic train.csv row 'Cumings, Mrs. John Bradley' - what does Parch mean?",
    "여권번호 예시 M123A4567 처럼 가운데에 알파벳이 들어가는 이유가 뭐야?",
    "the MySQL docs write IDENTIFIED BY 'password' - must I quote it?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Cumings, Mrs. John Bradley", "M123A4567", "IDENTIFIED BY 'password'"],
    leaks_without_rules=18,
)


_THIS_ROUNDS_RULES = {
    "detect_code_output_names",
    "detect_meeting_chat_senders",
    "detect_celebration_hashtags",
    "detect_elder_honorific_names_ko",
    "detect_latin_self_intros",
    "detect_european_national_ids",
    "detect_command_secret_args",
    "detect_mexican_curp",
}


def _widened_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # What this round widened in older rules, switched off with them.
    monkeypatch.delitem(core.privacy.hanja_numeral_phones._DIGITS, "幺")
    monkeypatch.delitem(core.privacy.spoken.DIGIT_WORDS, "빵")
    monkeypatch.setattr(core.privacy.korean_mail_hosts, "_LATIN_HOST_RE", LazyPattern("(?!x)x"))


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES, _widened_rules_off)
