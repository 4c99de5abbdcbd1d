"""A letter's signature that names the writer's relation first: ``막내 조카 편수아 올림``,
``제자 석하람 드림`` (redteam27).

:mod:`core.privacy.signature_names` reads ``편수아 올림`` when the name opens its line, so
that ``10원 이하 올림`` (rounding up) stays prose. Family letters and thank-you cards put
who the writer is to the reader first: ``큰딸 …``, ``막내 조카 …``, ``제자 …``. Those words
name a relation, never a rounding rule, so a signer's name after them is read the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.signature_names import korean_signer
from core.privacy.types import Hit

__all__ = ["detect_relation_signature_names_ko"]

_RELATIONS = (
    r"(?:막내|큰|작은|둘째|셋째|첫째|외|친)?[ \t]?"
    r"(?:조카|딸|아들|손녀|손자|외손녀|외손자|며느리|사위|제자|동생|언니|누나|오빠|형|"
    r"후배|친구|조카딸|조카며느리|질녀|처제|처형|올케|시누이)"
)
# The relation opens its line; then the name and the closing verb end it.
_RELATION_SIGNATURE_RE = LazyPattern(
    r"(?:^|(?<=[\n.!?~]))[ \t]*(?:[-—–~][ \t]*)?" + _RELATIONS + r"[ \t]+"
    r"(?P<name>[가-힣]{2,4})[ \t]*(?:드림|올림|배상)"
    r"(?=[ \t]*(?:[.!][ \t]*)?(?:['\"”’]|$|\n))"
)


def detect_relation_signature_names_ko(text: str) -> Iterator[Hit]:
    """The writer's name after their relation in a Korean letter's signature."""
    if "드림" not in text and "올림" not in text and "배상" not in text:
        return
    for m in _RELATION_SIGNATURE_RE.finditer(text):
        if korean_signer(m.group("name")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
