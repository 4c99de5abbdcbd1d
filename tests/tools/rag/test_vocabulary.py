"""Everyday vocabulary (tools/rag/vocabulary.tsv) and English word families link a
question's word to the document's other word for it; nothing else about the answer changes.

The documents are written here (a Korean building notice, an English school policy) and
run through the real store, Kiwi and the planner (lexical only, so no model is loaded).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.crosslingual import equivalents
from tools.rag.store import DocumentStore
from tools.rag.textutil import derivational_variants, english_tokens, tokenize
from tools.vocabulary import Section, word_lines

_NOTICE_KO = """# 한빛마을 관리 안내

## 방문 차량
방문 차량은 관리사무소에 등록하면 3시간까지 무료로 주차할 수 있습니다.

## 분리배출
재활용품은 매주 화요일 저녁에 동 앞 수거함에 내놓아 주세요.
"""

_SCHOOL_EN = """# Maple Language School policies

## Withdrawal
Students who withdraw before the first lesson receive a full refund of the tuition.

## Cafeteria
Recyclables from the cafeteria are collected every Thursday.
"""


@pytest.fixture(autouse=True, scope="module")
def _everyday_vocabulary_on() -> Iterator[None]:
    # The vocabulary ships switched off (see tools.rag.crosslingual); these tests are
    # about what it links when it is on.
    with crosslingual.everyday_vocabulary(True):
        yield


def _vocabulary_words(
    sections: tuple[Section, ...] = ("shared", "documents", "everyday"),
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    # The sections the documents' bridge reads (the FAQ's are checked with its own reader).
    return [(line.korean, line.english) for section in sections for line in word_lines(section)]


def test_every_korean_word_of_the_vocabulary_is_one_morpheme_as_kiwi_reads_it() -> None:
    # A word Kiwi splits ("재활용" -> 재 + 활용) would never meet a question's token.
    split = [
        word
        for korean, _ in _vocabulary_words()
        for word in korean
        # A noun before 문의, a verb stem before -면 or -야 해요 (내 of 돈 내야 해요).
        if word
        and all(word not in tokenize(t) for t in (f"{word} 문의", f"{word}면", f"{word}야 해요"))
    ]
    assert split == []


def test_every_korean_word_of_the_faq_groups_is_a_word_the_faq_reader_emits() -> None:
    from tools.faq_content_words import content_words

    unread = [
        word
        for korean, _ in _vocabulary_words(("faq",))
        for word in korean
        if not any(w.token == word for w in content_words(f"{word} 문의"))
        and not any(w.token == word for w in content_words(f"{word}면"))
    ]
    assert unread == []


def test_every_english_word_of_the_vocabulary_gives_an_index_token() -> None:
    # A stopword or a fragment under three letters would link to nothing.
    empty = [
        w for _, english in _vocabulary_words() for w in english if w and not english_tokens(w)
    ]
    assert empty == []
    assert all(korean or english for korean, english in _vocabulary_words())


def test_colloquial_and_written_korean_and_their_english_words_are_one_concept() -> None:
    assert "무료" in equivalents("공짜")
    assert "free" in equivalents("공짜")
    assert {"maintenance", "management"} <= equivalents("관리비")
    assert "자녀" in equivalents("애")
    # Lines are not chained: "fee" sits with 돈 and with 연체료, but 돈 is no penalty.
    assert "fee" in equivalents("돈") and "fee" in equivalents("연체료")
    assert "연체료" not in equivalents("돈")
    # An abbreviation and its word, a ceremony and what a policy calls it.
    assert english_tokens("kilometre")[0] in equivalents(english_tokens("km")[0])
    assert "결혼" in equivalents("결혼식")


def test_english_word_families_meet_despite_the_light_stemmer() -> None:
    moving, move = english_tokens("moving")[0], english_tokens("move")[0]
    assert moving != move and move in derivational_variants(moving)
    assert english_tokens("recycle")[0] in derivational_variants(english_tokens("recyclables")[0])
    assert "ill" in derivational_variants("illness")
    assert "refundable" in derivational_variants("refund")
    assert "month" in derivational_variants(english_tokens("monthly")[0])
    # A short real word is not taken for a stem that lost its e, nor a doubled consonant.
    assert "care" not in derivational_variants("car")
    assert "bille" not in derivational_variants("bill")
    assert derivational_variants("무료") == frozenset({"무료"})


def test_switching_word_lists_off_drops_the_vocabulary_but_not_word_families() -> None:
    with crosslingual.word_lists_off():
        assert "무료" not in equivalents("공짜")
        assert "복용" not in equivalents("먹")
        assert "move" in equivalents(english_tokens("moving")[0])
    assert "무료" in equivalents("공짜")
    assert "복용" in equivalents("먹")


def test_the_faq_view_has_the_shared_groups_but_not_the_everyday_vocabulary() -> None:
    # One bridge, one cache: the curated view is read from the same object.
    assert "복용" in crosslingual.curated_equivalents("먹")
    assert "insurance" in crosslingual.curated_equivalents("보험")
    assert "무료" in equivalents("공짜")
    assert "무료" not in crosslingual.curated_equivalents("공짜")


def test_a_documents_synonym_is_held_as_the_word_itself_not_an_everyday_link() -> None:
    # The same-case check (tools.rag.vocabulary_case) questions only everyday links; a
    # [documents] synonym read as one had made "병원 주차" decline for a 의원 sentence.
    assert "의원" in equivalents("병원")
    assert "의원" not in crosslingual.vocabulary_only_links("병원")
    assert "무료" in crosslingual.vocabulary_only_links("공짜")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    data = tmp_path_factory.mktemp("data")
    yield from small_store(
        data, "vocab", {"notice_ko.md": _NOTICE_KO, "school_en.md": _SCHOOL_EN}, folder=folder
    )


def test_a_colloquial_word_finds_the_documents_written_word(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "방문 차량은 몇 시간까지 공짜예요?", collection="vocab", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "3시간" in plan.answer


def test_an_english_word_family_finds_the_documents_other_form(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "When is recycling collected?", collection="vocab", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "Thursday" in plan.answer


def test_a_word_the_documents_never_use_under_any_name_is_still_declined(
    store: DocumentStore,
) -> None:
    plan = plan_document_step(
        store, "수영장은 몇 시까지 공짜로 쓸 수 있어요?", collection="vocab", pinned=False
    )
    # The free-parking rule shares 공짜 (무료) and a duration, not the pool.
    assert plan.kind != "extractive"
    assert "3시간" not in plan.answer


def test_every_korean_word_of_the_one_way_tables_is_one_morpheme_as_kiwi_reads_it() -> None:
    # [instruments] (운전: 차) and [acts] (내: 결제) link a question's token to others: a
    # word Kiwi splits, on either side, would never meet one.
    words = [
        word
        for section in ("instruments", "acts")
        for line in word_lines(section)
        for word in (*line.korean, *line.english)
        if not word.isascii()
    ]
    assert "운전" in words and "결제" in words
    split = [w for w in words if all(w not in tokenize(t) for t in (f"{w} 문의", f"{w}야 해요"))]
    assert split == []
