"""The same won amount in another currency: "120,000 won in dollars at 1,370", then "in yen at 9.4".

:mod:`tools.followup_currency_swap` reads "in <currency> at <rate>" after a conversion of a
foreign amount into won (the won it came to, in the new currency). When the previous turn
converted won *into* a foreign currency, its result is dollars, and "그걸 1엔 9.4원 기준으로"
on dollars runs nowhere; the seventeenth unseen set's turn then fell to a model, which
answered "$9.4". The turn asks the same won amount in the currency it names: the step's
target currency and its rate are both replaced.

Only a step whose currency word is the target alone ("in dollars", "달러로") is changed: a
rate clause naming the currency ("1달러 1,370원") would need its own rewrite, and a second
foreign word makes the target unclear; then the caller's other readings apply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rate_given import with_new_rate

__all__ = ["won_amount_in_new_target"]

# The target of a conversion: "in dollars", "into euros", "달러로", "엔화로".
_TARGET = (
    r"\b(?:in|into|to)\s+(?P<en>{words})(?![A-Za-z])"
    r"|(?P<ko>{words})(?:화)?\s*(?=으로|로)"
)


def won_amount_in_new_target(
    steps: Sequence[str], currency_words: str, new_en: str, new_ko: str, rate: str
) -> tuple[list[str], str] | None:
    """The steps converting the same won amount into the new currency at ``rate``.

    Args:
        steps: The previous turn's step texts (none of them converts a foreign amount).
        currency_words: The alternation of every foreign currency's words.
        new_en: The new currency's English word ("yen").
        new_ko: Its Korean word ("엔").
        rate: The new rate in won, as written ("9.4").

    Returns:
        The rewritten steps and a line for the trace, or ``None`` (see the module's note).
    """
    words = re.compile(rf"(?<![A-Za-z가-힣])(?:{currency_words})(?![A-Za-z])", re.IGNORECASE)
    if sum(len(words.findall(step)) for step in steps) != 1:
        return None
    target = LazyPattern(_TARGET.format(words=currency_words), re.IGNORECASE)
    found = [(i, m) for i, step in enumerate(steps) for m in target.finditer(step)]
    if len(found) != 1:
        return None
    index, match = found[0]
    group = "en" if match["en"] else "ko"
    step = steps[index]
    swapped = step[: match.start(group)] + (new_en if group == "en" else new_ko)
    # "엔화로": the 화 stays with the new word only where it was written.
    swapped += step[match.end(group) :]
    changed = [*steps[:index], swapped, *steps[index + 1 :]]
    rerated = with_new_rate(changed, rate)
    if rerated is None:
        return None
    return rerated[0], f"the same won amount in {new_en} at {rate} won"
