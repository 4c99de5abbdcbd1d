"""A group the question names must be named by the quoted line; names asked need a list.

Examples of our own (a library's lending rules, a leave policy, a clinic's pharmacies),
not the held-out sets' documents.
"""

from __future__ import annotations

from tools.rag.named_groups import gives_no_names, misses_named_group
from tools.rag.qualifiers import answers_another_question

LENDING = """도서관은 책을 2주 동안 빌려 드립니다.

| 구분 | 대출 권수 |
|---|---|
| 일반 회원 | 5권 |
| 학생 회원 | 7권 |
| 가족 회원 (보호자만) | 3권 |

대출 기간은 한 번 연장할 수 있습니다.
학생 회원은 방학 중에 10권까지 빌릴 수 있습니다.
연체하면 연체한 날만큼 대출이 정지됩니다."""

LEAVE = """출산 휴가는 아래와 같습니다.

| 대상 | 휴가 일수 |
|---|---|
| 본인 | 90일 |
| 배우자 (직원만) | 10일 |

출산 휴가는 출산한 날부터 30일 안에 써야 합니다."""

HOURS = """| 구분 | 평일 |
|---|---|
| 열람실 | 09:00–22:00 |
| 책 반납 창구 | 09:00–18:00 |

- 대출 문의 전화는 오전 10시부터 오후 5시까지 받습니다."""


def test_a_group_the_rows_tell_apart_must_be_named_by_the_sentence() -> None:
    asked = "학생도 책 빌릴 수 있어요? 몇 권이에요?"
    assert misses_named_group(asked, "도서관은 책을 2주 동안 빌려 드립니다.", LENDING)
    assert misses_named_group(asked, "대출 기간은 한 번 연장할 수 있습니다.", LENDING)
    assert not misses_named_group(
        asked, "학생 회원은 방학 중에 10권까지 빌릴 수 있습니다.", LENDING
    )
    # The rows themselves are the other rule's (row_names_other_item).
    assert not misses_named_group(asked, "| 일반 회원 | 5권 |", LENDING)
    # A question naming no group, or only a word every row holds, fixes no case.
    assert not misses_named_group(
        "대출 연장돼요?", "대출 기간은 한 번 연장할 수 있습니다.", LENDING
    )
    assert not misses_named_group(
        "회원은 연장돼요?", "대출 기간은 한 번 연장할 수 있습니다.", LENDING
    )
    # A passage without rows tells no groups apart.
    assert not misses_named_group(
        asked, "대출 기간은 한 번 연장할 수 있습니다.", "대출 기간은 2주입니다."
    )


def test_a_wife_or_husband_is_the_spouse_a_row_names() -> None:
    general = "출산 휴가는 출산한 날부터 30일 안에 써야 합니다."
    assert misses_named_group("와이프 출산하면 휴가 며칠 줘요?", general, LEAVE)
    assert misses_named_group("남편도 출산 휴가 받아요?", general, LEAVE)
    assert misses_named_group("My wife is giving birth, how many days off?", general, LEAVE)
    assert not misses_named_group("아내 출산 휴가", "배우자가 출산하면 10일을 쉽니다.", LEAVE)


def test_a_word_of_part_of_a_row_key_names_no_group() -> None:
    # 책 is one word of "책 반납 창구": the passage's topic, not a case the rows tell apart.
    line = "- 대출 문의 전화는 오전 10시부터 오후 5시까지 받습니다."
    assert not misses_named_group("책 대출 전화 몇 시부터 받아요?", line, HOURS)
    assert misses_named_group("책 반납 창구는 대출 전화도 받아요?", line, HOURS)
    # A sentence holding one word of the key names the group ("반납 시간" of "책 반납 창구").
    assert not misses_named_group("책 반납 창구 닫으면?", "반납은 무인함에 해 주세요.", HOURS)


def test_the_check_runs_among_what_another_question_is() -> None:
    asked = "학생도 책 빌릴 수 있어요?"
    sentence = "대출 기간은 한 번 연장할 수 있습니다."
    assert answers_another_question(asked, sentence, sentence, LENDING)
    row = "| 학생 회원 | 7권 |"
    assert not answers_another_question(asked, "학생 회원 7권", row, LENDING)


def test_names_asked_for_need_a_line_that_lists_them() -> None:
    asked = "협력 약국 두 곳 이름 알려 주세요"
    assert gives_no_names(asked, "처방전은 협력 약국 두 곳 가운데 한 곳에서 받을 수 있습니다.")
    assert gives_no_names(asked, "협력 약국이 아닌 곳에서는 할인이 없습니다.")
    assert not gives_no_names(asked, "협력 약국은 한빛약국, 서울약국, 바른약국입니다.")
    assert not gives_no_names(asked, "- 협력 약국: 한빛약국과 서울약국")
    assert not gives_no_names(asked, "협력 약국은 '한빛약국'입니다.")
    # A header row names no pharmacy; a thousands separator is no list.
    assert gives_no_names(asked, "| 구분 | 할인율 |")
    assert gives_no_names(asked, "협력 약국 두 곳에서는 약값 1,000원, 2,000원을 할인합니다.")
    assert gives_no_names("Name the two partner pharmacies", "Two partner pharmacies fill them.")
    assert not gives_no_names(
        "Which ones are the partner pharmacies?", "Partner pharmacies: Hanbit, Seoul and Barun."
    )
    # One name asked (not several) is left to the other checks.
    assert not gives_no_names("약국 이름이 뭐예요?", "협력 약국 두 곳 가운데 한 곳입니다.")
    assert not gives_no_names("담당자 한 명 이름만 알려 주세요", "담당자는 김한빛 약사입니다.")
    assert gives_no_names("약사 2명 이름 알려 주세요", "약사는 모두 2명입니다.")
