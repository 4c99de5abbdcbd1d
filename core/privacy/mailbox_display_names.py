"""The display name before an address in angle brackets: ``Jörg Hinterberger
<joerg.h@web.de>``, ``Signed-off-by: Ottoline Marchbanks <…>``, ``"author": "Linnea Sjöberg
<…>"``, ``보낸 사람: 남궁 솔 <…>``, ``Íñigo Zubiaurre (<…>) escribió`` (redteam31).

``Name <address>`` is the mailbox form of RFC 5322, and every tool that writes a person's
address writes it so: a quoted reply's header in any language (``… a écrit :``, ``Am …
schrieb …:``, ``… escribió:``, ``…님이 작성:``), a From line, git's author and its
``Signed-off-by``/``Co-authored-by`` trailers, package manifests. The address is read by the
e-mail rule; the name before it was left for a masked copy to show. The shape: one to four
capitalised words (accented letters too), or a Korean name of two to four syllables (a
space after a surname allowed), right before ``<`` and an address. Words of an organisation
or a role (``Support Team``, ``GitHub``) and a role mailbox (``noreply@…``) name no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.documented_examples import is_role_mailbox
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, is_english_non_name
from core.privacy.placeholder_mailboxes import is_placeholder_mailbox
from core.privacy.types import Hit

__all__ = ["detect_mailbox_display_names"]

_LATIN = r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zß-öø-ÿĀ-ſ'’.-]*"
_HANGUL_NAME = (
    r"(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + r"])"
    r"[ ]?[가-힣]{1,2}"
)
_MAILBOX_RE = LazyPattern(
    r"(?<![\w.-])(?P<name>" + _LATIN + r"(?:[ \t]+" + _LATIN + r"){0,3}|" + _HANGUL_NAME + r")"
    r"[\"']?[ \t]*\(?<(?P<addr>[^\s<>@]{1,64}@[^\s<>@]{1,255})>"
)
# Organisation and role words seen before addresses ("Support Team", "Billing Dept").
_ORG_WORDS = frozenset(
    [
        "team",
        "support",
        "sales",
        "billing",
        "dept",
        "department",
        "office",
        "admin",
        "desk",
        "service",
        "services",
        "help",
        "info",
        "news",
        "newsletter",
        "notifications",
        "bot",
        "no-reply",
        "noreply",
        "customer",
        "customers",
        "care",
        "hr",
        "payroll",
        "accounts",
        "it",
    ]
)


def _latin_name(words: list[str]) -> bool:
    for word in words:
        bare = word.strip(".'’-")
        if is_english_non_name(bare) or is_brand(bare) or bare.casefold() in _ORG_WORDS:
            return False
    return any(len(w.strip(".")) > 1 for w in words)


def detect_mailbox_display_names(text: str) -> Iterator[Hit]:
    """Names written before an address in angle brackets (see the module)."""
    if "<" not in text or "@" not in text:
        return
    for m in _MAILBOX_RE.finditer(text):
        if is_role_mailbox(m.group("addr")):
            continue
        # blind52p: a test suite's stand-in on a reserved domain ("A U Thor
        # <author@example.com>"): the address is nobody's, nor is the name before it.
        if is_placeholder_mailbox(text, m.start("addr"), m.end("addr")):
            continue
        name = m.group("name")
        if "가" <= name[0] <= "힣":
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
            continue
        words = name.split()
        # Drop leading words that are no name ("From Jörg …" keeps "Jörg …").
        while words and not _latin_name(words[:1]):
            words = words[1:]
        if words and _latin_name(words):
            start = m.end("name") - len(" ".join(words))
            if text[start : m.end("name")] == " ".join(words):
                yield Hit("person_name", start, m.end("name"), 0.8, False)
