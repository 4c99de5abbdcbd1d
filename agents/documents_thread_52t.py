"""A follow-up's quote, kept to the sections the thread's previous answer quoted.

"최대 몇일까지요?" after "3년 넘게 일하면 연차 더 줘요?" (answered from the leave policy's
annual-leave section: "… 최대 25일까지 받을 수 있습니다") asks the maximum of the same
leave. Asked with the thread's subject, the search leads with that very sentence, and
then adds the other maxima of the policy ("병가는 1년에 최대 60일까지", "이월 … 최대
5일까지"), which answer other questions of other sections. A quote must then come only
from the thread's sections (graphs.thread_document_query), so the whole quote was dropped
and the turn went to a model, which could only guess.

The rule: when the quote's LEAD sentence comes from a section the previous answer cited,
the quote is kept to its sentences from those sections, renumbered; the rest were the
search's further candidates, not the answer. A quote whose lead sentence comes from
another section is none of the thread's: it stays dropped. Everything else the thread
checks (the lead names what the follow-up adds) still applies to the kept quote.

Two more readings of a thread's follow-up live here:

- "and in busan?" after "… a hotel night in seoul" swaps the place, as "and in dollars?"
  swaps a unit; only a unit or a currency converts the previous answer
  (``converts_the_answer``), a place asks the documents again.
- Its quote names no Busan, but "120,000 won per night in Seoul and 90,000 won per night
  elsewhere" states the rule for every place but Seoul: a sentence naming the previous
  question's place and a rule for everywhere else answers for the swapped place
  (``elsewhere_covers_swapped_place``). A sentence naming only Seoul's figure does not.
- "and if i drive my own car?" after "how much can i spend on meals per day on a business
  trip" asks how much, for a new case: asked alone it asks nothing a sentence could state
  (no question word), so the previous question's wh-phrase frames it: "how much if i drive
  my own car?" (``asked_in_previous_frame``). The thread's checks then apply as to the
  follow-up's own question (the lead must name the car).
- "술 자주 마시는 사람은?" after acetaminophen's daily maximum asks the maximum (or any
  rule) for people who drink, not who they are; read as asking for a person, no
  sentence stated one and the turn was declined. In a thread, a group of people a clause
  describes is the condition of that clause: "술 자주 마시면요?" (``group_as_condition``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from agents.documents import DocPlan
from core.errors import ToolInputError
from tools.currency import resolve_currency
from tools.followup_edits import TARGET_RE
from tools.rag.elsewhere import states_rule_for_elsewhere
from tools.units import unit_symbol

__all__ = [
    "asked_in_previous_frame",
    "converts_the_answer",
    "elsewhere_covers_swapped_place",
    "group_as_condition",
    "quote_within_sections",
]

# "in seoul", "to Busan", "at the Leeds office": the place a question names after a preposition.
_PLACE_AFTER = re.compile(r"\b(?:in|to|at|near|from)\s+(?:the\s+)?([A-Za-z]{3,})\b", re.IGNORECASE)
# The follow-up that only swaps that place: "and in busan?", "what about in Leeds?".
# The wh-phrase an English question opens with ("how much", "what time"), after an "and".
_WH_OPENING = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?P<wh>how\s+(?:much|many|long|often|far|early|late|soon)"
    r"|what\s+time|when|where|who)\b",
    re.IGNORECASE,
)
# Any question word or opening auxiliary: a follow-up holding one asks in its own frame.
_OWN_FRAME = re.compile(
    r"\b(?:what|how|when|where|who|whom|which|why)\b"
    r"|^\s*(?:and\s+)?(?:is|are|do|does|did|can|could|will|would|should|may|must)\b",
    re.IGNORECASE,
)
# The case a frameless follow-up adds: "and if …", "what if …" is framed above; "and for …".
_NEW_CASE = re.compile(r"^\s*(?:and\s+|but\s+)?(?P<rest>(?:if|for|with|without)\b.+)$", re.I)
# "술 자주 마시는 사람은?", "임신 중인 분은요?": a group a clause describes, nothing else.
_DESCRIBED_GROUP = re.compile(
    r"^(?P<clause>\S.*?(?P<last>[가-힣]))(?P<ending>는|인)\s*(?:사람|분)들?(?:은|는)\s*요?\s*[?？]?\s*$"
)
_SWAPPED_PLACE = re.compile(
    r"^\s*(?:and|what\s+about|how\s+about)?\s*(?:in|to|at|near|from)\s+(?:the\s+)?"
    r"(?P<place>[A-Za-z]{3,})\s*\??\s*$",
    re.IGNORECASE,
)

# "sentence [1] sentence [2]": each quoted sentence followed by its citation marker.
_QUOTED = re.compile(r"(?P<sentence>.*?)\s*\[(?P<id>\d{1,3})\]\s*", re.DOTALL)


def _section(citation: dict[str, object]) -> tuple[str, str]:
    return str(citation.get("source", "")), str(citation.get("locator", ""))


def quote_within_sections(
    plan: DocPlan, sections: Set[tuple[str, str]], *, lead_may_leave: bool = False
) -> DocPlan | None:
    """``plan``'s quote kept to ``sections``, or ``None`` when its lead is from elsewhere.

    Args:
        plan: An extractive plan ("s1 [1] s2 [2] …" with its citations).
        sections: The (source, locator) pairs the thread's previous answer cited.
        lead_may_leave: Keep the sentences from ``sections`` even when the lead sentence
            is from elsewhere (it is dropped with the rest from elsewhere).

    Returns:
        The plan quoting only its sentences from ``sections``, citations renumbered from 1;
        ``plan`` itself when every sentence is from them; ``None`` when the lead sentence
        is not, or the answer cannot be read as quoted sentences.
    """
    by_id = {int(str(c.get("id", 0))): c for c in plan.citations}
    quoted = [(m["sentence"].strip(), int(m["id"])) for m in _QUOTED.finditer(plan.answer)]
    if not quoted or "".join(m.group(0) for m in _QUOTED.finditer(plan.answer)) != plan.answer:
        return None
    inside = [(s, i) for s, i in quoted if i in by_id and _section(by_id[i]) in sections]
    if not inside or (inside[0] != quoted[0] and not lead_may_leave):
        return None
    if len(inside) == len(quoted):
        return plan
    renumbered: dict[int, int] = {}
    for _, old in inside:
        renumbered.setdefault(old, len(renumbered) + 1)
    citations = [{**by_id[old], "id": new} for old, new in renumbered.items()]
    answer = " ".join(f"{s} [{renumbered[i]}]" for s, i in inside)
    why = "follow-up: the quote kept to the sections the previous answer cited"
    return plan.model_copy(
        update={"answer": answer, "citations": citations, "reasons": [*plan.reasons, why]}
    )


def _is_unit_or_currency(word: str) -> bool:
    if unit_symbol(word) is not None or unit_symbol(word.rstrip("s")) is not None:
        return True
    try:
        resolve_currency(word)
    except ToolInputError:
        return False
    return True


def converts_the_answer(text: str) -> bool:
    """Whether ``text`` asks the previous answer in another unit or currency ("and in yen?").

    "and in busan?" reads the same way but names a place: it asks the documents again.
    """
    match = TARGET_RE.match(text)
    if match is None:
        return False
    target = (match["en"] or match["ko"] or "").strip().lower()
    return _is_unit_or_currency(target) or _is_unit_or_currency(target.rstrip("s"))


def elsewhere_covers_swapped_place(sentence: str, text: str, previous_question: str) -> bool:
    """Whether ``sentence`` states the rule for the place ``text`` swaps in ("and in busan?").

    Args:
        sentence: A quoted sentence.
        text: The follow-up; it must name nothing but a place after a preposition.
        previous_question: The question before it, naming its own place the same way.
    """
    swapped = _SWAPPED_PLACE.match(text)
    if swapped is None or _is_unit_or_currency(swapped["place"]):
        return False
    place = swapped["place"].lower()
    before = {m.lower() for m in _PLACE_AFTER.findall(previous_question)} - {place}
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    return place not in words and bool(before & words) and states_rule_for_elsewhere(sentence)


def asked_in_previous_frame(text: str, previous_question: str) -> str | None:
    """The frameless follow-up asked with the previous question's wh-phrase, or ``None``.

    Args:
        text: The follow-up ("and if i drive my own car?").
        previous_question: The question before it ("how much can i spend on meals …").

    Returns:
        "how much if i drive my own car?"; ``None`` when either is not English, the
        follow-up has a question word of its own or adds no case ("if …", "for …"), or
        the previous question opens with no wh-phrase.
    """
    if not (text.isascii() and previous_question.isascii()) or _OWN_FRAME.search(text):
        return None
    case = _NEW_CASE.match(text)
    frame = _WH_OPENING.match(previous_question)
    if case is None or frame is None:
        return None
    return f"{' '.join(frame['wh'].lower().split())} {case['rest'].strip()}"


def _has_final_consonant(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def group_as_condition(text: str) -> str | None:
    """A follow-up naming a group by a clause, as that clause's condition, or ``None``.

    Args:
        text: The follow-up ("술 자주 마시는 사람은?", "임신 중인 분은요?").

    Returns:
        "술 자주 마시면요?", "임신 중이면요?"; ``None`` for any other follow-up.
    """
    found = _DESCRIBED_GROUP.match(text.strip())
    if found is None:
        return None
    # 먹는 → 먹으면, 마시는 → 마시면; 중인 → 중이면, 학생인 → 학생이면.
    joint = "으" if found["ending"] == "는" and _has_final_consonant(found["last"]) else ""
    condition = "이면요?" if found["ending"] == "인" else f"{joint}면요?"
    return f"{found['clause']}{condition}"
