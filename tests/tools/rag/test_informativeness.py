"""Everyday Korean words against specific ones, by Kiwi's language model (no word list)."""

from __future__ import annotations

import pytest

from tools.rag.informativeness import is_everyday_word, language_model_score


@pytest.mark.parametrize("word", ["일주일", "물어보", "엄마", "가족"])
def test_everyday_words_of_a_question_are_recognised(word: str) -> None:
    assert is_everyday_word(word)


@pytest.mark.parametrize("word", ["독감", "코로나", "치과", "검진", "렌터카", "형제"])
def test_specific_nouns_are_informative(word: str) -> None:
    assert not is_everyday_word(word)


def test_a_common_word_scores_above_a_rare_one_and_english_has_no_score() -> None:
    common, rare = language_model_score("엄마"), language_model_score("항생제")
    assert common is not None and rare is not None and common > rare
    assert language_model_score("year") is None
    assert not is_everyday_word("year")


def test_kiwi_tokenize_is_safe_from_many_threads() -> None:
    # The shared Kiwi is called under one lock; many threads at once get the same
    # morphemes as one call alone.
    from concurrent.futures import ThreadPoolExecutor

    from tools.rag.textutil import kiwi_tokenize

    text = "혈액 검사 결과는 며칠 걸려요?"
    alone = [(t.form, t.tag) for t in kiwi_tokenize(text)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(pool.map(lambda _: [(t.form, t.tag) for t in kiwi_tokenize(text)], range(32)))
    assert ("검사", "NNG") in alone
    assert all(run == alone for run in runs)
