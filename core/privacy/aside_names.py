"""Names given in passing: ``It's Mateo, btw.``, ``btw this is Ines``, ``It's Omar, Leo's dad``.

:mod:`core.privacy.intro_names` counts a name after a weak lead (``it's``, ``this is``,
``I'm``) only when the name lists hold it, since ``It's Monday`` has the same shape, and
:mod:`core.privacy.affiliation_names` when a team or ``here`` follows. In chat the writer
often adds who they are as an aside, mid-conversation: ``It's Mateo, btw.``, ``oh and
this is Ines by the way``. The aside word (``btw``, ``by the way``, ``fyi``) next to the
weak lead says the capitalised word is the writer, whatever the lists hold (romanised
names from many languages are missing there). So does a family role written after the
name (``It's Omar, Leo's dad``; ``I'm Ana, Sofia's mum``). Days, places and nationalities
in that place name no one (``It's Friday btw``); another capitalised noun read as a name
only keeps the message local (privacy fails closed).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

# A capitalised word, accented letters too ("Inês", "Zoë").
_EN_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+"
_EN_NAME = r"(?P<name>" + _EN_WORD + r"(?:[ \t]+" + _EN_WORD + r")?)"
_EN_LEADS = r"(?:[Ii]t['’]?s|[Ii]t[ \t]+is|[Tt]his[ \t]+is|I['’]m|[Ii]m|I[ \t]+am)"
_EN_ASIDE = r"(?:(?i:btw|by[ \t]+the[ \t]+way|fyi)[ \t]*,?)"
# Before the lead, "oh and" and "also" add the aside too ("oh and it's Mateo.").
_EN_ASIDE_BEFORE = r"(?:(?i:btw|by[ \t]+the[ \t]+way|fyi|oh[ \t]+and|also)[ \t]*,?)"
# Where the aside's sentence ends: punctuation, a dash, the end of the text.
_EN_PAUSE = r"(?=[ \t]*(?:[,.!:;?]|-|—|$))"
_EN_ROLES = (
    r"dad|daddy|father|mum|mom|mommy|mummy|mother|parent|son|daughter|husband|wife|"
    r"partner|brother|sister|grandma|grandmother|granny|grandpa|grandfather|grandson|"
    r"granddaughter|aunt|uncle|guardian|carer|caregiver|nanny|teacher"
)
# "It's Mateo, btw." / "It's Mateo btw": the lead, the name, then the aside word.
_EN_NAME_THEN_ASIDE_RE = LazyPattern(
    _EN_LEADS + r"[ \t]+" + _EN_NAME + r"[ \t]*,?[ \t]+" + _EN_ASIDE + _EN_PAUSE
)
# "btw, it's Mateo." / "oh and this is Ines": the aside, the lead, the name, a pause.
_EN_ASIDE_THEN_NAME_RE = LazyPattern(
    _EN_ASIDE_BEFORE + r"[ \t]*" + _EN_LEADS + r"[ \t]+" + _EN_NAME + _EN_PAUSE
)
# "It's Omar, Leo's dad": the lead, the name, then whose family member the writer is.
_EN_NAME_THEN_ROLE_RE = LazyPattern(
    _EN_LEADS
    + r"[ \t]+"
    + _EN_NAME
    + r"[ \t]*,[ \t]*(?:"
    + _EN_WORD
    + r"['’]s|(?i:my|the[ \t]+\w+['’]s))[ \t]+(?i:"
    + _EN_ROLES
    + r")(?![A-Za-z])"
)
_EN_RULES = (_EN_NAME_THEN_ASIDE_RE, _EN_ASIDE_THEN_NAME_RE, _EN_NAME_THEN_ROLE_RE)


def _free_before(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalpha()


def _names_someone(name: str) -> bool:
    tokens = name.split()
    return not any(t in EN_NOT_PERSONS or is_english_non_name(t) for t in tokens)


def detect_aside_names(text: str) -> Iterator[Hit]:
    """A name after a weak lead with an aside word or a family role next to it."""
    for rule in _EN_RULES:
        for m in rule.finditer(text):
            if _free_before(text, m.start()) and _names_someone(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
