"""A new percent after a step with two stacked percents: the one the turn points at, or none.

After "sweater was 70, marked 30% off and then another 20% off at the register" (set 52),
"what if the second one was only 10%" changed the first percent (the latest step's first
figure of that kind), giving 50.40 for the 44.10 asked. Which of two percents a turn
changes is said by its pointer word, read by role:

- the later one: "the second (one)", "the other", "the extra / additional / further",
  "the last", "the one at the register"; "두번째", "둘째", "추가(할인)", "나중", "마지막";
- the earlier one: "the first (one)", "the original"; "첫번째", "첫째", "처음", "원래".

Two percents both taken off (stacked discounts, "30% off … another 20% off", "20%할인 받고
… 10%더") with no pointer leave open which one changes: no reading (declined, never the
first guessed). Any other step (one percent, a rate and a share of the rest, a tax and a
tip) is left to the readers as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_candidates_61r import candidate_filter

__all__ = ["percent_pointed", "stacked_percent_unsaid"]

_PERCENT_UNITS = ("%", "퍼센트", "percent", "프로", "퍼")
_LATER = re.compile(
    r"\b(?:second|2nd|other|extra|additional|further|last|latter|later)\b"
    r"|\bat\s+the\s+(?:register|till|checkout)\b"
    r"|두\s*번\s*째|둘\s*째|추가|나중|마지막|뒤에\s*(?:것|거)",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:first|1st|original|initial|former)\b|첫\s*번\s*째|첫\s*째|처음|원래|앞에\s*(?:것|거)",
    re.IGNORECASE,
)
# A percent taken off: "30% off", "20%할인", "10%더 (깎)", "15% 세일", "10% DC".
_OFF_AFTER = re.compile(
    r"\s*(?:off\b|discount|할인|세일|디씨|dc\b|더\s*(?:깎|할인|빼)|깎|빼)", re.IGNORECASE
)


def _is_percent(quantity: re.Match[str]) -> bool:
    return str(quantity["unit"]).lower() in _PERCENT_UNITS


@candidate_filter
def percent_pointed(
    step: str, candidates: Sequence[re.Match[str]], text: str
) -> list[re.Match[str]] | None:
    """The candidate a turn points at among two stacked percents of ``step``: the one
    percent pointed at, else all of them (a bare percent after two taken off is declined
    before, by :func:`stacked_percent_unsaid`)."""
    percents = [q for q in candidates if _is_percent(q)]
    if len(percents) != 2 or len(candidates) != 2:
        return None
    later, earlier = _LATER.search(text), _EARLIER.search(text)
    if later and not earlier:
        return [percents[1]]
    if earlier and not later:
        return [percents[0]]
    return None


_PERCENT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|퍼센트|percent|프로|퍼)", re.IGNORECASE)
# Words that say nothing of which figure: "what if it was only 10%", "그럼 15%면?".
_FILLER = re.compile(
    r"\b(?:what|if|it|was|were|is|only|just|make|instead|and|then|so|ok|okay|how|about"
    r"|now|say|the|discount|off|to)\b|그럼|만약|만약에|이면|라면|으로|하면|면|로|이|가|는|은"
    r"|할인|[?!.,~ㅋㅎ]",
    re.IGNORECASE,
)


def stacked_percent_unsaid(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` is a bare new percent after a step with two percents taken off.

    "what if it was only 10%", "15%면?" after "30% off and then another 20% off": which of
    the two is unsaid (declined). A turn with any other word ("the coupon", "추가할인",
    "the second one") is left to the readers, which place it by that word.
    """
    if not steps or len(_PERCENT_FIGURE.findall(text)) != 1:
        return False
    rest = _FILLER.sub(" ", _PERCENT_FIGURE.sub(" ", text))
    if rest.strip():
        return False
    # The request's steps together: "20%할인 받고" and "거기서 추가로 10%더" are two steps.
    said = " ".join(steps)
    taken_off = [m for m in _PERCENT_FIGURE.finditer(said) if _OFF_AFTER.match(said, m.end())]
    return len(_PERCENT_FIGURE.findall(said)) == 2 and len(taken_off) == 2
