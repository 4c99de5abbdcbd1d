"""One figure of a trip's fuel cost said anew: "연비 16km짜리 차로 가면?", "gas just went up
to 3.90".

A fuel-cost question (:mod:`tools.calculator_fuel_cost`) holds three figures, two of them in
km (or miles), so the generic readers cannot tell which a lone "16km" replaces. A turn that
names the economy (연비, mpg), the fuel's price (휘발유, 기름값, gas, "a gallon") or a distance
alone replaces that figure of the previous question and prices the trip again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_fuel_cost import fuel_cost_expression, fuel_figures
from tools.korean_numbers import normalize_numerals

__all__ = ["fuel_figure_changed"]

_N = r"\d+(?:\.\d+)?"
_TAIL = r"[^\d]*$"
# Which figure the turn names, and the new value.
_SAID = (
    (
        "economy",
        re.compile(
            # (Not "리터당 1800원이면": a price per litre, read below; it replaced the 연비.)
            rf"^[^\d]*(?:연비|리터당|mpg|miles?\s+(?:per|a|to\s+the)\s+gallon)[^\d]*(?P<n>{_N})"
            rf"(?![\d.]|\s*원){_TAIL}|^[^\d]*(?P<m>{_N})\s*(?:mpg\b|miles?\s+(?:per|a|to\s+the)\s+gallon){_TAIL}",
            re.IGNORECASE,
        ),
    ),
    (
        "price",
        re.compile(
            rf"^[^\d]*(?:휘발유|경유|기름\s*값|유가|gas|fuel|petrol|diesel)[^\d]*(?P<n>{_N})"
            rf"\s*(?:원|dollars?)?\s*(?:(?:a|per)\s+gal(?:lon)?)?{_TAIL}",
            re.IGNORECASE,
        ),
    ),
    (
        "distance",
        re.compile(
            rf"^[^\d]*(?P<n>{_N})\s*(?:km|키로|킬로|miles?|mi)\b(?!\s*(?:짜리|per|a\s+gallon))"
            rf"(?:\s*(?:이면|면|가면|달리면|갈\s*거면))?{_TAIL}",
            re.IGNORECASE,
        ),
    ),
)
_GROUP = {"economy": ("a", "b"), "price": ("p",), "distance": ("d",)}


def fuel_figure_changed(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous fuel-cost question with the one figure the turn names replaced.

    Args:
        text: The follow-up ("연비 16km짜리 차로 가면?").
        previous_steps: The previous turn's steps; one fuel-cost question.
    """
    if len(previous_steps) != 1:
        return None
    found = fuel_figures(previous_steps[0])
    if found is None:
        return None
    step, roles = found
    said = normalize_numerals(text).replace(",", "")
    for role, pattern in _SAID:
        m = pattern.match(said)
        if m is None:
            continue
        new = m["n"] or m.groupdict().get("m")
        match = roles[role]
        group = next(g for g in _GROUP[role] if match[g] is not None)
        start, end = match.span(group)
        changed = f"{step[:start]}{new}{step[end:]}"
        if fuel_cost_expression(changed) is None:
            return None
        return [changed], f"{match[group]} → {new}"
    return None
