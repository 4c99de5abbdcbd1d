"""A Korean question translated word by word through the word lists (issue 11 part 3).

The translation is a second dense query: it finds the English passage in that language's
own terms, and its sentence pick may stand in for a cross-language similarity that
falls just short (:func:`tools.rag.crosslingual_dense._translation_agrees`).
"""

from __future__ import annotations

from tools.rag import crosslingual
from tools.rag.crosslingual_dense import _translation_agrees
from tools.rag.dense import E5Embedder
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.sentence_match import match_sentences
from tools.rag.translated_query import drops_a_held_word, translated_question

# A made-up bike shop's rules: one sentence per fact.
_SHOP = (
    "Bicycles can be rented at the counter for $12 per day, lock included. "
    "The shop is closed on public holidays. "
    "Repairs usually take two working days."
)


class _Store:
    embedder = E5Embedder()


def _passage(text: str) -> Passage:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + 1
        spans.append((start, min(end, len(text)), ()))
        start = end + 1
    return Passage(chunk_id="c1", source="bike_shop_en.md", text=text, sentences=tuple(spans))


def test_a_korean_question_is_translated_into_the_listed_english_words() -> None:
    translation = translated_question("실손보험 청구에 필요한 서류는?", "en")
    assert translation is not None
    # Surface words as the lists write them, not index stems ("insuranc").
    assert "insurance" in translation.split()
    assert "claim" in translation.split()


def test_no_translation_without_the_word_lists() -> None:
    with crosslingual.word_lists_off():
        assert translated_question("실손보험 청구에 필요한 서류는?", "en") is None


def test_words_already_in_the_target_language_are_no_translation() -> None:
    assert translated_question("Where is the parking lot?", "en") is None


def test_the_translation_picking_the_same_sentence_stands_in_for_the_cross_language_bar() -> None:
    question = "자전거 하루 빌리면 요금이 얼마예요?"
    translation = translated_question(question, "en")
    assert translation is not None and "bicycle" in translation.split()
    passage = _passage(_SHOP)
    asked = analyze_question(question)
    ranked = match_sentences(question, [passage], _Store.embedder)
    best = next(m for m in ranked if "$12" in m.text)
    store = _Store()
    assert _translation_agrees(store, translation, passage, asked, best, 0.0)  # type: ignore[arg-type]
    # Switched off (no translation), nothing stands in for the bar.
    assert not _translation_agrees(store, None, passage, asked, best, 0.0)  # type: ignore[arg-type]
    # A translation that picks another sentence does not vouch for this one.
    other = next(m for m in ranked if "holidays" in m.text)
    assert not _translation_agrees(store, translation, passage, asked, other, 0.0)  # type: ignore[arg-type]


def test_a_held_word_the_translation_drops_withdraws_it() -> None:
    # 펫 is in no word list: "펫보험 서류" translates to the insurance words alone, and a
    # passage found by those is about people's insurance. Held by a document (a pet hotel),
    # the dropped word withdraws the translation; held nowhere, it is left to other checks.
    topics = ["펫", "보험", "서류"]
    assert drops_a_held_word(topics, lambda words: set())
    assert not drops_a_held_word(topics, lambda words: set(words))
    # Every topic translated: nothing dropped.
    assert not drops_a_held_word(["보험", "서류"], lambda words: set())
