"""The fee of a payment in parts dropped: "수수료 없으면 한번에 얼마씩이야".

After "자동차세 52만원을 4번 나눠 내면 수수료 1.5% 붙는대 한번에 얼마씩 내?" (read by
:mod:`tools.calculator_instalment_fee`), blind set 37's "수수료 없으면 한번에 얼마씩이야"
went to the cloud. The turn says the fee is nothing: the first turn is re-run with it at 0%,
the parts and what is asked kept (130,000원).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_instalment_fee import without_the_fee
from tools.currency_fee import with_fee_at_zero
from tools.currency_flat_fee import flat_fee_at_zero
from tools.korean_numbers import normalize_numerals

__all__ = ["instalment_fee_dropped"]

# The fee by any of its names, in English (opens62).
_FEE_EN = (
    r"(?:service\s+|exchange\s+|bank\s+|flat\s+|handling\s+|transaction\s+)?"
    r"(?:fee|charge|commission)"
)
_NO_FEE = re.compile(
    r"^\s*(?:그럼|그러면|아|근데)?\s*수수료\s*(?:가|는|를)?\s*"
    r"(?:없으면|없다면|없었으면|없었다면|안\s*붙으면|안\s*붙었으면|안\s*내면|면제(?:되면|해주면|면)?|빼면"
    r"|0\s*%\s*(?:이)?면"
    # The fee left out, said with a particle (probes58): "수수료 빼고는?", "수수료 없이는",
    # "수수료 제외하면", "수수료 뺀 금액은".
    r"|빼고(?:는|면|서는)?|없이(?:는|면|하면)?|제외하(?:면|고(?:는)?)|뺀\s*(?:금액|가격|값|거)?\s*(?:은|는)?"
    # A place that takes none: "수수료 안받는 앱으로 바꾸면", "수수료 없는 데서 하면" (set 49).
    r"|무료(?:면|라면|이면)|(?:안\s*받|안\s*붙|없|무료인|면제되|0원인)\s*는?\s*"
    r"(?:앱|어플|곳|데|은행|환전소|카드)\s*(?:으로|로|에서|서|이면|면)?\s*"
    r"(?:바꾸면|바꿨으면|하면|했으면|환전하면|쓰면|가면)?|안\s*받으면)"
    r"\s*(?:한\s*번에|매번|회당)?\s*(?:얼마\S*)?\s*(?:내\S*)?\s*[?？]*\s*$"
    # ("what if there was no fee", "and without the fee?": the same, in English.)
    # ("skip the charge", "drop the service fee", "and with no commission", opens62: the fee
    # by any of its names, left out by any verb of leaving it.)
    rf"|^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+if\s+there\s+(?:was|were|is)\s+no\s+{_FEE_EN}"
    r"|(?:what\s+about\s+|how\s+about\s+|what\s+if\s+(?:we|i)\s+|if\s+(?:we|i)\s+)?"
    r"(?:without\s+the|with\s+no|skip|skipped|drop|dropped|forget|waive|waived|ditch|no)\s+"
    rf"(?:the\s+)?{_FEE_EN})\s*(?:then|instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def instalment_fee_dropped(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The payment-in-parts step with its fee at 0%, or ``None``.

    Args:
        text: The follow-up ("수수료 없으면 한번에 얼마씩이야").
        steps: The previous turn's step texts.
    """
    if _NO_FEE.match(text) is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    # (A conversion with a percent fee too: "120달러 … 환율 1390원이고 수수료 1%붙는대 원화로
    # 얼마 빠져나가", then "수수료 없었으면 얼마였어", set 48, opens57k.)
    changed = without_the_fee(step) or with_fee_at_zero(step) or flat_fee_at_zero(step)
    if changed is None:
        return None
    return [changed], "수수료 → 0%"
