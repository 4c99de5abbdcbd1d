"""Personal data in this round's forms never reaches the cloud recorder (round 43,
redteam43).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: an e-signature "/s/ …", a vow's "I, …, take you, …", a notice's "…, 88, of", a chat's
"나 … …임", an Uzbek, Nepali or Khmer introduction, "hi all, … here", a bank notice's
counterparty, a German form's Vorname/Nachname, an HL7 PID segment; a 주민번호 read with
"다음에", a 군번, a mobile a spreadsheet stripped of its 0, a Vietnamese lane address; secrets
after xfreerdp /p:, lftp -u user,…, rdesktop -p and an expect script's send; and the second
batch's Hebrew "שמי …", a share notice's sender and xdotool typing a password.

With the defence on none of them reaches the recorder, while public look-alikes do: a prayer
book's "I, N., take thee N.", a phrasebook's model sentence, FreeRDP's manual example against
its fictional domain. The control switches only this round's detectors and widenings off: the
names, addresses and secrets then leak; the numbers are still stopped by the wire's own digit
screen (core/egress.py), a second line the scanner's rules do not replace.
"""

from __future__ import annotations

import pytest

import core.privacy.command_secret_args
import core.privacy.depositor_names_ko
import core.privacy.form_name_fields
import core.privacy.latin_self_intros
import core.privacy.script_self_intros
import core.privacy.sign_on_names
import core.privacy.spoken
from core.lazy_regex import LazyPattern
from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["does '/s/ Ignatius Fairweather-Obi' count as signing the tenancy form?"], ["Fairweather"]),
    (["edit our vows: 'I, Dashiell Crane, take you, Ottilie Marchetti, for life'"], ["Ottilie"]),
    (
        ["tidy the notice: 'Harriet Pennywhistle, 88, of Cobb Lane, died on Friday'"],
        ["Pennywhistle"],
    ),
    (["단톡 인사 고쳐줘: 'ㅎㅇ 나 새로 온 총무 육서담임 ㅋㅋ'"], ["육서담"]),
    (["reply to 'Assalomu alaykum, mening ismim Gulnora Tursunova'"], ["Tursunova"]),
    (["'मेरो नाम बिनिता श्रेष्ठ हो' 번역해줘"], ["श्रेष्ठ"]),
    (["what does 'ខ្ញុំឈ្មោះ ស្រី ពេជ្រ' say?"], ["ពេជ្រ"]),
    (["fix: 'hi all, Clementine Abara-Vance here, Noor's mum'"], ["Abara-Vance"]),
    (["이 알림 뭐야 '[NH] 입금 80,000 남궁하린 잔액 91,000'"], ["남궁하린"]),
    (["Formular prüfen:\nNachname: Oyelaran-Stoltz\nVorname: Wiebke"], ["Oyelaran-Stoltz"]),
    (["this segment fails: PID|1||8812^^^WARD^MR||Quenneville^Odile||19700101|F"], ["Quenneville"]),
    (["Vietnamese note for my flat: 9 ngõ 41 Thái Hà, phòng 703, Đống Đa"], ["Thái Hà"]),
    (["xfreerdp /v:srv2 /u:ops /p:Tamarack#Vole3 drops after login"], ["Tamarack#Vole3"]),
    (["lftp -u sync,Pelican!Oak62 sftp://nas 접속 실패"], ["Pelican!Oak62"]),
    (["rdesktop -u kim -p Lichen9Brook srv3 black screen"], ["Lichen9Brook"]),
    (['expect hangs:\nexpect "password:"\nsend "Marram!Dune5\\r"'], ["Marram!Dune5"]),
    # The second batch: Hebrew "שמי …", a share notice's sender, xdotool typing a password.
    (["what does 'שלום, שמי תמר אזולאי' say?"], ["אזולאי"]),
    (["'Wendeline Abara-Crisp shared a document with you' - phishing?"], ["Abara-Crisp"]),
    (["login script: xdotool type 'Gorse!Fell29' then Return"], ["Gorse!Fell29"]),
    # Numbers: the scanner reads them now; the wire's digit screen stops them either way.
    (["엄마 주민번호 '오공일일이삼 다음에 이일이삼사오육' 숫자로"], ["이일이삼사오육"]),
    (["훈련소 편지 군번 26-70418352 로 보내면 돼?"], ["70418352"]),
    (["엑셀에 연락처가 1083726154 로 바뀌었어"], ["1083726154"]),
]
PUBLIC = [
    "why does the prayer book say 'I, N., take thee N.' with N?",
    "네팔어 교재 예문 'मेरो नाम सीता हो' 에서 हो 뜻이 뭐야?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["take thee N.", "मेरो नाम सीता हो"],
    leaks_without_rules=16,
)


_THIS_ROUNDS_RULES = {
    "detect_formal_frame_names_en",
    "detect_framed_names_ko",
    "detect_hl7_patient_segments",
    "detect_military_service_numbers_ko",
    "detect_stripped_zero_phones",
    "detect_vietnamese_home_addresses",
    "detect_share_notice_names_en",
}
_NEVER = LazyPattern("(?!x)x")


def _widened_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # What this round widened in older rules, switched off with them.
    monkeypatch.setattr(core.privacy.script_self_intros, "_KM_RE", _NEVER)
    monkeypatch.setattr(
        core.privacy.script_self_intros,
        "_HI_RE",
        LazyPattern(r"मेरा[ \t]+नाम[ \t]+(?P<name>[\u0900-\u097F]+)[ \t]+है"),
    )
    monkeypatch.setattr(
        core.privacy.latin_self_intros,
        "_CUES",
        tuple(c for c in core.privacy.latin_self_intros._CUES if c != "ismim"),
    )
    monkeypatch.setattr(
        core.privacy.sign_on_names,
        "_EN_SIGN_ON_RE",
        LazyPattern(
            r"(?:\A|(?<=[.!?])[ \t]+|\n)[ \t]*(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
            r"[ \t]*,?[ \t]+here(?=[ \t]*(?:[,.!:;]|-|—|$))"
        ),
    )
    monkeypatch.setattr(core.privacy.depositor_names_ko, "_NOTICE_RE", _NEVER)
    monkeypatch.setattr(core.privacy.form_name_fields, "_ABROAD_RE", _NEVER)
    monkeypatch.setattr(core.privacy.spoken, "_DASH_WORD_LIST", ("다시", "대시", "하이픈", "dash"))
    monkeypatch.setattr(
        core.privacy.command_secret_args,
        "_COMMANDS",
        core.privacy.command_secret_args._COMMANDS[:-3],
    )
    monkeypatch.setattr(core.privacy.command_secret_args, "_EXPECT_SEND_RE", _NEVER)
    monkeypatch.setattr(core.privacy.command_secret_args, "_TYPED_RE", _NEVER)
    monkeypatch.setattr(core.privacy.script_self_intros, "_HE_RE", _NEVER)


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES, _widened_rules_off)
