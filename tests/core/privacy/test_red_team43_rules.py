"""Round 43's rules on sentences written for these tests (none is a sentence of set 43).

Each new detector's forms are found, and missed with that detector out of the scanner; the
widenings (Nepali and Khmer introductions, Uzbek "ismim", a sign-on after a quoted greeting, a
bank notice's counterparty, foreign form labels, "다음에" between a number's halves, FreeRDP,
rdesktop, lftp and expect secrets) are switched off by their own parts. Public look-alikes
stay public and are held once their predicate is off; the same shapes given as the writer's
own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.command_secret_args
import core.privacy.depositor_names_ko
import core.privacy.form_name_fields
import core.privacy.formal_frame_names_en
import core.privacy.hl7_patient_segments
import core.privacy.intro_names
import core.privacy.latin_self_intros
import core.privacy.script_self_intros
import core.privacy.sign_on_names
import core.privacy.spoken
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.formal_frame_names_en import detect_formal_frame_names_en
from core.privacy.framed_names_ko import detect_framed_names_ko
from core.privacy.hl7_patient_segments import detect_hl7_patient_segments
from core.privacy.indonesian_nik import detect_indonesian_nik
from core.privacy.military_service_numbers_ko import detect_military_service_numbers_ko
from core.privacy.romaji_home_addresses import detect_romaji_home_addresses
from core.privacy.share_notice_names_en import detect_share_notice_names_en
from core.privacy.stripped_zero_phones import detect_stripped_zero_phones
from core.privacy.vietnamese_home_addresses import detect_vietnamese_home_addresses
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests

_NEVER = LazyPattern("(?!x)x")

# Each: the detector, a sentence of ours, and the part of it the detector must find.
POSITIVES: list[switch.Positive] = [
    (
        detect_formal_frame_names_en,
        "can I sign the NDA like this? '/s/ Leontyne Abara-Whitcombe, 3 Dec 2026'",
        "Leontyne Abara-Whitcombe",
    ),
    (
        detect_formal_frame_names_en,
        "check my statutory declaration: 'I, Perpetua Ollerenshaw, of 4 Mill Lane, do solemnly "
        "declare that the car was sold to me'",
        "Perpetua Ollerenshaw",
    ),
    (
        detect_formal_frame_names_en,
        "vow draft: 'I, Ansel Vireo, take you, Marisol Quennevais, as my wife'",
        "Marisol Quennevais",
    ),
    (
        detect_formal_frame_names_en,
        "shorten this for the parish newsletter: 'Bertram Ainscough, 91, of Fernhill Road, "
        "passed away on Sunday'",
        "Bertram Ainscough",
    ),
    (
        detect_framed_names_ko,
        "동아리방 공지 말투 좀 바꿔줘: 'ㅎㅇ 난 이번 학기 조교 편서율임 ㅋㅋ 질문 ㄱㄱ'",
        "편서율",
    ),
    (
        detect_hl7_patient_segments,
        "ADT 메시지 파싱이 깨져, 어디가 문제야?\nPID|1||71230455^^^GANGNAM^MR||Hwang^Seoyeon||"
        "19861103|F",
        "Hwang^Seoyeon",
    ),
    (
        detect_hl7_patient_segments,
        "why does the engine drop this next-of-kin line?\nNK1|1|Abernethy^Coralie|MTH",
        "Abernethy^Coralie",
    ),
    (
        detect_military_service_numbers_ko,
        "휴가 복귀 신고서에 군번 24-71830562 적으면 돼?",
        "24-71830562",
    ),
    (
        detect_stripped_zero_phones,
        "구글 시트에 전화번호 넣었더니 1093827461 이 됐어, 0 붙이는 법?",
        "1093827461",
    ),
    (
        detect_stripped_zero_phones,
        "CSV 로 받은 명단에 핸드폰이 1062718394 처럼 찍혀 있어, 앞에 0 붙여서 다시 써줘",
        "1062718394",
    ),
    (
        detect_vietnamese_home_addresses,
        "tin nhắn cho shipper: gửi về 25 ngách 12/4 Hoàng Hoa Thám, Ba Đình nhé",
        "25 ngách 12/4 Hoàng Hoa Thám",
    ),
    (
        detect_vietnamese_home_addresses,
        "translate my apartment's address for the bank: 8 đường Nguyễn Trãi, phòng 1203",
        "8 đường Nguyễn Trãi",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


def _no(*_args: object) -> bool:
    return False


test_the_widenings_are_needed = switch.widening_tests(
    [
        (
            "번역 좀: 'नमस्ते, मेरो नाम प्रकाश गुरुङ हो'",
            "प्रकाश गुरुङ",
            lambda mp: mp.setattr(
                core.privacy.script_self_intros,
                "_HI_RE",
                LazyPattern(r"मेरा[ \t]+नाम[ \t]+(?P<name>[\u0900-\u097F]+)[ \t]+है"),
            ),
        ),
        (
            "what does 'ខ្ញុំឈ្មោះ ម៉ៅ សុភ័ក្ត្រ' mean?",
            "ម៉ៅ សុភ័ក្ត្រ",
            lambda mp: mp.setattr(core.privacy.script_self_intros, "_KM_RE", _NEVER),
        ),
        (
            "reply to 'Salom, ismim Sardorbek Yuldashev, yangi ishchiman'",
            "Sardorbek Yuldashev",
            lambda mp: mp.setattr(
                core.privacy.latin_self_intros,
                "_CUES",
                tuple(c for c in core.privacy.latin_self_intros._CUES if c != "ismim"),
            ),
        ),
        (
            "make this friendlier: 'hello everyone, Tamsin Oduya-Reeve here, Ivo's dad'",
            "Tamsin Oduya-Reeve",
            lambda mp: mp.setattr(
                core.privacy.sign_on_names,
                "_EN_SIGN_ON_RE",
                LazyPattern(
                    r"(?:\A|(?<=[.!?])[ \t]+|\n)[ \t]*(?:(?i:hi|hello|hey)[ \t]*[,!.]?[ \t]+)?"
                    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t]*,?[ \t]+here"
                    r"(?=[ \t]*(?:[,.!:;]|-|—|$))"
                ),
            ),
        ),
        (
            "이 문자 뭐야? '[신한]12/05 10:02 입금 120,000 봉하윤 잔액 530,000'",
            "봉하윤",
            lambda mp: mp.setattr(core.privacy.depositor_names_ko, "_NOTICE_RE", _NEVER),
        ),
        (
            "Anmeldung:\nFamilienname: Quistorp-Amadi\nVornamen: Jorinde",
            "Quistorp-Amadi",
            lambda mp: mp.setattr(core.privacy.form_name_fields, "_ABROAD_RE", _NEVER),
        ),
        (
            "아버지 주민번호 '오공일일이삼 다음에 일삼이사오육칠' 숫자로 바꿔줘",
            "오공일일이삼 다음에 일삼이사오육칠",
            lambda mp: mp.setattr(
                core.privacy.spoken, "_DASH_WORD_LIST", ("다시", "대시", "하이픈", "dash")
            ),
        ),
        (
            "wfreerdp /u:admin /p:Osprey#Dale51 /v:10.0.0.9 says logon failure",
            "Osprey#Dale51",
            lambda mp: mp.setattr(
                core.privacy.command_secret_args,
                "_COMMANDS",
                core.privacy.command_secret_args._COMMANDS[:-3],
            ),
        ),
        (
            "lftp -u deploy,Walnut!Ridge8 ftp.internal.lan 접속이 느려",
            "Walnut!Ridge8",
            lambda mp: mp.setattr(
                core.privacy.command_secret_args,
                "_COMMANDS",
                core.privacy.command_secret_args._COMMANDS[:-3],
            ),
        ),
        (
            "rdesktop -u ops -p Bracken7Weir 10.1.1.5 shows a blank screen",
            "Bracken7Weir",
            lambda mp: mp.setattr(
                core.privacy.command_secret_args,
                "_COMMANDS",
                core.privacy.command_secret_args._COMMANDS[:-3],
            ),
        ),
        (
            'expect 스크립트가 멈춰\nexpect "*assword*"\nsend "Heron!Cove84\\r"',
            "Heron!Cove84",
            lambda mp: mp.setattr(core.privacy.command_secret_args, "_EXPECT_SEND_RE", _NEVER),
        ),
    ]
)


test_public_text_stays_public = public_tests(
    [
        # A prayer book's and a form's stand-ins, no one's name.
        "why does the marriage service say 'I, N., take thee N.' instead of real names?",
        "the affidavit template starts 'I, [full name], of [address], do solemnly swear'",
        # A place or a phrase before an age-shaped number.
        "New York, 10, and Boston, 4, were the final scores",
        # Chat words before 임 that no name check passes.
        "나 오늘 야간근무임 ㅋㅋ",
        "나 이번에 신입생임",
        # A bank notice's memo, and a company as the counterparty.
        "[KB]12/01 09:00 입금 200,000 관리비 잔액 1,000,000",
        "[KB]12/03 09:10 입금 23,900 쿠팡(주) 잔액 88,400 환불 맞지?",
        # A postal code that lost its zero, and an order number.
        "우편번호 04524 가 엑셀에서 4524 로 바뀌어, 앞자리 0 살리는 법?",
        "주문번호 1093827461 배송이 안 와",
        # A landmark's address in Hanoi with nothing that makes it a home.
        "is the Temple of Literature at 58 Quốc Tử Giám, Đống Đa worth a visit?",
        # A 군번 asked about with no number.
        "군번은 몇 자리야? 앞 두 자리가 입대 연도야?",
        # Values the tools read from elsewhere.
        "xfreerdp /u:ops /p:$RDP_PASS /v:host works in bash",
    ]
)


def _public_filing_off(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.intro_names, "quotes_a_public_filing", _no)
    mp.setattr(core.privacy.formal_frame_names_en, "quotes_a_public_filing", _no)


_PUBLIC: list[switch.LookAlike] = [
    # A public company's filing, signed by its officer.
    (
        "Microsoft's annual report on EDGAR is signed '/s/ Satya Nadella' - is that a real "
        "signature?",
        _public_filing_off,
    ),
    # The HL7 standard's own sample patient.
    (
        "the HL7 spec example PID|1||PATID1234^^^MRN^MR||EVERYMAN^ADAM^A||19610615|M - which "
        "field is the birth date?",
        lambda mp: mp.setattr(core.privacy.hl7_patient_segments, "_CITES_STANDARD_RE", _NEVER),
    ),
    # FreeRDP's manual example, written against the docs' fictional domain.
    (
        "the FreeRDP manual shows xfreerdp /u:CONTOSO\\JohnDoe /p:Pwd123! /v:rdp.contoso.com - "
        "does /v take a port?",
        lambda mp: mp.setattr(core.privacy.command_secret_args, "_DOCS_HOST_RE", _NEVER),
    ),
    # A phrasebook's model sentence in Nepali.
    (
        "네팔어 교재 예문 'मेरो नाम सीता हो' 에서 सीता 는 이름이야?",
        predicate_off(core.privacy.script_self_intros, "is_language_course_text"),
    ),
    # A bank notice's memo word in the counterparty's place.
    (
        "[KB]12/02 18:00 입금 50,000 관리비 잔액 60,000 이거 뭐야?",
        lambda mp: mp.setattr(core.privacy.depositor_names_ko, "_MEMOS", frozenset()),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own filing signature and the writer's own HL7 test message.
        "I signed our 10-K draft as '/s/ Marguerite Oyelowo-Stann', is that valid?",
        "our lab's sample message PID|1||55120934^^^CLINIC^MR||Tennant^Ilse||19790212|F fails",
        # The writer's own password beside a docs domain.
        "my xfreerdp /u:me /p:Corvid!Moss52 /v:rdp.contoso.com works but the manual says no",
        # A Vietnamese address the writer calls their home, with no lane or room.
        "my home is 14 Lý Thường Kiệt, Hoàn Kiếm - how do I write it on a parcel?",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# The second batch's rules: Hebrew and Burmese introductions, a share notice's sender, a pupil
# named in a note to the parents, an Indonesian NIK, a romaji home address, typed secrets.

SECOND_BATCH: list[switch.Positive] = [
    (
        detect_share_notice_names_en,
        "Drive mail says 'Perpetua Oyelowo-Haines shared a spreadsheet with you' - real?",
        "Perpetua Oyelowo-Haines",
    ),
    (
        detect_framed_names_ko,
        "가정통신문 다듬어줘: '1학년 2반 탁서하 학부모님께, 서하가 급식 후 두드러기가 났습니다'",
        "탁서하",
    ),
    (
        detect_indonesian_nik,
        "the KTP of our helper shows NIK 3273016108950002 - is her birthday inside it?",
        "3273016108950002",
    ),
    (
        detect_romaji_home_addresses,
        "write my address for the visa form: 1-8-22 Nakameguro, Meguro-ku, Tokyo, Apt 405",
        "1-8-22 Nakameguro",
    ),
]

test_second_batch_forms_are_found, test_second_batch_forms_need_their_rules = switch.form_tests(
    SECOND_BATCH
)

test_the_second_batch_widenings_are_needed = switch.widening_tests(
    [
        (
            "what does 'שלום, שמי אורית חדד' mean?",
            "אורית חדד",
            lambda mp: mp.setattr(core.privacy.script_self_intros, "_HE_RE", _NEVER),
        ),
        (
            "번역 부탁: 'ကျွန်တော့်နာမည် ဇော်မင်းထွန်း ပါ'",
            "ဇော်မင်းထွန်း",
            lambda mp: mp.setattr(core.privacy.script_self_intros, "_MY_RE", _NEVER),
        ),
        (
            "공기계 비밀번호 넣으려고 adb shell input text Larkspur77Fen 했는데 안 돼",
            "Larkspur77Fen",
            lambda mp: mp.setattr(core.privacy.command_secret_args, "_TYPED_RE", _NEVER),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # A service, a team or a brand sharing; notes to every parent.
        "Canva shared a design with you - is Canva safe?",
        "Marketing Team shared a folder with you",
        "전체 학부모님께 드리는 안내문 써줘",
        "신입생 학부모님께 보낼 인사말",
        # Sixteen digits with no NIK named, and a NIK-shaped number with no real birth date.
        "order 3174054703920003 has not shipped",
        "NIK 3174059913920003 is rejected as invalid",
        # A landmark's block address; an automation typing plain text with no login.
        "how late is the observatory at 2-8-1 Nishi-Shinjuku, Shinjuku-ku open?",
        'adb shell input text "hello world" types nothing',
    ],
)
def test_second_batch_public_text_stays_public(text: str) -> None:
    assert classify(text) == "public", scan(text)


test_second_batch_look_alikes_are_public, test_those_need_their_checks = switch.look_alike_tests(
    [
        # A Hebrew textbook's dialogue (the language-course check of the script intros).
        (
            "히브리어 교재 대화문 'שלום, קוראים לי יוסי' 에서 לי 는 무슨 뜻?",
            predicate_off(core.privacy.script_self_intros, "is_language_course_text"),
        ),
    ]
)


# Round 42's open edge: an Australian flat before the street number was left out of the finding
# ("Unit 4/27 Wattle St" was read from "27 Wattle St").
test_a_slash_unit_is_part_of_the_address = switch.widening_tests(
    [
        (
            "our new place is Flat 3/118 Banksia Rd, Perth - when is bin day?",
            "Flat 3/118 Banksia Rd, Perth",
            lambda mp: mp.setattr(
                core.privacy.address,
                "_EN_ADDRESS_RE",
                LazyPattern(core.privacy.address.english_address_pattern("")),
            ),
        ),
    ]
)
