"""How a calculator request's words are rewritten before its forms are tried.

Split from :mod:`tools.calculator`, the driver that tries the forms in order: asides that
are no operands (an ID, a self-introduction, a clause set aside), the words that only ask
for the result, operator words and percentages, each as the driver applies them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from core.errors import ToolInputError
from core.privacy.opening_names import opening_introduction_end
from core.text import KOREAN_COUNT_FORMS
from tools.calculator_forms import NUMBER
from tools.calculator_powers import POWER_WORDS
from tools.korean_numbers import normalize_numerals

__all__ = [
    "LEADING_LABEL",
    "percentages_as_arithmetic",
    "with_operator_signs",
    "without_asides",
    "without_request_words",
]

_NUM = NUMBER

# Leading and trailing phrases that only say "please compute this".
_LEAD = re.compile(
    r"^(?:(?:what|how much)\s+(?:is|are|'s)\s+|what'?s\s+|calculate\s+|compute\s+|"
    r"evaluate\s+|계산(?:해\s*줘|해\s*주세요|하기)?\s*:?\s*)",
    re.IGNORECASE,
)
_TAIL = re.compile(
    # "얼마씩": how much each, after a split the sentence already states.
    r"(?:\s*(?:=|\?|!|\.|,|고)\s*|\s*(?:은|는|이|가)?\s*(?:얼마씩|얼마|몇|뭐|무엇|계산)"
    r"(?:야|이야|예요|에요|인가요|인가|일까요?|이지|지|니|냐|입니까|이에요|임|해\s*줘|해\s*주세요|하면)?"
    r"|\s*(?:(?:한|1)\s*(?:명|사람)(?:당|이|에)?|1\s*(?:인|명)당|인당|사람당|각자"
    r"|each|per person)\s*"
    # "7개로 나누면 하나에 몇 그램": the share asked in a unit the step already holds.
    r"|\s*(?:하나에|하나당|개당|한\s*개에|한\s*개당)?\s*몇\s*"
    r"(?:그램|킬로그램|kg|g|미터|m|km|cm|개|리터|밀리리터|L|ml|시간\s*몇\s*분)(?:이야|야|예요|이에요|인가요)?"
    # "얼마 나와", "총 얼마 내는 거야", "한 주에 얼마 벌어": the amount asked, said with a verb.
    r"|\s*(?:총|모두|전부|합쳐서)?\s*얼마\s*(?:나와|나와요|나오지|나오나요|내는\s*거야|내는\s*거예요"
    r"|벌어|벌어요|받아|받아요|들어|드는\s*거야|나가|나가요|나가나요|나가는\s*거야)"
    r"|\s*(?:총|모두|전부|합쳐서|합해서)"
    # "다 해서 얼마", "다 합쳐서": everything together, the sum the sentence already states.
    r"|\s*다\s*(?:해서|합쳐서|합해서|더해서)"
    r"|\s*(?:는|은)\s*$)+$",
    re.IGNORECASE,
)
# Leading words naming what the first number is ("월급 320만원의 9%", "회식비 186,000원을",
# "홍길동 환자 진료비 45000원을").
LEADING_LABEL = re.compile(
    r"^(?!그럼|그러면|그렇다면|만약|만일|그리고|그래서|그런데|근데)(?:[가-힣]{1,5}\s+){1,3}(?=\d)"
)
_WORD_OPS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\s*더하기\s*", " + "),
    (r"\s*빼기\s*", " - "),
    (r"\s*곱하기\s*", " * "),
    (r"\s*나누기\s*", " / "),
    (r"\s+(?:plus)\s+", " + "),
    (r"\s+(?:minus)\s+", " - "),
    (r"\s+(?:times|multiplied by)\s+", " * "),
    (r"\s+(?:divided by|over)\s+", " / "),
    (r"(?<=[\d)])\s*[xX×·]\s*(?=[\d(])", " * "),
    # The typographic minus and en dash between figures ("(18 + 27) × 4 − 35").
    (r"(?<=[\d)])\s*[−–]\s*(?=[\d(])", " - "),
    (r"÷", " / "),
    (r"\^", " ** "),
    # Powers in words: "7 squared", "5 cubed", "7의 제곱", "3의 세제곱".
    (r"(?<=[\d)])\s+squared\b", " ** 2"),
    (r"(?<=[\d)])\s+cubed\b", " ** 3"),
    # "15000원 두 배에서 1000원 빼면": a multiple in words, then what is done to it.
    (
        rf"(?P<a>{_NUM})\s*(?:의|을|를)?\s*(?P<n>{_NUM}|{'|'.join(KOREAN_COUNT_FORMS)})\s*배"
        r"(?=\s*(?:에서|에|로|를|을))",
        lambda m: f"({m['a']} * {KOREAN_COUNT_FORMS.get(m['n'], m['n'])})",
    ),
    *POWER_WORDS,  # "2의 10제곱", "10의 3승", "5 제곱": the exponent said
    (r"(?<=[\d)])\s*의\s*세제곱", " ** 3"),
    (r"(?<=[\d)])\s*의\s*제곱(?!근)", " ** 2"),
    # "60을 제곱하면": squared, said with a verb.
    (r"(?<=[\d)])\s*(?:을|를)\s*세제곱\s*(?:하면|한|해)\S*$", " ** 3"),
    (r"(?<=[\d)])\s*(?:을|를)\s*제곱\s*(?:하면|한|해)\S*$", " ** 2"),
    # Square roots in words: "729의 제곱근", "square root of 2", "루트 2".
    (rf"({_NUM})\s*의\s*제곱근", r"sqrt(\1)"),
    (rf"(?:the\s+)?square\s+root\s+of\s+({_NUM})", r"sqrt(\1)"),
    (rf"루트\s*({_NUM})", r"sqrt(\1)"),
    (r"(?<=\d)\s*(?:퍼센트|프로|percent|pct)(?![A-Za-z가-힣]|는|의)", "%"),
)
_PCT_OF_KO = re.compile(rf"(?P<a>{_NUM})\s*의\s*(?P<p>{_NUM})\s*%")
_PCT_OF_EN = re.compile(rf"(?P<p>{_NUM})\s*%\s*of\s+(?P<a>{_NUM})", re.IGNORECASE)
_PCT_ADD = re.compile(rf"(?P<a>{_NUM})\s*(?P<op>[+-])\s*(?P<p>{_NUM})\s*%")
# A "%" followed by a number is modulo ("10 % 3"), not a percentage.
_PCT_BARE = re.compile(rf"(?P<p>{_NUM})\s*%(?!\s*[\d(])")
# Identifiers that look like numbers but are not arithmetic (dates, phones, IDs).
_NOT_ARITHMETIC = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{2,4}-\d{3,4}-\d{4}\b|\b\d{6}-\d{7}\b")
# An identifier given as an aside, "홍길동(주민번호 850315-1234567) 진료비 45000원을…": it
# says whose bill it is, it is not an operand.
_ID_ASIDE = re.compile(r"\([^()]*(?:" + _NOT_ARITHMETIC.pattern + r")[^()]*\)")
# A phone or registration number said with a particle and followed by more text, "010-
# 1234-5678로 택배 5개 보내는데 ...": where it goes or whose it is, not an operand.
_ID_WITH_PARTICLE = re.compile(
    r"\b(?:\d{2,4}-\d{3,4}-\d{4}|\d{6}-\d{7})(?:으로|로|에게|에|는|은|이|가|의)\s+(?=\S)"
)
_LEADING_REMARK = re.compile(r"^[^\d.!?。]*[가-힣A-Za-z][.!?。]\s+(?=\D*\d)")
# "통신비 한 달 55,000원이면 1년에 얼마": a topic word before the period an amount is for
# names what is paid, in up to three words ("정수기 렌탈료 월 …"); the period forms read the rest.
_TOPIC_BEFORE_PERIOD = re.compile(
    r"^(?:[가-힣]{1,6}(?:은|는|이|가|도)?\s+){1,3}(?=(?:한\s*달|1\s*달|월|매달|매월|하루|매일"
    r"|일주일|한\s*주|1년|연)\s*(?:에|에\s*)?(?:\d|(?:[일이삼사오육칠팔구십백천만]+\s*){1,4}원))"
)
# "send it to me later, for now whats 12% of 450,000": a clause set aside for later (an
# address, a chore) before the calculation asked now; its figures are not operands.
_SET_ASIDE = re.compile(
    r"^[^?!。]*?[,.;]\s*(?:but\s+|and\s+)?(?:for\s+now|right\s+now|meanwhile|in\s+the\s+meantime)"
    r"\s*,?\s+(?=\D*\d)",
    re.IGNORECASE,
)
# "제 이름 윤서아고 월급 280만원인데 …", "저 정수아인데요 보너스 …": a self-introduction
# joined on by a connective instead of a full stop says who asks, not what to work out.
_LEADING_INTRODUCTION = re.compile(
    r"^(?:제\s*이름(?:은|는|이)?|저는|저|나는|전)\s+[^\d.!?。]*?"
    r"(?:이고|고|인데요|인데|이에요|예요|에요|입니다)[,.]?\s+(?=\D*\d)"
)


def without_asides(text: str) -> str:
    """The request without what only says who asks or sets a clause aside.

    Raises:
        ToolInputError: When the text holds a date, phone or ID number, not arithmetic.
    """
    s = _ID_ASIDE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    s = _ID_WITH_PARTICLE.sub("", s)
    if _NOT_ARITHMETIC.search(s):
        raise ToolInputError(
            f"{text!r} looks like a date, phone or ID number, not arithmetic: "
            "write the calculation with operators, e.g. '12 * 7'"
        )
    # "저는 최유나예요. 3만 원의 20%는?": a leading remark without figures is not arithmetic.
    s = _LEADING_INTRODUCTION.sub("", _LEADING_REMARK.sub("", _SET_ASIDE.sub("", s)))
    topic = _TOPIC_BEFORE_PERIOD.match(s)
    if topic is not None and not re.search(r"\d", normalize_numerals(topic.group(0))):
        s = s[topic.end() :]  # a word, never an amount in words ("천만원을 연 3% …")
    # "김하은인데요 월급 …": a name the message opens with says who asks, not what to work out.
    s = s[opening_introduction_end(s) or 0 :].strip()
    return s


def without_request_words(s: str) -> str:
    """``s`` without the words before and after it that only ask for the result."""
    for _ in range(2):
        s = _LEAD.sub("", s).strip()
        s = _TAIL.sub("", s).strip()
    return s


def with_operator_signs(s: str) -> str:
    """Operator words ("더하기", "times", "의 제곱") written as Python operators."""
    for pattern, repl in _WORD_OPS:
        s = re.sub(pattern, repl, s, flags=re.IGNORECASE)
    return s


def percentages_as_arithmetic(s: str) -> str:
    """Percentages ("X의 Y%", "Y% of X", "X + Y%", a bare "Y%") as arithmetic over 100."""
    s = _PCT_OF_KO.sub(lambda m: f"{m['a']} * {m['p']} / 100", s)
    s = _PCT_OF_EN.sub(lambda m: f"{m['a']} * {m['p']} / 100", s)
    s = _PCT_ADD.sub(lambda m: f"{m['a']} * (1 {m['op']} {m['p']} / 100)", s)
    s = _PCT_BARE.sub(lambda m: f"({m['p']} / 100)", s)
    return s
