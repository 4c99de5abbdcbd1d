"""doc57b: document-thread follow-ups (issue 11: right answers or an honest decline).

Each test names the rule it checks; switching that rule off makes it fail.
"""

from __future__ import annotations

import pytest

from agents.documents import DocPlan
from graphs.figure_sibling_57c import kept_from_figure_siblings

# --- A thread follow-up's figure never pulls in a sibling subject (figure_sibling_57c) -------

_SICK = ("leave_policy.md", "§병가")
_ANNUAL = ("leave_policy.md", "§연차 휴가")
_KO = (
    "병가는 1년에 최대 60일까지 쓸 수 있습니다. [1] "
    "병가가 5일 이상이면 진단서를 제출해야 합니다. [1] "
    "입사 1년 차 직원은 매월 개근 시 1일의 연차가 생기며, "
    "1년 이상 근무한 직원은 매년 15일의 연차를 받습니다. [2]"
)
_EN = (
    "Sick leave is paid for up to 60 days a year. [1] A doctor's note is needed for 5 days "
    "or more. [1] Staff with a year of service get 15 days of annual leave every year. [2]"
)


def _plan(answer: str) -> DocPlan:
    citations = [
        {"id": 1, "source": _SICK[0], "locator": _SICK[1]},
        {"id": 2, "source": _ANNUAL[0], "locator": _ANNUAL[1]},
    ]
    return DocPlan(kind="extractive", answer=answer, citations=citations)


def _thread() -> set[tuple[str, str]]:
    return {_SICK}


@pytest.mark.parametrize(
    ("answer", "follow_up", "earlier"),
    [
        (_KO, "보름 내리 쉬면요?", "병가 1년에 총 몇일 쓸수있어요"),
        (_KO, "15일 연달아 쉬게 되면요?", "병가는 일년에 며칠까지 돼요?"),
        (_EN, "what if i take 15 days off", "how many sick days do i get a year"),
        (_EN, "and if i am off 15 days in a row?", "how many sick days can i take a year"),
    ],
)
def test_a_sibling_sentence_sharing_only_the_figure_comes_off(
    answer: str, follow_up: str, earlier: str
) -> None:
    kept = kept_from_figure_siblings(_plan(answer), follow_up, [earlier], _thread)
    assert kept.kind == "extractive"
    assert "15" not in kept.answer and "[2]" not in kept.answer, kept.answer
    assert [c["locator"] for c in kept.citations] == [_SICK[1]]


@pytest.mark.parametrize(
    ("answer", "follow_up"),
    [(_KO, "연차는 15일이면요?"), (_EN, "what if it's 15 days of annual leave?")],
)
def test_a_sibling_the_follow_up_names_itself_stays(answer: str, follow_up: str) -> None:
    plan = _plan(answer)
    assert kept_from_figure_siblings(plan, follow_up, ["병가 1년에 며칠"], _thread) is plan


def test_the_thread_sections_own_sentences_stay() -> None:
    # The previous answer quoted both sections: nothing is a sibling.
    plan = _plan(_KO)
    both = {_SICK, _ANNUAL}
    assert kept_from_figure_siblings(plan, "보름 쉬면요?", ["휴가 며칠"], lambda: both) is plan


def test_only_a_sibling_left_is_declined() -> None:
    only = "1년 이상 근무한 직원은 매년 15일의 연차를 받습니다. [1]"
    plan = DocPlan(
        kind="extractive",
        answer=only,
        citations=[{"id": 1, "source": _ANNUAL[0], "locator": _ANNUAL[1]}],
    )
    assert kept_from_figure_siblings(plan, "보름 쉬면요?", ["병가 1년에 며칠"], _thread).kind == (
        "not_covered"
    )
