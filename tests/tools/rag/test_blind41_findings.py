"""Rules found on the forty-first blind set (a Korean nail salon, an English karting track).

The examples are our own (a mint-green nail shop, a laundrette, a bowling alley, a pottery
class, a kids' cafe), not that set's questions. Each test also shows the wrong reading
the rule replaced where it can be read without the rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.docqa import load_devset, run_devset
from tests.tools.rag.heldout_floor import assert_phrases_written_once, heldout_store
from tests.tools.rag.test_blind36_findings import _answer
from tools.rag import DocumentStore
from tools.rag.dense_bridge import dense_translations
from tools.rag.payment_means import asks_payment_means, names_no_payment_means
from tools.rag.place_suffix import without_place_suffix
from tools.rag.prices import asks_price, states_price
from tools.rag.question import analyze_question, has_answer_type

# --- a bound noun after a numeral glued to another word (tools.rag.cut_words) ----------------


def test_a_bound_noun_after_a_cut_brand_name_is_the_noun_it_reads_alone() -> None:
    # Kiwi cuts "민트네일 주차" into 민트 + 네 + 일 (a numeral) + 주차 (a "week number").
    assert "주차" in analyze_question("민트네일 주차 되나요").terms


@pytest.mark.parametrize("question", ["1주차 수업 뭐해요?", "일 주차 과제 뭐에요"])
def test_a_counter_after_a_real_numeral_stays_a_counter(question: str) -> None:
    assert "주차" not in analyze_question(question).terms


# --- a bare 얼마 typed last asks a price (tools.rag.prices) -------------------------------------


@pytest.mark.parametrize("question", ["키즈카페 입장료 1인당 얼마", "양말 한켤레 얼마"])
def test_a_bare_olma_typed_last_asks_a_price(question: str) -> None:
    assert asks_price(question)


def test_a_height_does_not_answer_a_bare_olma() -> None:
    question = "키즈카페 보호자 1인당 얼마"
    assert analyze_question(question).answer_type == "amount"
    assert not has_answer_type(
        "Children must be at least 110 cm tall to ride.", "amount", question=question
    )
    assert has_answer_type("Adults pay £4.50 each.", "amount", question=question)


def test_olmana_is_still_not_a_price() -> None:
    assert not asks_price("건조기 얼마나 걸려")


# --- a sum taken off is no price (tools.rag.prices) -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("첫 방문 고객은 건조기 이용을 2,000원 할인해 드립니다.", "건조기 가격 알려주세요"),
        ("Members get £3 off every pottery class.", "how much is a pottery class"),
    ],
)
def test_a_sum_taken_off_does_not_price_the_thing(sentence: str, question: str) -> None:
    assert not states_price(sentence, question)


def test_a_sum_taken_off_answers_a_question_about_the_discount() -> None:
    sentence = "첫 방문 고객은 건조기 이용을 2,000원 할인해 드립니다."
    assert states_price(sentence, "첫방문 할인 얼마 돼요?")
    assert states_price("건조기 이용은 한 번에 4,000원입니다.", "건조기 가격 알려주세요")


def test_a_discount_line_is_not_quoted_for_a_price() -> None:
    text = "첫 방문 고객은 건조기 이용을 2,000원 할인해 드립니다. 세탁 세제는 무료입니다."
    assert "2,000원" not in _answer("건조기 가격 알려주세요", text, "빨래방 > 할인")


# --- paying cash is asked of a sentence about paying (tools.rag.payment_means) ----------------


def test_pay_cash_without_a_preposition_asks_a_means() -> None:
    assert asks_payment_means("can we pay cash at the bowling alley")


@pytest.mark.parametrize(
    ("sentence", "unanswered"),
    [
        ("Gift cards cannot be exchanged for cash.", True),
        ("Shoe hire is £2.", True),
        ("We accept cash and all major cards.", False),
        ("Cash payments are welcome at the front desk.", False),
        ("Cards only at the bar.", False),
        # Korean conjugates paying too freely for a word list: a Korean sentence naming
        # the means is read as before ("낼 수 있으며" says paying with no listed word).
        ("신용카드로도 낼 수 있으며 수수료는 없습니다.", False),
    ],
)
def test_cash_named_without_paying_does_not_answer(sentence: str, unanswered: bool) -> None:
    assert names_no_payment_means("can we pay in cash at the bowling alley", sentence) is unanswered


def test_a_cash_exchange_line_is_not_quoted_for_paying_cash() -> None:
    text = "Gift cards are valid for a year and cannot be exchanged for cash. Shoe hire is £2."
    assert "cash" not in _answer(
        "can we pay cash at the bowling alley", text, "Bowling > Gift cards"
    )


# --- the set itself ----------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout41"
# Measured with `python -m bench.docqa --json --devset bench/docqa_heldout41/questions.json
# --docs (its two documents)`: main b8a4aaa3 24 of 55 right, 6 wrong, 14 of 16 declined;
# with these rules 25 right (recall 0.45), 2 wrong, 16 of 16 declined. The two wrong answers
# left (a holiday line for the regular closing day; other discounts for a first-visit one,
# whose 처음 Kiwi reads as an adverb) are named below so that a new one fails the test.
_LEFT_WRONG = {"쉬는날 언제에요", "처음 가면 할인 있어요?"}
_RIGHT_FLOOR = 25


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=65, min_unanswerable=16)


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    store = heldout_store(_SET, embedded_samples, tmp_path_factory.mktemp("blind41"))
    yield store
    store.close()


def test_the_set_gives_no_new_wrong_answer_and_keeps_its_counts(store: DocumentStore) -> None:
    result = run_devset(store, load_devset(_SET / "questions.json"))
    wrong = {f["q"] for f in result["failures"] if f["outcome"] == "wrong"}
    assert wrong <= _LEFT_WRONG, result["failures"]
    assert result["declined_right"] == 16, result["failures"]
    assert result["right"] >= _RIGHT_FLOOR, result["failures"]


# --- a loanword with the place suffix 장 (tools.rag.place_suffix) -----------------------------

_PARK = """# Oakfield Leisure Park

## Parking

Parking at the leisure park is free for two hours.

## Activities

The skate rink and the golf simulator open at 10 am.
"""


@pytest.fixture(scope="module")
def park_store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("park")
    (folder / "leisure_park_en.md").write_text(_PARK, encoding="utf-8")
    store = heldout_store(folder, embedded_samples, tmp_path_factory.mktemp("blind41_park"))
    yield store
    store.close()


@pytest.mark.parametrize(("word", "stem"), [("볼링장", "볼링"), ("카트장", "카트")])
def test_the_place_suffix_leaves_the_loanword(word: str, stem: str) -> None:
    assert without_place_suffix(word) == stem


@pytest.mark.parametrize("word", ["시장", "공장", "장", "주차", "bowling장"])
def test_a_korean_word_ending_in_jang_is_no_loanword_place(word: str) -> None:
    assert without_place_suffix(word) is None


@pytest.mark.parametrize(("word", "english"), [("스케이트장", "skate"), ("골프장", "golf")])
def test_a_loanword_place_is_linked_to_the_english_word(
    park_store: DocumentStore, word: str, english: str
) -> None:
    links = dense_translations(park_store, f"{word} 주차 무료에요?", "devset")
    assert links.get(word) == frozenset({english})
