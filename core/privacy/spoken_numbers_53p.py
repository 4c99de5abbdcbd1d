"""Numbers read aloud in forms the spoken rules did not read (redteam45).

- A French phone number in number words, read in pairs the way France says it: ``zéro six,
  douze, quarante-cinq, soixante-dix-huit, zéro neuf`` (0 6 12 45 78 0 9 = 06 12 45 78 09).
- A Spanish one read in groups: ``seis cuatro siete, ochenta y dos, treinta y uno, cero nueve``
  (redteam45's second batch).
- A German phone number read digit by digit: ``null eins sieben sechs, drei acht zwei, …``.
- A Korean mobile read in digit words with ``쩜`` (or ``점``) between its groups: ``공일공 쩜
  육삼팔이 쩜 구사일칠``.
- An e-mail dictated in Korean with ``언더바`` for the underscore and digit words in the local
  part: ``hyerin 언더바 oh 구일 골뱅이 네이버 점 컴``.
- An identifier spelled with a letter "as in" a word, then its digits: ``M as in Mike, 7, 2,
  9, 0, 4, 6, 1, 8``.

Each reads the words into digits and keeps only what has a personal number's shape: a phone
needs the country's length and its leading 0 (a public line read in words, ``trente-neuf
quarante-neuf`` = 3949, or Germany's ``null achthundert …`` hotline, whose hundred breaks the
digit run, is too short), the e-mail needs a host after ``골뱅이``, and the spelled identifier
seven to nine digits after its letter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_spoken_numbers_53p", "french_number_value", "spanish_number_value"]

_FR_UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
}  # fmt: skip
_FR_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80, "quatre-vingts": 80,
}  # fmt: skip
# "vingt et un" and "vingt-et-un" are one word of the number.
_FR_WORD = r"(?:[a-zéè]+(?:(?:-(?:et-)?|[ \t]+et[ \t]+)[a-zéè]+){0,3})"
# A run of French number words separated by commas or spaces (one number per word).
_FR_RUN_RE = LazyPattern(r"(?i)(?<![\w-])" + _FR_WORD + r"(?:[ \t]*,?[ \t]+" + _FR_WORD + r")+")
_FR_TOKEN_RE = LazyPattern(r"(?i)" + _FR_WORD)


def french_number_value(word: str) -> int | None:
    """The value of one French number word from 0 to 99 (``soixante-dix-huit`` = 78), or None."""
    w = " ".join(word.lower().split()).replace(" et ", "-").replace("-et-", "-")
    if w in _FR_UNITS:
        return _FR_UNITS[w]
    if w in _FR_TENS:
        return _FR_TENS[w]
    if w in ("dix-sept", "dix-huit", "dix-neuf"):
        return 10 + _FR_UNITS[w[4:]]
    for tens, value in sorted(_FR_TENS.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(tens + "-"):
            rest = french_number_value(w[len(tens) + 1 :])
            # soixante-dix-huit (60 + 18), quatre-vingt-douze (80 + 12), vingt-trois (20 + 3).
            pair_tens = tens in ("soixante", "quatre-vingt")
            if rest is not None and 0 < rest < 20 and (rest < 10 or pair_tens):
                return value + rest
    return None


def _number_word_runs(
    text: str, run_re: LazyPattern, token_re: LazyPattern, value_of: Callable[[str], int | None]
) -> Iterator[tuple[str, int, int]]:
    """Each unbroken run of number words as (digits, start, end): a word under ten is one digit
    ("zéro six" = 06), a pair word two ("douze" = 12); any other word ends the run."""
    for m in run_re.finditer(text):
        digits, start, end = "", -1, -1
        for t in token_re.finditer(m.group()):
            value = value_of(t.group())
            if value is None:
                if digits:
                    yield digits, start, end
                digits, start = "", -1
                continue
            if start < 0:
                start = m.start() + t.start()
            digits += str(value)
            end = m.start() + t.end()
        if digits:
            yield digits, start, end


def _french_phones(text: str) -> Iterator[Hit]:
    for digits, start, end in _number_word_runs(
        text, _FR_RUN_RE, _FR_TOKEN_RE, french_number_value
    ):
        # A French number: ten digits, its trunk 0 first.
        if len(digits) == 10 and digits.startswith("0") and digits[1] != "0":
            yield Hit("phone", start, end, 0.8, False)


_ES_UNITS = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
    "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
    "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
)  # fmt: skip
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
            "ochenta": 80, "noventa": 90}  # fmt: skip
# "ochenta y dos" is one number word; a run of them read a Spanish phone in groups.
_ES_WORD = r"(?:[a-záéíóúñ]+(?:[ \t]+y[ \t]+[a-záéíóúñ]+)?)"
_ES_RUN_RE = LazyPattern(r"(?i)(?<![\w-])" + _ES_WORD + r"(?:[ \t]*,?[ \t]+" + _ES_WORD + r")+")
_ES_TOKEN_RE = LazyPattern(r"(?i)" + _ES_WORD)


def spanish_number_value(word: str) -> int | None:
    """The value of one Spanish number word from 0 to 99 (``ochenta y dos`` = 82), or None."""
    w = " ".join(word.lower().split())
    if w in _ES_UNITS:
        return _ES_UNITS.index(w)
    if w in _ES_TENS:
        return _ES_TENS[w]
    tens, _, unit = w.partition(" y ")
    if tens in _ES_TENS and unit in _ES_UNITS[1:10]:
        return _ES_TENS[tens] + _ES_UNITS.index(unit)
    return None


def _spanish_phones(text: str) -> Iterator[Hit]:
    for digits, start, end in _number_word_runs(
        text, _ES_RUN_RE, _ES_TOKEN_RE, spanish_number_value
    ):
        # A Spanish number: nine digits, a mobile's 6/7 or a landline's 8/9 first.
        if len(digits) == 9 and digits[0] in "6789":
            yield Hit("phone", start, end, 0.8, False)


_DE_DIGITS = {
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5",
    "fuenf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
}  # fmt: skip
_DE_RUN_RE = LazyPattern(
    r"(?i)(?<![\w])(?:"
    + "|".join(_DE_DIGITS)
    + r")(?:[ \t]*[,/-]?[ \t]*(?:"
    + "|".join(_DE_DIGITS)
    + r"))+(?![\w])"
)
_DE_TOKEN_RE = LazyPattern(r"(?i)" + "|".join(sorted(_DE_DIGITS, key=len, reverse=True)))


def _german_phones(text: str) -> Iterator[Hit]:
    for m in _DE_RUN_RE.finditer(text):
        digits = "".join(_DE_DIGITS[t.group().lower()] for t in _DE_TOKEN_RE.finditer(m.group()))
        # A German number with its trunk 0: 10 to 12 digits (0176 382 4915).
        if 10 <= len(digits) <= 12 and digits[0] == "0" and digits[1] != "0":
            yield Hit("phone", m.start(), m.end(), 0.8, False)


_KO_DIGIT = "공영빵일이삼사오육륙칠팔구"
_KO_GROUP = r"[" + _KO_DIGIT + r"]{2,4}"
# "공일공 쩜 육삼팔이 쩜 구사일칠": digit-word groups joined by 쩜/점 (a dot read aloud).
_KO_DOT_RE = LazyPattern(
    r"(?<![가-힣])(?P<a>" + _KO_GROUP + r")[ \t]*(?:쩜|점)[ \t]*(?P<b>" + _KO_GROUP + r")"
    r"[ \t]*(?:쩜|점)[ \t]*(?P<c>" + _KO_GROUP + r")(?![가-힣])"
)
_KO_MOBILE_PREFIXES = frozenset(
    {"공일공", "영일영", "빵일빵", "공일일", "공일육", "공일칠", "공일팔", "공일구"}
)


def _korean_dotted_phones(text: str) -> Iterator[Hit]:
    if "쩜" not in text and "점" not in text:
        return
    for m in _KO_DOT_RE.finditer(text):
        a, b, c = m.group("a"), m.group("b"), m.group("c")
        if a in _KO_MOBILE_PREFIXES and len(b) in (3, 4) and len(c) == 4:
            yield Hit("phone", m.start("b"), m.end("c"), 0.8, False)
            yield Hit("phone", m.start("a"), m.end("a"), 0.6, False)


# "hyerin 언더바 oh 구일 골뱅이 네이버 점 컴": a local part of Latin words, digit words and
# spoken separators, 골뱅이 (@), then a host.
_MAIL_PART = r"(?:[A-Za-z0-9]+|[" + _KO_DIGIT + r"]{1,6})"
_MAIL_SEP = r"(?:[ \t]*(?:언더바|언더[ \t]?스코어|밑줄|하이픈|대시|점|닷|[._-])[ \t]*|[ \t]+)"
_SPOKEN_MAIL_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<local>" + _MAIL_PART + r"(?:" + _MAIL_SEP + _MAIL_PART + r"){1,6})"
    r"[ \t]*골뱅이[ \t]*(?P<host>[A-Za-z가-힣]+(?:[ \t]*(?:점|닷|\.)[ \t]*[A-Za-z가-힣]+){0,3})"
)


def _spoken_mails(text: str) -> Iterator[Hit]:
    if "골뱅이" not in text:
        return
    for m in _SPOKEN_MAIL_RE.finditer(text):
        local = m.group("local")
        # A spoken separator word inside the local part: what the older rule did not read.
        if any(w in local for w in ("언더바", "언더", "밑줄", "하이픈", "대시")) and any(
            ch.isascii() and ch.isalpha() for ch in local
        ):
            yield Hit("email", m.start("local"), m.end("host"), 0.85, False)


# "M as in Mike, 7, 2, 9, 0, 4, 6, 1, 8": a letter spelled by a word, then 7-9 digits.
_AS_IN_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<letter>[A-Z])[ \t]+(?:as[ \t]+in|for)[ \t]+[A-Z][a-z]+[ \t]*,?[ \t]*"
    r"(?P<digits>[0-9](?:[ \t]*[,.-]?[ \t]*[0-9]){6,8})(?![0-9])"
)


def _spelled_ids(text: str) -> Iterator[Hit]:
    if " as in " not in text and " for " not in text:
        return
    for m in _AS_IN_RE.finditer(text):
        yield Hit("passport", m.start("letter"), m.end("digits"), 0.75, False)


def detect_spoken_numbers_53p(text: str) -> Iterator[Hit]:
    """Phones, e-mails and identifiers read aloud in this round's forms (see the module)."""
    lowered = text.lower()
    if "zéro" in lowered or "zero" in lowered:
        yield from _french_phones(text)
    if any(w in lowered for w in ("cero", "seis", "siete", "ocho", "nueve", "cuatro")):
        yield from _spanish_phones(text)
    if "null" in lowered:
        yield from _german_phones(text)
    yield from _korean_dotted_phones(text)
    yield from _spoken_mails(text)
    yield from _spelled_ids(text)
