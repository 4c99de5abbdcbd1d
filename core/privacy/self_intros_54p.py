"""Self-introductions in two more scripts (redteam46): Persian ``اسم من شیرین نوروزی است``
(``نام من … است``, ``من … هستم``) and Bengali ``আমার নাম তানজিলা রহমান`` (``… আমার নাম``).

Both say "my name is": the words they introduce are the writer's own name. Persian closes the
name with the copula ``است``/``هستم`` (or a comma), Bengali with a comma, the danda ``।`` or
the end of the quote. Neither script has capitals, so the name is the one to three words
between the phrase and its close. A language course's model sentence stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import is_language_course_text
from core.privacy.types import Hit

__all__ = ["detect_self_intros_54p"]

# Arabic-script letters (Persian ی ک گ چ پ ژ included) and the zero-width non-joiner.
_FA_WORD = r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u200c]+"
_FA_RE = LazyPattern(
    r"(?:اسم|نام)[ \t]+من[ \t]+(?P<name>" + _FA_WORD + r"(?:[ \t]+" + _FA_WORD + r"){0,2}?)"
    r"[ \t]*(?:است|هست|می‌باشد|[،,.!]|$)"
    r"|(?<![\u0600-\u06FF])من[ \t]+(?P<name2>" + _FA_WORD + r"[ \t]+" + _FA_WORD + r")[ \t]+هستم"
)
_BN_WORD = r"[\u0980-\u09FF]+"
_BN_RE = LazyPattern(
    r"আমার[ \t]+নাম[ \t]+(?P<name>" + _BN_WORD + r"(?:[ \t]+" + _BN_WORD + r"){0,2}?)"
    r"[ \t]*(?=[,،।!?'\"’”]|$)"
)
# Words after "my name is" that are no name ("my name is written …").
_BN_NOT_NAMES = frozenset({"কী", "কি", "হলো", "হল"})


def detect_self_intros_54p(text: str) -> Iterator[Hit]:
    """The writer's name in Persian and Bengali introductions (see the module)."""
    fa = "من" in text
    bn = "আমার নাম" in text
    if not (fa or bn) or is_language_course_text(text):
        return
    if fa:
        for m in _FA_RE.finditer(text):
            group = "name" if m.group("name") else "name2"
            yield Hit("person_name", m.start(group), m.end(group), 0.8, False)
    if bn:
        for m in _BN_RE.finditer(text):
            if m.group("name").split()[0] not in _BN_NOT_NAMES:
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
