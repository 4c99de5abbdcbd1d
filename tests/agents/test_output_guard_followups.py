"""The guard on new examples: a copied previous answer, and loops, languages, empties, cuts.

These replies are not the ones the guard was tuned on (``test_output_guard.py``): they
check that each kind is recognised in general, and that good replies of the same shape
pass.
"""

from __future__ import annotations

import pytest

from agents.output_guard import PreviousTurn, check_output

POEM_Q = "Write a two-line poem for three friends."
POEM = "Three friends walk along the shore,\nTheir laughter echoes evermore."
TRIP_Q = "3일 동안 부산 여행 일정을 짜 주세요."
TRIP = (
    "1일차에는 해운대와 광안리를 둘러보고, 2일차에는 감천문화마을, 3일차에는 자갈치시장을 가세요."
)
HOURS_Q = "What are the clinic's hours?"
HOURS = "The clinic is open 09:00 to 18:00 on weekdays and 09:00 to 13:00 on Saturday."
STOP = {"finish_reason": "stop"}


@pytest.mark.parametrize(
    ("previous", "question", "reply"),
    [
        # The workload's failing turn: the poem for three friends, word for word.
        (PreviousTurn(POEM_Q, POEM), "What about 4 people?", POEM),
        # Near-verbatim: one word changed that is not the change asked for.
        (
            PreviousTurn(POEM_Q, POEM),
            "and for 6 friends?",
            POEM.replace("shore", "beach"),
        ),
        (PreviousTurn(TRIP_Q, TRIP), "그럼 5일이면?", TRIP),
        (PreviousTurn(TRIP_Q, TRIP), "그럼 예산 50만 원이면?", TRIP + " 즐거운 여행 되세요."),
        (
            PreviousTurn(
                "Write a thank-you note to my 3 colleagues.",
                "Dear colleagues, thank you for all your help this month. It meant a lot.",
            ),
            "What if it were 10 colleagues?",
            "Dear colleagues, thank you for all your help this month. It meant a lot.",
        ),
    ],
)
def test_a_copied_previous_answer_to_a_changed_follow_up_is_degenerate(
    previous: PreviousTurn, question: str, reply: str
) -> None:
    failure = check_output(reply, question=question, metadata=STOP, previous=previous)
    assert failure is not None and failure.kind == "repeats_previous", failure


@pytest.mark.parametrize(
    ("previous", "question", "reply"),
    [
        # The reply took the change up.
        (
            PreviousTurn(POEM_Q, POEM),
            "What about 4 people?",
            "Four friends walk along the shore,\nTheir laughter echoes evermore.",
        ),
        (
            PreviousTurn(TRIP_Q, TRIP),
            "그럼 5일이면?",
            TRIP + " 4일차와 5일차에는 기장과 송정을 가세요.",
        ),
        # The previous answer already covered what the follow-up asks.
        (PreviousTurn(HOURS_Q, HOURS), "What about Saturday?", HOURS),
        # The user asked for it again, or rephrased the question.
        (PreviousTurn(POEM_Q, POEM), "Can you repeat that?", POEM),
        (PreviousTurn(TRIP_Q, TRIP), "다시 한 번 말해 줄래요?", TRIP),
        (PreviousTurn(HOURS_Q, HOURS), "When is the clinic open?", HOURS),
        # A short answer may well be the same twice.
        (PreviousTurn("Is 7 a prime?", "Yes."), "and 11?", "Yes."),
        # A different reply.
        (
            PreviousTurn(POEM_Q, POEM),
            "What about 4 people?",
            "Four hearts in tune, a merry band,\nThey walk together hand in hand.",
        ),
    ],
)
def test_a_repeat_the_conversation_explains_passes(
    previous: PreviousTurn, question: str, reply: str
) -> None:
    assert check_output(reply, question=question, metadata=STOP, previous=previous) is None


@pytest.mark.parametrize(
    ("reply", "question", "metadata", "kind"),
    [
        # Loops too short for the compression check, and without sentence ends.
        (
            "감사합니다. 감사합니다. 감사합니다. 감사합니다. 감사합니다.",
            "고마워요",
            STOP,
            "repetition",
        ),
        (
            "I'm sorry, I'm sorry, I'm sorry, I'm sorry, I'm sorry",
            "Why is the sky blue?",
            STOP,
            "repetition",
        ),
        (
            "1. Add the water. 2. Add the water. 3. Add the water. 4. Add the water.",
            "How do I measure 4 litres with two jugs?",
            STOP,
            "repetition",
        ),
        # Another script, or English with one Korean word, for a Korean question.
        (
            "光合作用是植物利用光能把二氧化碳和水转化为有机物的过程。",
            "광합성이 뭐예요?",
            STOP,
            "wrong_language",
        ),
        (
            "Photosynthesis is how plants turn light, water and CO2 into sugar (광합성).",
            "광합성이 뭐예요?",
            STOP,
            "wrong_language",
        ),
        (
            "Это процесс, при котором растения используют свет.",
            "What is photosynthesis?",
            STOP,
            "wrong_language",
        ),
        # The language the request names, not the one it is written in.
        (
            'In Korean, a mortgage is called "보도" and it is a loan made by a lender.',
            "and in Korean?",
            STOP,
            "wrong_language",
        ),
        (
            "주택담보대출은 집을 담보로 돈을 빌리는 것입니다.",
            "이 문장을 영어로 바꿔 줘",
            STOP,
            "wrong_language",
        ),
        # Only chat-template tokens: nothing was said.
        ("<|im_end|>", "What is 2+2?", STOP, "empty"),
        ("</s>", "2 더하기 2는?", STOP, "empty"),
        # Cut off, reported in other providers' words.
        ("Gutenberg built", "Who built it?", {"stop_reason": "max_tokens"}, "truncated"),
        ("Gutenberg built", "Who built it?", {"finish_reason": "MAX_TOKENS"}, "truncated"),
        (
            "Gutenberg built",
            "Who built it?",
            {"generation_info": {"finish_reason": "length"}},
            "truncated",
        ),
    ],
)
def test_new_degenerate_replies_are_named(
    reply: str, question: str, metadata: dict[str, object], kind: str
) -> None:
    failure = check_output(reply, question=question, metadata=metadata)
    assert failure is not None and failure.kind == kind, failure


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        # Korean prose with code and product names stays Korean.
        (
            "파이썬에서는 `sorted(items, key=len)`처럼 쓰면 길이 순으로 정렬됩니다.\n"
            "```python\nitems = ['banana', 'kiwi', 'apple']\nprint(sorted(items, key=len))\n```",
            "파이썬 리스트를 길이 순으로 정렬하려면?",
        ),
        ("iPhone과 Galaxy 모두 USB-C 충전을 지원합니다.", "요즘 휴대폰 충전 단자는?"),
        # An answer in the language the question asked for.
        (
            "Thank you very much for your kind help yesterday.",
            "다음 문장을 영어로 번역해 줘: 어제 도와줘서 고마워요",
        ),
        (
            "감사합니다 means thank you; 안녕하세요 means hello.",
            "How do you say thank you in Korean?",
        ),
        ("주택담보대출은 집을 담보로 받는 대출입니다.", "and in Korean?"),
        ("A mortgage is a loan secured by a home.", "주택담보대출을 영어로 설명해 줘"),
        (
            "ありがとうございます (arigatou gozaimasu) is how you say it.",
            "일본어로 '감사합니다'는 뭐야?",
        ),
        # A list whose items differ, and emphasis that does not loop.
        (
            "1. Fill the 5-litre jug. 2. Pour it into the 3-litre jug. 3. Empty the 3-litre jug. "
            "4. Pour the 2 litres left into the 3-litre jug. 5. Fill the 5-litre jug again.",
            "How do I measure 4 litres with a 3- and a 5-litre jug?",
        ),
        ("ㅋㅋㅋㅋㅋㅋㅋㅋ 정말 재미있는 농담이네요!", "농담 하나 해 줘"),
        ("Very, very, very good question: the answer is 42.", "What is six times seven?"),
    ],
)
def test_good_replies_of_the_same_shape_pass(reply: str, question: str) -> None:
    assert check_output(reply, question=question, metadata=STOP) is None
