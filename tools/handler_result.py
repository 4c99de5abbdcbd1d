"""What a step answered by deterministic code gives back (see :mod:`tools.handlers`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["HandlerName", "HandlerResult"]

# "conversation": a recall question quoting the user's own earlier message (tools.said_earlier).
HandlerName = Literal["calculator", "units", "dates", "currency", "faq", "conversation"]
_MAX_STEP_CHARS = 300
_CURRENCY_UNIT = {"KRW": "원", "USD": "$"}


class HandlerResult(BaseModel):
    """A step answered by deterministic code."""

    model_config = ConfigDict(frozen=True)

    handler: HandlerName
    answer: str
    value: float | str | None
    detail: str
    unit: str | None = None
