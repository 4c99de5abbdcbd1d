"""Round 52's rules (blind52p) on sentences written for these tests (none is a sentence of
set 52).

Each form is written at least five ways unlike the case file's wording (other verbs, word
order, the other language, casual spellings) and is found; with its detector out of the
scanner it is missed. Each form has near-miss negatives (same words, another meaning) that
stay public, and each public look-alike of the set passes only through its own predicate
(switched off, the text is held).

Forms: Catalan "em dic" (a double surname joined by "i"), Irish "is mise"/"… is ainm dom",
Zulu "igama lami ngu…" (latin_self_intros); a company's 프로 rank after a name
(letter_names_more); 작은동서/우리 며느리 before a name of rarer syllables (kinship_names);
German, Italian and French in-law relatives (frame_names_54p); "covering for NAME" and "Your
host, NAME," (passing_names); PGN player tags and a known person's BibTeX author
(citation_names_60p, new); a Romanian CNP and a South African ID (european_national_ids); a
mobile's groups given by position with their length said, after a role's 번호 or a front
010 (phone_halves); a German/Spanish bracketed "at"/"dot" (the spoken fold); an Austrian
adjective street with Stiege/Tür (european_addresses); a home word and a complex's name
before a 동-호 pair (apartment_pairs_ko); PHP's PDO/mysqli password argument
(code_call_passwords); an XML <password> element (config_password_fields); a letter-spaced
e-mail (encoded_forms_56p).
"""

from __future__ import annotations

import core.privacy.landmark_addresses
import core.privacy.latin_self_intros
import core.privacy.mailbox_display_names
import core.privacy.spoken
import core.privacy.work_characters
from core.lazy_regex import LazyPattern
from core.privacy.apartment_pairs_ko import detect_apartment_pair_ko
from core.privacy.citation_names_60p import detect_citation_names_60p
from core.privacy.code_call_passwords import detect_code_call_passwords
from core.privacy.config_password_fields import detect_config_password_fields
from core.privacy.encoded_forms_56p import detect_encoded_forms_56p
from core.privacy.european_addresses import detect_european_address
from core.privacy.european_national_ids import detect_european_national_ids
from core.privacy.frame_names_54p import detect_frame_names_54p
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.letter_names_more import detect_letter_names_more
from core.privacy.passing_names import detect_passing_names
from core.privacy.phone_halves import detect_phone_halves
from tests.core.privacy import scanner_switch as switch

_INTRO = detect_latin_self_intros
_RANK = detect_letter_names_more
_KIN = detect_kinship_names
_EURO_KIN = detect_frame_names_54p
_PASSING = detect_passing_names
_CITE = detect_citation_names_60p
_ID = detect_european_national_ids
_HALF = detect_phone_halves
_STREET = detect_european_address
_PAIR = detect_apartment_pair_ko
_PHP = detect_code_call_passwords
_XML = detect_config_password_fields
_SPACED = detect_encoded_forms_56p

POSITIVES: list[switch.Positive] = [
    # Catalan "em dic" (and "el meu nom és"), a double surname joined by "i".
    (
        _INTRO,
        "Hola a tothom, em dic Núria Casademunt i Roig, la nova veïna",
        "Núria Casademunt i Roig",
    ),
    (_INTRO, "el correu diu 'em dic Jordi Vilaplana' i res més", "Jordi Vilaplana"),
    (_INTRO, "바르셀로나 집주인 메시지: Bon dia, em dic Montserrat Ferrer", "Montserrat Ferrer"),
    (_INTRO, "El meu nom és Arnau Sitjà i Pons, sóc el fontaner", "Arnau Sitjà i Pons"),
    (_INTRO, "translate: Em dic Pere Esteve, us escric per la factura", "Pere Esteve"),
    # Irish "is mise …" and the name first, "… is ainm dom".
    (_INTRO, "reply to: 'A chara, is mise Niamh Ó Dálaigh, ó Ghaillimh'", "Niamh Ó Dálaigh"),
    (_INTRO, "Haigh! Síle Nic Giolla Phádraig is ainm dom", "Síle Nic Giolla Phádraig"),
    (
        _INTRO,
        "the email starts 'Dia dhuit, Tadhg Breathnach is ainm dom' - what next?",
        "Tadhg Breathnach",
    ),
    (_INTRO, "아일랜드 동료 메일: Is mise Oisín Mac Gearailt", "Oisín Mac Gearailt"),
    (_INTRO, "Dia daoibh. Bríd Ní Mhurchú is ainm dhom.", "Bríd Ní Mhurchú"),
    # Zulu and Xhosa "igama lami/lam ngu…", the name glued to the copula.
    (
        _INTRO,
        "translate 'Igama lami nguSipho Ndlovu-Khumalo, ngivela eThekwini'",
        "Sipho Ndlovu-Khumalo",
    ),
    (_INTRO, "igama lam nguLwazi Mbeki - what language is this?", "Lwazi Mbeki"),
    (_INTRO, "남아공 친구 문자: Sawubona, igama lami nguNomvula Zungu", "Nomvula Zungu"),
    (_INTRO, "Molo! Igama lam nguAyanda Qwabe, ndiphuma eMthatha", "Ayanda Qwabe"),
    (_INTRO, "Sanibonani, igama lami nguBongani Mthembu", "Bongani Mthembu"),
    # 프로, the flat company rank.
    (_RANK, "내일 회의에 마케팅 채하윤 프로도 들어와요", "채하윤"),
    (_RANK, "채용 건은 인사팀 심재원 프로님한테 물어봐", "심재원"),
    (_RANK, "류다은 프로가 보낸 견적서 검토해줘", "류다은"),
    (_RANK, "팀장님이 권도현 프로랑 같이 가래", "권도현"),
    (_RANK, "이번 분기 평가는 길서진 프로의 의견을 반영해", "길서진"),
    # An in-law the relation names alone ("작은동서", "우리 며느리"), rarer given names.
    (_KIN, "큰동서 탁겨울이 갑상선암 수술했대", "탁겨울"),
    (_KIN, "우리 며느리 피단비가 임신했어요", "피단비"),
    (_KIN, "막내 사위 변한결이 다음 주에 와", "변한결"),
    (_KIN, "작은동서 추가람이 이사 간대", "추가람"),
    (_KIN, "둘째 며느리 남궁새롬이 입원했어", "남궁새롬"),
    # German, Italian and French relatives.
    (_EURO_KIN, "mein Schwager Detlef Obermaier liegt im Krankenhaus", "Detlef Obermaier"),
    (
        _EURO_KIN,
        "übersetze: meine Schwiegertochter Svenja Kuhlmann ist schwanger",
        "Svenja Kuhlmann",
    ),
    (
        _EURO_KIN,
        "mia cognata Ornella Barzaghi ha il diabete, come glielo dico?",
        "Ornella Barzaghi",
    ),
    (_EURO_KIN, "mio suocero Ettore Lanzoni è in ospedale", "Ettore Lanzoni"),
    (_EURO_KIN, "Mon beau-frère Gaëtan Kerhervé a fait un AVC", "Gaëtan Kerhervé"),
    (_EURO_KIN, "ma belle-soeur Solène Quéré est enceinte", "Solène Quéré"),
    # A stand-in's "covering for", a service role in apposition.
    (
        _PASSING,
        "I'll be filling in for Temperance Okoro-Blythe next week",
        "Temperance Okoro-Blythe",
    ),
    (_PASSING, "who's standing in for Ignatius Mbeki while he's off sick?", "Ignatius Mbeki"),
    (_PASSING, "covering for Zebedee Quarshie, can you send me his queue?", "Zebedee Quarshie"),
    (_PASSING, "Your driver, Anselm Kowalczyk, is 3 minutes away", "Anselm Kowalczyk"),
    (_PASSING, "our interpreter, Casimir Oyelaran, is late", "Casimir Oyelaran"),
    (_PASSING, "Your caseworker, Peregrine Adjei, will call on Tuesday", "Peregrine Adjei"),
    # PGN player tags; a known person's BibTeX author.
    (
        _CITE,
        '[Event "Club ladder"]\n[White "Nakamura-Ferris, Ines"]\n[Black "Me"]',
        "Nakamura-Ferris, Ines",
    ),
    (_CITE, 'my son\'s game: [White "Tobiah Lenk"] [Black "Cyprian Ross"] 1. d4', "Tobiah Lenk"),
    (
        _CITE,
        'school tournament PGN [Black "Oyelaran, Dami"] - where did he blunder?',
        "Oyelaran, Dami",
    ),
    (
        _CITE,
        "my labmate's preprint: @article{k26, author = {Kastelein, Roos and Ng, Wei}}",
        "Kastelein, Roos",
    ),
    (
        _CITE,
        "선배 논문 bibtex: @mastersthesis{p, author = {Pereira-Lund, Ana}, year={2026}}",
        "Pereira-Lund, Ana",
    ),
    (
        _CITE,
        "@unpublished{draft, author = {Marchetti, Giulia}, note = {in prep}}",
        "Marchetti, Giulia",
    ),
    # A Romanian CNP; a South African ID said as the country's.
    (_ID, "CNP: 1800101221144, e corect?", "1800101221144"),
    (_ID, "루마니아 지원자 CNP는 2930517410020 이라는데", "2930517410020"),
    (_ID, "SA ID 7506158801083 goes on the tenancy form?", "7506158801083"),
    (_ID, "남아공 신분증 번호 8504120823086 맞게 적었어?", "8504120823086"),
    (_ID, "South African identity number 9202204720083 for the lease", "9202204720083"),
    # A mobile's groups by position, the group's length said, after a role's 번호 or 010.
    (_HALF, "거래처 사장 번호 가운데가 3391 이고 끝이 2047", "3391"),
    (_HALF, "앞자리는 010, 가운데 네 자리는 5528, 끝은 1934", "5528"),
    (_HALF, "기사 번호 끝 네 자리가 6620 이래", "6620"),
    (_HALF, "담당자 번호 끝 4자리 8813 이에요", "8813"),
    (_HALF, "집주인 번호 중간 네 자리가 7402래", "7402"),
    # Austrian street by an adjective, with Stiege/Tür/Top.
    (
        _STREET,
        "Paket an Grazer Straße 41, Stiege 3, Tür 9 schicken",
        "Grazer Straße 41, Stiege 3, Tür 9",
    ),
    (_STREET, "wohnt in der Linzer Gasse 12/Top 5", "Linzer Gasse 12/Top 5"),
    (
        _STREET,
        "주소: Hietzinger Zeile 88, Stiege 1, Tür 3, 1130 Wien",
        "Hietzinger Zeile 88, Stiege 1, Tür 3",
    ),
    (_STREET, "send it to Salzburger Weg 7, Top 12 please", "Salzburger Weg 7, Top 12"),
    (_STREET, "Stiege 4, Tür 21 — that's my flat, the bell is broken", "Stiege 4, Tür 21"),
    # A home word and a complex's name before a 동-호 pair.
    (_PAIR, "우리 집은 푸른솔마을 203-1104 야", "203-1104"),
    (_PAIR, "저희 집이 힐하우스 105-801 인데 택배가 안 와요", "105-801"),
    (_PAIR, "친정 은하수타운 302-1502 로 보내줘", "302-1502"),
    (_PAIR, "내 집 센트럴뷰 112-3301 주소 영문으로", "112-3301"),
    (_PAIR, "자취방 그린빌 101-304 관리비가 너무 나와", "101-304"),
    # PHP's connection calls: the password third.
    (_PHP, "$pdo = new PDO('pgsql:host=db;dbname=x', 'web', 'Larch!Moor27');", "Larch!Moor27"),
    (_PHP, 'new PDO("mysql:host=127.0.0.1", "root", "Vetch#Sand40") 연결 안 됨', "Vetch#Sand40"),
    (_PHP, "mysqli_connect('localhost', 'shop', 'Wren$Gorse55', 'shop') fails", "Wren$Gorse55"),
    (_PHP, "$db = new mysqli('db', 'app', 'Tansy9Heath!', 'crm');", "Tansy9Heath!"),
    (_PHP, "new PDO($dsn, 'report', 'Quince^Fell32') - why timeout?", "Quince^Fell32"),
    # An XML element holding a password.
    (_XML, "<settings><server><password>Bittern7#Reed</password></server>", "Bittern7#Reed"),
    (_XML, "<passwd>Hazel3#Brook</passwd> 이거 노출되면 안 되지?", "Hazel3#Brook"),
    (_XML, "in context.xml <passphrase>Sedge&Cairn88</passphrase>", "Sedge&Cairn88"),
    (_XML, "<password>Marl&Knoll27</password> in server.xml", "Marl&Knoll27"),
    (_XML, "<secret> Plover4Marsh! </secret>", "Plover4Marsh!"),
    # A letter-spaced e-mail.
    (
        _SPACED,
        "OCR gave 'j i w o n . s e o @ d a u m . n e t', fix it",
        "j i w o n . s e o @ d a u m . n e t",
    ),
    (_SPACED, "메일: p a r k 8 8 @ h a n m a i l . n e t", "p a r k 8 8 @ h a n m a i l . n e t"),
    (_SPACED, "e m m a _ r @ o u t l o o k . c o m is hers", "e m m a _ r @ o u t l o o k . c o m"),
    (
        _SPACED,
        "copy from PDF: t o m a s . k @ s e z n a m . c z",
        "t o m a s . k @ s e z n a m . c z",
    ),
    (_SPACED, "연락처 a y a . n @ y a h o o . c o . j p", "a y a . n @ y a h o o . c o . j p"),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

_OLD_AT_KEYS = ("@", " at ", "(at)", "[at]", "{at}", "골뱅이", "앳")
WIDENED: list[switch.Widened] = [
    (text, part, switch.off(core.privacy.spoken, "_AT_KEYS", _OLD_AT_KEYS))
    for text, part in [
        ("schreib an k.vogt (ät) web (punkt) de", "k.vogt (ät) web (punkt) de"),
        ("Mail: lena.brandt [ät] gmx [punkt] at", "lena.brandt [ät] gmx [punkt] at"),
        ("correo: ines.soto (arroba) gmail (punto) com", "ines.soto (arroba) gmail (punto) com"),
        (
            "scrivi a marco.riva (chiocciola) libero (punto) it",
            "marco.riva (chiocciola) libero (punto) it",
        ),
        (
            "독일 거래처 메일 f.hahn (ät) posteo (punkt) de 로 보내줘",
            "f.hahn (ät) posteo (punkt) de",
        ),
    ]
]
test_each_widening_is_needed = switch.widening_tests(WIDENED)


# Near misses: the same words with no one's data.
NEAR_MISSES = [
    "what does 'em dic' mean in Catalan?",
    "Em dic i tinc vint anys",
    "what does 'is ainm dom' mean, word by word?",
    "Irish lesson 1: 'Seán is ainm dom'",
    "how do you say 'igama lami ngu' in a sentence?",
    "골프 프로가 되려면 몇 년 걸려?",
    "유튜브 프로그램 추천해줘",
    "동서 교류가 활발했던 시대",
    "동서 화합이 필요해",
    "mein Bruder ist krank",
    "meine Frau hat Grippe, was hilft?",
    "ma belle-sœur a la grippe",
    "who is covering for Christmas Eve?",
    "I'm covering for Sales this week",
    "filling in for Monday's class",
    "your host, Airbnb, has sent a message",
    '[White "Stockfish 16"] vs me',
    'in the 1972 World Championship, [White "Spassky, Boris"] lost game 6',
    "@article{v17, author = {Vaswani, Ashish and Shazeer, Noam}} - right format?",
    "CNP 2930517410021 is it valid?",
    "South Africa order number 8504120823087 ID",
    "주문번호 끝 네 자리가 4417 인 건",
    "가운데 4자리는 2030년에 바뀌어",
    "Wiener Straße 4 km entfernt",
    "우리 집이 2023 114-2203",
    "new PDO($dsn, $user, $pass)",
    "<password>${env.NEXUS_PW}</password>",
    "<password>your-password</password>",
    "a @ b",
    "rate: 3 @ 5 . 2 dollars",
    "Hände (ät) Tisch",
]
test_near_misses_stay_public = switch.public_tests(NEAR_MISSES)

_NO_MATCH = LazyPattern(r"(?!)")
_WORK_OFF = switch.off(core.privacy.work_characters, "_WORK_IN_QUESTION", _NO_MATCH)
_QUOTED_LINE_OFF = switch.predicate_off(core.privacy.latin_self_intros, "is_a_works_quoted_line")
_VENUE_OFF = switch.off(core.privacy.landmark_addresses, "_VENUE_BEFORE_RE", _NO_MATCH)
_PLACEHOLDER_OFF = switch.predicate_off(
    core.privacy.mailbox_display_names, "is_placeholder_mailbox"
)

LOOK_ALIKES: list[switch.LookAlike] = [
    # A work's people, the title holding "Our" ("The Fault in Our Stars").
    ("in The Fault in Our Stars, what does Augustus Waters give up?", _WORK_OFF),
    ("in Gone with the Wind, why does Rhett Butler leave?", _WORK_OFF),
    # A work's line quoted after the work's word.
    ("영화 대사 'me llamo Íñigo Montoya' 는 무슨 뜻이야?", _QUOTED_LINE_OFF),
    ("the song goes 'em dic Quimet Pujolàs' - who sings it?", _QUOTED_LINE_OFF),
    # A public venue's address asked about.
    ("is Marina Bay Sands Hotel at 10 Bayfront Avenue, Singapore 018956?", _VENUE_OFF),
    ("Grand Central Station is at 89 E 42nd Street, New York, NY 10017 - right?", _VENUE_OFF),
    # A test suite's stand-in author on a reserved domain.
    (
        'git\'s test suite sets --author="C O Mitter <committer@example.com>" - why that name?',
        _PLACEHOLDER_OFF,
    ),
]

test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)
