"""Follow-ups of sets 55/56 (opens65): the change said, then how much more or less it makes;
an amount in cups at one cup's weight (``amount_at_unit_weight``); a count of the bigger or
smaller of two sizes compared (``bigger_one_counted``).

"금리 5.4%로 오르면 한달에 얼마 더 내는거야" after "전세대출 2천만원 연 4.8%면 한달 이자 얼마 나가"
asks the difference the change makes (10,000원), not the new figure (90,000원). The turn is
the condition ("금리 5.4%로 오르면") and an ask of the difference ("얼마 더 내는거야", "how
much more do i pay", "차이는 얼마"): the condition is read as a follow-up by the other rules,
and the answer is its figure less the previous turn's, in the same unit. A word of direction
must agree with the figures: "더"/"more"/"extra" only when the new figure is larger, "덜"/
"less" only when it is smaller; "차이" either way. A period said with the ask ("한달에",
"a month") must be one the previous turn said, since the condition is read without it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.lazy_regex import LazyPattern
from tools.followup_rerun import Changed, kept_if_read

__all__ = [
    "CHANGES_65O",
    "DifferenceAsked",
    "amount_at_unit_weight",
    "bigger_one_counted",
    "difference_asked",
    "period_said_before",
    "periods_kept",
    "plain_figure",
]

#: Each off only in its rule's switch-off test.
USE_DIFFERENCE_ASKED = True
USE_AMOUNT_AT_UNIT_WEIGHT = True
USE_BIGGER_ONE_COUNTED = True

# A period said with the ask: "한달에", "1년에", "매달", "a month", "per year".
_PERIOD_KO = (
    r"(?:한\s*달|1\s*달|매\s*달|매월|월|1\s*년|일\s*년|한\s*해|매년|하루|1\s*일|일주일|1\s*주일?)"
)
_PERIOD_EN = r"(?:a|per|each|every)\s+(?:month|year|week|day|night)"
_DIFF_KO = LazyPattern(
    rf"\s*,?\s*(?P<period>{_PERIOD_KO}\s*(?:에|마다|동안|당|에는)?\s*)?"
    r"(?:얼마(?:나)?\s*(?P<dir>더|덜)\s*(?:내|나가|들|드|비싸|싸|받|붙|늘|줄|빠지|써|쓰|물)[가-힣]*"
    r"|(?P<dir2>더|덜)\s*(?:내는|나가는|드는|받는|쓰는|무는)\s*(?:돈|금액|거)\s*(?:은|는|이|가)?\s*"
    r"얼마[가-힣]*"
    r"|(?:차이|차액)\s*(?:는|가|이)?\s*(?:얼마|몇)[가-힣]*)"
    r"\s*[?？.!~]*\s*$"
)
_DIFF_EN = LazyPattern(
    r"\s*,?\s*(?:then\s+|so\s+)?how\s+much\s+(?P<dir>more|less|extra)\s+"
    r"(?:is\s+that|is\s+it|would\s+(?:i|we)\s+(?:pay|owe|spend)|do\s+(?:i|we)\s+(?:pay|owe|spend)"
    r"|will\s+(?:i|we)\s+(?:pay|owe|spend)|does\s+it\s+cost|would\s+it\s+cost|will\s+it\s+cost"
    r"|would\s+that\s+(?:be|cost))"
    rf"(?P<period>\s+{_PERIOD_EN})?(?:\s+then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A condition the turn starts with: "금리 5.4%로 오르면", "if the rate goes to 6%".
_CONDITION = LazyPattern(
    r"(?:면|으면|라면|이면|다면)\s*$|^\s*(?:and\s+|so\s+|but\s+)?(?:if|what\s+if|with|for|at"
    r"|make\s+it|how\s+about|what\s+about)\b"
    # A bare count and its noun: "5 nights, how much more would we pay".
    r"|^\s*(?:and\s+|so\s+)?\d+(?:\.\d+)?\s+[a-z]+\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DifferenceAsked:
    """A turn read as a condition and an ask of the difference it makes.

    Attributes:
        condition: The turn without its ask ("금리 5.4%로 오르면").
        direction: 1 for more, -1 for less, 0 when either ("차이").
        period: The period said with the ask ("한달에"), or "".
    """

    condition: str
    direction: int
    period: str


def difference_asked(text: str) -> DifferenceAsked | None:
    """The condition and the difference asked of it, or ``None``."""
    if not USE_DIFFERENCE_ASKED:
        return None
    said = _DIFF_KO.search(text) or _DIFF_EN.search(text)
    if said is None:
        return None
    condition = text[: said.start()].strip(" ,")
    if _CONDITION.search(condition) is None:
        return None  # "얼마 더 내야돼" alone, "1년이면 원래보다 총 얼마 더": other rules' forms
    word = (said["dir"] or (said.groupdict().get("dir2") or "")).lower()
    direction = 1 if word in ("더", "more", "extra") else -1 if word in ("덜", "less") else 0
    return DifferenceAsked(condition, direction, (said["period"] or "").strip())


_PERIODS = (
    (
        r"한\s*달|1\s*달|매\s*달|매월|월|\bmonth",
        r"한\s*달|1\s*달|매\s*달|매월|월|\bmonth|\bmonthly",
    ),
    (
        r"1\s*년|일\s*년|한\s*해|매년|\byear",
        r"1\s*년|일\s*년|한\s*해|매년|연간|\byear|\byearly|\bannual",
    ),
    (r"하루|1\s*일|\bday|\bnight", r"하루|1\s*일|\bday|\bdaily|\bnight"),
    (r"일주일|1\s*주|\bweek", r"일주일|1\s*주|\bweek|\bweekly"),
)


def plain_figure(value: float) -> str:
    """``value`` in plain digits, never in an exponent ("20000000", "4.47")."""
    return f"{value:.10f}".rstrip("0").rstrip(".")


# A period a condition may say: "1년이면", "한달에", "for a year", "per week".
_PERIOD_WORD = LazyPattern(
    r"(?:한|1|두|2|세|3|\d+)\s*(?:달|개월|년|해|주|주일)|하루|매달|매월|매년|일주일|\bmonths?\b|\byears?\b|\bweeks?\b",
    re.IGNORECASE,
)


def periods_kept(condition: str, earlier: str) -> bool:
    """Whether every period the condition says is one the earlier question said too (a
    condition that changes the period changes what the figure is of)."""
    return all(
        re.search(re.escape(p.group()), earlier, re.IGNORECASE) is not None
        for p in _PERIOD_WORD.finditer(condition)
    )


def period_said_before(period: str, earlier: str) -> bool:
    """Whether the period said with the ask is one the earlier question said."""
    if not period:
        return True
    for said, before in _PERIODS:
        if re.search(said, period, re.IGNORECASE):
            return re.search(before, earlier, re.IGNORECASE) is not None
    return False


# --- An amount in another unit at a weight told ---------------------------------------------
# After "… how much flour for 30 cookies" (5 cups): "how many grams is that if a cup of flour
# is 125 g", "그거 그램으로 하면? 한컵에 125g": the answer times the weight of one unit.
_PER_UNIT_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:how\s+(?:many|much)\s+(?P<to>grams?|g|kilos?|kg|ml|millilit(?:er|re)s?"
    r"|ounces?|oz)\s+(?:is\s+(?:that|it)|would\s+that\s+be)|(?:and\s+)?(?:that\s+|it\s+)?in\s+"
    r"(?P<to2>grams?|ml|millilit(?:er|re)s?|ounces?)(?:\s+then)?)\s*,?\s*(?:if|when|given|with|at)\s+"
    r"(?:a|one|1|each)\s+(?P<unit>cups?|tbsp|tablespoons?|tsp|teaspoons?|scoops?|spoons?)"
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:is|weighs|=|being|holds)\s+(?:about\s+)?(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<to3>grams?|g|kilos?|kg|ml|millilit(?:er|re)s?|ounces?|oz)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_PER_UNIT_KO = LazyPattern(
    r"^\s*(?:그럼\s*|그거\s*|그건\s*)*(?:몇\s*(?P<to>그램|g|ml|밀리)|(?P<to2>그램|g|ml)\s*(?:으로|로)\s*(?:하면|치면|바꾸면)?)"
    r"[가-힣\s]*?[?？,.]?\s*(?:(?:한|1)\s*(?P<unit>컵|스푼|큰술|작은술|숟가락)\s*(?:에|이|은|당|이면)?\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<to3>그램|g|ml)\s*(?:이면|면|이래|래|이야|야|기준)?)\s*[?？.!]*\s*$"
)
_SAME_UNITS = {
    "cup": ("cup", "컵"),
    "tbsp": ("tbsp", "tablespoon", "큰술", "스푼", "숟가락"),
    "tsp": ("tsp", "teaspoon", "작은술"),
    "scoop": ("scoop",),
    "spoon": ("spoon", "스푼", "숟가락"),
}
_TO = {"gram": "g", "grams": "g", "g": "g", "그램": "g", "ml": "ml", "밀리": "ml"}


def _unit_key(word: str) -> str:
    word = word.lower().rstrip("s") if word.isascii() else word
    for key, names in _SAME_UNITS.items():
        if any(word.startswith(n) for n in names):
            return key
    return word


def amount_at_unit_weight(text: str, steps: Sequence[str]) -> Changed | None:
    """The previous amount in cups (spoons) times the weight of one, or ``None``."""
    from tools.followup_chain import run_chain  # the chain runs the handlers (a cycle)

    said = _PER_UNIT_EN.match(text) or _PER_UNIT_KO.match(text)
    if not USE_AMOUNT_AT_UNIT_WEIGHT or said is None or not steps:
        return None
    asked = (said["to"] or said["to2"] or "").lower()
    told = said["to3"].lower()
    if _TO.get(asked, asked[:1]) != _TO.get(told, told[:1]):
        return None  # "how many grams" told in ml: another measure
    before = run_chain(list(steps))
    if before is None or not isinstance(before.value, float) or not before.unit:
        return None
    if _unit_key(before.unit) != _unit_key(said["unit"]):
        return None  # the weight of a unit the answer is not in
    # The unit as the turn asked it ("grams"), so no later check finds it dropped.
    unit = asked if len(asked) > len(told) else told
    return kept_if_read(
        f"{before.value:g} * {said['n']} {unit}", f"{before.unit} × {said['n']}{told}"
    )


# --- A count of the bigger (smaller) of two sizes compared ----------------------------------
# After "시리얼 500g 6,900원짜리랑 1.2kg 15,400원짜리 있는데 100g당 어느게 더 싸?": "큰거 두개 사면
# 얼마야", "what if i buy 3 of the small ones": that size's price times the count. Which one
# is named by its size alone (큰/작은, bigger/smaller); "싼거" may be the cheaper price or the
# cheaper per 100g, so it is not read.
_PICK_KO = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?P<which>큰|작은|용량\s*큰|용량\s*작은)\s*(?:거|것|걸|쪽|게|놈|걸로)\s*(?:으로|로)?\s*"
    r"(?P<n>\d+)\s*(?:개|봉지|통|박스|팩|봉)\s*(?:를|을)?\s*(?:사면|살\s*때|사려면|담으면|주문하면|시키면)\s*"
    r"(?:총\s*|전부\s*)?(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.!]*\s*$"
)
_PICK_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+if\s+|if\s+)?(?:i|we)\s+(?:buy|get|take)\s+(?P<n>\d+)\s+"
    r"(?:of\s+)?the\s+(?P<which>big|bigger|large|larger|small|smaller)(?:\s+(?:ones?|packs?|bags?|boxes|box))?"
    r"\s*,?\s*(?:how\s+much(?:\s+is\s+that)?|what'?s\s+(?:that|the\s+total)|total)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SIZE_PRICE = re.compile(
    r"(?<![\d.])(?P<s>\d+(?:\.\d+)?)\s*(?P<u>kg|g|ml|l|리터|키로|그램)\s*(?:에\s*|for\s+|at\s+|짜리\s*)?\$?"
    r"(?P<p>\d+(?:\.\d+)?)\s*(?P<won>원)?\s*(?:짜리)?",
    re.IGNORECASE,
)
_TO_BASE = {"kg": 1000, "키로": 1000, "l": 1000, "리터": 1000, "g": 1, "그램": 1, "ml": 1}
_COMPARED = re.compile(r"어느|뭐가|which|cheaper|싸|better\s+deal", re.IGNORECASE)


def bigger_one_counted(text: str, steps: Sequence[str]) -> Changed | None:
    """That size's price times the count, after two sizes compared, or ``None``."""
    from tools.korean_numbers import normalize_numerals

    said = _PICK_KO.match(normalize_numerals(text)) or _PICK_EN.match(text)
    if not USE_BIGGER_ONE_COUNTED or said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0]).replace(",", "")
    if _COMPARED.search(step) is None:
        return None  # no comparison asked: which "big one" is not the step's
    sizes = list(_SIZE_PRICE.finditer(step))
    if len(sizes) != 2 or int(said["n"]) < 1:
        return None
    weights = [float(m["s"]) * _TO_BASE[m["u"].lower()] for m in sizes]
    bases = {("g" if m["u"].lower() in ("kg", "g", "키로", "그램") else "l") for m in sizes}
    if len(bases) != 1 or weights[0] == weights[1]:
        return None  # a weight against a volume, or the same size: no bigger one
    big = said["which"].replace(" ", "").endswith("큰") or said["which"].lower().startswith(
        ("big", "large")
    )
    pick = sizes[weights.index(max(weights) if big else min(weights))]
    unit = "원" if pick["won"] else ""
    return kept_if_read(f"{pick['p']} * {said['n']}{unit}", f"{said['n']} x {pick['s']}{pick['u']}")


CHANGES_65O = (
    # "how many grams is that if a cup of flour is 125 g" after "… how much flour" (set 56).
    amount_at_unit_weight,
    # "큰거 두개 사면 얼마야" after two sizes compared per 100g (set 56).
    bigger_one_counted,
)
