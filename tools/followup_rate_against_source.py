"""Which way a bare rate of a currency swap is quoted, read from the sizes rates come in.

"120 usd in won if the rate is 1,380" then "and in yen at 151?": read as 151 won a yen (the
way "in euros at 1,450" is 1,450 won a euro), the 165,600 won came to 1,097 yen (set 40's
wrong answer). No yen costs 151 won; 151 is what a dollar costs in yen, so the asker
quoted the new currency against the amount's own. A rate is taken the other way only when
the won reading is outside the sizes a won rate of that currency comes in and the other
reading inside the sizes its cross rate comes in; when neither or both fit, the won
reading stands as before (a rate said in won, "at 9.2 won", is always won).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from tools.currency_won_bands import WON_PER_UNIT

__all__ = ["quoted_against_source"]


def _fits(value: Decimal, band: tuple[Decimal, Decimal]) -> bool:
    return band[0] <= value <= band[1]


def quoted_against_source(rate: str, source: str, target: str) -> bool:
    """Whether ``rate`` is ``target`` per one ``source`` rather than won per one ``target``.

    Args:
        rate: The figure the turn gives ("151", "0.92").
        source: The currency of the amount converted before ("dollar").
        target: The currency asked for now ("yen").
    """
    if source == target or source not in WON_PER_UNIT or target not in WON_PER_UNIT:
        return False
    try:
        value = Decimal(rate.replace(",", ""))
    except InvalidOperation:
        return False
    if value <= 0:
        return False
    (source_low, source_high), (target_low, target_high) = (
        WON_PER_UNIT[source],
        WON_PER_UNIT[target],
    )
    cross = (source_low / target_high, source_high / target_low)
    return not _fits(value, WON_PER_UNIT[target]) and _fits(value, cross)
