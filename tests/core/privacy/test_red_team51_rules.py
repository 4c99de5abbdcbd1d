"""Round 51's rules on sentences written for these tests (none is a sentence of set 51).

Each form is written at least five ways unlike the case file's wording (other verbs, word
order, the other language, casual spellings) and is found; with its detector out of the
scanner it is missed. Each form has near-miss negatives (same words, another meaning) that
stay public, and each public look-alike of the set passes only through its own predicate
(switched off, the text is held).

Forms: Ukrainian "мене звуть"/"моє ім'я", Belarusian, Bulgarian and Serbian introductions
(self_intro_names_more); Indonesian "perkenalkan, saya"/"saya bernama", Vietnamese "mình
là"/"em là", Portuguese "(eu) me chamo"/"chamo-me" (latin_self_intros); commit trailers
without an address (commit_log_authors); a chat tool's "NAME was added to …"
(arrival_names_en); a manifest's "author"/"maintainer" (keyed_values); a lower-case name
before a health matter in lower-case chat (lowercase_names_en, through
health_subject_names); 시어머님/친정엄마 and "되시는"/"이신" before an elder's name with 님
(kinship_names); MYSQL_PWD=/…PASSCODE= before a command (command_secrets_56p); helm's --set
…Password= (command_secrets_57p); X-Api-Key-style headers (auth_headers); a URL password with
an empty user (credential_tokens); a bare 카드 labelling a card's part (ids'
detect_labelled_card); a named residence and its unit (apartment_units); a numbered side
road's address (addresses_57p); English digit words in 4+4 groups or after "ten" for 010
(spoken_phone_en).
"""

from __future__ import annotations

import core.privacy.command_secrets_56p
import core.privacy.ids
import core.privacy.self_intro_names_more
from core.lazy_regex import LazyPattern
from core.privacy.addresses_57p import detect_addresses_57p
from core.privacy.apartment_units import detect_apartment_unit
from core.privacy.arrival_names_en import detect_arrival_names_en
from core.privacy.auth_headers import detect_auth_headers
from core.privacy.command_secrets_56p import detect_command_secrets_56p
from core.privacy.command_secrets_57p import detect_command_secrets_57p
from core.privacy.commit_log_authors import detect_commit_log_authors
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.ids import detect_labelled_card
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.lowercase_names_en import detect_lowercase_names_en
from core.privacy.self_intro_names_more import detect_self_intro_names_more
from core.privacy.spoken_phone_en import detect_spoken_phone_en
from tests.core.privacy import scanner_switch as switch

_CYR = detect_self_intro_names_more
_LATIN = detect_latin_self_intros
_TRAILER = detect_commit_log_authors
_ADDED = detect_arrival_names_en
_AUTHOR = detect_keyed_values
_LOWER = detect_lowercase_names_en
_KIN = detect_kinship_names
_ENV = detect_command_secrets_56p
_HELM = detect_command_secrets_57p
_HEADER = detect_auth_headers
_URL = detect_credential_tokens
_CARD = detect_labelled_card
_UNIT = detect_apartment_unit
_ROAD = detect_addresses_57p
_SPOKEN = detect_spoken_phone_en

POSITIVES: list[switch.Positive] = [
    # Ukrainian introductions (звуть, кличуть, моє ім'я).
    (_CYR, "лист від нового бухгалтера: мене звуть Ґанна Ярош, пишу щодо рахунку", "Ґанна Ярош"),
    (_CYR, "Моє ім'я Богдана Приходько, я ваш куратор — 이거 번역해줘", "Богдана Приходько"),
    (_CYR, "Доброго ранку, мене звуть Ярина Кушнір-Бойко", "Ярина Кушнір-Бойко"),
    (_CYR, "мене кличуть Остап Дзюба, я сусід з третього поверху", "Остап Дзюба"),
    (_CYR, "Привіт! Мене звуть Тарас Кривоніс і я з Полтави", "Тарас Кривоніс"),
    # Indonesian, Vietnamese and Portuguese "I am / my name is".
    (
        _LATIN,
        "Selamat pagi, perkenalkan saya Wahyuningsih Prasetyo dari gudang",
        "Wahyuningsih Prasetyo",
    ),
    (
        _LATIN,
        "the driver wrote 'perkenalkan, nama saya Rudi Hartono Siregar'",
        "Rudi Hartono Siregar",
    ),
    (_LATIN, "saya bernama Kadek Ayu Lestari, mohon bantuannya", "Kadek Ayu Lestari"),
    (_LATIN, "Chào chị, em là Phạm Thu Trang, kế toán mới ạ", "Phạm Thu Trang"),
    (_LATIN, "tin nhắn: 'tôi là Nguyễn Văn Thắng, tài xế của anh'", "Nguyễn Văn Thắng"),
    (_LATIN, "Olá, chamo-me Inês Carvalho Brandão e sou a nova vizinha", "Inês Carvalho Brandão"),
    (
        _LATIN,
        "voicemail: 'eu me chamo Thiago Moreira Lins, é sobre o boleto'",
        "Thiago Moreira Lins",
    ),
    # Commit trailers that name a person without an address.
    (_TRAILER, "fix cache\n\nAcked-by: Marguerite Fennimore\n", "Marguerite Fennimore"),
    (_TRAILER, "리뷰 트레일러가 'Tested-by: 탁윤서' 인데 형식 맞아?", "탁윤서"),
    (_TRAILER, "Reported-by: Hollis Quince (QA)\nwhy does gerrit drop it?", "Hollis Quince"),
    (_TRAILER, "squash these\n\nSuggested-by: Ottilie Brandvold", "Ottilie Brandvold"),
    (_TRAILER, "fix typo\n\nApproved-by: 남궁다온\n", "남궁다온"),
    # A chat tool's system line about a person.
    (_ADDED, "Slack: Marisol Ekwueme was added to #finance by you", "Marisol Ekwueme"),
    (_ADDED, "'Gwendolyn Okafor has been removed from the channel' - why?", "Gwendolyn Okafor"),
    (_ADDED, "Teams says Tobias Fairclough was invited to the meeting", "Tobias Fairclough"),
    (_ADDED, "why does it show 'Siobhan Pritchard got added to General'?", "Siobhan Pritchard"),
    (_ADDED, "the log: Karen Oyelaran was removed from the team", "Karen Oyelaran"),
    (_ADDED, "Ottoline Brackwater was added to #design by Jo", "Ottoline Brackwater"),
    # A manifest's person field.
    (_AUTHOR, 'package.json has "author": "Marguerite Okonkwo" - valid?', "Marguerite Okonkwo"),
    (_AUTHOR, '"maintainer": "Fenwick Osterhout"', "Fenwick Osterhout"),
    (_AUTHOR, "control 파일 대신 json 에 'maintainer': '봉다솔' 이라고 썼어", "봉다솔"),
    (_AUTHOR, '"creator": "Ines Vasquez-Obi", "license": "MIT"', "Ines Vasquez-Obi"),
    (_AUTHOR, '{ "version": "2.0", "author": "Lorcan Featherstone" }', "Lorcan Featherstone"),
    # A lower-case name before a health matter in lower-case chat.
    (_LOWER, "omg tobias renner has pneumonia again", "tobias renner"),
    (_LOWER, "did u hear siobhan kelly got diagnosed w lupus", "siobhan kelly"),
    (_LOWER, "ugh wanda hughes-okafor starts chemo tmrw", "wanda hughes-okafor"),
    (_LOWER, "so apparently marcus webb is in hospital??", "marcus webb"),
    (_LOWER, "fyi laura jensen's surgery went ok", "laura jensen"),
    # An elder named after a relation, its "is" and an honorific.
    (_KIN, "시어머님 되시는 모복례 님이 투석 중이세요", "모복례"),
    (_KIN, "할머니 탁점례 여사님께서 치매 진단을 받으셨어", "탁점례"),
    (_KIN, "우리 친정엄마 봉순자가 무릎 수술을 해", "봉순자"),
    (_KIN, "시아버님 되시는 편말복 님께 보낼 문자", "편말복"),
    (_KIN, "시어머님 되시는 곽분례 님 댁에 들러야 해", "곽분례"),
    # MySQL's password variable and a passcode before a command.
    (_ENV, "MYSQL_PWD='Sorrel#Fen44' mysqldump -u backup shop", "Sorrel#Fen44"),
    (_ENV, "크론: MYSQL_PWD=\"Tarn!Gale72\" mysql -u etl -e 'select 1'", "Tarn!Gale72"),
    (_ENV, "DOOR_PASSCODE='Larch^Moss8' ./unlock.sh fails", "Larch^Moss8"),
    (_ENV, "why is MARIADB_PWD='Quoin&Rill5' mariadb-dump empty?", "Quoin&Rill5"),
    (_ENV, 'VAULT_PASSCODE="Sedge%Holm3" run.sh', "Sedge%Holm3"),
    # Helm's --set with a password-named key.
    (
        _HELM,
        "helm install db bitnami/postgresql --set auth.postgresPassword=Lark@Fen16",
        "Lark@Fen16",
    ),
    (_HELM, "helm install r --set auth.password=Wren@Tor22", "Wren@Tor22"),
    (_HELM, "--set redis.auth.password=Gorse@Fell7,replicas=2 is ignored", "Gorse@Fell7"),
    (_HELM, "helm 으로 --set rootPassword=Tussock@41 넣었는데 안 먹어", "Tussock@41"),
    (_HELM, "helm upgrade x --set-string 'smtp.secret=Marl@Brake9'", "Marl@Brake9"),
    # A key in a header named for it.
    (
        _HEADER,
        'curl -H "X-Api-Key: sy_live_4hQ8mZr2Lp7Tx9Vb" https://api',
        "sy_live_4hQ8mZr2Lp7Tx9Vb",
    ),
    (_HEADER, "Api-Key: 8f2k4Lm9Xc3Vb7Nq 헤더 넣었는데 401", "8f2k4Lm9Xc3Vb7Nq"),
    (_HEADER, "x-goog-api-key: AIzaSyB3k9Qm2Lx7Rt4Vb8Nc1Zp5", "AIzaSyB3k9Qm2Lx7Rt4Vb8Nc1Zp5"),
    (_HEADER, "Ocp-Apim-Subscription-Key: 7f3a9c2e1b4d8f6a0c5e", "7f3a9c2e1b4d8f6a0c5e"),
    (_HEADER, "-H 'x-partner-api-key: 5Qm8Zr2Lp7Tx9Vb4' in postman", "5Qm8Zr2Lp7Tx9Vb4"),
    # A URL password with an empty user.
    (_URL, "REDIS_URL=redis://:Gannet$Brook27@cache.internal:6379/0", "Gannet$Brook27"),
    (_URL, "redis://:Quill7Fern@cache:6379 refuses me", "Quill7Fern"),
    (_URL, "rediss://:Ptarmigan9Loch@redis.corp:6380 TLS 오류", "Ptarmigan9Loch"),
    (_URL, "broker = 'redis://:Moor4Heath!@10.0.0.5:6379/1'", "Moor4Heath!"),
    (_URL, "celery -b redis://:Yarrow22Sett@localhost//", "Yarrow22Sett"),
    # A bare 카드 labelling part of a card number.
    (_CARD, "회사 법인카드 앞 여덟 자리는 5412 7534 이고", "5412 7534"),
    (_CARD, "하나카드 뒷번호 8820 4178 7711 맞아?", "8820 4178 7711"),
    (_CARD, "카드 뒤 여덟자리 4417-2290 로 조회돼", "4417-2290"),
    (_CARD, "체크 말고 신한 카드 앞 8자리 4902 1187", "4902 1187"),
    (_CARD, "엄마 카드 중간 번호 3381 5520 이래", "3381 5520"),
    # A named residence and its unit.
    (_UNIT, "동생 자취방이 한빛오피스텔 1208호인데", "한빛오피스텔 1208호"),
    (_UNIT, "그린빌라 302호로 보내줘", "그린빌라 302호"),
    (_UNIT, "로얄맨션501호 맞지?", "로얄맨션501호"),
    (_UNIT, "새 집 해오름레지던스 1104호 주소 영어로", "해오름레지던스 1104호"),
    (_UNIT, "solbit원룸 203호 택배 왔대", "solbit원룸 203호"),
    # A numbered side road and its building.
    (_ROAD, "새 사무실이 판교역로235번길 12-3 402호야", "판교역로235번길 12-3 402호"),
    (_ROAD, "중앙로 48번길 7 에 살아", "중앙로 48번길 7"),
    (_ROAD, "우리 집 수영로 12번길 33-1 이야", "수영로 12번길 33-1"),
    (_ROAD, "택배 주소 해운대로570번길 3, 201호", "해운대로570번길 3, 201호"),
    (_ROAD, "the flat is at 동백로 9번길 15 - how to write it?", "동백로 9번길 15"),
    # A phone read in English digit words: 4+4 groups, or "ten" for 010.
    (
        _SPOKEN,
        "call 'ten, five nine two seven, eight three three one'",
        "ten, five nine two seven, eight three three one",
    ),
    (
        _SPOKEN,
        "ring me on two two eight one - four four three nine ok",
        "two two eight one - four four three nine",
    ),
    (
        _SPOKEN,
        "whatsapp: seven seven one four, three nine two eight",
        "seven seven one four, three nine two eight",
    ),
    (
        _SPOKEN,
        "ring me on six two nine four, three one seven five",
        "six two nine four, three one seven five",
    ),
    (
        _SPOKEN,
        "save oh ten, four four one two, nine nine three eight",
        "oh ten, four four one two, nine nine three eight",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


NEAR_MISSES = [
    # Near misses: the same words with no one's data.
    "우크라이나어 교재 예문 'Мене звуть Тарас' 발음 알려줘",
    "мене звуть просто — як сказати 'my name is' українською?",
    "my Indonesian textbook's dialogue is 'Perkenalkan, saya Budi.'",
    "mình là sinh viên năm ba - what does that mean?",
    "the phrase 'eu me chamo' is Brazilian, right?",
    "what does 'Reviewed-by' mean vs Acked-by in kernel patches?",
    "Signed-off-by: dependabot[bot]",
    "Tax Policy was added to the agenda",
    "Microsoft Teams was added to the startup list",
    "Weekly Standup was added to the calendar",
    "Dark Mode was added to the app",
    '{"author": "The Chromium Authors"}',
    '{"author": "sindresorhus", "license": "MIT"}',
    "my mom just got diagnosed with diabetes",
    "what is the treatment for lupus",
    "시어머님 되시는 분이 투석을 받으셔서 못 가요",
    "우리 엄마 가게 님이 아니라 사장님이래",
    "Slack's docs use SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work",
    "MYSQL_PWD=$DB_PASS mysqldump shop",
    "helm install db --set auth.postgresPassword=$PG_PASS",
    "helm install db --set replicaCount=3,image.tag=16",
    "X-Api-Key: YOUR_API_KEY",
    "the header X-Api-Key is required",
    "redis://:$REDIS_PASSWORD@cache:6379",
    "Redis 문서 예제 'redis://user:secret@localhost:6379/0' 에서",
    "카드 결제일이 2025 0115 맞아?",
    "카드사 고객센터 1588 8100 운영시간",
    "오피스텔 1208호 임대 시세",
    "컨퍼런스 하우스 201호에서 세미나",
    "수영로 12번길 공사 언제 끝나?",
    "해운대로 570번길 3 명이 왔어",
    "count: one two three four five six seven eight nine",
    "we need one, two, three, four, five chairs",
]

test_near_misses_stay_public = switch.public_tests(NEAR_MISSES)


_NO_MATCH = LazyPattern(r"(?!)")
_OLD_STAND_IN_WORDS = ("your", "changeme", "change_me", "example", "placeholder", "secret_here")

LOOK_ALIKES: list[switch.LookAlike] = [
    # A vendor's documentation token that says it is none.
    (
        "the sample sets SLACK_APP_TOKEN=xapp-dummy-token-here before the bot starts",
        switch.off(core.privacy.command_secrets_56p, "_STAND_IN_WORDS", _OLD_STAND_IN_WORDS),
    ),
    (
        "Slack's docs use SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work - ok?",
        switch.off(core.privacy.command_secrets_56p, "_STAND_IN_WORDS", _OLD_STAND_IN_WORDS),
    ),
    (
        "BORG_PASSPHRASE='not-a-real-one' borg init is in the quickstart",
        switch.off(core.privacy.command_secrets_56p, "_STAND_IN_WORDS", _OLD_STAND_IN_WORDS),
    ),
    # A language course's model sentence in Cyrillic.
    (
        "우크라이나어 교재 예문 'Мене звуть Тарас Шевчук' 발음 알려줘",
        switch.predicate_off(core.privacy.self_intro_names_more, "is_language_course_text"),
    ),
    (
        "Ukrainian lesson 2: 'Мене кличуть Іван Петренко' - how is кличуть said?",
        switch.predicate_off(core.privacy.self_intro_names_more, "is_language_course_text"),
    ),
    # A card's due date and a card company's nationwide line.
    ("카드 결제일이 2025 0115 맞아?", switch.off(core.privacy.ids, "_DATE_GROUPS", _NO_MATCH)),
    ("카드사 고객센터 1588-8100 운영시간", switch.off(core.privacy.ids, "_HOTLINE", _NO_MATCH)),
]

test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)
