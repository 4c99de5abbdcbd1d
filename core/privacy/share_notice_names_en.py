"""The sender a cloud service's share notice names (redteam43, second batch): ``Tiberius
Vandersloot-Okafor shared a document with you``, ``Ines Baptiste (via Google Sheets)``,
``Ines Baptiste invited you to edit``.

Google Drive, OneDrive, Dropbox and Notion notices open on the person who shared, with no
title or label; people paste them to ask whether the mail is a phish. The notice's own words
(``shared a …/an …/the … with you``, ``invited you to …``, ``(via Google Docs)``) say a person
is named just before. One to four capitalised words are read; a brand or a service sending
the notice itself (``Canva shared a design with you``) is not a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_share_notice_names_en"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?"
_NOTICE_RE = LazyPattern(
    r"(?<![\w])(?P<name>" + _WORD + r"(?:[ ]" + _WORD + r"){0,3})[ \t]+(?:"
    r"(?:has[ \t]+)?shared[ \t]+(?:a|an|the|\d+)?[ \t]*[\w ]{0,30}?[ \t]*with[ \t]+you|"
    r"(?:has[ \t]+)?invited[ \t]+you[ \t]+to|\(via[ \t]+(?:Google|Microsoft|OneDrive|Dropbox))"
)


def detect_share_notice_names_en(text: str) -> Iterator[Hit]:
    """The person a share notice says shared or invited (see the module)."""
    if "with you" not in text and "invited you" not in text and "(via " not in text:
        return
    for m in _NOTICE_RE.finditer(text):
        words = m.group("name").split()
        # "Quarterly Report shared …" cannot be told from a name by shape; a word that names
        # no one, or a brand, rules the run out.
        if any(is_english_non_name(w) for w in words) or any(is_brand(w) for w in words):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
