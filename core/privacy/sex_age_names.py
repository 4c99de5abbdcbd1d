"""A name with a sex/age tag: a hospital wristband's ``길수아 F/67 0078123``, a chart's
``Tomasz Nowak (M/54)`` (redteam37).

Wristbands, ward boards, lab labels and triage notes print a patient as name, sex and age
(``F/67``, ``M/54``, ``남/45``, ``여/8``) and then the hospital number. People paste them to
ask what the other marks mean. Nothing labels the name, but the sex/age tag is only ever
written of a person, so the name right before it (a Korean name that passes the name check,
or two or three capitalised Latin words read as a person) is read, with a hospital number
of six to ten digits right after the tag. The tag alone, a lens's aperture (``Sony Alpha
F/2.8``: a brand, and a decimal) and a word before it that is no name stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import LATIN_NAME_WORD, latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_sex_age_names"]

_TAG_RE = LazyPattern(
    r"(?<![A-Za-z0-9/])(?:[MF]|남|여)[ \t]*/[ \t]*[0-9]{1,3}(?:세|y)?(?![0-9/]|\.[0-9])"
)
_KO_BEFORE = LazyPattern(r"(?<![가-힣])(?P<name>[가-힣]{2,4})[ \t]*\(?[ \t]*\Z")
_EN_BEFORE = LazyPattern(
    r"(?<![\w'’])(?P<name>" + LATIN_NAME_WORD + r"(?:[ \t]+" + LATIN_NAME_WORD + r"){1,2})"
    r"[ \t]*[,(]?[ \t]*\Z"
)
_NUMBER_AFTER = LazyPattern(r"\)?[ \t]+(?P<no>[0-9]{6,10})(?![0-9])")


def detect_sex_age_names(text: str) -> Iterator[Hit]:
    """Names (and the number after) around a sex/age tag (see the module)."""
    if "/" not in text:
        return
    for tag in _TAG_RE.finditer(text):
        lo = max(0, tag.start() - 50)
        ko = _KO_BEFORE.search(text, lo, tag.start())
        if ko is not None and plausible_korean_name(ko.group("name"), strong=False):
            start, end = ko.start("name"), ko.end("name")
        else:
            en = _EN_BEFORE.search(text, lo, tag.start())
            if en is None or not latin_person_words(en.group("name").split()):
                continue
            start, end = en.start("name"), en.end("name")
        yield Hit("person_name", start, end, 0.8, False)
        number = _NUMBER_AFTER.match(text, tag.end())
        if number is not None:
            yield Hit("mrn", number.start("no"), number.end("no"), 0.75, False)
