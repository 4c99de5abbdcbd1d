"""Round 38's rules on sentences written for these tests (none is a sentence of set 38).

Each detector's forms are found, and missed with that detector out of the scanner; the two
widenings (the NI number's distant label, the kinship rule's in-laws) are switched off by
their own patterns.
Public look-alikes stay public and are held once their predicate is off; the same shapes
given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.documented_examples
import core.privacy.git_config_names
import core.privacy.intro_names
import core.privacy.kinship_names
import core.privacy.passport_caps_names
import core.privacy.uk_national_insurance
from core.privacy import classify, scan
from core.privacy.apposition_names_en import detect_apposition_names_en
from core.privacy.arabic_titled_names import detect_arabic_titled_names
from core.privacy.brazil_cpf import cpf_valid, detect_brazil_cpf
from core.privacy.chat_export_lines_more import detect_chat_export_lines_more
from core.privacy.door_codes_ko import detect_door_codes_ko
from core.privacy.git_config_names import detect_git_config_names
from core.privacy.plaintext_securestrings import detect_plaintext_securestrings
from core.privacy.security_answers import detect_security_answers
from core.privacy.vendor_auth_schemes import detect_vendor_auth_schemes
from core.privacy.vietnamese_titled_names import detect_vietnamese_titled_names
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests
from tests.tools.rule_switch import NEVER

# Each: the detector, a sentence of ours, and the part of it the detector must find.
POSITIVES: list[switch.Positive] = [
    (detect_door_codes_ko, "택배 기사님께: 공동현관 *2580#, 문 앞에 놔주세요", "*2580#"),
    (detect_door_codes_ko, "이모 오시면 현관문 7714 누르고 들어오시라고 전해줘", "7714"),
    (
        detect_plaintext_securestrings,
        "$cred = New-Object PSCredential('svc', (ConvertTo-SecureString 'Fennel&Moor58' "
        "-AsPlainText -Force)) is flagged by the linter, why?",
        "Fennel&Moor58",
    ),
    (
        detect_arabic_titled_names,
        "what does this mean? 'عزيزتي ليلى الحسيني، تم شحن الطلب'",
        "ليلى الحسيني",
    ),
    (
        detect_chat_export_lines_more,
        "tl;dr this please:\nAgata Rosenqvist, [28.11.26 09:02]\nrunning late\n"
        "Agata Rosenqvist, [28.11.26 09:03]\nstart without me",
        "Agata Rosenqvist",
    ),
    (
        detect_chat_export_lines_more,
        "라인 대화 정리해줘\n09:41\t반도율\t회의 10시로 미뤄요\n09:43\t표서진\t넵 알겠습니다",
        "표서진",
    ),
    (
        detect_apposition_names_en,
        "Ottilie, my neighbour, asked me to water her plants while she's in hospital",
        "Ottilie",
    ),
    (
        detect_git_config_names,
        'git config user.name "Ksenia Bródka-Hale" then commit, but the log is unchanged',
        "Ksenia Bródka-Hale",
    ),
    (
        detect_vietnamese_titled_names,
        "translate for me: nhờ anh Trần Đức Minh gửi hợp đồng trước thứ Sáu",
        "Trần Đức Minh",
    ),
    (
        detect_security_answers,
        "my first pet's name was Pickwick, is that too guessable for a recovery question?",
        "Pickwick",
    ),
    (detect_security_answers, "보안질문 답은 초록대문 으로 해뒀는데 바꿔야 할까?", "초록대문"),
    (
        detect_brazil_cpf,
        "o CPF dele é 741.852.963-55, pode conferir o contrato?",
        "741.852.963-55",
    ),
    (
        detect_vendor_auth_schemes,
        'curl -H "Authorization: SSWS 00aB3xK9mQ2rT7vW1yZ4cE6gH8jL0nP" '
        "https://dev-1.okta.com/api/v1/users returns 401",
        "00aB3xK9mQ2rT7vW1yZ4cE6gH8jL0nP",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

# Widened rules, each switched off by its new pattern: the NI number's label a few words
# before it; a relative by marriage before a name with a particle.
test_the_widenings_are_needed = switch.widening_tests(
    [
        (
            "my national insurance number for the tax rebate form is SK 73 05 19 A",
            "SK 73 05 19 A",
            lambda mp: mp.setattr(core.privacy.uk_national_insurance, "_LABEL_FAR_RE", NEVER),
        ),
        (
            "둘째 며느리 채소윤이 출산했어, 축하 문구 써줘",
            "채소윤",
            lambda mp: mp.setattr(core.privacy.kinship_names, "_IN_LAW_KO_RE", NEVER),
        ),
    ]
)


test_public_text_stays_public = public_tests(
    [
        # A door word before a unit, a count, a time or a year; a code without digits.
        "현관 앞 택배함은 몇 개까지 놓을 수 있어?",
        "도어락 4개 가격 비교해줘",
        "대문 10시에 닫혀요?",
        "도어락 2019년형이랑 2024년형 차이 알려줘",
        # A variable or a placeholder given to ConvertTo-SecureString.
        "ConvertTo-SecureString $env:SVC_PW -AsPlainText -Force is that safe?",
        'ConvertTo-SecureString "<password>" -AsPlainText -Force in the docs, what is -Force?',
        # "Mr President" (an office) in Arabic; a sentence opener before "my friend".
        "ما معنى السيد الرئيس في الرسالة؟",
        "Thanks, my friend, for the quick reply",
        # A timetable row; a placeholder author; a definition of a maiden name.
        "09:00\tStandup\tRoom 2",
        'git config --global user.name "Your Name" is what the tutorial says',
        "a maiden name is the surname someone had before marriage",
        # An Authorization header's placeholder; a CPF with bad check digits; Vietnamese
        # spelling with no title before it.
        "Authorization: KakaoAK {REST_API_KEY} 이렇게 넣으면 돼?",
        "is 123.456.789-00 a valid CPF format?",
        "Hồ Chí Minh City 여행 3박 4일 일정 짜줘",
    ]
)


def test_cpf_check_digits() -> None:
    assert cpf_valid("741.852.963-55")
    assert not cpf_valid("741.852.963-54")
    assert not cpf_valid("111.111.111-11")


_K8S_DOCS = "Kubernetes documentation example: password MWYyZDFlMmU2N2Rm - how do I decode it?"


def _unlist_k8s(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = core.privacy.documented_examples._LISTED - {"YWRTAW4", "MWYYZDFLMMU2N2RM"}
    monkeypatch.setattr(core.privacy.documented_examples, "_LISTED", listed)


_PUBLIC: list[switch.LookAlike] = [
    (
        "the Spanish form example says Juan Perez, do I put my full name there?",
        predicate_off(core.privacy.intro_names, "is_documented_example_name"),
    ),
    (
        "비자 신청서 작성 예시에 영문 성명이 HONG GILDONG 으로 나와 있던데 띄어쓰기 맞아?",
        predicate_off(core.privacy.passport_caps_names, "is_documented_example_name"),
    ),
    (
        "RFC 2616 was written by Roy Fielding and others, right?",
        predicate_off(core.privacy.intro_names, "is_a_standard_documents_author"),
    ),
    (
        "was John Brown executed in 1859 after Harpers Ferry?",
        predicate_off(core.privacy.intro_names, "asks_about_a_historical_event"),
    ),
    (
        "the git tutorial's example runs git config user.name 'Mona Lisa' - why single quotes?",
        predicate_off(core.privacy.git_config_names, "is_documented_example_name"),
    ),
    (_K8S_DOCS, _unlist_k8s),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own name in a specimen's shape; a writer's relative's dated arrest; an
        # author with no standard beside; a recent arrest; the listed value as one's own.
        "my name is Mona Lisa, as in the docs example - how do I spell it in Korean?",
        "was my grandfather John Brown arrested in 1955 in Leeds?",
        "the report was written by Roy Fielding, can you summarise it?",
        "was John Brown arrested last week?",
        "my db password: MWYyZDFlMmU2N2Rm - rotate it for me",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
