"""Round 42's rules on sentences written for these tests (none is a sentence of set 42).

Each detector's forms are found, and missed with that detector out of the scanner; the
widenings (another script's digits folded to ASCII, every name keyword of any call read) are
switched off by their own parts. Public look-alikes stay public and are held once their
predicate is off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import core.privacy.celebration_hashtags
import core.privacy.code_output_names
import core.privacy.command_secret_args
import core.privacy.contact
import core.privacy.cued_national_ids
import core.privacy.hanja_numeral_phones
import core.privacy.latin_self_intros
import core.privacy.normalize
import core.privacy.spelled_names_en
import core.privacy.trunk_zero_phones
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.command_secret_args import detect_command_secret_args
from core.privacy.commit_log_authors import detect_commit_log_authors
from core.privacy.cued_national_ids import detect_cued_national_ids
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.map_link_addresses import detect_map_link_addresses
from core.privacy.notice_names_ko import detect_notice_names_ko
from core.privacy.script_self_intros import detect_script_self_intros
from core.privacy.spelled_names_en import detect_spelled_names_en
from core.privacy.trunk_zero_phones import detect_trunk_zero_phones
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests

_NEVER = LazyPattern("(?!x)x")

# Each: the detector, a sentence of ours, and the part of it the detector must find.
POSITIVES: list[switch.Positive] = [
    (
        detect_notice_names_ko,
        "위임장 초안 봐줘: 본인 남궁예린은 아래 사람에게 서류 수령 권한을 위임합니다",
        "남궁예린",
    ),
    (detect_notice_names_ko, "알림에 '함뇌솔님이 메시지를 보냈습니다' 떴는데 누구지", "함뇌솔"),
    (detect_notice_names_ko, "입소자 용끝녀(82세) 낙상 사고 경위서 양식 채워줘", "용끝녀"),
    (detect_notice_names_ko, "택배 라벨 써줘, 수취인은 모슬찬이야", "모슬찬"),
    (
        detect_script_self_intros,
        "이 메일 어색해? '初めまして、営業部の鷲尾 千景と申します。'",
        "鷲尾 千景",
    ),
    (detect_script_self_intros, "translate: 'أهلا، اسمي يوسف الحداد وأنا مهندس'", "يوسف الحداد"),
    (detect_script_self_intros, "is 'ผมชื่อ ธีรวัฒน์ ครับ' polite?", "ธีรวัฒน์"),
    (detect_script_self_intros, "what does 'मेरा नाम रोहन मेहता है' mean?", "रोहन मेहता"),
    (
        detect_commit_log_authors,
        "git log --pretty='%h %an %s' 출력인데 이 사람 것만 보려면?\nd41e8a2 봉다해 캐시 만료 수정",
        "봉다해",
    ),
    (
        detect_commit_log_authors,
        "who touched ci?\nc0ffee1 Philippa Wrenfield update docs\nbadf00d Ivo Stanchev tweak ci",
        "Philippa Wrenfield",
    ),
    (
        detect_spelled_names_en,
        "she spelled her last name for the lab form: D-R-O-Z-D-O-W-S-K-I",
        "D-R-O-Z-D-O-W-S-K-I",
    ),
    (detect_spelled_names_en, "guest list: first name Ottilie, party of two", "Ottilie"),
    (
        detect_cued_national_ids,
        "my Taiwanese colleague's 身分證 is B187204566, format ok?",
        "B187204566",
    ),
    (detect_cued_national_ids, "the tenant gave S9012345I - NRIC or FIN?", "S9012345I"),
    (
        detect_cued_national_ids,
        "numéro de sécu de mon fils: 1 92 11 13 055 214 96, c'est lequel le département?",
        "1 92 11 13 055 214 96",
    ),
    (
        detect_map_link_addresses,
        "party at ours: https://maps.google.com/?daddr=14+Oakhurst+Road,+Leeds+LS6+2QR",
        "14+Oakhurst+Road,+Leeds+LS6+2QR",
    ),
    (detect_trunk_zero_phones, "the Tokyo landlord's phone is 090-3817-2264", "090-3817-2264"),
    (detect_trunk_zero_phones, "마닐라 기사님 번호 0917 482 3916 저장해줘", "0917 482 3916"),
    (
        detect_command_secret_args,
        "nmcli connection modify home wifi-sec.psk 'Raven7Orchard' 후에 재연결이 안 돼",
        "Raven7Orchard",
    ),
    (detect_command_secret_args, "net user kiosk Lupin%Fern3 /add gives error 2245", "Lupin%Fern3"),
    (
        detect_command_secret_args,
        "mosquitto_sub -u meter -P Quartz9Heath -t '#' hangs",
        "Quartz9Heath",
    ),
    (detect_command_secret_args, "unrar x -pCobalt88Wren backup.rar 하면 CRC 오류", "Cobalt88Wren"),
    (
        detect_command_secret_args,
        "psexec64 \\\\srv -u svc -p Tansy#Loch4 hostname fails",
        "Tansy#Loch4",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


@pytest.fixture(autouse=True)
def _fresh_fold_cache() -> Iterator[None]:
    # The per-character fold is cached: a switched-off widening must not outlive its test.
    core.privacy.normalize._fold_char.cache_clear()
    yield
    core.privacy.normalize._fold_char.cache_clear()


def _script_digits_off(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.normalize, "_SCRIPT_DIGIT_RE", _NEVER)
    core.privacy.normalize._fold_char.cache_clear()


test_the_widenings_are_needed = switch.widening_tests(
    [
        (
            "페르시아어 키보드로 찍힌 번호 ۰۱۰-۴۸۲۷-۳۹۱۶ 저장해줘",
            "۰۱۰-۴۸۲۷-۳۹۱۶",
            _script_digits_off,
        ),
        (
            "방콕 기사님 번호가 ๐๘๑-๓๒๗-๕๕๖๔ 라는데 숫자로 써줘",
            "๐๘๑-๓๒๗-๕๕๖๔",
            _script_digits_off,
        ),
        (
            "Customer.objects.filter(first_name='Bertille', last_name='Ashgrove-Nkemelu') is empty",
            "Ashgrove-Nkemelu",
            lambda mp: mp.setattr(
                core.privacy.code_output_names,
                "_CALL_RE",
                LazyPattern(r"\b[A-Z]\w*\((?P<args>(?:[^()\n]|\([^()\n]*\)){0,300})"),
            ),
        ),
    ]
)


test_public_text_stays_public = public_tests(
    [
        # A form's blank, a brand's gift, a public figure's age in the news.
        "사직서 양식의 '본인 ○○○은 …' 부분에 서명도 같이 해야 해?",
        "'이디야커피님이 선물과 메시지를 보냈습니다' 이거 광고야?",
        "기사에 나온 '환자 10명(평균 78세)' 표현 자연스러워?",
        # Commit subjects, not names; a single hash line with no git log cue.
        "git log --oneline\na1b2c3d Merge branch 'main'\nb2c3d4e Fix typo in README",
        "commit 3f9a1c2 Bump lodash is safe?",
        # A composer's name spelled with no name word; acronyms with dots.
        "is it spelled R-A-C-H-M-A-N-I-N-O-F-F or with a V at the end?",
        "how do I spell my name in N.A.T.O. style callsigns?",
        # A place in a map link, not an address; an identity number with a bad check.
        "https://www.google.com/maps/search/?api=1&query=Eiffel+Tower opens the app?",
        "Taiwan ID B187204567 - is the last digit a check digit?",
        # Digits of other scripts that are no phone: a hotline, a year.
        "태국 관광경찰 ๑๑๕๕, 구급 ๑๖๖๙ 번호 맞아?",
        "the inscription reads ١٩٤٨ - which calendar is that?",
        # Values the tools ask for or read from elsewhere.
        "net user bob * /add asks for the password twice",
        'mosquitto_pub -P "$MQTT_PW" -t a -m 1 works in bash',
    ]
)


_PUBLIC: list[switch.LookAlike] = [
    (
        # A request body's strings, one a line: a tool schema's "name" key, then the ask.
        "name\nsearch the documents\nis it spelled S-H-O-S-T-A-K-O-V-I-C-H or "
        "S-C-H-O-S-T-A-K-O-W-I-T-S-C-H in the programme?",
        lambda mp: mp.setattr(core.privacy.spelled_names_en, "_near_a_name_word", lambda *a: True),
    ),
    (
        "the Taiwan ID article's example A123456789 - why does A mean Taipei?",
        lambda mp: mp.setattr(core.privacy.cued_national_ids, "_SPECIMENS", frozenset()),
    ),
    (
        "the Flask-Mail docs build Message('Hello', recipients=['ringo@thebeatles.com']) - "
        "can recipients be a tuple?",
        predicate_off(core.privacy.contact, "is_documented_call_mailbox"),
    ),
    (
        "nmcli 설명서 예제 nmcli dev wifi connect Lobby password espresso 에서 Lobby는 SSID야?",
        predicate_off(core.privacy.command_secret_args, "_manual_example"),
    ),
    (
        "주문번호 090-4417-2385 로 배송 조회가 안 돼",
        lambda mp: mp.setattr(core.privacy.trunk_zero_phones, "_OTHER_NUMBER_RE", _NEVER),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own address in a docs-shaped call; the writer's own lower-case Wi-Fi
        # password beside the manual's example.
        "the docs do create_user('me', 'dahlia.vance88@gmail.com') and my signup fails",
        "the nmcli docs say password caffeine but my nmcli dev wifi connect Home password "
        "marigold fails",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# Round 41's open edges, closed in this round: a printed DataFrame's two-word name cell, and
# a fan's birthday hashtag for a star.
test_a_two_word_name_cell_is_read = switch.widening_tests(
    [
        (
            "df.head() 결과\n          name  visits\n0  Leopoldine Marchbanks       4\n"
            "1  Ezra Quillfeather       9\n정렬하려면?",
            "Leopoldine Marchbanks",
            lambda mp: mp.setattr(core.privacy.code_output_names, "_name_cell_words", _none),
        ),
    ]
)


def _none(*_args: object) -> None:
    return None


test_a_fans_hashtag_is_public, test_it_needs_the_fandom_check = switch.look_alike_tests(
    [
        (
            "생카 투어 가기 전에 올릴 글 써줘 #한서진생일축하해 #최애생일",
            predicate_off(core.privacy.celebration_hashtags, "_fans_celebrating_a_star"),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "동생 생일이라 팬미팅처럼 꾸미려고 #한서진생일축하해 문구 써줘",
        "df\n      name  ward\n0  Hollis Fairweather-Ndu  3C\nsort by ward?",
    ],
)
def test_a_circles_hashtag_and_a_short_table_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# The second batch's rules: German, French, Spanish and Italian "my name is", SQL Server's
# sqlcmd -P, a phone in the financial numerals.
test_each_second_batch_form_is_found, test_each_needs_its_rule = switch.form_tests(
    [
        (
            detect_latin_self_intros,
            "Mail an den Vermieter: 'Hallo, mein Name ist Jonas Albrecht-Weiss, ich komme um 9'",
            "Jonas Albrecht-Weiss",
        ),
        (
            detect_latin_self_intros,
            "translate 'Bonjour, je m'appelle Mathis Lefebvre-Ndiaye' into Korean",
            "Mathis Lefebvre-Ndiaye",
        ),
        (
            detect_latin_self_intros,
            "is 'Hola, me llamo Itziar Goikoetxea' ok?",
            "Itziar Goikoetxea",
        ),
        (
            detect_latin_self_intros,
            "'Ciao, mi chiamo Ludovica Ferrante' 맞는 표현이야?",
            "Ludovica Ferrante",
        ),
        (
            detect_command_secret_args,
            "bcp dbo.orders out o.dat -S db2 -U loader -P Cedar9Moss -c 가 느려",
            "Cedar9Moss",
        ),
    ]
)

_ORDINARY_NUMERALS = {
    k: v
    for k, v in core.privacy.hanja_numeral_phones._DIGITS.items()
    if k not in "壹贰貳叁參肆伍陆陸柒捌玖"
}

test_the_financial_numerals_are_read = switch.widening_tests(
    [
        (
            "名片背面写着 壹伍玖-贰捌叁柒-肆零陆壹, 이거 휴대폰 번호지?",
            "壹伍玖-贰捌叁柒-肆零陆壹",
            lambda mp: mp.setattr(core.privacy.hanja_numeral_phones, "_DIGITS", _ORDINARY_NUMERALS),
        ),
    ]
)

test_a_course_sentence_is_public, test_it_needs_the_course_check = switch.look_alike_tests(
    [
        (
            "in the phrasebook's first lesson 'Je m'appelle Pierre' - is the apostrophe needed?",
            lambda mp: mp.setattr(core.privacy.latin_self_intros, "_COURSE_RE", _NEVER),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "收据金额 人民币壹万贰仟叁佰元整 맞게 쓴 거야?",
        "sqlcmd -S db -E -Q 'SELECT 1' uses Windows auth?",
    ],
)
def test_amounts_and_trusted_logins_stay_public(text: str) -> None:
    assert classify(text) == "public", scan(text)
