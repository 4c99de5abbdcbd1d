"""Public-text checks of redteam50, where a rule held text that names no private person.

- A titled person's published work asked about: ``when was Dr. Fauci's memoir 'On Call'
  published?`` — a title, one surname, ``'s`` and a work (memoir, book, novel, biography,
  album…), in a sentence with no word of its writer (``my``, ``our``, ``I``, ``me``…). A
  colleague's draft is spoken of with those words (``Dr. Okafor's memoir draft — can you
  proofread it for me?``) and stays held.
- An organisation's published line read in words: ``is the White House comment line still
  two oh two, …?`` — a capitalised organisation name (no possessive ``'s``, no title) right
  before a line word (comment line, switchboard, hotline, helpline, call centre…), in a
  sentence with no writer or personal possessive word (``my``, ``his``, ``her``…).
- A mailbox named for an office's function, not a person: ``mediainquiries at who dot int``,
  ``press-office@…``, ``customer.service@…`` — the local part splits whole into function
  words (media, press, inquiries, info, support, privacy…).
- A descriptive stand-in value in documentation: ``passcode=my-long-passcode``,
  ``token=your-api-token`` — "my"/"your" and lower-case words joined by ``-`` or ``_``, no
  digit: it says what goes there instead of being it.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = [
    "descriptive_stand_in",
    "function_mailbox_local",
    "is_a_titled_works_author",
    "is_an_organisations_line",
]

_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b|(?<![가-힣])(?:우리|저희)")
_WORKS_AFTER = LazyPattern(
    r"['’]s[ \t]+(?:[A-Za-z-]+[ \t]+)?(?i:memoirs?|books?|novels?|biography|autobiography|"
    r"albums?|papers?|lectures?|theory|theorem|podcast|documentary|bestseller|speech)\b"
)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    closes = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    hi = min(closes) if closes else len(text)
    return text[lo : hi + 1]


def is_a_titled_works_author(text: str, start: int, end: int) -> bool:
    """Whether the titled name ending at ``end`` owns a published work ("Dr. Fauci's memoir")
    in a sentence with no word of its writer."""
    tail = end - 2 if text[end - 2 : end] in ("'s", "’s") else end
    if _WORKS_AFTER.match(text, tail) is None:
        return False
    # The sentence around: "Dr." ends in a dot, so look from the title's start.
    return _WRITER.search(_sentence(text, start, end)) is None


_ORG_LINE_BEFORE = LazyPattern(
    r"(?:[A-Z][A-Za-z&.-]*[ \t]+){1,4}(?:(?i:comment|main|public|information|enquiries|"
    r"inquiries|reservations?|customer[ \t]+service|press|media|emergency|tip)[ \t]+)?"
    r"(?i:line|switchboard|hotline|helpline|call[ \t]+cent(?:re|er))\b"
    r"[^.?!\n]{0,30}\Z"
)
_PERSONAL_POSSESSIVE = LazyPattern(
    r"(?i:\b(?:my|our|your|his|her|their|me|us|mine)\b)|\bI\b|['’]s[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?i:line|switchboard|hotline|helpline)\b"
)
_TITLES = frozenset({"Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof."})


def is_an_organisations_line(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an organisation's line word ("the White House
    comment line still …") in a sentence with no personal possessive."""
    lo = max(text.rfind(ch, 0, start) for ch in "!?\n") + 1
    before = text[lo:start]
    m = _ORG_LINE_BEFORE.search(before)
    if m is None or _PERSONAL_POSSESSIVE.search(before) is not None:
        return False
    return not any(word in _TITLES for word in m.group().split())


_FUNCTION_WORDS = frozenset(
    {
        "media", "press", "news", "newsroom", "inquiries", "inquiry", "enquiries", "enquiry",
        "info", "information", "contact", "contacts", "support", "help", "helpdesk", "service",
        "services", "customer", "customers", "care", "privacy", "dpo", "legal", "compliance",
        "sales", "marketing", "billing", "accounts", "invoices", "careers", "jobs", "recruit",
        "recruitment", "hr", "office", "reception", "admissions", "events", "partners",
        "partnerships", "security", "feedback", "general", "public", "relations", "pr",
        "communications", "comms", "team", "hello", "membership", "donations", "editor",
        "editorial", "letters", "tips", "webmaster", "orders", "returns", "bookings",
        # blind57p: investor relations ("ir@…", "investors@…", "investor.relations@…").
        "ir", "investor", "investors",
    }
)  # fmt: skip


def _splits_into(word: str) -> bool:
    """Whether ``word`` is one or more function words glued together ("mediainquiries")."""
    if not word:
        return True
    return any(
        word.startswith(head) and _splits_into(word[len(head) :]) for head in _FUNCTION_WORDS
    )


def function_mailbox_local(local: str) -> bool:
    """Whether an e-mail's local part names an office's function, not a person."""
    parts = [p for p in re.split(r"[._+-]", local.casefold()) if p]
    return bool(parts) and len(local) <= 40 and all(_splits_into(p) for p in parts)


_DESCRIPTIVE_RE = re.compile(r"(?:my|your)[-_][a-z]+(?:[-_][a-z]+){0,5}")


def descriptive_stand_in(value: str) -> bool:
    """Whether ``value`` describes a secret instead of being one ("my-long-passcode")."""
    return _DESCRIPTIVE_RE.fullmatch(value) is not None
