"""Self-introductions in more languages (redteam48).

Latin script: Icelandic ``ég heiti Sólveig Hrafnkelsdóttir`` (``nafn mitt er …``), Latvian
``mani sauc …``, Lithuanian ``mano vardas (yra) …``, Estonian ``minu nimi on …``, Slovak
``volám sa …``, Slovenian and Croatian ``ime mi je …``, Albanian ``unë quhem …`` / ``quhem
…``. Cyrillic: Kazakh ``менің атым Айгерім Жұмабекова`` (``менің есімім …``), Kyrgyz ``менин
атым …``, Bulgarian ``казвам се …``, Serbian and Macedonian ``зовем се …`` / ``се викам …``,
Belarusian ``мяне завуць …``. Armenian ``իմ անունը Անահիտ Մկրտչյան է``. Each says "my name
is": the capitalised words after it (one to four, of any cased script) are the writer's own
name, ended by the first word in lower case, a punctuation mark or the line's end (Armenian
closes the phrase with the copula ``է``, which is lower case).

A language course's model sentence stays public (``the textbook's 'ég heiti Jón'``), as does a
name the same text gives as a published work's author.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import capitalised_run_end, is_language_course_text
from core.privacy.public_checks_55p import is_a_named_works_author
from core.privacy.types import Hit

__all__ = ["detect_self_intros_56p"]

_PHRASE_RE = LazyPattern(
    r"(?i:(?<![^\W\d_])(?:"
    # Icelandic, Latvian, Lithuanian, Estonian, Slovak, Slovenian/Croatian, Albanian.
    r"ég[ \t]+heiti|nafn[ \t]+mitt[ \t]+er|mani[ \t]+sauc|mano[ \t]+vardas(?:[ \t]+yra)?|"
    r"minu[ \t]+nimi[ \t]+on|volám[ \t]+sa|ime[ \t]+mi[ \t]+je|(?:unë[ \t]+)?quhem|"
    # Kazakh, Kyrgyz, Bulgarian, Serbian/Macedonian, Belarusian.
    r"мен(?:ің|ин)[ \t]+(?:атым|есімім)|казвам[ \t]+се|зовем[ \t]+се|се[ \t]+викам|"
    r"мяне[ \t]+завуць|"
    # Armenian.
    r"իմ[ \t]+անունը"
    r"))[ \t]+"
)
_CUES = (
    "heiti", "nafn mitt", "sauc", "vardas", "nimi on", "volám", "ime mi", "quhem", "атым",
    "есімім", "казвам", "зовем", "викам", "завуць", "անունը",
)  # fmt: skip
_WORD_RE = LazyPattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def detect_self_intros_56p(text: str) -> Iterator[Hit]:
    """The writer's name after "my name is" in the languages above (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) or is_language_course_text(text):
        return
    for m in _PHRASE_RE.finditer(text):
        end = capitalised_run_end(text, m.end(), _WORD_RE)
        if end > m.end() and not is_a_named_works_author(text, text[m.end() : end]):
            yield Hit("person_name", m.end(), end, 0.8, False)
