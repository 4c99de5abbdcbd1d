"""Parse Korean and English numerals in free text and format numbers.

Korean counts in groups of four digits (만 = 10^4, 억 = 10^8, 조 = 10^12) with
십/백/천 inside each group, and people mix Arabic digits with those units
freely ("3만 5천", "1.2억", "2천5백만", "십만"). English adds scale suffixes
("3.5k", "1.2 million"). Everything here is exact ``Decimal`` arithmetic.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import ParamSpec, TypeVar

from core.errors import ToolInputError
from core.text import (
    ENGLISH_DIGITS,
    KOREAN_COUNT_FORMS,
    KOREAN_NATIVE_DIGITS,
    KOREAN_NATIVE_TENS,
    KOREAN_SINO_DIGITS,
)
from tools.calculator_half_measure_41 import half_measure_as_figure
from tools.korean_copula_units_51x import copula_follows_unit
from tools.korean_native_tens import native_tens_counts_as_digits
from tools.korean_spaced_units_49a import continues_after_small_unit

__all__ = [
    "NumberSpan",
    "decimal_to_str",
    "english_counts_as_digits",
    "find_numbers",
    "format_number",
    "normalize_numerals",
    "numerals_read_once",
    "parse_number",
]

_HANGUL_DIGITS = {word: int(digit) for word, digit in KOREAN_SINO_DIGITS.items()}
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12}
_UNIT_CHARS = "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)

_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_EN_SCALE = re.compile(
    r"(?:(?P<k>[kK])|\s?(?P<word>thousand|million|billion|trillion|mn|bn))(?![A-Za-z])"
)
_EN_SCALES = {
    "k": 10**3,
    "thousand": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
# After "3만 " only another group continues the numeral: "5천", "5000원", or a
# final "5000"; "10만 3명" is two numbers, and so is "300만 5%" (a percent of it: it was
# read 3000005%, session 51).
_AFTER_BIG = re.compile(
    rf"(?:\d+(?:\.\d+)?|[{''.join(_HANGUL_DIGITS)}])?[{_UNIT_CHARS}]"
    r"|\d+\s?원|\d+(?=\s*(?:$|[-+*/),?!]))"
)
# Hangul syllables that may follow a numeral without making it part of a word:
# particles, counters and currency names. "만약" or "백신" must not parse.
_SUFFIX_STARTS = set("원의은는을를이가에명개번배씩짜달으로과와도까부엔유위파쯤정여")


@dataclass(frozen=True)
class NumberSpan:
    """One numeral found in text: where it is and what it is worth."""

    start: int
    end: int
    value: Decimal
    text: str


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _combine(atoms: list[tuple[str, Decimal]]) -> Decimal:
    """Fold number/unit atoms into one value; raises ValueError when malformed."""
    total = Decimal(0)
    section = Decimal(0)
    current: Decimal | None = None
    last_small = 10**5
    last_big = 10**13
    for kind, val in atoms:
        if kind == "num":
            if current is not None:
                raise ValueError("two numbers in a row")
            current = val
        elif kind == "small":
            if val >= last_small:
                raise ValueError("small units out of order")
            last_small = int(val)
            section += (current if current is not None else Decimal(1)) * val
            current = None
        else:
            if val >= last_big:
                raise ValueError("big units out of order")
            last_big = int(val)
            section += current if current is not None else Decimal(0)
            total += (section if section else Decimal(1)) * val
            section = Decimal(0)
            current = None
            last_small = 10**5
    if atoms[-1][0] == "small" and 10**8 <= last_big < 10**13:
        # "3억 2천" is said for 3억 2천만: a bare 천/백 group after 억 (or 조) counts in
        # the next big unit down, as speakers drop the 만 (억). A trailing figure ("3억
        # 2500") or an explicit 만 ("3억 2천만") is read as written.
        section *= last_big // 10**4
    return total + section + (current if current is not None else Decimal(0))


def _unit_of_the_figure_before(text: str, j: int, atoms: list[tuple[str, Decimal]]) -> bool:
    """Whether the unit syllable at ``j`` belongs to the figure just before it, though a
    word follows ("1만5천보", "만오천보", "3천보": steps; "천보" alone may be a word).

    Without this the unit was left out and its figure kept bare: "1만5천보" read 10005.
    "2만큼" ("as much as two") is no unit.
    """
    if not atoms or atoms[-1][0] != "num":
        return False
    before = text[j - 1]
    if not (before.isdigit() or before in _HANGUL_DIGITS):
        return False
    if text.startswith("만큼", j):
        return False
    # A bare Hangul digit is a figure only inside a numeral ("만오천"), never "이만하면".
    return before.isdigit() or len(atoms) >= 2


def _scan(text: str, i: int) -> tuple[int, list[tuple[str, Decimal]]] | None:
    """Read the longest numeral phrase starting at ``i``; None when there is none."""
    atoms: list[tuple[str, Decimal]] = []
    n = len(text)
    j = i
    while j < n:
        ch = text[j]
        m = _ARABIC.match(text, j)
        if m and (not atoms or atoms[-1][0] != "num"):
            atoms.append(("num", Decimal(m.group().replace(",", ""))))
            j = m.end()
            continue
        if (
            ch in _HANGUL_DIGITS
            and j + 1 < n
            and text[j + 1] in _UNIT_CHARS
            and (not atoms or atoms[-1][0] != "num")
        ):
            atoms.append(("num", Decimal(_HANGUL_DIGITS[ch])))
            j += 1
            continue
        if ch in _UNIT_CHARS:
            nxt = text[j + 1] if j + 1 < n else ""
            if (
                _is_hangul(nxt)
                and nxt not in _UNIT_CHARS
                and nxt not in _HANGUL_DIGITS
                and (nxt not in _SUFFIX_STARTS)
                and not copula_follows_unit(text, j + 1)  # "2억인데": the unit is kept
                and not _unit_of_the_figure_before(text, j, atoms)
            ):
                break
            kind = "small" if ch in _SMALL_UNITS else "big"
            table = _SMALL_UNITS if kind == "small" else _BIG_UNITS
            atoms.append((kind, Decimal(table[ch])))
            j += 1
            continue
        if ch == " " and atoms and j + 1 < n:
            # A space may separate "3 만" or "3만 5천"; it never joins two bare numbers.
            rest = text[j + 1 :]
            if atoms[-1][0] == "num" and rest[0] in _UNIT_CHARS:
                j += 1
                continue
            if atoms[-1][0] == "big" and _AFTER_BIG.match(rest):
                j += 1
                continue
            # "1억 2천 5백만": a smaller small unit after the space goes on the same figure.
            if atoms[-1][0] == "small" and continues_after_small_unit(rest, int(atoms[-1][1])):
                j += 1
                continue
        break
    if not atoms:
        return None
    return j, atoms


def find_numbers(text: str) -> list[NumberSpan]:
    """Find every Korean/English/Arabic numeral phrase in ``text``, left to right."""
    spans: list[NumberSpan] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        starts_hangul = ch in _HANGUL_DIGITS or ch in _UNIT_CHARS
        if not (ch.isdigit() or starts_hangul) or (i > 0 and text[i - 1].isdigit()):
            i += 1
            continue
        if starts_hangul and i > 0 and (_is_hangul(text[i - 1]) or text[i - 1].isalpha()):
            i += 1
            continue
        scanned = _scan(text, i)
        if scanned is None:
            i += 1
            continue
        end, atoms = scanned
        while end > i and text[end - 1] == " ":
            end -= 1
        # A lone unit syllable ("만", "천") is usually a word, unless it is money ("만원",
        # and "만 원 내면" with the space people type before 원).
        is_money = text.startswith("원", end) or text.startswith(" 원", end)
        if len(atoms) == 1 and atoms[0][0] != "num" and not is_money:
            i += 1
            continue
        try:
            value = _combine(atoms)
        except ValueError:
            i = end
            continue
        scale = _EN_SCALE.match(text, end) if atoms[-1][0] == "num" else None
        if scale is not None:
            value *= _EN_SCALES[(scale.group("k") or scale.group("word")).lower()]
            end = scale.end()
        spans.append(NumberSpan(i, end, value, text[i:end]))
        i = end
    return spans


def parse_number(text: str) -> Decimal:
    """Parse one numeral such as "3만 5천", "1.2억", "35,000" or "1.2 million".

    Args:
        text: The numeral alone (surrounding whitespace is ignored).

    Returns:
        The exact value.

    Raises:
        ToolInputError: When the text is not exactly one number.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    negative = cleaned.startswith("-")
    body = cleaned[1:].strip() if negative else cleaned
    spans = find_numbers(body)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(body):
        raise ToolInputError(
            f"could not read {text!r} as a number: write digits such as '35000', "
            "'3만 5천' or '1.2 million'"
        )
    return -spans[0].value if negative else spans[0].value


def decimal_to_str(value: Decimal, places: int = 10) -> str:
    """Render a Decimal as plain digits (no exponent), trimmed to ``places`` decimals."""
    try:
        q = value.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        q = value
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# A native Korean count before a counter of people or things ("네 명", "다섯 개", "두 대"):
# not before 번/배/달 ("한 번 더", "두 배", "한 달"), which other rules read in words, nor
# written together ("세대" is a generation), nor 분 ("네 분" could be minutes), nor
# "한 사람당" (per person).
_NATIVE_COUNT = re.compile(
    r"(?<![가-힣])(?P<word>" + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True)) + r")"
    r"\s+(?=(?:명|사람|개|잔|장|병|권|대|마리|판|그릇|봉지|상자|켤레|캔|팩|박스|세트|인분|시간|달)"
    r"(?![가-힣]*(?:기|님))(?!당)"
    # The traditional measures ("삼겹살 두 근", "금 한 돈", "열 평"), 돈 only as a unit (a
    # particle or the end after it), never money ("돈가스").
    r"|(?:근|냥|평|되)(?![가-힣]*(?:기|님))"
    r"|돈(?=$|[\s?.!,]|은|는|이|을|를|에|짜리|으로|으면|쭝)"
    # 관 (3.75 kg) likewise only before a particle or the end: "한 관계" stays a word.
    r"|관(?=$|[\s?.!,]|은|는|이면|이|을|를|에|짜리|쯤)"
    # 줄 (rolls of gimbap, rows) only before a particle or the end: "세 줄 알았어" (thought
    # it strong) and "두 줄게" stay words.
    r"|줄(?=$|[\s?.!,]|은|는|이면|이|을|를|에|짜리|씩|만)(?!\s*알))"
    # Written together ("세근", "다섯돈", "한되"), only a measure that a particle, 반 or the
    # end follows: "한평생" and "한돈 삼겹살" stay words. A price right after it is the
    # measure's price too ("삼겹살 한근 2만4천원이면", set 33); not 돈 ("한돈 2만원" is pork).
    r"|(?<![가-힣])(?P<joined>" + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True)) + r")"
    r"(?=(?:근|냥|평|되|돈|관)(?:$|[?.!,]|\s*반|\s+(?:몇|얼마)|(?<!돈)\s+\d|은|는|이|을|를|에|짜리|이면|으면|면|쯤))"
    # Counters of things and people written together ("다섯개 사면", "피자 두판", "세명이서"),
    # only before a space, a particle or the end: "한판승", "두명씩이나" stay as written.
    r"|(?<![가-힣])(?P<counted>"
    + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True))
    + r")"
    # (시간 too: "두시간 반" is 2시간 반, so the half hour below is kept; set 29 priced it 2.)
    # (장, 잔, 권, 벌, 켤레, 조각 too: "티셔츠 세장 사면", "커피 두잔이면", set 41.)
    r"(?=(?:개|판|명|병|마리|그릇|박스|상자|봉지|팩|캔|세트|시간|장|잔|권|벌|켤레|조각)"
    # ("다섯명한테", "세명에게": to that many people, set 39.)
    # ("일곱개만 사면": only that many, 만 before a space or the end, opens52c.)
    r"(?:$|[\s?.!,]|이서|이면|이랑|이|을|를|한테|에게|에|은|는|짜리|면|랑|하고|만(?=$|[\s?.!,])))"
)
# "셋이서 나누면", "넷이 나눠 내면": a native number standing for that many people, told by
# 이서 ("the three of us"), or by 이 right before a split; "둘이 가면" stays words.
_PEOPLE_BY_NUMBER = re.compile(
    r"(?<![가-힣])(?P<word>"
    + "|".join([*(w for w in KOREAN_NATIVE_DIGITS if w != "하나"), "열"])
    + r")"
    r"(?=이서|이\s*(?:똑같이\s*|공평하게\s*|같이\s*)?(?:나누|나눠|n빵|엔빵))"
)
_PEOPLE_NUMBERS = {**KOREAN_NATIVE_DIGITS, "열": "10"}
# "삼만오천원 곱하기 일곱은?", "셋 더하기 넷": a native number standing alone next to an
# arithmetic word is an operand. Only beside the operator, and only before a particle, a
# space or the end: elsewhere "일곱" or "둘" stay words.
_NATIVE_WORD = "|".join(sorted(_PEOPLE_NUMBERS, key=len, reverse=True))
_OPERATOR_WORD = r"(?:곱하기|나누기|더하기|빼기)"
_OPERAND_BY_OPERATOR = re.compile(
    r"(?:(?<=(?:곱하기|나누기|더하기)\s)|(?<=빼기\s))"
    rf"(?P<after>{_NATIVE_WORD})(?=$|[\s?.!,=]|은|는|이면|이|을|를|면|하면)"
    rf"|(?<![가-힣])(?P<before>{_NATIVE_WORD})(?=\s*{_OPERATOR_WORD})"
)
# "삼십이만 나누기 팔": one Sino-Korean digit right after an arithmetic word, before the end
# or a particle, is the operand; elsewhere "팔" (arm) or "이" (this) stay words.
_SINO_AFTER_OPERATOR = re.compile(
    r"(?:(?<=곱하기\s)|(?<=나누기\s)|(?<=더하기\s)|(?<=빼기\s))"
    rf"(?P<digit>[{''.join(_HANGUL_DIGITS)}])(?=$|[\s?.!,=]|은|는|이야|야|을|를|하면)"
)
# "서른둘인데", "마흔다섯 살": a native number of tens said as an age, only before 살/세 or a
# copula; "스물" or "서른" elsewhere stay as written.
_NATIVE_TENS = KOREAN_NATIVE_TENS
_NATIVE_ONES = {
    **{word: int(digit) for word, digit in KOREAN_NATIVE_DIGITS.items()},
    **{"한": 1, "두": 2, "세": 3, "네": 4},
}
_NATIVE_ONES_WORD = "|".join(sorted(_NATIVE_ONES, key=len, reverse=True))
_NATIVE_AGE = re.compile(
    rf"(?<![가-힣])(?P<tens>{'|'.join(_NATIVE_TENS)})(?P<ones>{_NATIVE_ONES_WORD})?"
    r"(?=\s*(?:살|세(?![가-힣]))|인데|이에요|예요|에요|이야|이고|입니다|이면|이니까)"
)


def _native_age(m: re.Match[str]) -> str:
    # "스물세" before 살 is 23; a bare "세" after the tens word is its ones digit only there.
    return str(_NATIVE_TENS[m["tens"]] + (_NATIVE_ONES[m["ones"]] if m["ones"] else 0))


# "한시간반 있으면", "두시간반": a native count glued to 시간 and 반 (set 39). The counters
# above read a glued count only before a space or a particle, so "한시간반" stayed words and
# the step priced one hour; the count becomes digits here and the half rule below joins it.
_GLUED_HOURS_AND_A_HALF = re.compile(
    r"(?<![가-힣])(?P<word>" + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True)) + r")"
    r"(?=시간\s*반(?!올림|값|반|납|품))"
)
# "세 근 반", "2시간 반", "1년 반", "두 달 반": a count and a half of the measure or span before 반.
_AND_A_HALF = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)(?P<unit>\s*(?:근|냥|평|되|돈|시간|개월|달|년|kg|km|L|리터))\s*반"
    r"(?=$|[\s?.!,]|이면|은|을|이|에|짜리|쯤|정도|동안|씩|만)"
)


def _native_count_digits(m: re.Match[str]) -> str:
    # "한 달" stays words: it is the period "a month" the period forms read ("한 달에
    # 얼마"); "두 달", "열두 달" are counts of months.
    if m["joined"] or m["counted"]:
        return KOREAN_COUNT_FORMS[m["joined"] or m["counted"]]
    if m["word"] == "한" and m.string.startswith("달", m.end()):
        return m.group(0)
    return KOREAN_COUNT_FORMS[m["word"]]


def _and_a_half(m: re.Match[str]) -> str:
    return f"{decimal_to_str(Decimal(m['n']) + Decimal('0.5'))}{m['unit']}"


#: The decimals a figure keeps when numerals are rewritten as digits.
READ_PLACES = 15


_P = ParamSpec("_P")
_R = TypeVar("_R")
# The texts normalize_numerals rewrote during one reading (``numerals_read_once``).
_READ_ONCE: ContextVar[dict[str, str] | None] = ContextVar("numerals_read_once", default=None)


def numerals_read_once(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func`` with :func:`normalize_numerals` working each text out once per call.

    Every reader and follow-up rule normalizes the texts it is given itself: one follow-up
    turn rewrote the same two or three texts some 200 to 700 times (about half of its
    reading's time). During a call of ``func`` (and what it calls, nested ones too) a text
    rewritten before is handed back as it was rewritten then; the rewrite depends on the
    text alone. The memory lasts for that call only, so a rule switched off between two
    calls (a test's ``monkeypatch``) is read as it is at the next one.
    """

    @functools.wraps(func)
    def reading(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if _READ_ONCE.get() is not None:
            return func(*args, **kwargs)
        token = _READ_ONCE.set({})
        try:
            return func(*args, **kwargs)
        finally:
            _READ_ONCE.reset(token)

    return reading


def normalize_numerals(text: str) -> str:
    """Rewrite every numeral in ``text`` as plain digits ("3만 5천원" -> "35000원").

    Native counts before a counter become digits too ("네 명" -> "4명").
    """
    done = _READ_ONCE.get()
    if done is None:
        return _normalize_numerals(text)
    rewritten = done.get(text)
    if rewritten is None:
        rewritten = done[text] = _normalize_numerals(text)
    return rewritten


def _normalize_numerals(text: str) -> str:
    text = _PEOPLE_BY_NUMBER.sub(lambda m: f"{_PEOPLE_NUMBERS[m['word']]}명", text)
    text = _OPERAND_BY_OPERATOR.sub(lambda m: _PEOPLE_NUMBERS[m["after"] or m["before"]], text)
    # A count before its counter first: "스물세 명" is 23명, never an age "스물 세" (20세)
    # followed by "명" (set 29 priced 203 people).
    text = native_tens_counts_as_digits(text)  # "스물두 명" -> "22명"
    text = _NATIVE_AGE.sub(_native_age, text)
    text = _SINO_AFTER_OPERATOR.sub(lambda m: KOREAN_SINO_DIGITS[m["digit"]], text)
    text = _GLUED_HOURS_AND_A_HALF.sub(lambda m: KOREAN_COUNT_FORMS[m["word"]], text)
    text = _NATIVE_COUNT.sub(_native_count_digits, text)
    text = half_measure_as_figure(text)  # "반근은?": half of the measure (set 41)
    out: list[str] = []
    pos = 0
    for span in find_numbers(text):
        out.append(text[pos : span.start])
        # (To fifteen places: a previous result carried into a step, "7.663333333333333를
        # 12배 하면", cut at ten came out 91.9599999996 for 91.96, calc64.)
        out.append(decimal_to_str(span.value, READ_PLACES))
        pos = span.end
    out.append(text[pos:])
    return _AND_A_HALF.sub(_and_a_half, "".join(out))


def format_number(value: Decimal | float | int, places: int = 10) -> str:
    """Format with thousands separators and at most ``places`` decimals ("12,345.5")."""
    dec = value if isinstance(value, Decimal) else Decimal(str(value))
    plain = decimal_to_str(dec, places)
    sign = ""
    if plain.startswith("-"):
        sign, plain = "-", plain[1:]
    whole, _, frac = plain.partition(".")
    grouped = f"{int(whole):,}"
    return f"{sign}{grouped}.{frac}" if frac else f"{sign}{grouped}"


# A count spelled in English words before what it counts ("split three ways", "four people").
_ENGLISH_COUNT = re.compile(
    r"\b(?P<word>" + "|".join(w for w in ENGLISH_DIGITS if w not in ("zero", "one")) + r")\b"
    r"(?=\s+(?:ways|people|persons|friends|guests|of\s+us)\b)",
    re.IGNORECASE,
)


def english_counts_as_digits(text: str) -> str:
    """ "split three ways" -> "split 3 ways": an English count before what it counts."""
    return _ENGLISH_COUNT.sub(lambda m: ENGLISH_DIGITS[m["word"].lower()], text)
