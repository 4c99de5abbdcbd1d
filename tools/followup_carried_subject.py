"""A follow-up whose bare noun is the previous question's subject, not its result.

"결과를 3으로 나누면?" after a sum points at the number just computed: 결과 (result) at a
step's start is a reference (tools.references). After "혈액 검사 결과는 며칠 뒤에 나와요?",
though, "결과를 전화로 알려주나요?" names the very subject the previous question asked
about (the blood-test results) and asks something new of it: a document question
whose subject the user left out, not arithmetic on the last answer. Sent to a model as
a loose follow-up it went to the cloud, while the documents state the answer.

The rule: the follow-up opens with such a noun, states no figure of its own (a figure
is arithmetic on the result), and the previous question names the same noun. The
words the previous question put before that noun ("혈액 검사") are carried in front of
it, so the question searched is the one the user meant: "혈액 검사 결과를 전화로 알려주나요?".
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.followup_after_span import price_after_the_span

__all__ = ["with_carried_subject"]

# The nouns tools.references reads as "the result" when they open a step bare.
_OPENING_NOUN = LazyPattern(r"^\s*(?P<noun>결과값|결과)(?=[가-힣]{0,2}\s)")
_FIGURE = re.compile(r"\d")
# Up to three words of the same clause before the noun ("혈액 검사 결과는").
_WORDS_BEFORE = r"((?:[가-힣A-Za-z]+\s+){0,3})"


def with_carried_subject(text: str, previous_question: str) -> str | None:
    """The follow-up with the previous question's subject put back, or ``None``.

    Args:
        text: The follow-up ("결과를 전화로 알려주나요?").
        previous_question: The user's previous question in the conversation.

    Returns:
        "혈액 검사 결과를 전화로 알려주나요?" after "혈액 검사 결과는 며칠 뒤에 나와요?";
        "주차 무료 시간이 지나면 얼마예요?" for "그 다음엔 얼마예요?" after "주차 몇 시간 무료예요?"
        (:mod:`tools.followup_after_span`);
        ``None`` when the follow-up does not open with such a noun, states a figure, or
        the previous question never names the noun.
    """
    opening = _OPENING_NOUN.match(text)
    if opening is None or _FIGURE.search(text):
        # "그 다음엔 얼마예요?" after "주차 몇 시간 무료예요?": parking's price after it.
        return price_after_the_span(text, previous_question)
    noun = opening.group("noun")
    named = re.search(rf"{_WORDS_BEFORE}{noun}", previous_question)
    if named is None:
        return None
    before = named.group(1)
    return f"{before}{text.lstrip()}" if before else text.strip()
