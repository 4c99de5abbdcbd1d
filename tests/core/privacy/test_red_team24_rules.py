"""redteam24's detectors, each on inputs of our own.

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone.
"""

from __future__ import annotations

import pytest

import core.privacy.names
from core.privacy import classify
from core.privacy.booking_surnames import detect_booking_surnames
from core.privacy.casual_passports import detect_casual_passport
from core.privacy.file_name_names import detect_file_name_names
from core.privacy.in_law_relation_names import detect_in_law_relation_names
from core.privacy.minutes_names import detect_minutes_names
from core.privacy.profile_url_names import detect_profile_url_handles
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from core.privacy.student_id_names import detect_student_id_names
from core.privacy.surname_initial_names import detect_surname_initial_names
from core.privacy.symbol_split_phones import detect_symbol_split_phone
from core.privacy.team_member_names import detect_team_member_names
from core.privacy.uk_mobile_numbers import detect_uk_mobile
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_symbol_split_phone,
        "나눔 신청은 010 ★ 2274 ★ 9031 로 문자 주세요",
        "010 ★ 2274 ★ 9031",
    ),
    (detect_symbol_split_phone, "문의 010♡5519♡2086", "010♡5519♡2086"),
    (detect_role_label_names_ko, "예약자 국하윤, 토요일 6시 2명 맞나요?", "국하윤"),
    (detect_role_label_names_ko, "2026. 11. 30. 진정인 마서결 (인)", "마서결"),
    (detect_role_label_names_ko, "회비는 총무 변지호 계좌로 보내 주세요", "변지호"),
    (
        detect_minutes_names,
        "주간 회의록\n- 나래: 견적 비교\n- 편승우 선임: 일정 공유",
        "나래",
    ),
    (
        detect_minutes_names,
        # 대리, not 선임: since round 40 a name before 선임 is read by letter_names_more too.
        "주간 회의록\n- 나래: 견적 비교\n- 편승우 대리: 일정 공유",
        "편승우",
    ),
    (
        detect_minutes_names,
        "action items from today\n- Winifred: order the banners\n- Caspian Holt: call the venue",
        "Winifred",
    ),
    (
        detect_minutes_names,
        "action items from today\n- Winifred: order the banners\n- Caspian Holt: call the venue",
        "Caspian Holt",
    ),
    (
        detect_surname_initial_names,
        "please nudge Threadgill, M. and Okoye-Lund, A.J. about the rota",
        "Okoye-Lund, A.J.",
    ),
    (detect_file_name_names, "can I send Resume_Ottoline_Fairweather.pdf as is?", "Fairweather"),
    (detect_file_name_names, "자기소개서_남궁다은_최종.hwp 파일명 괜찮아?", "남궁다은"),
    (
        detect_profile_url_handles,
        "add https://linkedin.com/in/perpetua-oduya-7c21 to my email footer",
        "perpetua-oduya-7c21",
    ),
    (detect_booking_surnames, "our table is booked under Vandermeer for eight", "Vandermeer"),
    (
        detect_in_law_relation_names,
        "my sister-in-law Ottavia Brisbois-Nunn is staying over the weekend",
        "Ottavia Brisbois-Nunn",
    ),
    (detect_in_law_relation_names, "our step-dad Anselmo fixed the boiler", "Anselmo"),
    (detect_team_member_names, "후배 여지율 입사 1주년 축하 문구 써줘", "여지율"),
    (
        detect_team_member_names,
        "Tamsin Achebe-Roy on my team asked for Friday off",
        "Tamsin Achebe-Roy",
    ),
    (detect_casual_passport, "여권번호 r73019254 맞는지 확인해 주세요", "r73019254"),
    (detect_casual_passport, "pp no. KD5530172 for the booking", "KD5530172"),
    (detect_uk_mobile, "ring me on 07824 615 093 after lunch", "07824 615 093"),
    (detect_uk_mobile, "mobile is O7824 6l5 O93 for the courier", "O7824 6l5 O93"),
    (detect_student_id_names, "학번 2019203311 은하준 휴학 신청서 써줘", "은하준"),
    (
        detect_student_id_names,
        "student no. 20458812 Perpetua Vane-Oduya missed the exam",
        "Perpetua Vane-Oduya",
    ),
]


test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # Symbols between numbers that are no phone.
        "평점 4 ★ 5 받았어요",
        "2 ★ 3 = 5 맞아?",
        # A role before a noun, not a name.
        "예약자 수가 늘었어요",
        "참석자 명단 정리해줘",
        "총무 업무 인수인계 문서 써줘",
        "대표이사 (인) 자리에 도장 찍어요",
        # Lists whose lines open with a field, a step, a product or a chore.
        "회의 안내\n- 장소: 본관 3층\n- 일시: 12월 3일\n- 안건: 예산",
        "agenda\n- Venue: Hall B\n- Date: Friday\n- Budget: 3,000",
        "steps:\n1. Install: run pip install\n2. Configure: edit the file",
        "- Python: install it first\n- Docker: start the daemon",
        "Tasks:\n- Marketing: send the newsletter\n- Legal: review the contract",
        "todo\n- 빨래: 오늘\n- 청소: 내일",
        "진료 시간\n- 평일: 10:00–20:00\n- 토요일: 10:00–15:00\n- 일요일: 휴진",
        "설치 불가\n- 정수기: 콘센트가 없는 곳\n- 정수기: 수압이 낮은 곳",
        # Places and legal forms with initials.
        "is the Smithsonian in Washington, D.C. free?",
        "Acme Holdings, L.P. filed its annual report",
        # File names of no personal paper, a brand in a contract's name.
        "why won't Q3_Revenue_Report.xlsx open?",
        "rename contract_Google_Signed.pdf for the archive",
        # A company page, a repository.
        "follow https://www.linkedin.com/company/acme-robotics for updates",
        "clone https://github.com/psf/black and run it",
        # "under" a section, a state, an amount.
        "a table under Section 4 lists the fees",
        "the room is under Construction until May",
        "book a table for under 50 dollars a head",
        # A plain relation (the passing-names rule's), none at all.
        "my brother-in-law is coming over",
        # A team word before no name; a team on a team; a fee after a passport word.
        "팀원 교육 일정 짜줘",
        "동료 평가 양식 만들어줘",
        "Everyone on my team is off on Friday",
        "여권 발급 수수료 53000원 맞아?",
        "app no AB1234567 crashed",
        # Eleven digits with no phone word, Korea's 070 lines, a student number alone.
        "order 07824615093 was shipped",
        "학번 2019203311 로 로그인이 안 돼요",
    ]
)


# --- Public text that was wrongly held -------------------------------------------------------
def test_a_titled_brand_before_a_product_is_no_person(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "do Mr. Muscle spray and Dr. Brown's bottles come in travel sizes?"
    assert classify(text) == "public"
    # A titled name that does something a person does stays a person.
    assert classify("Dr. Brownlow called about my results") == "local_only"
    monkeypatch.setattr(core.privacy.names, "names_a_product", lambda text, end: False)
    assert classify(text) == "local_only"
