"""What a masked copy of a text still shows: the check behind every "held, but a masked
copy would show …" finding (masked30).

A held turn never reaches the cloud, but recorders such as the LangSmith/OTLP trace export
get a masked copy (:func:`core.tracing_export.mask_payload`). A value the scanner misses in
a turn it holds for another value is shown there in clear.
"""

from __future__ import annotations

from core.tracing_export import mask_payload


def masked_copy_shows(text: str, values: list[str]) -> list[str]:
    """The ``values`` still present in the trace export's masked copy of ``text``."""
    masked = str(mask_payload({"inputs": {"messages": [text]}}))
    return [v for v in values if v in masked]
