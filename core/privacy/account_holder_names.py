"""The holder named beside a bank account: ``account 110-482-913750, holder Jang Ye-rin``,
``KEB Hana Bank 620-219874-31207 (Kwak Minho)``, ``beneficiary: Ilse Vandeputte``
(redteam31).

Transfer details are copied whole to be translated or tidied, and name the account's holder
after a label (``holder``, ``account name``, ``beneficiary``, ``payee``, ``in the name of``)
or in brackets right after the number (then a romanised Korean surname or a listed given
name must come first: "(Blue Widget)" after an order number is a product). A Korean holder
is often written surname first in romanisation (``Kwak Minho``), which the English name
lists do not hold. The shapes: a
holder label, then one to three capitalised words; or an account-like number (eight digits
or more, with dashes or spaces), then a bracketed romanised Korean or English full name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_given_name
from core.privacy.names import is_english_non_name
from core.privacy.romanised_korean_names import SURNAMES
from core.privacy.types import Hit

__all__ = ["detect_account_holder_names"]

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zß-öø-ÿ]+)?"
_LABEL_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:account[ \t]holder|holder|account[ \t]name|beneficiary(?:[ \t]name)?|"
    r"payee|name[ \t]on[ \t](?:the[ \t])?account|in[ \t]the[ \t]name[ \t]of)"
    r"[ \t]*[:：-]?[ \t]*(?P<name>" + _WORD + r"(?:[ \t]" + _WORD + r"){1,2})(?![A-Za-z])"
)
_KOREAN_SURNAMES = frozenset(SURNAMES.split("|"))
_BRACKET_RE = LazyPattern(
    r"[0-9](?:[ -]?[0-9]){7,}[ \t]*\((?P<name>" + _WORD + r"(?:[ \t]" + _WORD + r"){1,2})\)"
)


def detect_account_holder_names(text: str) -> Iterator[Hit]:
    """Account holders' names beside an account (see the module)."""
    lowered = text.lower()
    if any(cue in lowered for cue in ("holder", "account", "beneficiary", "payee", "name of")):
        for m in _LABEL_RE.finditer(text):
            if not any(is_english_non_name(w) for w in m.group("name").split()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "(" in text:
        for m in _BRACKET_RE.finditer(text):
            words = m.group("name").split()
            # A bracket after an order number names a product ("(Blue Widget)"): only a
            # romanised Korean surname first or a listed given name first is a holder.
            if not (words[0] in _KOREAN_SURNAMES or is_given_name(words[0])):
                continue
            if not any(is_english_non_name(w) for w in words):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
