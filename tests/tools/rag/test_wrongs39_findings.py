"""Rules found on issue 11's last wrong document answers (brief wrongs39).

The examples are our own (a kayak rental, a climbing gym), not the sets' questions. Each
test also shows the wrong answer with its rule off.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.introduced_things import (
    asked_thing,
    introduced_first,
    introduces,
    with_introduction,
)
from tools.rag.models import Passage
from tools.rag.plural_nouns import leading_plural, plural_unnamed
from tools.rag.textutil import tokenize


def _passage(heading: str, text: str, source: str = "shop.md") -> Passage:
    return Passage(chunk_id=heading[:8], source=source, heading=heading, text=text)


def _answer(question: str, passages: list[Passage]) -> str:
    found = extractive_answer(question, passages, max_sentences=1)
    return found.text if found.covered else ""


# --- the sentence introducing the asked thing (tools.rag.introduced_things) ---------------

_KAYAKS = _passage(
    "Boat rental",
    "Boats are rented by the hour from the boathouse. "
    "Every rental needs a safety deposit of 30,000 won, paid by card. "
    "Damaged kayaks are charged at the repair cost, taken from the deposit first.",
)


def test_the_asked_thing_is_the_head_noun_after_is_there() -> None:
    assert asked_thing("is there a deposit on rental kayaks") == "deposit"
    assert asked_thing("Is there a senior discount?") == "discount"
    assert asked_thing("are there any lockers for bags") == "lockers"
    assert asked_thing("how much is the deposit") == ""
    assert introduces("It needs a safety deposit of 30,000 won.", "deposit")
    assert introduces("There are no lockers.", "lockers")
    assert introduces("Members get a 10% discount.", "discount")
    assert not introduces("Taken from the deposit first.", "deposit")


def test_is_there_a_thing_is_answered_by_the_sentence_that_introduces_it() -> None:
    question = "is there a deposit on rental kayaks"
    assert "safety deposit of 30,000 won" in _answer(question, [_KAYAKS])
    with mock.patch("tools.rag.answer.introduced_first", side_effect=lambda q, s: list(s)):
        assert "taken from the deposit first" in _answer(question, [_KAYAKS])


def test_only_a_sentence_of_the_best_passage_is_moved_first() -> None:
    scored = [
        (1.0, 1.0, 0, 2, "Lost paddles are taken from the deposit first."),
        (0.5, 1.0, 1, 0, "The gym takes a deposit of 5,000 won for shoes."),
    ]
    assert introduced_first("is there a deposit on kayaks", scored) == scored
    moved = [*scored, (0.4, 1.0, 0, 0, "Each rental needs a deposit of 30,000 won.")]
    assert introduced_first("is there a deposit on kayaks", moved)[0] == moved[2]
    assert introduced_first("how much is the deposit", moved) == moved


def test_a_rule_is_quoted_with_the_sentence_that_introduced_its_subject() -> None:
    passages = [
        _passage(
            "Who may use a pass",
            "The member may name one guest on the pass. Guests may climb on the bouldering "
            "wall but may not use the lead wall or share the pass. Children under 12 must "
            "stay with an adult at all times.",
        ),
        _passage(
            "Passes",
            "A ten-visit pass costs 150,000 won and is valid for a year. Lost passes are "
            "replaced for 5,000 won.",
        ),
    ]
    question = "can my friend use my climbing pass too"
    found = extractive_answer(question, passages).text
    assert "The member may name one guest on the pass." in found
    with mock.patch("tools.rag.answer.with_introduction", side_effect=lambda c, b, s, m: list(c)):
        alone = extractive_answer(question, passages).text
    assert "Guests may climb" in alone and "name one guest" not in alone


def test_the_introduction_takes_the_place_of_another_passages_sentence() -> None:
    best = (1.2, 1.0, 0, 2, "Guests may climb but may not share the pass.")
    other = (1.0, 1.0, 1, 4, "Lost passes are replaced for 5,000 won.")
    intro = (0.9, 1.0, 0, 0, "The member may name up to two guests on the pass.")
    unrelated = (0.8, 1.0, 0, 1, "Opening hours are posted at the desk.")
    chosen = [best, (1.1, 1.0, 0, 3, "Children must stay with an adult."), other]
    scored = [*chosen, intro, unrelated]
    assert with_introduction(chosen, best, scored, 3) == [*chosen[:2], intro]
    # Room left: added; nothing introduces the subject: unchanged.
    assert with_introduction(chosen[:1], best, scored, 3) == [best, intro]
    assert with_introduction(chosen, best, [*chosen, unrelated], 3) == chosen
    # A subject the sentence before only refers back to is no introduction.
    refers = (0.9, 1.0, 0, 0, "The guests sign in at the desk.")
    assert with_introduction(chosen, best, [*chosen, refers], 3) == chosen


# --- a plural leading noun (tools.rag.plural_nouns) ----------------------------------------

_OFFICE = _passage(
    "사무실 안내", "점심시간: 12:00–13:00 (점심시간에는 전화를 받지 않습니다)", "office.md"
)
# Another document names children (어린이), so the collection holds the kids' words.
_SHELF = _passage("약 보관", "약은 서늘한 곳에 보관하고, 어린이 손이 닿지 않게 두세요.", "drugs.md")
_KINDERGARTEN = _passage("하루 일과", "아이들 점심시간은 12시 10분부터입니다.", "kinder.md")


def _answer_with_documents(question: str, passages: list[Passage]) -> str:
    def frequency(token: str) -> int:
        return sum(token in tokenize(p.text) for p in passages)

    def mentions(passage: Passage, word: str) -> bool:
        return word in passage.text

    found = extractive_answer(question, passages, frequency=frequency, document_mentions=mentions)
    return found.text if found.covered else ""


def test_a_plural_leading_noun_is_read() -> None:
    assert leading_plural("애들 점심 몇 시에 먹어요?") == "애"
    assert leading_plural("유통기한 지난 약들 어떻게 버려요?") == ""  # 약 is not the first noun
    assert leading_plural("아이 점심 몇 시에 먹어요?") == ""  # no plural
    assert leading_plural("what time do the kids eat lunch") == ""
    assert plural_unnamed("애들 점심 몇 시예요?", lambda word: False)
    assert not plural_unnamed("애들 점심 몇 시예요?", lambda word: word == "아이")


def test_a_document_naming_children_by_age_names_them() -> None:
    # "만 13세 미만은 보호자와 함께 입장해야 합니다" is the pool's rule for kids.
    pool = "만 13세 미만은 보호자와 함께 입장해야 합니다."
    assert not plural_unnamed("애들도 수영장 이용할 수 있나요?", lambda word: word in pool)
    assert plural_unnamed("애들도 수영장 이용할 수 있나요?", lambda word: word in "수영모 착용")


def test_a_document_never_naming_the_plural_does_not_answer_for_it() -> None:
    question = "애들 점심시간 몇 시예요?"
    assert _answer_with_documents(question, [_SHELF, _OFFICE]) == ""
    with mock.patch("tools.rag.answer_reading.plural_unnamed", return_value=False):
        assert "12:00–13:00" in _answer_with_documents(question, [_SHELF, _OFFICE])
    assert "12시 10분" in _answer_with_documents(question, [_SHELF, _KINDERGARTEN])
