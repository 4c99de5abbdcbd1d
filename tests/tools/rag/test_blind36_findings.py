"""Rules found on the thirty-sixth blind set (a 산후조리원's guide, a university print page).

The examples are our own (a stationery shop, another 산후조리원's parking lines, a flyer
printer, a hospital ward, a copy shop), not that set's questions. Each test also shows the wrong
reading with its rule off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

import tools.rag.crosslingual_dense as crosslingual_dense
from tests.tools.rag.heldout_floor import assert_phrases_written_once
from tests.tools.rag.test_own_language_cover import _passage
from tools.rag import prices
from tools.rag.answer import extractive_answer
from tools.rag.code_figures import code_across_space
from tools.rag.crosslingual_dense import crosslingual_answer
from tools.rag.crosslingual_matches import CrossMatch
from tools.rag.figures import figures_by_unit
from tools.rag.labelled_lines import line_label, line_labelled_for_sibling
from tools.rag.models import Passage
from tools.rag.own_language_rare_terms import own_language_rare_term
from tools.rag.pence import PENCE
from tools.rag.prepositional_items import asked_item, prices_item_only_as_object
from tools.rag.priced_for_whom import asked_person as asked_person_priced
from tools.rag.priced_for_whom import prices_for_unnamed_person
from tools.rag.prices import states_price
from tools.rag.question import analyze_question
from tools.rag.row_case import row_heading_text
from tools.rag.sentence_match import SentenceMatch
from tools.rag.textutil import tokenize


def _answer(question: str, text: str, heading: str, document: str = "") -> str:
    passage = Passage(chunk_id="c1", source="doc.md", heading=heading, text=text)
    return extractive_answer(
        question,
        [passage],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_text=lambda _: document or text,
        max_sentences=1,
    ).text


# --- pence after the figure (pence) ----------------------------------------------------------

_STATIONERY = """Item | Price |

Envelope | 15p |

Gift wrap, per sheet | 60p |
"""


@pytest.mark.parametrize(
    "sentence", ["Envelopes are 15p each.", "Photocopies cost 8p a side.", "Gift wrap | 60p |"]
)
def test_pence_after_the_figure_is_a_price(sentence: str) -> None:
    assert states_price(sentence, "how much is it")
    # Without the pence alternative the money pattern reads no sum in it.
    assert re.search(prices.MONEY.replace(f"{PENCE}|", ""), sentence, re.IGNORECASE) is None


@pytest.mark.parametrize(
    "sentence", ["We close at 5pm on Fridays.", "Videos are streamed in 1080p.", "Room 5 p"]
)
def test_a_time_or_a_resolution_is_no_pence(sentence: str) -> None:
    assert not states_price(sentence, "how much is it")


def test_a_pence_row_answers_its_price_and_not_without_the_rule() -> None:
    question = "how much is an envelope?"
    assert "15p" in _answer(question, _STATIONERY, "Shop > Prices")
    switched_off = re.compile(prices.MONEY.replace(f"{PENCE}|", ""), re.IGNORECASE)
    with mock.patch.object(prices, "_MONEY", switched_off):
        assert "15p" not in _answer(question, _STATIONERY, "Shop > Prices")


# --- the asked thing only after a preposition (prepositional_items) --------------------------

_COPY_SHOP = "Printing from a memory card is free at the self-service desk."


def test_the_thing_a_how_much_question_prices() -> None:
    assert asked_item("how much is a memory card at the shop") == ["memory", "card"]
    assert asked_item("what's the price of a blank cd?") == ["blank", "cd"]
    assert asked_item("is printing free?") == []


def test_a_price_of_what_is_done_with_the_thing_is_not_its_price() -> None:
    question = "how much is a memory card at the shop"
    assert prices_item_only_as_object(question, _COPY_SHOP)
    assert not prices_item_only_as_object(question, "A memory card costs £6 at the till.")
    assert not prices_item_only_as_object(
        question, "Memory cards are £6; printing from a memory card is free."
    )
    # The item is the price's subject: "Lockers are 50p." answers "how much is a locker".
    assert not prices_item_only_as_object("how much is a locker", "Lockers are 50p.")
    answer = _answer(question, _COPY_SHOP, "Shop > Services")
    assert "free" not in answer
    with mock.patch("tools.rag.answer.prices_item_only_as_object", return_value=False):
        assert "free" in _answer(question, _COPY_SHOP, "Shop > Services")


# --- a rare word of the question's own language (own_language_rare_terms) --------------------

_WARD = "정형외과 병동은 매주 월요일과 목요일 오후에 회진합니다. 면회는 저녁에 됩니다"
_ENGLISH_HOURS = "Weekdays: 09:00-18:00. Saturday: 09:00-13:00"


_QUESTION = "정형외과 선생님 회진 무슨요일에 와요"


def test_a_rare_untranslated_word_named_with_the_asked_kind_of_answer() -> None:
    asked = analyze_question(_QUESTION)
    ward = [_passage(_WARD, "ko", "병동 안내")]
    # 정형외과 and 회진 are both rare and untranslated here; the sentence names them both.
    assert own_language_rare_term(ward, asked, (), _QUESTION, lambda t: 1) in ("정형외과", "회진")
    # A word many chunks hold says nothing of where the answer is; a store that cannot tell
    # leaves the rule off; a passage in the other language is the other path's to weigh.
    assert own_language_rare_term(ward, asked, (), _QUESTION, lambda t: 9) is None
    assert own_language_rare_term(ward, asked, (), _QUESTION, None) is None
    english = [_passage(_ENGLISH_HOURS, "en", "Opening hours")]
    assert own_language_rare_term(english, asked, (), _QUESTION, lambda t: 1) is None


class _Store:
    """What crosslingual_answer reads of a store."""

    dense = True
    embedder: Any = None

    def unknown_terms(
        self, question: str, collection: str = "c", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        return ["선생"] if terms is not None and "선생" in terms else []

    def document_frequency(self, term: str, collection: str = "c") -> int:
        return 1


def test_the_other_language_steps_aside_for_a_rare_own_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = _passage(_ENGLISH_HOURS, "en", "Opening hours")
    line = "Weekdays: 09:00-18:00"
    match = SentenceMatch(0, 0, len(line), line, 0.9)
    monkeypatch.setattr(
        crosslingual_dense, "_candidates", lambda *a: [CrossMatch(english, 3.0, 0.5)]
    )
    monkeypatch.setattr(crosslingual_dense, "match_sentences", lambda *a: [match])
    monkeypatch.setattr(crosslingual_dense, "translated_question", lambda *a: None)
    monkeypatch.setattr(crosslingual_dense, "own_language_sentence_covers", lambda *a: False)
    asked = analyze_question(_QUESTION)
    store: Any = _Store()
    searched = [_passage(_WARD, "ko", "병동 안내")]
    assert crosslingual_answer(store, _QUESTION, "c", asked, searched) is None
    # With the rule off the clinic's weekday hours are quoted for the ward rounds.
    monkeypatch.setattr(crosslingual_dense, "own_language_rare_term", lambda *a: None)
    quoted = crosslingual_answer(store, _QUESTION, "c", asked, searched)
    assert quoted is not None and "Weekdays" in quoted.text


# --- a line labelled with another campus (labelled_lines) ------------------------------------

_CARE_HOME = """# 다온 산후조리원 안내

| 지점 | 주소 | 객실 수 |
|---|---|---|
| 정자점 | 성남시 분당구 정자로 10 | 20실 |
| 광교점 | 수원시 영통구 광교로 20 | 12실 |

## 주차

- 정자점: 건물 지하 주차장에 입실 기간 동안 산모님 차량 1대를 무료로 등록해 드립니다. \
면회 오시는 분은 3시간까지 무료이고, 그 뒤로는 10분에 500원입니다.
- 광교점: 건물 주차장을 함께 쓰며, 산모님 차량 1대만 무료로 등록해 드립니다.
"""
_PARKING = _CARE_HOME.split("## 주차\n\n", 1)[1]


def test_the_label_of_a_line() -> None:
    assert line_label(_PARKING, _PARKING.index("면회 오시는")) == "정자점"
    assert line_label("Open daily. Closed on Sundays.", 7) is None


def test_a_sentence_in_another_branchs_line_does_not_answer() -> None:
    question = "광교점 면회객 주차 몇시간 무료에요?"
    sets = [frozenset({"정자점", "광교점"})]
    at = _PARKING.index("면회 오시는")
    assert line_labelled_for_sibling(question, _PARKING, at, sets)
    assert not line_labelled_for_sibling("정자점 면회객 주차 몇시간 무료에요?", _PARKING, at, sets)
    heading = "다온 산후조리원 안내 > 주차"
    assert "3시간" not in _answer(question, _PARKING, heading, _CARE_HOME)
    assert "3시간" in _answer("정자점 면회객 주차 몇시간 무료에요?", _PARKING, heading, _CARE_HOME)
    # Blind set 51's same-line reading (continues_on_same_line) declines it too: the 3 hours
    # go on in 정자점's bullet. Off with it, to show this one.
    with (
        mock.patch("tools.rag.answer.line_labelled_for_sibling", return_value=False),
        mock.patch("tools.rag.answer.continues_on_same_line", return_value=False),
    ):
        assert "3시간" in _answer(question, _PARKING, heading, _CARE_HOME)


# --- a table row's column headings (row_case) ------------------------------------------------

_FLYERS = """Flyers are printed on 130gsm gloss paper.

Paper | Single-sided | Double-sided (per sheet) |

A5 colour | 30p | 45p |
"""


def test_a_rows_column_headings_are_its_case() -> None:
    row = "A5 colour | 30p | 45p |"
    assert "Double-sided" in row_heading_text(row, _FLYERS)
    assert row_heading_text("Flyers are printed on 130gsm gloss paper.", _FLYERS) == ""


def test_a_row_under_the_asked_column_answers_across_languages() -> None:
    question = "컬러 양면 얼마예요?"
    heading = "Print shop > Printing prices"
    assert "45p" in _answer(question, _FLYERS, heading)
    with mock.patch("tools.rag.answer.row_heading_text", return_value=""):
        assert "45p" not in _answer(question, _FLYERS, heading)


# --- a code's digits (code_figures) ----------------------------------------------------------


def test_a_code_takes_no_unit_across_a_space() -> None:
    assert figures_by_unit("B5 노트 얼마에요?") == {}
    assert figures_by_unit("PT10회 얼마") == {"회": [(10.0, 10.0)]}
    assert figures_by_unit("3 개월권 얼마") == {"개월": [(3.0, 3.0)]}
    assert code_across_space("B5 노트", 1, 3)
    assert not code_across_space("PT10회", 2, 4)
    with mock.patch("tools.rag.figures.code_across_space", return_value=False):
        assert figures_by_unit("B5 노트 얼마에요?") == {"노": [(5.0, 5.0)]}


# --- the set itself --------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout36"


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=60, min_unanswerable=20)


# --- a price asked for a kind of person (priced_for_whom) ------------------------------------

_ZOO = """Prices are per visit.

Ticket | Weekday | Weekend |

Adult | £12.00 | £14.00 |

Child (3 to 15) | £7.00 | £8.50 |

- Zoo lockers cost 80p and the coin is not returned.
- Parking costs £3 for the day.
"""


def test_a_persons_price_is_not_another_things_price() -> None:
    assert asked_person_priced("zoo weekend price for a kid?") == ["kid"]
    assert asked_person_priced("price for a locker") == []
    locker = set(tokenize("Zoo lockers cost 80p and the coin is not returned."))
    assert prices_for_unnamed_person("zoo weekend price for a kid?", locker)
    # A kid is the child the row names (the English synonym line).
    assert not prices_for_unnamed_person(
        "zoo weekend price for a kid?", set(tokenize("Child (3 to 15) £7.00 £8.50"))
    )
    # No toddler's price is written: not the lockers' either.
    question = "zoo price for a toddler?"
    assert "80p" not in _answer(question, _ZOO, "Zoo > Prices")
    assert "£7.00" in _answer("zoo price for a kid?", _ZOO, "Zoo > Prices")
    with mock.patch("tools.rag.answer.prices_for_unnamed_person", return_value=False):
        assert "80p" in _answer(question, _ZOO, "Zoo > Prices")
