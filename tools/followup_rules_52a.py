"""Follow-up rules of helper opens52a (sets 24 to 35), registered in
:data:`tools.followup_change_rules.CHANGES`.

Each fires only on the one previous request it names (read again by its reader, or said in
the words it quotes) and gives the changed sum as one step of plain arithmetic, kept only
when code reads it; anything else is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_cheapest_free import cheapest_free_total
from tools.calculator_forms_en_52a import (
    case_with_discount,
    invoice_vat_less_withholding,
    share_by_person_nights,
)
from tools.followup_direction_kept_52a import amount_where_direction_holds
from tools.followup_fraction_amount_52a import fraction_of_same_unit
from tools.followup_reading_51a import FIGURE, NUMBER, Change, plain, read_again
from tools.followup_rerun import kept_if_read, spliced
from tools.followup_rules_ko_52a import KOREAN_CHANGES_52A

__all__ = ["CHANGES_52A"]


# "actually Sam stayed 4 nights too" after a total split by person-nights: that stay's nights.
_STAYED = LazyPattern(
    rf"^(?:actually|oh|wait|no|sorry)?\s*,?\s*(?P<who>I|[A-Z][a-z]+)\s+stayed\s+(?P<n>{NUMBER})"
    r"(?:\s+nights?)?(?:\s+too|\s+as\s+well|\s+instead)?\s*[.!?]*$"
)


def stay_restated(text: str, steps: Sequence[str]) -> Change | None:
    """The split again with one person's nights as the turn says them."""
    told = _STAYED.match(plain(text).strip())
    if told is None or read_again(steps, share_by_person_nights) is None:
        return None
    step = plain(steps[0])
    said = re.search(rf"\b{told['who']}\s+stayed\s+(?P<n>{NUMBER})", step)
    if said is None:
        return None
    return kept_if_read(
        spliced(step, [(said.span("n"), told["n"])]), f"{told['who']} stayed {told['n']}"
    )


# "what about half a case, no discount on that" after a case at a bottle price less a case
# discount: half the case's bottles at the bottle price.
_HALF_NO_DISCOUNT = LazyPattern(
    r"\bhalf\s+(?:a|the)\s+(?:case|box|crate|pack|carton)\b.*\bno\s+discount\b"
    r"|\bno\s+discount\b.*\bhalf\s+(?:a|the)\s+(?:case|box|crate|pack|carton)\b",
    re.IGNORECASE,
)


def half_case_undiscounted(text: str, steps: Sequence[str]) -> Change | None:
    """ "12.50 * 12 / 2": half the case at the single price."""
    read = read_again(steps, case_with_discount)
    if read is None or _HALF_NO_DISCOUNT.search(text) is None or FIGURE.search(plain(text)):
        return None
    price, count = read[0], read[1]
    if int(count) % 2:
        return None  # half of an odd case is no whole count of bottles
    return kept_if_read(f"{price} * {count} / 2", "half the case, no discount")


# "what if the net is 3,000" after an invoice's VAT and withholding: the net changed.
_NET_TOLD = LazyPattern(
    rf"^(?:and\s+|so\s+)?(?:what\s+if|and\s+if|if)\s+the\s+(?:net|invoice)\s+(?:is|was|were)\s+"
    rf"\$?(?P<v>{NUMBER})(?:\s+before\s+VAT)?\s*[?.]*$",
    re.IGNORECASE,
)


def net_restated(text: str, steps: Sequence[str]) -> Change | None:
    """The invoice read again with its net as the turn says it."""
    told = _NET_TOLD.match(plain(text).strip())
    if told is None or read_again(steps, invoice_vat_less_withholding) is None:
        return None
    step = plain(steps[0])
    net = re.search(rf"\bis\s+\$?(?P<n>{NUMBER})\s+(?:before|excluding|ex\.?|net\s+of)\s", step)
    if net is None:
        return None
    return kept_if_read(spliced(step, [(net.span("n"), told["v"])]), f"the net is {told['v']}")


# "2 of them are kids at half price" after "tickets are 12.50 each and there's 6 of us":
# those pay half, the rest the full price.
_SOME_AT_HALF = LazyPattern(
    rf"^(?:and\s+|but\s+|oh\s+)?(?P<k>{NUMBER})\s+of\s+(?:them|us|those|the\s+tickets)\s+"
    r"(?:are|is|'re)\s+(?:kids|children|students|seniors|under[\s-]?\d+s?)\s+"
    r"(?:at\s+|for\s+|on\s+|who\s+pay\s+|paying\s+)?half[\s-]*(?:price|off)\s*[.!?]*$",
    re.IGNORECASE,
)
_PRICE_EACH_FOR_GROUP = LazyPattern(
    rf"^(?:the\s+)?[a-z]+\s+(?:are|is|cost|costs)\s+\$?(?P<p>{NUMBER})\s+(?:each|a\s+head|"
    rf"per\s+person|a\s+person|apiece)\s*,?\s*and\s+there(?:'s|\s+is|\s+are|'re)\s+"
    rf"(?P<m>\d+)\s+of\s+us\s*[.?!]*$",
    re.IGNORECASE,
)


def some_at_half_price(text: str, steps: Sequence[str]) -> Change | None:
    """ "12.50 * (6 - 2) + 12.50 / 2 * 2": some of the group at half the price."""
    told = _SOME_AT_HALF.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    group = _PRICE_EACH_FOR_GROUP.match(plain(steps[0]).strip())
    if group is None or not 0 < int(float(told["k"])) < int(group["m"]):
        return None
    p, m, k = group["p"], group["m"], told["k"]
    return kept_if_read(f"{p} * ({m} - {k}) + {p} / 2 * {k}", f"{k} of {m} at half price")


# "월급으로 치면? 209시간 기준" after an hourly wage: the wage for the month's hours said.
_MONTH_AT_HOURS = LazyPattern(
    r"^(?:그럼\s*)?월급\s*(?:으로|로)?\s*(?:치면|환산하면|계산하면|따지면|하면)?\s*[?？]?\s*,?\s*"
    r"(?:월\s*)?(?P<h>\d{2,3})\s*시간\s*(?:기준|으로)\s*(?:이면|으로|하면)?\s*[?？.]*$"
    r"|^(?:그럼\s*)?(?:월\s*)?(?P<h2>\d{2,3})\s*시간\s*(?:기준|으로)\s*(?:으로|하면|이면)?\s*"
    r"월급\s*(?:으로|로)?\s*(?:치면|환산하면|계산하면|따지면|얼마|은)\S*\s*[?？.]*$"
)
_HOURLY_WAGE = LazyPattern(r"시급\s*(?:이|은|는|이\s*)?\s*(?P<w>\d+)\s*원?")


def month_at_hours_said(text: str, steps: Sequence[str]) -> Change | None:
    """ "10030원 * 209": the hourly wage of the previous request for the month's hours."""
    told = _MONTH_AT_HOURS.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    wages = _HOURLY_WAGE.findall(plain(steps[0]))
    if len(wages) != 1:
        return None
    hours = told["h"] or told["h2"]
    return kept_if_read(f"{wages[0]}원 * {hours}", f"a month at {hours} hours")


# "what if we tip on the after-tax amount instead" after "80 before tax, tax is 8%, we tip
# 18% on the pre-tax amount": the tip on the taxed bill.
_TIP_ON_TAXED = LazyPattern(
    r"\btip\s+on\s+the\s+(?:after[\s-]*tax|post[\s-]*tax|taxed|full|whole)\s+"
    r"(?:amount|total|bill|price)\b(?:\s+instead)?\s*[?.]*$",
    re.IGNORECASE,
)
_PRE_TAX_TIP = LazyPattern(
    rf"(?P<b>{NUMBER})\s+before\s+tax\s*,\s*tax\s+is\s+(?P<t>{NUMBER})\s*%\s*,\s*we\s+tip\s+"
    rf"(?P<p>{NUMBER})\s*%\s+on\s+the\s+pre[\s-]*tax\s+(?:amount|total|bill|price)",
    re.IGNORECASE,
)


def tip_on_taxed_bill(text: str, steps: Sequence[str]) -> Change | None:
    """ "80 * (1 + 8 / 100) * (1 + 18 / 100)": the tip moved onto the taxed bill."""
    if _TIP_ON_TAXED.search(text) is None or len(steps) != 1:
        return None
    bill = _PRE_TAX_TIP.search(plain(steps[0]))
    if bill is None or FIGURE.search(plain(text)):
        return None
    b, t, p = bill["b"], bill["t"], bill["p"]
    return kept_if_read(f"{b} * (1 + {t} / 100) * (1 + {p} / 100)", "the tip on the taxed bill")


# "and if I add a colour for 85?" after "haircut is 35 and I tip 20%": the service added
# before the tip, which is on both.
_ADDED_SERVICE = LazyPattern(
    rf"^(?:and\s+|so\s+)?(?:what\s+)?if\s+I\s+(?:add|also\s+get|get)\s+(?:a|an|the|some)\s+"
    rf"[a-z]+(?:\s+[a-z]+)?\s+(?:for|at)\s+\$?(?P<v>{NUMBER})\s*[?.]*$",
    re.IGNORECASE,
)
_PRICE_AND_TIP = LazyPattern(
    rf"^(?:a\s+|my\s+|the\s+)?[a-z]+\s+is\s+\$?(?P<b>{NUMBER})\s+and\s+I\s+tip\s+"
    rf"(?P<p>{NUMBER})\s*%\s*,?\s*(?:what\s+do\s+I\s+pay|how\s+much(?:\s+is\s+that)?|"
    r"what(?:'s|\s+is)\s+the\s+total)\s*[?.]*$",
    re.IGNORECASE,
)


def service_added_before_tip(text: str, steps: Sequence[str]) -> Change | None:
    """ "(35 + 85) * (1 + 20 / 100)": another service, tipped with the first."""
    added = _ADDED_SERVICE.match(plain(text).strip())
    if added is None or len(steps) != 1:
        return None
    paid = _PRICE_AND_TIP.match(plain(steps[0]).strip())
    if paid is None:
        return None
    b, p, v = paid["b"], paid["p"], added["v"]
    return kept_if_read(f"({b} + {v}) * (1 + {p} / 100)", f"{v} added before the tip")


# "add garlic bread for 4.50" after "3 pizzas at 14.99, 11.49 and 16.50, the cheapest one is
# free": a thing of another kind, outside the deal, at its own price. (Another pizza would
# join the deal and might be the cheapest: not read here.)
_ADDED_OTHER = LazyPattern(
    rf"^(?:and\s+|ok\s+|oh\s+)?(?:add|plus|also)\s+(?:a\s+|an\s+|some\s+|the\s+)?"
    rf"(?P<item>[a-z]+(?:\s+[a-z]+)?)\s+(?:for|at)\s+\$?(?P<v>{NUMBER})\s*[?.!]*$",
    re.IGNORECASE,
)
_DEAL_NOUN = LazyPattern(rf"(?<![\d.]){NUMBER}\s+(?P<noun>[a-z]+?)e?s\s+(?:at|for)\b", re.I)


def other_thing_beside_deal(text: str, steps: Sequence[str]) -> Change | None:
    """ "14.99 + 11.49 + 16.5 - 11.49 + 4.50": the deal's total and the thing added."""
    added = _ADDED_OTHER.match(plain(text).strip())
    if added is None or len(steps) != 1:
        return None
    deal = cheapest_free_total(plain(steps[0]))
    noun = _DEAL_NOUN.search(plain(steps[0]))
    if deal is None or noun is None:
        return None
    item = added["item"].lower()
    if noun["noun"].lower() in item or re.search(r"\b(?:one|another|more)\b", item):
        return None  # one more of the deal's own kind
    return kept_if_read(f"{deal[0]} + {added['v']}", f"{added['item']} added beside the deal")


CHANGES_52A = (
    *KOREAN_CHANGES_52A,
    stay_restated,
    half_case_undiscounted,
    net_restated,
    some_at_half_price,
    month_at_hours_said,
    tip_on_taxed_bill,
    service_added_before_tip,
    amount_where_direction_holds,
    other_thing_beside_deal,
    fraction_of_same_unit,
)
