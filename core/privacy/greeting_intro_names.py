"""A given name alone after a greeting: ``hi all, I'm Tindra, new in town`` (redteam32).

:mod:`core.privacy.intro_names` reads ``I'm X`` as a name only when ``X`` is a listed given
name (or a listed family name follows), because ``I'm Happy``, ``I'm Back`` have the same
shape. A name no census list holds (``Tindra``, ``Kester``, ``Saoirse``) then went to the
cloud. A greeting right before (``hi``, ``hello all``, ``hey everyone,``) and a comma, stop
or ``and``/``from`` right after make the words an introduction: people greet a group, then
say who they are. Words that follow ``I'm`` as a state (``Back``, ``New``, ``Sorry``) or a
nationality are no names.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_greeting_intro_names"]

_GREETING_INTRO_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:hi|hello|hey|heya|hiya|howdy|greetings|good[ \t]+(?:morning|afternoon|"
    r"evening))(?:[ \t]+(?i:all|everyone|everybody|folks|team|there|guys|y'all|friends|gang|"
    r"neighbou?rs))?[ \t]*[,!.:;—–-]*[ \t]*(?:I['’]m|I[ \t]+am|[Ii]m)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?=[ \t]*[,.!;—–-]|[ \t]+(?:and|from|here)\b)"
)
# States and origins said after "I'm" ("hi, I'm new, …", "hey I'm Canadian and …").
_NOT_NAMES_TEXT = """
back new here home sorry fine good great late ready done confused stuck curious excited
happy glad tired lost busy free away out off sure still just also really very so not
british english irish scottish welsh american canadian australian korean japanese chinese
indian german french spanish italian dutch swedish norwegian danish polish
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def detect_greeting_intro_names(text: str) -> Iterator[Hit]:
    """A given name introduced right after a greeting (see the module)."""
    lowered = text.lower()
    if (
        "i'm" not in lowered
        and "i’m" not in lowered
        and "i am" not in lowered
        and "im " not in lowered
    ):
        return
    for m in _GREETING_INTRO_RE.finditer(text):
        name = m.group("name")
        if name.casefold() in _NOT_NAMES or is_english_non_name(name) or is_brand(name):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
