"""The sender a cloud service's share notice names (redteam43, second batch): ``Tiberius
Vandersloot-Okafor shared a document with you``, ``Ines Baptiste (via Google Sheets)``,
``Ines Baptiste invited you to edit``.

Google Drive, OneDrive, Dropbox and Notion notices open on the person who shared, with no
title or label; people paste them to ask whether the mail is a phish. The notice's own words
(``shared a …/an …/the … with you``, ``invited you to …``, ``(via Google Docs)``) say a person
is named just before. One to four capitalised words are read; a brand or a service sending
the notice itself (``Canva shared a design with you``) is not a person. Blind53p: a meeting
tool's ``NAME is inviting you to a scheduled Zoom meeting`` and an invitation card's ``A and B
request the pleasure of your company`` (two people joined by "and"); the tool's help page
quoting its default notice names no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_share_notice_names_en"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?"
_ONE = _WORD + r"(?:[ ]" + _WORD + r"){0,3}"
_NOTICE_RE = LazyPattern(
    # blind53p: two people joined by "and"/"&" (a wedding invitation's couple).
    r"(?<![\w])(?P<name>" + _ONE + r"(?:[ \t]+(?:and|&)[ \t]+" + _ONE + r")?)[ \t]+(?:"
    r"(?:has[ \t]+)?shared[ \t]+(?:a|an|the|\d+)?[ \t]*[\w ]{0,30}?[ \t]*with[ \t]+you|"
    r"(?:has[ \t]+)?invited[ \t]+you[ \t]+to|\(via[ \t]+(?:Google|Microsoft|OneDrive|Dropbox)|"
    # blind53p: a meeting tool's "NAME is inviting you to a scheduled Zoom meeting" and an
    # invitation card's "A and B request the pleasure of your company / the honour of your
    # presence".
    r"(?:is[ \t]+)?inviting[ \t]+you[ \t]+to|invites[ \t]+you[ \t]+to|"
    r"requests?[ \t]+the[ \t]+(?:pleasure|hono(?:u)?r)[ \t]+of\b)"
)
# blind53p: the tool's own help page or template quoting its default notice ("Zoom's help page
# shows 'Jane Smith is inviting you …' as the default invite text") names no one.
_DOCUMENTED_RE = LazyPattern(
    r"(?i)help[ \t]+(?:page|article|center|centre|docs?)|\bdocumentation\b|\btemplate\b|"
    r"\bdefault[ \t]+(?:invite|invitation|notice|message|text|wording)|도움말|기본[ \t]?문구"
)
_JOINS = frozenset({"and", "&"})


def detect_share_notice_names_en(text: str) -> Iterator[Hit]:
    """The person a share notice says shared or invited (see the module)."""
    if not any(
        k in text
        for k in (
            "with you",
            "invited you",
            "(via ",
            "inviting you",
            "invites you",
            "the pleasure of",
            "the honour of",
            "the honor of",
        )
    ):
        return
    if _DOCUMENTED_RE.search(text) is not None:
        return
    for m in _NOTICE_RE.finditer(text):
        words = [w for w in m.group("name").split() if w not in _JOINS]
        # "Quarterly Report shared …" cannot be told from a name by shape; a word that names
        # no one, or a brand, rules the run out.
        if any(is_english_non_name(w) for w in words) or any(is_brand(w) for w in words):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
