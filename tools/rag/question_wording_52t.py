"""Words of a question that phrase it rather than name what a document is about.

Follow-ups in a document thread are short and chatty, and two kinds of wording made
"not in the documents: X" out of a question the documents answer:

* A serving or container before a drink or food ("a glass of wine", "a cup of coffee",
  "a bottle of beer") names how much, not what: a rule about alcohol or coffee answers it,
  and no policy writes "glass". The measure is dropped, the thing kept ("a wine").
* (Not "itself": "the rental itself" sets the rental against its deposit, and dropped,
  "cash is not accepted for the deposit" was quoted for it. It stays a word to hold.)
* A Korean period said in words ("일주일 넘게", "열흘 이상", "이틀 동안", "일주일 내리")
  before a word comparing, bounding or running it on is a number of days, as a rule
  writes its limits ("5일 이상이면 진단서"): written as digits ("7일 넘게") it is
  compared with the rule's own figure by the readers that compare day counts, instead
  of being a term no document holds. Only before such a word: "일주일에 두 번" is a rate
  and "일주일 쓰고" a time that passed (tools.rag.elapsed_periods), which keep their words.
* (Round 57.) "get my parking money back" asks whether parking is paid back: "money"
  names the refund, not a thing a rule lacks ("not in the documents: money"), and a
  venue's parking page outranked the expense rule. Written "get my parking reimbursed",
  as cost rules word it (the vocabulary links reimbursed to refund). Only with a cost
  named before "money": "get my money back" alone names no cost and is left as typed.
  Likewise "when does the expense money actually show up" asks when the expense is paid
  ("not in the documents: money"): a cost's money showing up (coming in, arriving,
  landing) is written "get paid", as "when do expenses get paid" is answered.
* (Round 58.) "after a full year at the foundation" counts a year of service, as a leave
  rule writes it ("1년 이상 근무한 직원"): "full" (or "whole", "complete") before a year
  or a month only stresses that the period ran out, and it was the word no document
  holds ("not in the documents: full"). Dropped there only: "full refund", "full-time",
  "a full day" (against a half day) keep it.
"""

from __future__ import annotations

import re

from tools.dates_native_days import NATIVE_DAYS

__all__ = ["with_wording_plain"]

# "a glass of", "two cups of", "a bottle of", "a pint of": the serving before its thing.
_SERVING = re.compile(
    r"\b(?:a|an|one|two|three|a\s+couple\s+of|a\s+few|some)\s+"
    r"(?:glass|glasses|cup|cups|mug|mugs|bottle|bottles|pint|pints|can|cans|shot|shots"
    r"|bowl|bowls|slice|slices|plate|plates|serving|servings)\s+of\s+",
    re.IGNORECASE,
)
# "get (my) parking money back": the cost named, then its money paid back.
_DETERMINERS = r"(?:my|our|the|your|his|her|their|some|any|all|that|this|a|an)"
_COST_MONEY_BACK = re.compile(
    rf"\b(?P<get>get|getting|got)\s+(?P<det>{_DETERMINERS}\s+)?"
    rf"(?P<cost>(?!{_DETERMINERS}\b|money\b)[a-z]+(?:\s+(?!money\b)[a-z]+)?)\s+money\s+back\b",
    re.IGNORECASE,
)
# "the expense money (actually) shows up": a paid-back cost named (a closed class: "my
# travel money" may be an advance, no claim), then its money arriving.
_COST_MONEY_ARRIVES = re.compile(
    r"\b(?P<cost>expenses?|claims?|reimbursements?|refunds?|allowances?|mileage|deposits?)"
    r"\s+money\s+"
    r"(?P<adv>(?:actually|finally|usually|normally)\s+)?"
    r"(?:shows?\s+up|showing\s+up|comes?\s+(?:in|through)|arrives?|lands?"
    r"|hits?\s+(?:my|our|the)\s+(?:account|bank))\b",
    re.IGNORECASE,
)
# Korean periods said in words, as a number of days: the native day counts
# (tools.dates_native_days) and the words for a day and for a week or two.
_DAYS_IN_WORDS = {
    **NATIVE_DAYS,
    **{"하루": 1, "일주일": 7, "한 주": 7, "한주": 7, "이주일": 14, "2주일": 14},
}
# A word comparing or bounding the period right after it: 넘게/넘으면/넘어, 이상, 초과,
# 이하, 미만, 이내, 안에, 내에, 동안, 까지, 부터, 째.
_BOUND = r"(?=\s*(?:넘|이상|초과|이하|미만|이내|안에|내에|동안|까지|부터|째))"
# Or a word saying its days run in a row ("일주일 내리 쉬면", "열흘 연속으로", "사흘 내내"):
# a length as surely as 동안, and the word adds nothing a rule counts ("5일 이상이면"), so it
# goes with the period ("7일 쉬면"); left in, it drew other sections' figures (docko57).
_IN_A_ROW = r"\s*(?:내리|연속(?:으로|해서)?|연달아|내내|연이어)(?![가-힣])"
_PERIOD_WORDS = re.compile(
    r"(?<![가-힣0-9])("
    + "|".join(sorted((re.escape(w) for w in _DAYS_IN_WORDS), key=len, reverse=True))
    + r")"
    + _BOUND
)


_PERIOD_IN_A_ROW = re.compile(
    r"(?<![가-힣0-9])("
    + "|".join(sorted((re.escape(w) for w in _DAYS_IN_WORDS), key=len, reverse=True))
    + r")"
    + _IN_A_ROW
)

# "a full year", "one whole month", "two complete years": a period of service, stressed.
_STRESSED_PERIOD = re.compile(
    r"\b(?P<det>a|an|one|two|three|\d+)\s+(?:full|whole|complete|entire)\s+"
    r"(?P<period>years?|months?)\b",
    re.IGNORECASE,
)


def _as_days(match: re.Match[str]) -> str:
    return f"{_DAYS_IN_WORDS[match.group(1)]}일"


def with_wording_plain(question: str) -> str:
    """``question`` with servings and worded periods made plain.

    Args:
        question: The question as the user typed it (or as a follow-up carried it).

    Returns:
        "and a wine with dinner?" for "and a glass of wine with dinner?", "can i get
        parking reimbursed" for "can i get parking money back", "7일 넘게
        아프면요?" for "일주일 넘게 아프면요?"; the question unchanged when it holds neither.
    """
    plain = _SERVING.sub("a ", question)
    plain = _COST_MONEY_BACK.sub(r"\g<get> \g<det>\g<cost> reimbursed", plain)
    plain = _COST_MONEY_ARRIVES.sub(r"\g<cost> \g<adv>get paid", plain)
    plain = _STRESSED_PERIOD.sub(r"\g<det> \g<period>", plain)  # "a full year": a year
    return _PERIOD_WORDS.sub(_as_days, _PERIOD_IN_A_ROW.sub(_as_days, plain))
