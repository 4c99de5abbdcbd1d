"""redteam36's detectors, widenings and predicates, each on inputs of our own (not the blind
set's sentences).

Every positive fails with its rule taken out of the scanner's lists (or, for a widened rule,
with its new pattern switched off); the negatives pin what each rule must leave alone, and each
public-text test fails with its predicate switched off.
"""

from __future__ import annotations

import pytest

import core.privacy.affiliation_names
import core.privacy.config_password_fields
import core.privacy.double_barrelled_names
import core.privacy.intro_names
import core.privacy.main_lines
import core.privacy.names
import core.privacy.normalize
import core.privacy.us_mail_addresses
from core.privacy import classify, scan
from core.privacy.app_password_groups import detect_app_password_groups
from core.privacy.attendee_list_names import detect_attendee_list_names
from core.privacy.config_password_fields import detect_config_password_fields
from core.privacy.double_barrelled_names import detect_double_barrelled_names
from core.privacy.family_register_rows_ko import detect_family_register_rows_ko
from core.privacy.front_matter_authors import detect_front_matter_authors
from core.privacy.hanja_names_in_papers_ko import detect_hanja_names_in_papers_ko
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.medicare_beneficiary_ids import detect_medicare_beneficiary_ids
from core.privacy.passing_names import detect_passing_names
from core.privacy.quoted_file_names import detect_quoted_file_names
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from core.privacy.task_recipient_names import detect_task_recipient_names
from core.privacy.transcript_speaker_names import detect_transcript_speaker_names
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
        detect_transcript_speaker_names,
        "인터뷰 녹음 정리본 다듬어줘\n화자 1 (편하람) 00:03\n반갑습니다\n화자 2 (독고세진) 00:09",
        "독고세진",
    ),
    (
        detect_transcript_speaker_names,
        "Otter export, summarise:\nSpeaker 1 (Rosalind Achebe-Hart) 0:04\nhi all",
        "Rosalind Achebe-Hart",
    ),
    (
        detect_transcript_speaker_names,
        "통화 녹취야 요점만\n석하윤: 계약서 내일 보낼게요\n모다인: 네 금요일까지 회신 드릴게요",
        "모다인",
    ),
    (
        detect_transcript_speaker_names,
        "줄여줘\n옥재민: 견적 다시 받아볼게요\n편서율: 좋아요\n옥재민: 그럼 목요일에 공유할게요",
        "옥재민",
    ),
    (
        detect_family_register_rows_ko,
        "등본 영문 번역 부탁\n세대주 탁정호 1970.03.14\n처 국미선 1972.11.02",
        "국미선",
    ),
    (
        detect_family_register_rows_ko,
        "가족관계증명서 옮겨줘\n자녀 옥서진 2012년 05월 19일 남",
        "옥서진",
    ),
    (
        detect_front_matter_authors,
        'Jekyll error, help:\n---\nlayout: post\nauthor: "Ottilie Fairbrother"\n---',
        "Ottilie Fairbrother",
    ),
    (
        detect_front_matter_authors,
        "블로그 빌드 에러\n---\ntitle: 이사 후기\nauthor: 남궁다온\n---",
        "남궁다온",
    ),
    (
        detect_app_password_groups,
        "네이버 메일 앱 비밀번호 발급됨 zkrw pvne tqlh dumo 아웃룩에 넣으면 돼?",
        "zkrw pvne tqlh dumo",
    ),
    (
        detect_app_password_groups,
        "iCloud 앱 암호 새로 만들었어 hjpr-wqtz-mkvn-bcsl 썬더버드에 넣으면 돼?",
        "hjpr-wqtz-mkvn-bcsl",
    ),
    (
        detect_attendee_list_names,
        "주간회의 메모\n참석: 옥하람, 편지율(디자인), 남궁태오 과장\n불참: 없음",
        "편지율",
    ),
    (
        detect_attendee_list_names,
        "minutes\nIn attendance: J. Featherstone-Oduya, Marguerite Tolhurst\nAgenda: budget",
        "J. Featherstone-Oduya",
    ),
    (
        detect_medicare_beneficiary_ids,
        "mom's Medicare number is 7QW3-HN8-KP62, can the clinic bill it?",
        "7QW3-HN8-KP62",
    ),
    (
        detect_quoted_file_names,
        'rename "Passport scan Ottoline Marchetti.jpg" before I upload it',
        "Ottoline Marchetti",
    ),
    (
        detect_hanja_names_in_papers_ko,
        "등기부등본 소유자 칸에 玉成煥 이라고 나오는데 한글로 옥성환 맞지?",
        "玉成煥",
    ),
    (
        detect_hanja_names_in_papers_ko,
        "등기부등본 소유자 칸에 玉成煥 이라고 나오는데 한글로 옥성환 맞지?",
        "옥성환",
    ),
    (
        detect_hanja_names_in_papers_ko,
        "외할머니 비석에 새길 존함이 南宮順禮 인데 글씨체 추천해줘",
        "南宮順禮",
    ),
    # Widened rules, read by the rule they widened.
    (
        detect_keyed_values,
        "the confirmation URL is /rsvp?name=Cordelia+Ashcombe&guests=2, why 404?",
        "Cordelia+Ashcombe",
    ),
    (
        detect_task_recipient_names,
        "ideas for Tadhg Ó Briain's retirement speech? 30 years in the fire service",
        "Tadhg Ó Briain",
    ),
    (detect_role_label_names_ko, "답변서 초안\n원 고 변하람\n피 고 주식회사 하늘", "변하람"),
    (detect_role_label_names_ko, "지급명령 신청서: 채권자 봉태윤, 채무자 엄다솔", "엄다솔"),
    (
        detect_double_barrelled_names,
        "the flowers are from the Hendersons and Helena Okafor-Hughes (my aunt)",
        "Helena Okafor-Hughes",
    ),
    (
        detect_double_barrelled_names,
        "lost property: Grace Whitlow (red scarf) and Kwabena Owusu-Ansah (lunchbox), by Friday",
        "Kwabena Owusu-Ansah",
    ),
    (
        detect_config_password_fields,
        "why does psql still prompt?\n10.1.2.3:5432:sales:rep:Gr$ven9Oak",
        "Gr$ven9Oak",
    ),
    (
        detect_passing_names,
        "proofread the award citation for my pupil Tamsin Blackwood-Reyes please",
        "Tamsin Blackwood-Reyes",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


def _no_lookalike(_text: str, _i: int) -> None:
    return None


# Widened rules: (text, the part, the new pattern switched off).
_WIDENED = [
    (
        "the flowers are from the Hendersons and Helena Okafor-Hughes (my aunt)",
        "Helena Okafor-Hughes",
        lambda mp: mp.setattr(core.privacy.double_barrelled_names, "_LIST_JOIN_RE", NEVER),
    ),
    (
        # A Cyrillic "о" and "е" inside Latin words.
        "email to my neighbour Cоnstance Whitеley about the fence",
        "Cоnstance Whitеley",
        lambda mp: mp.setattr(core.privacy.normalize, "latin_lookalike", _no_lookalike),
    ),
    (
        "why does psql still prompt?\n10.1.2.3:5432:sales:rep:Gr$ven9Oak",
        "Gr$ven9Oak",
        lambda mp: mp.setattr(
            core.privacy.config_password_fields,
            "_pgpass_secret",
            core.privacy.config_password_fields.secret_shaped,
        ),
    ),
]


test_widened_forms_are_found_only_with_their_widening = widening_tests(_WIDENED)


test_public_text_stays_public = public_tests(
    [
        # A form's or an agenda's field lines; one name-shaped label is no transcript.
        "회의 안건 정리\n안건: 예산 조정\n결정: 다음 주 재논의",
        "화자 분리 기능이 있는 녹음 앱 추천해줘",
        # 원고 as a manuscript; the body of a court paper.
        "원고 마감이 언제야? 원고지 200매 분량이래",
        "피고는 원고에게 금 3,000,000원을 지급하라는 판결 뜻이 뭐야?",
        # A certificate asked about, with no rows.
        "가족관계증명서 발급 방법 알려줘\n본인 확인은 어떻게 해?",
        # A collective byline; an author outside a front-matter block.
        "---\ntitle: Release notes\nauthor: Hugo Authors\n---",
        # An app password's length; a documentation placeholder.
        "앱 비밀번호는 몇 자리야? 16자리라던데",
        "app password: xxxx xxxx xxxx xxxx goes in the SMTP field",
        # Words wholly in Cyrillic or Greek.
        "Москва и Санкт-Петербург",
        "Αθήνα is the Greek spelling of Athens",
        # A pgpass line with a variable; a pair after "and" that is a brand.
        "localhost:5432:*:postgres:$PGPASSWORD",
        "we stock Coca-Cola and Pepsi-Max (cans)",
        "new range: Oat (vegan) and Extra Super-Glue (tubes)",
        "my student loan and my student card expired",
        # A team and a head count where names go; CMS's published example MBI.
        "참석자: 마케팅팀, 개발본부, 5명",
        "Attendees: Marketing, Sales Team, all staff",
        "the CMS card example shows Medicare number 1EG4-TE5-MK73",
        # A quoted file name with no person; a one-word name key in a link.
        "why won't 'Scan - Invoice March.pdf' open?",
        "open /search?name=widget&page=2",
        # Hanja: a historical figure with a title or asked about, a firm's name on a paper.
        "世宗大王 이름 한자 뜻 알려줘",
        "安重根 의사 하얼빈 의거가 몇 년이야?",
        "丁若鏞 의 목민심서 몇 권이야?",
        "계약서에 株式會社 三星電子 라고 써 있어",
        # A holiday's card.
        "ideas for Mother's Day card messages?",
    ]
)


_PUBLIC: list[LookAlike] = [
    (
        "주민등록등본 교부 신청서 기재례에 '성명: 홍길동' 이라고 돼 있는데 한자도 써야 해?",
        predicate_off(core.privacy.names, "is_placeholder_name_ko"),
    ),
    (
        "앱 목업 화면에 전화번호 예시로 010-1111-1111 써도 돼?",
        predicate_off(core.privacy.main_lines, "is_placeholder_phone_ko"),
    ),
    (
        "드라마 도깨비에서 은탁이 엄마 이름이 지연희 맞아? 그 역 배우 누구야?",
        predicate_off(core.privacy.affiliation_names, "asks_about_a_works_people_ko"),
    ),
    (
        "is 20 W 34th St, New York, NY 10001 the Empire State Building? open on Sundays?",
        predicate_off(core.privacy.us_mail_addresses, "after_a_landmark_street"),
    ),
    (
        "what did Miranda v. Arizona establish, and who was Ernesto Miranda?",
        predicate_off(core.privacy.intro_names, "is_a_case_party"),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = look_alike_tests(_PUBLIC)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own name, number, mother, address and lawsuit in the same shapes.
        "제 이름은 홍길동이에요, 작성 예시 양식 보내주세요",
        "내 번호 010-1234-5678 로 예시 문자 보내줘",
        "우리 엄마 이름이 지연희인데 드라마 배우 이름이랑 같아?",
        "I live at 22 W 34th St, New York, NY 10001, is that near the Empire State Building?",
        "I'm suing William Hart next month, will Hart v. Jones help me?",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
