"""redteam23's detectors and public-text fixes, each on inputs of our own.

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone; the public-text fixes are checked with the fix
switched off too.
"""

from __future__ import annotations

import re

import pytest

import core.privacy.intro_names
import core.privacy.korean
import core.privacy.passing_names
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.birth_abbreviation import detect_birth_abbreviation
from core.privacy.cjk_script_names import detect_cjk_script_names
from core.privacy.employee_id_names import detect_employee_id_names
from core.privacy.invited_names_ko import detect_invited_names_ko
from core.privacy.task_recipient_names import detect_task_recipient_names
from core.privacy.vietnamese_names_ko import detect_vietnamese_names_ko
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_task_recipient_names,
        "a get-well card for Dervla Ní Bhriain please",
        "Dervla Ní Bhriain",
    ),
    (
        detect_task_recipient_names,
        "remind Oluwaseun Adeyemi-Okafor about the lease renewal",
        "Oluwaseun Adeyemi-Okafor",
    ),
    (
        detect_task_recipient_names,
        "reserve a room under the name of Hamid bin Rashid Al-Mansouri",
        "Hamid bin Rashid Al-Mansouri",
    ),
    (
        detect_task_recipient_names,
        "need a reference for Inés García de la Vega by Monday",
        "Inés García de la Vega",
    ),
    (
        detect_task_recipient_names,
        "invite Phạm Minh Tuấn and Lê Thị Hồng to the kickoff",
        "Lê Thị Hồng",
    ),
    (detect_task_recipient_names, "new hire joining ops next week: Zhou Yǔtóng", "Zhou Yǔtóng"),
    (detect_cjk_script_names, "陳美玲(천메이링) 대리님께 견적서 보내줘", "陳美玲"),
    (detect_cjk_script_names, "陳美玲(천메이링) 대리님께 견적서 보내줘", "천메이링"),
    (detect_cjk_script_names, "다나카 유이(田中結衣)에게 선물 보냈어", "田中結衣"),
    (detect_cjk_script_names, "李明 부장님 회의 참석 여부 확인해줘", "李明"),
    (detect_vietnamese_names_ko, "팜 티 흐엉 근로계약서 작성 도와줘", "팜 티 흐엉"),
    (detect_vietnamese_names_ko, "부이 꽝 하이 비자 연장 서류 알려줘", "부이 꽝 하이"),
    (detect_invited_names_ko, "주하은이랑 석민재 데리고 캠핑 가려고", "주하은"),
    (detect_invited_names_ko, "주하은이랑 석민재 데리고 캠핑 가려고", "석민재"),
    (detect_employee_id_names, "사번 K30218 변우주 연차 며칠 남았어?", "변우주"),
    (
        detect_employee_id_names,
        "staff no. 55102 (Ingrid Solheim-Varga) needs a locker",
        "Ingrid Solheim-Varga",
    ),
    (
        detect_birth_abbreviation,
        "Ottilie Brandwood-Sze, b. 03/09/1979, needs her passport renewed",
        "Ottilie Brandwood-Sze",
    ),
    (
        detect_birth_abbreviation,
        "Ottilie Brandwood-Sze, b. 03/09/1979, needs her passport renewed",
        "03/09/1979",
    ),
]


test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # A task for a holiday, a team, an organisation, a brand, a place, a section.
        "write a card for Mother's Day",
        "a note to Human Resources about my leave dates",
        "remind Google Calendar to sync every hour",
        "invite New York Times reporters to the launch",
        "a reference letter for Stanford University",
        "under Section 4 Paragraph 2 the deposit is refundable",
        "remind me to call the bank on Monday",
        "a farewell card for Grace",
        "a letter to Santa Claus from the kids",
        # Han characters with no person's word after them.
        "孔子가 논어에서 강조한 덕목은?",
        "孔子께서 말씀하신 인의 뜻이 뭐야?",
        "大韓民國 임시정부는 어디에 있었어?",
        # A Vietnamese family name with no middle name after it.
        "응우옌 왕조는 언제 세워졌어?",
        "레 미제라블 줄거리 알려줘",
        # Two words joined by 랑 without a verb of inviting, or not names.
        "우유랑 고기 사 와",
        "김치랑 두부 불러서 뭐해",
        # "b." with no whole date, a staff number with no name after it.
        "plan b. 2 options are on the table",
        "the composer, b. 1756 in Salzburg",
        "사번 K30218 로 로그인이 안 돼요",
    ]
)


# --- Public text that was wrongly held -------------------------------------------------------
def test_a_brand_with_a_team_is_no_colleague(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "ask Adobe from procurement about the renewal quote"
    assert classify(text) == "public"
    assert classify("ask Birgitta from procurement about the renewal quote") == "local_only"
    monkeypatch.setattr(core.privacy.passing_names, "is_brand", lambda word: False)
    assert classify(text) == "local_only"


def test_what_a_figure_did_for_a_field_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "what did Alexander Fleming change about medicine?"
    assert classify(text) == "public"
    # A document or the writer in the question: a colleague.
    assert classify("what did Alexander Fleming change in the rota file?") == "local_only"
    assert classify("what did Alexander Fleming change about our hospitals?") == "local_only"
    monkeypatch.setattr(
        core.privacy.intro_names, "asks_what_a_figure_did_for_a_field", lambda *a: False
    )
    assert classify(text) == "local_only"


def test_a_parcel_number_at_the_post_office_is_no_account() -> None:
    assert classify("우체국 등기번호 6104398820117 배송 조회 문의") == "public"
    assert classify("우체국 택배 6104398820117 언제 와요?") == "public"
    assert classify("우체국 계좌 6104398820117 로 입금해 주세요") == "local_only"


def test_a_parcel_number_needs_its_label(monkeypatch: pytest.MonkeyPatch) -> None:
    labels = core.privacy.korean._ACCOUNT_LABELS.pattern
    assert "등기|택배|소포|" in labels
    stripped = LazyPattern(labels.replace("등기|택배|소포|", ""), re.IGNORECASE)
    monkeypatch.setattr(core.privacy.korean, "_ACCOUNT_LABELS", stripped)
    assert classify("우체국 등기번호 6104398820117 배송 조회 문의") == "local_only"


# --- The national-id type -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Aadhaar no. 7410 2583 9614 for the KYC",
        "my social insurance number is 130-598-428",
        "my driving licence number is WOODS612058JW9QA",
    ],
)
def test_other_countries_ids_are_national_ids(text: str) -> None:
    assert [f.type for f in scan(text)] == ["national_id"]
