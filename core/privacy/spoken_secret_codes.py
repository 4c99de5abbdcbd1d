"""A PIN, a door or alarm code or a one-time code said in digit words after its label:
``the alarm code is nine eight one four``, ``the code they texted, it's four four seven,
nine zero one``, ``비밀번호는 칠오공이`` (redteam31).

The label rule (:mod:`core.privacy.labelled_secrets`) reads the value right after the label
in digits or symbols, and the spoken fold turns digit words into digits only for the
numeric detectors, which read phone and id numbers, not four-digit codes. People read a
code out the way they would say it on the phone, so the words are the secret. A bare
``code`` after ``sort``, ``zip``, ``area``, ``promo`` and the like names an account's or a
public code, left to the rules that read those. The shape: a
secret's label, then within a short stretch of the same sentence (no digit, no full stop
in between) a run of at least four digit words: English ``zero``/``oh``/``one``…``nine``
(``double``/``triple`` count twice or three times) or Korean Sino-Korean digits written
together (``칠오공이``). One or two digit words ("the PIN is four digits", "code one") are no
code. (blind57p) A Korean code with its copula glued on (``인증번호 일이삼사오육이에요``), spaced
or in native words (``인증번호는 '칠 삼 둘 아홉'``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_spoken_secret_codes"]

# What names a code a person keeps secret (the English label words; Korean below).
_EN_LABEL = LazyPattern(
    r"(?i)(?<![A-Za-z])(?:pin|passcode|pass[ -]code|password|otp|"
    r"(?:alarm|door|gate|entry|access|keypad|lockbox|safe|verification|security|login|"
    r"one[ -]time|2fa)?[ -]?code)(?![A-Za-z])"
)
_EN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_EN_RUN = LazyPattern(
    r"(?i)(?<![A-Za-z])(?:(?:double|triple)[ \t]+)?" + _EN_DIGIT
    + r"(?:(?:[ \t]*[,-][ \t]*|[ \t]+)(?:(?:double|triple)[ \t]+)?" + _EN_DIGIT + r")+"
    r"(?![A-Za-z])"
)  # fmt: skip
_EN_WORD = LazyPattern(r"(?i)double|triple|[a-z]+")
_KO_TOKEN = r"(?:다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|[공영일이삼사오육칠팔구])"
_KO_RUN = LazyPattern(
    r"(?:비밀[ \t]?번호|비번|핀[ \t]?번호|암호|인증[ \t]?번호|현관[ \t]?번호|도어락[ \t]?번호)"
    r"(?:은|는|이|가|을|를|도)?[ \t]*(?:[:=][ \t]*)?"
    # blind57p: a quote may open the code, its digits may be spaced or said in native words,
    # and a copula or particle may be glued to it ("인증번호 일이삼사오육이에요", "인증번호는
    # '칠 삼 둘 아홉'이래"): the digits are read first, the ending only checked after them.
    r"['\"‘“]?(?P<value>" + _KO_TOKEN + r"(?:[ \t]?" + _KO_TOKEN + r"){3,7})"
    r"(?=['\"’”]|이에요|이요|이야|이고|입니다|이라고|이래|이래요|이던데|인데|(?<!이)에요|예요|요|야|"
    r"라고|래|로|으로|을|를|은|는|[^가-힣]|$)"
)
_KO_DIGIT_SYLLABLES = frozenset("공영일이삼사오육칠팔구")
_COPULA_RESTS = ("야", "에요", "고", "라고", "래", "요", "던데", "며", "면")
# How far after the label the words may start ("the code they texted, it's …").
_REACH = 40
_STOP = LazyPattern(r"[0-9]|[.!?](?:[ \t]|$)|\n")
_CUES = ("pin", "code", "pass", "otp", "비밀", "비번", "암호", "인증", "현관", "도어락")


def _digits_said(run: str) -> int:
    count = 0
    factor = 1
    for word in _EN_WORD.findall(run.lower()):
        if word in ("double", "triple"):
            factor = 2 if word == "double" else 3
            continue
        count += factor
        factor = 1
    return count


# Words before a bare "code" that make it a public or an account's code ("sort code",
# "zip code", "area code", "promo code"): the account rules read those.
_NOT_SECRET_BEFORE = LazyPattern(
    r"(?i)(?:sort|post|postal|zip|area|country|dialling|dialing|bank|branch|swift|bic|routing|"
    r"product|promo|discount|coupon|voucher|referral|error|status|source|qr|bar|dress|morse|"
    r"hs|tax|course|class|colou?r|style|zone|region|airport|station|tracking)[ \t-]*\Z"
)


def _english(text: str) -> Iterator[Hit]:
    for label in _EN_LABEL.finditer(text):
        if label.group(0).lower().strip(" -") == "code" and _NOT_SECRET_BEFORE.search(
            text, max(0, label.start() - 16), label.start()
        ):
            continue
        # The run must start within the reach; it may go on past it.
        window = text[label.end() : label.end() + _REACH + 120]
        stop = _STOP.search(window)
        if stop is not None:
            window = window[: stop.start()]
        run = _EN_RUN.search(window)
        if run is not None and run.start() <= _REACH and _digits_said(run.group(0)) >= 4:
            yield Hit("secret", label.end() + run.start(), label.end() + run.end(), 0.8, False)


def detect_spoken_secret_codes(text: str) -> Iterator[Hit]:
    """Codes and PINs given in digit words after their label (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    yield from _english(text)
    for m in _KO_RUN.finditer(text):
        end = m.end("value")
        # "비번 사사 칠칠이야": a last 이 before the rest of a copula is grammar, not a digit.
        if (
            m.group("value").endswith("이")
            and sum(ch in _KO_DIGIT_SYLLABLES for ch in m.group("value")) > 4
            and text.startswith(_COPULA_RESTS, end)
        ):
            end -= 1
            while text[end - 1] in " \t":
                end -= 1
        yield Hit("secret", m.start("value"), end, 0.8, False)
