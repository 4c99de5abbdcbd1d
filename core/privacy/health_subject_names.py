"""A person named as the subject of a health matter: ``Persephone Adeyemi-Clarke starts chemo
on Tuesday``, ``우리 반 곽도희 ADHD 약 복용 중이라`` (redteam32).

The name rules read a full name by a label, a title, a relation or the census lists; a
family name no list holds, or a Korean name with nothing around it, passes. Put right before
a health matter (``… starts chemo``, ``…'s surgery``, ``… was diagnosed``, ``곽도희 ADHD``,
``…가 입원``), the words are a person whose health the text tells, which is special-category
data in every privacy law. English needs two capitalised words (given and family) that are
not common or brand words; Korean a surname and a given name the syllable lists accept. A
famous person's diagnosis asked about (``what year was Michael J. Fox diagnosed …?``) is
public, as :mod:`core.privacy.public_name_questions` decides for birth dates. The rule runs
only when a health word is in the text.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.cue_substrings import contains_any
from core.privacy.name_list import is_family_name, is_name_pair
from core.privacy.names import KOREAN_NAME_PATTERN, is_english_non_name, plausible_korean_name
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.public_name_questions import names_no_one_asked_about
from core.privacy.types import Hit

__all__ = ["detect_health_subject_names", "lower_case_health_names", "lower_case_pair"]

_HEALTH_EN = (
    r"chemo(?:therapy)?|radiotherapy|radiation[ \t]+therapy|dialysis|surgery|an[ \t]+operation|"
    r"diagnos(?:ed|is)|cancer|a[ \t]+stroke|a[ \t]+heart[ \t]+attack|a[ \t]+miscarriage|rehab|"
    r"tested[ \t]+positive|in[ \t]+hospital|hospitali[sz]ed|dementia|HIV|IVF|a[ \t]+relapse|"
    r"treatment|an[ \t]+overdose|a[ \t]+seizure|biopsy|transplant|"
    # redteam50: conditions named without a procedure word.
    r"Crohn['’]s|an[ \t]+eating[ \t]+disorder|anorexia|bulimia|epilepsy|"
    r"multiple[ \t]+sclerosis|"
    # redteam51: more conditions named alone ("… got diagnosed w endometriosis").
    r"endometriosis|lupus|diabetes|Parkinson['’]?s|Alzheimer['’]?s|pneumonia|a[ \t]+concussion"
)
# Verbs and helpers that may stand between the name and the matter ("… has just started
# chemo", "… is having surgery", "… was diagnosed").
_LINK_EN = (
    r"(?:(?:is|was|has|had|have|just|got|been|will|now|finally|also|starts?|started|starting|"
    r"begins?|began|beginning|having|had|needs?|needed|going[ \t]+in[ \t]+for|back[ \t]+in|"
    r"for|her|his|their|a|an|the)[ \t]+){0,4}"
)
_WORD = r"[A-Z][a-zß-öø-ÿ]+(?:-[A-Z][a-zß-öø-ÿ]+)?"
_EN_RE = LazyPattern(
    r"(?<![A-Za-z'’])(?P<name>" + _WORD + r"(?:[ \t]+(?:[A-Z]\.[ \t]+)?" + _WORD + r"){1,2})"
    r"(?:(?:['’]s[ \t]+)|[ \t]+" + _LINK_EN + r")(?:" + _HEALTH_EN + r")(?![A-Za-z])"
)
# redteam51: chat typed all in lower case ("omg thandiwe brackley-osei just got diagnosed w
# endometriosis"): two lower-case words before the matter, read only when the text has no
# capital letter at all and the words pass the census lists (see lower_case_pair).
_LOWER_WORD = r"[a-zß-öø-ÿ]{2,}(?:-[a-zß-öø-ÿ]{2,})?"
_EN_LOWER_RE = LazyPattern(
    r"(?<![A-Za-z'’])(?P<name>(?P<given>"
    + _LOWER_WORD
    + r")[ \t]+(?P<family>"
    + _LOWER_WORD
    + r"))(?:(?:['’]s[ \t]+)|[ \t]+"
    + _LINK_EN
    + r")(?i:"
    + _HEALTH_EN
    + r")(?![A-Za-z])"
)
# Substrings one of the English matters needs (checked before any regex runs).
_EN_CUES = (
    "chemo",
    "radio",
    "dialysis",
    "surgery",
    "operation",
    "diagnos",
    "cancer",
    "stroke",
    "heart attack",
    "miscarriage",
    "rehab",
    "positive",
    "hospital",
    "dementia",
    "hiv",
    "ivf",
    "relapse",
    "treatment",
    "overdose",
    "seizure",
    "biopsy",
    "transplant",
    "crohn",
    "eating disorder",
    "anorexia",
    "bulimia",
    "epilepsy",
    "sclerosis",
    "endometriosis",
    "lupus",
    "diabetes",
    "parkinson",
    "alzheimer",
    "pneumonia",
    "concussion",
)
_HEALTH_KO = (
    r"ADHD|adhd|PTSD|우울증|공황장애|조현병|양극성|조울증|자폐|치매|뇌전증|간질|당뇨|투석|항암|"
    r"암[ \t]?(?:진단|수술|투병|판정|환자|치료)|입원|수술|확진|난임|불임|"
    r"발달[ \t]?지연|틱[ \t]?장애|"
    # redteam50: conditions and operations the list lacked ("… 섭식장애", "… 백내장 수술").
    r"섭식[ \t]?장애|거식증|폭식증|불안[ \t]?장애|강박증|백내장|녹내장|갑상선|디스크|파킨슨|"
    r"크론병|루푸스|뇌졸중|심근경색|협심증|신부전|간경화|희귀병|통풍|유방암|위암|대장암|폐암"
)
# redteam50: a time word may stand between the name and the matter ("민채윤 요즘 섭식장애").
_KO_GAP = (
    r"(?:[ \t]+(?:요즘|요새|최근에?|지금|얼마[ \t]?전에?|작년에|올해|어제|이번에|결국|다시|또))?"
)
_KO_RE = LazyPattern(
    r"(?<![가-힣])"
    + KOREAN_NAME_PATTERN
    + r"(?:이가|이는|이도|가|는|은|이|도)?"
    + _KO_GAP
    + r"[ \t]*(?:"
    + _HEALTH_KO
    + r")"
)
_KO_CUES = (
    "adhd",
    "ptsd",
    "우울",
    "공황",
    "조현",
    "양극",
    "조울",
    "자폐",
    "치매",
    "뇌전",
    "간질",
    "당뇨",
    "투석",
    "항암",
    "암",
    "입원",
    "수술",
    "확진",
    "난임",
    "불임",
    "발달",
    "틱",
    "섭식",
    "거식",
    "폭식",
    "불안",
    "강박",
    "백내장",
    "녹내장",
    "갑상선",
    "디스크",
    "파킨슨",
    "크론",
    "루푸스",
    "뇌졸중",
    "심근",
    "협심",
    "신부전",
    "간경화",
    "희귀병",
    "통풍",
)


# Words of places and organisations that take the same verbs ("Great Ormond Street has
# surgery slots", "Royal Marsden Hospital started trials").
_PLACE_WORDS_TEXT = """
street road lane avenue hospital clinic centre center trust foundation institute
university college school house unit ward health care group hospice surgery practice
"""
_PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())


def _english(text: str) -> Iterator[Hit]:
    for m in _EN_RE.finditer(text):
        words = [w for w in m.group("name").split() if not (len(w) == 2 and w.endswith("."))]
        if any(
            is_english_non_name(w) or is_brand(w) or w.casefold() in _PLACE_WORDS for w in words
        ):
            continue
        start, end = m.start("name"), m.end("name")
        if names_no_one_asked_about(text, start, end) or asks_about_a_public_figure(
            text, start, end
        ):
            continue
        yield Hit("person_name", start, end, 0.7, False)


def lower_case_pair(given: str, family: str) -> bool:
    """Whether lower-case ``given family`` reads as a name: a listed pair, or a listed given
    name or a double-barrelled family name with a listed half ("brackley-osei")."""
    g, halves = given.capitalize(), [h.capitalize() for h in family.split("-")]
    if "-" in given:
        return False
    if len(halves) == 2:
        return any(is_family_name(h) for h in halves) and not is_english_non_name(g)
    return is_name_pair(g, halves[0])


def lower_case_health_names(text: str) -> Iterator[Hit]:
    """Lower-case full names before a health matter in a text with no capital letter at all
    (run from :mod:`core.privacy.lowercase_names_en`, as the scanner runs the name rules
    only on text with a capital letter or Hangul)."""
    lowered = text.lower()
    if lowered != text or not contains_any(lowered, _EN_CUES):
        return
    for m in _EN_LOWER_RE.finditer(text):
        if lower_case_pair(m.group("given"), m.group("family")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.65, False)


def detect_health_subject_names(text: str) -> Iterator[Hit]:
    """Names right before a health matter told of them (see the module)."""
    lowered = text.lower()
    if contains_any(lowered, _EN_CUES):
        yield from _english(text)
    if contains_any(lowered, _KO_CUES):
        for m in _KO_RE.finditer(text):
            name = m.group("name")
            if len(name) >= 3 and plausible_korean_name(name, strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
