"""An amount of money said in English words with thousands or millions (docthread59).

"my claim is seven hundred thousand won, does it need that" after the claims rule ("Claims
above 500,000 won need the approval of a department head") was declined: the amount was
unread, as only digits ("700,000 won", "1.2 million won") and Korean words ("칠십만원")
were figures. Here a whole spoken number right before a money word becomes digits:
"seven hundred thousand won" (700000 won), "two million won", "a million won", "half a
million won", "six hundred and fifty thousand won", "one point two million won". Nothing
else changes: a number not followed by a money word stays for the readers of counts, and
a run of words that is no well-formed number is left as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.text import ENGLISH_DIGITS, ENGLISH_TEENS, ENGLISH_TENS

__all__ = ["spoken_money_as_digits"]

_SMALL: dict[str, int] = {
    **{k: int(v) for k, v in ENGLISH_DIGITS.items()},
    **{k: int(v) for k, v in ENGLISH_TEENS.items()},
    **{k: int(v) for k, v in ENGLISH_TENS.items()},
}
_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = "|".join(
    sorted([*_SMALL, *_SCALES, "hundred", "and", "a", "an", "half", "point"], key=len, reverse=True)
)
_RUN = re.compile(
    rf"(?<![\d.,])(?<![\d.,]\s)\b(?P<run>(?:(?:{_WORD})[\s-]+)+)(?P<money>won|krw|dollars?|bucks|euros?)\b",
    re.IGNORECASE,
)


def _value(words: list[str]) -> Decimal | None:
    """The number ``words`` say ("seven hundred thousand"), or None when it is no number."""
    words = [w for w in words if w != "and"]
    if words[:2] == ["half", "a"] or words[:2] == ["half", "an"]:
        rest = _value(["one", *words[2:]])
        return None if rest is None else rest / 2
    if "point" in words:
        at = words.index("point")
        whole, digits = _value(words[:at]), words[at + 1 :]
        scale = digits[-1] if digits and digits[-1] in _SCALES else None
        figures = digits[:-1] if scale else digits
        if whole is None or not figures or any(_SMALL.get(f, 10) > 9 for f in figures):
            return None
        fraction = Decimal("0." + "".join(str(_SMALL[f]) for f in figures))
        return (whole + fraction) * (_SCALES[scale] if scale else 1)
    total, group, seen = Decimal(0), Decimal(0), False
    for i, w in enumerate(words):
        if w in ("a", "an"):
            if i != 0 and words[i - 1] not in _SCALES:
                return None
            group += 1
        elif w in _SMALL:
            group += _SMALL[w]
        elif w == "hundred":
            group = (group or Decimal(1)) * 100
        elif w in _SCALES:
            total += (group or Decimal(1)) * _SCALES[w]
            group = Decimal(0)
        else:
            return None
        seen = True
    return total + group if seen else None


def spoken_money_as_digits(text: str) -> str:
    """``text`` with a spoken amount of thousands or millions before a money word in digits."""

    def digits(m: re.Match[str]) -> str:
        words = [w.lower() for w in re.split(r"[\s-]+", m["run"].strip()) if w]
        # Only a run that ends a number and holds a scale word is read here (the plain
        # hundreds are calculator_spoken_amounts_en's); a leading article stays.
        while words and words[0] in ("a", "an", "and") and len(words) > 1:
            if words[1] in _SCALES or words[:2] == ["a", "half"]:
                break
            words = words[1:]
        if not any(w in _SCALES for w in words):
            return m.group(0)
        value = _value(words)
        if value is None or value <= 0:
            return m.group(0)
        lead = m["run"][: len(m["run"]) - len(m["run"].lstrip())]
        return f"{lead}{format(value.normalize(), 'f')} {m['money']}"

    return _RUN.sub(digits, text)
