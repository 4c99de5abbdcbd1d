"""redteam22's detectors, each on inputs of our own (positives and negatives).

Every positive here fails with its rule taken out of the scanner's lists (checked with
``_without``); the negatives pin the words each rule must leave alone.
"""

from __future__ import annotations

import pytest

from core.privacy import scan
from core.privacy.card_label_names import detect_card_label_names
from core.privacy.foreign_national_ids import detect_foreign_national_ids
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.mail_id_labels import detect_mail_id_label
from core.privacy.us_mail_addresses import detect_us_mail_address
from tests.core.privacy.scanner_switch import Positive, form_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_kinship_names, "할머니 오말순 여사님 팔순 잔치 문구 부탁해", "오말순"),
    (detect_kinship_names, "외삼촌 도재광이 다음 달에 귀국해요", "도재광"),
    (detect_kinship_names, "조카 하람이한테 줄 선물 추천해줘", "하람"),
    (detect_kinship_names, "막내 서아가 열이 나요", "서아"),
    (detect_kinship_names, "a birthday poem for Grandpa Alfie please", "Alfie"),
    (detect_kinship_names, "Auntie Marguerite is visiting on Sunday", "Marguerite"),
    (detect_kinship_names, "our son, Rafferty Quill, starts school soon", "Rafferty Quill"),
    (detect_card_label_names, "롤링페이퍼: To. 나은이에게 / 졸업 축하해", "나은"),
    (detect_card_label_names, "카드 끝에 From. 윤다경 이라고 썼어", "윤다경"),
    (detect_card_label_names, "To. 선생님 / 감사했어요 / From. 태오가", "태오"),
    (detect_foreign_national_ids, "Aadhaar no. 7410 2583 9614 for the KYC", "7410 2583 9614"),
    (detect_foreign_national_ids, "my social insurance number is 130-598-428", "130-598-428"),
    (detect_us_mail_address, "mail it to PO Box 2218 please", "PO Box 2218"),
    (detect_us_mail_address, "we moved to Boise, ID 83702 last month", "Boise, ID 83702"),
    (detect_mail_id_label, "지메일 쓰고요 아이디는 yun.hae_21 이에요", "yun.hae_21"),
    (detect_mail_id_label, "my hotmail id is bramble_7, send it there", "bramble_7"),
]


test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


@pytest.mark.parametrize(
    "text",
    [
        # Relatives followed by words, not names.
        "동생 수학을 봐줘야 해요",
        "엄마 오늘은 늦게 와요",
        "아빠 이번에 차 바꿨어",
        "동생 친구가 놀러 왔어",
        "할머니 기일이 다가와요",
        "엄마 생신 선물 추천해줘",
        # A personification and a brand; a relation before a weekday.
        "why is Uncle Sam used on army posters?",
        "my dad, Sunday mornings are for football",
        # A card to a relation or a role.
        "To. 엄마 / 사랑해요 / From. 아들",
        "To. 선생님께 / From. 이모",
        # Numbers with no label, or a label with a bad check digit.
        "CJ 운송장 5683 2219 0476 조회가 안 돼요",
        "Aadhaar 7410 2583 9615 is what the form shows",
        "the SIN function of 0.5 radians",
        # A rifle and a road name; a ZIP alone.
        "the AK 47 was designed in 1947",
        "which zip code is 83702?",
        # An id with no mail service; a company called in passing.
        "게임 아이디는 mino_77 예요",
        "id: admin2 at the naver office",
    ],
)
def test_words_the_rules_leave_alone(text: str) -> None:
    assert scan(text) == [], scan(text)
