"""One sharer of a split pays a fixed amount more, the others' share asked (set 43).

"내가 천원 더 낼게 그럼 나머지 둘은 얼마씩 내면 돼?" after "택시비 만팔천칠백원 나왔는데 셋이서
나누면" (18,700 / 3) is (18,700 - 1,000) / 3 = 5,900원 each for the other two (the one pays
6,900원): the extra comes off the total before the equal split. No rule read it, so it went
to a model.

Read only after a step the calculator read as one amount over a count of people
("T / N"), when the turn says the speaker (or one of them) pays an amount more and asks
what the rest pay each; a count of the rest, when said, must be N - 1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from core.text import KOREAN_NATIVE_DIGITS
from tools.calculator import calculate
from tools.korean_numbers import normalize_numerals

__all__ = ["one_pays_more_rest_split"]

_N = r"\d+(?:\.\d+)?"
_MORE_KO = LazyPattern(
    rf"(?:내가|나는|난|제가|저는|한\s*명이|1명이)\s*(?P<a>{_N})\s*(?P<won>원)?\s*(?:을|를)?\s*더\s*(?:낼|내)"
)
_REST_KO = LazyPattern(
    r"나머지\s*(?:(?P<w>둘|두\s*명|셋|세\s*명|넷|네\s*명)|(?P<d>\d+)\s*명)?\s*(?:은|는|이|가|들은)?\s*"
    r"(?:각자\s*|한\s*명당\s*)?얼마씩"
)
_MORE_EN = LazyPattern(
    rf"\b(?:i'?ll|i\s+will|i|one\s+of\s+us)\s+(?:pay|chip\s+in|put\s+in|cover)\s+"
    rf"(?P<dollar>\$)?(?P<a>{_N})\s*(?:dollars?|bucks)?\s+(?:more|extra)\b",
    re.IGNORECASE,
)
_REST_EN = LazyPattern(
    r"\b(?:the\s+)?(?:other|rest)\s+(?:(?P<d>\d+|two|three|four|five)\s+)?(?:of\s+(?:us|them)\s+)?"
    r"(?:pay|owe|put\s+in)\b|\bwhat\s+do\s+the\s+others?\s+pay\b|\beach\s+of\s+the\s+others\b",
    re.IGNORECASE,
)
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SPLIT = re.compile(rf"^(?P<t>{_N}) / (?P<n>\d+)$")


def one_pays_more_rest_split(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "(18700원 - 1000원) / 3" for the others' share when one pays 1,000 more, or ``None``.

    Args:
        text: The follow-up ("내가 천원 더 낼게 그럼 나머지 둘은 얼마씩 내면 돼?").
        steps: The previous turn's steps (one request).
    """
    said = normalize_numerals(text)
    more = _MORE_KO.search(said) or _MORE_EN.search(said)
    rest = _REST_KO.search(said) or _REST_EN.search(said)
    if more is None or rest is None or len(steps) != 1:
        return None
    count_said = rest.groupdict().get("d") or ""
    if len(re.findall(rf"(?<![\d.]){_N}", said)) != 1 + count_said.isdigit():
        return None  # a figure more than the extra and the rest's count
    try:
        split = calculate(steps[0])
    except ToolInputError:
        return None
    shared = _SPLIT.match(split.expression)
    if shared is None or split.unit not in (None, "원", "$"):
        return None
    sharers = int(shared["n"])
    if sharers < 2 or _rest_count(rest) not in (None, sharers - 1):
        return None
    unit = split.unit or ""
    total, extra = f"{shared['t']}{unit}", f"{more['a']}{unit}"
    if unit == "$":
        total, extra = f"${shared['t']}", f"${more['a']}"
    return [f"({total} - {extra}) / {sharers}"], f"one pays {more['a']} more; the rest split"


def _rest_count(rest: re.Match[str]) -> int | None:
    """The count of the others the turn says, or ``None`` when it says none."""
    groups = rest.groupdict()
    if groups.get("w"):
        word = re.sub(r"\s*명", "", groups["w"])
        word = {"두": "둘", "세": "셋", "네": "넷"}.get(word, word)
        native = KOREAN_NATIVE_DIGITS.get(word)
        return int(native) if native else None
    if groups.get("d"):
        said: str = groups["d"]
        return int(said) if said.isdigit() else _EN_COUNTS[said.lower()]
    return None
