"""English follow-ups that change one figure of a one-step sum, found by blind set 42.

Each reads a previous turn of one step and gives it back with one figure changed (or one
step added), only when the figure meant is not in doubt and the changed steps run:

- :func:`named_count_changed`: "what about 3 tickets" after "2 concert tickets at 89.50
  each …": the count of the one thing the turn names again (a bill of several lines is
  :mod:`tools.followup_item_count_en_41`'s);
- :func:`asked_count_changed`: "and for 3?" after "… for 4 people, how much for 10": the
  count the previous question asked for (the last "for N" of the step);
- :func:`sharers_now`: "one guy moved out so its just 3 of us now", "there are 5 of us
  now": the number of people a split was between;
- :func:`amount_reached`: "what if i hit 25k", "what if i sell 30,000": the one amount
  of the previous step that is not a percent (a rate, a count of things are left alone;
  with two amounts, which one is meant is not said);
- :func:`unnamed_result_in_currency`: "and in euros at 0.92?" after a total in no named
  currency: the total times the rate (a total in won or a named currency is the currency
  rules' work);

"and a 2 lb bag for 32?" after a pack's price per ounce is not read here: the other pack's
price per ounce came out right but shown bare ("1", neither cents nor a unit), which the
workload cannot tell from a wrong figure; it stays with a model until the calculator shows a
price per measure as money.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from core.lazy_regex import LazyPattern
from tools.calculator_rental_deposit import singular_word
from tools.followup_per_week_56t import said_per_week
from tools.followup_rerun import kept_if_runs, replaced

__all__ = [
    "amount_reached",
    "asked_count_changed",
    "named_count_changed",
    "sharers_now",
    "unnamed_result_in_currency",
]

_N = r"\d[\d,]*(?:\.\d+)?"
_NAMED_COUNT_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+(?:if|about)|how\s+about|make\s+it"
    # "and for a whole year of 250 workdays", "and for 30 tickets" (set 52): a new count.
    r"|for(?:\s+(?:a|the|one)\s+(?:whole\s+|full\s+)?(?:year|month|week|term)\s+of)?)"
    r"(?:\s+(?:it'?s|its|it\s+(?:was|were|is)|there\s+(?:are|were)|we\s+(?:get|got|buy|need)"
    r"|i\s+(?:get|buy|need)))?"
    r"\s+(?P<n>\d+)\s+(?P<noun>[a-z]+)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# "and for 18 months": a span said with "for" (its own readers'), no count of a thing.
_FOR_A_PERIOD = re.compile(
    r"^\s*(?:and\s+|so\s+|ok\s+)?for\b.*\b(?:months?|years?|weeks?|days?|hours?|minutes?"
    r"|nights?|mos?|yrs?|hrs?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A counted thing of the step: a count, up to two words before the noun.
_COUNTED = re.compile(r"(?<![\d.,])(?P<n>\d+)\s+(?P<words>(?:[a-z]+\s+){0,2}[a-z]+)\b", re.I)
_BARE_FOR_TURN = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about)\s+for\s+(?P<n>\d+)\s*[?!.]*\s*$", re.I
)
_LAST_FOR = re.compile(r"\bfor\s+(?P<n>\d+)(?!.*\bfor\s+\d)", re.IGNORECASE)
_SHARERS_TURN = LazyPattern(
    r"(?:\b(?:just|only|now)\s+)?(?P<n>\d+)\s+of\s+us\b(?:\s+now)?\s*[?!.]*\s*$"
    r"|\b(?:we'?re|we\s+are|there\s+are|there'?s)\s+(?:just\s+|only\s+)?(?P<m>\d+)"
    r"(?:\s+of\s+us)?\s+now\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# "split between 4 roommates", "split 4 ways", "for 4 people ... each".
_SPLIT_COUNT = re.compile(
    r"\b(?:split|divided|shared)\s+(?:(?:between|among|by)\s+)?(?P<n>\d+)\b", re.IGNORECASE
)
_AMOUNT_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+if|and\s+if|if)\s+(?:i|we|she|he|they)\s+"
    r"(?:hit|hits|sell|sold|make|made|do|did|bring\s+in|reach|get\s+to)\s+\$?"
    rf"(?P<v>{_N})\s*(?P<k>k\b|grand\b|thousand\b)?(?:\s+(?:dollars?|bucks))?\s*"
    r"(?:this\s+month|next\s+month|instead)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.,]){_N}(?P<pct>\s*%)?")
_CURRENCY_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+|how\s+much\s+)?in\s+"
    r"(?:euros?|pounds?|yen|dollars?|francs?|yuan|pesos?|won)\s+(?:at|@)\s+"
    r"(?P<r>\d+(?:\.\d+)?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_NAMED_CURRENCY = LazyPattern(
    r"\$|원|€|£|¥|\b(?:dollars?|bucks|usd|euros?|eur|pounds?|gbp|yen|jpy|won|krw)\b",
    re.IGNORECASE,
)

# "450 eur a night": a price per the thing named, never a count of it (set 48: "what about 4
# nights?" made it "4 eur a night").
_PRICED_PER = LazyPattern(r"\b(?:a|an|per|each|every)\s+(?P<w>[a-z]+)$", re.IGNORECASE)


def _priced_per(words: str, noun: str) -> bool:
    said = _PRICED_PER.search(words)
    return said is not None and singular_word(said["w"]) == noun


# A currency said as the turn's noun: "what if it was 5000 won". In a step that exchanges
# one currency for another ("80,000 yen … 100 yen = 890 won … 2% fee") the figure in that
# currency may be the amount, a side of the rate or a fee: which one is meant is unsaid
# (890 -> 5000 made the rate 50 won a yen, 4,080,000원, calc63). A step in one currency
# keeps its reading ("3 tickets at 40 dollars", "what if it was 50 dollars").
_CURRENCY_NOUN = {
    "won": "won",
    "krw": "won",
    "dollar": "dollar",
    "buck": "dollar",
    "usd": "dollar",
    "euro": "euro",
    "eur": "euro",
    "pound": "pound",
    "gbp": "pound",
    "yen": "yen",
    "jpy": "yen",
    "yuan": "yuan",
    "peso": "peso",
    "franc": "franc",
}
_STEP_CURRENCY = LazyPattern(
    r"\$|원|€|£|¥|\b(?:dollars?|bucks|usd|euros?|eur|pounds?|gbp|yen|jpy|won|krw|yuan|pesos?"
    r"|francs?)\b",
    re.IGNORECASE,
)
_SYMBOL_CURRENCY = {"$": "dollar", "원": "won", "€": "euro", "£": "pound", "¥": "yen"}
#: Off only in this rule's switch-off test.
USE_CURRENCY_NOT_COUNTED = True


def _exchanged_in(step: str, noun: str) -> bool:
    """Whether ``noun`` is a currency and ``step`` names another currency beside it."""
    currency = _CURRENCY_NOUN.get(noun.lower())
    if currency is None:
        return False
    named = {
        _SYMBOL_CURRENCY.get(m[0]) or _CURRENCY_NOUN.get(singular_word(m[0].lower()), m[0])
        for m in _STEP_CURRENCY.finditer(step)
    }
    return bool(named - {currency})


def named_count_changed(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "what about 3 tickets" after "2 concert tickets at …": that count, or ``None``."""
    turn = _NAMED_COUNT_TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    if _FOR_A_PERIOD.match(text):
        return None  # "and for 18 months?" after "$45 a month": a span, never 18 a month
    step = previous_steps[0]
    noun = singular_word(turn["noun"])
    if USE_CURRENCY_NOT_COUNTED and _exchanged_in(step, noun):
        return None  # "what if it was 5000 won" after "80,000 yen … 100 yen = 890 won" (calc63)
    named = [
        m for m in _COUNTED.finditer(step) if noun in {singular_word(w) for w in m["words"].split()}
    ]
    named = [m for m in named if not said_per_week(step, m)]  # "5 days a week" is no count of weeks
    named = [m for m in named if not _priced_per(m["words"], noun)]  # "450 eur a night": a rate
    if len(named) != 1:
        return None
    found = named[0]
    how = f"{found['words']}: {found['n']} -> {turn['n']}"
    return replaced(step, found.span("n"), turn["n"], how)


def asked_count_changed(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and for 3?" after "… how much do i need for 10": the count asked for, or ``None``."""
    turn = _BARE_FOR_TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    step = previous_steps[0]
    last = _LAST_FOR.search(step)
    if last is None:
        return None
    how = f"for {last['n']} -> for {turn['n']}"
    return replaced(step, last.span("n"), turn["n"], how)


def sharers_now(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "its just 3 of us now" after "split between 4 roommates": 3 sharers, or ``None``."""
    turn = _SHARERS_TURN.search(text)
    if turn is None or len(previous_steps) != 1:
        return None
    new = turn["n"] or turn["m"]
    splits = list(_SPLIT_COUNT.finditer(previous_steps[0]))
    if len(splits) != 1:
        return None
    split = splits[0]
    how = f"split {split['n']} -> {new} ways"
    return replaced(previous_steps[0], split.span("n"), new, how)


def amount_reached(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "what if i hit 25k" after "i sold 18,400 … 7% commission": 25000 sold, or ``None``."""
    turn = _AMOUNT_TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    try:
        value = Decimal(turn["v"].replace(",", ""))
    except InvalidOperation:
        return None
    if turn["k"]:
        value *= 1000
    step = previous_steps[0]
    amounts = [m for m in _FIGURE.finditer(step) if not m["pct"]]
    if len(amounts) != 1:
        return None
    found = amounts[0]
    new = str(value.normalize()) if value != value.to_integral_value() else str(int(value))
    how = f"{found.group(0)} -> {new}"
    return replaced(step, found.span(), new, how)


def unnamed_result_in_currency(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """ "and in euros at 0.92?" after a total in no named currency: times 0.92, or ``None``."""
    turn = _CURRENCY_TURN.match(text)
    if turn is None or not previous_steps:
        return None
    if any(_NAMED_CURRENCY.search(step) for step in previous_steps):
        return None
    steps = [*previous_steps, f"multiply that by {turn['r']}"]
    return kept_if_runs(steps, f"the total times {turn['r']}")
