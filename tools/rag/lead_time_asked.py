"""A question asking how early is not answered by a span that is no lead time.

"How early do I need to be at the harbour with my car?" asks how long *before* the
departure one must arrive. A ferry page's opening sentence names the harbour and the car
ferry and states "crossing time 50 minutes": a duration, so the answer-type check lets it
through, and it matched the question's words best (blind set 33 quoted it). Such a span is
how long something lasts, not how long before something one must act. The reverse of
:mod:`tools.rag.lead_times` (a lead time does not say how long a thing takes).

The rule, closed-class only: when a question asks how early or how far ahead ("how early",
"how far in advance", "how long before", 얼마나 일찍, 몇 분 전에), a sentence that states
durations and follows none of them with a word of advance notice ("before", "in advance",
"ahead", "early", "prior", 전, 앞서, 미리) answers another question. A sentence stating no
duration at all is left to the other checks (a clock time may still say by when).
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["asks_arrival_lead", "asks_how_early", "misses_arrival_act", "states_no_lead_time"]

_ASKS_HOW_EARLY = re.compile(
    r"\bhow\s+early\b|\bhow\s+far\s+(?:in\s+)?(?:advance|ahead)\b|"
    # "how many minutes early should I be" (early57: a check-up table's "10 minutes" was quoted).
    r"\bhow\s+(?:long|many\s+(?:minutes|mins|hours|days|weeks))\s+"
    r"(?:before|ahead|in\s+advance|early|earlier)\b|"
    # ("며칠 전까지 올려야 돼요?" is 몇 일 written as one word: set 36 quoted "복귀 후 2일 안에".)
    r"얼마\s*나\s*(?:일찍|미리|먼저)|(?:몇\s*(?:분|시간|일|주)|며칠)\s*(?:이)?전(?:에|까지|부터)|"
    r"(?:몇\s*(?:분|시간|일|주)|며칠)\s*(?:더\s*)?(?:일찍|먼저|미리|앞서)",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
# A duration in figures or in words ("30 minutes", "1시간", "하루", "two days").
_DURATION = re.compile(
    rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}\b|\d+(?:[.,~\-]\d+)?\s*{KO_TIME_UNIT}|"
    r"(?<![가-힣])(?:하루|이틀|사흘|일주일)|"
    rf"\b(?:one|two|three|four|five|ten|fifteen|twenty|thirty|an?)\s+{EN_TIME_UNIT}\b",
    re.IGNORECASE,
)
# What follows a span that counts back from an event: "30 minutes before departure",
# "2 days in advance", "an hour early", "출발 30분 전까지", "하루 앞서", "30분 미리".
_LEAD_AFTER = re.compile(
    r"\s*(?:in\s+advance|ahead|beforehand|before|prior|early|earlier)\b|"
    r"\s*(?:이?전(?:에는|에|까지|부터|엔)?(?![가-힣])|앞서|미리|일찍|먼저)",
    re.IGNORECASE,
)


def asks_how_early(question: str) -> bool:
    """Whether the question asks how long before something (how early, how far ahead)."""
    return _ASKS_HOW_EARLY.search(question) is not None


def states_no_lead_time(question: str, sentence: str) -> bool:
    """Whether the question asks how early and the sentence's spans are none of them lead times.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks how early, the sentence states at least one duration,
        and no duration is followed by a word of advance notice; False otherwise.
    """
    if not asks_how_early(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return not any(_LEAD_AFTER.match(sentence, m.end()) for m in spans)


# The act a how-early question asks the lead time of, when that act is arriving: the verb
# right after "how early (should|do|must) I (have to|need to)" ("come in", "be for my
# appointment", "turn up", "get there") or right after 몇 분 전에 / 얼마나 일찍 ("와야",
# "도착해야", "가야"). Only that slot is read: "how early do I have to cancel if I can't
# come" asks about cancelling, and its "come" sits elsewhere.
_EN_ASKED_ARRIVAL = re.compile(
    r"\bhow\s+(?:early|far\s+(?:in\s+)?(?:advance|ahead)|"
    r"(?:long|many\s+(?:minutes|mins|hours))\s+(?:before|ahead|in\s+advance|early|earlier))\s+"
    r"(?:do|does|should|must|shall|would|will|can|could|have|need|ought)\s+"
    r"(?:i|we|you|they|one|he|she|my\s+\w+|our\s+\w+)\s+"
    r"(?:(?:have|need|ought|got)\s+to\s+|be\s+able\s+to\s+|try\s+to\s+)?"
    r"(?:arriv\w*|come|get\s+(?:there|here|to|in)\b|be\s+(?:there|here|at|for|in|on)\b|"
    r"turn\s+up|show\s+up|check\s*-?\s*in|report|head\s+(?:over|in|there|down))",
    re.IGNORECASE,
)
_KO_ASKED_ARRIVAL = re.compile(
    r"(?:얼마\s*나\s*(?:일찍|미리|먼저)|(?:몇\s*(?:분|시간)|며칠)\s*(?:이)?"
    r"(?:전(?:에|까지|부터)?|(?:더\s*)?(?:일찍|먼저|미리|앞서)))\s*"
    # One place word may sit between ("몇 분 전에 병원에 와야").
    r"(?:[가-힣]+(?:에|까지|으로|로)\s+)?"
    # (올 of 오다, never of 올리다: "며칠 전에 올려야" submits a request, set 20.)
    r"(?:와|오(?!래)|올(?![려리렸린릴])|도착|가야|가면|갈|가서|내원|입장|입실|방문|들어)"
)
# Words a sentence states arriving with, in either language: "arrive", "be here", "check
# in", 도착, 오세요, 내원, 입장. A sentence naming none of them counts its span before another
# act ("tell us 72 hours before" a move; "no alcohol for 24 hours before").
_STATES_ARRIVAL = re.compile(
    r"\barriv\w*|\bcom(?:e|ing)\b|\bbe\s+(?:here|there|at|in|on\s+site|seated|ready)\b|"
    r"\bget\s+(?:here|there|to|in)\b|\bturn\s+up\b|\bshow\s+up\b|\bcheck\s*-?\s*in\b|"
    r"\breport\s+to\b|\benter\b|\bentry\b|\bboard(?:ing)?\b|\bgates?\b|\bdoors?\b|"
    r"도착|오시|오세요|와\s*주|와야|내원|입장|입실|방문|체크인|탑승|수속|접수",
    re.IGNORECASE,
)


def asks_arrival_lead(question: str) -> bool:
    """Whether the question asks how long before an event one must arrive."""
    return (
        _EN_ASKED_ARRIVAL.search(question) is not None
        or _KO_ASKED_ARRIVAL.search(question) is not None
    )


def misses_arrival_act(question: str, sentence: str) -> bool:
    """Whether the question asks how early to arrive and the sentence's span is for another act.

    "how early do I have to come in for a booked appointment" was answered with "You can
    move your appointment once for free if you tell us at least 72 hours before": a span
    before the appointment, but the notice for moving it, not how early to come. The asked
    act (arriving) must be the sentence's act.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks how early to arrive and the sentence names no
        arriving (in either language): whatever span or time it states ("the same day",
        "72 hours before") is then for another act.
    """
    if not asks_arrival_lead(question):
        return False
    return _STATES_ARRIVAL.search(sentence) is None
