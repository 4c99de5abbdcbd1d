"""Rules found on the forty-third blind set (a Korean photo studio, an English ice rink).

The examples are our own (a car wash, a ski centre, a swimming pool, a bakery, a parcel
service, a museum), not that set's questions. Each integration test also runs with its rule
switched off and names the wrong answer the code gave without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tools.rag.answer as answer_module
import tools.rag.qualifiers as qualifiers_module
from tests.tools.rag.heldout_floor import (
    assert_phrases_written_once,
    heldout_set_test,
)
from tools.rag.answer import extractive_answer
from tools.rag.answer_types import answer_type
from tools.rag.email_asked_43d import asks_email_address, misses_email_address
from tools.rag.manner_clause_43d import manner_clause, states_manner_clause
from tools.rag.models import Passage
from tools.rag.qualifiers import row_names_other_item
from tools.rag.regular_rule_43d import condition_words
from tools.rag.row_label_match_43d import names_more_asked_words, words_naming_no_row


def _answer(
    question: str,
    text: str,
    heading: str = "Guide",
    frequency: Callable[[str], int] = lambda _: 3,
) -> str:
    passage = Passage(chunk_id="c1", source="doc.md", heading=heading, text=text)
    return extractive_answer(
        question,
        [passage],
        idf=lambda _: 1.0,
        frequency=frequency,
        document_text=lambda _: text,
        max_sentences=3,
    ).text


# --- a row label matching more of the question wins (tools.rag.row_label_match_43d) ----------

_CAR_WASH = """| 종류 | 가격 |
|---|---|
| 일반 세차 | 15,000원 |
| 실내 세차 | 20,000원 |
| 광택 코팅 | 60,000원 |
"""


def test_a_row_naming_more_asked_words_is_not_set_aside_by_a_shared_word() -> None:
    question = "광택코팅세차 얼마에요"
    # 세차 of the other rows does not outweigh 광택 코팅, which only this row names.
    assert not row_names_other_item(question, "| 광택 코팅 | 60,000원 |", _CAR_WASH)
    # ...while a row naming only the shared word is another item's.
    assert row_names_other_item(question, "| 실내 세차 | 20,000원 |", _CAR_WASH)


def test_the_label_comparison_counts_asked_words() -> None:
    question = "광택코팅세차 얼마에요"
    asked = {"광택", "코팅", "세차", "얼마"}
    assert names_more_asked_words(question, asked, "광택 코팅", "일반 세차", "세차")
    assert not names_more_asked_words(question, asked, "실내 세차", "광택 코팅", "광택")
    # An equal match is no better: the other row still sets this one aside.
    assert not names_more_asked_words(
        "수영 헬스", {"수영", "헬스"}, "수영 1개월", "헬스 1개월", "헬스"
    )
    # A shared word standing alone names another row ("발" asked, the row "손 기본 케어").
    asked = {"발", "기본", "케어"}
    assert not names_more_asked_words("발 기본 케어 가격", asked, "손 기본 케어", "발 각질", "발")


_SKI = """| Pass | Price |
|---|---|
| Junior | £12 |
| Adult | £20 |
| Night skiing at the centre | £15 |
"""


def test_the_place_asked_about_names_no_row(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "how much is a junior pass at the ski centre"
    assert {"ski", "centre"} <= words_naming_no_row(question)
    assert not row_names_other_item(question, "| Junior | £12 |", _SKI)
    # Without the rule "centre" names the night-skiing row and the junior row is passed over.
    monkeypatch.setattr(qualifiers_module, "words_naming_no_row", lambda _: set())
    assert row_names_other_item(question, "| Junior | £12 |", _SKI)


def test_a_rink_is_a_place_a_question_names() -> None:
    assert "rink" in words_naming_no_row("adult price at the roller rink")


# --- an e-mail address asked for (tools.rag.email_asked_43d) ----------------------------------

_CONTACTS = """- Phone: 020 7946 0000
- Email: visits@harbour-museum.example
- Address: 3 Quay Street, Harbourton
"""


@pytest.mark.parametrize(
    "question",
    ["whats the museum email address", "what is your e-mail?", "박물관 이메일 주소 알려주세요"],
)
def test_an_email_address_is_asked(question: str) -> None:
    assert asks_email_address(question)
    assert misses_email_address(question, "Address: 3 Quay Street, Harbourton")
    assert not misses_email_address(question, "Email: visits@harbour-museum.example")


def test_using_email_is_not_asking_for_the_address() -> None:
    assert not asks_email_address("can i cancel by email?")
    assert not misses_email_address("can i cancel by email?", "You can cancel by phone or email.")


def test_an_email_address_question_asks_for_no_place() -> None:
    assert answer_type("whats the museum email address") is None
    assert answer_type("whats the museum address") == "place"


def test_an_email_address_is_answered_by_the_email_line(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "whats the museum email address"
    assert "visits@harbour-museum.example" in _answer(question, _CONTACTS, "Museum > Contact")
    # Without the rule: the postal "Address:" line answered.
    monkeypatch.setattr(answer_module, "misses_email_address", lambda *_: False)
    monkeypatch.setattr(qualifiers_module, "words_naming_no_row", lambda _: set())
    monkeypatch.setattr("tools.rag.answer_types.asks_email_address", lambda _: False)
    assert "visits@" not in _answer(question, _CONTACTS, "Museum > Contact")


# --- a table row named by its column heading (tools.rag.row_columns_43d) ----------------------

_MUSEUM_PRICES = """| Ticket | Price |
|---|---|
| Adult | £9.00 |
| Child (5 to 15) | £4.00 |

Booster seats for young children cost £1.50 a visit.
"""


def _without_kid(term: str) -> int:
    # The asker's "kid": a word the museum's page never writes (it says "Child").
    return 0 if term == "kid" else 3


def test_a_row_is_priced_under_its_column_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "what's the ticket price for my kid"
    assert "£4.00" in _answer(question, _MUSEUM_PRICES, "Museum > Prices", _without_kid)
    # Without the rule the row names no "ticket", is passed over, and the question is declined.
    monkeypatch.setattr(answer_module, "row_column_tokens", lambda *_: set())
    assert "£4.00" not in _answer(question, _MUSEUM_PRICES, "Museum > Prices", _without_kid)


# --- a "-고" clause is the manner asked (tools.rag.manner_clause_43d) -------------------------


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("수영장 모자 쓰고 들어가도 돼요?", ("모자", "쓰")),
        ("장갑 끼고 타도 되나요?", ("장갑", "끼")),
        ("신발 벗고 들어가야 하나요", ("신발", "벗")),
        ("주차하고 싶어요", None),
    ],
)
def test_the_manner_clause_is_read(question: str, clause: tuple[str, str] | None) -> None:
    assert manner_clause(question) == clause


def test_a_rule_on_the_manner_states_it() -> None:
    question = "수영장 모자 쓰고 들어가도 돼요?"
    assert states_manner_clause(question, {"일반", "모자", "쓰"})
    assert not states_manner_clause(question, {"모자", "벗"})


_POOL = (
    "수영장에는 샤워를 하고 들어가야 합니다. 일반 모자는 쓸 수 없고, 수영모만 쓸 수 있습니다. "
    "음식은 매점에서만 드실 수 있습니다."
)


def test_a_rule_on_wearing_answers_whether_one_may_go_in_wearing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "수영장 모자 쓰고 들어가도 돼요?"
    assert "일반 모자는 쓸 수 없고" in _answer(question, _POOL, "수영장 > 이용 규칙")
    # Without the rule the act screen wanted 들어가 and the showering rule answered.
    monkeypatch.setattr(answer_module, "states_manner_clause", lambda *_: False)
    assert "일반 모자는 쓸 수 없고" not in _answer(question, _POOL, "수영장 > 이용 규칙")


# --- a rule quoted with its exception (tools.rag.regular_rule_43d) ---------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("일요일이 명절 연휴와 겹치면 문을 열고, 다음 날 쉽니다.", ["일요일", "명절", "연휴"]),
        ("If Sunday is a bank holiday, we open at 10:00.", ["sunday", "bank", "holiday"]),
        ("휴무: 매주 일요일", []),
    ],
)
def test_the_condition_of_a_sentence_is_read(sentence: str, words: list[str]) -> None:
    assert condition_words(sentence) == words


_BAKERY = """- 평일: 08:00–21:00

- 휴무: 매주 일요일

- 일요일이 명절 연휴와 겹치면 문을 열고, 다음 날 쉽니다.
"""


def test_an_exception_is_quoted_with_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "빵집 일요일에 문 열어요?"
    assert "매주 일요일" in _answer(question, _BAKERY, "빵집 > 영업 시간")
    # Without the rule only the holiday exception answered: it reads as "open on Sundays".
    monkeypatch.setattr(answer_module, "with_regular_rule", lambda _q, chosen, _s: list(chosen))
    assert "매주 일요일" not in _answer(question, _BAKERY, "빵집 > 영업 시간")


# --- a bare consequence quoted with its condition (tools.rag.condition_before_43d) -----------

_PARCELS = "택배가 파손된 채로 도착하면 3일 안에 사진을 보내 주세요. 무료로 다시 보내 드립니다.\n"


def test_a_consequence_is_quoted_with_the_condition_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "택배 파손돼서 왔어요 다시 보내주나요"
    assert "3일 안에 사진" in _answer(question, _PARCELS, "쇼핑몰 > 배송 안내")
    # Without the rule only "무료로 다시 보내 드립니다." answered, its condition left out.
    monkeypatch.setattr(
        answer_module, "with_condition_before", lambda _q, chosen, _b, _l: list(chosen)
    )
    assert "3일 안에 사진" not in _answer(question, _PARCELS, "쇼핑몰 > 배송 안내")


# --- the set itself -------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout43"
# First blind run (main 0d55c93a): 27 of 61 right, 11 wrong, 12 of 12 declined. With these
# rules 35 right, 3 wrong; the second batch (31 more, first run with the rules in) 16 of 27
# right, 0 wrong, 4 of 4 declined: 51 right and 16 declined in all. The wrong answers left
# are named so that a new one fails the test:
# "do students get a discount" names no organisation and the photo studio's Korean line
# answers, and "film my kid" is read as a permission for the kid (tools.rag.stage_permissions).
# ("how long is one skating session" is declined since docwrong53: tools.rag.lead_times_53w.)
_LEFT_WRONG = frozenset(
    {
        "do students get a discount",
        "can i film my kid skating",
    }
)


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=100, min_unanswerable=16)


test_the_set_gives_no_new_wrong_answer_and_keeps_its_counts = heldout_set_test(
    "docqa_heldout43", left_wrong=_LEFT_WRONG, declined_right=16, right_floor=51
)
