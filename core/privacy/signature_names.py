"""Names in a letter's signature: ``- 오세린 올림``, ``김도하 드림``, ``Thanks, Rosa Delgado``,
a plain-text mail's ``-- `` line and the name under it (masked30), and (blind55p) a full name
after a signature's label (``signature block: NAME, Role``); (blind57p) a name alone after a
dash at a message's end (``… 주세요. — 은결``).

People paste the note they want polished, signature and all. A Korean letter ends on the
writer's name and a humble closing verb (``드림``, ``올림``, ``배상``); an English one on a
closing word and the name (``Cheers, Tom Hale``). The name lists hold few romanised or
rare Korean names, and the closing says the words are a name, so the shape decides: the
closing at the end of the text or of a line, the name right before (Korean) or after
(English) it. ``감사합니다 드림``-like words that name no one are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import (
    COMPOUND_SURNAMES,
    KOREAN_SURNAMES,
    is_english_non_name,
    plausible_korean_name,
)
from core.privacy.public_work_depictions import names_public_people_in_writer_free_text
from core.privacy.types import Hit

# The end of the signature: the end of the text or of its line, maybe after a full stop.
# Possessive runs of spaces: a long run cannot be split two ways between the two.
_LINE_END = r"(?=[ \t]*+(?:[.!][ \t]*+)?(?:['\"”’]|$|\n))"
# "- 오세린 올림", "오세린 드림": a name of two to four syllables, then the closing verb.
# The name opens the signature: the text, a line, a sentence ("...습니다. 오세린 드림") or a
# dash. After another word on its line the verb is prose's ("10원 이하 올림" rounds up,
# "전액 배상" pays in full, "사은품 드림" gives a gift). Starting only there (not after any
# space) keeps the search linear on long runs of spaces.
_KO_SIGNATURE_RE = LazyPattern(
    # A quote may open it too: "편지 마지막 줄을 '현도윤 올림' 으로" (redteam44).
    r"(?:^|(?<=[\n.!?~:,\-—–'\"‘“「]))[ \t]*+(?:[-—–~][ \t]*+)?(?P<name>[가-힣]{2,4})[ \t]*+"
    r"(?:드림|올림|배상)" + r"(?:[ \t]*+\([^()\n]{1,40}\))?" + _LINE_END,
    # masked30: a contact in brackets may close the line ("- 채린 드림 (010-5820-3367)").
    flags=0,
)
# A romanised Korean given name hyphenates a lower-case syllable on ("Maeng Ha-eun", redteam49).
_EN_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ]+)?"
_EN_CLOSINGS = (
    r"cheers|thanks|thank[ \t]+you|many[ \t]+thanks|best|best[ \t]+wishes|all[ \t]+the[ \t]+best|"
    r"regards|kind[ \t]+regards|warm[ \t]+regards|best[ \t]+regards|sincerely|yours|"
    r"yours[ \t]+sincerely|yours[ \t]+truly|love|take[ \t]+care"
)
# "Thanks, Rosa Delgado" / "Cheers,\nTom": the closing, a comma or line break, the name.
_EN_SIGNATURE_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    + _EN_CLOSINGS
    + r")[ \t]*+(?:,[ \t]*+\n?|\n)[ \t]*+(?P<name>"
    + _EN_WORD
    + r"(?:[ \t]+"
    + _EN_WORD
    + r")?)"
    + _LINE_END,
    flags=0,
)
# masked30: the sig-dash line of plain-text mail ("-- " alone on its line, RFC 3676), then
# the writer's name on the next line: "-- \nLeofric\nm. 07719 204 881". The delimiter
# says the next line signs the message; a name there may be a given name alone.
_SIG_DASH_RE = LazyPattern(
    r"(?m:^)--[ \t]?\n[ \t]*+(?P<name>" + _EN_WORD + r"(?:[ \t]+" + _EN_WORD + r")?)" + _LINE_END,
    flags=0,
)
# blind55p: a signature's label before a colon ("fix my signature block: Fionnuala Brannagh,
# Procurement Lead", "email signature: Tomás Reyes | Buyer"): a full name of two or three
# words right after it, ended by a comma, a bar, a slash, a dash or the line's end, signs the
# writer's mail. A label with no full name after it ("signature: required", "digital
# signature: SHA-256") reads nothing.
_SIG_LABEL_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:signature)(?:[ \t]+(?i:block|line))?[ \t]*:[ \t]*\n?[ \t]*(?P<name>"
    + _EN_WORD
    + r"(?:[ \t]+"
    + _EN_WORD
    + r"){1,2})(?=[ \t]*(?:,|\||/|-|–|—|\n|$))",
    flags=0,
)
# blind57p: a message signed with a dash and the writer's name alone, no closing verb
# ("… 메신저로 주세요. — 은결'", "…부탁드려요 – 도윤하"): after a sentence's end, an em or en
# dash, two to four syllables, then the end of the line, the quote or the text. A given
# name alone is judged as one after a common surname; a closing word is no name.
_KO_DASH_SIGNATURE_RE = LazyPattern(
    # The scanner folds the em and en dash to "-" (core.privacy.normalize); "--" types one.
    # Who the writer is may come before the name ("— 302호 주민 변서아"): then a full name.
    r"(?:[.!?~)]|요|다|까)[ \t]*+(?:-{1,2}|[—–])[ \t]*+(?P<desc>(?:[0-9가-힣]{1,6}[ \t]+){0,2})"
    r"(?P<name>[가-힣]{2,4})" + _LINE_END,
    flags=0,
)
_KO_DASH_NOT_NAMES = frozenset({"이상", "이만", "끝", "감사", "무명", "익명", "올림", "드림"})
_EN_CLOSING_WORD_RE = LazyPattern(r"(?i:cheers|thanks|best|regards|sincerely|yours|love|warm|kind)")
_SURNAMES = frozenset(KOREAN_SURNAMES) | frozenset(COMPOUND_SURNAMES)
# The titles a country gives its historical and public figures (not 선생님, a child's teacher).
_PUBLIC_TITLE_AFTER = r"[ \t]*(?:선생(?!님)|장군|대통령|열사|의사(?![가-힣])|대왕|시인|주석)"


def korean_signer(name: str) -> bool:
    """A surname first and a given name of one or two syllables after it, read as a name."""
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[:1]
    if surname not in _SURNAMES or not 1 <= len(name) - len(surname) <= 2:
        return False
    # "이하 올림" on a line of its own is still a rounding rule.
    return plausible_korean_name(name, strong=True)


def _signed_by_a_titled_figure(text: str, name: str) -> bool:
    """Whether ``name`` is also written with a historical or public title (``김구 선생 편지들이
    '김구 올림' 으로 끝나던데``): the letters of a public figure, quoted, not the writer's own."""
    return re.search(re.escape(name) + _PUBLIC_TITLE_AFTER, text) is not None


def _dash_signer(name: str) -> bool:
    """A full Korean name, or a given name of two syllables, signing after a dash."""
    if name in _KO_DASH_NOT_NAMES:
        return False
    if len(name) == 2:
        return plausible_korean_name("김" + name, strong=False)
    return korean_signer(name)


def detect_signature_names(text: str) -> Iterator[Hit]:
    """The writer's name in a Korean or English letter's signature."""
    if "드림" in text or "올림" in text or "배상" in text:
        for m in _KO_SIGNATURE_RE.finditer(text):
            if korean_signer(m.group("name")) and not _signed_by_a_titled_figure(
                text, m.group("name")
            ):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if "-" in text or "—" in text or "–" in text:
        for m in _KO_DASH_SIGNATURE_RE.finditer(text):
            name = m.group("name")
            if korean_signer(name) if m.group("desc") else _dash_signer(name):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    matches = list(_EN_SIGNATURE_RE.finditer(text))
    # "Van Gogh's letters to Theo usually end 'Ever yours, Vincent' - …?" (redteam39).
    if matches and names_public_people_in_writer_free_text(text):
        matches = []
    if "--" in text:
        matches += _SIG_DASH_RE.finditer(text)
    if "ignature" in text:
        matches += _SIG_LABEL_RE.finditer(text)
    for m in matches:
        tokens = m.group("name").split()
        # "Thanks,\nBest Buy": a closing word opening the "name" is a company's or a
        # second closing, not a person's first name.
        if _EN_CLOSING_WORD_RE.fullmatch(tokens[0]) is not None:
            continue
        if not any(t in EN_NOT_PERSONS or is_english_non_name(t) for t in tokens):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
