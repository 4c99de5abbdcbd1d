"""A person a letter, a parcel or a cheque is made out to: ``ATTN: Priyamvada
Kotecha-Lindqvist``, ``Tomasz Wierzbicki c/o Ewa Lindgren-Achebe``, ``Pay to the order of
Ezekiel Obuya-Frampton`` (redteam34).

Envelopes, invoices and cheques name their addressee after a fixed phrase, and nothing else
around the name says it is one: the family names are rare or double-barrelled and in no
list, and no title stands before them. The phrase says a person (or a firm) goes there:
``ATTN``/``Attn``/``Attention``, ``c/o``/``care of`` (and the name right before ``c/o``),
``Pay to the order of``, ``Payable to``, ``Payee``, ``Ship to``/``Deliver to``/``Bill to``.
Two to four capitalised words there (family-name particles such as ``Ó``, ``Ní``, ``van``,
``de`` between them) are read as a person's name unless one is a word of organisations,
services or brands (``ATTN: Accounts Payable``, ``Payable to Acme Ltd``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import NAME_PARTICLE
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_addressee_names_en"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)*"
# Family-name particles written between a given name and the family name.
_PARTICLE = NAME_PARTICLE
_NAME = r"(?P<name>" + _WORD + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _WORD + r"){1,3})"
_LABELS = (
    r"(?i:attn|attention|c/o|care[ \t]+of|pay[ \t]+to[ \t]+the[ \t]+order[ \t]+of|"
    r"payable[ \t]+to|payee|ship[ \t]+to|deliver[ \t]+to|bill[ \t]+to)"
)
_AFTER_LABEL_RE = LazyPattern(r"(?<![A-Za-z])" + _LABELS + r"\.?[ \t]*[:：]?[ \t]*" + _NAME)
_BEFORE_CO_RE = LazyPattern(_NAME + r"[ \t]+(?i:c/o)(?![A-Za-z])")
_PARTICLE_RE = LazyPattern(_PARTICLE)
_CUES: tuple[str, ...] = (
    "attn", "attention", "c/o", "care of", "order of", "payable", "payee", "ship to",
    "deliver to", "bill to",
)  # fmt: skip


def _person(name: str) -> bool:
    words = [w for w in name.split() if _PARTICLE_RE.fullmatch(w) is None]
    return len(words) >= 2 and latin_person_words(words)


def detect_addressee_names_en(text: str) -> Iterator[Hit]:
    """Names after ATTN, c/o, a cheque's payee line or a shipping label (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _AFTER_LABEL_RE.finditer(text):
        if _person(m.group("name")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if "c/o" in lowered:
        for m in _BEFORE_CO_RE.finditer(text):
            if _person(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
