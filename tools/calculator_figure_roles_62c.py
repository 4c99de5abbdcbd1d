"""Which figure is before a change and which after it, read by role (calc wrongs 62).

Probing main 253b9ce1 found readings that took a figure for the wrong side of a change:

- VAT (Korean, 10% by law): "부가세 빼고 10만원이면 부가세 포함하면" was 100000 / 1.1: the
  figure is said without VAT (its own clause: "부가세 빼고", "공급가", "부가세 별도") and the
  question asks it with VAT, so 100000 * 1.1. Which side of VAT the figure is on is said in
  the figure's clause (up to its closing "이면", "인데"); what is asked comes after it
  (:func:`vat_reading`).
- A cut said before the figure: "세금 3.3% 떼고 290만원 받았으면 세전은" was 2900000 * (1 -
  3.3 / 100), "할인 20% 받아서 8만원이면 정가는" 80000 * 20 / 100: the figure is what is left
  after the cut, so the price before it is the figure over (1 - rate). With VAT named ("부가세
  10% 빼면 10만원이면 원래 금액은") VAT-exclusive 10만원 (110,000) and 10% taken off (111,111)
  are both readings: declined (:func:`cut_before_figure`).
- One thing's price before and after a change: "4만원 하던게 5만2천원 됐으면" was their sum,
  92,000원, for a question that asks nothing (nor "3만원에서 4만원으로 올랐으면"): two prices
  of one thing are never added unless a sum is asked (:func:`refuse_before_after_summed`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator_percent_words_ko import percent_words_as_signs
from tools.korean_numbers import normalize_numerals

__all__ = [
    "USE_BEFORE_AFTER",
    "USE_CUT_BEFORE",
    "USE_VAT_SIDES",
    "CutRead",
    "cut_before_figure",
    "figure_roles_expression",
    "refuse_before_after_summed",
    "vat_reading",
]

#: Switches (off only in the tests that show what each rule changes).
USE_VAT_SIDES = True
USE_CUT_BEFORE = True
USE_BEFORE_AFTER = True

_AMOUNT = r"(?P<amount>\d[\d,]*(?:\.\d+)?)"
# The close of the figure's own clause: a condition or a given ("이면", "인데", "냈으면").
_CLAUSE_CLOSE = (
    r"(?:이면|이라면|이고|인데|이라는데|이래|이야|면|짜리면"
    r"|(?:을|를)?\s*(?:받았|받는|냈|내|나왔|나오|남았|남|됐|되었|했|줬|주)(?:으면|는데|다면|고)"
    r"|이었으면|였으면|이었는데|였는데)"
)

# --- VAT ------------------------------------------------------------------------------

_VAT = r"(?:부가세|부가가치세|VAT|vat)"
# Said of the figure: without VAT ("부가세 빼고", "공급가", "부가세 별도") or with it.
_FIGURE_WITHOUT = LazyPattern(
    rf"{_VAT}\s*(?:를|을|는|은)?\s*(?:빼고|뺀|빼면|제외(?:하고|한|하면|해서)?|별도(?:로)?|없이|미포함"
    rf"|포함\s*안\s*(?:된|하고|해서)|안\s*붙(?:은|고|이고))|공급가(?:액)?|세전(?:\s*가격|\s*금액)?"
)
_FIGURE_WITH = LazyPattern(
    rf"{_VAT}\s*(?:를|을)?\s*(?:포함(?:해서|하고|한|된|되어|돼서)?|까지\s*(?:해서|포함)?|붙어서|붙은|붙고)"
)
# Asked after the figure's clause: with VAT, without it, or the VAT alone.
_ASKS_WITH = LazyPattern(
    rf"{_VAT}\s*(?:를|을)?\s*(?:포함|붙이|붙으|붙여|더하|더해|까지|얹)|(?:포함|합친|합하면)\s*(?:금액|가격|하면)"
)
_ASKS_WITHOUT = LazyPattern(rf"공급가|{_VAT}\s*(?:를|을)?\s*(?:빼|뺀|제외|없이|떼)|세전")
_ASKS_VAT_ALONE = LazyPattern(
    rf"{_VAT}\s*(?:는|은|만|가|이)\s*(?:얼마|몇|[?？]|$)|{_VAT}\s*(?:금액|액수)"
)
# The figure's clause: the words before it and after it up to its close ("견적 220만원
# 부가세별도래", "220만원이 부가세포함 금액이면"); what is asked comes after the close.
_FIGURE_CLAUSE = LazyPattern(
    rf"^(?P<before>.*?){_AMOUNT}(?P<tail>\s*(?:원|만\s*원)?[^\d]*?)"
    rf"(?P<close>{_CLAUSE_CLOSE}|래(?=\s)|이래(?=\s))"
)

VatSide = Literal["with", "without"]


@dataclass(frozen=True)
class VatRead:
    """The figure's side of VAT, and what is asked of it."""

    amount: str
    side: VatSide
    asked: Literal["with", "without", "vat"]

    def expression(self) -> str | None:
        """The amount asked, at the 10% Korean VAT; None when nothing changes side."""
        if self.side == "without":
            return {"with": f"{self.amount} * 1.1", "vat": f"{self.amount} * 0.1"}.get(self.asked)
        # (The VAT alone of an amount that holds it is another reader's: read here it gave
        # a bare "5,000원" where unseen52's case asks for the words around it.)
        return {"without": f"{self.amount} / 1.1"}.get(self.asked)


def vat_reading(text: str) -> VatRead | None:
    """The figure's side of VAT (said in its own clause) and the side asked after it.

    None when ``text`` names no VAT on both sides of one figure, or either side is not
    said once: "부가세 빼고 10만원이면 부가세 포함하면" is ("without", "with").
    """
    if not USE_VAT_SIDES:
        return None
    plain = normalize_numerals(text)
    clause = _FIGURE_CLAUSE.search(plain)
    if clause is None or len(re.findall(r"\d[\d,]*(?:\.\d+)?", plain)) != 1:
        return None
    side_words = clause["before"] + clause["tail"]
    asked_words = plain[clause.end() :]
    without = _FIGURE_WITHOUT.search(side_words) is not None
    with_ = _FIGURE_WITH.search(side_words) is not None
    if without == with_:
        return None  # neither said of the figure, or both: which side it is on is unsaid
    asked: list[Literal["with", "without", "vat"]] = []
    if _ASKS_WITH.search(asked_words):
        asked.append("with")
    if _ASKS_WITHOUT.search(asked_words):
        asked.append("without")
    if _ASKS_VAT_ALONE.search(asked_words):
        asked.append("vat")
    if len(asked) != 1:
        return None
    return VatRead(clause["amount"].replace(",", ""), "without" if without else "with", asked[0])


# --- A cut said before the figure -------------------------------------------------------

_RATE = r"(?P<rate>\d+(?:\.\d+)?)\s*%"
_CUT_VERB = r"(?:할인|깎|떼|뗀|빼|뺀|공제|세일|차감)"
# "10% 빼면 10만원이면", "할인 20% 받아서 8만원이면", "세금 3.3% 떼고 290만원 받았으면".
_CUT_THEN_FIGURE = LazyPattern(
    rf"(?:(?P<named>[가-힣A-Za-z]+)\s+)?(?:{_CUT_VERB}[가-힣]*\s*)?{_RATE}\s*(?:를|을)?\s*"
    rf"(?:{_CUT_VERB}[가-힣]*|받아서|받고|받으면|적용(?:해서|하고|하면)?|되어서|돼서)\s+"
    # (A word naming the figure as the price before the cut, "정가 6만원이면", is no cut
    # said before it: wrongs53x.)
    # (Two words may stand between, "떼고 받은 게 96,700원이면": coordinator, 62.)
    rf"(?:(?!정가|원가|원래|본래)(?:[가-힣]+)\s+){{0,2}}{_AMOUNT}\s*원?\s*{_CLAUSE_CLOSE}"
    # "after 20% off it's 80", "after 10% tax withheld i got 900": what is left is the figure.
    rf"|\bafter\s+(?:an?\s+|the\s+)?(?P<rate_en>\d+(?:\.\d+)?)\s*%\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:off|discount|withheld|deducted|taken\s+(?:off|out))\b[^\d]*?\$?"
    rf"(?P<amount_en>\d[\d,]*(?:\.\d+)?)(?![\d%])",
    re.IGNORECASE,
)
# The price before the cut asked: "원래 금액은", "정가는", "세전은", "할인 전 가격".
_ASKS_BEFORE_CUT = LazyPattern(
    r"원래|원가|정가|세전|(?:할인|세일|공제|떼기|빼기)\s*전|처음\s*(?:가격|금액|값)"
    r"|\boriginal(?:ly)?\b|\bbefore\b|\blist\s+price\b|\bsticker\s+price\b|\bregular\s+price\b"
    r"|\bfull\s+price\b|\bgross\b",
    re.IGNORECASE,
)
# What the cut took off asked: "얼마 아낀거야", "할인 금액은", "how much did i save".
_ASKS_CUT_AMOUNT = LazyPattern(
    r"아끼|아낀|아꼈|절약|할인\s*(?:금액|액)|얼마\s*(?:나\s*)?(?:할인|깎)|\bsav(?:e|ed|ing|ings)\b",
    re.IGNORECASE,
)
# Something else asked beside: "세전 세후 차이는 몇 퍼센트", "what percent".
_ASKS_OTHER = LazyPattern(r"차이|퍼센트|몇\s*%|비율|\bdifference\b|\bpercent(?:age)?\b", re.I)
_VAT_NAMED = LazyPattern(_VAT)


@dataclass(frozen=True)
class CutRead:
    """A figure said after a cut: the price before it asked (an expression) or not."""

    expression: str | None


def cut_before_figure(text: str) -> CutRead | None:
    """A percent cut said before the figure, so the figure is what is left after it.

    Returns None when ``text`` says no such cut; ``CutRead(expression)`` with the price
    before the cut (or what the cut took off) when that is asked and sure; ``CutRead(None)``
    (decline) otherwise: any other reading would take the cut off the figure again, and
    with VAT named the figure may be VAT-exclusive instead ("부가세 10% 빼면 10만원이면 원래
    금액은").
    """
    if not USE_CUT_BEFORE:
        return None
    plain = percent_words_as_signs(normalize_numerals(text))
    said = _CUT_THEN_FIGURE.search(plain)
    if said is None or len(re.findall(r"\d[\d,]*(?:\.\d+)?", plain)) != 2:
        return None
    amount = (said["amount"] or said["amount_en"]).replace(",", "")
    rate = said["rate"] or said["rate_en"]
    before = f"{amount} / (1 - {rate} / 100)"
    asked = plain[said.end() :]
    original = _ASKS_BEFORE_CUT.search(asked) is not None
    cut_amount = _ASKS_CUT_AMOUNT.search(asked) is not None
    if _VAT_NAMED.search(plain) or original == cut_amount or _ASKS_OTHER.search(asked):
        return CutRead(None)
    return CutRead(before if original else f"{before} * {rate} / 100")


# --- One thing's price before and after ---------------------------------------------------

_FIG = r"\d[\d,]*(?:\.\d+)?"
# "4만원 하던게 5만2천원 됐으면", "3만원에서 4만원으로 올랐으면", "전에 2만원이던 게 지금
# 2만5천원이면", "was 40 now 52", "went from 40 to 52".
_BEFORE_AFTER = LazyPattern(
    rf"(?P<a>{_FIG})\s*원?\s*(?:하던|이던|였던|이었던)\s*(?:게|것이|거|건|것|가)?\s+"
    rf"(?:[가-힣]+\s+)?(?P<b>{_FIG})"
    # ("5만원짜리가 4만원 됐으면" with its change verb: "16000원짜리 7인분" prices a count.)
    rf"|(?P<k>{_FIG})\s*원?\s*짜리\s*(?:가|이|는)?\s+(?:[가-힣]+\s+)?(?P<l>{_FIG})\s*원?\s*"
    rf"(?:으로|로)?\s*(?:됐|되었|되면|올랐|올라|내렸|내려|떨어|바뀌|바뀐)"
    rf"|(?P<c>{_FIG})\s*원?\s*에서\s+(?P<d>{_FIG})\s*원?\s*(?:으로|로)?\s*"
    rf"(?:됐|되었|되면|올랐|올라|오르|내렸|내려|내리|떨어|바뀌|바뀐|변했|인상|인하)"
    rf"|(?P<e>{_FIG})\s*원?\s*(?:이었는데|였는데|이었던\s*게|였던\s*게)\s+(?:[가-힣]+\s+)?(?P<f>{_FIG})"
    rf"\s*원?\s*(?:으로|로)?\s*(?:됐|되었|이래|이네|이면|올랐|내렸)"
    rf"|\bwas\s+\$?(?P<g>{_FIG})\s*,?\s*(?:and\s+)?(?:(?:it'?s|its|is)\s+)?now\s+\$?(?P<h>{_FIG})"
    rf"|\bfrom\s+\$?(?P<i>{_FIG})\s+to\s+\$?(?P<j>{_FIG})",
    re.IGNORECASE,
)
# A sum asked in so many words: "합치면", "더하면", "together".
_SUM_ASKED = LazyPattern(
    r"합치|합하|합계|더하|더해|둘\s*다|\btogether\b|\bcombined\b|\bin\s+total\b|\bboth\b", re.I
)


def _before_after_summed(text: str, expression: str) -> bool:
    """Whether ``expression`` adds one thing's price before and after a change."""
    plain = percent_words_as_signs(normalize_numerals(text))
    said = _BEFORE_AFTER.search(plain)
    if said is None or _SUM_ASKED.search(plain):
        return False
    first, second = (g.replace(",", "") for g in said.groups() if g is not None)
    flat = expression.replace("(", "").replace(")", "").replace(" ", "")
    return f"{first}+{second}" in flat or f"{second}+{first}" in flat


def figure_roles_expression(text: str) -> str | None:
    """The expression of ``text`` read by its figure's role, or None when no role rule
    fits; raises ``ToolInputError`` when the roles are said and the asked figure is not
    sure (a cut said before the figure with VAT named, or nothing before it asked)."""
    cut = cut_before_figure(text)
    if cut is not None:
        if cut.expression is None:
            raise ToolInputError(f"{text!r}: the figure is what is left after the cut")
        return cut.expression
    vat = vat_reading(text)
    if vat is not None:
        return vat.expression()  # (None: no side changes; the other readers read it)
    return None


def refuse_before_after_summed(text: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` adds one thing's old and new prices."""
    if USE_BEFORE_AFTER and _before_after_summed(text, expression):
        raise ToolInputError(f"{text!r}: a price before and after a change is never summed")
