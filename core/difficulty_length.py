"""The length input of the difficulty score: the prompt-length baseline, inside the model.

Raw prompt length is a strong router on its own (it beat the v2 score on MMLU
and the llmrouter mix) and, unlike word or topic signals, it held up on every
replay source the fit was validated on with that source held out. The model
gets it as one input, ``log_length``, which the fit leaves unpenalised and keeps
non-negative (``bench.fit_difficulty``): with every other weight at zero the
score ranks exactly like the length baseline. An earlier version added step
buckets and length-by-type slopes; they fitted the training sources better and
the held-out ones worse, so they are gone.
"""

from __future__ import annotations

import math

# Centre and scale of log(1 + characters), so the weight stays near unit size.
_LOG_CENTRE, _LOG_SCALE = 5.5, 1.5
LENGTH_FEATURE_NAMES: tuple[str, ...] = ("log_length",)


def length_features(text: str) -> dict[str, float]:
    """The length inputs of the fitted score, keyed by ``LENGTH_FEATURE_NAMES``.

    Args:
        text: The request text.
    """
    return {"log_length": (math.log1p(len(text)) - _LOG_CENTRE) / _LOG_SCALE}
