"""The length input of the difficulty score: the prompt-length baseline, inside the model.

Raw prompt length is a strong router on its own (it beat the v2 score on MMLU
and the llmrouter mix) and, unlike word or topic signals, it held up on every
replay source the fit was validated on with that source held out. The model
gets it as one input, ``log_length``, which the fit leaves unpenalised and keeps
non-negative (``bench.fit_difficulty``): with every other weight at zero the
score ranks exactly like the length baseline. An earlier version added step
buckets and length-by-type slopes; they fitted the training sources better and
the held-out ones worse, so they are gone.

Length is counted in English-equivalent characters: a Hangul syllable block
carries about as much as two Latin letters (the same request is about half as
many characters in Korean: "Summarize this paragraph in two sentences." is 42,
"이 문단을 두 문장으로 요약해 주세요." 21). Counted raw, the Korean request looked
shorter, hence easier, than its English twin, which the router does not believe.
Every replay is in one language, so within a replay this barely moves the order.
"""

from __future__ import annotations

import math

# Centre and scale of log(1 + characters), so the weight stays near unit size.
_LOG_CENTRE, _LOG_SCALE = 5.5, 1.5
# English-equivalent characters per Hangul syllable block (U+AC00..U+D7A3).
HANGUL_SYLLABLE_CHARS = 2.0
LENGTH_FEATURE_NAMES: tuple[str, ...] = ("log_length",)


def english_equivalent_length(text: str) -> float:
    """Characters of ``text``, each Hangul syllable counted as ``HANGUL_SYLLABLE_CHARS``."""
    syllables = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    return len(text) + (HANGUL_SYLLABLE_CHARS - 1.0) * syllables


def length_features(text: str) -> dict[str, float]:
    """The length inputs of the fitted score, keyed by ``LENGTH_FEATURE_NAMES``.

    Args:
        text: The request text.
    """
    return {"log_length": (math.log1p(english_equivalent_length(text)) - _LOG_CENTRE) / _LOG_SCALE}
