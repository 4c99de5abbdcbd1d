"""Document threads whose follow-up adds a condition (doccond58, sets 45/47/49).

- one English threshold reader: condition_figure_en_56t.threshold_covers was merged into
  graphs.condition_cover_56c.meets_threshold (its units and comparisons kept);
- amounts in words ("1.2 million won", "백이십만원", "620k won") are figures for the
  condition screen (condition_cover_56c.money_in_digits, read by condition_head);
- an amount asked "anything special? / does that apply?" after a cited answer is read
  against the cited section's threshold, with the comparison worked (amount_threshold_58c);
- a count in words before its unit ("two hundred km") for an earlier answer's rate
  (tools.followup_answer_rate via calculator_spoken_amounts_en.spoken_counts_as_digits);
- time past the free part of a quoted parking tariff ("30분 더", "30 more minutes"),
  "2 and a half hours", "what do i owe" (tools.followup_quoted_tariff_54f).

The variants below are worded unlike the case files (other verbs, word order, figures in
words, both languages); each rule has near-miss negatives and a switch-off check.
"""

from __future__ import annotations

from typing import Any

import pytest

import graphs.condition_follow_up_55w as screen
import graphs.thread_document_query as thread_query
import tools.followup_answer_rate as answer_rate
import tools.followup_quoted_tariff_54f as tariff_module
from agents.documents import DocPlan
from graphs.amount_threshold_58c import amount_asked, threshold_of_amount
from graphs.condition_cover_56c import Figure, meets_threshold, money_in_digits
from graphs.condition_follow_up_55w import condition_head, states_condition
from tests.tools.rag.conftest import follow_up_plan

_CLAIMS = (
    "Submit every claim within 30 days of returning from the trip, with the original receipts "
    "attached. Claims are paid with the next monthly salary. Claims above 500,000 won need the "
    "approval of a department head."
)
_HOTELS = (
    "Hotel stays are reimbursed up to 120,000 won per night in Seoul and 90,000 won per night "
    "elsewhere."
)


def _plan(text: str, quote: str, locator: str = "§Submitting a claim") -> DocPlan:
    citation = {"id": 1, "source": "expense_policy_en.md", "locator": locator, "text": text}
    return DocPlan(kind="extractive", answer=f"{quote} [1]", citations=[citation])


# --- one threshold reader ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "met"),
    [
        # threshold_covers' forms, now meets_threshold's.
        ("Refunds are paid up to 120,000 won a night.", Figure("90000", "won", "down"), True),
        ("Refunds are paid up to 120,000 won a night.", Figure("150000", "won", "down"), False),
        ("Fees in excess of 200 dollars need a receipt.", Figure("250", "dollars", "up"), True),
        ("Trips over 2.5 km are paid.", Figure("3", "km", "up"), True),
        ("Stays of more than 3 nights need approval.", Figure("4", "nights", "up"), True),
        # A unit of another kind is never a threshold of this one.
        ("Claims above 500,000 won need approval.", Figure("600", "dollars", "up"), False),
    ],
)
def test_the_one_threshold_reader_takes_the_merged_forms(
    sentence: str, figure: Figure, met: bool
) -> None:
    assert meets_threshold(sentence, figure) is met


def test_threshold_covers_is_gone() -> None:
    import graphs.condition_figure_en_56t as figure_en

    assert not hasattr(figure_en, "threshold_covers")


# --- amounts in words are figures -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("mine is 1.2 million won", "mine is 1200000 won"),
        ("청구액이 백이십만원이면요?", "청구액이 1200000원이면요?"),
        ("what if it's 620k won", "what if it's 620000 won"),
        ("62만 원 쓰면요", "620000 원 쓰면요"),
        ("a 2.5 million won bill", "a 2500000 won bill"),
        # Counts of other things stay as they are.
        ("삼일 쉬면요?", "삼일 쉬면요?"),
        ("three hundred people", "three hundred people"),
    ],
)
def test_money_in_digits(text: str, digits: str) -> None:
    assert money_in_digits(text) == digits


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if my claim is 1.2 million won",
        "what if the claim totals 1.5 million won?",
        "and if it's 1.2 million won?",
        "what if the bill is 2 million won",
        "and if mine is 1.2 million won?",
    ],
)
def test_an_amount_in_words_is_stated_by_the_threshold(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_line = "Parking is reimbursed at 2,000 won a day with a receipt."

    def stated(sentence: str) -> bool:
        head = condition_head(follow_up)
        return head is not None and states_condition(sentence, head, ["when are claims paid"])

    assert stated(_CLAIMS)
    # A sentence naming won but drawing no line does not state the amount's condition.
    assert not stated(no_line)
    # Switched off, "million won" is misread (the word "won", which any sum states) or
    # not read at all (declined).
    monkeypatch.setattr(screen, "money_in_digits", lambda text: text)
    assert stated(no_line) or not stated(_CLAIMS)


# --- an amount asked against the cited section's threshold --------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "value"),
    [
        ("mine is 1.2 million won, does that apply to me", 1200000),
        ("my claim is 620,000 won, anything special?", 620000),
        ("so it came to like 750k won, does the rule apply?", 750000),
        ("what about 2 million won?", 2000000),
        ("the total was 480,000 won, anything different?", 480000),
        ("청구액이 백이십만원이면요?", 1200000),
        ("제 거는 62만원인데 뭐 따로 있어요?", 620000),
        ("80만 원이면 해당돼요?", 800000),
    ],
)
def test_an_amount_asked_whether_a_rule_applies(follow_up: str, value: int) -> None:
    asked = amount_asked(follow_up)
    assert asked is not None and asked.value == value


@pytest.mark.parametrize(
    "follow_up",
    [
        "my claim is 620,000 won, how do i submit it?",  # asks something of its own
        "my claim is 620,000 won and the hotel was 90,000 won, ok?",  # two amounts
        "mine is 1.2 million, does that apply?",  # no unit: of what is not said
        "62만원 환불은 언제 들어와요?",  # asks when, not whether a rule applies
    ],
)
def test_an_amount_with_a_question_of_its_own_is_not_read(follow_up: str) -> None:
    assert amount_asked(follow_up) is None


def test_the_threshold_sentence_is_quoted_with_the_comparison() -> None:
    previous = _plan(_CLAIMS, "Claims are paid with the next monthly salary.")
    found = threshold_of_amount("mine is 1.2 million won, does that apply to me", previous)
    assert found is not None and found.kind == "extractive"
    assert "Claims above 500,000 won need the approval of a department head." in found.answer
    assert "1,200,000 won is above 500,000 won" in found.answer
    assert found.citations[0]["source"] == "expense_policy_en.md"
    below = threshold_of_amount("my claim is 300,000 won, anything special?", previous)
    assert below is not None and "300,000 won is not above 500,000 won" in below.answer
    ko = threshold_of_amount("청구액이 오십만원이면요?", previous)
    assert ko is not None and "500,000 won is not above 500,000 won" in ko.answer


@pytest.mark.parametrize(
    ("follow_up", "previous"),
    [
        # Two sums in the section's sentence (Seoul and elsewhere): which one is not read.
        ("my hotel was 100,000 won, does that apply?", _plan(_HOTELS, _HOTELS, "§Hotels")),
        # A threshold on another unit (won) for dollars: nothing stated.
        ("mine is 900 dollars, anything special?", _plan(_CLAIMS, "Claims are paid.")),
        # No threshold in the section: the documents do not state the condition.
        (
            "mine is 1.2 million won, does that apply?",
            _plan("Meals are paid up to 30,000 won per day.", "Meals are paid.", "§Meals"),
        ),
    ],
)
def test_no_single_threshold_on_the_unit_declines(follow_up: str, previous: DocPlan) -> None:
    assert threshold_of_amount(follow_up, previous) is None


def test_the_thread_hook_and_its_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    previous_question = "when does the expense money actually show up"
    previous = _plan(_CLAIMS, "Claims are paid with the next monthly salary.")
    follow_up = "so mine's 1.2 million won, does that apply?"
    found = follow_up_plan(follow_up, previous_question, previous)
    assert found is not None and "department head" in found.answer
    monkeypatch.setattr(thread_query, "threshold_of_amount", lambda *_a: None)
    assert follow_up_plan(follow_up, previous_question, previous) is None


# --- a count in words at an earlier answer's rate -----------------------------------------------

_MILEAGE = ["Using your own car is reimbursed at 300 won per kilometre. [1]"]


@pytest.mark.parametrize(
    ("follow_up", "total"),
    [
        ("i drove two hundred km, how much is that", "60,000 won"),
        ("and for a hundred and twenty km?", "36,000 won"),
        ("what about ninety km", "27,000 won"),
        ("how much for three hundred and fifty kilometres", "105,000 won"),
        ("so if i did forty-five km how much", "13,500 won"),
    ],
)
def test_a_count_in_words_at_the_quoted_rate(
    follow_up: str, total: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = answer_rate.count_of_answer_rate(follow_up, _MILEAGE)
    assert found is not None and found.result.answer.startswith(total)
    monkeypatch.setattr(answer_rate, "spoken_counts_as_digits", lambda text: text)
    assert answer_rate.count_of_answer_rate(follow_up, _MILEAGE) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "i drove two hundred km, when do i get paid",  # asks when, not how much
        "two hundred km and 5,000 won of tolls, how much",  # states money of its own
    ],
)
def test_a_count_in_words_with_another_question_is_not_read(follow_up: str) -> None:
    assert answer_rate.count_of_answer_rate(follow_up, _MILEAGE) is None


# --- time past the free part of a quoted tariff ------------------------------------------------

_TARIFF_KO = ["1시간이 지나면 10분마다 500원의 요금이 붙습니다. [1]"]
_TARIFF_EN = ["After the first hour, parking costs 500 won for every 10 minutes. [1]"]


@pytest.mark.parametrize(
    ("follow_up", "answers", "total"),
    [
        ("30분 더 있으면 얼마 나와요", _TARIFF_KO, "1,500원"),
        ("20분 더 세우면 얼마예요?", _TARIFF_KO, "1,000원"),
        ("추가로 40분이면 얼마 내요", _TARIFF_KO, "2,000원"),
        ("i stayed 30 more minutes, how much", _TARIFF_EN, "1,500 won"),
        ("what if i stay half an hour longer, how much", _TARIFF_EN, "1,500 won"),
        ("an extra 50 minutes, how much is it?", _TARIFF_EN, "2,500 won"),
    ],
)
def test_time_past_the_free_part(
    follow_up: str, answers: list[str], total: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = tariff_module.charge_at_quoted_tariff(follow_up, answers)
    assert found is not None and found.result.answer.startswith(total)
    never: Any = type("Never", (), {"search": staticmethod(lambda _text: None)})()
    monkeypatch.setattr(tariff_module, "_PAST_THE_FREE", never)
    off = tariff_module.charge_at_quoted_tariff(follow_up, answers)
    assert off is None or not off.result.answer.startswith(total)


@pytest.mark.parametrize(
    ("follow_up", "total"),
    [
        ("i was parked 2 and a half hours, what do i owe", "4,500 won"),
        ("two hours, what do i owe?", "3,000 won"),
        ("how much do i owe for 1 hour and 40 minutes", "2,000 won"),
    ],
)
def test_a_stay_said_otherwise(follow_up: str, total: str) -> None:
    found = tariff_module.charge_at_quoted_tariff(follow_up, _TARIFF_EN)
    assert found is not None and found.result.answer.startswith(total)


@pytest.mark.parametrize(
    ("follow_up", "answers"),
    [
        # After a worked charge, "30분 더" is more than that stay: not read.
        (
            "30분 더 있으면 얼마 나와요",
            [
                "3,000원입니다. 앞의 답에 인용된 요금('1시간이 지나면 10분마다 500원')으로 "
                "계산했습니다: 처음 60분 이후 60분 = 10분 × 6, 500원 × 6."
            ],
        ),
        # Within the free hour, and no "more": the tariff does not say it is free.
        ("30분 있으면 얼마예요", _TARIFF_KO),
        # A part of a step ("5 more minutes" of a 10-minute step): not guessed.
        ("5 more minutes, how much", _TARIFF_EN),
    ],
)
def test_time_past_the_free_part_near_misses(follow_up: str, answers: list[str]) -> None:
    assert tariff_module.charge_at_quoted_tariff(follow_up, answers) is None


# --- a relative under the category a rule names -----------------------------------------------

_BEREAVEMENT = "부모상은 5일, 조부모상은 3일입니다."


@pytest.mark.parametrize(
    "follow_up",
    [
        "외할머니 돌아가셔도 똑같아요?",
        "외할아버지 상이면요?",
        "친할머니 장례도 같은가요",
        "what if my grandma passed away?",
        "and for my grandfather's funeral?",
    ],
)
def test_a_relative_is_named_by_its_kind(follow_up: str, monkeypatch: pytest.MonkeyPatch) -> None:
    previous = "할아버지 상 당하면 휴가 며칠이야"
    assert thread_query._names_the_follow_up(_BEREAVEMENT, follow_up, previous)
    monkeypatch.setattr(thread_query, "names_relative_kind_asked", lambda *_a: False)
    assert not thread_query._names_the_follow_up(_BEREAVEMENT, follow_up, previous)


@pytest.mark.parametrize(
    "follow_up",
    [
        "시어머니 돌아가셔도 똑같아요?",  # an in-law: a sibling category the rule does not list
        "외삼촌 돌아가시면요?",  # an uncle: no kind the rule names
        "외할머니 모시고 가도 돼요?",  # the grandmother is company, not whose event it is
    ],
)
def test_another_kind_of_relative_is_not_named(follow_up: str) -> None:
    previous = "할아버지 상 당하면 휴가 며칠이야"
    assert not thread_query._names_the_follow_up(_BEREAVEMENT, follow_up, previous)


def _bereavement_plan() -> DocPlan:
    citation = {"id": 1, "source": "leave_policy.md", "locator": "§경조사 휴가", "text": ""}
    return DocPlan(kind="extractive", answer=f"{_BEREAVEMENT} [1]", citations=[citation])


@pytest.mark.parametrize(
    "follow_up",
    [
        "외할머니 돌아가셔도 똑같아요?",
        "외할아버지 상이면요?",
        "친할머니 장례도 마찬가지예요?",
        "is it the same if my grandma dies?",
        "what about my grandfather's funeral?",
    ],
)
def test_the_rule_for_the_relatives_kind_in_the_thread(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous_question = "할아버지 상 당하면 휴가 며칠이야"
    found = follow_up_plan(follow_up, previous_question, _bereavement_plan())
    assert found is not None and "조부모상은 3일" in found.answer
    monkeypatch.setattr(thread_query, "rule_for_relative_kind", lambda *_a: None)
    assert follow_up_plan(follow_up, previous_question, _bereavement_plan()) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "시어머니 돌아가셔도 똑같아요?",  # an in-law: not the grandparents' rule
        "외할머니 상이면 서류 뭐 내요?",  # asks something of its own
        "외할머니 모시고 가도 똑같아요?",  # the grandmother is company, no event of hers
    ],
)
def test_the_rule_for_another_kind_is_not_quoted(follow_up: str) -> None:
    from graphs.same_for_relative_58c import rule_for_relative_kind

    assert rule_for_relative_kind(follow_up, _bereavement_plan()) is None


# --- someone acting for the asker ---------------------------------------------------------------

_RECORDS = (
    "Ask at the reception desk and bring your ID card. [1] Copies are usually ready the same "
    "day. [1] Someone collecting records for you needs a signed letter of consent and a copy "
    "of your ID. [1]"
)


def _records_plan() -> DocPlan:
    citation = {"id": 1, "source": "insurance_faq_en.md", "locator": "§records", "text": ""}
    return DocPlan(kind="extractive", answer=_RECORDS, citations=[citation])


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if my daughter goes to get them instead of me",
        "can my son pick them up for me?",
        "my husband will collect them on my behalf, is that ok",
        "what if a friend gets them instead",
        "딸이 대신 받으러 가도 돼요?",
    ],
)
def test_someone_acting_for_the_asker(follow_up: str, monkeypatch: pytest.MonkeyPatch) -> None:
    previous_question = "how do i get copies of my medical records"
    found = follow_up_plan(follow_up, previous_question, _records_plan())
    assert found is not None and "signed letter of consent" in found.answer
    assert "reception desk" not in found.answer
    monkeypatch.setattr(thread_query, "rule_for_someone_acting", lambda *_a: None)
    assert follow_up_plan(follow_up, previous_question, _records_plan()) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if my daughter comes with me?",  # company, no one acting instead
        "my son will get them instead of me, how long does it take?",  # a question of its own
        "what if i send it by mail instead?",  # another means, no person
    ],
)
def test_no_one_acting_for_the_asker_is_not_read(follow_up: str) -> None:
    from graphs.same_for_relative_58c import rule_for_someone_acting

    assert rule_for_someone_acting(follow_up, _records_plan()) is None


# --- where a size word starts ------------------------------------------------------------------


@pytest.mark.parametrize(
    "follow_up",
    [
        "how big counts as big?",
        "what counts as large?",
        "so how much is a big claim",
        "what is considered a big one?",
        "얼마부터 큰 거예요?",
        "큰 금액은 얼마 이상이에요?",
    ],
)
def test_where_big_starts_is_the_quoted_line(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous_question = "who has to approve a big expense claim"
    previous = _plan(_CLAIMS, "Claims above 500,000 won need the approval of a department head.")
    found = follow_up_plan(follow_up, previous_question, previous)
    assert found is not None and "500,000" in found.answer
    monkeypatch.setattr(thread_query, "threshold_for_size", lambda *_a: None)
    assert follow_up_plan(follow_up, previous_question, previous) is None


def test_where_big_starts_needs_the_size_word_and_one_line() -> None:
    from graphs.amount_threshold_58c import threshold_for_size

    line = _plan(_CLAIMS, "Claims above 500,000 won need the approval of a department head.")
    # The previous question named no size: "big" is not the thread's word.
    assert threshold_for_size("how big counts as big?", "who approves expense claims", line) is None
    # The quote draws no line above a figure.
    paid = _plan(_CLAIMS, "Claims are paid with the next monthly salary.")
    assert threshold_for_size("how big counts as big?", "when is a big claim paid", paid) is None


# --- a place under "elsewhere" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "earlier"),
    [
        ("광주 출장이면요?", "서울 출장가면 호텔비 1박 얼마까지 돼요"),
        ("대구로 출장 가면요?", "서울 출장가면 호텔비 1박 얼마까지 돼요"),
        ("부산이면요?", "서울 호텔 1박 한도 얼마예요"),
        ("what if i stay in daegu?", "whats the hotel cap per night in seoul"),
        ("what about if i'm in Jeonju?", "how much for a hotel night in seoul"),
    ],
)
def test_a_city_the_document_does_not_list_falls_under_elsewhere(
    follow_up: str, earlier: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphs.condition_cover_56c as cover

    def stated() -> bool:
        head = condition_head(follow_up)
        return head is not None and states_condition(f"{_HOTELS} [1]", head, [earlier])

    assert stated()
    monkeypatch.setattr(cover, "city_under_elsewhere", lambda *_a: False)
    assert not stated()


@pytest.mark.parametrize(
    ("follow_up", "sentence"),
    [
        # A city the sentence lists: its own rate, never "elsewhere".
        ("서울이면요?", _HOTELS),
        # No "elsewhere" rule: the document does not state the place's case.
        ("광주 출장이면요?", "Hotel stays in Seoul are reimbursed up to 120,000 won per night."),
        # A word that is no city of the table.
        ("김대리 출장이면요?", _HOTELS),
    ],
)
def test_a_listed_or_unknown_place_is_not_elsewhere(follow_up: str, sentence: str) -> None:
    head = condition_head(follow_up)
    assert head is None or not states_condition(f"{sentence} [1]", head, ["서울 호텔비 얼마"])


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if my daughter goes to get them instead of me",
        "what if a friend gets them instead",
        "what if my husband goes instead of me?",
    ],
)
def test_the_screen_states_someone_fetching_for_the_asker(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphs.condition_cover_56c as cover

    sentence = (
        "Someone collecting records for you needs a signed letter of consent and a copy of your "
        "ID. [1]"
    )
    earlier = ["how do i get copies of my medical records"]

    def stated() -> bool:
        head = condition_head(follow_up)
        return head is not None and states_condition(sentence, head, earlier)

    assert stated()
    monkeypatch.setattr(cover, "_FETCH_WORDS", frozenset())
    assert not stated()
    monkeypatch.undo()
    # Another condition beside the person ("on a sunday") is still the sentence's to state.
    head = condition_head("what if my son goes on a sunday instead of me")
    assert head is not None and not states_condition(sentence, head, earlier)


# Another event of the relative's life is not the funeral-leave sentence's (set 46 on the
# merged tree: "부모님 환갑잔치는?" after one's own wedding got "부모상은 5일, 조부모상은 3일").
_RELATIVES_OTHER_EVENTS = [
    "부모님 환갑잔치는?",
    "할머니 칠순이면요?",
    "외할머니 팔순이면요?",
    "친할아버지 회갑잔치는?",
    "and my grandma's wedding?",
    "what about my grandfather's wedding anniversary?",
]


@pytest.mark.parametrize("follow_up", _RELATIVES_OTHER_EVENTS)
def test_another_event_of_the_relative_is_not_the_funeral_rule(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphs.same_for_relative_58c as relative

    assert relative.rule_for_relative_kind(follow_up, _bereavement_plan()) is None
    monkeypatch.setattr(relative, "_names_an_event_not_in", lambda *_a: False)
    assert relative.rule_for_relative_kind(follow_up, _bereavement_plan()) is not None
