"""A follow-up adding VAT to the previous amount in won ("tax included?", "부가세 붙이면?").

The companion of :mod:`tools.followup_vat_out`: "4 lunches at 22,000 won each" then "tax
included?" asks the total with 10% VAT on top, 96,800 won. The seventeenth unseen set's
first run declined it as a document question ("not in the documents: tax"). A rate the
turn names ("부가세 5% 붙이면", "with 8% tax") replaces the 10%, and the reading is said with
the figure, since "tax included?" may also ask whether the price already holds it.

Only amounts in won: sales taxes elsewhere have other rates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rates import ASSUMING, ASSUMING_KO
from tools.followup_vat_out import vat_rate_on_won

__all__ = ["vat_added"]

_EN_TAX = r"(?:vat|tax|sales\s+tax)"
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|what\s+about\s+|how\s+about\s+)?(?:(?:with|plus|including|incl\.?|add(?:ing)?)\s+"
    rf"(?:(?P<pct>\d+(?:\.\d+)?)\s*%\s*)?(?:the\s+)?{_EN_TAX}"
    rf"|(?:(?P<pct2>\d+(?:\.\d+)?)\s*%\s*)?{_EN_TAX}\s+(?:included|incl\.?|added|on\s+top))"
    r"(?:\s+(?:then|too))?\s*\??\s*$",
    re.IGNORECASE,
)
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?:거기에|그거|그걸|그\s*금액)\s*(?:에)?\s*)?"
    r"(?:부가세|부가가치세|vat)\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*%\s*)?(?:를|을|는|은|까지)?\s*"
    r"(?:포함하면|포함해서|포함이면|포함|붙이면|붙으면|더하면|넣으면|얹으면)\s*"
    r"(?:얼마(?:야|예요|에요|죠)?)?\s*[?？]?\s*$",
    re.IGNORECASE,
)


def vat_added(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``tax included?``: the previous amount in won with VAT added on top.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the VAT added at its rate and a line for the trace
        (said with the answer), or ``None`` when the turn is no such request or the
        previous amount is not in won.
    """
    english = _TURN_EN.match(text)
    turn = english or _TURN_KO.match(text)
    if turn is None:
        return None
    rate = vat_rate_on_won(turn["pct"] or (turn["pct2"] if english else None), steps)
    if rate is None:
        return None
    percent = format(rate.normalize(), "f")
    how = (
        f"{ASSUMING}{percent}% VAT added on top of the amount"
        if english
        else f"{ASSUMING_KO}부가세 {percent}%를 더한 금액"
    )
    # The step names the VAT, so a later "without the tax?" can see what was added.
    return [*steps, f"그 금액에 부가세 {percent}% 더하면"], how
