"""A duration said after a rule with a threshold on days: the rule, with the comparison.

Set 49 and probes: after "병가 며칠부터 진단서 내야 돼요?" was answered "병가가 5일 이상이면
진단서를 제출해야 합니다.", "what if im only out for three days" was declined ("not in the
documents: three"): the leave policy is Korean, and the English count matched nothing. The
follow-up names a duration and asks whether the rule holds for it; the rule is the cited
section's threshold on days (docthread59). "열흘 쉬어야 되면요" already took the thread's
quote; here the comparison is worked as well, in either language.

The rule, for a follow-up that is a duration (digits or words: "three days", "two weeks",
"열흘", "사흘만", "10일") and words of asking the rule again ("what if im only out for",
"쉬어야 되면요", "만 쉬면요?") and nothing else: when exactly one sentence of the previous
answer's sections states a threshold on days, and only upwards ("5일 이상", "5 days or
more"), that sentence is quoted with the comparison ("3일은 '5일 이상'이 아닙니다"). A
threshold downwards or two thresholds, or a follow-up asking something of its own ("who
do i call"), are left to the other rules.
"""

from __future__ import annotations

import re

from agents.documents import DocPlan
from graphs.amount_threshold_58c import section_sentences
from graphs.condition_cover_56c import Figure, english_figure, korean_period_figure, meets_threshold
from tools.calculator_spoken_amounts_en import spoken_counts_as_digits

__all__ = ["duration_asked", "threshold_of_duration"]

_KO_DAYS = re.compile(r"(?<![\d.])(\d{1,3})\s*일(?![가-힣]*(?:날|에|까지|부터))")
_EN_WORDS = frozenset(
    {
        "what", "if", "im", "i'm", "i", "am", "only", "just", "out", "off", "for", "and", "so",
        "then", "sick", "be", "will", "would", "need", "take", "taking", "is", "it", "its",
        "it's", "a", "the", "about", "around", "like", "gonna", "going", "to", "stay", "home",
        "miss", "work", "ok", "okay", "but", "day", "days", "week", "weeks", "do", "does",
        "still", "that", "ill", "away", "leave", "of", "how", "one",
    }
)  # fmt: skip
_FRAME_WORDS = (
    r"그럼|그러면|만약|만약에|혹시|근데|제가|저는|만|정도|동안|연속으로?|내리|쯤"
    r"|병가(?:를|로|가|는)?|쉬면요?|쉬어야|쉬어야\s*되면요?|쉬게\s*되면요?|쉬게|되면요?|하면요?"
    r"|이면요?|면요?|정도면요?|쓰면요?|써야|써야\s*되면요?|빠지면요?|빠져야|결근하면요?|아프면요?"
    r"|입원하면요?|요|일|간|만요?"
)
# Asking the rule's own act again (docthread60e): "일주일 쉬면 내야되는거죠?", "사흘이면
# 제출해야 돼요?", "이틀만 쉬면 안 내도 되나요" - the act the cited sentence requires.
_ASKED_ACT = (
    r"안|병가면요?|(?:안\s?)?(?:내|제출하|제출해|가져가|가져와|준비해|첨부해)(?:야|도)?"
    r"(?:\s?(?:되는\s?거죠|되는\s?거에요|되는\s?건가요|되나요|되요|돼요|되죠|돼죠|하나요|하죠"
    r"|하는\s?거죠|겠네요|겠죠|해요|할까요|돼|되지|되는|함|됨))?|되는\s?거죠|거죠|거에요|건가요"
    r"|되나요|돼요|되죠|하나요|하죠|해요|할까요"
)
_KO_FRAME = re.compile(rf"(?:{_FRAME_WORDS}|{_ASKED_ACT})[?？.!~,]*")
# The sentence's threshold on days, upwards only: "5일 이상", "5일 넘게", "5 days or more".
_UP_KO = re.compile(r"(\d+)\s*일\s*(이상|초과|넘게|넘으면|넘는)")
_UP_EN = re.compile(
    r"(?:more\s+than|over|at\s+least|exceeding)\s+(\d+)\s+days?|(\d+)\s+days?\s+or\s+(?:more|longer)",
    re.IGNORECASE,
)
_KO_PERIOD_WORDS = re.compile(
    r"열흘|사흘|나흘|이틀|하루|닷새|엿새|이레|여드레|아흐레|보름|일주일|[한두세네]\s*주"
)
_DOWN = re.compile(r"미만|이하|\b(?:under|below|less\s+than|up\s+to|fewer\s+than)\b", re.I)


def duration_asked(text: str) -> Figure | None:
    """The duration a follow-up names when all else it says asks the rule again, or None."""
    if re.search("[가-힣]", text):
        digits = list(_KO_DAYS.finditer(text))
        if len(digits) == 1:
            figure: tuple[str, str] | None = (digits[0].group(1), "일")
            rest = text.replace(digits[0].group(0), " ", 1)
        else:
            figure = None if digits else korean_period_figure(text)
            rest = _KO_PERIOD_WORDS.sub(" ", text)
        if figure is None:
            return None
        if any(_KO_FRAME.fullmatch(w) is None for w in rest.split() if w.strip("?？.!~,")):
            return None
        return Figure(figure[0], figure[1], "")
    said = spoken_counts_as_digits(text.lower())
    found = english_figure(said)
    if found is None or found.unit.rstrip("s") not in ("day", "week"):
        return None
    if any(w not in _EN_WORDS for w in re.findall(r"[a-z']+", said)):
        return None
    return Figure(found.value, found.unit, "")


def threshold_of_duration(text: str, previous: DocPlan) -> DocPlan | None:
    """The section's one threshold sentence on days for the follow-up's duration, or None.

    Args:
        text: The follow-up ("what if im only out for three days", "열흘 쉬어야 되면요").
        previous: The previous question's extractive plan (its citations carry their
            sections' text).
    """
    figure = duration_asked(text)
    if previous.kind != "extractive" or figure is None:
        return None
    stating = [
        (s, c)
        for s, c in section_sentences(previous.citations)
        if meets_threshold(s, figure) and not _DOWN.search(s)
    ]
    if len(stating) != 1:
        return None  # none, or two thresholds on days: which one holds is not read
    sentence, citation = stating[0]
    up = _UP_KO.search(sentence) or _UP_EN.search(sentence)
    if up is None:
        return None
    limit = next(g for g in up.groups() if g and g.isdigit())
    met = meets_threshold(sentence, Figure(figure.value, figure.unit, "up"))
    said = up.group(0)
    asked = f"{figure.value}{'일' if figure.unit == '일' else ' ' + figure.unit}"
    if re.search("[가-힣]", text):
        worked = f"({asked}은 '{said}'에 {'해당합니다' if met else '해당하지 않습니다'}.)"
    else:
        worked = f"({asked} {'is' if met else 'is not'} {limit} days or more: '{said}'.)"
    why = (
        "follow-up naming a duration: the previous answer's section states a threshold on "
        "days (duration_threshold_59d)"
    )
    return DocPlan(
        kind="extractive",
        reasons=[why],
        answer=f"{sentence} [1] {worked}",
        citations=[{**citation, "id": 1}],
    )
