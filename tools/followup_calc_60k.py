"""Follow-ups of first turns read by slots, each a change of one slot (calc60, set 51).

- Whole packs only: after a pack's price ("생수 6병 묶음이 4200원이면 한병 단가", "a 12-pack
  of pens is 5.40, whats one pen cost"), a count needed said with packs sold whole only
  ("20병 필요한데 묶음으로만 팔면 얼마", "need 30 of them but they only sell full packs"):
  ceil(need / pack) packs at the pack's price. The count must be a need (필요, 사야, need,
  of them), never a pack size said anew ("10병 묶음으로만 팔면").
- Two changes in one follow-up ("what if it was 40/month and they waived the signup fee",
  "월 4만원이고 가입비 없으면"): the first change, then the second on its reading, each read
  by the rules that read it alone (and their guards); both must read, or no answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re
from collections.abc import Callable, Sequence
from datetime import datetime

from core.lazy_regex import LazyPattern
from tools.calculator_same_rate_count_58u import same_rate_read
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read

if TYPE_CHECKING:
    from tools.followup_chain import FollowUp

__all__ = ["CHANGES_60K", "two_changes", "whole_packs_needed"]

_N = r"\d+(?:\.\d+)?"
_KO_COUNTER = r"(?:병|개|캔|롤|장|봉지|봉|개입|입|알|구|자루|켤레|팩)"
_KO_PACK = r"(?:묶음|팩|세트|박스|상자|번들|들이)"
# "6병 묶음이 4200원", "30롤짜리 1팩에 18000원", "12개입 박스 9900원".
_KO_PRICED_PACK = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s*(?P<c>{_KO_COUNTER})\s*(?:짜리\s*)?(?:1\s*)?{_KO_PACK}"
    rf"\s*(?:이|가|은|는|에|이면|에는)?\s*(?P<p>{_N})\s*원"
)
# The one piece asked: "1병 단가", "한롤에 얼마", "낱개 가격".
_KO_ONE = LazyPattern(rf"(?:(?<![\d.])1|한)\s*{_KO_COUNTER}|낱개|개당|단가")
# Packs sold whole only, in the turn's words.
_KO_WHOLE = LazyPattern(
    rf"{_KO_PACK}\s*(?:으로|로|단위로|째로?)\s*만|{_KO_PACK}\s*단위로\s*(?:만\s*)?(?:팔|파|사야)"
    r"|낱개\s*(?:로는|는|로)?\s*(?:안|못)\s*(?:팔|사|파)|낱개\s*판매\s*(?:안|없)"
)
_EN_WHOLE = LazyPattern(
    r"\b(?:only|full|whole|entire)\s+(?:dozens?|packs?|boxes|cartons?|bags?|cases?)\b"
    r"|\b(?:dozens?|packs?|boxes|cartons?|bags?|cases?)\s+only\b"
    r"|\bby\s+the\s+(?:dozen|pack|box|carton|bag|case)\b"
    r"|\b(?:no|not?)\s+(?:sell(?:ing)?\s+)?(?:singles|single\s+\w+|loose\s+\w+|individually)\b",
    re.IGNORECASE,
)
_ASKS_COST = LazyPattern(r"얼마|가격|비용|how\s+much|\bcost|\bprice|\btotal|spend|pay", re.I)
#: Whether a count needed, said with packs sold whole only, reads whole packs.
WHOLE_PACKS_NEEDED = True


def _ko_pack(step: str) -> tuple[str, str, str] | None:
    """(pack count, counter, pack price) of a Korean pack priced with its one piece asked."""
    said = plain(step)
    found = list(_KO_PRICED_PACK.finditer(said))
    if len(found) != 1:
        return None
    match = found[0]
    roles = {match.span("n"), match.span("p")}
    for figure in FIGURE.finditer(said):
        if figure.span() not in roles and not (
            figure[0] == "1" and _KO_ONE.match(said, figure.start())
        ):
            return None
    return match["n"], match["c"], match["p"]


def whole_packs_needed(text: str, steps: Sequence[str]) -> Change | None:
    """ "20병 필요한데 묶음으로만 팔면 얼마" after a pack's price: whole packs for the need.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    if not WHOLE_PACKS_NEEDED or len(steps) != 1:
        return None
    said = plain(text)
    figures = list(FIGURE.finditer(said))
    if len(figures) != 1 or not _ASKS_COST.search(said):
        return None
    need = figures[0]
    ko = _ko_pack(steps[0])
    if ko is not None:
        pack, counter, price = ko
        if not _KO_WHOLE.search(said):
            return None
        after = said[need.end() :]
        # The count needed, with the pack's counter (or 개): "20병 필요한데", "20개 사야".
        if not re.match(
            rf"\s*(?:{counter}|개)\s*(?:이|가|을|를|은|는)?\s*(?:꼭\s*)?"
            r"(?:필요|사야|사려|살\s*거|있어야|써야|쓸)",
            after,
        ):
            return None
        return kept_if_read(
            f"ceil({need[0]} / {pack}) * {price}원", f"whole packs of {pack} for {need[0]}"
        )
    step = plain(steps[0])
    read = same_rate_read(step)
    if read is None or not _EN_WHOLE.search(said):
        return None
    before, after = said[: need.start()], said[need.end() :]
    # The count needed: "need 30", "30 of them", "buying 30", "for 30 pens"; never a pack
    # size ("only sold in 10-packs").
    if re.match(r"\s*-?\s*(?:packs?|pk|count|dozen|boxes|box)\b", after, re.IGNORECASE):
        return None
    if not (
        re.search(r"\b(?:need|needs|needed|want|buy|buying|get|getting|for)\s+$", before, re.I)
        or re.match(r"\s+of\s+(?:them|those|these)\b", after, re.IGNORECASE)
    ):
        return None
    money = "$" if re.search(r"\$|dollars?|bucks|\d\.\d\d\b", steps[0]) else ""
    return kept_if_read(
        f"ceil({need[0]} / {read.pack}) * {money}{read.price}",
        f"whole packs of {read.pack} for {need[0]}",
    )


CHANGES_60K = (
    # "20병 필요한데 묶음으로만 팔면 얼마", "need 30 of them but they only sell full packs"
    whole_packs_needed,
)


# Where two changes join: "… and they waived …", "…, plus …", "4만원이고 가입비 …".
_JOIN = LazyPattern(
    r"\s*,?\s+(?:and|plus)\s+(?:also\s+)?(?=\S)|\s*,\s+(?=\S)"
    r"|(?<=[\d원%퍼개명캔판달일])\s*(?:이고|고|에다가?|에)\s+(?=\S)"
)
# A part that says a change: a figure, or a charge dropped or waived.
_SAYS_CHANGE = LazyPattern(
    r"\d|\b(?:waive[sd]?|waiving|dropp?(?:ed|s)?|no|without|skip(?:ped)?|free|none|cancel(?:led)?)\b"
    r"|빼|없|면제|안\s*(?:내|받)|무료|취소",
    re.IGNORECASE,
)
# A part that drops a charge, with no figure ("and no activation fee", "가입비 없으면").
_DROPS = LazyPattern(
    r"\b(?:waive[sd]?|waiving|dropp?(?:ed|s)?|no|without|skip(?:ped)?|none)\b"
    r"|없|면제|빼|안\s*(?:내|받)",
    re.IGNORECASE,
)
#: Whether two changes in one follow-up are read one after the other.
TWO_CHANGES = True
#: What :func:`two_changes` gives for a turn whose second change no rule reads.
DECLINED = "declined"

Resolver = Callable[[Sequence[str], str, "datetime | None"], "FollowUp | None"]


def two_changes(
    earlier: Sequence[str],
    text: str,
    now: datetime | None,
    resolve: Resolver,
    as_said: FollowUp | None,
) -> FollowUp | str | None:
    """ "40/month and they waived the signup fee": each change read in the order said.

    A turn no rule read as a whole is read part by part; a turn read as a whole whose
    reading is its first part's alone ("make it 12 a month and no activation fee" read as
    the 12 alone) has its second part read on it, or is declined (:data:`DECLINED`).

    Args:
        earlier: The user's earlier turns, oldest first.
        text: This turn.
        now: The current time for date steps.
        resolve: How one follow-up is read against earlier turns.
        as_said: The turn's reading as a whole, if any.
    """
    if not TWO_CHANGES or not earlier:
        return None
    said = plain(text)
    for join in _JOIN.finditer(said):
        head, tail = said[: join.start()].strip(), said[join.end() :].strip()
        if not (_SAYS_CHANGE.search(head) and _SAYS_CHANGE.search(tail)):
            continue
        if as_said is not None and (FIGURE.search(tail) or not _DROPS.search(tail)):
            continue  # read as a whole: only a charge dropped beside it is checked
        first = resolve(earlier, head, now)
        if first is None:
            continue
        if as_said is not None and as_said.result.value != first.result.value:
            continue  # the whole reading is more than its first part's
        second = resolve([*earlier, head], tail, now)
        if (
            second is None
            or second.result.value == first.result.value
            or len(second.steps) > len(first.steps)
        ):
            # The second change unread, read as no change, or as one more step on the
            # first's result ("it was 50 a month" as × 50): never the first alone.
            return DECLINED
        return second
    return None
