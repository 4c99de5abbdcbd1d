"""Round 44's rules on sentences written for these tests (none is a sentence of set 44).

Each new detector's forms are found, and missed with that detector out of the scanner; the
widenings (a quoted "… 올림" signature, "Please excuse … from", a password's halves, "의"
between a number's groups read aloud, "땡" for zero) are switched off by their own parts.
Public look-alikes stay public and are held once their predicate is off; the same shapes
given as the writer's own stay personal.
"""

from __future__ import annotations

import re

import pytest

import core.privacy.celebration_banner_names_ko
import core.privacy.command_secret_args
import core.privacy.corporate_business_numbers
import core.privacy.cued_national_ids
import core.privacy.documented_example_names
import core.privacy.encoded_values
import core.privacy.form_birth_dates
import core.privacy.formal_frame_names_en
import core.privacy.gedcom_names
import core.privacy.intro_names
import core.privacy.keyed_values
import core.privacy.kinship_names
import core.privacy.korean
import core.privacy.labelled_secrets
import core.privacy.latin_self_intros
import core.privacy.names
import core.privacy.script_self_intros
import core.privacy.secret_parts
import core.privacy.signature_names
import core.privacy.spoken
import core.privacy.xml_named_secrets
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.celebration_banner_names_ko import detect_celebration_banner_names_ko
from core.privacy.child_named_parents_ko import detect_child_named_parents_ko
from core.privacy.gedcom_names import detect_gedcom_names
from core.privacy.kin_bracket_names_ko import detect_kin_bracket_names_ko
from core.privacy.philippine_lot_addresses import detect_philippine_lot_addresses
from core.privacy.russian_flat_addresses import detect_russian_flat_addresses
from core.privacy.xml_named_secrets import detect_xml_named_secrets
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests

_NEVER = LazyPattern("(?!x)x")


def _no(*_args: object) -> bool:
    return False


POSITIVES: list[switch.Positive] = [
    (
        detect_kin_bracket_names_ko,
        "단톡 공지 다듬어줘: 어머니(편옥순) 화·목 오후 2시 항암 주사, 병원 동행은 제가 함",
        "편옥순",
    ),
    (
        detect_kin_bracket_names_ko,
        "장인어른 (모경석) 칠순 식당 예약 문자 써줘",
        "모경석",
    ),
    (
        detect_child_named_parents_ko,
        "유치원 단톡 인사 고쳐줘: '안녕하세요 햇님반 하랑맘입니다~ 잘 부탁드려요'",
        "하랑",
    ),
    (
        detect_child_named_parents_ko,
        "이 문장 자연스러워? '저는 3반 도겸이 아빠예요, 체육대회 때 뵐게요'",
        "도겸",
    ),
    (
        detect_philippine_lot_addresses,
        "help me write the balikbayan box label: Blk 12 Lot 5, Villa Verde Subd., Imus, Cavite",
        "Blk 12 Lot 5",
    ),
    (
        detect_philippine_lot_addresses,
        "Lalamove rider can't find BLOCK 3A LOT 19 PHASE II, Brgy. San Isidro - what to add?",
        "BLOCK 3A LOT 19 PHASE II",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


_KO_SIGNATURE_OLD = LazyPattern(
    r"(?:^|(?<=[\n.!?~:,\-—–]))[ \t]*+(?:[-—–~][ \t]*+)?(?P<name>[가-힣]{2,4})[ \t]*+"
    r"(?:드림|올림|배상)(?:[ \t]*+\([^()\n]{1,40}\))?"
    r"(?=[ \t]*+(?:[.!][ \t]*+)?(?:['\"”’]|$|\n))",
    flags=0,
)
_KO_PART_OLD = LazyPattern(
    r"(?:앞[ \t]?부분|앞[ \t]?자리|앞쪽|첫[ \t]?부분|시작|처음|뒷[ \t]?부분|뒷[ \t]?자리|뒤쪽|뒤|"
    r"끝[ \t]?자리|끝|마지막|중간)(?:은|는|이|가|에|에는|엔)?[ \t]*(?:[:=][ \t]*)?"
    r"(?P<value>[A-Za-z0-9!@#$%^&*_+=.~-]{2,32})(?=$|[ \t,.?!]|[가-힣])"
)


def _spoken_separators(mp: pytest.MonkeyPatch, now: str, before: str) -> None:
    """Put the spoken number regexes' group separators ``now`` back to ``before``."""
    for name in ("_RUN_RE", "_TOKEN_RE"):
        old = getattr(core.privacy.spoken, name)
        mp.setattr(core.privacy.spoken, name, LazyPattern(old.pattern.replace(now, before)))


def _spoken_without_ui(mp: pytest.MonkeyPatch) -> None:
    # The separators as they were before this round: "에" only.
    _spoken_separators(mp, "(?:[에의]|하고)", "에")


def _spoken_without_ttaeng(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(
        core.privacy.spoken,
        "DIGIT_WORDS",
        {k: v for k, v in core.privacy.spoken.DIGIT_WORDS.items() if k != "땡"},
    )


test_each_widening_is_needed = switch.widening_tests(
    [
        (
            "스승의 날 카드 끝을 '제자 말고 그냥 \"봉서린 올림\"' 으로 할까? 앞 문장 써줘",
            "봉서린",
            lambda mp: mp.setattr(
                core.privacy.signature_names, "_KO_SIGNATURE_RE", _KO_SIGNATURE_OLD
            ),
        ),
        (
            "soften it: 'Please excuse Ottilie Brackenbury from swimming today, she has an ear "
            "infection'",
            "Ottilie Brackenbury",
            lambda mp: mp.setattr(core.privacy.formal_frame_names_en, "_EXCUSE_RE", _NEVER),
        ),
        (
            "창고 도어락 비밀번호 정리 중인데 앞 절반은 Kestrel8 이고 뒤 절반은 #Fen 이야",
            "Kestrel8",
            lambda mp: mp.setattr(core.privacy.secret_parts, "_KO_PART_RE", _KO_PART_OLD),
        ),
        (
            "외삼촌 번호를 엄마가 '공일공의 삼팔이일의 칠공육사' 라고 불러줬어",
            "공일공의 삼팔이일의 칠공육사",
            _spoken_without_ui,
        ),
        (
            "입금 계좌 '국민 땡일이 삼사오 육칠팔구땡' 이렇게 받았는데 맞아?",
            "땡일이 삼사오 육칠팔구땡",
            _spoken_without_ttaeng,
        ),
    ]
)


test_public_text_stays_public = public_tests(
    [
        # 맘 as "mind", a mother described, and a word before 맘.
        "내 맘이에요 그건 신경 쓰지 마",
        "저는 그냥 평범한 시골 엄마예요",
        "워킹맘이에요 그래서 평일엔 못 가요",
        # A kin word with an age or a role in brackets.
        "아버지(70대) 건강검진 항목 추천해줘",
        "엄마(본인) 명의로 가입해도 돼?",
        # A rounding rule and a historical figure's quoted closing.
        "견적서는 '천원 단위 올림' 으로 계산해줘",
        "이순신 장군 편지가 '이순신 올림' 으로 끝나던데 올림은 무슨 뜻이야?",
        # An excuse without a person, and a weekday.
        "please excuse the mess from the builders next door",
        # A block or a lot alone.
        "Block 7 of the campus is closed; use Lot 22 for parking",
        # A mnemonic, title-cased and quoted.
        "is 'My Very Educated Mother Just Served Us Nachos' still used for the planets?",
        # An archive name after a manual's placeholder word.
        "the man page says 'unzip -P password backup.zip' is insecure - why?",
        # An organisation's published donation account.
        "'신한 140-012-345678 예금주 대한적십자사' 로 보내면 기부금 영수증 나와?",
    ]
)


def _specimens_without(mp: pytest.MonkeyPatch, *names: str) -> None:
    kept = core.privacy.documented_example_names._SPECIMENS - set(names)
    mp.setattr(core.privacy.documented_example_names, "_SPECIMENS", kept)


def _title_case_off(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.kinship_names, "in_a_title_cased_phrase", _no)
    mp.setattr(core.privacy.names, "in_a_title_cased_phrase", _no)


_PUBLIC: list[switch.LookAlike] = [
    (
        "필리핀 은행 양식 예시에 'Ako si Juana dela Cruz' 라고 돼 있는데 Juana 는 여자 이름이야?",
        lambda mp: _specimens_without(mp, "juana dela cruz"),
    ),
    (
        'the TOML README example: [owner] name = "Tom Preston-Werner", dob = 1979-05-27 - '
        "why no quotes on the date?",
        predicate_off(core.privacy.form_birth_dates, "names_a_documented_specimen_before"),
    ),
    (
        'the Lombok docs example builds Person.builder().name("Adam Savage").build() - '
        "does @Builder need @AllArgsConstructor?",
        predicate_off(core.privacy.intro_names, "is_documented_example_name"),
    ),
    (
        "why do teachers say 'Please Excuse My Dear Aunt Sally' for BODMAS order?",
        _title_case_off,
    ),
    (
        "is 'Please Excuse My Dear Aunt Sally' for maths taught in Korea too?",
        predicate_off(core.privacy.formal_frame_names_en, "in_a_title_cased_phrase"),
    ),
    (
        "김구 선생 편지 끝 '김구 올림' 처럼 쓰려면 이름 앞에 뭘 붙여?",
        predicate_off(core.privacy.signature_names, "_signed_by_a_titled_figure"),
    ),
    (
        "'농협 351-1234-5678-93 예금주 한국유니세프위원회' 로 후원하면 영수증 돼?",
        predicate_off(core.privacy.korean, "held_by_an_organisation"),
    ),
    (
        "the zip manual's 'zip -P password secure.zip file' - is that option unsafe?",
        lambda mp: mp.setattr(core.privacy.labelled_secrets, "_FILE_NAME", re.compile(r"(?!x)x")),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own letter signed under a name that is also a figure's, without a title.
        "내 편지 끝을 '김구영 올림' 으로 하려는데 앞 문장 써줘",
        # A person as an account's holder.
        "'농협 351-1234-5678-93 예금주 도하람' 으로 보내면 돼?",
        # The writer's own TOML record with a birth date.
        'my config has [owner] name = "Perpetua Ashgrove" and dob = 1984-02-11, valid TOML?',
        # A password after the word password that is not a file name.
        "zip -P password Quill7Brook -r out.zip dir/ 이렇게 썼어",
        # A title-cased greeting unquoted is the writer's own relative.
        "write a cake message like Happy Birthday To My Aunt Sally from the kids",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# The forms set 44 held only because its steps did not reach the cloud: a GEDCOM record, an
# XML setting named for its secret, a Russian flat address (new detectors); a Georgian
# introduction, macOS's keychain tool, an escaped phone, a builder's name calls and a chat
# export's sender key, Thai and Turkish national ids (widenings).

LUCKY_FORMS: list[switch.Positive] = [
    (
        detect_gedcom_names,
        "MyHeritage rejects this:\n0 @I7@ INDI\n1 NAME Ottoline Mary /Brackenridge/\n1 BIRT\n"
        "2 DATE 3 JUN 1958",
        "Ottoline Mary /Brackenridge/",
    ),
    (
        detect_xml_named_secrets,
        '앱 설정 복원이 안 돼: <string name="auth_token">Fjord82!Quail</string> 이 줄이 문제야?',
        "Fjord82!Quail",
    ),
    (
        detect_xml_named_secrets,
        'web.config has <add key="DbPassword" value="Sorrel#Kite40" /> - is that safe in git?',
        "Sorrel#Kite40",
    ),
    (
        detect_russian_flat_addresses,
        "посылка для мамы: пр-т Мира, дом 5, корп. 2, кв. 113 - так правильно?",
        "пр-т Мира, дом 5, корп. 2, кв. 113",
    ),
]

test_each_lucky_form_is_found, test_each_lucky_form_needs_its_rule = switch.form_tests(LUCKY_FORMS)


def _no_call_keys(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.keyed_values, "_CALL_RE", _NEVER)


def _checks_without_th_tr(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(
        core.privacy.cued_national_ids, "_CHECKS", core.privacy.cued_national_ids._CHECKS[:3]
    )


test_each_lucky_widening_is_needed = switch.widening_tests(
    [
        (
            "what does 'სალამი, მე მქვია ნიკოლოზ წერეთელი' mean?",
            "ნიკოლოზ წერეთელი",
            lambda mp: mp.setattr(core.privacy.script_self_intros, "_KA_RE", _NEVER),
        ),
        (
            "security add-internet-password -a mina -s imap.corp -w 'Gannet4!Stack' fails",
            "Gannet4!Stack",
            lambda mp: mp.setattr(core.privacy.command_secret_args, "_COMMANDS_44", ()),
        ),
        (
            "callback URL ?mobile_no=010%2D4417%2D2096&ok=1 is rejected",
            "010%2D4417%2D2096",
            lambda mp: mp.setattr(core.privacy.encoded_values, "_ESCAPED_NUMBER_SEP_RE", _NEVER),
        ),
        (
            'new Patient.Builder().setFirstName("Aurelio").setLastName("Vantongeren").build()',
            "Vantongeren",
            _no_call_keys,
        ),
        (
            '{"sender_name": "Cosima Ferreira-Lund", "content": "ok see you"} - parse in Go?',
            "Cosima Ferreira-Lund",
            lambda mp: mp.setattr(
                core.privacy.keyed_values,
                "_PERSON_KEYS",
                core.privacy.keyed_values._PERSON_KEYS - {"sender_name"},
            ),
        ),
        (
            "Thai visa form: national ID 3-1005-01234-56-3 for my helper",
            "3-1005-01234-56-3",
            _checks_without_th_tr,
        ),
        (
            "터키 거래처 담당자 kimlik 번호 21847593616 를 계약서에 적어야 해?",
            "21847593616",
            _checks_without_th_tr,
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # A building's address with no flat.
        "is the Hermitage at Дворцовая пл., д. 2 open on Mondays?",
        # A setting read from elsewhere, and a non-secret setting.
        '<string name="PreSharedKey">${WIFI_PSK}</string> is not expanded - why?',
        '<string name="theme">Dark2024</string> keeps resetting',
        # A builder's generic name and a test placeholder.
        'Widget.builder().name("Sprocket 9").build() fails',
        'user.setLastName("Test") in the fixture',
        # A search query with escaped spaces between digits of no number.
        "GET /search?q=iphone%2015%20pro%20max&page=2",
        # A Thai or Turkish-looking number with no cue, and a bad check digit.
        "order 38291047511 from Istanbul kimlik?",
    ],
)
def test_lucky_forms_public_look_alikes(text: str) -> None:
    assert classify(text) == "public", scan(text)


_LUCKY_PUBLIC: list[switch.LookAlike] = [
    (
        "GEDCOM sample: 0 @I2@ INDI\n1 NAME Albert /Saxe-Coburg/\n1 BIRT\n2 DATE 26 AUG 1819\n"
        "why slashes?",
        predicate_off(core.privacy.gedcom_names, "_historical"),
    ),
    (
        "아타튀르크 T.C. Kimlik 번호가 10000000146 이라는데 사실이야?",
        lambda mp: mp.setattr(core.privacy.cued_national_ids, "_PUBLISHED", frozenset()),
    ),
]

test_lucky_public_are_public, test_lucky_public_need_predicates = switch.look_alike_tests(
    _LUCKY_PUBLIC
)


# Set 21's open case: a corporation's business number called a trading partner's.


def _no_counterparty(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.corporate_business_numbers, "_COUNTERPARTY_AFTER_RE", _NEVER)


test_counterparty_numbers_are_public, test_counterparty_needs_its_predicate = (
    switch.look_alike_tests(
        [
            ("사업자등록번호 314-86-04122 인 거래처에 견적 요청 메일 써줘", _no_counterparty),
            ("314-86-04122 법인에 납품 계약서 초안 부탁해", _no_counterparty),
        ]
    )
)


@pytest.mark.parametrize(
    "text",
    [
        # A bare labelled number: nothing says whose.
        "사업자등록번호 314-86-04122 으로 세금계산서 끊어줘",
        # An individual's business (middle code 23) called a trading partner: a sole trader's.
        "사업자등록번호 607-23-09188 인 거래처에 견적 요청 메일 써줘",
    ],
)
def test_business_numbers_that_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# The second batch's rules: a banner's "축 합격 NAME" (new detector); Swahili, Portuguese and
# Polish introductions, "하고" between a number's groups, "I examined NAME on", an element
# named for its secret, an OpenVPN auth file's second line (widenings).

SECOND_BATCH: list[switch.Positive] = [
    (
        detect_celebration_banner_names_ko,
        "화환 리본 문구 봐줘: '축 승진 모경태, 영업2팀 일동'",
        "모경태",
    ),
    (
        detect_celebration_banner_names_ko,
        "'祝 전역 하도겸 병장' 현수막 글씨체 추천해줘",
        "하도겸",
    ),
]

test_second_batch_forms_are_found, test_second_batch_forms_need_their_rules = switch.form_tests(
    SECOND_BATCH
)


def _latin_intros_as_before(mp: pytest.MonkeyPatch) -> None:
    old = core.privacy.latin_self_intros._PHRASE_RE.pattern
    cut = old.index("(?:mening[ \\t]+)?ismim") + len("(?:mening[ \\t]+)?ismim")
    mp.setattr(
        core.privacy.latin_self_intros,
        "_PHRASE_RE",
        LazyPattern(old[:cut] + "))[ \\t]+"),
    )


def _spoken_without_hago(mp: pytest.MonkeyPatch) -> None:
    _spoken_separators(mp, "(?:[에의]|하고)", "[에의]")


test_second_batch_widenings_are_needed = switch.widening_tests(
    [
        (
            "reply to 'Hujambo, jina langu ni Baraka Mwangi-Achieng' in Swahili",
            "Baraka Mwangi-Achieng",
            _latin_intros_as_before,
        ),
        (
            "traduz isto: 'Olá, meu nome é Tomé Carvalhal Pestana, sou novo aqui'",
            "Tomé Carvalhal Pestana",
            _latin_intros_as_before,
        ),
        (
            "'Cześć, nazywam się Bożena Przybylska' - 이거 존댓말이야?",
            "Bożena Przybylska",
            _latin_intros_as_before,
        ),
        (
            "고모가 번호를 '공일공하고 삼오칠이하고 육팔일구' 라고 적어줬어",
            "공일공하고 삼오칠이하고 육팔일구",
            _spoken_without_hago,
        ),
        (
            "reword: 'I examined Cassius Oyelaran-Brigg today and he is fit to return to work'",
            "Cassius Oyelaran-Brigg",
            lambda mp: mp.setattr(core.privacy.formal_frame_names_en, "_EXAMINED_RE", _NEVER),
        ),
        (
            "setup.xml: <DomainAdminPassword>Heather9!Tarn</DomainAdminPassword> not applied",
            "Heather9!Tarn",
            lambda mp: mp.setattr(core.privacy.xml_named_secrets, "_TAG_RE", _NEVER),
        ),
        (
            "openvpn --auth-user-pass creds.txt: the second line is Curlew8#Dune - fails",
            "Curlew8#Dune",
            lambda mp: mp.setattr(
                core.privacy.command_secret_args, "_AUTH_FILE_SECOND_LINE_RE", _NEVER
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # A banner with no one on it, and a school after the occasion.
        "축 개업 번창하세요 화환 문구로 괜찮아?",
        "'축 합격 서울대 의예과 3명' 현수막 어때?",
        # A course's model sentence.
        "포르투갈어 교재 예문 'Meu nome é Pedro' 에서 é 는 뭐야?",
        # Numbers listed with 하고, too short for any number.
        "방 번호 일일이하고 일일삼 중에 어디가 더 넓어?",
        # A doctor's note with no name, an element holding a variable.
        "I examined the patient on Monday and advise rest",
        "<AdminPassword>${ADMIN_PW}</AdminPassword> is not substituted",
    ],
)
def test_second_batch_public_text_stays_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


_SECOND_BATCH_PUBLIC: list[switch.LookAlike] = [
    (
        "부산에 '축 우승 손흥민 선수' 현수막이 걸렸던데 무슨 대회였어?",
        predicate_off(core.privacy.celebration_banner_names_ko, "_a_public_figures_banner"),
    ),
]

test_second_batch_look_alikes_are_public, test_second_batch_need_predicates = (
    switch.look_alike_tests(_SECOND_BATCH_PUBLIC)
)
