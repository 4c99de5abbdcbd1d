"""Rules found on the thirty-second blind set (a shared kitchen's guide, a vet's fees page).

The examples are our own (a swimming club, a dog groomer, a bakery, a pharmacy, a bike
shop), not that set's questions. Each test also shows the wrong answer with its rule off.
"""

from __future__ import annotations

from unittest import mock

from tests.tools.rag.test_money_pattern import sign_and_one_digit
from tools.rag.answer import extractive_answer
from tools.rag.conditional_groups import named_only_as_condition
from tools.rag.models import Passage
from tools.rag.named_groups import misses_named_group
from tools.rag.other_script_names import misses_other_script_name, other_script_names
from tools.rag.price_periods import misses_asked_period


def _passage(heading: str, text: str, source: str = "guide.md") -> Passage:
    return Passage(chunk_id=f"{source}:{heading[:8]}", source=source, heading=heading, text=text)


def _answer(question: str, passages: list[Passage], **kwargs: object) -> str:
    found = extractive_answer(question, passages, max_sentences=1, **kwargs)  # type: ignore[arg-type]
    return found.text if found.covered else ""


# --- a sum with pence after its currency sign (tools.rag.prices.MONEY) ----------------------

_PLANS = "Membership costs £24.50 a month for adults and £12.50 a month for children."


def test_a_sum_with_pence_is_read_whole_before_its_period() -> None:
    question = "swim club price for children per month?"
    assert not misses_asked_period(question, _PLANS)
    assert not misses_asked_period(question, "Juniors can join for £8 a month.")
    assert misses_asked_period(question, "A towel costs £2.50.")
    # Rule off: "£24.50" read as "£2" leaves "a month" too far from any sum.
    with mock.patch("tools.rag.prices._MONEY", sign_and_one_digit()):
        assert misses_asked_period(question, _PLANS)


# --- a row's group named only as the condition (tools.rag.conditional_groups) ---------------

_GROOMING = """Grooming prices

| Service | Small dog | Large dog |
|---|---|---|
| Bath and dry | £30 | £45 |
| Haircut | £48 | £70 |

Nail trimming is free with any full groom; on its own it costs £8."""
_NAILS = "Nail trimming is free with any full groom; on its own it costs £8."


def test_a_group_named_in_an_if_clause_is_the_condition() -> None:
    question = "do i pay for nail trimming if he gets a haircut"
    assert named_only_as_condition(question, {"haircut"}, _NAILS)
    # The thing asked about is the haircut itself: the row decides.
    assert not named_only_as_condition("how much is a haircut for a big dog", {"haircut"}, _NAILS)
    # Nothing of the main clause in the sentence: no reason to let it answer.
    assert not named_only_as_condition(
        "do i pay for a bandana if he gets a haircut", {"haircut"}, _NAILS
    )
    # Korean "-면" clauses name the asked group ("와이프 출산하면"): left alone.
    assert not named_only_as_condition("커트하면 발톱 정리 무료예요?", {"커트"}, _NAILS)


def test_the_sentence_about_the_asked_thing_is_not_screened_for_the_row() -> None:
    question = "do i pay for nail trimming if he gets a haircut"
    assert not misses_named_group(question, _NAILS, _GROOMING)
    # Rule off: the haircut row's group screens the only sentence about nail trimming.
    with mock.patch("tools.rag.named_groups.named_only_as_condition", return_value=False):
        assert misses_named_group(question, _NAILS, _GROOMING)


# --- a name written in the other script (tools.rag.other_script_names) ----------------------


def test_the_names_a_question_writes_in_the_other_script() -> None:
    assert other_script_names("is 해오름빵집 open on sundays") == ["해오름빵집"]
    assert other_script_names("is 해오름빵집은 open on sundays") == ["해오름빵집"]
    assert other_script_names("riverside 일요일에 열어요?") == ["riverside"]
    # Terms the word lists translate, units glued to figures and single letters: no names.
    assert other_script_names("wifi 비번 뭐에요") == []
    assert other_script_names("엔진오일 500ml 얼마") == []
    assert other_script_names("합주실 C룸 시간당 얼마예요") == []
    assert other_script_names("is the bakery open on sundays") == []
    assert other_script_names("빵집 일요일에 열어요?") == []


_BIKE_SHOP = _passage(
    "Opening hours",
    "Saturday: 9 am to 5 pm. Sunday: 10 am to 4 pm.",
    "bike_shop_en.md",
)
_PHARMACY = _passage(
    "운영 시간", "평일 09:00~19:00, 토요일 09:00~13:00. 일요일은 쉽니다.", "pharmacy.md"
)
_DOCUMENTS = {
    "bike_shop_en.md": "spoke & chain cycles opening hours saturday: 9 am to 5 pm.",
    "pharmacy.md": "바른약국 운영 시간 평일 09:00~19:00 일요일은 쉽니다.",
}


def _mentions(passage: Passage, word: str) -> bool:
    return word.casefold() in _DOCUMENTS[passage.source]


def test_a_name_no_document_of_the_passage_writes_is_another_place() -> None:
    assert misses_other_script_name("is 해오름빵집 open on sundays", lambda w: False)
    assert not misses_other_script_name("is 해오름빵집 open on sundays", lambda w: True)
    assert not misses_other_script_name("is the bakery open on sundays", lambda w: False)


def test_another_places_hours_do_not_answer_a_named_place() -> None:
    question = "is 해오름빵집 open on sundays"
    assert not _answer(question, [_BIKE_SHOP], document_mentions=_mentions)
    # Korean question naming the bike shop in Latin letters: only its own hours answer.
    named = _answer(
        "spoke & chain 일요일에 열어요?", [_PHARMACY, _BIKE_SHOP], document_mentions=_mentions
    )
    assert not named.startswith("평일") and "일요일은 쉽니다" not in named
    # Rule off: the bike shop's Sunday hours answer for the bakery.
    with mock.patch("tools.rag.answer_reading.misses_other_script_name", return_value=False):
        assert _answer(question, [_BIKE_SHOP], document_mentions=_mentions)


_RETURNS = """| Reason for return | Who pays |
|---|---|
| Faulty item | We send a free label |
| Change of mind | You pay the postage |

Returns sent without our label must be tracked."""


def test_a_condition_the_table_is_about_still_decides() -> None:
    # The table's rows are the cases of returning: the change-of-mind row answers.
    question = "do i pay return postage if i changed my mind"
    line = "Returns sent without our label must be tracked."
    assert not named_only_as_condition(question, {"chang", "mind"}, line, _RETURNS)
    assert misses_named_group(question, line, _RETURNS)
