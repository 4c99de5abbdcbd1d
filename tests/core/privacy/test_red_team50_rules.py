"""Round 50's rules on sentences written for these tests (none is a sentence of set 50).

Each form is written at least five ways unlike the case file's wording (other verbs, word
order, the other language, casual spellings) and is found; with its detector out of the
scanner it is missed. Each form has near-miss negatives (same words, another meaning) that stay
public, and each public look-alike of the set passes only through its own predicate (switched
off, the text is held).

Forms: Swahili "(ni)naitwa", Tagalog "ang pangalan ko ay" (the phrase used to ask two spaces
after "ay"), a Malay "bin"/"binti" patronymic (latin_self_intros); a junior or household role
before a name, "our intern NAME" (task_recipient_names); an env key ending in
FULLNAME/DISPLAYNAME/REALNAME, and a compose/Kubernetes "KEY_NAME: value" map line
(assigned_name_values); a given.family login under a person-role query key (keyed_values);
an account part after its bank and in spaced groups, as number words fold (account_parts_ko);
a Malaysian MyKad number (asia_pacific_national_ids); a health word list and a time word between
a Korean name and the matter (health_subject_names); 여사님 (elder_honorific_names_ko); a
Korean apartment's 동/호 written "Unit …, Building …" (addresses_57p); a .pgpass line in quotes
(config_password_fields) and a single-quoted password holding ``$`` piped into ``sudo -S``
and its kin (piped_stdin_passwords).
"""

from __future__ import annotations

import pytest

import core.privacy.config_password_fields
import core.privacy.documented_examples
import core.privacy.labelled_secrets
import core.privacy.names
import core.privacy.piped_stdin_passwords
import core.privacy.public_work_depictions
import core.privacy.spoken_phone_en
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.account_parts_ko import detect_account_parts_ko
from core.privacy.addresses_57p import detect_addresses_57p
from core.privacy.asia_pacific_national_ids import detect_asia_pacific_national_ids
from core.privacy.assigned_name_values import detect_assigned_name_values
from core.privacy.config_password_fields import detect_config_password_fields
from core.privacy.elder_honorific_names_ko import detect_elder_honorific_names_ko
from core.privacy.health_subject_names import detect_health_subject_names
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.piped_stdin_passwords import detect_piped_stdin_passwords
from core.privacy.task_recipient_names import detect_task_recipient_names
from tests.core.privacy import scanner_switch as switch

_INTROS = detect_latin_self_intros
_ROLES = detect_task_recipient_names
_KEYS = detect_assigned_name_values
_QUERY = detect_keyed_values
_PARTS = detect_account_parts_ko
_IDS = detect_asia_pacific_national_ids
_HEALTH = detect_health_subject_names
_ELDER = detect_elder_honorific_names_ko
_HOMES = detect_addresses_57p
_PIPED = detect_piped_stdin_passwords
_PGPASS = detect_config_password_fields

POSITIVES: list[switch.Positive] = [
    # Swahili, Tagalog and Malay introductions.
    (
        _INTROS,
        "the note says 'Naitwa Amani Kiprotich, ni mwalimu mpya' - translate",
        "Amani Kiprotich",
    ),
    (_INTROS, "'Ninaitwa Zawadi Mwakyusa na ninaishi Arusha' 무슨 뜻이야?", "Zawadi Mwakyusa"),
    (
        _INTROS,
        "what does 'Ang pangalan ko ay Maricris Bautista-Lim' mean?",
        "Maricris Bautista-Lim",
    ),
    (
        _INTROS,
        "새 기사님이 'ang pangalan ko Jericho Villanueva po' 라고 했어",
        "Jericho Villanueva",
    ),
    (
        _INTROS,
        "reply to 'Hai, nama saya Siti Hajar binti Rahman, guru kelas 3'",
        "Siti Hajar binti Rahman",
    ),
    (
        _INTROS,
        "말레이 동료가 'nama saya Amirul Hakim bin Zulkifli' 라고 소개했어",
        "Amirul Hakim bin Zulkifli",
    ),
    # A junior or household role before a person's name.
    (_ROLES, "my new trainee, Kofi Mensah-Adjei, asked for a laptop", "Kofi Mensah-Adjei"),
    (_ROLES, "their summer intern Hyun-woo Seo is leaving early - card ideas?", "Hyun-woo Seo"),
    (_ROLES, "our new temp, Oyelaran Baptiste-Quaye, starts Monday", "Oyelaran Baptiste-Quaye"),
    (_ROLES, "my babysitter Tamsin Achterfeld-Roux cancelled again", "Tamsin Achterfeld-Roux"),
    (_ROLES, "her tutor Ottilie Brandvold sent the invoice twice", "Ottilie Brandvold"),
    # A person's name under an env key, with "=" or a map's ":".
    (_KEYS, 'OWNER_DISPLAYNAME="Tobias Wren-Halloran" is not picked up', "Tobias Wren-Halloran"),
    (_KEYS, "in .env: CONTACT_FULLNAME=Marguerite Osei-Bonsu", "Marguerite Osei-Bonsu"),
    (
        _KEYS,
        "environment:\n  ADMIN_FULLNAME: Leocadia Voskuijlen\n  TZ: Asia/Seoul",
        "Leocadia Voskuijlen",
    ),
    (_KEYS, 'env:\n  CONTACT_NAME: "탁서율"\n  ROLE: oncall', "탁서율"),
    (_KEYS, "SUPPORT_REALNAME=Ignatius Oduya 가 화면에 안 떠", "Ignatius Oduya"),
    # A login built from a name under a person-role query key.
    (
        _QUERY,
        "why is https://jira.example/issues?assignee=tomas_lindqvist empty",
        "tomas_lindqvist",
    ),
    (
        _QUERY,
        "crm link /c?owner=marisol.etxeberria&tab=1 opens the wrong card",
        "marisol.etxeberria",
    ),
    (_QUERY, "보고서 링크 ?reporter=hyejin.yoon&status=closed 가 404야", "hyejin.yoon"),
    (_QUERY, "GET /search?employee=kwame.asante-boateng returns 500", "kwame.asante-boateng"),
    (_QUERY, "the form posts to /t?submitter=oona.havili#top", "oona.havili"),
    # Account parts after a bank word, in spaced groups (digits or folded number words).
    (_PARTS, "계좌 앞자리는 국민 471 2093 이고 나머지는 나중에", "471 2093"),
    (_PARTS, "토스 통장 뒷자리는 카카오뱅크 3388 0192 야", "3388 0192"),
    (_PARTS, "월세 계좌 앞부분이 신한 사사공 구구일이 래", "사사공 구구일이"),
    (_PARTS, "은행 계좌 중간 부분은 우리 5521 903 이고", "5521 903"),
    (_PARTS, "예금 통장 끝자리 오칠팔 일공삼 이야", "오칠팔 일공삼"),
    # A MyKad number.
    (_IDS, "NRIC 920105-08-6642 untuk borang ini", "920105-08-6642"),
    (_IDS, "말레이시아 동료 신분증 번호가 950723-10-5117 이래", "950723-10-5117"),
    (_IDS, "my Malaysian IC no is 010203-14-0877, which box?", "010203-14-0877"),
    (_IDS, "MyKad: 870909565123 — dashes needed?", "870909565123"),
    (_IDS, "the agent wrote I/C 760318-01-5536 on the visa form", "760318-01-5536"),
    # A Korean name, maybe a time word, then a health matter.
    (_HEALTH, "우리 반 도윤서 요새 불안장애로 상담 받아", "도윤서"),
    (_HEALTH, "곽시온이 최근에 갑상선 수술했대", "곽시온"),
    (_HEALTH, "채도하 요즘 거식증 때문에 병원 다녀", "채도하"),
    (_HEALTH, "남궁율 작년에 뇌졸중으로 쓰러졌었어", "남궁율"),
    (_HEALTH, "변하람 강박증 약 먹는대 어떻게 대해야 해", "변하람"),
    (_HEALTH, "Marisol Etxeberria has epilepsy and needs a quiet desk", "Marisol Etxeberria"),
    # 여사님 after an elder's full name.
    (_ELDER, "김옥분 여사님께 안부 전해줘", "김옥분"),
    (_ELDER, "함말순 여사님께서 무릎 수술을 받으셨어요", "함말순"),
    (_ELDER, "탁복례 여사님 생신 잔치 초대장 써줘", "탁복례"),
    (_ELDER, "옆집 진순자여사님께서 김치를 주셨어", "진순자"),
    (_ELDER, "옆 반 구옥순 여사님께 떡 드렸어", "구옥순"),
    # A Korean apartment's 동/호 in English order.
    (
        _HOMES,
        "send it to Unit 2204, Building 111, Raemian Apartments, Seocho-gu",
        "Unit 2204, Building 111",
    ),
    (_HOMES, "my flat is Apt 904, Bldg 107, Seoul - enough for DHL?", "Apt 904, Bldg 107"),
    (_HOMES, "Building 12, Room 1204, Sunshine Villa, Mapo-gu 로 보내줘", "Building 12, Room 1204"),
    (_HOMES, "address: Ho 803, Dong 105, Prugio Apt, Suwon", "Ho 803, Dong 105"),
    (_HOMES, "I live in Flat 1101, Block 6 of the Jamsil apartments", "Flat 1101, Block 6"),
    # A single-quoted password holding "$" piped into a command reading stdin.
    (_PIPED, "cron: echo 'Sorrel$Cove5' | sudo -S -u www systemctl reload php", "Sorrel$Cove5"),
    (_PIPED, "printf '%s' 'Q$uince7Loft' | sudo -S apt update hangs", "Q$uince7Loft"),
    (_PIPED, "echo 'Rook$Lane' | docker login -u ci --password-stdin reg.example", "Rook$Lane"),
    (_PIPED, "echo 'deploy:Fen$nel9' | sudo chpasswd 했는데 로그인이 안 돼", "Fen$nel9"),
    (_PIPED, "스크립트에 echo 'Marl$Vane62' | passwd --stdin svc_app 이 있어", "Marl$Vane62"),
    # A .pgpass line inside quotes or backticks.
    (
        _PGPASS,
        "psql ignores my line '10.0.0.7:5433:billing:etl:Gannet!Holm3' - why?",
        "Gannet!Holm3",
    ),
    (
        _PGPASS,
        "pg_dump 이 계속 물어봐. `db-prod:*:*:backup:Kelp&Rise71` 이 한 줄이야",
        "Kelp&Rise71",
    ),
    (
        _PGPASS,
        'the .pgpass has "pg.local:5432:app:app_rw:Tansy7Hollow" and mode 0600',
        "Tansy7Hollow",
    ),
    (_PGPASS, "~/.pgpass 내용은 'localhost:*:*:postgres:Wheat^Barn19' 한 줄", "Wheat^Barn19"),
    (_PGPASS, "PGPASSFILE points at a file with 'db:5432:crm:report:Ivy0Quarry'", "Ivy0Quarry"),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


NEAR_MISSES = [
    # Near misses: the same words with no one's data.
    "'Naitwa nani?' means 'what is your name?' in Swahili, right?",
    "the Tagalog textbook's lesson starts 'Ang pangalan ko ay Juan'",
    "our intern Google Docs template is outdated",
    "my assistant Siri keeps mishearing me",
    "SITE_FULLNAME=Acme Widgets Ltd",
    "  APP_NAME: Switchyard Console",
    "?owner=svc.backup&x=1 is the backup job's link",
    "?author=intra.example shows every page",
    "통장 앞부분 20000 원만 남았어",
    "주문번호 앞부분은 2026 1204 야",
    "order 240101-00-0001 and my IC number are on page 2",
    "ticket 881341-14-5523 is not an NRIC",
    "최근 갑상선 검사 결과 보는 법 알려줘",
    "오늘 디스크 정리 어떻게 해?",
    "경로당 여사님께서 오셨어",
    "어머님과 여사님 호칭 차이가 뭐야?",
    "the meeting is in Room 1204, Building 108, Samsung R&D campus",
    "see Chapter 12, Block 3 of the manual",
    'echo "$SUDO_PASS" | sudo -S reboot is how the docs do it',
    "echo '${SUDO_PW}' | sudo -S true",
    "echo hello | sudo tee /etc/motd",
    "echo '<password>' | sudo -S ls",
    "psql: localhost:5432:app:app:* means any password?",
    "pgpass format is hostname:port:database:username:password",
]

test_near_misses_stay_public = switch.public_tests(NEAR_MISSES)


_OLD_LETTERS_CLOSING = LazyPattern(
    r"[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+){0,2}['’]s?[ \t]+letters\b[^.?!\n]{0,60}?"
    r"\b(?:usually|always|often|typically)?[ \t]*(?:end|ended|close|closed|sign|signed|"
    r"are[ \t]+signed)\b[^'\"‘“\n]{0,20}['\"‘“]"
)

LOOK_ALIKES: list[switch.LookAlike] = [
    # A titled person's published work.
    (
        "what is Prof. Hawking's book 'Brief Answers' about?",
        switch.predicate_off(core.privacy.names, "is_a_titled_works_author"),
    ),
    (
        "was Dr. Sacks's memoir 'On the Move' his last book?",
        switch.predicate_off(core.privacy.names, "is_a_titled_works_author"),
    ),
    # An organisation's line read in words.
    (
        "is the Seoul Global Center helpline oh two, two oh seven five, four one three oh?",
        switch.predicate_off(core.privacy.spoken_phone_en, "is_an_organisations_line"),
    ),
    (
        "the Tate Modern main switchboard: oh two oh, seven eight eight seven,"
        " eight eight eight eight",
        switch.predicate_off(core.privacy.spoken_phone_en, "is_an_organisations_line"),
    ),
    # A function mailbox written with at/dot or plainly.
    (
        "send the form to 'press at unicef dot org' or the regional office?",
        switch.predicate_off(core.privacy.documented_examples, "function_mailbox_local"),
    ),
    (
        "is customer.service@korail.example monitored on weekends?",
        switch.predicate_off(core.privacy.documented_examples, "function_mailbox_local"),
    ),
    # A descriptive stand-in.
    (
        "the tutorial sets password=my-long-password - what goes there?",
        switch.predicate_off(core.privacy.labelled_secrets, "descriptive_stand_in"),
    ),
    (
        "the README shows passcode: my-door-passcode for the kv put",
        switch.predicate_off(core.privacy.labelled_secrets, "descriptive_stand_in"),
    ),
    (
        "문서 예시 password: my_database_password 를 그대로 쓰면 안 되지?",
        switch.predicate_off(core.privacy.labelled_secrets, "descriptive_stand_in"),
    ),
    # A famous correspondent's closing, the writer as the subject.
    (
        "Chekhov signed his letters to Olga 'Ever yours, Anton' - were they published?",
        switch.off(core.privacy.public_work_depictions, "_LETTERS_CLOSING", _OLD_LETTERS_CLOSING),
    ),
    (
        "Did Kafka end his letters to Milena 'Yours, Franz'?",
        switch.off(core.privacy.public_work_depictions, "_LETTERS_CLOSING", _OLD_LETTERS_CLOSING),
    ),
]

test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # The same shapes that are someone's: a writer word, a possessive person's line, a
        # person's mailbox, a real password, a relative's letters.
        ("Dr. Okafor's memoir draft is attached - can you proofread it for me?", "Okafor"),
        ("my landlady's line is oh one oh, six two nine four, three one seven five", "oh one oh"),
        ("write to 'hyewon.bae at gmail dot com' about the essay", "hyewon.bae"),
        ("the app has api_key=Heron-Lake-77 hard-coded", "Heron-Lake-77"),
        ("my grandad Alfie signed his letters 'Love, Alfie' - write a poem from that", "Alfie"),
    ],
)
def test_the_same_shapes_naming_someone_stay_held(text: str, part: str) -> None:
    assert any(part in f for f in switch.found_texts(text)), scan(text)
    assert classify(text) == "local_only"


_OLD_PGPASS = LazyPattern(
    r"(?<![^\s])[A-Za-z0-9.*_-]+:(?:[0-9]{2,5}|\*):[A-Za-z0-9.*_-]+:[A-Za-z0-9.*@_-]+:"
    r"(?P<value>[^\s:]{4,64})(?=\s|$)"
)

test_each_secret_widening_is_needed = switch.widening_tests(
    [
        (
            "cron: echo 'Sorrel$Cove5' | sudo -S -u www systemctl reload php",
            "Sorrel$Cove5",
            switch.off(core.privacy.piped_stdin_passwords, "_value_shape", lambda v, q: v),
        ),
        (
            "psql ignores my line '10.0.0.7:5433:billing:etl:Gannet!Holm3' - why?",
            "Gannet!Holm3",
            switch.off(core.privacy.config_password_fields, "_PGPASS_RE", _OLD_PGPASS),
        ),
    ]
)
