"""A sentence on what follows another event is no answer to whether an act is allowed.

Blind set 48: "낚싯대 없는데 빌릴수 있어요?" was answered with "낚싯대가 부러지면 보증금에서
수리비를 뺍니다": the rental footnote's second sentence, whose rod and (through the sentence
before) rental matched, but which says what happens if a rod breaks. A Korean sentence that
names no word of the asked act, opens with a condition on something else ("…가 부러지면")
and then rules nothing (no -ㄹ 수 있다/없다, -어도 되다, 가능, 금지) states another case's
consequence. One that rules ("목줄을 하면 함께 올 수 있습니다") still answers.
"""

from __future__ import annotations

from collections.abc import Collection

from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import language_of

__all__ = ["tells_another_case"]

_IF_ENDINGS = frozenset({"면", "으면"})
# Forms that rule on an act or state what may be done: a sentence holding one answers.
_RULING_FORMS = frozenset({"수", "되", "가능", "불가", "불가능", "금지", "허용", "안", "못"})


def tells_another_case(sentence: str, words: Collection[str]) -> bool:
    """Whether a Korean sentence only tells what follows a condition on another event.

    Args:
        sentence: A candidate answer sentence.
        words: The asked act's words.

    >>> tells_another_case("낚싯대가 부러지면 보증금에서 수리비를 뺍니다.", {"빌리", "대여"})
    True
    >>> tells_another_case("목줄을 하면 함께 올 수 있습니다.", {"데려가"})
    False
    """
    if language_of(sentence) != "ko":
        return False
    tags = morpheme_tags(sentence)
    forms = [form for form, _ in tags]
    if set(forms) & set(words) or set(forms) & _RULING_FORMS:
        return False
    # The condition's predicate: a verb or adjective right before -면, not an act word.
    return any(
        tag == "EC" and form in _IF_ENDINGS and i and tags[i - 1][1] in ("VV", "VA")
        for i, (form, tag) in enumerate(tags)
    )
