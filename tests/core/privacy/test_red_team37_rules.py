"""redteam37's detectors, widenings and predicates, each on inputs of our own (not the blind
set's sentences).

Every positive fails with its rule taken out of the scanner's lists (or, for a widened rule,
with its new pattern switched off); the negatives pin what each rule must leave alone, and each
public-text test fails with its predicate switched off.
"""

from __future__ import annotations

import datetime
import re

import pytest

import core.privacy.address
import core.privacy.cli_password_flags
import core.privacy.continental_titled_names
import core.privacy.intro_names
import core.privacy.korean
import core.privacy.person_shaped
import core.privacy.public_name_questions
from core.privacy import classify, scan
from core.privacy.comment_author_lines import detect_comment_author_lines
from core.privacy.cyrillic_script_names import detect_cyrillic_script_names
from core.privacy.dedication_names import detect_dedication_names
from core.privacy.depositor_names_ko import detect_depositor_names_ko
from core.privacy.device_owner_names import detect_device_owner_names
from core.privacy.recent_birth_years import states_a_recent_birth
from core.privacy.sex_age_names import detect_sex_age_names
from core.privacy.thai_titled_names import detect_thai_titled_names
from core.privacy.tracker_assignee_names import detect_tracker_assignee_names
from core.privacy.twilio_auth_tokens import detect_twilio_auth_tokens
from core.privacy.vocative_given_names_ko import detect_vocative_given_names_ko
from core.privacy.whatsapp_link_phones import detect_whatsapp_link_phones
from tests.core.privacy.scanner_switch import (
    LookAlike,
    Positive,
    form_tests,
    look_alike_tests,
    predicate_off,
    public_tests,
    widening_tests,
)
from tests.tools.rule_switch import NEVER

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_device_owner_names,
        'AirDrop shows "Tobiasz Wróblewski\'s MacBook Pro" nearby, can he see my files?',
        "Tobiasz Wróblewski",
    ),
    (detect_device_owner_names, "에어드롭에 '편서율의 iPad' 가 계속 떠, 누구야?", "편서율"),
    (
        detect_tracker_assignee_names,
        "LIN-208 history:\nReporter changed from Marguerite Tolhurst to Oskar Lindahl",
        "Oskar Lindahl",
    ),
    (
        detect_tracker_assignee_names,
        "ticket got reassigned to Agnieszka Zawadzka yesterday, write a handover note",
        "Agnieszka Zawadzka",
    ),
    (detect_depositor_names_ko, "입금자명: 옥다빈1207 로 보내달라는데 무슨 뜻이야?", "옥다빈"),
    (detect_vocative_given_names_ko, "돌잔치 현수막 문구 봐줘: '서아야 첫 생일 축하해'", "서아"),
    (detect_vocative_given_names_ko, "생일 케이크 레터링 '우리 도윤이 7th' 어때?", "도윤"),
    (
        detect_dedication_names,
        "the bench plaque should read 'In memory of Cordelia Ashworth-Pryce, who loved it here'",
        "Cordelia Ashworth-Pryce",
    ),
    (
        detect_comment_author_lines,
        "reply to this Acrobat comment:\nOyelaran, Temitope   2026-11-30 10:42\nfix the totals",
        "Oyelaran, Temitope",
    ),
    (
        detect_comment_author_lines,
        "what does she mean?\nImelda Quarshie  11/30/2026 9:05 AM\nSee my earlier note",
        "Imelda Quarshie",
    ),
    (
        detect_sex_age_names,
        "병동 보드에 '편지호 M/72 12004567 금식' 이렇게 써 있는데 금식이 뭐야?",
        "편지호",
    ),
    (
        detect_sex_age_names,
        "병동 보드에 '편지호 M/72 12004567 금식' 이렇게 써 있는데 금식이 뭐야?",
        "12004567",
    ),
    (
        detect_sex_age_names,
        "triage note: Agnes Whitcombe (F/84) fall at home - what does NWB mean?",
        "Agnes Whitcombe",
    ),
    (
        detect_whatsapp_link_phones,
        "my tutor sent https://wa.me/14155238886 - is the link safe to tap?",
        "14155238886",
    ),
    (
        detect_twilio_auth_tokens,
        "401 from this: Client('AC0a1b2c3d4e5f60718293a4b5c6d7e8f9', "
        "'5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b')",
        "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
    ),
    (
        detect_cyrillic_script_names,
        "write a visa invitation for my colleague Олена Коваленко from Kyiv",
        "Олена Коваленко",
    ),
    (
        detect_cyrillic_script_names,
        "카자흐스탄 유학생 Айгерим Нурланова 님 성적증명서 영문 양식",
        "Айгерим Нурланова",
    ),
    (
        detect_thai_titled_names,
        "the invoice is made out to นางสาวพิมพ์ชนก วงศ์ใหญ่ - is นางสาว like Miss?",
        "พิมพ์ชนก วงศ์ใหญ่",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)

_LATIN_1_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)*")

# Widened rules: (text, the part, the new pattern switched off).
_WIDENED = [
    (
        "is 'Sayın Zeynep Aksoy,' too stiff for a thank-you email?",
        "Zeynep Aksoy",
        lambda mp: mp.setattr(core.privacy.continental_titled_names, "_TURKISH_RE", NEVER),
    ),
    (
        "redis-cli -h cache.internal -a Pl4in#Redis info keeps failing",
        "Pl4in#Redis",
        lambda mp: mp.setattr(core.privacy.cli_password_flags, "_REDIS_RE", NEVER),
    ),
    (
        # Latin Extended-A letters (Ł, ś) in a name another rule reads by its place.
        'the hotspot "Łukasz Wiśniewski\'s Pixel" is on our guest network',
        "Łukasz Wiśniewski",
        lambda mp: mp.setattr(core.privacy.person_shaped, "_LATIN_WORD", _LATIN_1_WORD),
    ),
]


test_widened_forms_are_found_only_with_their_widening = widening_tests(_WIDENED)


test_public_text_stays_public = public_tests(
    [
        # A brand's device; a company's laptop; a status change; a depositor label asked about.
        "Apple's iPhone 16 launch date?",
        "회사의 노트북 반납 절차 알려줘",
        "DEV-12 · Status changed from To Do to Done · 3 Dec",
        "it was assigned to Support Team by default",
        "입금자명 변경은 어디서 해?",
        # A wish with a word, not a name; the copula closing a sentence.
        "생일 축하 문구 추천해줘 '친구야 생일 축하해'",
        "할머니 생신 카드 써야 하는데 이번 주 숙제야",
        # A sign and a slogan; a date line with no name.
        "lettering ideas for a 'For Sale' sign?",
        "engrave 'To The Moon' on a mug",
        "Status   2026-11-30 10:42\nok",
        "move this to Friday:\nWeekly Sync   12/1/2026 10:00 AM",
        # A lens's aperture; a business's chat link; a SID alone.
        "Sony Alpha F/2.8 렌즈랑 F/4 차이 알려줘",
        "삼성 고객센터 왓츠앱 wa.me/8215881234 로 문의하래",
        "the SID is AC0a1b2c3d4e5f60718293a4b5c6d7e8f9, where do I find the token?",
        # Cyrillic place names; Thai prose.
        "Улан-Батор 날씨 어때? Москва 보다 추워?",
        "ขอบคุณครับ คุณช่วยได้ไหม ขอบคุณมาก",
    ]
)


def _no(*_args: object) -> bool:
    return False


_PUBLIC: list[LookAlike] = [
    (
        "회원가입 폼 주민번호 칸 예시로 900101-1234567 넣어둘까?",
        predicate_off(core.privacy.korean, "is_placeholder_registration_ko"),
    ),
    (
        "LG전자 본사 주소 서울 영등포구 여의대로 128 맞나요?",
        predicate_off(core.privacy.address, "is_head_office_address_ko"),
    ),
    (
        "what did the Monroe Doctrine say, and did James Monroe write it alone?",
        predicate_off(core.privacy.intro_names, "signs_an_eponymous_document"),
    ),
    (
        "which Taylor Swift album has the song about a scarf?",
        predicate_off(core.privacy.intro_names, "names_a_performers_work_en"),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = look_alike_tests(_PUBLIC)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own number, office, relative and cousin in the same shapes.
        "내 주민번호 900101-1234567 을 예시로 써도 돼?",
        "우리 회사 본사 주소 서울 영등포구 여의대로 128 로 택배 보내줘",
        "my uncle Tom Hartley wrote the Hartley Report, can you summarise it?",
        "my cousin Anna Berg's song is up on Spotify, write a post about it",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


# Landing 38's open item: a writer-free stated birth, then the age asked of a pronoun.
_CHILD_BIRTH = "Oliver Brennan was born on 14 February 2021 - how old will he be at school entry?"


def test_a_childs_stated_birth_keeps_the_name_personal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert classify(_CHILD_BIRTH) == "local_only", scan(_CHILD_BIRTH)
    monkeypatch.setattr(core.privacy.public_name_questions, "states_a_recent_birth", _no)
    assert classify(_CHILD_BIRTH) == "public"


def test_a_recent_birth_is_counted_from_the_given_day() -> None:
    text = "Ines Calloway was born on 2 March 2010 - how old is she?"
    born = text.index(" was born")
    assert states_a_recent_birth(text, born, datetime.date(2026, 12, 5))
    assert not states_a_recent_birth(text, born, datetime.date(2029, 1, 1))
    adult = "Rafe Dunmore was born on 2 March 1990 - how old is he?"
    assert not states_a_recent_birth(adult, adult.index(" was born"), datetime.date(2026, 12, 5))
