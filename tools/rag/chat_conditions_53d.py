"""A condition told as a small story, in the words a rule states it with.

"아침에 갑자기 아파서 출근 못 하면 어떻게 해야 돼요?" asks what a leave rule states as
"갑자기 아픈 경우에는 당일 오전 9시 전까지 팀장에게 전화로 알리고 …"; two words of the
story are no word of the rule, and the question was sent to a model:

* 아침에 (in the morning, a time) is the 오전 a rule writes. Only "아침에", the time: 아침
  alone is also breakfast ("아침 먹고 가도 돼요?"), which keeps its word.
* After falling ill ("아파서", "몸이 안 좋아서", "열이 나서"), the act the illness prevents
  ("출근하지 못하면", "등교하지 못하면") is the story's consequence; a rule on sudden
  illness is stated on the illness. The act's noun comes off ("아파서 못 하면") when no
  document holds it: a collection that writes 출근 keeps it. Only an illness: after
  another cause ("다쳐서", "늦잠 자서") the act stays, and a rule on illness is not
  quoted for an injury.

Both only when the collection lacks the asker's word and holds the other (the callers
pass which words it never holds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

__all__ = ["with_morning_as_am", "without_prevented_act"]

_MORNING = re.compile(r"(?<![가-힣])아침에(?=\s)")
# Falling ill as the cause ("아파서", "몸이 안 좋아서", "열이 나서", "감기 걸려서"), then an act
# noun negated the long way (as tools.rag.short_negation_53d writes it): "출근하지 못하면".
_PREVENTED = re.compile(
    r"(?:아파서|아프고|안\s*좋아서|열이\s*나서|걸려서)\s+"
    r"(?P<act>[가-힣]{2,5})하지\s*못(?=[하한할함해했합])"
)


def with_morning_as_am(question: str, unknown: Callable[[list[str]], Collection[str]]) -> str:
    """``question`` with "아침에" written "오전에" when only 오전 is a word of the documents.

    Args:
        question: The user's question.
        unknown: Of the given index words, those the collection never holds.
    """
    if not _MORNING.search(question):
        return question
    missing = set(unknown(["아침", "오전"]))
    if "아침" not in missing or "오전" in missing:
        return question
    return _MORNING.sub("오전에", question)


def without_prevented_act(question: str, unknown: Callable[[list[str]], Collection[str]]) -> str:
    """``question`` without the act a cause prevents, when no document names that act.

    Args:
        question: The question, its short negations already long ("아파서 출근하지 못하면").
        unknown: Of the given index words, those the collection never holds.

    Returns:
        "갑자기 아파서 못 하면 어떻게 해야 돼요?"; the question unchanged otherwise.
    """
    found = _PREVENTED.search(question)
    if found is None or not unknown([found["act"]]):
        return question
    return f"{question[: found.start('act')]}못 {question[found.end() :]}"
