"""Names in Korean and English frames the name rules did not read (redteam45).

Korean: a household named by a member (``나은결네 집들이``), a person introduced by a
third party (``경력직 이름이 옥서진이야``), two names joined on a door plate or a card
(``문패에 '맹준호 · 도하린'``), a baby in an invitation (``우리 아가 탁윤슬의 첫 생일``).
English: a voicemail greeting (``you've reached Octavia Brennan-Lusk's voicemail``), a
congratulation (``Congratulations to Fenwick Oduya-Harrow on …``), a proof of delivery
(``signed for by …``, the second batch), a contract's party (``Ptolemy Vasquez-Hale (the
Tenant)``), a Linux account's comment (``useradd -c "Leopold Okonkwo-Fairweather"``, a passwd
line's GECOS field), someone in the writer's life named with ``is`` (``my landlord is Cosimo
Ferrante-Blyth``).

Korean names must be whole (a listed surname and a plausible given name). Public text stays
public: a TV programme's household (``예능에서 박나래네 집들이 편``), a character or a
star introduced in a work (``드라마 주인공 이름이 …``), a company as a contract's party or
a delivery's signer, a template's ``[Tenant Name] (the Tenant)``, a system account's
lower-case comment, a public body's congratulation quoted and asked about (``the club
tweeted 'Congratulations to Lionel Messi on …' - in which year …?``), a famous person asked
about.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.public_figures import asks_about_a_public_figure
from core.privacy.signature_names import korean_signer
from core.privacy.types import Hit

__all__ = ["detect_frame_names_53p"]

# --- Korean ------------------------------------------------------------------------------
_HOUSEHOLD_RE = LazyPattern(
    r"(?<![가-힣])(?P<name>[가-힣]{3,4})네[ \t]*(?:집들이|집에|집으로|집은|집이|집|가족|식구|부부)"
)
# A programme, a work or a public role in the text: the person is someone on screen or in print.
_MEDIA_KO = LazyPattern(
    r"예능|방송|유튜브|티비|TV|드라마|영화|소설|웹툰|만화|주인공|캐릭터|배우|가수|선수|감독|"
    r"대왕|임금|장군|본명|회차|(?<![가-힣])편[ \t]"
)
_NAMED_AS_RE = LazyPattern(
    r"이름(?:이|은)[ \t]+(?P<name>[가-힣]{3,4}?)(?:이)?(?:야|래|래요|이래|이야|입니다|이에요|예요|"
    r"이고|이라고|라고|랍니다|이랍니다|이라네|라네|이더라|더라)(?![가-힣])"
)
_PLATE_CUE = LazyPattern(r"문패|명패|명찰|이름표|도장|각인|새기|새겨|청첩|현판|이니셜|커플")
_PAIR_RE = LazyPattern(
    r"(?<![가-힣])(?P<a>[가-힣]{3})[ \t]*[·・•&♥♡＆+][ \t]*(?P<b>[가-힣]{3})(?![가-힣])"
)
_BABY_RE = LazyPattern(
    r"(?:우리|저희)[ \t]*(?:아가|아기|딸|아들|공주님?|왕자님?|첫째|둘째|막내)[ \t]+"
    r"(?P<name>[가-힣]{3,4}?)(?:이의|의|이가|가|이)[ \t]"
)


def _korean(text: str) -> Iterator[Hit]:
    cued = any(cue in text for cue in ("네", "이름", "우리", "저희"))
    if not cued and _PLATE_CUE.search(text) is None:
        return
    media = _MEDIA_KO.search(text) is not None
    if not media and any(f"네{g}{w}" in text for g in ("", " ") for w in "집가식부"):
        for m in _HOUSEHOLD_RE.finditer(text):
            if korean_signer(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if "이름" in text and not media:
        for m in _NAMED_AS_RE.finditer(text):
            if korean_signer(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if _PLATE_CUE.search(text) is not None:
        for m in _PAIR_RE.finditer(text):
            if korean_signer(m.group("a")) and korean_signer(m.group("b")):
                yield Hit("person_name", m.start("a"), m.end("a"), 0.8, False)
                yield Hit("person_name", m.start("b"), m.end("b"), 0.8, False)
    if "우리" in text or "저희" in text:
        for m in _BABY_RE.finditer(text):
            if korean_signer(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)


# --- English -----------------------------------------------------------------------------
_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:['’][A-Z][a-zà-öø-ÿ]+|-[A-Z][a-zà-öø-ÿ]+)*"
_NAME = _WORD + r"(?:[ \t]+(?:[A-Z]\.[ \t]+)?" + _WORD + r"){0,3}"
_TWO_WORD_NAME = _WORD + r"(?:[ \t]+(?:[A-Z]\.[ \t]+)?" + _WORD + r"){1,3}"
_VOICEMAIL_RE = LazyPattern(
    r"(?i:you(?:'|’)?ve[ \t]+reached|you[ \t]+have[ \t]+reached|this[ \t]+is)[ \t]+"
    r"(?P<name>" + _NAME + r")(?:'s|’s)[ \t]+(?i:voice[ \t]?mail|phone|mobile|cell|mailbox|"
    r"answering[ \t]+machine|line)"
    r"|(?i:voice[ \t]?mail|mailbox)[ \t]+of[ \t]+(?P<name2>" + _NAME + r")"
)
_CONGRATS_RE = LazyPattern(
    r"(?i:congratulations|congrats|well[ \t]+done|kudos|a[ \t]+big[ \t]+thank[ \t]+you)[ \t]+to"
    r"[ \t]+(?P<name>" + _TWO_WORD_NAME + r")[ \t]+(?i:on|for|upon)\b"
)
# "the club tweeted", "FIFA posted": a public body's congratulation, quoted.
_PUBLIC_SOURCE_RE = LazyPattern(
    r"(?i)\b(?:the[ \t]+(?:club|team|league|federation|ministry|government|palace|white[ \t]+house|"
    r"university|official[ \t]+account|organi[sz]ers?|committee)|FIFA|UEFA|IOC|NASA|BBC)[ \t]+"
    r"(?:tweeted|posted|announced|wrote|said|shared)"
)
# redteam45, second batch: a courier's proof of delivery ("signed for by NAME").
_SIGNED_FOR_RE = LazyPattern(
    # Not "signed by" or "collected by": a book signed by its author, a painting's collector.
    r"(?i:signed[ \t]+for[ \t]+by|(?:parcel|package|delivery|item)[ \t]+(?:was[ \t]+)?left"
    r"[ \t]+with)[ \t]+(?P<name>(?:[A-Z]\.[ \t]+)?"
    + _TWO_WORD_NAME
    + r"|[A-Z]\.[ \t]+"
    + _WORD
    + r")"
)
_PARTIES = (
    r"Tenant|Landlord|Lessee|Lessor|Borrower|Lender|Employee|Employer|Buyer|Seller|Purchaser|"
    r"Vendor|Guarantor|Licensee|Licensor|Client|Contractor|Consultant|Occupier|Lodger"
)
_PARTY_RE = LazyPattern(
    r"(?<![\[\w])(?P<name>"
    + _TWO_WORD_NAME
    + r")[ \t]*\((?i:the[ \t]+)?[\"“'‘]?(?:"
    + _PARTIES
    + r")s?[\"”'’]?\)"
)
_COMPANY_WORDS_TEXT = """
    Ltd Limited LLC LLP Inc Plc PLC Co Corp Corporation Company Lettings Estates Properties
    Group Trust Council Association Bank Holdings Partners Agency Services Housing Logistics
    Courier Couriers Express Delivery Parcel Parcels Post Mail Reception Concierge Office
    Desk Security
"""
# A company, an office or a desk rather than a person: what the name rules let through.
_COMPANY_WORDS = frozenset(_COMPANY_WORDS_TEXT.split())
_GECOS_RE = LazyPattern(
    r"\b(?:useradd|usermod|adduser)\b[^\n|;&]{0,80}?(?:-c|--comment|--gecos)(?:=|[ \t]+)"
    r"(?P<q>[\"'])(?P<name>" + _TWO_WORD_NAME + r")(?:,[^\"'\n]*)?(?P=q)"
    # A passwd line's fifth (GECOS) field: "wbarrow:x:1004:1004:Full Name,,,:/home/…".
    r"|(?<![\w:/.-])[a-z_][a-z0-9_-]{0,31}:[x*!]?:[0-9]+:[0-9]+:(?P<name2>"
    + _TWO_WORD_NAME
    + r")[,:]"
)
_ROLES = (
    r"landlord|landlady|tenant|lodger|flatmate|housemate|roommate|nanny|childminder|babysitter|"
    r"cleaner|carer|caregiver|tutor|therapist|counsell?or|dentist|physio|accountant|solicitor|"
    r"lawyer|attorney|plumber|builder|electrician|gardener|mentor|supervisor|line[ \t]+manager|"
    r"manager|boss|neighbou?r|midwife|social[ \t]+worker|case[ \t]+worker|probation[ \t]+officer|"
    r"GP|doctor|surgeon|consultant|coach|trainer|mechanic|agent|fianc[ée]e?"
)
_ROLE_IS_RE = LazyPattern(
    r"(?i:\b(?:my|our)[ \t]+(?:new[ \t]+|old[ \t]+|current[ \t]+|former[ \t]+)?(?:"
    + _ROLES
    + r")(?:'s[ \t]+name)?[ \t]+is[ \t]+(?:called[ \t]+|named[ \t]+)?)(?P<name>"
    + _TWO_WORD_NAME
    + r")"
)


def _has(lowered: str, *cues: str) -> bool:
    """Whether any cue word is in the lower-cased text (each pattern runs only then)."""
    return any(cue in lowered for cue in cues)


def _english_names(text: str) -> Iterator[tuple[int, int]]:
    lowered = text.lower()
    if _has(lowered, "reached", "this is", "voicemail", "voice mail", "mailbox"):
        for m in _VOICEMAIL_RE.finditer(text):
            group = "name" if m.group("name") else "name2"
            yield m.start(group), m.end(group)
    if _has(lowered, "congrat", "well done", "kudos", "thank you to") and not (
        "?" in text and _PUBLIC_SOURCE_RE.search(text) is not None
    ):
        for m in _CONGRATS_RE.finditer(text):
            yield m.start("name"), m.end("name")
    if _has(lowered, "signed for", "left with"):
        for m in _SIGNED_FOR_RE.finditer(text):
            if not _COMPANY_WORDS.intersection(m.group("name").split()):
                yield m.start("name"), m.end("name")
    if "(" in text:
        for m in _PARTY_RE.finditer(text):
            if not _COMPANY_WORDS.intersection(m.group("name").split()):
                yield m.start("name"), m.end("name")
    if _has(lowered, "useradd", "usermod", "adduser", ":/home/", ":/var/", ":/bin/"):
        for m in _GECOS_RE.finditer(text):
            group = "name" if m.group("name") else "name2"
            yield m.start(group), m.end(group)
    if " is " in lowered and _has(lowered, "my ", "our "):
        for m in _ROLE_IS_RE.finditer(text):
            yield m.start("name"), m.end("name")


def detect_frame_names_53p(text: str) -> Iterator[Hit]:
    """Names in this round's Korean and English frames (see the module)."""
    yield from _korean(text)
    for start, end in _english_names(text):
        if not asks_about_a_public_figure(text, start, end):
            yield Hit("person_name", start, end, 0.8, False)
