"""Self-introductions in more languages (redteam47).

Latin script: Dutch ``ik heet Femke van der Heijden-Bos`` (``mijn naam is …``), Czech
``jmenuji se Kateřina Dvořáková`` (``jmenuju se``, ``mé jméno je``), Romanian ``mă numesc
Ioana Vulpescu`` (``numele meu este …``) and Welsh ``fy enw i yw Ceridwen Pryce`` (``fy enw
yw``, ``fy enw i ydy``). Each says "my name is": the capitalised words after it are the
writer's own name. Dutch and other names carry lower-case particles between capitalised words
(``van der``, ``de``, ``von``), taken in only when a capitalised word follows them.

Indian scripts, which have no capitals: Tamil ``என் பெயர் கவிநிலா சுப்பிரமணியன்``, Telugu
``నా పేరు …``, Kannada ``ನನ್ನ ಹೆಸರು …``, Malayalam ``എന്റെ പേര് …``, Gujarati ``મારું નામ …
છે``, Punjabi ``ਮੇਰਾ ਨਾਮ … ਹੈ`` and Marathi ``माझे नाव … आहे``: one to three words of the
phrase's own script, closed by a comma, a danda, a quote, the line's end or the copula.

A language course's model sentence stays public (``the textbook's 'ik heet Anne'``), as does
a name the same text gives as a published work's author (``Anne Frank's diary … 'ik heet Anne
Frank'``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import is_language_course_text
from core.privacy.public_checks_55p import is_a_named_works_author
from core.privacy.types import Hit

__all__ = ["detect_self_intros_55p"]

_LATIN_PHRASE_RE = LazyPattern(
    r"(?i:\b(?:ik[ \t]+heet|mijn[ \t]+naam[ \t]+is|jmenuj[iu][ \t]+se|m[ée][ \t]+jméno[ \t]+je|"
    r"m[ăa][ \t]+numesc|numele[ \t]+meu[ \t]+(?:este|e)|fy[ \t]+enw[ \t]+(?:i[ \t]+)?(?:yw|ydy)))"
    r"[ \t]+"
)
_LATIN_CUES = ("heet", "naam is", "jmenuj", "jméno je", "numesc", "numele meu", "fy enw")
_CAP_WORD_RE = LazyPattern(r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:['’-][A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ]+)*")
_PARTICLE_RE = LazyPattern(r"(?:van|der|den|de|het|te|ter|ten|von|vom|zu|di|da|del|la|le)[ \t]+")
_MAX_WORDS = 4

# "my name is" in Indian scripts, each with its script's letters and its copula.
_INDIC = (
    ("என் பெயர்", "\u0b80-\u0bff", ("ஆகும்",)),
    ("నా పేరు", "\u0c00-\u0c7f", ()),
    ("ನನ್ನ ಹೆಸರು", "\u0c80-\u0cff", ("ಆಗಿದೆ",)),
    ("എന്റെ പേര്", "\u0d00-\u0d7f", ("ആണ്",)),
    ("મારું નામ", "\u0a80-\u0aff", ("છે",)),
    ("ਮੇਰਾ ਨਾਮ", "\u0a00-\u0a7f", ("ਹੈ",)),
    ("माझे नाव", "\u0900-\u097f", ("आहे",)),
)
_INDIC_RES = tuple(
    (
        phrase,
        LazyPattern(
            phrase
            + r"[ \t]+(?P<name>["
            + letters
            + r"]+(?:[ \t]+["
            + letters
            + r"]+){0,2}?)[ \t]*(?=[,،।॥.!?'\"’”]|$|\n"
            + "".join(r"|" + c for c in copulas)
            + r")"
        ),
    )
    for phrase, letters, copulas in _INDIC
)


def _latin_name_end(text: str, start: int) -> int:
    """Where the capitalised name from ``start`` ends, particles inside it taken in."""
    end, words, pos = start, 0, start
    while words < _MAX_WORDS:
        m = _CAP_WORD_RE.match(text, pos)
        if m is None:
            # "van der Heijden": particles count only before a capitalised word.
            particles = pos
            while (p := _PARTICLE_RE.match(text, particles)) is not None:
                particles = p.end()
            if particles == pos or _CAP_WORD_RE.match(text, particles) is None:
                break
            m = _CAP_WORD_RE.match(text, particles)
            assert m is not None
        end, words = m.end(), words + 1
        if text[end : end + 1] not in (" ", "\t"):
            break
        pos = end + 1
    return end


def _latin_intros(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    if not any(cue in lowered for cue in _LATIN_CUES):
        return
    for m in _LATIN_PHRASE_RE.finditer(text):
        end = _latin_name_end(text, m.end())
        if end > m.end() and not is_a_named_works_author(text, text[m.end() : end]):
            yield Hit("person_name", m.end(), end, 0.8, False)


def _indic_intros(text: str) -> Iterator[Hit]:
    for phrase, pattern in _INDIC_RES:
        if phrase in text:
            for m in pattern.finditer(text):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)


def detect_self_intros_55p(text: str) -> Iterator[Hit]:
    """The writer's name in Dutch, Czech, Romanian, Welsh and Indian-script introductions."""
    if is_language_course_text(text):
        return
    yield from _latin_intros(text)
    yield from _indic_intros(text)
