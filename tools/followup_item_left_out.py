"""One item of an order left out: "맥주는 빼고 계산해줘", "콜라 빼면?", "떡볶이 없이는?".

After "소주 한 병 5,000원 맥주 한 병 6,000원인데 소주 네 병이랑 맥주 세 병이면 얼마야" such
a turn asks the same order without the beer (20,000 won). Found by the twenty-first
unseen set, where no rule read it and the document search quoted two sentences about
alcohol for it, a wrong answer.

The rule: the previous question names the item at least twice (once with its price,
once in the order, joined to another ordered item by 이랑/랑/하고/와/과/and/a comma); the
ordered mention and its joiner are dropped, the prices stay (an unused price is
harmless). An item ordered alone (nothing left), or named once, is not guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_forms_ko_52a import spaced_priced_lines
from tools.followup_left_out_priced import without_its_price

__all__ = ["item_left_out"]

_LEFT_OUT = LazyPattern(
    r"^\s*(?:그럼\s*|아\s*)?(?P<item>[가-힣A-Za-z]{1,10})\s*"
    r"(?:빼고|빼면|빼줘|제외하고|제외하면|없이|없으면|말고)\s*(?:는|은)?\s*"
    r"(?:다시\s*)?(?:계산해\s*(?:줘|주세요|봐)|계산하면|얼마야|얼마예요|얼마|하면|해\s*줘)?"
    r"\s*[?？.!~]*\s*$"
)
# A count said with the item ("세 병", "3병", "두 개"), in words or digits.
_COUNT = (
    r"(?:\d[\d,]*|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*[가-힣]{0,2}?"
    r"(?=이면|면|이랑|랑|하고|와|과|,|\s|$|씩|요)"
)
_PARTICLES = "은는이가을를"
_JOINER = r"\s*(?:이랑|랑|하고|와|과|,|and)\s*"


def item_left_out(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the named item's ordered mention dropped, or None.

    Args:
        text: The follow-up turn ("맥주는 빼고 계산해줘").
        steps: The previous turn's step texts.
    """
    asked = _LEFT_OUT.match(text)
    if asked is None or not steps:
        return None
    # The word as said ("떡볶이", whose 이 is no particle), else without a particle ("맥주는").
    said = asked["item"]
    for item in dict.fromkeys((said, said[:-1] if said[-1] in _PARTICLES else said)):
        if item:
            dropped = _without(item, steps) or _line_without(item, steps)
            if dropped is not None:
                return dropped
    return None


def _line_without(name: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """A list typed line after line ("우유 2팩 2980원씩 계란한판 7900 …", opens55k) without
    the one line whose item is ``name``; two lines at least must be left."""
    if len(steps) != 1:
        return None
    lines = spaced_priced_lines(steps[0])
    if lines is None:
        return None
    named = [m for m in lines if m["item"] == name]
    if len(named) != 1:
        return None
    line = named[0]
    dropped = " ".join(f"{steps[0][: line.start()]} {steps[0][line.end() :]}".split())
    if spaced_priced_lines(dropped) is None:
        return None  # one line left is no list: not guessed
    return [dropped], f"without {name}"


def _without(name: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    item = re.escape(name)
    last = steps[-1]
    if len(re.findall(item, last)) < 2:
        return None  # named once: no price and order to tell apart
    mentions = list(re.finditer(rf"{item}\s*{_COUNT}", last))
    if not mentions:
        return None
    ordered = mentions[-1]
    before = re.search(rf"{_JOINER}$", last[: ordered.start()])
    after = re.match(rf"{_JOINER}", last[ordered.end() :])
    if before is not None:
        dropped = last[: before.start()] + last[ordered.end() :]
    elif after is not None:
        dropped = last[: ordered.start()] + last[ordered.end() + after.end() :]
    else:
        return None  # ordered alone: nothing would be left
    # The price stays only while no reading adds it (tools.followup_left_out_priced).
    kept = without_its_price(name, " ".join(dropped.split()))
    if kept is None:
        return None
    return [*steps[:-1], kept], f"without {name}"
