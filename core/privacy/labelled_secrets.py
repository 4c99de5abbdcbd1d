"""A secret after the word that names it: ``my Gmail password is Lantern!Fjord88``, ``door
code is 3308#``, ``PIN 7391``, ``wifi pw: …``, ``공동현관 비번은 #1357*``, ``체크카드
비밀번호를 0415로`` (redteam27).

A password, a door or gate code, a PIN or a one-time code opens someone's account or home;
it must not reach the cloud any more than their phone number. People give it after its
label, as a form would: the label, then "is", a colon, a Korean particle or nothing, then
the value. The value must look like a secret, not like prose or a rule about one: it has a
digit, or it mixes letters with a symbol ("hedgehog-teacup-19", "Tr0ub4dor&3"). Words
("the password is printed on your key card", "비밀번호는 문자로 받습니다"), a length or a
count ("PIN is 4 digits", "비밀번호 12자리", "5회 틀리면") and a link ("password reset
link is https://…") are not secrets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.public_checks_58p import descriptive_stand_in
from core.privacy.types import Hit

__all__ = ["detect_labelled_secrets", "secret_shaped"]

# What names a secret in English. "PIN" in capitals stands alone; "pin" in lower case is a
# verb too ("pin the post"), so it counts only before "is", ":" or "=" (``_EN_RE``).
_EN_LABELS = (
    r"pass(?:word|code|phrase)s?|pass[ -]code|passwd|pwd|pw|"
    r"(?:door|gate|entry|entrance|access|alarm|keypad|lockbox|lock[ -]box|key[ -]?safe|"
    r"key[ -]box|building|garage|padlock|safe|combination|security|verification|"
    r"one[ -]time|login|sign[ -]in|2fa|two[ -]factor|auth(?:entication)?|otp)[ -]code|"
    r"key[ -]?safe|lockbox|network[ -]key|wi-?fi[ -]key|otp|"
    # A gift card's code and a software key are bearer values: whoever types them in owns
    # them (redteam29).
    r"gift[ -]?card[ -](?:code|pin|number)|gift[ -]code|(?:product|licen[cs]e|activation)[ -]key"
)
# The label, up to four short words before an explicit "is"/"are" ("the key safe by the
# back door is …", "PIN for my card is …"), or straight after it with ":", "=", ", it's" or
# a space; then the value (digit groups may be spaced: "618 204").
_EN_RE = LazyPattern(
    r"(?<![A-Za-z])(?:(?i:" + _EN_LABELS + r")|PIN(?:[ -](?i:code|number|no\.?))?)"
    r"(?:(?:[ \t]+[A-Za-z'-]{1,12}){0,4}?[ \t]+(?:is|are|was)[ \t]+"
    r"|[ \t]*[:=][ \t]*|,[ \t]*it(?:'s|’s|[ \t]+is)[ \t]+|[ \t]+)"
    r"(?P<value>[#*]?\d{2,4}(?:[ -]\d{2,4}){1,3}[#*]?|[^\s,;()\[\]\"'<>]{3,64})"
)
_PIN_LOWER_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:pin)(?:[ \t]+(?:is|was)[ \t]+|[ \t]*[:=][ \t]*)"
    r"(?P<value>\d{3,12}[#*]?)(?![0-9])"
)
# Korean labels: 비밀번호, 비번, 암호, 패스워드, a PIN, a one-time code, a door or entrance code;
# a particle or a colon may follow, and the value is Latin letters, digits and symbols
# (a particle after it ends it: "0415로", "8426 이야").
_KO_RE = LazyPattern(
    r"(?:비밀[ \t]?번호|비번|암호|패스워드|핀[ \t]?번호|PIN[ \t]?번호|인증[ \t]?번호|"
    r"인증[ \t]?코드|보안[ \t]?코드|출입[ \t]?(?:번호|코드)|현관[ \t]?(?:번호|코드)|"
    r"도어락[ \t]?번호)"
    r"(?:은|는|이|가|을|를|도)?[ \t]*(?:[:=][ \t]*)?[\[(]?"
    r"(?P<value>[#*]?[0-9A-Za-z!@#$%^&*_+=.~/-]{3,64})"
)
# What follows a number that is a length or a count, not a code.
_COUNT_AFTER = re.compile(
    r"[ \t]*(?:자리|글자|자(?![가-힣])|회|번(?![호지])|개|digits?|characters?|chars|times|"
    r"tries|attempts|letters|minutes?|hours?|days?|weeks?|months?|일|분|시간|개월|주)",
    re.IGNORECASE,
)
_TRAILING = ".,;:?)]'\""
_FILE_NAME = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:zip|7z|rar|tar|gz|tgz|bz2|xz|txt|pdf|docx?|xlsx?|pptx?|csv|json|"
    r"ya?ml|toml|conf|cfg|ini|log|sql|bak|pem|crt|kdbx|hwp)",
    re.IGNORECASE,
)
_SYMBOL = re.compile(r"[^0-9A-Za-z]")


def secret_shaped(value: str) -> bool:
    """Whether ``value`` reads as a secret: a digit in it, or letters mixed with a symbol.

    A link, an e-mail-like string or a placeholder in brackets is none.
    """
    if "://" in value or value.lower().startswith("www.") or "@" in value[1:]:
        return False
    if any(ch in value for ch in "<>{}$"):
        return False
    if any(ch.isdigit() for ch in value):
        return True
    letters = sum(ch.isalpha() for ch in value)
    return letters >= 3 and len(value) >= 6 and _SYMBOL.search(value) is not None


def _value_hit(text: str, m: re.Match[str]) -> Hit | None:
    value = m.group("value").rstrip(_TRAILING)
    start = m.start("value")
    end = start + len(value)
    digits = sum(ch.isdigit() for ch in value)
    if not value or not secret_shaped(value):
        return None
    # "PIN is 4 digits", "비밀번호 12자리": a length, a count or a duration.
    if digits == len(value.strip("#*")) and _COUNT_AFTER.match(text, end):
        return None
    if len(value) < 3:
        return None
    # "gh secret set DB_PASSWORD --body '…'": a long option after the label is the command's
    # next flag, not the value (redteam49; the value after --body is read by its own rule).
    if value.startswith("--"):
        return None
    # "zip -P password secure.zip file": the manual's word "password" stands for the value, and
    # what follows it is the archive the command writes, a file name (redteam44).
    if _FILE_NAME.fullmatch(value) is not None:
        return None
    # "the Kubernetes docs' Secret example has password: MWYy…" (redteam38).
    if is_documented_example(text, start, end):
        return None
    # "passcode=my-long-passcode" in the Vault docs: says what goes there (redteam50).
    if descriptive_stand_in(value):
        return None
    return Hit("secret", start, end, 0.8, False)


_CUES = (
    "pass", "pw", "pin", "code", "key", "lockbox", "otp", "비밀", "비번", "암호",
    "패스워드", "핀", "인증", "보안", "출입", "현관", "도어락",
)  # fmt: skip


def detect_labelled_secrets(text: str) -> Iterator[Hit]:
    """Passwords, codes and PINs given after their label, in English or Korean (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for pattern in (_EN_RE, _PIN_LOWER_RE, _KO_RE):
        for m in pattern.finditer(text):
            hit = _value_hit(text, m)
            if hit is not None:
                yield hit
