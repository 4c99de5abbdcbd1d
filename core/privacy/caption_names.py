"""The people a photo caption names in order: ``L–R: Tobiah Marchetti, Wren Abernethy-Kaur
and me``, ``(왼쪽부터) 석지후, 봉예린, 나`` (redteam39).

A caption's order marker (``L–R:``, ``(L-R)``, ``left to right:``, ``from left:``;
``왼쪽부터``, ``좌측부터``) says that the list after it names the people in
the picture. Each item of the list is read on its own: two to four capitalised English
words, or a Korean name of two to four syllables (a surname first,
:func:`core.privacy.names.plausible_korean_name`); ``me``, ``나``, ``저`` and words that are
no name (``담임 선생님``) end nothing and are skipped. The famous people on a public work
(``the Abbey Road cover, left to right it's John Lennon, …``, no colon, no list marker) are
left to :mod:`core.privacy.public_work_depictions`.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_caption_names"]

_EN_MARKER_RE = LazyPattern(
    r"(?i:\(?\bL[ \t]?[-–][ \t]?R\b\)?[ \t]*:?|\bleft[ \t]+to[ \t]+right[ \t]*:|"
    r"\(?from[ \t]+(?:the[ \t]+)?left\)?[ \t]*:)"
)
_KO_MARKER_RE = LazyPattern(r"\(?(?:사진[ \t]*)?(?:왼쪽|좌측|좌)(?:에서)?부터\)?[ \t]*:?")
# The list runs to the end of its line or sentence (a full stop, a quote, a dash).
_LIST_RE = LazyPattern(r"[^\n.'\"’”—]{1,200}")
_ITEM_SPLIT_RE = LazyPattern(r"[ \t]*(?:,|;|/|·|\band\b|&|그리고|와|과|,?[ \t]+및)[ \t]*")
_EN_NAME_RE = LazyPattern(
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
    r"(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*){1,3})"
)
_KO_NAME_RE = LazyPattern(r"(?P<name>[가-힣]{2,4})(?:[ \t]*(?:씨|님|군|양))?")


def _items(text: str, start: int) -> Iterator[tuple[int, str]]:
    """(offset, item) for each item of the list that opens at ``start``."""
    m = _LIST_RE.match(text, start)
    if m is None:
        return
    pos = start
    for part in _ITEM_SPLIT_RE.split(m.group()):
        offset = text.find(part, pos) if part else -1
        if offset < 0:
            continue
        pos = offset + len(part)
        yield offset, part


_KO_CUES = ("왼쪽부터", "좌측부터", "좌부터", "왼쪽에서부터", "좌측에서부터")
_EN_CUE_RE = LazyPattern(r"(?i:L[ \t]?[-–][ \t]?R|left)")


def detect_caption_names(text: str) -> Iterator[Hit]:
    """Names listed after a caption's order marker (see the module)."""
    for m in _EN_MARKER_RE.finditer(text) if _EN_CUE_RE.search(text) else ():
        for offset, item in _items(text, m.end()):
            name = _EN_NAME_RE.match(item.strip())
            if name is None or name.group() != item.strip():
                continue
            if any(t in EN_NOT_PERSONS for t in name.group().split()):
                continue
            lead = len(item) - len(item.lstrip())
            yield Hit("person_name", offset + lead, offset + lead + len(name.group()), 0.8, False)
    if not any(cue in text for cue in _KO_CUES):
        return
    for m in _KO_MARKER_RE.finditer(text):
        for offset, item in _items(text, m.end()):
            name = _KO_NAME_RE.fullmatch(item.strip())
            if name is None or not plausible_korean_name(name.group("name"), strong=True):
                continue
            lead = len(item) - len(item.lstrip())
            yield Hit(
                "person_name", offset + lead, offset + lead + len(name.group("name")), 0.8, False
            )
