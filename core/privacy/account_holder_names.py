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

European transfer details label the holder in their own language (redteam32):
``Kontoinhaberin Henrike Vosskuhl``, ``t.n.v. M. van Oosterhout`` (Dutch "ten name van"),
``titulaire : Solène Marchetti``, ``titular: …``, ``intestatario …``; the name may open on
initials and carry a lower-case particle (``van``, ``de``, ``von``).
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
_PARTICLE = r"(?:van|von|de|der|den|du|da|di|dos|del|la|le|ten|ter|zu)"
_CONTINENTAL_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:kontoinhaber(?:in)?|empfänger(?:in)?|zahlungsempfänger(?:in)?|"
    r"t\.[ \t]?n\.[ \t]?v\.|ten[ \t]name[ \t]van|titulaire(?:[ \t]du[ \t]compte)?|"
    r"bénéficiaire|titular(?:[ \t]de[ \t]la[ \t]cuenta)?|beneficiario|intestatari[oa]|"
    r"intestato[ \t]a)[ \t]*[:：-]?[ \t]*"
    r"(?P<name>(?:[A-Z]\.[ \t]?){0,3}(?:"
    + _PARTICLE
    + r"[ \t])*"
    + _WORD
    + r"(?:[ \t](?:"
    + _PARTICLE
    + r"[ \t])*"
    + _WORD
    + r"){0,2})(?![A-Za-z])"
)
_CONTINENTAL_CUES = (
    "inhaber",
    "empfänger",
    "t.n.v",
    "t. n. v",
    "ten name",
    "titulaire",
    "bénéficiaire",
    "titular",
    "beneficiario",
    "intestat",
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
    if any(cue in lowered for cue in _CONTINENTAL_CUES):
        for m in _CONTINENTAL_RE.finditer(text):
            words = [w for w in m.group("name").split() if w[0].isupper() and w[-1] != "."]
            if words and not any(is_english_non_name(w) for w in words):
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
