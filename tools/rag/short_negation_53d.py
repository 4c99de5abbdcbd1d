"""A Korean action noun negated the short way, written the long way a rule writes it.

Chat negates a 하다 verb by putting 못 between its noun and 하다 ("이월 못한 연차",
"출근 못 하면", "결제 못 했는데"); a policy writes the long form ("이월하지 못한 연차는 1월
급여일에 수당으로 지급합니다"). Read as typed, Kiwi cut "이월 못한" into 이 + 월 (two
months) and the adjective 못하다 (to be worse), so the question's subject was a month no
document names and the sentence that answers it was passed over. Written "이월하지 못한",
the noun is the rule's own word.

Only a noun Kiwi reads as a 하다 verb's noun ("이월하다": NNG + XSV) is rewritten: a
pronoun ("그거 못 해요"), an adverb ("아직 못 했어요", "잘 못해요") or a noun that is no
act ("술 못 마셔요": no 하) keeps its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tools.rag.textutil import kiwi_tokenize

__all__ = ["is_action_noun", "with_long_negation"]

# A bare Hangul word, then 못 and a form of 하다 (하/한/할/함/해/했/합), spaced or not.
_SHORT_NEGATION = re.compile(r"(?<![가-힣])([가-힣]{2,5})\s+못\s?(?=[하한할함해했합])")
# 못 before the whole verb ("못 이월한 건요?"): the noun, then the form of 하다.
_NEGATED_VERB = re.compile(
    r"(?<![가-힣])못\s+([가-힣]{2,5}?)(하|한|할|함|해|했|합)(?![가-힣]*지\s*못)"
)


@lru_cache(maxsize=512)
def is_action_noun(word: str) -> bool:
    """Whether Kiwi reads ``word`` + 하다 as one noun made a verb (이월하다, 출근하다)."""
    tokens = kiwi_tokenize(f"{word}하다")
    return (
        len(tokens) >= 2
        and tokens[0].form == word
        and tokens[0].tag == "NNG"
        and tokens[1].tag == "XSV"
    )


def _long_form(match: re.Match[str]) -> str:
    noun = match.group(1)
    return f"{noun}하지 못" if is_action_noun(noun) else match.group(0)


def _long_form_of_verb(match: re.Match[str]) -> str:
    noun, form = match.group(1), match.group(2)
    # 하 → 하, 한 → 한: the form of 못하다 keeps the verb's ending.
    return f"{noun}하지 못{form}" if is_action_noun(noun) else match.group(0)


def with_long_negation(question: str) -> str:
    """``question`` with each short-negated action noun in its long form.

    Args:
        question: The question as typed (or as a follow-up carried it).

    Returns:
        "이월하지 못한 연차는 어떻게 돼요?" for "이월 못한 연차는 어떻게 돼요?",
        "출근하지 못하면" for "출근 못 하면" and "이월하지 못한" for "못 이월한"; the
        question unchanged otherwise.
    """
    return _NEGATED_VERB.sub(_long_form_of_verb, _SHORT_NEGATION.sub(_long_form, question))
