"""A question asking a walk between places is answered only by a sentence stating a walk.

"how many minutes walking from the subway station to the clinic" shares the clinic, the
minutes-as-a-length and (across languages) the hour of "진료를 받으신 분은 … 1시간 동안 무료로
주차할 수 있습니다", which was quoted for it (brief walk59: the free-parking sentence given for
two walk questions). A walk (walk, walking, on foot, 걸어서, 걸어가, 도보, 걷다) is a travel time
or distance between places; a parking time is another question. So where a walk is asked, only
a sentence stating a walk or a distance (walk, on foot, 걸어서, 도보, 거리, distance, away,
metres) answers it; any other sentence is screened and the planner declines or picks on.

Not a walk: walking in with no appointment ("can I walk in", "walk-ins"), a phone call
("전화 걸어서 예약"), a parking question ("how long is parking free").
"""

from __future__ import annotations

import re

__all__ = ["asks_walk", "misses_asked_walk"]

# Switch for the switch-off tests (tests/tools/rag/test_walk_59w.py).
use_walk_screen = True

# "walk", "walking", "a 5-minute walk", "on foot", "by foot", "걸어서", "걸어가면", "걸어 가요",
# "도보로", "걷는", "걸으면". "walk in"/"walk-ins" is a visit with no appointment
# (tools.rag.everyday_english_59x), "전화 걸어서" a phone call: neither is a walk.
_ASKS_WALK = re.compile(
    r"\bwalk(?:s|ing|ed|able)?\b(?![- ]?ins?\b)"
    r"|\b(?:on|by)\s+foot\b"
    r"|(?<!전화)(?<!전화를)(?<!전화\s)(?<!전화를\s)걸어\s*(?:서|가|와|오)"
    r"|도보|걷|걸으면|걸을",
    re.IGNORECASE,
)

# A sentence stating a walk or the distance between places.
_STATES_WALK = re.compile(
    r"\bwalk(?:s|ing|ed|able)?\b(?![- ]?ins?\b)|\b(?:on|by)\s+foot\b|\bdistance\b|\baway\b"
    r"|\b\d+\s*(?:m|km|metres?|meters?)\b|걸어|도보|걷|걸으면|거리|미터|킬로",
    re.IGNORECASE,
)


def asks_walk(question: str) -> bool:
    """Whether the question asks a walk (a travel time or distance on foot)."""
    return bool(_ASKS_WALK.search(question))


def misses_asked_walk(question: str, sentence: str) -> bool:
    """Whether a walk is asked and the sentence states no walk or distance.

    Why: the free-parking sentence ("1시간 동안 무료로 주차") was quoted for "how many minutes
    walking from the subway station"; a parking time is never a walk's length.
    """
    return use_walk_screen and asks_walk(question) and not _STATES_WALK.search(sentence)
