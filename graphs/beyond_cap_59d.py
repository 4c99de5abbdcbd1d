"""Days beyond a cap the previous answer gave: the rule for the rest (docthread59).

Sets 48/50: after "연차 남은거 내년으로 몇일까지 넘길수있어" was answered "쓰지 못한 연차는
다음 해로 최대 5일까지 이월할 수 있습니다.", "8일 남으면요?" and "8일 남았으면 나머지 3일은
어떻게 돼" went to a model, read as arithmetic. The section states both halves: the cap
("최대 5일까지 이월할 수 있습니다") and what becomes of the days it does not take ("이월하지
못한 연차는 1월 급여일에 수당으로 지급합니다").

The rule, for a follow-up stating one count of days (and at most the rest it works out,
"나머지 3일") and asking what happens ("이면요?", "어떻게 돼", "what happens"), nothing else:
when exactly one sentence of the previous answer's section states a cap on days ("최대
N일까지 <act>") below the count, and exactly one other sentence of the section states what
becomes of what the act did not take ("<act>하지 못한", "<act>되지 않은"), both are quoted
with the split worked ("8일 중 5일은 이월, 나머지 3일은 …"). A count within the cap, a
rest that does not add up, or no sentence for the rest: not read (the other rules or an
honest decline follow).
"""

from __future__ import annotations

import re

from agents.documents import DocPlan
from graphs.amount_threshold_58c import section_sentences
from tools.calculator_spoken_amounts_en import spoken_counts_as_digits

__all__ = ["days_over_cap_asked", "rule_beyond_cap"]

# "8일 남으면요?", "8일 남았으면 나머지 3일은 어떻게 돼", "연차가 8일 남는데 어떡해요",
# "what if i have 8 days left", "8 days unused, what happens".
_ASK_KO = re.compile(
    r"^\s*(?:(?:그럼|그러면|만약|만약에|근데|혹시|저는|제가|연차가?|휴가가?|못\s*쓴\s*(?:게|거|연차가?))\s*)*"
    r"(?P<n>\d+)\s*일(?:이나|이|을|씩)?\s*"
    r"(?:남으면요?|남았으면요?|남았는데요?|남는데요?|남으면|못\s*쓰면요?|안\s*쓰면요?|남아\s*있으면요?"
    r"|이면요?|인데요?)\s*,?\s*"
    r"(?:(?:나머지|남은|넘는|넘은|초과한|초과된|못\s*넘긴|못\s*넘기는)\s*(?P<rest>\d+)\s*일(?:은|는|이|도)?\s*)?"
    r"(?:어떻게\s*(?:돼|되)[가-힣]*|어떡해[가-힣]*|어떻게\s*해[가-힣]*|사라지[가-힣]*|없어지[가-힣]*"
    r"|날아가[가-힣]*)?\s*[?？.!~]*\s*$"
)
_ASK_EN = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay|what\s+if|if)\s+)*(?:i\s+(?:have|had|still\s+have)\s+)?"
    r"(?P<n>\d+)\s+days?\s+(?:left|remaining|unused|over|left\s+over)\s*,?\s*"
    r"(?:(?:what\s+happens(?:\s+to\s+(?:the\s+)?(?:rest|others|other\s+(?P<rest>\d+)))?"
    r"|then\s+what|what\s+then)\s*)?[?.!]*\s*$",
    re.IGNORECASE,
)
_CAP = re.compile(r"최대\s*(?P<n>\d+)\s*일까지\s*(?P<act>[가-힣]{2,4}?)(?:할|될|해|하|받)")


def days_over_cap_asked(text: str) -> tuple[int, int | None] | None:
    """The follow-up's count of days and the rest it names ("8일 … 나머지 3일"), or None."""
    said = spoken_counts_as_digits(text)  # "eight days left"
    found = _ASK_KO.match(said) or _ASK_EN.match(said)
    if found is None:
        return None
    rest = found.groupdict().get("rest")
    return int(found["n"]), (int(rest) if rest else None)


def rule_beyond_cap(text: str, previous: DocPlan) -> DocPlan | None:
    """The cap and the rule for the days past it, with the split worked, or ``None``.

    Args:
        text: The follow-up ("8일 남으면요?").
        previous: The previous question's extractive plan (its citations carry their
            sections' text).
    """
    asked = days_over_cap_asked(text)
    if previous.kind != "extractive" or asked is None:
        return None
    days, rest = asked
    sentences = section_sentences(previous.citations)
    caps = [(s, c, m) for s, c in sentences for m in [_CAP.search(s)] if m is not None]
    if len(caps) != 1:
        return None
    cap_sentence, citation, cap = caps[0]
    limit, act = int(cap["n"]), cap["act"]
    if days <= limit or (rest is not None and rest != days - limit):
        return None  # within the cap, or a rest that does not add up: not this rule
    untaken = re.compile(rf"{act}\s*(?:하지|되지|받지)\s*(?:못한|않은|못하는|않는)")
    others = [(s, c) for s, c in sentences if s != cap_sentence and untaken.search(s)]
    if len(others) != 1 or others[0][1] is not citation:
        return None  # what becomes of the rest is not stated (or twice): not read
    korean = re.search("[가-힣]", text) is not None
    worked = (
        f"({days}일 중 {limit}일까지 {act}할 수 있고, 나머지 {days - limit}일은 "
        f"'{act}하지 못한' 날에 해당합니다.)"
        if korean
        else f"({days} days: up to {limit} as the first sentence says; the other "
        f"{days - limit} fall under the second.)"
    )
    why = (
        "follow-up: days beyond the cap the previous answer gave, and the rule for the rest "
        "(beyond_cap_59d)"
    )
    return DocPlan(
        kind="extractive",
        reasons=[why],
        answer=f"{cap_sentence} [1] {others[0][0]} [1] {worked}",
        citations=[{**citation, "id": 1}],
    )
