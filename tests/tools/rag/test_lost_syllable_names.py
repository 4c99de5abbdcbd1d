"""A short name Kiwi loses a syllable of is read whole when the collection holds it (blind set 14).

Found on the fourteenth held-out set: Kiwi reads the first syllable of a clinic's name
as a determiner (한 "one") and drops it, so the question asked about a one-syllable
leftover and a company rule answered for the clinic. The examples here are our own
(한결의원, 배송비), not that set's questions.
"""

from __future__ import annotations

from tools.rag.question import analyze_question
from tools.rag.segmentation import rejoin_known_words
from tools.rag.textutil import tokenize

CLINIC_WORDS = frozenset({"한결", "가정", "의원", "주말", "진료"})


def test_a_two_syllable_name_that_lost_a_syllable_is_kept_whole() -> None:
    question = "한결의원 주말에 열어요?"
    # Kiwi: 한 (MM, no index token) + 결 + 의원: the name the collection holds is gone.
    assert "한결" not in tokenize(question)
    rejoined = rejoin_known_words(question, tokenize(question), CLINIC_WORDS.__contains__)
    assert rejoined[0] == "한결"
    assert "결" not in rejoined


def test_the_question_then_asks_about_the_name() -> None:
    asked = analyze_question("한결의원 주말에 열어요?", known=CLINIC_WORDS.__contains__)
    assert "한결" in asked.terms


def test_a_short_word_cut_whole_into_pieces_is_left_as_kiwi_read_it() -> None:
    # 배 + 송 spell 배송 with nothing lost: the three-syllable rule alone decides such cuts.
    pieces = ["배", "송", "비"]
    assert rejoin_known_words("배송비 얼마예요?", pieces, {"배송"}.__contains__) == pieces


def test_nothing_is_rejoined_without_the_collection_s_words() -> None:
    question = "한결의원 주말에 열어요?"
    assert rejoin_known_words(question, tokenize(question), None) == tokenize(question)
