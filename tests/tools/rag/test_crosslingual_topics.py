"""Which topics an other-language sentence names, with its headings (crosslingual_dense)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.rag import crosslingual
from tools.rag.known_topics import names_an_unheld_translated_topic, names_every_known_topic
from tools.rag.question import analyze_question

_RETAKE = (
    "If you disagree with your level, you may retake the test once, "
    "but not earlier than 6 months after the first attempt."
)
_FAST = "Do not eat or drink anything except water for 8 hours before the blood test."


@pytest.fixture
def everyday_vocabulary() -> Iterator[None]:
    # The vocabulary ships switched off (see tools.rag.crosslingual).
    with crosslingual.everyday_vocabulary(True):
        yield


def test_a_document_title_lends_a_sentence_its_subject() -> None:
    asked = analyze_question("건강검진 전에 물은 마셔도 되나요?")
    heading = "Health Check-ups > Before your check-up"
    assert names_every_known_topic(asked, set(), _FAST, heading)


@pytest.mark.usefixtures("everyday_vocabulary")
def test_a_document_title_listing_its_topics_does_not_name_them_for_every_sentence() -> None:
    asked = analyze_question("처음 등록할 때 보는 레벨 테스트 돈 내야 돼요?")
    heading = "Maple Bridge Language School: Enrolment, Fees and Refund Rules > Placement test"
    assert not names_every_known_topic(asked, set(), _RETAKE, heading)
    # The same sentence under a section that names the fee would name it.
    assert names_every_known_topic(asked, set(), _RETAKE, "Enrolment and test fees")


@pytest.mark.usefixtures("everyday_vocabulary")
def test_a_one_syllable_word_the_vocabulary_knows_is_a_topic() -> None:
    # 돈 is a word of its own (money, fee), not a fragment Kiwi cut from a longer one.
    asked = analyze_question("처음 등록할 때 보는 레벨 테스트 돈 내야 돼요?")
    assert not names_every_known_topic(asked, set(), _RETAKE, "Enrolment > Placement test")


def test_only_a_real_translation_makes_an_unheld_yes_no_topic_decline() -> None:
    # "zorbin" has derivational forms (zorbinment) like every English word, but no
    # translation: the document may write it the other language's way, so the sentence
    # gates decide. Once the lists translate it, no document holding it means a decline.
    asked = analyze_question("Do you bake zorbin cakes?")
    assert len(crosslingual.equivalents("zorbin")) > 1
    assert not names_an_unheld_translated_topic(asked, {"zorbin"})
    with crosslingual.learned_links({"zorbin": frozenset({"조르빈"})}):
        assert names_an_unheld_translated_topic(asked, {"zorbin"})
    # A typed question keeps the dense bridge.
    typed = analyze_question("How much do zorbin cakes cost?")
    with crosslingual.learned_links({"zorbin": frozenset({"조르빈"})}):
        assert not names_an_unheld_translated_topic(typed, {"zorbin"})


def test_translations_leave_out_word_forms_and_same_language_synonyms() -> None:
    with crosslingual.learned_links({"zorbin": frozenset({"조르빈", "glimmet"})}):
        assert crosslingual.translations("zorbin") == frozenset({"조르빈"})
    assert crosslingual.translations("zorbin") == frozenset()
