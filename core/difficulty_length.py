"""Length features of the difficulty score: the prompt-length baseline, inside the model.

Raw prompt length is a strong router on its own (it beat the v2 score on MMLU and
the llmrouter mix), while the ``length`` signal saturates early and cannot rank
long prompts against each other. These features give the fitted model the
length baseline itself (log characters plus step buckets) and let its slope
differ by prompt type (multiple choice, code, maths, Korean, reasoning, small
talk), since a long multiple-choice question and a long coding task are hard
for different reasons. With them, a length-only ranking is one the model can
represent, so fitting on the replays cannot end up worse than it in-distribution.
"""

from __future__ import annotations

import math

# Character counts where a step bucket switches on (log-spaced, 40 to 2,560).
LENGTH_STEPS: tuple[int, ...] = (40, 80, 160, 320, 640, 1280, 2560)
# Signals whose presence changes how length relates to difficulty.
LENGTH_BY: tuple[str, ...] = (
    "multiple_choice",
    "code",
    "math",
    "korean",
    "reasoning",
    "simple_task",
)
# Centre and scale of log(1 + characters), so the slope terms stay near unit size.
_LOG_CENTRE, _LOG_SCALE = 5.5, 1.5

LENGTH_FEATURE_NAMES: tuple[str, ...] = (
    "log_length",
    *(f"longer_than_{n}" for n in LENGTH_STEPS),
    *(f"log_length_x_{name}" for name in LENGTH_BY),
)


def length_features(text: str, signals: dict[str, float]) -> dict[str, float]:
    """The length inputs of the fitted score, keyed by ``LENGTH_FEATURE_NAMES``.

    Args:
        text: The request text.
        signals: Its named signals (``core.difficulty_signals.difficulty_signals``).
    """
    chars = len(text)
    scaled = (math.log1p(chars) - _LOG_CENTRE) / _LOG_SCALE
    features = {"log_length": scaled}
    features.update({f"longer_than_{n}": float(chars > n) for n in LENGTH_STEPS})
    features.update({f"log_length_x_{name}": scaled * signals[name] for name in LENGTH_BY})
    return features
