"""Turns a matcher must not read alone: they lean on an earlier answer (wrong65b).

- A turn that opens on an operator with no left operand ("plus 2 sodas at 2.49 each and a
  10% tip, in total then?"): what it adds to is an earlier total, so the calculator read of
  its own figures (2 x 2.49 x 1.1 = 5.48, the pizzas lost) is never the answer.
- A rest or wait added to a trip ("휴게소에서 20분 쉬면 총 몇시간", "if we stop for 30 min, how
  many hours in total"): the total is the earlier duration plus the rest, never the rest
  alone converted to hours (20 min = 0.3333 h).
- An addition's own cost asked as the total ("케이크 2개 6000원씩 추가하면 총 얼마", "2 more
  at 5 each, total?", "add 2 ties at 12 each and 6% tax, total then?"): nothing in the turn
  is added to, so the total is an earlier sum plus the addition, never the addition alone.
- A form's operands that split one figure ("20% 오르면" read as 2 + 0%): a figure is one
  operand, never two.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = [
    "addition_alone_totalled",
    "opens_on_dangling_operator",
    "percent_charge_added",
    "rest_added_to_a_span",
    "splits_a_figure",
]

#: Whether these turns are declined (switched off in tests).
DANGLING_OPERATOR = True
REST_ADDED = True
FIGURE_SPLIT = True
ADDITION_ALONE = True
PERCENT_CHARGE_ADDED = True

# "plus 2 sodas …", "and also 3 beers …", "+ 2 drinks": an operator with nothing before it.
_DANGLING = LazyPattern(
    # "plus 2 sodas", "also 3 teas", "and 3 shakes", "and also 2 …": priced items come next
    # (never "and if it had been 40% off", a change asked, nor "and 30% off that?").
    r"^\s*(?:\+\s*|plus\s+|also\s+|and\s+(?:also\s+|then\s+|plus\s+)*)(?=\d)"
    r"|^\s*(?:plus|also|and\s+also|and\s+plus)\s+(?=[^?!.]*\d)",
    re.IGNORECASE,
)
# The items priced one by one ("at 2.49 each", "4 apiece").
_EACH = LazyPattern(r"\b(?:each|apiece|a\s+piece)\b", re.IGNORECASE)
# A measure of time spent resting or waiting, said as a condition ("20분 쉬면", "30분 기다리면",
# "stop for 30 minutes", "a 45 min break").
_REST_KO = LazyPattern(
    r"\d[\d.]*\s*(?:분|시간)\s*(?:정도|쯤|동안|씩)?\s*(?:을|를)?\s*"
    r"(?:쉬|휴식|기다리|대기|정차|머무|멈추|쉰다|쉬었|들르|들렀)"
)
_REST_EN = LazyPattern(
    r"\b(?:stop|stopping|stops|rest|resting|break|wait|waiting|layover|pause)\b[^?!.]{0,20}"
    r"\d[\d.]*\s*(?:min|mins|minutes?|hours?|hrs?|h)\b"
    r"|\d[\d.]*\s*(?:-\s*)?(?:min|mins|minutes?|hours?|hrs?|h)\s*"
    r"(?:stop|rest|break|wait|layover|pause)\b",
    re.IGNORECASE,
)
# The whole asked: "총", "전부", "다 합쳐서", "in total", "altogether", "overall".
_TOTAL_ASKED = LazyPattern(
    r"총|전부|전체|다\s*합(?:쳐|치면)|합쳐서|\bin\s+total\b|\baltogether\b|\boverall\b"
    r"|\ball\s+together\b|\btotal\b",
    re.IGNORECASE,
)

# The rest said as a condition on something else ("쉬면", "if we stop", "with a break").
_CONDITION = LazyPattern(
    r"(?:쉬|휴식하|기다리|대기하|정차하|머물|멈추|들르)면|\bif\b|\bwith\b|\bplus\b|\badd\b",
    re.IGNORECASE,
)


def opens_on_dangling_operator(text: str) -> bool:
    """Whether ``text`` opens on "plus"/"and also" before items priced each: added to an
    earlier sum."""
    return DANGLING_OPERATOR and _DANGLING.match(text) is not None and bool(_EACH.search(text))


def rest_added_to_a_span(text: str) -> bool:
    """Whether ``text`` adds a rest or wait to something (asked as a total, or said as a
    condition): the trip's time plus it, never the rest alone converted."""
    if not REST_ADDED or (_TOTAL_ASKED.search(text) is None and not _CONDITION.search(text)):
        return False  # "how many hours is a 90 minute layover": the rest itself converted
    return _REST_KO.search(text) is not None or _REST_EN.search(text) is not None


def splits_a_figure(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether operands at ``spans`` of ``text`` cut one run of digits in two ("20" as 2, 0)."""
    if not FIGURE_SPLIT:
        return False
    for start, end in spans:
        if start < 0:
            continue
        if start > 0 and text[start - 1].isdigit() and text[start].isdigit():
            return True
        if end < len(text) and text[end].isdigit() and text[end - 1].isdigit():
            return True
    return False


# Something said as added to what was there ("추가하면", "더 시키면", "2 more", "extra").
_ADDED = LazyPattern(
    r"추가|더\s*(?:시키|사|주문|넣|얹|붙)|\bmore\b|\bextra\b|\badd(?:ed|ing|s)?\b|\bon\s+top\b",
    re.IGNORECASE,
)
# A percent put on a sum ("* (100 + 6) / 100", "* (1 + 10 / 100)"): no item added.
_PERCENT_ON = re.compile(
    r"\*\s*\(\s*100\s*\+\s*[\d.]+\s*\)\s*/\s*100|\*\s*\(\s*1\s*\+\s*[\d.]+\s*/\s*100\s*\)"
)
# The added items' own cost: figures multiplied, nothing else ("6000 * 2", "2 * 5").
_PRODUCT_ONLY = re.compile(r"^[\d.\s*]+$")


def addition_alone_totalled(text: str, expression: str) -> bool:
    """Whether ``text`` asks the total of an addition whose reading ``expression`` adds
    nothing to it: the cost of the added items alone, the earlier sum they go on unsaid."""
    if not ADDITION_ALONE or _TOTAL_ASKED.search(text) is None or not _ADDED.search(text):
        return False
    # A count and its price at least ("2 * 5"): one amount with a percent on it ("300000 *
    # (1 + 20 / 100)" for "30만원 충전하면 20% 더 얹어준다는데 총") is no item added.
    rest = _PERCENT_ON.sub("", expression).strip()
    return _PRODUCT_ONLY.match(rest) is not None and "*" in rest


# "a 10% tip, in total then?", "with 8% tax", "and an 18% tip": a percent charge put on the
# running sum, the total asked or not.
_PERCENT_CHARGE = LazyPattern(
    r"^(?:and\s+|with\s+|plus\s+)?(?:an?\s+)?(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent\b)\s*"
    r"(?P<c>(?:sales\s+)?tax|tip|gratuity|service(?:\s+charge)?|vat)\b"
    r"(?:\s*,?\s*(?:(?:how\s+much\s+)?(?:in\s+total|altogether|all\s+together|overall|total)"
    r"|how\s+much(?:\s+is\s+it)?)(?:\s+then)?)?\s*\??\s*$",
    re.IGNORECASE,
)


def percent_charge_added(tail: str) -> str | None:
    """ "plus 10% tip" for a second change that puts a percent charge on the sum so far
    ("… and a 10% tip, in total then?"), else None."""
    if not PERCENT_CHARGE_ADDED:
        return None
    found = _PERCENT_CHARGE.match(tail.strip())
    return None if found is None else f"plus {found['p']}% {found['c'].lower()}"
