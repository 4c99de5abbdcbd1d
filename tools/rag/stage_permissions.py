"""Whether a child may do something is answered only by a rule that says whom it is for.

"can kids borrow tools" was answered with "We do not lend chainsaws, gas-powered tools or
ladders taller than 12 feet." (confidence 0.95): the sentence shares the act (lend/borrow)
and the thing (tools), and its "12 feet" even reads as a figure, but it is the rule for
everyone, and the handbook's answer is another line: "Members must be 18 or older". A yes/no
permission question about a life stage (a child, a teenager, an older person; Korean and
English, the closed class of :mod:`tools.rag.life_stages` plus teens and minors) asks
whether the group may: a sentence answers it only when it names a group, an age or an age
limit ("under 12", "18 or older", "만 14세 이상", "초등학생"), or everyone ("all ages",
누구나). :mod:`tools.rag.life_stages` handles a sentence naming *another* group; this one a
sentence naming none, for permission questions only (a dose question's general rule is
left to the other checks there).
"""

from __future__ import annotations

import re

from tools.rag.asked_act import asked_act
from tools.rag.asker_acts_55w import asker_acts_on_own_child

__all__ = ["misses_asked_stage"]

_PARTICLE = r"(?=$|[\s,.?!]|(?:가|는|을|를|한테|에게|도|의|들|이|은|랑|와|과|만)(?![가-힣]))"
# The asked group: a child, a teenager, a minor, an older person.
_ASKED_STAGE = re.compile(
    rf"(?<![가-힣])(?:아이|애기|아기|어린이|유아|미성년자|청소년|초등학생|중학생|고등학생|노인|어르신)"
    rf"{_PARTICLE}|(?<![가-힣])애(?:들|한테|도)"
    r"|\b(?:child(?:ren)?|kids?|bab(?:y|ies)|infants?|toddlers?|teens?|teenagers?|minors?|"
    r"under-?age|juniors?|seniors?|elderly)\b",
    re.IGNORECASE,
)
# What a sentence says of whom its rule is for: a group, an age, a limit, or everyone.
_STATES_WHOM = re.compile(
    rf"(?<![가-힣])(?:아이|애기|아기|어린이|유아|미성년자|청소년|초등학생|중학생|고등학생|성인|어른|"
    rf"노인|어르신|보호자|부모){_PARTICLE}"
    r"|\d+\s*(?:세|살)|누구나|모든\s*(?:분|연령|나이)|나이|연령"
    r"|\b(?:child(?:ren)?|kids?|bab(?:y|ies)|infants?|toddlers?|teens?|teenagers?|minors?|"
    r"adults?|grown-?ups?|juniors?|seniors?|elderly|parents?|guardians?|students?)\b"
    r"|\b\d+\s*(?:\+|or (?:older|over|above|younger|under)|and (?:over|up|older|under)|"
    r"years?(?: of age|[- ]old)?)"
    r"|\b(?:under|over|aged?)\s*\d+|\ball ages\b|\banyone\b|\beveryone\b|\bage\b",
    re.IGNORECASE,
)


def misses_asked_stage(question: str, sentence: str) -> bool:
    """Whether a permission question about a life stage meets a sentence naming no one.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks whether a child, teenager or older person may do
        something and the sentence names no group, age, age limit or "everyone".
    """
    if not _ASKED_STAGE.search(question) or asked_act(question) is None:
        return False
    if asker_acts_on_own_child(question):  # "can i film my kid": the parent's act (wrongs55)
        return False
    return _STATES_WHOM.search(sentence) is None
