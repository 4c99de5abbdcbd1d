"""English follow-ups that change the previous request without a unit or a reference word.

Found by the twenty-second unseen set (each went to a model, which gave a wrong bare
figure or declined):

- "hmm, try 24 instead" after "the fare is 60, what's a 15% tip": a bare figure with
  "instead" replaces the one figure of the previous *question clause* ("what's a 15%
  tip" → 15%; "what's 40 litres" → 40), keeping its unit. That clause is what the user
  asked about, so it is the figure they vary (unless the new figure is nearer in size to
  another figure of the request: "1.95 instead" of 42 litres at 1.89 is the price); a
  question clause with no figure or two
  ("how much each", "what's the 8% tax on 349.99") gives no reading;
- "double the order", "triple the batch": the previous result times that factor;
- "and the 1 kg tin for 16.80?" after "a 500 g tin of coffee is 9.00, what's that per
  100 g": the same package question with the new size and price (grams and kilograms,
  millilitres and litres).

Each rule rewrites the previous step and the caller re-runs it through the deterministic
handlers; nothing is answered when the rewritten step does not run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["asked_figure_instead", "order_scaled", "package_swapped"]

_N = r"\d[\d,]*(?:\.\d+)?"
_INTERJECTION = r"(?:(?:eh|hmm+|ok(?:ay)?|well|actually|nah|no|oh|um+|ah)\s*[,.]?\s*)*"
_INSTEAD = LazyPattern(
    rf"^\s*{_INTERJECTION}(?:(?:let'?s|we'?ll|i'?ll|can\s+we|could\s+we|can\s+i)\s+)?"
    r"(?:(?:go(?:\s+with)?|fill(?:\s+it)?(?:\s+up)?(?:\s+with)?|do|try|make\s+it|use|get|buy"
    r"|put\s+in|pump|say)\s+)?"
    rf"(?P<n>{_N})\s+(?:instead|rather)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The question clause of a request: "…, what's an 18% tip", "…, how much for 40 litres".
_QUESTION_CLAUSE = LazyPattern(
    r"(?:^|[,;.]\s*|\s)(?:so\s+)?(?:what(?:'s|\s+is|s|\s+are|\s+would|\s+do|\s+does)"
    r"|how\s+much(?:\s+is|\s+are|\s+for|\s+would)?)\b(?P<clause>[^,;?]*)[?.!]*\s*$",
    re.IGNORECASE,
)
_CLAUSE_FIGURE = LazyPattern(rf"(?<![\d.])(?P<n>{_N})(?P<pct>\s*%)?")
_PERCENT_MOST = 100


def _value(figure: str) -> float:
    return float(figure.replace(",", ""))


def _apart(a: float, b: float) -> float:
    """How many times apart two figures are (1: equal); zero is apart from everything."""
    return max(a, b) / min(a, b) if min(a, b) > 0 else float("inf")


def asked_figure_instead(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "go 22 instead" after "…, what's an 18% tip": the asked clause's one figure replaced."""
    turn = _INSTEAD.match(text)
    if turn is None or not previous_steps:
        return None
    step = previous_steps[-1]
    asked = _QUESTION_CLAUSE.search(step)
    if asked is None:
        return None
    figures = list(_CLAUSE_FIGURE.finditer(asked["clause"]))
    if len(figures) != 1:
        return None  # no figure or two: which one the turn changes is not said
    figure = figures[0]
    new = turn["n"]
    if figure["pct"] and _value(new) > _PERCENT_MOST:
        return None  # "go 120 instead" of a tip rate is no rate
    at = asked.start("clause") + figure.start("n")
    others = [_value(m["n"]) for m in _CLAUSE_FIGURE.finditer(step) if m.start("n") != at]
    if any(
        _apart(_value(new), other) <= _apart(_value(new), _value(figure["n"])) for other in others
    ):
        # "1.95 instead" after "1.89 a liter, what's 42 liters" is likelier the price.
        return None
    changed = f"{step[:at]}{new}{step[at + len(figure['n']) :]}"
    return [*previous_steps[:-1], changed], f"{figure['n']} → {new}"


_FACTORS = {"double": "2", "triple": "3", "quadruple": "4"}
_SCALED = LazyPattern(
    r"^\s*(?:(?:ok(?:ay)?|so|and|then|let'?s|lets|just|actually)\s*,?\s*)*"
    r"(?P<v>double|triple|quadruple|halve)\s+(?:the|our|my|this|that)\s+(?:whole\s+)?"
    r"(?:order|amount|quantity|batch|lot|recipe|purchase|number)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def order_scaled(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "triple the order": the previous result times three (halve: over two)."""
    found = _SCALED.match(text)
    if found is None or not previous_steps:
        return None
    verb = found["v"].lower()
    step = "그걸 2로 나누면" if verb == "halve" else f"그걸 {_FACTORS[verb]}배 하면"
    return [*previous_steps, step], f"applied {verb} ({step})"


_PACK_UNIT = r"(?:g|grams?|kg|kilos?|kilograms?|ml|l|liters?|litres?)"
_DIMENSION = {
    **dict.fromkeys(("g", "gram", "grams", "kg", "kilo", "kilos", "kilogram"), "mass"),
    **dict.fromkeys(("ml", "l", "liter", "liters", "litre", "litres"), "volume"),
}
_NEW_PACKAGE = LazyPattern(
    r"^\s*(?:and|so|what\s+about|how\s+about|and\s+what\s+about)?\s*(?:the|a|an)\s+"
    rf"(?P<b>{_N})\s*(?P<u>{_PACK_UNIT})\s+(?P<noun>[a-z]+)\s+(?:for|at|costing|that's)\s+"
    rf"\$?\s*(?P<p>{_N})\s*(?:dollars?|bucks)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_STEP_FIGURE = LazyPattern(rf"(?<![\d.])(?P<n>{_N})(?P<unit>\s*[a-z]+)?", re.IGNORECASE)


def _dimension(unit: str) -> str | None:
    word = unit.strip().lower()
    return _DIMENSION.get(word) or _DIMENSION.get(word.removesuffix("s"))


def package_swapped(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and the 1 kg tin for 16.80?": the package question again with that size and price."""
    turn = _NEW_PACKAGE.match(text)
    if turn is None or not previous_steps or _dimension(turn["u"]) is None:
        return None
    step = previous_steps[-1]
    noun = turn["noun"].lower().removesuffix("s")
    package = re.search(
        rf"(?<![\d.])(?P<b>{_N})\s*(?P<u>{_PACK_UNIT})\s+(?:of\s+)?{re.escape(noun)}s?\b",
        step,
        re.IGNORECASE,
    )
    if package is None or _dimension(package["u"]) != _dimension(turn["u"]):
        return None
    # The price: the one figure of the step with no unit of measure after it.
    prices = [
        m
        for m in _STEP_FIGURE.finditer(step)
        if m.start() != package.start() and not (m["unit"] and _dimension(m["unit"]))
    ]
    if len(prices) != 1:
        return None
    price = prices[0]
    if price.start() < package.end():
        return None  # the price stated before the package: no shape this rule knows
    new_package = f"{turn['b']} {turn['u']} {step[package.end('u') : package.end()].strip()}"
    changed = (
        f"{step[: package.start()]}{new_package}"
        f"{step[package.end() : price.start()]}{turn['p']}{step[price.end('n') :]}"
    )
    how = f"{package['b']} {package['u']} at {price['n']} → {turn['b']} {turn['u']} at {turn['p']}"
    return [*previous_steps[:-1], changed], how
