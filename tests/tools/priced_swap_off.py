"""The follow-up rules without the price rule, for tests that pin what the others read.

``tools.followup_priced_swap`` runs first among ``tools.followups.CHANGES`` and reads some
follow-ups other rules (the slot reader, the Korean role words) were written for; a test
that checks such a rule alone, or that nothing but it reads a case, switches it off.
"""

from __future__ import annotations

import tools.followups as followups
from tools.followup_priced_swap import priced_figure_swapped


def without_priced_swap() -> tuple[object, ...]:
    """``tools.followups.CHANGES`` less :func:`priced_figure_swapped`."""
    return tuple(change for change in followups.CHANGES if change is not priced_figure_swapped)
