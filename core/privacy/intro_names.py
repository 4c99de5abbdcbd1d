"""Names people give themselves, and full names in running English text.

The title and label rules of :mod:`core.privacy.names` need a context word next
to the name. People also write ``제 이름은 김민수입니다``, ``저는 김민수인데요``,
``김민수라고 합니다``, ``My name is Jane Doe``, ``I'm Jane`` or just ``Jane Doe
will call you`` — a given name followed by a family name, both capitalised,
which :mod:`core.privacy.name_list` checks against the US Census name lists.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.case_caption_parties import is_a_case_party
from core.privacy.documented_example_names import is_documented_example_name
from core.privacy.eponymous_documents import signs_an_eponymous_document
from core.privacy.famous_characters import is_a_famous_character
from core.privacy.historical_event_questions import asks_about_a_historical_event
from core.privacy.name_list import is_family_name, is_given_name, is_name_pair
from core.privacy.named_work_titles import title_of_a_work
from core.privacy.names import (
    CAPITALISED_WORD,
    COMPOUND_SURNAMES,
    KOREAN_NAME_PATTERN,
    KOREAN_SURNAMES,
    is_english_non_name,
    plausible_korean_name,
)
from core.privacy.performer_works_en import names_a_performers_work_en
from core.privacy.public_checks_54p import is_a_place_name_pair
from core.privacy.public_checks_55p import is_public_name_pair_55p
from core.privacy.public_checks_56p import asks_about_a_companys_early_employee
from core.privacy.public_figure_fields import asks_what_a_figure_did_for_a_field
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.public_filing_signatures import quotes_a_public_filing
from core.privacy.public_name_questions import names_no_one_asked_about
from core.privacy.public_office_names import asks_about_a_public_office_holder
from core.privacy.public_record_datasets import is_public_dataset_record
from core.privacy.public_work_depictions import names_public_people_in_writer_free_text
from core.privacy.quoted_line_sources import quotes_a_line_and_asks_its_source
from core.privacy.standard_document_authors import is_a_standard_documents_author
from core.privacy.types import Hit
from core.privacy.work_characters import asks_about_a_works_people

# A name ends where a copula, a quote particle, punctuation or a space starts. Chat
# spells the copula after a vowel "에요" ("지호에요") and joins "고" straight onto a
# vowel-final name ("윤서아고"); after "이" those belong to the copula ("남궁민이고").
_KO_AFTER_NAME = (
    r"(?=입니다|이에요|예요|(?<!이)에요|이고|이구요|(?<!이)구요|(?<!이)고[ \t]|인데|이라고|라고"
    # blind54p: a correction, "제 이름은 옥하린이 아니라 옥해린이에요" (not X but Y).
    r"|이[ \t]?아니|가[ \t]?아니"
    r"|이야|야|[ \t.,!?~]|$)"
)
# blind54p: the name a correction gives after the one it takes back ("제 이름은 옥하린이
# 아니라 옥해린이에요", "성함이 …가 아니고 …예요"): the label opens the sentence, so the second
# name is the writer's too.
_KO_CORRECTED_RE = LazyPattern(
    r"(?:이름|성함|성명)(?:은|는|이)?[ \t]*[가-힣]{2,4}(?:이|가)[ \t]?아니(?:라|고)[ \t,]*"
    + KOREAN_NAME_PATTERN
    + _KO_AFTER_NAME
)
# blind56p: a correction with 말고 ("예약자명을 탁지환 말고 탁지한으로 바꿔주세요", "이름 김도윤
# 말고 김도연이요"): a name label, the name taken back and the one put in its place. Both are
# the same person's, the label's; the second ends on 으로/로 (what to change it to) or a copula.
_KO_INSTEAD_RE = LazyPattern(
    r"(?:이름|성함|성명|예약자(?:[ \t]?(?:명|이름))?|명의(?:자)?|수령인|수취인|받는[ \t]?분)"
    r"(?:을|를|은|는|이|가|도|에)?[ \t]*"
    + KOREAN_NAME_PATTERN.replace("?P<name>", "?P<first>")
    + r"[ \t]*말고[ \t,]*"
    + KOREAN_NAME_PATTERN
    + r"(?=으로|로|이에요|예요|입니다|이요|(?<!이)요|이고|인데|[ \t.,!?~]|$)"
)
# "제 이름은 ...": the label itself says a name follows, so any syllables count. Chat
# drops the particle ("제 이름 윤서아고"), then a space must separate label and name;
# a message may open on the bare label ("이름은 지호에요"), said of the writer.
_KO_NAME_IS_RE = LazyPattern(
    r"(?:(?:제|내|저의|나의|본인|우리[ \t]?아이|아이)[ \t]*|^[ \t]*)(?:이름|성함|성명)"
    r"(?:(?P<particle>은|는|이)[ \t]*|[ \t]+)" + KOREAN_NAME_PATTERN + _KO_AFTER_NAME
)
# "내 성은 최씨야", "제 성은 김이에요": a surname given on its own, the first half of a name
# split across turns (the given name follows in the next message). The label names the
# writer's own surname, so one listed surname syllable (or a compound one) is enough.
_KO_SURNAME_IS_RE = LazyPattern(
    r"(?:(?:제|내|저의|나의|본인)[ \t]*|^[ \t]*)성(?P<particle>은|이)[ \t]*(?P<name>"
    + "|".join(COMPOUND_SURNAMES)
    + "|["
    + "".join(KOREAN_SURNAMES)
    + r"])(?:씨|가)?(?=입니다|이에요|예요|(?<!이)에요|이고|(?<!이)고|이구요|(?<!이)구요"
    r"|이야|(?<!이)야|인데|이요|요"
    r"|[ \t.,!?~ㅋㅎ]|$)"
)
_SURNAME_AFTER_I_RE = LazyPattern(r"씨|가[ \t]|입니다|이에요|예요|이고|이구요|이야|인데|이요")
# "저는 김민수입니다 / 인데요": "저는 학생입니다" has the same shape, so the
# given name must use common given-name syllables.
# "저 김민수인데요" / "제가 김민수예요": the topic particle is often dropped in chat.
# "저 최민서 구십칠년 오월 이일생인데": the name followed by the writer's birth year (in
# digits or number words) is an introduction too, though no copula follows the name.
_BIRTH_YEAR_NEXT = r"[ \t]+(?:\d{2,4}|[일이삼사오육칠팔구십백천]{2,7})[ \t]*년"
# Casual speech: "난 박지훈이야", "ㅎㅇ 나 이서준인데" (the bare "나" of 반말) and the
# plain copula "이야" / "야" ("난 김지수야"), which a word ends.
_KO_CASUAL_COPULA = r"이야(?=[ \t.,!?~ㅋㅎ]|$)|(?<!이)야(?=[ \t.,!?~ㅋㅎ]|$)"
_KO_I_AM_RE = LazyPattern(
    r"(?:저는|나는|제가|전|난|저(?=[ \t])|나(?=[ \t]))[ \t]*"
    + KOREAN_NAME_PATTERN
    + r"(?=입니다|이에요|예요|인데요?|이고요?|이라고|라고|이구요|"
    + _KO_CASUAL_COPULA
    + "|"
    + _BIRTH_YEAR_NEXT
    + r")"
)
# "김민수라고 합니다": anchored on the rare quote verb, then the name before it.
_KO_CALLED_RE = LazyPattern(r"(?:이)?라고[ \t]*(?:합니다|해요|하는데|하고|불러|부릅니다)")
_KO_NAME_BEFORE_RE = LazyPattern(KOREAN_NAME_PATTERN + r"\Z")

_EN_STRONG_LEADS = (
    r"[Mm]y[ \t]+name[ \t]+is|[Mm]y[ \t]+name['’]s|[Nn]ame['’]s|[Cc]all[ \t]+me|"
    # "my names Thea Quill" (redteam30): the apostrophe dropped, a capital right after.
    r"[Mm]y[ \t]+names(?=[ \t]+[A-Z])|"
    r"[Mm]y[ \t]+full[ \t]+name[ \t]+is|[Ii][ \t]+go[ \t]+by|"
    # One half of the name given at a time ("my first name is Daniel", then "last name
    # is Okafor"): the label says a name follows, whatever the lists hold.
    r"(?:[Mm]y[ \t]+)?(?:[Ff]irst|[Ll]ast|[Ff]amily|[Gg]iven|[Mm]iddle)[ \t]+name[ \t]+is|"
    r"(?:[Mm]y[ \t]+)?[Ss]urname[ \t]+is|"
    # Indian English opens a self-introduction with "Myself …" (redteam27).
    r"Myself"
)
# "im" is "I'm" typed without the apostrophe ("hi im Minji Kang").
_EN_WEAK_LEADS = r"I[ \t]+am|I['’]m|[Ii]m|[Tt]his[ \t]+is|[Ii]t['’]s"
# No lookbehind in front: a pattern that starts with literals lets the regex
# engine skip ahead; the word-start check is done on each match instead.
_EN_INTRO_RE = LazyPattern(
    r"(?:(?P<strong>"
    + _EN_STRONG_LEADS
    + r")|(?P<weak>"
    + _EN_WEAK_LEADS
    + r"))[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+(?:[A-Z]\.[ \t]+)?"
    + CAPITALISED_WORD
    + r"){0,2})"
)
# Two capitalised words; the family name sits in a lookahead so that "Hi Jane
# Doe" still tries "Jane Doe" after "Hi Jane". Not followed by a third
# capitalised word: "Long Beach Airport" is a place, not a person.
_PAIR_RE = LazyPattern(
    r"(?P<given>[A-Z][a-z]+)(?=[ \t]+(?:[A-Z]\.[ \t]+)?"
    r"(?P<family>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z])(?![ \t]+[A-Z][a-z]))"
)


_DOUBLE_BARRELLED_RE = LazyPattern(r"[A-Z][a-z]+-[A-Z][a-z]+")


def _double_barrelled_before_comma(text: str, start: int, tokens: list[str]) -> bool:
    """``I'm Odalys Venter-Bakshi, born …`` (redteam26): a double-barrelled family name is
    no list's, but a given word and one, closed by a comma, are how people introduce
    themselves; "this is New Year-End sale" runs on into the sentence."""
    if len(tokens) < 2 or _DOUBLE_BARRELLED_RE.fullmatch(tokens[-1]) is None:
        return False
    end = text.find(tokens[-1], start) + len(tokens[-1])
    # A dash closes it too ("on paper I'm Philippa Oyenuga-Stroud - and I …", redteam29).
    return text[end : end + 1] == "," or text[end : end + 3] in (" - ", " – ", " — ")


def _free_before(text: str, i: int) -> bool:
    return i == 0 or not ("가" <= text[i - 1] <= "힣" or text[i - 1].isalpha())


# Substrings the "저는 …" and "…라고 합니다" rules need, checked before their regexes.
_KO_LEAD_KEYS = ("저는", "나는", "제가", "저 ", "전 ", "난 ", "나 ", "라고")


def detect_korean_introductions(text: str) -> Iterator[Hit]:
    """Korean names in self-introductions (``제 이름은 …``, ``저는 …입니다``, ``…라고 합니다``)."""
    if "이름" in text or "성함" in text or "성명" in text:
        for m in _KO_NAME_IS_RE.finditer(text):
            # Without its particle the label may be the object of a verb ("제 이름
            # 지어주고"): then the name must use common given-name syllables.
            strong = m.group("particle") is not None
            if _free_before(text, m.start()) and plausible_korean_name(
                m.group("name"), strong=strong
            ):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.9, False)
        if "아니" in text:
            for m in _KO_CORRECTED_RE.finditer(text):
                if plausible_korean_name(m.group("name"), strong=True):
                    yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
    if "말고" in text:
        for m in _KO_INSTEAD_RE.finditer(text):
            first, name = m.group("first"), m.group("name")
            # The two spell one person: the same surname, each a name on its own.
            if first[0] != name[0] or not plausible_korean_name(name, strong=True):
                continue
            yield Hit("person_name", m.start("first"), m.end("first"), 0.85, False)
            yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
    if "성" in text:
        for m in _KO_SURNAME_IS_RE.finditer(text):
            # "성이 나요", "성이 안 차": anger and content; after 성이 a full copula or 씨.
            if m.group("particle") == "이" and not _SURNAME_AFTER_I_RE.match(text, m.end("name")):
                continue
            if _free_before(text, m.start()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if not any(key in text for key in _KO_LEAD_KEYS):
        return
    for m in _KO_I_AM_RE.finditer(text):
        name = m.group("name")
        # Before the casual copula a two-syllable match is mostly a noun ("난 고민이야",
        # "난 주말이야"): a full three-syllable name is needed there.
        casual = text.startswith("야", m.end()) or text.startswith("이야", m.end())
        if casual and len(name) < 3:
            continue
        if _free_before(text, m.start()) and plausible_korean_name(name, strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    for q in _KO_CALLED_RE.finditer(text):
        n = _KO_NAME_BEFORE_RE.search(text, max(0, q.start() - 4), q.start())
        if n is None or not _free_before(text, n.start()):
            continue
        if plausible_korean_name(n.group("name"), strong=False):
            yield Hit("person_name", n.start("name"), n.end("name"), 0.8, False)


# blind55p: an English correction of the writer's own name ("it's not Fionnuala Brannigan,
# my surname is Brannagh", "it's not Tomas Reyes - my name is Tomás Reyes"): the name taken
# back is the writer's, misspelt, as the one the label gives after it. The label must follow
# ("it's not Microsoft Word, it's Google Docs" corrects no name).
_EN_CORRECTED_RE = LazyPattern(
    r"(?<![A-Za-z])(?:[Ii]t['’]s|[Ii]ts|[Ii]t[ \t]+is|[Tt]hat['’]s|[Ii]['’]m)[ \t]+not[ \t]+"
    r"(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){0,2})[ \t]*(?:,|;|-|–|—)[ \t]*(?:(?:actually|sorry)[ \t,]+)?"
    r"(?:[Mm]y[ \t]+(?:(?:sur|last[ \t]+|family[ \t]+|first[ \t]+|given[ \t]+|full[ \t]+)?"
    r"name(?:[ \t]+is|['’]s)|surname(?:[ \t]+is|['’]s)))"
)


def _name_tokens(name: str) -> list[str]:
    """Leading tokens of ``name`` up to the first word that is not a name."""
    keep: list[str] = []
    for tok in name.split():
        if len(tok) == 2 and tok.endswith("."):
            continue  # a middle initial
        if is_english_non_name(tok):
            break
        keep.append(tok)
    return keep


# Substrings one of the English leads needs; checked before the regex, which
# would otherwise be tried at every "i", "m", "t" of every prompt.
_EN_LEAD_KEYS = (
    "name",
    "i'm",
    "i’m",
    "im ",
    "i am",
    "this is",
    "call me",
    "it's",
    "it’s",
    "i go by",
    "myself",
)


def detect_english_introductions(text: str) -> Iterator[Hit]:
    """English names in self-introductions (``My name is …``, ``I'm …``, ``This is …``)."""
    lowered = text.lower()
    if not any(key in lowered for key in _EN_LEAD_KEYS):
        return
    # "on the Abbey Road cover, left to right it's John Lennon, …?" (redteam39).
    if names_public_people_in_writer_free_text(text):
        return
    for m in _EN_INTRO_RE.finditer(text):
        if not _free_before(text, m.start()):
            continue
        name = m.group("name")
        tokens = _name_tokens(name)
        if not tokens:
            continue
        # "I'm Happy", "This is Visitor Information": after a weak lead the
        # first word must be a listed given name.
        # A given name the list lacks ("Minji", "Daniel" romanised from Korean) still
        # counts when a listed family name follows it ("I'm Minji Kang").
        if (
            m.group("weak") is not None
            and not is_given_name(tokens[0])
            and not (len(tokens) >= 2 and is_family_name(tokens[-1]))
            and not _double_barrelled_before_comma(text, m.start("name"), tokens)
        ):
            continue
        start = m.start("name")
        end = start + name.index(tokens[-1]) + len(tokens[-1])
        # "'My name is Inigo Montoya …' - which film is that from?" (redteam40).
        if quotes_a_line_and_asks_its_source(text, start, end):
            continue
        confidence = 0.9 if m.group("strong") is not None else 0.75
        yield Hit("person_name", start, end, confidence, False)


def detect_english_corrections(text: str) -> Iterator[Hit]:
    """The name a writer takes back in an English correction of their own name (blind55p)."""
    if " not " not in text or "name" not in text.lower():
        return
    for m in _EN_CORRECTED_RE.finditer(text):
        tokens = _name_tokens(m.group("name"))
        if tokens:
            start = m.start("name")
            end = start + m.group("name").index(tokens[-1]) + len(tokens[-1])
            yield Hit("person_name", start, end, 0.8, False)


def detect_name_pairs(text: str, *, strict: bool = True) -> Iterator[Hit]:
    """Given name + family name in running English text (``Jane Doe will call``).

    Args:
        text: The normalized text.
        strict: Apply the common-word stop lists (the wire screen turns them off).
    """
    for m in _PAIR_RE.finditer(text):
        i = m.start()
        if i and (text[i - 1].isalpha() or text[i - 1] in "'’"):
            continue
        if not is_name_pair(m.group("given"), m.group("family"), strict=strict):
            continue
        # "the Hong Kong immigration site": a territory's name, both words on the lists (redteam46).
        if is_a_place_name_pair(m.group("given"), m.group("family")):
            continue
        # "Anne Frank's diary", "… since the Nobel?", "247, Col. Del Carmen" (redteam47).
        if is_public_name_pair_55p(text, m.start("given"), m.end("family")):
            continue
        # "is it true Steve Wozniak was Apple employee #1?" (redteam48).
        if asks_about_a_companys_early_employee(text, m.start("given"), m.end("family")):
            continue
        # "who was Ada Lovelace and why is she famous?": a public figure, not the writer's data.
        if asks_about_a_public_figure(text, m.start("given"), m.end("family")):
            continue
        # "is Christine Lagarde still President of the ECB?": an office-holder (redteam34).
        if asks_about_a_public_office_holder(text, m.start("given"), m.end("family")):
            continue
        # "what did Florence Nightingale change about hospitals?" (redteam23).
        if asks_what_a_figure_did_for_a_field(text, m.start("given"), m.end("family")):
            continue
        # "what happened to Harry's parents in Harry Potter?": a work's title (redteam27).
        if title_of_a_work(text, m.start("given"), m.end("family")):
            continue
        # "… in Pride and Prejudice, and when does Elizabeth Bennet …?" (redteam28).
        if asks_about_a_works_people(text):
            continue
        # "why does Elizabeth Bennet say no to …?", the work left out (redteam29).
        if is_a_famous_character(text, m.start("given"), m.end("family")):
            continue
        # "was Taylor Swift born on …?", "called John Doe in court?" (redteam30).
        if names_no_one_asked_about(text, m.start("given"), m.end("family")):
            continue
        # "what did Marbury v. Madison decide, and who was William Marbury?" (redteam36).
        if is_a_case_party(text, m.start("given"), m.end("family")):
            continue
        # "… Titanic train.csv … 'Braund, Mr. Owen Harris'" (redteam41).
        if is_public_dataset_record(text, m.start("given"), m.end("family")):
            continue
        # "the Balfour Declaration … Arthur James Balfour"; "the Dolly Parton song" (redteam37).
        if signs_an_eponymous_document(text, m.start("given"), m.end("family")):
            continue
        if names_a_performers_work_en(text, m.start("given"), m.end("family")):
            continue
        # "GitHub's docs say … user.name \"Mona Lisa\""; "PEP 20's … 'Author: Tim Peters'";
        # "was Rosa Parks arrested on December 1, 1955 …?" (redteam38).
        if is_documented_example_name(text, m.start("given"), m.end("family")):
            continue
        if is_a_standard_documents_author(text, m.start("given"), m.end("family")):
            continue
        if asks_about_a_historical_event(text, m.start("given"), m.end("family")):
            continue
        # "Apple's 10-K ends with '/s/ Timothy D. Cook'": a published filing's signer (redteam43).
        if quotes_a_public_filing(text):
            continue
        # "on the Abbey Road cover … John Lennon"; "Prince William … named … Louis Arthur
        # Charles" (redteam39).
        if names_public_people_in_writer_free_text(text):
            continue
        # "'My name is Bond, James Bond' 대사가 처음 나온 영화가 뭐야?": a name inside a quoted
        # line whose source the text asks for is the work's, as the introductions' (blind53p).
        if quotes_a_line_and_asks_its_source(text, m.start("given"), m.end("family")):
            continue
        yield Hit("person_name", m.start("given"), m.end("family"), 0.6, False)


def detect_introduced_names(text: str) -> Iterator[Hit]:
    """All rules of this module, for the scanner's list of text detectors."""
    yield from detect_korean_introductions(text)
    # "the Lombok @Builder docs do Person.builder().name("Adam Savage")": a documentation's
    # specimen, quoted as its example (redteam44).
    for hit in detect_english_introductions(text):
        if not is_documented_example_name(text, hit.start, hit.end):
            yield hit
    yield from detect_english_corrections(text)
    yield from detect_name_pairs(text)
