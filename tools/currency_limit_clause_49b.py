"""A duty-free limit said beside the amount bought: a bound, never an amount to convert.

Set 36: "해외직구 150달러까지 면세라 138달러어치만 담았는데 환율 1380원이면 원화로 얼마야" was
declined: two dollar amounts and one rate, so which amount to convert was not known. The
first is the limit up to which no duty is charged ("150달러까지 면세라"); the basket is the
138 dollars under it: 138 x 1,380 = 190,440원. Taken out, the request is a plain conversion.

Taken out only when exactly one other amount in the limit's currency is said and it lies
within the limit; an amount over it would owe duty this reading does not add, and the
request stays as it was (declined).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.followup_rerun import spliced
from tools.korean_numbers import normalize_numerals

__all__ = ["amount_bought_changed", "duty_free_limit", "without_duty_free_limit"]

_N = r"\d+(?:\.\d+)?"
_UNITS = r"달러|불|유로|엔|위안|파운드"
_LIMIT = re.compile(
    rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>{_UNITS})\s*(?P<how>까지(?:는|가)?|이하(?:는|면|까지)?|미만(?:은|이면)?)\s*"
    r"(?:면세|무관세|관세\s*(?:없|면제|안\s*붙)[가-힣]*|비과세)\s*"
    r"(?:라서|라|이라|이라서|인데|니까|이니까|이고|고|래서)?\s*,?\s*"
)


def _bought(s: str, unit: str) -> list[re.Match[str]]:
    """The amounts in ``unit`` that are no rate ("1유로 1450원", "1달러에 1,380원")."""
    return list(
        re.finditer(rf"(?<![\d.])(?P<n>{_N})\s*(?:{unit})(?!\s*(?:에|당|=)?\s*\d[\d,.]*\s*원)", s)
    )


def duty_free_limit(s: str) -> re.Match[str] | None:
    """The one duty-free limit clause of ``s`` ("150달러까지 면세라"), or ``None``."""
    limits = list(_LIMIT.finditer(s))
    return limits[0] if len(limits) == 1 else None


def amount_bought_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "149달러로 맞추면?" after a limit and a basket: the basket at 149, never the limit.

    Args:
        text: The follow-up, naming one amount in the limit's currency.
        steps: The previous turn's steps; one with a duty-free limit clause.
    """
    if len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    limit = duty_free_limit(step)
    if limit is None:
        return None
    said = _bought(normalize_numerals(text), limit["u"])
    rest = step[limit.end() :]
    bought = _bought(rest, limit["u"])
    if len(said) != 1 or len(bought) != 1:
        return None
    at = limit.end() + bought[0].start("n"), limit.end() + bought[0].end("n")
    changed = spliced(step, [(at, said[0]["n"])])
    return [changed], f"{bought[0]['n']}{limit['u']} → {said[0]['n']}{limit['u']}"


def without_duty_free_limit(s: str) -> str:
    """``s`` without its duty-free limit clause when the one amount bought is within it.

    Args:
        s: The request, numerals as digits.
    """
    limit = duty_free_limit(s)
    if limit is None:
        return s
    rest = s[: limit.start()] + s[limit.end() :]
    bought = _bought(rest, limit["u"])
    if len(bought) != 1:
        return s
    cap, amount = Decimal(limit["n"]), Decimal(bought[0]["n"])
    within = amount < cap if limit["how"].startswith("미만") else amount <= cap
    return rest if within else s
