"""English names said in passing: a colleague with their team, a relative, an initial.

The introduction rules (:mod:`core.privacy.intro_names`, :mod:`core.privacy.affiliation_names`)
read the writer naming themselves. People name others just as often, in the middle of a
request: ``ask Jaewon from accounting``, ``a note to J. Okafor in legal``, ``my neighbour
Ptolemy Vance asked me``, ``my flatmate Bex (Rebecca Thornbury)``. The name lists miss
most such names (romanised names, rare surnames, nicknames); the words around them say a
person is meant:

- a verb or preposition that takes a person (``ask``, ``tell``, ``cc``, ``to``, ``with``),
  then a name (or an initial and a surname), then ``from``/``in``/``at`` and a team;
- an initial and a surname after such a word (``cc J. Okafor``): an initial with a dot is
  how people shorten a person's given name, and a heading's ``A. Background`` has no such
  word before it;
- ``my``/``our`` and a relation (``neighbour``, ``flatmate``, ``boss``, ``son``), then a
  capitalised name, and a full name in parentheses right after it;
- (blind52p) a stand-in's ``covering for``/``filling in for`` before a name, and a service's
  role in apposition (``Your host, NAME, has sent you …``);
- (blind53p) a handover's ``the invoices that NAME used to approve``: a full name after a
  relative pronoun, before a verb of doing the work;
- (blind54p) the writer owing or promising a person something (``I owe NAME an apology``,
  ``we promised NAME a reference``): a full name as the indirect object of the writer's own
  verb of giving, before what is given; and a person's leaving told as the time of the
  writer's trouble (``ever since NAME left for Lisbon, nobody can …``): a full name after
  ``since``/``after``/``until`` before a verb of leaving a job or a place;
- (blind55p) a name read off a person's badge (``her badge said NAME``, ``his name tag read
  NAME``): the badge's words after a verb of showing are its wearer's name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit

__all__ = ["RELATIONS", "detect_passing_names"]

# Words that take a person as their object.
_LEAD = (
    r"(?i:ask|asked|tell|told|email|e-mail|emailed|message|ping|call|phone|text|cc|bcc|"
    r"remind|thank|contact|to|with|from|by|for|and|let|loop[ \t]+in|forward[ \t]+(?:it|this)"
    r"[ \t]+to)"
)
# Teams and places at work a person is "from" or "in".
_TEAM = (
    r"(?i:accounting|accounts|finance|payroll|HR|human[ \t]+resources|legal|sales|marketing|IT|"
    r"procurement|purchasing|reception|admin|engineering|operations|ops|support|compliance|"
    r"billing|logistics|facilities|research|design|product|PR|comms|communications|QA|"
    r"customer[ \t]+service|the[ \t]+front[ \t]+desk|(?:the[ \t]+)?[a-z]+[ \t]+team)"
)
_INITIAL = r"[A-Z]\.[ \t]?"
_NAME = r"(?:" + _INITIAL + r")?" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r")?"
_WITH_TEAM_RE = LazyPattern(
    r"(?<![A-Za-z])"
    + _LEAD
    + r"[ \t]+(?P<name>"
    + _NAME
    + r")[ \t]+(?:from|in|at|of)[ \t]+(?:the[ \t]+)?"
    + _TEAM
    + r"(?![A-Za-z])"
)
_INITIAL_SURNAME_RE = LazyPattern(
    r"(?<![A-Za-z])" + _LEAD + r"[ \t]+(?P<name>" + _INITIAL + CAPITALISED_WORD + r")"
)
_RELATIONS = (
    r"neighbou?r|friend|colleague|co-?worker|flatmate|roommate|housemate|landlord|landlady|"
    r"tenant|boss|manager|supervisor|husband|wife|partner|son|daughter|mum|mom|mother|dad|"
    r"father|brother|sister|cousin|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|"
    r"grandma|grandmother|grandpa|grandfather|fianc[ée]e?|boyfriend|girlfriend|carer|nanny|"
    r"child|kid|stepson|stepdaughter|ex|"
    # redteam36: the ones a teacher or a mentor writes for ("my student Margot …").
    r"student|pupil|tutee|mentee|apprentice|"
    # blind53p: step-relatives ("my stepdad, Lorcan …,"; in-laws, half-siblings and godparents
    # are core.privacy.in_law_relation_names's).
    r"step(?:dad|father|mum|mom|mother|brother|sister)"
)
# Shared with the lower-case rule (core.privacy.lowercase_names_en).
RELATIONS = _RELATIONS
# blind52p: a stand-in names whom they stand in for ("while I'm covering for Saoirse
# Delacroix-Amadi during her leave", "filling in for Mr Oduya"): a person, not a shift.
_COVER_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:covering|cover|filling[ \t]+in|fill[ \t]+in|standing[ \t]+in|"
    r"stand[ \t]+in|subbing|deputi[sz]ing)[ \t]+for[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){0,2})(?![A-Za-z])"
)
_TIME_WORDS = frozenset(
    {
        "Christmas", "Eve", "Easter", "New", "Year", "Years", "Thanksgiving", "Halloween",
        "Diwali", "Ramadan", "Chuseok", "Seollal", "Boxing", "Day", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays",
        "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Lunch", "Break", "Night", "Morning",
    }
)  # fmt: skip
# blind52p: a service's person in apposition, "Your host, Bartholomeus Vreeswijk, has sent
# you …", "our driver, Kwame Asante, will …": the role between commas names its holder.
_SERVICE_ROLE_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:your|our|my)[ \t]+(?i:host|hostess|driver|courier|guide|instructor|"
    r"tutor|therapist|case[ \t]?worker|agent|advis[eo]r|coach|trainer|realtor|caregiver|carer|"
    r"nurse|midwife|counsel+or|solicitor|interpreter|concierge|technician|installer),[ \t]*"
    r"(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r"){0,2})[ \t]*,"
)
# blind53p: a handover names whose work the writer takes over ("the invoices that Fenella
# Iwu-Castellanos used to approve come to me", "the accounts which Tomasz Reyes handled"): a
# name after a relative pronoun, before "used to"/"would"/"has been" and a verb of handling
# routine work (approve, process, sign off, look after, reconcile…), in a text where the
# writer takes it over ("me", "I", "our").
_HANDOVER_RE = LazyPattern(
    r"(?<![A-Za-z])(?:that|which)[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){1,2})[ \t]+(?:used[ \t]+to|would|has[ \t]+been|had[ \t]+been|always|usually)?[ \t]*"
    r"(?:approv|handl|process|sign(?:ed|s)?[ \t]+off|look(?:ed|s)?[ \t]+after|took[ \t]+care|"
    r"takes[ \t]+care|cover|chas|reconcil|submit)[a-z]*(?![A-Za-z])"
)
# The writer is the one taking the work over.
_WRITER_RE = LazyPattern(r"(?i)(?<![a-z])(?:me|i|my|mine|i'm|i'll|i’m|i’ll|we|us|our)(?![a-z])")
_RELATION_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:my|our)[ \t]+(?i:"
    + _RELATIONS
    + r")[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r")?)(?:[ \t]*\((?P<full>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){1,2})\))?"
)


# blind54p: the writer owes, promises or lends a person something ("I owe Isolde
# Varga-Mbatha an apology", "we still owe Tomasz Reyes £40", "I promised Ana Ruiz a lift"): a
# full name as the indirect object, then what is given (an article, a possessive, a number
# or a sum). Things are sent, given and bought to firms as often ("we sent Royal Mail a
# complaint"): those verbs are left out; a brand after "owe" is no person (``_is_person``).
_OWED_RE = LazyPattern(
    r"(?<![A-Za-z])(?:I|[Ww]e|I'll|I’ll|I've|I’ve)[ \t]+(?:(?:still|really|already|just)[ \t]+)?"
    r"(?i:owe|owed|promised|lent|loaned)[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){1,2})[ \t]+(?:an?|the|some|my|our|\d|[£$€₩])(?![A-Za-z])"
)
# blind54p: a person's leaving as the time of the writer's trouble ("ever since Perpetua
# Lindgren-Achebe left for the Lisbon office nobody can open …", "after Dario Konstantinou
# retired we lost the macros"): a full name after since/after/until/now that, before a verb of
# leaving. A famous person's leaving is asked about without the writer (``_WRITER_RE``).
_LEFT_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:since|after|until|till|now[ \t]+that|when)[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){1,2})[ \t]+(?:(?:has|had)[ \t]+)?(?:left|retired|resigned|quit|moved[ \t]+(?:to|away)|"
    r"transferred|went[ \t]+on[ \t]+(?:leave|maternity|paternity)|handed[ \t]+in)(?![A-Za-z])"
)


# blind55p: a person's badge or name tag read aloud ("her badge said Rosalind Achterberg",
# "his name tag read: Tomasz", "the nurse's lanyard says Ama Mensah"): the words after the
# verb of showing are the wearer's name: a full name, two or three words. A badge's printed
# role ("the badge said Visitor", "Staff Only") is one word or no person (``_is_person``).
_BADGE_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:badge|name[ \t]?tag|lanyard|ID[ \t]+card)[ \t]+"
    r"(?i:said|says|read|reads|showed|shows)[ \t]*:?[ \t]*['\"‘“]?(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){1,2})"
)


def _is_person(name: str) -> bool:
    tokens = [t for t in name.replace(".", ". ").split() if len(t) > 2 or not t.endswith(".")]
    return bool(tokens) and not any(
        # "ask Google from marketing": a company, not a colleague (redteam23).
        is_english_non_name(t) or t in EN_NOT_PERSONS or is_brand(t)
        for t in tokens
        if not t.endswith(".")
    )


_OWED_CUES = ("owe", "promised", "lent", "loaned")
_LEFT_CUES = (
    " left",
    "retired",
    "resigned",
    " quit",
    " moved ",
    "transferred",
    "went on",
    "handed in",
)
# Cheap anchors for the hot path: the rules run only in a window before a team phrase or
# an initial (a pattern opening with a lookbehind and a lead is tried at every position).
_TEAM_ANCHOR = LazyPattern(r"[ \t](?:from|in|at|of)[ \t]+(?:the[ \t]+)?" + _TEAM + r"(?![A-Za-z])")
_INITIAL_ANCHOR = LazyPattern(r"[A-Z]\.[ \t]?[A-Z][a-z]")
# Longest lead and name before an anchor: "forward this to A. Abernethy-Lyle Smith".
_WINDOW = 80


def _hits(
    pattern: LazyPattern, text: str, group: str, confidence: float, lo: int = 0, hi: int = -1
) -> Iterator[Hit]:
    for m in pattern.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.group(group) is not None and _is_person(m.group(group)):
            yield Hit("person_name", m.start(group), m.end(group), confidence, False)


def _near(anchor: LazyPattern, text: str) -> Iterator[tuple[int, int]]:
    """Windows of ``text`` from a little before each anchor to its end."""
    for a in anchor.finditer(text):
        yield max(0, a.start() - _WINDOW), min(len(text), a.end() + 40)


def detect_passing_names(text: str) -> Iterator[Hit]:
    """Names with their team, initials with a surname, and relatives' names (see the module)."""
    for lo, hi in _near(_TEAM_ANCHOR, text):
        yield from _hits(_WITH_TEAM_RE, text, "name", 0.75, lo, hi)
    if "." in text:
        for lo, hi in _near(_INITIAL_ANCHOR, text):
            yield from _hits(_INITIAL_SURNAME_RE, text, "name", 0.7, lo, hi)
    lowered = text.lower()
    if " for " in lowered:
        for hit in _hits(_COVER_RE, text, "name", 0.75):
            # "covering for Christmas Eve", "filling in for Monday's class": a time, not a person.
            if not any(w.strip("'’s") in _TIME_WORDS for w in text[hit.start : hit.end].split()):
                yield hit
    if "," in text and ("your " in lowered or "our " in lowered or "my " in lowered):
        yield from _hits(_SERVICE_ROLE_RE, text, "name", 0.75)
    if ("that " in lowered or "which " in lowered) and _WRITER_RE.search(text) is not None:
        yield from _hits(_HANDOVER_RE, text, "name", 0.7)
    if _WRITER_RE.search(text) is not None:
        if any(w in lowered for w in _OWED_CUES):
            yield from _hits(_OWED_RE, text, "name", 0.7)
        if any(w in lowered for w in _LEFT_CUES):
            yield from _hits(_LEFT_RE, text, "name", 0.7)
    if any(w in lowered for w in ("badge", "tag ", "lanyard", "id card")):
        yield from _hits(_BADGE_RE, text, "name", 0.75)
    if "my " in lowered or "our " in lowered:
        yield from _hits(_RELATION_RE, text, "name", 0.75)
        yield from _hits(_RELATION_RE, text, "full", 0.8)
