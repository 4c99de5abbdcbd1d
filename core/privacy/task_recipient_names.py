"""Names a task is for, with nothing else saying a person is meant (redteam23).

People ask for a card, a note or a reminder for someone by name and nothing more: ``a
thank-you card for Caoimhe Mac Giolla Phádraig``, ``remind Priyanka Venkataraman to …``,
``a table for four under Abdulrahman bin Khalid Al-Qahtani``, ``a reference letter for María
José Fernández de la Cruz``, ``new starter on my team: Eoghan Ó Súilleabháin``. The census
lists miss most of these (Irish, Arabic, Spanish, Indian, Vietnamese, pinyin names, often
with diacritics), and the other rules want a title, a team or a relation. The task itself
says a person is meant; what follows it is read as a name when:

- it is two or more capitalised words (any script's capitals: ``Ó``, ``Ǚ``, ``Ś``), with
  the lower-case particles names carry between them (``bin``, ``de la``, ``van``);
- none of them is a word that follows the same task without naming anyone: a holiday
  (``a card for Mother's Day``), a team or an organisation (``a note to Human Resources``,
  ``remind Team Alpha``), a well-known brand (``invite Google Calendar``), a place
  (``a letter to New York``), a section of a text (``under Section 4``); a relation or a
  title (``Grandpa Alfie``, ``Mrs Abernathy``) is left to the kinship and honorific rules.

One capitalised word alone (``remind Alexa``, ``a card for Grace``) is left to the other
rules: alone it is as often a product, a pet or a word as a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_task_recipient_names", "read_name_after"]

# Something written for a person: "a (thank-you) card for", "a note to", "a letter for".
_WRITTEN = (
    r"(?:card|note|letter|message|e-?mail|text|gift|present|invitation|invite|reminder|"
    r"toast|speech|eulogy|reference|recommendation|poem|wishes|tribute|apology|shout-?out|"
    r"thanks|thank-you|voucher|certificate)"
)
_LEADS = LazyPattern(
    r"(?i:"
    + r"\b"
    + _WRITTEN
    + r"[ \t]+(?:for|to)"
    # A verb whose object is the person ("remind X to", "invite X and Y", "thank X for").
    + r"|(?:^|(?<=[\s,;:(\"']))"
    + r"(?:remind|invite|thank|congratulate|welcome|introduce|notify|inform|"
    + r"email|e-mail|text|message|ping)"
    # A booking in someone's name ("a table for four at 8pm under X", "reserve it under
    # the name of X"): "under" alone also opens "under Section 4".
    + r"|\b(?:book|booking|reserv\w*|table|room|ticket|order|appointment)\b[^.?!\n]{0,40}?"
    + r"\bunder(?:[ \t]+the[ \t]+name(?:[ \t]+of)?)?"
    # redteam36: the person owns the thing written ("something for Siobhán Ní Fhaoláin's
    # leaving card"): "for", then a capital, and "'s" before the written thing.
    + r"|\bfor(?=[ \t]+[A-ZÀ-Þ][^\n.?!]{0,60}?['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    + _WRITTEN
    + r"\b)"
    # A new colleague announced with a colon ("new starter on my team tomorrow: X").
    + r"|\bnew[ \t]+(?:starter|hire|joiner|colleague|team[ \t]+member|intern|recruit)s?\b"
    + r"[^:\n]{0,40}:"
    # redteam50: a junior or household role of the writer's, then the person ("our intern
    # Dabin Yeom starts …", "my new trainee, Kofi Mensah-Adjei"); a role ahead of a name
    # in a team's chat names a colleague, as a title does.
    + r"|\b(?:our|my|your|his|her|their)[ \t]+(?:new[ \t]+)?(?:summer[ \t]+|part-time[ \t]+)?"
    + r"(?:intern|trainee|apprentice|temp|contractor|nanny|babysitter|au[ \t]+pair|tutor|"
    + r"cleaner|caregiver|carer|housekeeper|assistant|secretary)s?\b,?"
    + r")[ \t]+"
)
# Particles inside a name: Arabic, Spanish, Portuguese, Dutch, German, French, and the
# one-letter Irish Ó ("Eoghan Ó Súilleabháin").
_PARTICLES_TEXT = (
    "bin bint ibn al el de del della di da das dos do du la le van von der den ten ter y Ó"
)
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
# Capitalised words that follow such a task without naming a person.
_NOT_NAME_WORDS_TEXT = """
    The A An My Our Your His Her Their This That These Those All Every Each Any Some I
    Day Eve Christmas Xmas Easter Year Years New Mother's Father's Valentine's Mothers
    Fathers Valentines Thanksgiving Halloween Diwali Eid Hanukkah Chuseok Seollal Lunar
    Team Support Service Services Department Dept Resources Office Bank Inc Ltd LLC Corp
    Company Co University College School Council Committee Board Hospital Clinic Hotel
    Restaurant Group Club Centre Center Airlines Airways Store Shop Customer Customers
    Section Article Title Chapter Part Schedule Clause Rule Act Policy Plan Account
    Calendar Teams Drive Docs Sheets Slack Zoom Web Cloud App Apps Users User Admin
    City Street Road Avenue County State States Kingdom Republic North South East West
    Human Staff Everyone Family Friends Neighbours Neighbors Parents Kids Children Class
    Hall Church Mosque Temple Association Foundation Trust Ministry Embassy Santa
    Grandpa Grandma Granny Gran Grandad Granddad Nana Nan Auntie Aunt Uncle Mum Mom Dad
    Papa Mama Cousin Sister Brother Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lady Lord Saint St
"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_WORDS_TEXT.split())
# A capitalised word of any script: an upper-case letter, then letters, with inner
# hyphens or apostrophes ("Al-Qahtani", "O'Brien", "Harcourt-Ng").
_WORD_CHARS = "-'’"
_MAX_TOKENS = 6
# Between the names of a list ("A B and C D", "A B, C D").
_JOINER = LazyPattern(r"(?:,[ \t]*|[ \t]+)(?:and|&)[ \t]+|,[ \t]*")


def _is_capitalised(token: str) -> bool:
    return (
        len(token) >= 2
        and token[0].isupper()
        and all(ch.isalpha() or ch in _WORD_CHARS for ch in token)
        and token[-1].isalpha()
        and not token.isupper()
    )


def _excluded(token: str) -> bool:
    return (
        token in _NOT_NAME_WORDS
        or token in EN_NOT_PERSONS
        or is_english_non_name(token)
        or is_brand(token)
    )


def read_name_after(text: str, start: int) -> tuple[int, int] | None:
    """The span of a name of two or more capitalised words starting at ``start``, if any.

    Args:
        text: The whole text.
        start: Where the first word must begin.

    Returns:
        ``(start, end)`` of the name (particles inside it, none at its ends), or None
        when fewer than two capitalised words stand there or one of them names no person.
    """
    pos = start
    end = start
    capitals = 0
    count = 0
    while pos < len(text) and count < _MAX_TOKENS:
        stop = pos
        while stop < len(text) and (text[stop].isalpha() or text[stop] in _WORD_CHARS):
            stop += 1
        token = text[pos:stop]
        if _is_capitalised(token):
            if _excluded(token):
                return None
            capitals += 1
            end = stop
        elif token not in _PARTICLES:
            break
        count += 1
        # One space or tab between the words of one name.
        if stop < len(text) and text[stop] in " \t":
            pos = stop + 1
        else:
            break
    return (start, end) if capitals >= 2 else None


def detect_task_recipient_names(text: str) -> Iterator[Hit]:
    """Names after a card, a reminder, an invitation or a booking (see the module)."""
    for m in _LEADS.finditer(text):
        pos = m.end()
        # "invite A B and C D": every name of the list.
        while True:
            span = read_name_after(text, pos)
            if span is None:
                break
            # "for Siobhán Ní Fhaoláin's leaving card": the name without its possessive.
            end = span[1] - 2 if text[span[1] - 2 : span[1]] in ("'s", "’s") else span[1]
            yield Hit("person_name", span[0], end, 0.7, False)
            rest = text[span[1] :]
            joiner = _JOINER.match(rest)
            if joiner is None:
                break
            pos = span[1] + joiner.end()
