"""Follow-up rules set 45 added, each a whole-turn form with the change it makes.

- "and 35k yen?", "what about 50000 yen", "3만엔은?" after a currency conversion at a rate
  the user stated ("if 1 dollar is 151.3 yen how many dollars is 20000 yen"): the new
  amount of the currency converted, at the same rate. Set 45's first run swapped the
  figure into the rate ("1 dollar is 35000 yen") and answered "$0.57": a quantity in yen
  was taken for the other yen figure of the question. A unit said with the figure must
  name the currency converted (the amount's, never the rate's other side), and "k" after
  the figure is thousands. The amount is then replaced as a bare figure would be
  (as :func:`tools.followup_rules_44.new_amount_at_same_rate` does, for a rate the handler
  divides by too).
- "and if it drops back to 3.49 whats that percent", "다시 3490원으로 떨어지면 몇 퍼센트야"
  after a percent change from one price to another ("eggs went from 3.49 to 4.19, whats
  the percent increase"): the change from the later price to the new one, the previous
  question with its two prices moved along. The first run applied the previous answer's
  20.06% to 3.49 and answered "2.79".
- "3.3% 떼면?", "80%만 충전하면?", "and after like 25% taxes" after a sum with no percent in
  it: the percent off its result, or that share of it, as "거기서 3.3% 떼면?" is read (the
  first run sent these to the cloud stand-in).
- "and 6 yrs?" (a unit abbreviated after its figure) read as "and 6 years?", and "forgot the
  8% tax" after a price worked out read as "plus 8% tax?" (both went to the cloud stand-in).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_53T", "new_amount_in_converted_currency", "percent_change_moved_on"]

Resolved = tuple[list[str], str] | None

_N = r"\d[\d,]*(?:\.\d+)?"
# The currency words a turn may name its amount in, by code.
_CURRENCY_WORDS = {
    "JPY": r"yen|엔",
    "USD": r"dollars?|bucks|usd|달러|불",
    "EUR": r"euros?|eur|유로",
    "GBP": r"pounds?|gbp|파운드",
    "CNY": r"yuan|rmb|위안",
    "KRW": r"won|krw|원",
}
_AMOUNT_TURN = re.compile(
    rf"^\s*(?:(?:and|so|then|what\s+about|how\s+about|그럼|그러면)\s+)?(?P<n>{_N})\s*"
    r"(?P<k>k|천|만)?\s*(?P<unit>[A-Za-z가-힣]+?)\s*(?:은|는|이면|면|이라면|라면)?\s*(?:요)?\s*[?？.]*\s*$",
    re.IGNORECASE,
)
_SCALE = {"k": 1000, "천": 1000, "만": 10000}
# The currency handler's trace line: "20,000 JPY ÷ 151.3 JPY/USD = 132.19 USD".
_CONVERTED = re.compile(r"^(?P<n>[\d,]+(?:\.\d+)?) (?P<source>[A-Z]{3}) [×÷] (?P<rate>\S+ \S+) = ")
_FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d,]|\.\d)")


def _read(step: str) -> tuple[str, str] | None:
    from tools.handlers import match_deterministic

    found = match_deterministic(step)
    return None if found is None else (found.handler, found.detail)


def new_amount_in_converted_currency(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "and 35k yen?" after "… how many dollars is 20000 yen": 35,000 yen at that rate."""
    turn = _AMOUNT_TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    before = _read(previous_steps[0])
    converted = _CONVERTED.match(before[1]) if before and before[0] == "currency" else None
    if converted is None:
        return None
    words = _CURRENCY_WORDS.get(converted["source"])
    if words is None or not re.fullmatch(words, turn["unit"], re.IGNORECASE):
        return None  # a unit that is not the converted currency's: not this form
    figure = float(turn["n"].replace(",", "")) * _SCALE.get((turn["k"] or "").lower(), 1)
    plain = f"{figure:.10g}" if figure != int(figure) else str(int(figure))
    amount = converted["n"].replace(",", "")
    step = previous_steps[0]
    spots = [m for m in _FIGURE.finditer(step) if m[0].replace(",", "") == amount]
    if len(spots) != 1:
        return None  # the amount written twice (or not as the handler read it): which one?
    changed = step[: spots[0].start()] + plain + step[spots[0].end() :]
    after = _read(changed)
    now = _CONVERTED.match(after[1]) if after and after[0] == "currency" else None
    if now is None or (now["source"], now["rate"]) != (converted["source"], converted["rate"]):
        return None  # read at another rate or as another currency: not the same question
    return [changed], f"{amount} → {plain} {converted['source']}"


# "eggs went from 3.49 to 4.19, whats the percent increase"; "3490원에서 4190원으로".
_FROM_TO_EN = re.compile(rf"\bfrom\s+\$?(?P<a>{_N})\s+to\s+\$?(?P<b>{_N})\b", re.IGNORECASE)
_FROM_TO_KO = re.compile(rf"(?P<a>{_N})\s*원?\s*에서\s*(?P<b>{_N})\s*원?\s*(?:으로|로|까지)")
_PERCENT_ASKED = re.compile(r"percent|%|퍼센트|프로|퍼\b|몇\s*퍼", re.IGNORECASE)
_MOVED_EN = re.compile(
    rf"^\s*(?:and|so|ok|okay)?\s*,?\s*(?:what\s+)?if\s+(?:it|the\s+price|they|that)\s+"
    r"(?:then\s+)?(?:drops|falls|goes|comes|gets|went|dropped|fell|rises|climbs|jumps)\s+"
    rf"(?:back\s+(?:down\s+|up\s+)?|(?:down\s+|up\s+)?again\s+)to\s+\$?(?P<c>{_N})\b",
    re.IGNORECASE,
)
_MOVED_KO = re.compile(
    rf"^\s*(?:그럼|그러면|근데)?\s*(?:다시|또)\s*(?P<c>{_N})\s*원?\s*(?:으로|로)\s*"
    r"(?:떨어지|내려가|내려오|돌아가|돌아오|오르|올라가|바뀌)"
)


def percent_change_moved_on(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "and if it drops back to 3.49 whats that percent" after "from 3.49 to 4.19 … percent":
    the same question from 4.19 to 3.49.

    Only a move said to go on from the later price ("back", "again", "다시") is this form:
    "and if it went to 1,650?" asks the first question with another end (set 35's rule).
    """
    if len(previous_steps) != 1:
        return None
    moved = _MOVED_EN.match(text) or _MOVED_KO.match(text)
    step = previous_steps[0]
    change = _FROM_TO_EN.search(step) or _FROM_TO_KO.search(step)
    if moved is None or change is None or not _PERCENT_ASKED.search(step):
        return None
    before = _read(step)
    if before is None or before[0] != "calculator":
        return None
    a, b, c = change.span("a"), change.span("b"), moved["c"]
    # The later price becomes the start and the new one the end, the words kept.
    swapped = step[: a[0]] + change["b"] + step[a[1] : b[0]] + c + step[b[1] :]
    after = _read(swapped)
    if after is None or after[0] != "calculator" or "* 100" not in after[1]:
        return None  # read, but not as a percent change: never another sum of the prices
    return kept_if_read(swapped, f"{change['a']} → {change['b']} → {c}")


# "3.3% 떼면?", "10% 빼면", "80%만 충전하면?", "and after like 25% taxes": a percent, nothing else.
_PERCENT_OFF_KO = re.compile(
    rf"^\s*(?:그럼|그러면|아)?\s*(?P<p>{_N})\s*%\s*(?:를|을)?\s*(?:떼|빼|제하|공제하)"
    r"(?:면|고|고\s*나면)?\s*(?:얼마(?:야|임)?)?\s*[?？.]*\s*$"
)
_PERCENT_ONLY_KO = re.compile(
    rf"^\s*(?:그럼|그러면|아)?\s*(?P<p>{_N})\s*%\s*만\s*[가-힣]{{0,6}}?(?:하면|면)\s*[?？.]*\s*$"
)
_PERCENT_OFF_EN = re.compile(
    rf"^\s*(?:and|so|ok|okay)?\s*,?\s*(?:after|minus|less)\s+(?:like\s+|about\s+|roughly\s+)?"
    rf"(?P<p>{_N})\s*%\s*(?:in\s+|for\s+)?(?:taxes|tax|off)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def bare_percent_of_result(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "3.3% 떼면?" after a sum with no percent in it: that percent off its result.

    "80%만 충전하면?" is that share of it. Read only when no earlier step holds a percent:
    after one ("2500 + 15%"), which figure a bare percent changes is unsaid, and the
    turn is left alone.
    """
    if not previous_steps or any("%" in step for step in previous_steps):
        return None
    forms = (
        (_PERCENT_OFF_KO, "거기서 {p}% 떼면?"),
        (_PERCENT_ONLY_KO, "그거의 {p}%는?"),
        (_PERCENT_OFF_EN, "take {p}% off that"),
    )
    said = next((said.format(p=m["p"]) for form, said in forms if (m := form.match(text))), None)
    if said is None:
        return None
    from tools.followups import resolve_follow_up

    return resolve_follow_up(said, previous_steps)


# Units as chat abbreviates them after a figure: "6 yrs", "3 mos", "2 hrs", "45 mins", "2 wks".
_ABBREVIATED = re.compile(r"(?<=\d)\s*(?P<u>yrs?|mos|hrs?|mins|wks?)\b", re.IGNORECASE)
_SPELLED = {"yr": "years", "yrs": "years", "mos": "months", "hr": "hours", "hrs": "hours"}
_SPELLED |= {"mins": "minutes", "wk": "weeks", "wks": "weeks"}


def abbreviated_units_spelled(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "and 6 yrs?" as "and 6 years?": a unit abbreviated after its figure, spelled out.

    Set 45's run sent "and 6 yrs?" (after a monthly payment for 5 years) to the cloud
    stand-in, while "and 6 years?" was read; the turn is read as it is spelled out.
    """
    if not previous_steps or _ABBREVIATED.search(text) is None:
        return None
    spelled = _ABBREVIATED.sub(lambda m: " " + _SPELLED[m["u"].lower()], text)
    from tools.followups import resolve_follow_up

    return resolve_follow_up(spelled, previous_steps)


# "forgot the 8% tax", "oh and theres 7% sales tax", "i left out the 10% tax".
_TAX_FORGOTTEN_EN = re.compile(
    r"^\s*(?:oh\s*,?\s*|wait\s*,?\s*|oops\s*,?\s*)?(?:and\s+)?(?:i\s+)?"
    r"(?:forgot|missed|left\s+out|didn'?t\s+add|didnt\s+add|there'?s\s+(?:also\s+)?|theres\s+(?:also\s+)?)"
    rf"\s*(?:the\s+|a\s+)?(?P<p>{_N})\s*%\s*(?:sales\s+)?tax\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def forgotten_tax_added_en(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "forgot the 8% tax" after a price worked out: as "plus 8% tax?" on that price."""
    said = _TAX_FORGOTTEN_EN.match(text)
    if said is None or not previous_steps:
        return None
    from tools.followups import resolve_follow_up

    return resolve_follow_up(f"plus {said['p']}% tax?", previous_steps)


CHANGES_53T = (
    new_amount_in_converted_currency,
    percent_change_moved_on,
    bare_percent_of_result,
    abbreviated_units_spelled,
    forgotten_tax_added_en,
)
