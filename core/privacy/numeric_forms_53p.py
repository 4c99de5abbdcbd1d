"""Numbers and addresses written in forms the number rules did not read (redteam45).

- A 주민번호 or a mobile whose dash is the Hangul vowel ``ㅡ`` (or ``~``/``_``), the key next to
  it on a Korean keyboard's Hangul layer: ``950314ㅡ2847169``, ``010ㅡ4827ㅡ3916``. The number
  keeps its shape: a birth date and a 1-8 sex digit, or a mobile prefix and its groups.
- A Japanese bank account, ``普通 4827163`` in a text that names the bank or the account, and
  its holder in katakana after ``口座名義``. A company's account (the holder marked ``カ）``,
  ``（カ``, ``ユ）``… as Japanese banks write 株式会社 and the like) is the company's, public.
- The front of a Korean mobile said to be the front: ``번호 … 앞부분은 010-73``.
- A Brazilian street address with its flat or house (``Rua das Acácias, 245, apto 1203``; blind54p:
  read on to its ``CEP …`` on the same line); the
  street and number alone are a museum's or a shop's as often (``Avenida Paulista, 1578``).
- An Italian one with its staircase or flat (``Via Garibaldi 112, scala B, int. 7``; second
  batch).
- An Indian flat or house number with its building (``Flat No. 302, Sai Krupa Apartments, 4th
  Cross``).
- A Korean 번지 address in a text about someone's home (``할머니 댁이 망원동 421-7번지 2층``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_numeric_forms_53p"]

# Folding turns the compatibility vowel ㅡ into the conjoining ᅳ (U+1173): both are read.
_HANGUL_DASH = r"[ \t]*[ㅡ\u1173~_][ \t]*"
_RRN_RE = LazyPattern(
    r"(?<![0-9])(?P<front>[0-9]{6})" + _HANGUL_DASH + r"(?P<back>[1-8][0-9]{6})(?![0-9])"
)
_PHONE_RE = LazyPattern(
    r"(?<![0-9])01[016789]" + _HANGUL_DASH + r"[0-9]{3,4}" + _HANGUL_DASH + r"[0-9]{4}(?![0-9])"
)


def _birth_date(front: str) -> bool:
    month, day = int(front[2:4]), int(front[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def _hangul_dashed(text: str) -> Iterator[Hit]:
    if not any(ch in text for ch in "ㅡ\u1173~_"):
        return
    for m in _RRN_RE.finditer(text):
        if _birth_date(m.group("front")):
            yield Hit("kr_rrn", m.start(), m.end(), 0.85, False)
    for m in _PHONE_RE.finditer(text):
        yield Hit("phone", m.start(), m.end(), 0.85, False)


_JP_ACCOUNT_RE = LazyPattern(
    r"(?:普通|当座|貯蓄)(?:預金)?[ \t　]*(?:口座)?[ \t　]*(?:番号)?[ \t　:：]*"
    r"(?P<number>[0-9]{7})(?![0-9])"
)
_JP_HOLDER_RE = LazyPattern(
    r"口座名義(?:人)?[ \t　:：]*(?P<holder>[（(]?[ァ-ヶーｦ-ﾟ）)]+(?:[ 　][ァ-ヶーｦ-ﾟ]+)?)"
)
# How Japanese banks mark a company's account: カ）for 株式会社 after the name, （カ before it.
_JP_COMPANY_RE = LazyPattern(r"[（(]?(?:カ|ユ|ド|シャ|ザイ|イ|ガク|ｶ|ﾕ|ﾄﾞ)[）)]|[（(](?:カ|ユ|ド|ｶ)")


def _japanese_accounts(text: str) -> Iterator[Hit]:
    if "銀行" not in text and "口座" not in text and "支店" not in text:
        return
    holders = list(_JP_HOLDER_RE.finditer(text))
    if any(_JP_COMPANY_RE.match(h.group("holder")) for h in holders):
        return
    for m in _JP_ACCOUNT_RE.finditer(text):
        yield Hit("bank_account", m.start("number"), m.end("number"), 0.8, False)
    for h in holders:
        yield Hit("person_name", h.start("holder"), h.end("holder"), 0.8, False)


_KO_OPENING_RE = LazyPattern(
    r"(?:번호|폰|핸드폰|휴대폰|연락처|전번)[^.!?\n]{0,30}?(?:앞부분|앞자리|앞번호|앞쪽|처음)"
    r"(?:은|는|이|가|만)?[ \t]*(?P<digits>01[016789][ -]?[0-9]{1,4})(?![0-9])"
)


def _korean_openings(text: str) -> Iterator[Hit]:
    if not any(cue in text for cue in ("앞부분", "앞자리", "앞번호", "앞쪽", "처음")):
        return
    for m in _KO_OPENING_RE.finditer(text):
        yield Hit("phone", m.start("digits"), m.end("digits"), 0.7, False)


_BR_RE = LazyPattern(
    r"\b(?:Rua|Avenida|Av\.|Travessa|Alameda|Estrada|Praça|Rodovia|Largo)[ \t]+[^,\n]{2,40}?,"
    r"[ \t]*(?:n[º°o]\.?[ \t]*)?[0-9]{1,5}[A-Z]?"
    r"(?:[ \t]*[,-][ \t]*(?i:apto\.?|apt\.?|ap\.|apartamento|casa|bloco|bl\.|conjunto|cj\.)"
    r"[ \t]*[0-9A-Z]{1,5}){1,2}"
    # blind54p: the rest of the line to its CEP (" - Vila Clementino, São Paulo - SP, CEP
    # 04021-020"), the postcode that narrows the flat to its street.
    r"(?:[^\n'\"?]{0,80}?\bCEP[ \t:.]*[0-9]{5}-?[0-9]{3}(?![0-9]))?"
)
# redteam45, second batch: an Italian street address with its staircase, flat or floor.
_IT_RE = LazyPattern(
    r"\b(?:Via|Viale|Corso|Piazza|Vicolo|Largo|Strada)[ \t]+[^,\n0-9]{2,40}?[ \t,]+[0-9]{1,4}"
    r"[A-Za-z]?(?:[ \t]*,[ \t]*(?i:scala|sc\.|int\.|interno|piano|p\.)[ \t]*[0-9A-Z]{1,3}){1,3}"
)
_IN_RE = LazyPattern(
    r"\b(?i:Flat|House|Door|Plot|Villa|H\.)[ \t]*(?:No\.?|Number|#)?[ \t]*[-:]?[ \t]*"
    r"[0-9]{1,4}[A-Z]?(?:[/-][0-9A-Z]{1,4})?,[ \t]*(?:[A-Z][\w.'-]*[ \t]+){0,4}"
    r"(?:Apartments?|Apts?\.?|Residency|Enclave|Towers?|Heights|Complex|Society|Nivas|"
    r"Nilayam|Villas?|Homes|Block)\b"
    r"(?:,[ \t]*[0-9]{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+Road)?)?"
)
_BEONJI_RE = LazyPattern(
    r"(?<![가-힣])[가-힣]{1,6}(?:동|리|가)[ \t]+(?:산[ \t]?)?[0-9]{1,4}(?:-[0-9]{1,4})?[ \t]*번지"
    r"(?:[ \t]*[0-9]{1,3}[ \t]*층)?"
)
# Someone's home spoken of: the 번지 is where they live, not a landmark's lot.
_HOME_KO = LazyPattern(r"댁|(?<![가-힣])집|자택|사는|살아|살고|본가|하숙|자취|원룸|이사")


def _addresses(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    cued = (
        (
            _BR_RE,
            (
                "rua ",
                "av.",
                "avenida",
                "travessa",
                "alameda",
                "estrada",
                "praça",
                "rodovia",
                "largo",
            ),
        ),
        (_IT_RE, ("via ", "viale", "corso", "piazza", "vicolo", "largo", "strada")),
        (_IN_RE, ("flat", "house", "door", "plot", "villa", "h. no", "h.no")),
    )
    for pattern, cues in cued:
        if any(cue in lowered for cue in cues):
            for m in pattern.finditer(text):
                yield Hit("address", m.start(), m.end(), 0.8, False)
    if "번지" in text and _HOME_KO.search(text) is not None:
        for m in _BEONJI_RE.finditer(text):
            yield Hit("address", m.start(), m.end(), 0.8, False)


def detect_numeric_forms_53p(text: str) -> Iterator[Hit]:
    """Numbers and addresses in this round's forms (see the module)."""
    yield from _hangul_dashed(text)
    yield from _japanese_accounts(text)
    yield from _korean_openings(text)
    yield from _addresses(text)
