"""Personal data in this round's forms never reaches the cloud recorder (round 52,
blind52p).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Catalan, Irish and Zulu introductions; a 프로 rank after a name; 작은동서 before a name; a
German and a French in-law; "covering for NAME"; "Your host, NAME,"; a PGN player tag; a
colleague's BibTeX author; an Austrian street with Stiege/Tür; PHP's PDO password; Maven's
<password>. (The numbers of this round, a CNP, a South African ID, a mobile's groups by
position and a 동-호 pair after a complex's name, and the e-mails, "(ät) … (punkt)" and a
letter-spaced one, are pinned by the rules' tests only: the guarded client's own wire
screen, which stops digit runs and e-mail-like strings, blocks those calls whatever the
scanner says.)

With the defence on none of them reaches the recorder, while public look-alikes do: a famous
game's PGN tags and a published paper's BibTeX authors. The control switches off the
detectors this round widened or added: then every one of the 14 values leaks.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["translate 'Bona tarda, em dic Ferran Albareda i Mir' please"], ["Albareda i Mir"]),
    (["what does 'Is mise Clodagh Ní Fhlannagáin' mean?"], ["Fhlannagáin"]),
    (["reply to 'Sawubona, igama lami nguZanele Mkhwanazi'"], ["Mkhwanazi"]),
    (["보고서는 옆 팀 변지오 프로가 검토해 준대. 메일 초안 써줘"], ["변지오"]),
    (["작은동서 탁새봄이 이번에 수술 받는대. 위로 문자 써줘"], ["탁새봄"]),
    (["übersetze 'meine Schwägerin Roswitha Pfeilschifter kommt nicht'"], ["Pfeilschifter"]),
    (["answer 'ma belle-sœur Clémence Tréguier est malade' politely"], ["Tréguier"]),
    (["I'm filling in for Evander Quagliarello this week, how do I start?"], ["Quagliarello"]),
    (["the app says 'Your driver, Lucius Oyenusi, has arrived' but nobody's here"], ["Oyenusi"]),
    (
        ['where did I go wrong? [White "Thackeray-Mbatha, Imogen"] [Black "me"] 1. e4 e5'],
        ["Thackeray-Mbatha"],
    ),
    (["my labmate's bibtex: @misc{x, author = {Vandersloot, Pim}} is it right?"], ["Vandersloot"]),
    (
        ["Paket an Ottakringer Straße 57, Stiege 2, Tür 8 - wie schreibe ich das?"],
        ["Ottakringer Straße 57"],
    ),
    (["new PDO('mysql:host=db', 'app', 'Sorrel!Weir83') says access denied"], ["Sorrel!Weir83"]),
    (["mvn deploy 401 with <password>Gannet7#Holm</password> in settings.xml"], ["Gannet7#Holm"]),
]
PUBLIC = [
    'in the 2018 title match, did [White "Caruana, Fabiano"] ever win a classical game?',
    "@article{v17, author = {Vaswani, Ashish and Shazeer, Noam}} - is the format right?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Caruana, Fabiano", "Vaswani, Ashish"],
    leaks_without_rules=14,
)

# The detectors this round widened, and its one new detector (citation_names_60p).
_THIS_ROUNDS_RULES = {
    "detect_latin_self_intros",
    "detect_letter_names_more",
    "detect_kinship_names",
    "detect_frame_names_54p",
    "detect_passing_names",
    "detect_citation_names_60p",
    "detect_european_address",
    "detect_code_call_passwords",
    "detect_config_password_fields",
}

(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
