"""A permission question's case named only in rows of another act's list is not answered by
the general rule on the act.

Our own example (a bike-share's return rules), not the held-out set's. The rule-off half
shows the general "park it by the stand" line quoted for a question about a subway exit.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.act_cases import case_left_unquoted
from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.textutil import analyze

_RULES = (
    "- 공유 자전거는 대여소 거치대 옆에 세워 주세요. 반납할 때는 앱으로 사진을 찍어야 합니다.\n"
    "- 다음 장소에는 반납할 수 없습니다.\n"
    "  - 지하철역 출입구 10미터 이내\n"
    "  - 소화전 앞\n"
    "  - 차도\n"
    "- 반납 금지 장소에 세우면 이동 비용 3,000원을 냅니다."
)


def _listed(text: str) -> Passage:
    """A passage split into its lines' sentences, as ingest splits a Markdown list."""
    spans, offset = [], 0
    for line in text.split("\n"):
        for sentence in analyze([line])[0]:
            spans.append((offset + sentence.start, offset + sentence.end, tuple(sentence.tokens)))
        offset += len(line) + 1
    return Passage(
        chunk_id="b1", source="bike.md", heading="반납 방법", text=text, sentences=tuple(spans)
    )


def test_a_place_named_only_under_another_act_is_not_answered_by_the_general_rule() -> None:
    question = "자전거 지하철역 출입구에 세워도 돼요?"
    assert not extractive_answer(question, [_listed(_RULES)], idf=lambda _: 1.0).covered
    with mock.patch("tools.rag.answer.case_left_unquoted", return_value=False):
        # The rule off: "거치대 옆에 세워 주세요" answers, the subway exit unsaid.
        off = extractive_answer(question, [_listed(_RULES)], idf=lambda _: 1.0)
        assert off.covered
        assert "지하철역" not in off.text


def test_a_place_the_quoted_rule_names_is_still_answered() -> None:
    answer = extractive_answer(
        "자전거 대여소 옆에 세워도 돼요?", [_listed(_RULES)], idf=lambda _: 1.0
    )
    assert answer.covered
    assert "거치대 옆에 세워 주세요" in answer.text


def test_only_a_term_of_a_verbless_row_left_unquoted_counts() -> None:
    rules = _listed(_RULES)  # 0 세워 주세요, 2 반납할 수 없습니다, 3-5 the rows
    quoted = [(1.0, 1.0, 0, 0, "공유 자전거는 대여소 거치대 옆에 세워 주세요.")]
    assert case_left_unquoted(["자전거", "소화전"], rules, 0, [3, 4, 5], quoted)
    assert not case_left_unquoted(["자전거", "거치대"], rules, 0, [3, 4, 5], quoted)
    assert not case_left_unquoted(["자전거", "소화전"], rules, 0, [], quoted)
    # A passed-over sentence with a verb of its own states its own fact: no listed case.
    assert not case_left_unquoted(["장소"], rules, 0, [2], quoted)


def test_a_row_the_quoted_sentence_goes_on_from_is_said() -> None:
    park = _listed(
        "- 다음 장소에는 반납할 수 없습니다.\n"
        "- 공원 안(호수 둘레길 포함). 공원 안은 관리소 거치대만 씁니다."
    )
    quoted = [(1.0, 1.0, 0, 2, "공원 안은 관리소 거치대만 씁니다.")]
    assert not case_left_unquoted(["호수"], park, 0, [1], quoted)
    assert case_left_unquoted(["호수"], park, 0, [1], [(1.0, 1.0, 0, 0, "다음 장소에는 …")])
