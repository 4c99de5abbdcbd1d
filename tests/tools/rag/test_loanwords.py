"""Korean loanwords matched to the English words they transcribe (tools.rag.loanwords).

The keys are pure functions; the bridge test uses a real store (the samples and a small
English beach-hut guide written for this test, e5 vectors): a loanword whose cosine to
its English word falls short of the translation bar is still linked through the shared
consonants, and a word that only shares consonants by chance is not.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.tools.rag.conftest import copy_of_samples
from tools.rag import DocumentStore, crosslingual
from tools.rag.dense_bridge import dense_translations
from tools.rag.loanwords import english_key, hangul_key, transcribes


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("텐트", "tent"),
        ("스노클", "snorkel"),
        ("로커", "locker"),
        ("해먹", "hammock"),  # doubled letters are one sound
        ("카누", "canoes"),  # written in the singular
        ("바비큐", "barbecue"),
    ],
)
def test_a_loanword_shares_the_consonants_of_its_english_word(korean: str, english: str) -> None:
    assert hangul_key(korean) == english_key(english.removesuffix("s"))
    assert transcribes(korean, english)


def test_repeats_merge_only_with_no_vowel_between() -> None:
    # 카약 writes both k of "kayak", one after a vowel; 올리브 writes the one l of "olive" twice.
    assert hangul_key("카약") == english_key("kayak") == "KK"
    assert hangul_key("올리브") == english_key("olive") == "LP"


def test_other_words_and_too_short_keys_do_not_match() -> None:
    assert not transcribes("해먹", "hamlet")  # h-m-k is not h-m-l-t
    assert not transcribes("와이프", "wife")  # one consonant names too many words
    assert hangul_key("tent") == ""  # not Hangul


_GUIDE = """# Seagull Cove Beach Huts

## Renting gear
Snorkel sets cost 6 dollars a day at the beach hut. A locker costs 2 dollars a day.

## Boats
The glass-bottom boat leaves from the dock at 10 am and returns at noon.
"""


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    guide = tmp_path_factory.mktemp("beach") / "beach_huts_en.md"
    guide.write_text(_GUIDE, encoding="utf-8")
    data_dir = tmp_path_factory.mktemp("loanwords")
    with closing(copy_of_samples(embedded_samples, data_dir, [guide.parent])) as opened:
        yield opened


def test_a_loanword_below_the_translation_bar_is_linked_by_its_consonants(
    store: DocumentStore,
) -> None:
    # 로커/locker and 스노클/snorkel sit at cosine 0.88-0.89, under the bar for a
    # translation (0.915); no word list knows either.
    assert crosslingual.equivalents("로커") == frozenset({"로커"})
    links = dense_translations(store, "로커 빌리면 하루에 얼마예요?", "devset")
    assert links.get("로커") == frozenset({"locker"})
    links = dense_translations(store, "스노클 빌리면 하루에 얼마예요?", "devset")
    assert links.get("스노클") == frozenset({"snorkel"})


def test_a_word_sharing_consonants_by_chance_is_not_linked(store: DocumentStore) -> None:
    # 도구 (tools) is t-k like "dock", but the dense model does not place them close
    # (0.84, under the loanword bar).
    links = dense_translations(store, "도구 빌리면 하루에 얼마예요?", "devset")
    assert "도구" not in links
