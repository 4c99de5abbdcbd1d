"""A figure before a word of money is no count of things: "a 200 refundable deposit".

Blind set 31: "the camera rents for 35 a day with a 200 refundable deposit, I need it 4
days" was read with 200 as a count of rented "refundable" things (35 x 4 x 200 = 28,000).
The reader takes the word after a bare figure as what it counts; when that word is one
that qualifies an amount of money (a deposit, a fee, a charge), the figure is money whose
part in the total (paid once, per thing, refunded or not) the price reader does not know,
so it declines and the step routes on. "desserts 9 each" is the same: a price said
"each" is no count of "each" (read so, "mains are 24 each and desserts 9 each for 4 of
us" gave 24 x 9 = 216).
"""

from __future__ import annotations

from tools.priced_figures import Priced

__all__ = ["counts_a_money_word"]

_MONEY_WORDS = frozenset(
    {
        "refundable",
        "nonrefundable",
        "non-refundable",
        "security",
        "damage",
        "deposit",
        "deposits",
        "fee",
        "fees",
        "charge",
        "charges",
        "surcharge",
        "tip",
        "tax",
        "fine",
        "penalty",
        "each",
        "apiece",
        "보증금",
        "예치금",
        "위약금",
    }
)


def counts_a_money_word(found: Priced) -> bool:
    """Whether a figure read as a count counts a word that qualifies money.

    Args:
        found: The price reader's reading of a request.
    """
    return any(count.unit.lower() in _MONEY_WORDS for count in found.counts)
