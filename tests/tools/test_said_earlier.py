"""A question about what the user said earlier: their own message, quoted by code."""

from __future__ import annotations

import pytest

from tools.said_earlier import quote_said_earlier

_NEPHEW = [
    "my nephew is called Oskar Lindahl, he turns ten in May",
    "any gift ideas for a ten year old?",
]
_DOG = ["우리 강아지 이름은 보리예요", "강아지 산책은 하루에 몇 번이 좋아요?"]


@pytest.mark.parametrize(
    ("question", "earlier", "quoted"),
    [
        ("what did I say my nephew's name was?", _NEPHEW, "Oskar Lindahl"),
        ("remind me who I said turns ten in May?", _NEPHEW, "Oskar Lindahl"),
        ("아까 제가 강아지 이름 뭐라고 했죠?", _DOG, "보리"),
        ("제가 말한 강아지 이름이 뭐였죠?", _DOG, "보리"),
    ],
)
def test_the_earlier_message_on_the_subject_is_quoted(
    question: str, earlier: list[str], quoted: str
) -> None:
    result = quote_said_earlier(question, earlier)
    assert result is not None and result.handler == "conversation"
    assert quoted in result.answer
    # Only the message on the subject: the later question shares none of its words.
    assert earlier[1] not in result.answer


def test_the_reply_is_in_the_language_of_the_question() -> None:
    english = quote_said_earlier("what did I say my nephew's name was?", _NEPHEW)
    korean = quote_said_earlier("아까 제가 강아지 이름 뭐라고 했죠?", _DOG)
    assert english is not None and english.answer.startswith("You said: ")
    assert korean is not None and korean.answer.startswith("앞서 이렇게 말씀하셨어요: ")


@pytest.mark.parametrize(
    ("question", "earlier"),
    [
        # No recall frame: a question of its own, left to the other readings.
        ("what is a good name for a dog?", _DOG),
        ("what I said to my landlord was rude, rewrite it politely", ["my landlord is Mr Park"]),
        ("강아지 이름 추천해줘", _DOG),
        # A recall question on a subject no earlier message names.
        ("what did I say my daughter's school was?", _NEPHEW),
        ("아까 제가 차 번호 뭐라고 했죠?", _DOG),
        # Nothing earlier.
        ("what did I say my nephew's name was?", []),
    ],
)
def test_no_quote_without_a_recall_question_on_a_subject_said(
    question: str, earlier: list[str]
) -> None:
    assert quote_said_earlier(question, earlier) is None


_ERRANDS = [
    "my budget is 900 dollars",
    "parking here is 4 dollars an hour",
    "What's the name of the hospital near me?",
    "my daughter is Mina Cho, she is nine",
    "몇 시에 문 열어요?",
    "제 조카는 박도윤이고 7살이에요",
    "저녁 8시까지 시간이 돼요",
]


@pytest.mark.parametrize(
    "question",
    [
        # A question that USES an earlier fact to ask something new is not a recall one.
        "Given what I told you about my budget, which tablet should I get?",
        "Based on what I mentioned earlier, how much would 2 hours of parking cost?",
        "제가 말씀드린 시간에 문 여는 약국이 뭐예요?",
        "제가 말한 예산으로 살 수 있는 태블릿은 뭐가 있어요?",
        # No recall frame of its own: "do you remember my …" asks nothing said.
        "do you remember my name?",
    ],
)
def test_a_question_using_earlier_facts_is_not_a_recall(question: str) -> None:
    assert quote_said_earlier(question, _ERRANDS) is None


def test_an_earlier_question_is_never_quoted_as_what_was_said() -> None:
    # "name" is in the hospital question too; only the statement is the user's fact.
    result = quote_said_earlier("what did I say my daughter's name was?", _ERRANDS)
    assert result is not None and "Mina Cho" in result.answer
    assert "hospital" not in result.answer


def test_a_one_syllable_korean_word_matches_nothing() -> None:
    # "살" (to buy) must not find "7살" (aged seven).
    assert quote_said_earlier("아까 제가 살 거 뭐라고 했죠?", _ERRANDS) is None


def test_two_messages_that_fit_equally_are_a_decline() -> None:
    earlier = ["my son is Theo", "my other son is Jonah"]
    assert quote_said_earlier("what did I say my son's name was?", earlier) is None
