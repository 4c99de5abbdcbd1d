"""Where the hand-set prior's logit counts in the difficulty score (router31's (j)).

The prior enters the score only outside the band of ordinary prompts
(``core.difficulty.prior_outside_band``). Two restrictions on top, each backed
by a source other than the one it helps:

* Its upper side (the rules see a hard request) does not count on a
  multiple-choice prompt: the answer is one of a few letters, so reasoning and
  maths markers say less about what the cloud adds. On routerarena's 533
  multiple-choice rows the upper side finds no lift (fall short .387 against
  .402 inside the band), while its open prompts do (.795 against .637).
* Its lower side (small-talk or simple-task markers) counts only on prompts of
  at most ``LOWER_SIDE_MAX_CHARS`` English-equivalent characters: a "short" or
  "list" inside a long passage says little about the request (llmrouter_mix's
  long commongen and openbook prompts gain twice the average).

Held out by source, the text model without words under this prior is within a
prompt or two of the length baseline on every source, and the sanity orderings
(a greeting low, a proof asked step by step high) still hold.
"""

from __future__ import annotations

from core.difficulty_length import english_equivalent_length

# The 400 was picked after seeing plain held-out folds (router23); read as a hint.
LOWER_SIDE_MAX_CHARS = 400.0


def scoped_prior(prior: float, multiple_choice: float, text: str) -> float:
    """The prior's logit outside its band, kept only where it is trusted.

    Args:
        prior: The prior's logit outside its band (negative: easy, positive: hard).
        multiple_choice: The ``multiple_choice`` signal of ``text`` (1 when it is one).
        text: The prompt, for its English-equivalent length.
    """
    if prior > 0.0 and multiple_choice >= 1.0:
        return 0.0
    if prior < 0.0 and english_equivalent_length(text) > LOWER_SIDE_MAX_CHARS:
        return 0.0
    return prior
