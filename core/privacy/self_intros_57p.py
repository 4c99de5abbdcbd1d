"""Self-introductions in more languages (redteam49).

Latin script: Yoruba ``orúkọ mi ni Adéṣọlá Ọláníyàn`` and (blind57p) ``èmi ni …``, Norwegian
and Danish ``jeg heter`` / ``jeg hedder``, Swedish ``jag heter``, Croatian, Bosnian and Serbian
in Latin letters ``zovem se``, Afrikaans ``my naam is``: the capitalised words after the
phrase (one to four) are the writer's own name, as in :mod:`core.privacy.self_intros_56p`.
Urdu ``میرا نام عائشہ صدیقی ہے``: the words between "my name" and the copula ``ہے`` (at most
three). Sinhala ``මගේ නම නිලූෂා වික්‍රමසිංහ``: up to two words of the Sinhala script after "my name", a
word ending a sentence (``යි``, ``වේ``) cut off.

A language course's model sentence stays public (the textbook's ``jeg heter Ola Nordmann``),
as does a name the same text gives as a published work's author, and (blind52p) a work's
line quoted after the work's word (``주제가에서 'jag heter Pippi …'``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import (
    capitalised_run_end,
    is_a_works_quoted_line,
    is_language_course_text,
)
from core.privacy.public_checks_55p import is_a_named_works_author
from core.privacy.types import Hit

__all__ = ["detect_self_intros_57p"]

_LATIN_RE = LazyPattern(
    r"(?i:(?<![^\W\d_])(?:"
    # Yoruba (tones may be dropped), Norwegian/Danish, Swedish, Croatian/Bosnian/Serbian, Afrikaans.
    # blind57p: Yoruba "èmi ni …" (it is I, …), the emphatic pronoun before the name.
    r"or[uú]k[oọ][ \t]+mi[ \t]+ni|[eè]\u0300?mi[ \t]+ni|"
    r"jeg[ \t]+he(?:ter|dder)|jag[ \t]+heter|zovem[ \t]+se|"
    r"my[ \t]+naam[ \t]+is"
    r"))[ \t]+"
)
_LATIN_CUES = ("mi ni", "jeg he", "jag heter", "zovem se", "naam is")
# Yoruba marks a tone over a dotted vowel with a combining accent (ọ̀): part of the word.
_LETTER = r"[^\W\d_][\u0300-\u036f]*"
_WORD_RE = LazyPattern(r"(?:" + _LETTER + r")+(?:['’-](?:" + _LETTER + r")+)*")
# Urdu "میرا نام" (my name), up to three words, then the copula "ہے".
_UR_RE = LazyPattern(
    r"میرا[ \t]+نام[ \t]+(?P<name>[\u0620-\u06D3]+(?:[ \t][\u0620-\u06D3]+){0,2}?)[ \t]+ہے"
)
# Sinhala "මගේ නම" (my name), then the name's words (the script's letters, signs and joiners).
_SI_RE = LazyPattern(r"මගේ[ \t]+නම[ \t]+")
_SI_WORD_RE = LazyPattern(r"[\u0D80-\u0DFF\u200C\u200D]+")
_SI_ENDINGS = ("යි", "වේ")
_SI_MAX_WORDS = 2


def _latin(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    if not any(cue in lowered for cue in _LATIN_CUES):
        return
    for m in _LATIN_RE.finditer(text):
        end = capitalised_run_end(text, m.end(), _WORD_RE)
        # blind52p: a work's line quoted ("주제가에서 'jag heter Pippi Långstrump'").
        if is_a_works_quoted_line(text, m.start()):
            continue
        if end > m.end() and not is_a_named_works_author(text, text[m.end() : end]):
            yield Hit("person_name", m.end(), end, 0.8, False)


def _sinhala(text: str) -> Iterator[Hit]:
    for m in _SI_RE.finditer(text):
        start = end = pos = m.end()
        for _ in range(_SI_MAX_WORDS):
            w = _SI_WORD_RE.match(text, pos)
            if w is None or w.group().endswith(_SI_ENDINGS):
                break
            end = w.end()
            if text[end : end + 1] not in (" ", "\t"):
                break
            pos = end + 1
        if end > start:
            yield Hit("person_name", start, end, 0.8, False)


def detect_self_intros_57p(text: str) -> Iterator[Hit]:
    """The writer's name after "my name is" in the languages above (see the module)."""
    if is_language_course_text(text):
        return
    yield from _latin(text)
    if "نام" in text:
        for m in _UR_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "මගේ" in text:
        yield from _sinhala(text)
