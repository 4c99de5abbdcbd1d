"""A person named as arriving, starting or leaving: ``Birdie Vanterpool joins the support
team on Monday``, ``Hollis Fairbrother retires in June`` (redteam33).

Welcome posts, org announcements and farewell cards name a person with the verb of their
move, and nothing else around the name says it is one: a rare family name (``Vanterpool``)
is in no list, and no title, label or relation stands before it. The verb says a person is
meant (a team or a firm ``joins`` too, so the first word must be a listed given name):
a given name and one or two capitalised family words right before ``joins``/``joined``/``is
joining``/``starts``/``started``/``retires``/``is leaving``/``has left``/``was promoted``/
``passed away``, or a chat tool's ``was added to``/``was removed from`` (redteam51). A brand,
a place or an organisation word there is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.name_list import is_given_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.public_name_questions import names_no_one_asked_about
from core.privacy.types import Hit

__all__ = ["detect_arrival_names_en"]


def _public(text: str, start: int, end: int) -> bool:
    # A famous person asked about ("who was … and why is she famous?") or a placeholder.
    return names_no_one_asked_about(text, start, end) or asks_about_a_public_figure(
        text, start, end
    )


_MOVE = (
    r"(?:joins|joined|(?:is|will[ \t]+be|has)[ \t]+join(?:ing|ed)|will[ \t]+join|starts|started|"
    r"(?:is|will[ \t]+be)[ \t]+starting|will[ \t]+start|retires|retired|is[ \t]+retiring|"
    r"is[ \t]+leaving|has[ \t]+left|leaves|(?:was|has[ \t]+been|got)[ \t]+promoted|"
    r"passed[ \t]+away|"
    # redteam51: a chat tool's system line ("Marisol Ekwueme-Hartley was added to the team by
    # you", "… has been removed from the channel").
    r"(?:was|has[ \t]+been|got)[ \t]+(?:added|removed|invited)[ \t]+(?:to|from)"
    # A chat's own place after it (a team, a channel "#finance", a group, a call) makes the
    # line a chat tool's, whose subject is a member whether the lists know the name or not.
    r"(?P<chat>[ \t]+(?:#[\w-]+|(?:the|this|your|our)[ \t]+(?:team|channel|chat|group|"
    r"meeting|conversation|workspace|server|call|space)\b))?)"
)
_ARRIVAL_RE = LazyPattern(
    r"(?P<name>(?P<given>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?){1,2})"
    r"[ \t]+" + _MOVE + r"(?![A-Za-z])"
)
_CUES = (
    "join", "start", "retir", "leav", "left", "promoted", "passed away", "added", "removed",
    "invited",
)  # fmt: skip


def detect_arrival_names_en(text: str) -> Iterator[Hit]:
    """Full names before a verb of joining, starting or leaving (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _ARRIVAL_RE.finditer(text):
        words = m.group("name").split()
        # A chat tool's system line names its members, listed given name or not ("Perpetua
        # Hollings was added to the team"); an app or a meeting added there is left out by the
        # person-word check below (brands, organisation and common words).
        chat_line = m.group("chat") is not None
        if not (chat_line or is_given_name(m.group("given"))) or any(is_brand(w) for w in words):
            continue
        if latin_person_words(words):
            if _public(text, m.start("name"), m.end("name")):
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
