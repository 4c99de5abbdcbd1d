"""A quoted sentence covers a follow-up's condition worded otherwise (cond56).

Our own inputs (a studio's staff rules, a pharmacy counter, a travel policy), not the
workload's documents: each form keeps a right quote, and a variant of the wrongs wrongs55
fixed still declines. bench/workload/cases/unseen22/26/27/34/39/41 hold the six threads
that found the forms.
"""

from __future__ import annotations

import pytest

from agents.documents import DocPlan
from graphs.condition_cover_56c import (
    Figure,
    asks_cap_on_continuation,
    covered_word,
    english_figure,
    korean_period_figure,
    meets_threshold,
)
from graphs.condition_follow_up_55w import condition_head, stated_condition


def _quote(sentences: list[str]) -> DocPlan:
    citation = {"id": 1, "source": "rules.md", "locator": "§1", "text": sentences[0]}
    answer = " ".join(f"{s} [1]" for s in sentences)
    return DocPlan(kind="extractive", answer=answer, citations=[citation])


def _kept(follow_up: str, sentences: list[str], earlier: list[str]) -> bool:
    plan = _quote(sentences)
    return stated_condition(plan, follow_up, earlier) is plan


# --- A figure against a threshold of its kind ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("한 달 넘게 쉬면?", ("1", "개월")),
        ("이 주 넘게 빠지면?", ("14", "일")),
        ("일주일만", ("7", "일")),
    ],
)
def test_a_period_in_korean_words_is_a_figure(text: str, figure: tuple[str, str]) -> None:
    assert korean_period_figure(text) == figure


@pytest.mark.parametrize(
    ("clause", "figure"),
    [
        ("i'm sick for more than a week", Figure("1", "week", "up")),
        ("i only have a 50,000 won note", Figure("50000", "won", "")),
        ("it lasts under 3 days", Figure("3", "days", "down")),
    ],
)
def test_an_english_figure_and_its_comparison(clause: str, figure: Figure) -> None:
    assert english_figure(clause) == figure


@pytest.mark.parametrize(
    ("sentence", "figure", "met"),
    [
        ("병가가 10일 이상이면 진단서를 냅니다.", Figure("2", "주", "up"), True),
        ("병가가 20일 이상이면 진단서를 냅니다.", Figure("2", "주", "up"), False),
        ("A note is needed for 5 days or more of leave.", Figure("1", "week", "up"), True),
        ("No change is given for bills larger than 50,000 won.", Figure("100000", "won", ""), True),
        ("3일 미만이면 보강이 없습니다.", Figure("10", "일", "up"), False),
        ("3개월 이상이면 정지됩니다.", Figure("10", "일", "up"), False),
    ],
)
def test_a_threshold_the_figure_meets(sentence: str, figure: Figure, met: bool) -> None:
    assert meets_threshold(sentence, figure) is met


@pytest.mark.parametrize(
    ("follow_up", "sentences", "earlier"),
    [
        ("2주 넘게 아프면?", ["병가가 10일 이상이면 진단서를 냅니다."], ["병가 며칠 돼요?"]),
        ("한 달 넘게 쉬면요?", ["1개월 이상 쉬면 복직 신청서를 냅니다."], ["휴직 돼요?"]),
        (
            "what if i'm sick for more than a week?",
            ["A doctor's note is needed for sick leave of 5 days or more."],
            ["how many sick days do i get"],
        ),
        (
            "and if i only have a 50,000 won note?",
            ["No change is given for bills over 10,000 won."],
            ["can i pay in cash"],
        ),
    ],
)
def test_a_figure_meeting_a_threshold_keeps_the_quote(
    follow_up: str, sentences: list[str], earlier: list[str]
) -> None:
    assert _kept(follow_up, sentences, earlier)


@pytest.mark.parametrize(
    ("follow_up", "sentences", "earlier"),
    [
        # A figure alone, past the thread's limit (wrongs55's "60일 넘으면?"): only itself.
        ("두 달 넘으면?", ["병가가 5일 이상이면 진단서를 제출합니다."], ["병가 최대 며칠이에요?"]),
        ("what if it's over 60 days?", ["Sick leave of 5 days or more needs a note."], []),
        # Another act than the rule's (wrongs55's "5일 넘게 남으면?"), a threshold not met.
        ("3일 넘게 남으면요?", ["병가가 5일 이상이면 진단서를 제출합니다."], ["연차 이월 돼요?"]),
        ("2주 넘게 아프면?", ["병가가 20일 이상이면 진단서를 냅니다."], ["병가 며칠 돼요?"]),
        # A period in words is a figure too: a week does not meet 10 days.
        ("일주일 넘게 아프면?", ["병가가 10일 이상이면 진단서를 냅니다."], ["병가 며칠 돼요?"]),
        (
            "what if i'm sick for more than a week?",
            ["A doctor's note is needed for sick leave of 10 days or more."],
            ["how many sick days do i get"],
        ),
        # A note named by its sum is still a condition to state ("100,000" is one figure).
        (
            "what if i only have a 100,000 won note?",
            ["Cash is accepted at the front desk."],
            ["do you take cash"],
        ),
    ],
)
def test_a_figure_not_meeting_a_threshold_declines(
    follow_up: str, sentences: list[str], earlier: list[str]
) -> None:
    assert not _kept(follow_up, sentences, earlier)


# --- A word stated through a general word of its kind -----------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "sentences", "earlier"),
    [
        (
            "우리 딸이 대신 받으러 가면요?",
            ["대리인이 받을 때는 위임장과 신분증 사본이 필요합니다."],
            ["처방전 어디서 받아요?"],
        ),
        (
            "what if my wife collects it for me?",
            ["Anyone picking up a prescription for you needs your ID."],
            ["where do i pick up my prescription"],
        ),
        (
            "and if my friend picks it up?",
            ["Someone else may collect it with your written consent."],
            ["how do i get my test results"],
        ),
        (
            "what if i drive?",
            ["Travel in a personal vehicle is paid at 250 won per km."],
            ["how much is the train fare covered"],
        ),
        (
            "자차로 가면요?",
            ["자가용을 이용하면 1km당 250원을 지급합니다."],
            ["출장 교통비 얼마 나와요?"],
        ),
        (
            "운전해서 가면?",
            ["자가용을 이용하면 1km당 250원을 지급합니다."],
            ["출장 교통비 얼마 나와요?"],
        ),
        (
            "what if i pay with a large note?",
            ["We give no change for notes above 50,000 won."],
            ["can i pay in cash"],
        ),
        # A note of a sum or a size is the bill a rule names.
        (
            "what if i pay with a big note?",
            ["We cannot give change for bills over 50,000 won."],
            ["how do i pay at the desk"],
        ),
    ],
)
def test_a_general_word_of_the_kind_keeps_the_quote(
    follow_up: str, sentences: list[str], earlier: list[str]
) -> None:
    assert _kept(follow_up, sentences, earlier)


@pytest.mark.parametrize(
    ("follow_up", "sentences", "earlier"),
    [
        # A relative with no one else named: the sentence is the asker's own way.
        (
            "what if my daughter collects them?",
            ["Records are ready the same day at the reception desk."],
            ["how do i get my records"],
        ),
        (
            "what if i stay with my brother?",
            ["Hotels are reimbursed up to 150,000 won a night."],
            ["hotel limit in busan?"],
        ),
        (
            "형 결혼식이면요?",
            ["본인 결혼은 5일, 자녀 결혼은 1일의 휴가를 받습니다."],
            ["경조사 휴가 며칠이에요?"],
        ),
        # Another means than one's own car.
        (
            "and if i take a taxi?",
            ["Using your own car is reimbursed at 300 won per kilometre."],
            ["what does a trip cover"],
        ),
        (
            "택시 타면요?",
            ["자가용을 이용하면 1km당 250원을 지급합니다."],
            ["출장 교통비 얼마 나와요?"],
        ),
        (
            "what if i drive a rental car?",
            ["Using your own car is reimbursed at 300 won per kilometre."],
            ["what does a trip cover"],
        ),
        # A size with no banknote stated, a payment the quote does not name.
        (
            "what if i pay with a big note?",
            ["Card payments above 50,000 won need a signature."],
            ["can i pay in cash"],
        ),
        (
            "what if i pay with a foreign card?",
            ["Cash is accepted, but no change for bills over 50,000 won."],
            ["how do i pay at the desk"],
        ),
    ],
)
def test_a_word_of_another_kind_still_declines(
    follow_up: str, sentences: list[str], earlier: list[str]
) -> None:
    assert not _kept(follow_up, sentences, earlier)


@pytest.mark.parametrize(
    ("word", "sentence", "condition", "covered"),
    [
        ("son", "Someone collecting it for you needs consent.", "if my son goes", True),
        ("son", "Patients collect records at the desk.", "if my son goes", False),
        ("대신", "다른 사람이 결제해도 됩니다.", "아들이 대신 내면", True),
        ("대신", "다른 사람이 결제해도 됩니다.", "카드 대신 현금으로 내면", False),
        ("big", "No change for bills larger than 50,000 won.", "pay cash with a big note", True),
        ("big", "Bags larger than 50 cm stay outside.", "if i bring a big bag", False),
        ("아프", "병가가 5일 이상이면 진단서를 냅니다.", "아프면", True),
        ("아프", "연차는 5일 이상이면 이월됩니다.", "아프면", False),
    ],
)
def test_a_word_covered_by_its_kind(
    word: str, sentence: str, condition: str, covered: bool
) -> None:
    assert covered_word(word, sentence, condition) is covered


# --- A continuation asking its maximum --------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "sentences", "earlier"),
    [
        (
            "쭉 다니면 최대 며칠까지 돼요?",
            ["근속 3년부터 매년 1일씩 늘어 최대 25일까지 받습니다."],
            ["연차 며칠 받아요?"],
        ),
        (
            "if i keep working here, what's the most i can get?",
            ["Leave grows by one day every two years, up to 25 days."],
            ["how much leave do i get"],
        ),
    ],
)
def test_a_continuation_asking_its_maximum_is_answered_by_the_cap(
    follow_up: str, sentences: list[str], earlier: list[str]
) -> None:
    assert asks_cap_on_continuation(follow_up, sentences[0])
    assert _kept(follow_up, sentences, earlier)


@pytest.mark.parametrize(
    ("follow_up", "sentences", "earlier"),
    [
        # A state is no continuation (wrongs55's "팀장 휴가중이면?"), a cap no answer to it.
        (
            "팀장 휴가중이면 최대 며칠까지 돼요?",
            ["휴가는 최대 15일까지 쓸 수 있습니다."],
            ["휴가 승인 누가 해요?"],
        ),
        # A continuation asking no maximum; a maximum asked with no cap stated.
        ("계속 다니면 뭐 달라져요?", ["최대 25일까지 받을 수 있습니다."], ["연차 몇 개예요?"]),
        (
            "if i keep working here, what's the most i can get?",
            ["Leave is approved by your manager."],
            ["how much leave do i get"],
        ),
    ],
)
def test_a_cap_without_a_continuation_asking_it_declines(
    follow_up: str, sentences: list[str], earlier: list[str]
) -> None:
    assert condition_head(follow_up) is not None
    assert not _kept(follow_up, sentences, earlier)
