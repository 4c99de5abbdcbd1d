"""The name written right after a phone number or a payment handle (masked30).

Contact lines put the person after their number or their id: a regex test line ``'Tel: +1
(617) 555-0143 - Desmond Kilbride'``, a payment note ``my UPI ravindra.kulk@okicici
(Ravindra Kulkarni)``, a list ``07954 770 214 (Desmond Olawale)``. The number is found by
its own rule and masked; the name beside it was left in a masked copy. A phone-shaped
number (opening with ``+``, ``0`` or a bracketed area code, seven digits or more) or an
``x@y`` handle, then a dash, a comma or an opening bracket, then a name: a Korean name
passing the name check alone in the bracket (Korean prose goes on after a number: ``…7700,
평일 09:00``, ``(내선 305)``), or two to four capitalised words none of which names an
organisation (``020 8356 3000 - Hackney Council`` and ``1577-7011 (Coupang Customer
Service)`` stay public).

A link to a number or an inbox names its owner in its text (redteam32): ``<a
href="tel:+16282147793">Call Bronwyn</a>`` in a signature. The link's ``tel:``/``sms:``/
``mailto:``/``callto:`` target says the text is a contact, so one capitalised word after an
optional verb (``Call``, ``Text``, ``Email``) is read, unless it names an organisation or a
role (``Call Us``, ``Email Support``).

A verb of reaching someone before one capitalised word and ``on``/``at`` a phone names whom
the number reaches (redteam40): ``call or text Imogen on 07912 483 651``; a desk (``call
Reception on …``) is none, nor a branch on its landline (``call Northgate on 04 499 2100``):
a word the given-name list lacks counts only before a mobile number.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_given_name
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_contact_neighbour_names"]

_PHONE = (
    r"(?:\+[0-9]{1,3}[ \t.-]?(?:\([0-9]{1,4}\)[ \t.-]?)?|\([0-9]{2,4}\)[ \t.-]?|0)"
    r"[0-9]{1,5}(?:[ \t.-][0-9]{2,5}){0,3}"
)
_HANDLE = r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:['’-][A-ZÀ-Þ]?[a-zß-ÿ]+)*"
_NAME = r"(?P<name>[가-힣]{2,4}(?![가-힣])|" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3})"
_NEIGHBOUR_RE = LazyPattern(
    r"(?<![0-9A-Za-z])(?P<contact>"
    + _PHONE
    + "|"
    + _HANDLE
    + r")(?![0-9A-Za-z@])[ \t]*(?P<sep>[-–—,(])[ \t]*"
    + _NAME
)
_LINK_RE = LazyPattern(
    r"(?i:href)[ \t]*=[ \t]*[\"'](?i:tel|sms|mailto|callto):[^\"'<>]{3,80}[\"'][^<>]{0,80}>[ \t]*"
    r"(?:(?i:call|text|message|ring|phone|email|e-mail|mail|contact|write[ \t]+to)[ \t]+)?"
    r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})[ \t]*<"
)
# Link texts that address the reader, not a person ("Call Us", "Text Now").
_LINK_NOT_NAMES = frozenset({"Us", "Me", "Now", "Today", "Here", "Anytime", "Back", "Free"})
# "call or text Imogen on 07912 483 651" (redteam40, left by redteam39): a verb of reaching
# someone, one capitalised word, then "on"/"at" and a phone: the word is whom the number
# reaches. A desk or a service reached the same way ("call Reception on …") is no person.
_CALL_ON_RE = LazyPattern(
    r"(?i:\b(?:call|text|ring|phone|message|whatsapp|contact)(?:[ \t]+or[ \t]+(?:call|text|"
    r"ring|phone|message|whatsapp))?)[ \t]+(?P<name>" + _WORD + r")[ \t]+(?:on|at)[ \t]+"
    r"(?P<contact>" + _PHONE + r")(?![0-9])"
)
_DESKS = frozenset(
    {"Reception", "Support", "Sales", "Enquiries", "Customer", "Service", "Services", "Helpline",
     "Office", "Admin", "Bookings", "Booking", "Billing", "Accounts", "Security", "Emergency",
     "Dispatch", "Directory", "Operator", "Switchboard", "Info", "Information", "Help"}
)  # fmt: skip
# Mobile prefixes (UK 07…, Korea 010/011/016-019, with or without the country code).
_MOBILE_RE = LazyPattern(r"(?:0|\+44[ \t.-]?|\+82[ \t.-]?)(?:7|1[016-9])")
_MIN_PHONE_DIGITS = 7
_BRACKET_CLOSE_RE = LazyPattern(r"[ \t]*\)")


def detect_contact_neighbour_names(text: str) -> Iterator[Hit]:
    """Names right after a phone number or a handle, or in a contact link (see the module)."""
    if "href" in text or "HREF" in text:
        for m in _LINK_RE.finditer(text):
            words = m.group("name").split()
            if latin_person_words(words) and not any(w in _LINK_NOT_NAMES for w in words):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    for m in _CALL_ON_RE.finditer(text):
        name = m.group("name")
        if sum(ch.isdigit() for ch in m.group("contact")) < _MIN_PHONE_DIGITS:
            continue
        if name in _DESKS or name in _LINK_NOT_NAMES or not latin_person_words([name]):
            continue
        # A branch or a place reached on its landline ("call Northgate on 04 499 2100") is no
        # one: an unlisted word counts only before a mobile number.
        if not is_given_name(name) and _MOBILE_RE.match(m.group("contact")) is None:
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    for m in _NEIGHBOUR_RE.finditer(text):
        contact = m.group("contact")
        if "@" not in contact and sum(ch.isdigit() for ch in contact) < _MIN_PHONE_DIGITS:
            continue
        name = m.group("name")
        if name[0] >= "가":
            # Korean prose goes on after a number ("02-3218-7700, 평일 09:00~18:00", "(내선
            # 305)"): only a bracket holding the name alone says whose the number is.
            if m.group("sep") != "(" or _BRACKET_CLOSE_RE.match(text, m.end("name")) is None:
                continue
            if not plausible_korean_name(name, strong=False):
                continue
        elif not latin_person_words(name.split()):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
