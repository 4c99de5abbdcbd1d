"""Self-introductions in scripts the intro rules did not read (redteam42): Japanese
``柚木菜摘と申します`` (``…といいます``, ``…と言います``), Arabic ``اسمي ريم الكعبي``, Thai
``ดิฉันชื่อ กัลยรัตน์ ทองประเสริฐ ค่ะ`` and Hindi ``मेरा नाम अनन्या जोशी है``.

Each phrase says "I am called": the words it introduces are the writer's own name. Where the
name ends is read from the script: in Japanese the run of kanji (or of katakana) right before
と申します (a company before it ends at its の); in Arabic up to three words, stopping at a word
that starts the next clause (من "from", في "in", و "and"…); in Thai up to two words, with the
polite particle (ค่ะ, ครับ) cut off; in Hindi the words before है. A title quoted as a work
(a song or film called "اسمي …") stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_script_self_intros"]

_JA_RE = LazyPattern(
    r"(?P<name>[一-龥々]{1,4}[ 　]?[一-龥々]{1,4}|[ァ-ヶー]{2,12}(?:[ 　・][ァ-ヶー]{2,12})?)"
    r"(?:と申します|と申しま|といいます|と言います|と申す者)"
)
_AR_LETTERS = r"[\u0621-\u064A\u0671-\u06D3]"
_AR_RE = LazyPattern(r"(?<!" + _AR_LETTERS + r")اسمي[ \t]+")
_AR_WORD_RE = LazyPattern(_AR_LETTERS + r"+")
# Words that begin the next clause rather than continue a name.
_AR_STOP = frozenset({"من", "في", "و", "وأنا", "أنا", "عمري", "وعمري", "هو", "هي", "مع", "إلى"})
_TH_RE = LazyPattern(r"(?:ผม|ดิฉัน|ฉัน|หนู|เรา|กระผม|ชั้น|พี่|น้อง)ชื่อ[ \t]?")
_TH_WORD_RE = LazyPattern(r"[\u0E01-\u0E4E]+")
_TH_PARTICLES = ("ค่ะ", "ครับ", "คะ", "นะ", "จ้ะ", "จ้า", "คับ")
_HI_RE = LazyPattern(
    r"मेरा[ \t]+नाम[ \t]+(?P<name>[\u0900-\u097F]+(?:[ \t][\u0900-\u097F]+){0,2}?)[ \t]+है"
)
_WORK_BEFORE_RE = LazyPattern(
    r"(?i:\b(?:novel|book|film|movie|song|drama|series|show|title|album|poem)s?|소설|영화|드라마|"
    r"노래|책|작품)[ \t]*['\"‘“]?[ \t]*\Z"
)
_MAX_WORDS = 3


def _quoted_work(text: str, start: int) -> bool:
    return _WORK_BEFORE_RE.search(text[max(0, start - 16) : start]) is not None


def _arabic_name(text: str, pos: int) -> tuple[int, int] | None:
    start = end = pos
    for _ in range(_MAX_WORDS):
        m = _AR_WORD_RE.match(text, pos)
        if m is None or m.group() in _AR_STOP:
            break
        end = m.end()
        if text[end : end + 1] not in (" ", "\t"):
            break
        pos = end + 1
    return (start, end) if end > start else None


def _thai_name(text: str, pos: int) -> tuple[int, int] | None:
    start = end = pos
    for _ in range(2):
        m = _TH_WORD_RE.match(text, pos)
        if m is None:
            break
        word = m.group()
        cut = next((p for p in _TH_PARTICLES if word.endswith(p) and len(word) > len(p)), "")
        if word in _TH_PARTICLES:
            break
        end = m.end() - len(cut)
        if cut or text[m.end() : m.end() + 1] not in (" ", "\t"):
            break
        pos = m.end() + 1
    return (start, end) if end > start else None


def detect_script_self_intros(text: str) -> Iterator[Hit]:
    """Names after Japanese, Arabic, Thai and Hindi "my name is" (see the module)."""
    if "申" in text or "いいます" in text or "言います" in text:
        for m in _JA_RE.finditer(text):
            if not _quoted_work(text, m.start()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    spans: list[tuple[int, int] | None] = []
    if "اسمي" in text:
        spans += [_arabic_name(text, m.end()) for m in _AR_RE.finditer(text)
                  if not _quoted_work(text, m.start())]  # fmt: skip
    if "ชื่อ" in text:
        spans += [_thai_name(text, m.end()) for m in _TH_RE.finditer(text)]
    if "नाम" in text:
        spans += [(m.start("name"), m.end("name")) for m in _HI_RE.finditer(text)]
    for span in spans:
        if span is not None:
            yield Hit("person_name", span[0], span[1], 0.8, False)
