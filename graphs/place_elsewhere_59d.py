"""A place the rule does not list, asked after it: the rule's "elsewhere" (docthread59).

Sets 48/49 and probes58: after "whats the hotel cap per night in seoul" was answered
"Hotel stays are reimbursed up to 120,000 won per night in Seoul and 90,000 won per night
elsewhere.", the follow-ups "and for busan?", "what if the conference is in daegu",
"제주도 가면 얼마까지?" and "광주 출장이면요?" went to a model or were declined: the place is
in no document. Yet the rule answers it: "elsewhere" is every place but the one it names.

The rule, for a follow-up that names exactly one place of the gazetteer
(:func:`tools.followup_rate_qualifier.named_places`, cities and provinces in both scripts;
an unknown word is never taken for a place) and otherwise only the words of asking the
previous question again ("and for", "what if the conference is in", "가면 얼마까지",
"출장이면요"): when exactly one sentence the previous answer quoted names another place and
states the rule for everywhere else, that sentence is quoted, with a note that the asked
place falls under "elsewhere". The place the sentence names itself ("what if it's in seoul
again"), a follow-up asking something of its own ("부산 맛집 어디야"), or two such sentences
are left to the other rules.
"""

from __future__ import annotations

import re

from agents.documents import DocPlan
from tools.followup_rate_qualifier import city_under_elsewhere
from tools.place_asked_59d import place_asked

__all__ = ["rule_for_place_elsewhere"]

_QUOTED = re.compile(r"(?P<sentence>[^\[\]]+?)\s*\[(?P<id>\d{1,3})\]\s*")


def rule_for_place_elsewhere(text: str, previous: DocPlan) -> DocPlan | None:
    """The previous answer's "… elsewhere" sentence for a place it does not list, or None.

    Args:
        text: The follow-up ("and for busan?", "제주도 가면 얼마까지?").
        previous: The previous question's plan (only an extractive quote is read).
    """
    if previous.kind != "extractive":
        return None
    place = place_asked(text)
    if place is None:
        return None
    quoted = [(m["sentence"].strip(), m["id"]) for m in _QUOTED.finditer(previous.answer)]
    covering = [(s, i) for s, i in quoted if city_under_elsewhere(place, s)]
    if len(covering) != 1:
        return None  # none (the place is listed, or no "elsewhere"), or two rules
    sentence, cited = covering[0]
    citations = [{**c, "id": 1} for c in previous.citations if str(c.get("id")) == cited]
    if not citations:
        return None
    if re.search("[가-힣]", text):
        topic = "은" if (ord(place[-1]) - 0xAC00) % 28 else "는"  # 광주는, 인천은
        note = f"({place}{topic} 규정에 따로 적혀 있지 않아 'elsewhere'(그 외 지역)에 해당합니다.)"
    else:
        note = f"({place.title()} is not named in the rule, so it falls under 'elsewhere'.)"
    why = (
        "follow-up naming a place the previous answer's rule does not list: its rule for "
        "everywhere else (place_elsewhere_59d)"
    )
    return DocPlan(
        kind="extractive", reasons=[why], answer=f"{sentence} [1] {note}", citations=citations
    )
