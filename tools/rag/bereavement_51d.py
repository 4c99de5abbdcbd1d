"""A relative who "돌아가시다" (passes away) is the 상 (mourning) a leave rule names.

Why: "할머니 돌아가시면 휴가 며칠 나와요?" was declined, though the leave policy states
"부모상은 5일, 조부모상은 3일입니다"; asked "할머니 상이면 휴가 며칠 나와요?" it is
answered. A policy names bereavement leave by the relative and 상 (부모상, 조부모상,
배우자상), the asker by the honorific verb of dying, 돌아가시다, whose 돌아가 is the word
for going back (and weighs on a word no rule writes). So before the search, a relative
followed by 돌아가시- (the honorific 시, which going back home rarely takes right after the
relative) is written as that relative's 상.

Closed-class only: the kinship nouns a leave rule names, and 돌아가시 right after them
(with 이/가/께서 at most). "할머니 댁에 돌아가면" (going back to grandma's) is left alone.

English (round 59): "how many days off do i get when my grandma dies", "my mom passed
away, how much bereavement leave can i take" were declined ("not in the documents: die",
"pass, bereavement"). A relative's death in English ("when my grandma dies", "my dad
passed away", "lost my father", "my mother's funeral") is written as the Korean term for
that relative's bereavement (조부모상, 부모상, 배우자상, 자녀상, 형제상): the term any
Korean leave rule names it by, and the question's other words stay English. Then
"bereavement / funeral / compassionate leave" is the leave, and "how much leave" asks
its days. The relative must sit right before the verb of dying (or after "lost my");
"my grandma's house", "when the battery dies" are no death of a relative.
"""

from __future__ import annotations

import re

__all__ = ["with_bereavement_named"]

_RELATIVES = (
    r"외?할머니|외?할아버지|조부모님?|부모님?|아버지|어머니|아빠|엄마|장인어른|장인|장모님|장모"
    r"|시아버지|시어머니|배우자|남편|아내|형제|자매|형|누나|오빠|언니|동생"
)
# The relative, at most a subject particle, then the honorific verb of dying in a
# condition or a story ("돌아가시면", "돌아가셨는데", "돌아가셨을 때").
_PASSED_AWAY = re.compile(rf"(?P<relative>{_RELATIVES})(?:께서|이|가)?\s*돌아가(?:시|셨)[가-힣]*")


# English kinship words, by the Korean term of their bereavement.
_EN_BEREAVEMENT = {
    "조부모상": r"grand(?:ma|mas|pa|pas|mother|mothers|father|fathers|parent|parents|dad|mom|mum)"
    r"|granny|gran|nan|nana",
    "부모상": r"mom|mum|mother|dad|father|parent|parents|mommy|mummy|daddy",
    "배우자상": r"husband|wife|spouse|partner",
    "자녀상": r"son|daughter|child|kid",
    "형제상": r"brother|sister|sibling",
}
_EN_KIN = "|".join(f"(?P<k{i}>{words})" for i, words in enumerate(_EN_BEREAVEMENT.values()))
_EN_WHOSE = r"(?:my|our|a|an|your|his|her|their|the)\s+"
# "when my grandma dies", "if a parent passes away", "my mom passed away", "lost my dad",
# "my father's funeral", "the death of my mother" (one pattern a form: the kin groups repeat).
_EN_DEATHS = tuple(
    re.compile(form.replace("KIN", _EN_KIN), re.IGNORECASE)
    for form in (
        rf"\b(?:(?:when|if|after|since)\s+)?{_EN_WHOSE}(?:KIN)\s+"
        r"(?:just\s+|has\s+|have\s+|had\s+|recently\s+|suddenly\s+)?"
        r"(?:dies|died|passes\s+away|passed\s+away|passes\s+on|passed\s+on|passed|is\s+dead)\b",
        rf"\b(?:i\s+)?(?:lost|lose|losing)\s+{_EN_WHOSE}(?:KIN)\b",
        rf"\b{_EN_WHOSE}(?:KIN)'?s\s+(?:funeral|death|passing)\b",
        rf"\b(?:the\s+)?(?:funeral|death|passing)\s+of\s+{_EN_WHOSE}(?:KIN)\b",
    )
)
_EN_LEAVE_KIND = re.compile(
    r"\b(?:bereavement|funeral|compassionate|mourning)\s+(?=leave|days?|time\s+off)", re.IGNORECASE
)
_EN_HOW_MUCH_LEAVE = re.compile(r"\bhow\s+much\s+(?=leave\b|time\s+off\b)", re.IGNORECASE)
# Off only in the test that shows what the English reading changes.
use_english_reading = True


def _korean_term(match: re.Match[str]) -> str:
    terms = list(_EN_BEREAVEMENT)
    for i, term in enumerate(terms):
        if match[f"k{i}"]:
            return f"for {term}"
    return match.group(0)


def with_bereavement_named(question: str) -> str:
    """``question`` with "할머니 돌아가시면" written "할머니 상이면" (see the module), and
    "when my grandma dies" written "for 조부모상"."""
    question = _PASSED_AWAY.sub(lambda m: f"{m['relative']} 상이면", question)
    if not use_english_reading:
        return question
    named = question
    for death in _EN_DEATHS:
        named = death.sub(_korean_term, named)
    named = re.sub(r"\bfor\s+for\b", "for", named)  # "days off for my dad's funeral"
    if named == question:
        return question
    return _EN_HOW_MUCH_LEAVE.sub("how many days of ", _EN_LEAVE_KIND.sub("", named))
