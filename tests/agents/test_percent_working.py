"""A share a reply states with its working is recomputed ("8% of $1,663.20, which is …").

Set 21's first run: asked "how much of that is just the tax" after a laptop with 8% tax,
the local model wrote "The tax is 8% of $1,663.20, which is $1,224.88." under the
general-knowledge banner. Our own examples here.
"""

from __future__ import annotations

import pytest

from agents.output_guard import check_output
from agents.percent_working import wrong_share


@pytest.mark.parametrize(
    "reply",
    [
        "The tip is 18% of $84.50, which is $40.21.",
        "15 percent of 126 dollars is 20 dollars.",
        "수수료는 250,000원의 3%인 25,000원입니다.",
    ],
)
def test_a_share_that_does_not_hold_fails_the_guard(reply: str) -> None:
    assert wrong_share(reply) is not None
    failure = check_output(reply, question="and how much is that part alone?")
    assert failure is not None and failure.kind == "wrong_arithmetic", failure


@pytest.mark.parametrize(
    "reply",
    [
        "The tip is 18% of $84.50, which is $15.21.",
        "15 percent of 126 dollars is 18.90 dollars.",
        "수수료는 250,000원의 3%인 7,500원입니다.",
        # Rounded, or said roughly.
        "8% of $1,663.20 is about $133.",
        # Not a share with its result: nothing to recompute.
        "20% of people said yes, so 40 of 200 did.",
        "You get 10% off the total.",
    ],
)
def test_a_share_that_holds_or_none_shown_passes(reply: str) -> None:
    assert wrong_share(reply) is None
