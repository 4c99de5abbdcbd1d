"""Self-introductions in scripts the intro rules did not read (redteam42): Japanese
``柚木菜摘と申します`` (``…といいます``, ``…と言います``), Arabic ``اسمي ريم الكعبي``, Thai
``ดิฉันชื่อ กัลยรัตน์ ทองประเสริฐ ค่ะ`` and Hindi ``मेरा नाम अनन्या जोशी है``; and (redteam43)
Nepali ``मेरो नाम सुबिना थापा हो`` and Khmer ``ខ្ញុំឈ្មោះ សុខ ចាន់ធីតា``; and (redteam43's second
batch) Hebrew ``קוראים לי מיכל אברבנאל`` (``שמי …``) and Burmese ``ကျွန်မနာမည် ခင်သီတာဦး ပါ``;
and (redteam44) Georgian ``მე მქვია თამარ ღვინიაშვილი`` (``ჩემი სახელია …``); and (blind55p)
Amharic ``እኔ ቤተልሔም ወልደጊዮርጊስ ነኝ`` (I am … ; the name between the pronoun and the copula,
two or three words: a given name and a father's name) and Thai ``ชื่อจริง … นามสกุล …`` (real
name …, surname …: a form's two labels, each before its word).

Each phrase says "I am called": the words it introduces are the writer's own name. Where the
name ends is read from the script: in Japanese the run of kanji (or of katakana) right before
と申します (a company before it ends at its の); in Arabic up to three words, stopping at a word
that starts the next clause (من "from", في "in", و "and"…); in Thai up to two words, with the
polite particle (ค่ะ, ครับ) cut off; in Hindi and Nepali the words before है/हो; in Khmer up
to three words, stopping at a polite particle. A title quoted as a work (a song or film
called "اسمي …") stays public, as does a language course's model sentence (a phrasebook's
``मेरो नाम राम हो``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import is_language_course_text
from core.privacy.types import Hit

__all__ = ["detect_script_self_intros"]

_JA_RE = LazyPattern(
    r"(?P<name>[一-龥々]{1,4}[ 　]?[一-龥々]{1,4}|[ァ-ヶー]{2,12}(?:[ 　・][ァ-ヶー]{2,12})?)"
    r"(?:と申します|と申しま|といいます|と言います|と申す者)"
)
_AR_LETTERS = r"[\u0621-\u064A\u0671-\u06D3]"
_AR_RE = LazyPattern(r"(?<!" + _AR_LETTERS + r")اسمي[ \t]+")
# blind57p: a compound name part is one word ("عبد الرزاق", "أبو بكر", "بن سلمان"): the servant-of,
# father-of and son-of words join the word after them, so a four-word name is read whole.
_AR_WORD_RE = LazyPattern(r"(?:(?:عبد|أبو|ابو|بن|ابن|بنت)[ \t]+)?" + _AR_LETTERS + r"+")
# Words that begin the next clause rather than continue a name.
_AR_STOP = frozenset({"من", "في", "و", "وأنا", "أنا", "عمري", "وعمري", "هو", "هي", "مع", "إلى"})
_TH_RE = LazyPattern(r"(?:ผม|ดิฉัน|ฉัน|หนู|เรา|กระผม|ชั้น|พี่|น้อง)ชื่อ[ \t]?")
_TH_WORD_RE = LazyPattern(r"[\u0E01-\u0E4E]+")
_TH_PARTICLES = ("ค่ะ", "ครับ", "คะ", "นะ", "จ้ะ", "จ้า", "คับ")
_HI_RE = LazyPattern(
    r"मे(?:रा|रो)[ \t]+नाम[ \t]+(?P<name>[\u0900-\u097F]+(?:[ \t][\u0900-\u097F]+){0,2}?)"
    r"[ \t]+(?:है|हो)"
)
# Khmer "ខ្ញុំឈ្មោះ" (I am called), then the name's words, up to a polite particle.
_KM_RE = LazyPattern(r"ខ្ញុំ[ \t]?ឈ្មោះ[ \t]?")
_KM_WORD_RE = LazyPattern(r"[\u1780-\u17DD]+")
_KM_PARTICLES = frozenset({"បាទ", "ចាស", "ហើយ", "ជា", "មក", "នៅ"})
# Hebrew "קוראים לי" (they call me) and "שמי" (my name), then up to three words (a hyphen
# inside one: "בן-שושן"), stopping at a word that begins the next clause.
_HE_RE = LazyPattern(r"(?<![\u05D0-\u05EA])(?:קוראים[ \t]+לי|שמי)[ \t]+")
_HE_WORD_RE = LazyPattern(r"[\u05D0-\u05EA׳״]+(?:-[\u05D0-\u05EA׳]+)?")
_HE_STOP = frozenset({"אני", "ואני", "ואת", "מ", "מן", "של", "ו", "גם", "היום", "כאן"})
# Burmese "ကျွန်မ/ကျွန်တော့် နာမည်" (my name), the name's syllables, then the polite "ပါ".
_MY_RE = LazyPattern(
    r"ကျွန်(?:မ|တော့်|တော်)[ \t]?နာမည်(?:က)?[ \t]?(?P<name>[\u1000-\u109F]{2,30}?)[ \t]*ပါ"
)
# Georgian "მე მქვია" / "მქვია" (I am called) and "ჩემი სახელია" (my name is), then up to three
# words of the Mkhedruli script, stopping at "and", "I am" or "from" (redteam44).
_KA_RE = LazyPattern(r"(?<![\u10D0-\u10FF])(?:მქვია|ჩემი[ \t]+სახელია|სახელად)[ \t]+")
_KA_WORD_RE = LazyPattern(r"[\u10D0-\u10FF]+(?:-[\u10D0-\u10FF]+)?")
_KA_STOP = frozenset({"და", "ვარ", "მე", "ჩემი", "აქ", "დღეს"})
# blind53p: "მე ვარ …" (I am …) names the writer only when a family name follows the given
# name: a word after the first ending as Georgian surnames end (-ძე, -შვილი, -ია, -ავა, -ური,
# -ული, -ანი, -ელი, -ონი, -ძე-… in a double name); "მე ვარ სტუდენტი" (I am a student) and "მე
# ვარ კარგად" (I am fine) are one lower-case-free word and are not read.
_KA_AM_RE = LazyPattern(r"(?<![\u10D0-\u10FF])მე[ \t]+ვარ[ \t]+")
_KA_SURNAME_END = LazyPattern(r"(?:ძე|შვილი|ია|ავა|ური|ული|ანი|ელი|ონი)(?:-|\Z)")
_WORK_BEFORE_RE = LazyPattern(
    r"(?i:\b(?:novel|book|film|movie|song|drama|series|show|title|album|poem)s?|소설|영화|드라마|"
    r"노래|책|작품)[ \t]*['\"‘“]?[ \t]*\Z"
)
_MAX_WORDS = 3
# blind55p: Amharic "እኔ … ነኝ" (I am …). A name there is a given name and a father's name (two
# or three Ethiopic words); "እኔ ተማሪ ነኝ" (I am a student) is one word and is not read, and a
# word of degree or time ("በጣም", very; "አሁን", now) opens a description, not a name.
_AM_RE = LazyPattern(
    r"(?<![\u1200-\u137F])እኔ[ \t]+(?P<name>[\u1200-\u135A]+(?:[ \t]+[\u1200-\u135A]+){1,2}?)"
    r"[ \t]*ነኝ"
)
_AM_STOP = frozenset(
    {"በጣም", "አሁን", "ዛሬ", "እዚህ", "ደግሞ", "ትንሽ", "ገና", "ሁልጊዜ", "የ", "ከ", "ለ", "በ", "እና", "ግን"}
)
# blind55p: Thai "ชื่อจริง" (real name) and "นามสกุล" (surname), a form's labels said aloud,
# each with a space before the word it gives; a question word after the label ("ชื่อจริง
# คืออะไร", what is the real name) gives none.
_TH_LABEL_RE = LazyPattern(r"(?:ชื่อจริง|นามสกุล)[ \t]+")
_TH_LABEL_STOP = ("คือ", "ของ", "อะไร", "ว่า", "เป็น", "และ", "หรือ", "ต้อง", "ใน")


def _quoted_work(text: str, start: int) -> bool:
    return _WORK_BEFORE_RE.search(text[max(0, start - 16) : start]) is not None


def _words_until_stop(
    text: str, pos: int, word_re: LazyPattern, stops: frozenset[str]
) -> tuple[int, int] | None:
    """The span of up to three space-separated words of ``word_re`` from ``pos``, ending
    before a word of ``stops`` (a word that begins the next clause, a polite particle)."""
    start = end = pos
    for _ in range(_MAX_WORDS):
        m = word_re.match(text, pos)
        if m is None or m.group() in stops:
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


def _amharic_name(m: re.Match[str]) -> tuple[int, int] | None:
    """The name's span in an Amharic "እኔ … ነኝ", or None when a word there opens a description."""
    if any(w in _AM_STOP or w.startswith("የ") for w in m.group("name").split()):
        return None
    return m.start("name"), m.end("name")


def _thai_labelled(text: str, pos: int) -> tuple[int, int] | None:
    """The one Thai word after "ชื่อจริง"/"นามสกุล" and its space, polite particle cut off."""
    m = _TH_WORD_RE.match(text, pos)
    if m is None or m.group().startswith(_TH_LABEL_STOP):
        return None
    word = m.group()
    cut = next((p for p in _TH_PARTICLES if word.endswith(p) and len(word) > len(p)), "")
    return (m.start(), m.end() - len(cut)) if word not in _TH_PARTICLES else None


def _georgian_full_name(text: str, pos: int) -> tuple[int, int] | None:
    """The given and family name after "მე ვარ", or None when no family name follows."""
    span = _words_until_stop(text, pos, _KA_WORD_RE, _KA_STOP)
    if span is None or _quoted_work(text, pos):
        return None
    words = text[span[0] : span[1]].split()
    if len(words) < 2 or not any(_KA_SURNAME_END.search(w) for w in words[1:]):
        return None
    return span


def detect_script_self_intros(text: str) -> Iterator[Hit]:
    """Names after "my name is" in scripts without capitals (see the module)."""
    if is_language_course_text(text):
        return
    if "申" in text or "いいます" in text or "言います" in text:
        for m in _JA_RE.finditer(text):
            if not _quoted_work(text, m.start()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    spans: list[tuple[int, int] | None] = []
    if "اسمي" in text:
        spans += [
            _words_until_stop(text, m.end(), _AR_WORD_RE, _AR_STOP)
            for m in _AR_RE.finditer(text)
            if not _quoted_work(text, m.start())
        ]
    if "ชื่อ" in text:
        spans += [_thai_name(text, m.end()) for m in _TH_RE.finditer(text)]
    if "ชื่อจริง" in text or "นามสกุล" in text:
        spans += [_thai_labelled(text, m.end()) for m in _TH_LABEL_RE.finditer(text)]
    if "ነኝ" in text:
        spans += [
            _amharic_name(m) for m in _AM_RE.finditer(text) if not _quoted_work(text, m.start())
        ]
    if "नाम" in text:
        spans += [(m.start("name"), m.end("name")) for m in _HI_RE.finditer(text)]
    if "קוראים" in text or "שמי" in text:
        spans += [
            _words_until_stop(text, m.end(), _HE_WORD_RE, _HE_STOP) for m in _HE_RE.finditer(text)
        ]
    if "နာမည်" in text:
        spans += [(m.start("name"), m.end("name")) for m in _MY_RE.finditer(text)]
    if "ឈ្មោះ" in text:
        spans += [
            _words_until_stop(text, m.end(), _KM_WORD_RE, _KM_PARTICLES)
            for m in _KM_RE.finditer(text)
        ]
    if "მქვია" in text or "სახელ" in text:
        spans += [
            _words_until_stop(text, m.end(), _KA_WORD_RE, _KA_STOP)
            for m in _KA_RE.finditer(text)
            if not _quoted_work(text, m.start())
        ]
    if "ვარ" in text:
        spans += [_georgian_full_name(text, m.end()) for m in _KA_AM_RE.finditer(text)]
    for span in spans:
        if span is not None:
            yield Hit("person_name", span[0], span[1], 0.8, False)
