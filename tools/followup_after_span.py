"""A price asked "after that" of a question for how long something is free: after the span.

"주차 몇 시간 무료예요?" is answered (by the FAQ, or the documents) "1시간"; "그 다음엔
얼마예요?" asks what parking costs once that hour is over. The follow-up names no subject
of its own, so it went to a model as a loose follow-up, the cloud answered from general
knowledge, while the documents state it ("1시간이 지나면 10분마다 500원의 요금이
붙습니다"). Searched as written, "다음" is read as a topic no sentence holds.

The rule, kept narrow: the previous question asks how long something is free (몇 시간,
몇 분, 며칠, "how long", "how many hours", with 무료, 공짜 or "free"), the follow-up is
only "after that" (그 다음, 그 후, 그 뒤, 그 이후, 이후, "after that") and a question for
a price (얼마, 요금, 비용, "how much"), nothing more. The question searched is the
previous question's subject (its words before "how long") asked for its price once the
free time is over: "주차 무료 시간이 지나면 얼마예요?". A
follow-up of another kind, or a previous question of another kind ("검진 전에 몇 시간
굶어요?" then "그 다음엔 뭐 해요?"), is left alone.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["price_after_the_span"]

# "그 다음엔 얼마예요?", "그 후에는 요금이 어떻게 돼요?", "and after that, how much?".
_AFTER_THAT = LazyPattern(
    r"^\s*(?:(?:그럼|그러면|and|so)\s*,?\s*)?"
    r"(?:그\s*(?:다음|후|뒤|이후)|이후|after\s+that|after\s+it|then\s+after)"
    r"(?:에는|에|엔|는|은|부터는|부터)?\s*,?\s*(?P<ask>.*)$",
    re.IGNORECASE,
)
# The rest asks a price and nothing else: "얼마예요?", "요금은 얼마죠", "how much is it?";
# also per unit and with the verb of paying ("얼마씩 내요?", "얼마 내야 돼요?").
_ASKS_PRICE = LazyPattern(
    r"^(?:(?:요금|비용|가격)(?:은|이)?\s*)?(?:얼마(?:씩)?"
    r"(?:예요|에요|야|죠|인가요|입니까|나\s*해요|나\s*돼요|\s*내(?:요|나요|야\s*(?:돼요|해요)))?"
    r"|어떻게\s*(?:돼요|되나요|되죠))\s*[?？.]*\s*$"
    r"|^how\s+much(?:\s+(?:is\s+it|does\s+it\s+cost|then))?\s*[?.]*\s*$",
    re.IGNORECASE,
)
# The previous question asks how long: its words before that are the subject.
_HOW_LONG = LazyPattern(
    r"^(?P<subject>.*?)\s*(?:몇\s*(?:시간|분|일|달|개월)|며칠|얼마\s*동안)"
    r"|^(?:how\s+long|how\s+many\s+(?:hours|minutes|days))\s+(?:is\s+|are\s+|do\s+i\s+get\s+)?"
    r"(?P<en_subject>[a-z ]+?)\s+(?:free|for\s+free)\b",
    re.IGNORECASE,
)
_FREE = LazyPattern(r"무료|공짜|\bfree\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")


def price_after_the_span(text: str, previous_question: str) -> str | None:
    """The question to search for the price after the span the previous question asked.

    Args:
        text: The follow-up ("그 다음엔 얼마예요?").
        previous_question: The user's previous question ("주차 몇 시간 무료예요?").

    Returns:
        "주차 무료 시간이 지나면 얼마예요?", or ``None`` when the rule does not apply (see
        the module's note).
    """
    after = _AFTER_THAT.match(text.strip())
    if after is None or _FIGURE.search(text) or not _ASKS_PRICE.match(after["ask"].strip()):
        return None
    how_long = _HOW_LONG.match(previous_question.strip())
    if how_long is None or not _FREE.search(previous_question):
        return None
    if how_long["en_subject"]:
        return f"how much is {how_long['en_subject'].strip()} after the free time?"
    subject = (how_long["subject"] or "").strip()
    if not subject or _FIGURE.search(subject):
        return None
    return f"{subject} 무료 시간이 지나면 얼마예요?"
