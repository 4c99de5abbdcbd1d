"""Which detectors the scanner runs, in three lists.

``GATED_DETECTORS`` need digits (each with the fewest digits, in one separator-joined run, any
of its matches holds, so prose without such a run skips it), ``TEXT_DETECTORS`` need a Hangul
syllable or a capital letter, ``OTHER_DETECTORS`` run on everything. :mod:`core.privacy.scanner`
reads the lists through its own names, so a test can switch one rule off by patching them there.
Each list lives in its own module, by what its detectors find (numbers:
:mod:`core.privacy.numeric_detector_list`; names: :mod:`core.privacy.name_detector_list`;
secrets, handles and lower-case forms: :mod:`core.privacy.ungated_detector_list`); a new rule
is registered there, beside the red-team round that found its case.
"""

from __future__ import annotations

from core.privacy.name_detector_list import TEXT_DETECTORS
from core.privacy.numeric_detector_list import GATED_DETECTORS
from core.privacy.types import Detector
from core.privacy.ungated_detector_list import OTHER_DETECTORS

__all__ = [
    "ALL_DETECTORS",
    "GATED_DETECTORS",
    "NUMERIC_DETECTORS",
    "OTHER_DETECTORS",
    "TEXT_DETECTORS",
    "Detector",
]

NUMERIC_DETECTORS: tuple[Detector, ...] = tuple(d for d, _ in GATED_DETECTORS)
ALL_DETECTORS: tuple[Detector, ...] = NUMERIC_DETECTORS + TEXT_DETECTORS + OTHER_DETECTORS
