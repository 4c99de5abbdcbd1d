"""Self-introductions in Latin-script languages the intro rules did not read (redteam41):
Vietnamese ``tôi tên là Lương Khánh Vy`` (``tên tôi là``, ``mình tên là``, ``em tên là``),
Indonesian and Malay ``nama saya Dewi Kartika``, Tagalog ``ako si Maricel Dizon``
(``ang pangalan ko ay``) and Turkish ``benim adım Elif Kaya``; and (redteam42) German ``ich
heiße …``/``mein Name ist …``, French ``je m'appelle …``, Spanish ``me llamo …`` and
Italian ``mi chiamo …``; and (redteam43) Uzbek ``mening ismim …`` (``ismim …``); and
(redteam44's second batch) Swahili ``jina langu ni …``, Portuguese ``meu nome é …`` and Polish
``nazywam się …`` (``mam na imię …``); and (redteam51) Indonesian ``perkenalkan, saya …`` /
``saya bernama …``, Vietnamese ``mình là …`` (``tôi là``, ``em là``) and Portuguese ``eu me
chamo …`` (``chamo-me …``); and (blind52p) Catalan ``em dic …`` (a double surname joined by
``i``), Irish ``is mise …`` and ``… is ainm dom`` (the name before the phrase) and Zulu
``igama lami ngu…`` (the name glued to the copula); and (blind53p) Maltese ``jisimni …``,
Hausa ``sunana …`` and Basque ``nire izena … da``; and (blind54p) Igbo ``aha m bụ …``, Somali
``magacaygu waa …``, Galician ``chámome …`` and Māori ``ko … tōku ingoa`` (the name before the
phrase); and (blind55p) Turkish ``soyadım …`` (my surname is …, after ``adım …``), which the
given-name rule left out; a saying built on the phrase (``Mein Name ist Hase, ich weiß von
nichts``, named as an idiom) names no one.

Each phrase says "my name is": the capitalised words after it are the writer's own name (one
to four words, Vietnamese diacritics and Turkish letters included). Capitalisation decides
where the name ends (``…, tôi đến từ Đà Nẵng`` is not read), and a title quoted as a work
(``the film "Ako si …"``) stays public, as does a language course's model sentence (a
textbook's ``Ich heiße Anna``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_example_names import documented_example_name_at
from core.privacy.public_checks_54p import is_a_named_characters_surname
from core.privacy.types import Hit

__all__ = [
    "capitalised_run_end",
    "detect_latin_self_intros",
    "is_a_works_quoted_line",
    "is_language_course_text",
]

_PHRASE_RE = LazyPattern(
    r"(?i:\b(?:(?:tôi|toi|mình|minh|em|anh|chị|chi)[ \t]+tên[ \t]+là|tên[ \t]+(?:của[ \t]+)?"
    r"(?:tôi|mình|em)[ \t]+là|nama[ \t]+saya(?:[ \t]+adalah)?|namaku|ako[ \t]+(?:po[ \t]+)?si|"
    # "ang pangalan ko ay …": the "ay" is optional, the space after the phrase is the one below
    # (redteam50: the old form asked for two spaces after "ay" and read no one).
    r"(?:ang[ \t]+)?pangalan[ \t]+ko(?:[ \t]+ay)?|benim[ \t]+adım|adım|"
    # blind55p: Turkish "soyadım …" / "soyismim …" (my surname is …), given after "adım …".
    r"soyadım|soyadim|soyismim|"
    # redteam42, second batch: German, French, Spanish and Italian.
    r"ich[ \t]+hei(?:ß|ss)e|mein[ \t]+name[ \t]+ist|je[ \t]+m['’][ \t]?appelle|"
    r"je[ \t]+me[ \t]+nomme|mon[ \t]+nom[ \t]+est|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|"
    r"mi[ \t]+chiamo|"
    # redteam43: Uzbek (Latin script), as workers in Korea write it.
    r"(?:mening[ \t]+)?ismim|"
    # redteam44, second batch: Swahili, Portuguese and Polish.
    r"jina[ \t]+langu[ \t]+ni|"
    # redteam50: Swahili "(ni)naitwa …" (I am called …).
    r"(?:ni)?naitwa|meu[ \t]+nome[ \t]+é|o[ \t]+meu[ \t]+nome[ \t]+é|"
    r"nazywam[ \t]+się|mam[ \t]+na[ \t]+imię|"
    # redteam51: Indonesian "perkenalkan, saya …" (let me introduce: I …) and "saya bernama …",
    # Vietnamese "mình là …" (I am …; a job or a nationality after it is lower-case and not
    # read), Portuguese "(eu) me chamo …" / "chamo-me …".
    r"perkenalkan[ \t]*,?[ \t]*(?:nama[ \t]+)?saya|saya[ \t]+bernama|"
    r"(?:tôi|mình|em)[ \t]+là|me[ \t]+chamo|chamo-me|"
    # blind52p: Catalan "em dic …" / "el meu nom és …", Irish "is mise …" (I am …).
    r"em[ \t]+dic|el[ \t]+meu[ \t]+nom[ \t]+és|is[ \t]+mise|"
    # blind53p: Maltese "jisimni …" / "l-isem tiegħi hu(wa) …", Hausa "sunana …" / "suna na
    # …" (my name is …), Basque "nire izena … da" (the lower-case "da" after the name ends it).
    r"(?:jien[ \t]+)?jisimni|l-isem[ \t]+tiegħi(?:[ \t]+(?:huwa|hu))?|sunana|suna[ \t]+na|"
    r"nire[ \t]+izena|"
    # blind54p: Igbo "aha m bụ …" (my name is …), Somali "magacaygu/magacayga waa …" and
    # Galician "chámome …" / "chamo-me …" (I am called …).
    r"aha[ \t]+m[ \t]+(?:bụ|bu)|magacay(?:gu|ga)[ \t]+(?:waa|waxa[ \t]+uu[ \t]+yahay)|"
    r"chámome|chamome))[ \t]+"
    # blind52p: Zulu and Xhosa "igama lami/lam ngu…", the name glued to its "is" (ngu-).
    r"|(?i:\bigama[ \t]+lam(?:i)?[ \t]+ng[uiw])(?=[A-Z])"
)
# blind52p: Irish puts the name first, "Caoimhe Ní Bhriain is ainm dom" (… is my name).
# blind54p: Māori too, "ko Tamati Rangihuna tōku ingoa" (… is my name): only "ingoa" (name)
# ends it; a pepeha's "ko Aoraki tōku maunga" (my mountain) names a place.
_NAME_FIRST_RE = LazyPattern(
    r"(?i:[ \t]+is[ \t]+ainm[ \t]+(?:dom|dhom)\b|[ \t]+(?:tōku|toku|tooku)[ \t]+ingoa\b)"
)
_WORD_RE = LazyPattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_WORK_BEFORE_RE = LazyPattern(
    r"(?i:\b(?:novel|book|film|movie|song|drama|series|show|title|play|album|poem)s?|소설|영화|"
    r"드라마|노래|책|작품)[ \t]*['\"‘“]?[ \t]*\Z"
)
_MAX_WORDS = 4
# blind52p: a Catalan or Spanish double surname's "i"/"y" ("Oriol Puigvert i Ferrer").
_PATRONYMIC_JOINS = frozenset({"bin", "binti", "binte", "i", "y"})
_CUES = (
    "tên", "nama", "ako ", "pangalan", "adım", "heiße", "heisse", "name ist", "appelle", "nomme",
    "nom est", "llamo", "nombre es", "chiamo", "ismim", "jina langu", "nome é", "nazywam",
    "na imię", "naitwa", "perkenalkan", "bernama", " là", "chamo", "em dic", "meu nom",
    "is mise", "igama", "is ainm", "jisimni", "tiegħi", "suna", "izena", "aha m", "magacay",
    "chámome", "chamome", "ingoa", "soyad", "soyism",
)  # fmt: skip
# A language course's model sentence ("the textbook's 'Ich heiße Anna'"), no one's own.
_COURSE_RE = LazyPattern(
    r"(?i)\btextbook|\bcoursebook|\bphrasebook|\blesson\b|example[ \t]+sentence|교과서|예문|교재|"
    r"회화[ \t]?책"
)


# blind52p: a line quoted from a work ("삐삐 주제가에서 'jag heter Pippi …' 라고 하는데", "in the
# song's lyrics, 'me llamo …'"): the work's character introduces themself, not the writer.
_WORK_LINE_BEFORE_RE = LazyPattern(
    r"(?i:\b(?:song|lyrics?|theme[ \t]+song|film|movie|cartoon|anime|musical|opera|aria|"
    r"book|novel|series|show|episode|scene|line)s?['’]?s?|주제가|노래|가사|동요|영화|만화|애니|"
    r"드라마|소설|뮤지컬|대사|장면)(?:에서|에|의|[ \t]+(?:goes|says|sings|has))?[ \t,:]*"
    r"['\"‘“][^'\"‘“’”]*\Z"
)


# blind53p: a saying built on "my name is" ("Mein Name ist Hase, ich weiß von nichts": I know
# nothing about it), named as an idiom or quoted with its second half: its one-word "name" is
# the saying's, not the writer's.
_IDIOM_BEFORE_RE = LazyPattern(
    r"(?i)(?:\bidiom|redewendung|redensart|sprichwort|\bsaying|\bexpression|관용구|관용어|속담|"
    r"숙어)[^.?!\n]{0,16}\Z"
)
_IDIOM_AFTER_RE = LazyPattern(
    r"(?i)[^.?!\n]{0,20}?(?:ich[ \t]+wei(?:ß|ss)[ \t]+von[ \t]+nichts|\bidiom|redewendung|"
    r"redensart|관용구|관용어|속담|숙어)"
)


def _a_saying(text: str, start: int, end: int) -> bool:
    """Whether the introduction at ``start``…``end`` is named a saying right before or after."""
    return (
        _IDIOM_BEFORE_RE.search(text, max(0, start - 40), start) is not None
        or _IDIOM_AFTER_RE.match(text, end) is not None
    )


def is_a_works_quoted_line(text: str, start: int) -> bool:
    """Whether the introduction at ``start`` sits in a quote a work's word opens (blind52p)."""
    return _WORK_LINE_BEFORE_RE.search(text, max(0, start - 60), start) is not None


def is_language_course_text(text: str) -> bool:
    """Whether ``text`` speaks of a language course's model sentence (a textbook, 예문…)."""
    return _COURSE_RE.search(text) is not None


def capitalised_run_end(text: str, start: int, word: LazyPattern = _WORD_RE) -> int:
    """Where the run of capitalised ``word``s from ``start`` ends (``start`` if there is none).

    At most four words, each followed by a space or a tab but the last; red team 48's
    self-introductions read the run with a word pattern of their own.
    """
    end, words, pos = start, 0, start
    while words < _MAX_WORDS:
        m = word.match(text, pos)
        # A Malay patronymic's "bin"/"binti" joins the father's name on (redteam50: "nama
        # saya Nurul Syafiqah binti Azhar"); read only between two capitalised words.
        if m is not None and words and m.group() in _PATRONYMIC_JOINS:
            after = word.match(text, m.end() + 1)
            if text[m.end() : m.end() + 1] == " " and after and after.group()[0].isupper():
                m = after
        if m is None or not m.group()[0].isupper():
            break
        end, words = m.end(), words + 1
        gap = text[end : end + 1]
        if gap not in (" ", "\t"):
            break
        pos = end + 1
    return end


def detect_latin_self_intros(text: str) -> Iterator[Hit]:
    """Names after Vietnamese, Indonesian, Tagalog and Turkish "my name is" (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    if is_language_course_text(text):
        return
    for m in _PHRASE_RE.finditer(text):
        before = text[max(0, m.start() - 16) : m.start()]
        if _WORK_BEFORE_RE.search(before) is not None or is_a_works_quoted_line(text, m.start()):
            continue
        end = capitalised_run_end(text, m.end())
        # "'Ako si Juan dela Cruz'" on a form's example: the country's specimen (redteam44).
        if end > m.end() and not documented_example_name_at(text, m.end()):
            # "'Nazywam się Bond. James Bond' …?": the character's line (redteam46).
            if is_a_named_characters_surname(text, m.end(), end):
                continue
            one_word = " " not in text[m.end() : end].strip()
            if one_word and _a_saying(text, m.start(), end):
                continue
            yield Hit("person_name", m.end(), end, 0.8, False)
    if "ainm" in lowered or "ingoa" in lowered:
        yield from _names_before_phrase(text)


def _names_before_phrase(text: str) -> Iterator[Hit]:
    """Irish "NAME is ainm dom": the capitalised words right before the phrase."""
    for m in _NAME_FIRST_RE.finditer(text):
        words = list(_WORD_RE.finditer(text[max(0, m.start() - 80) : m.start()]))
        start = None
        offset = max(0, m.start() - 80)
        # Walk back over up to four capitalised words joined by single spaces.
        pos = m.start()
        for w in reversed(words):
            if offset + w.end() != pos or not w.group()[0].isupper():
                break
            # Māori opens the name with the particle "ko" ("Ko Aroha Ngata tōku ingoa").
            if w.group().lower() == "ko":
                break
            start = offset + w.start()
            if len(text[start : m.start()].split()) >= _MAX_WORDS:
                break
            if start == 0 or text[start - 1] not in " \t":
                break
            pos = start - 1
        if start is not None and not documented_example_name_at(text, start):
            yield Hit("person_name", start, m.start(), 0.8, False)
