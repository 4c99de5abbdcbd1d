"""Rules found on issue 11's last wrong document answers (brief docwrong53).

The examples are our own (a swimming pool, a bike shop), not the workload's questions.
Each test also shows the answer with its rule off.
"""

from __future__ import annotations

from unittest import mock

from agents.documents_wording import question_as_documents_word_it
from tools.rag.answer import extractive_answer
from tools.rag.lead_times_53w import only_lead_time
from tools.rag.models import AnswerSentence, ExtractiveAnswer, Passage
from tools.rag.partial_rows_53w import without_partial_rows
from tools.rag.question import analyze_question
from tools.rag.same_language_quote_53w import in_question_language, same_statement
from tools.rag.weekday_clips_53w import with_weekday_names


def _passage(chunk_id: str, heading: str, text: str, source: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=source, heading=heading, text=text)


_POOL_EN = _passage(
    "en1",
    "Lockers",
    "Lockers cost 2,000 won per day. Towels are not provided; bring your own.",
    "pool_en.md",
)
_POOL_KO = _passage(
    "ko1",
    "사물함 안내",
    "사물함 이용료는 하루 2,000원입니다. 수건은 제공하지 않으니 직접 챙겨 오세요.",
    "pool_ko.md",
)


def _quoting(passage: Passage, sentence: str) -> ExtractiveAnswer:
    """An answer quoting one sentence of ``passage`` as either path builds it."""
    return ExtractiveAnswer(
        text=f"{sentence} [1]",
        sentences=(
            AnswerSentence(text=sentence, citation_id=1, chunk_id=passage.chunk_id, score=0.8),
        ),
        citations=(passage.citation(1),),
        confidence=0.8,
        covered=True,
        language="en",
    )


def _answered(question: str, answer: ExtractiveAnswer) -> ExtractiveAnswer:
    return in_question_language(
        None, question, analyze_question(question), answer, [_POOL_KO, _POOL_EN]
    )


def test_an_english_question_quotes_the_english_twin_of_a_korean_sentence() -> None:
    korean = _quoting(_POOL_KO, "사물함 이용료는 하루 2,000원입니다.")
    for question in ("how much is a locker per day", "what do the lockers cost a day?"):
        found = _answered(question, korean)
        assert found.text == "Lockers cost 2,000 won per day. [1]"
        assert [c.source for c in found.citations] == ["pool_en.md"]
        assert found.covered and found.language == "en"
    # With the rule off, the Korean sentence answers the English question.
    with mock.patch("tools.rag.same_language_quote_53w.same_statement", return_value=False):
        assert _answered("how much is a locker per day", korean).text.startswith("사물함")


def test_a_korean_question_quotes_the_korean_twin_of_an_english_sentence() -> None:
    english = _quoting(_POOL_EN, "Lockers cost 2,000 won per day.")
    found = _answered("사물함 하루에 얼마예요", english)
    assert found.text == "사물함 이용료는 하루 2,000원입니다. [1]"
    assert found.citations[0].source == "pool_ko.md"


def test_a_negated_rule_keeps_its_negation_in_the_twin() -> None:
    korean = _quoting(_POOL_KO, "수건은 제공하지 않으니 직접 챙겨 오세요.")
    found = _answered("do they give you towels", korean)
    assert found.text == "Towels are not provided; bring your own. [1]"


def test_no_twin_leaves_the_cross_lingual_quote() -> None:
    # Another figure, another polarity, or no asked word: not the same statement.
    asked = analyze_question("how much is a locker per day")
    question = "how much is a locker per day"
    ko = "사물함 이용료는 하루 2,000원입니다."
    assert same_statement(ko, "Lockers cost 2,000 won per day.", "", asked, question)
    assert not same_statement(ko, "Lockers cost 3,000 won per day.", "", asked, question)
    assert not same_statement(ko, "Lockers are not 2,000 won per day.", "", asked, question)
    assert not same_statement(ko, "Entry is 2,000 won per day.", "Prices", asked, question)
    only_korean = _passage("ko2", "주차", "주차는 2시간까지 무료입니다.", "pool_ko.md")
    answer = _quoting(only_korean, "주차는 2시간까지 무료입니다.")
    kept = in_question_language(
        None,
        "how long is parking free",
        analyze_question("how long is parking free"),
        answer,
        [only_korean, _POOL_EN],
    )
    assert kept == answer


def test_a_mixed_quote_drops_the_twin_it_already_holds() -> None:
    both = ExtractiveAnswer(
        text="Lockers cost 2,000 won per day. [1] 사물함 이용료는 하루 2,000원입니다. [2]",
        sentences=(
            AnswerSentence(
                text="Lockers cost 2,000 won per day.", citation_id=1, chunk_id="en1", score=0.9
            ),
            AnswerSentence(
                text="사물함 이용료는 하루 2,000원입니다.", citation_id=2, chunk_id="ko1", score=0.8
            ),
        ),
        citations=(_POOL_EN.citation(1), _POOL_KO.citation(2)),
        confidence=0.8,
        covered=True,
    )
    found = _answered("locker price per day?", both)
    assert found.text == "Lockers cost 2,000 won per day. [1]"
    assert [c.source for c in found.citations] == ["pool_en.md"]


# --- clipped weekday names (tools.rag.weekday_clips_53w) ---------------------------------


def test_a_clipped_weekday_is_written_out_where_a_day_stands() -> None:
    assert with_weekday_names("hours on sat?") == "hours on saturday?"
    assert with_weekday_names("r u open sun") == "r u open sunday"
    assert with_weekday_names("open from tues to sat?") == "open from tuesday to saturday?"
    assert with_weekday_names("thurs hours") == "thursday hours"
    assert with_weekday_names("is the gym busy mon-fri") == "is the gym busy monday-friday"


def test_sat_and_sun_as_words_stay() -> None:
    for text in (
        "I sat in the waiting room for an hour",
        "is the terrace in the sun",
        "how to sun dry",
    ):
        assert with_weekday_names(text) == text


def test_the_documents_wording_writes_the_day_out() -> None:
    class _Docs:
        def unknown_terms(self, text: str, collection: str, terms: object = None) -> list[str]:
            return []

    worded = question_as_documents_word_it(_Docs(), "hours on sat?", "default")
    assert "saturday" in worded
    with mock.patch("agents.documents_wording.with_weekday_names", side_effect=lambda t: t):
        assert "saturday" not in question_as_documents_word_it(_Docs(), "hours on sat?", "default")


# --- fillers and implied amounts (tools.rag.textutil, tools.rag.answer_types) --------------


def test_a_reflexive_only_stresses_and_is_no_topic() -> None:
    assert analyze_question("how long does the scan itself take").terms == ("scan",)
    assert "themselves" not in analyze_question("do the lessons themselves cost extra").terms
    assert "yourself" not in analyze_question("can you park the car yourself").terms


def test_an_allowance_asks_an_amount() -> None:
    assert analyze_question("meal allowance per day on a work trip?").answer_type == "amount"
    assert analyze_question("what's the daily book allowance").answer_type == "amount"
    assert analyze_question("is there a book allowance").answer_type is None
    trip = _passage(
        "t1",
        "Meals",
        "Staff on a work trip may claim up to 25,000 won per day for meals. Alcohol is never paid.",
        "trips.md",
    )
    question = "food allowance per day on a work trip?"
    found = extractive_answer(question, [trip], max_sentences=1)
    assert found.covered and "25,000 won" in found.text


# --- a row about another item sharing a word (tools.rag.partial_rows_53w) -----------------

_LESSONS = _passage(
    "l1",
    "Lessons",
    "| Lesson | Length |\n| --- | --- |\n| Swim check and warm-up | 10 minutes |\n"
    "| Swim lesson | 45 minutes |\n| Diving lesson | 60 minutes |",
    "pool_en.md",
)


def _rows_answer(*rows: str) -> ExtractiveAnswer:
    """An answer quoting rows of the lessons table, as the extractive path writes them."""
    return ExtractiveAnswer(
        text=" ".join(f"{r} [1]" for r in rows),
        sentences=tuple(
            AnswerSentence(text=r, citation_id=1, chunk_id="l1", score=0.5) for r in rows
        ),
        citations=(_LESSONS.citation(1),),
        confidence=0.6,
        covered=True,
    )


def test_a_row_naming_part_of_the_asked_item_comes_off() -> None:
    both = _rows_answer("Swim check and warm-up 10 minutes", "Swim lesson 45 minutes")
    for question in ("how long is a swim lesson", "swim lesson length?"):
        found = without_partial_rows(analyze_question(question), both, [_LESSONS])
        assert found.text == "Swim lesson 45 minutes [1]"
    # Rows naming the same asked words both stay ("lesson": swim and diving).
    lessons = _rows_answer("Swim lesson 45 minutes", "Diving lesson 60 minutes")
    asked = analyze_question("how long are the lessons")
    assert without_partial_rows(asked, lessons, [_LESSONS]) == lessons
    # With the rule off (no row read as labelled), the other item's row stays quoted.
    with mock.patch("tools.rag.partial_rows_53w.item_label", return_value=None):
        asked = analyze_question("how long is a swim lesson")
        assert without_partial_rows(asked, both, [_LESSONS]) == both


# --- a lead time is no length (tools.rag.lead_times_53w) ----------------------------------


def _one_sentence(text: str) -> ExtractiveAnswer:
    return ExtractiveAnswer(
        text=f"{text} [1]",
        sentences=(AnswerSentence(text=text, citation_id=1, chunk_id="x", score=0.9),),
        citations=(_POOL_EN.citation(1),),
        confidence=0.9,
        covered=True,
    )


def test_a_lead_time_does_not_answer_how_long_a_thing_lasts() -> None:
    lead = _one_sentence("Please come 15 minutes before your class starts to change.")
    for question in ("how long is one yoga class", "yoga class length how long?"):
        assert only_lead_time(question, analyze_question(question), lead)
    korean = _one_sentence("수업 시작 10분 전까지 와 주세요.")
    assert only_lead_time(
        "요가 수업 몇 분 해요?", analyze_question("요가 수업 몇 분 해요?"), korean
    )
    # A length, or a question asking the lead time itself, stays answered.
    length = _one_sentence("Each class lasts 60 minutes.")
    question = "how long is one yoga class"
    assert not only_lead_time(question, analyze_question(question), length)
    asked = analyze_question("how early should I come before class")
    assert not only_lead_time("how early should I come before class", asked, lead)
