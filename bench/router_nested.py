"""Leave-one-source-out with the whole choice of setting inside the fold (nested).

Why: ``bench.fit_difficulty`` chooses the prior weight and the word strength by
the worst leave-one-source-out fold. Reporting those same folds as "held out"
is optimistic: every fold's source voted on the setting it is scored with. Here
each source is held out around the *whole* procedure: the setting is chosen
exactly as the shipped model's is (acceptance on the training files, then the
worst inner leave-one-source-out fold), but among the other sources only, the
parts are fitted on those sources, and the held-out source is scored once. These
are the figures that say what the shipped procedure does on a source it has
never seen, the situation of the sets kept aside.

Every attempt to put each nested fold at or below length, with its figures, is logged
in ``bench/router_attempts.md`` (none changed the shipped model).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.fit_difficulty import Union


def nested_leave_one_source_out(data: Union, log: bool = True) -> dict[str, Any]:
    """Per held-out source: its figures under the setting chosen without it, and that setting.

    Args:
        data: The union of the replays (every file a source).
        log: Print one line per held-out source on stderr.
    """
    from bench.fit_difficulty import compare_settings

    folds: dict[str, Any] = {}
    for name in data.by_file:
        setting, _, final, _ = compare_settings(data, outer=frozenset({name}), log=False)
        parts = final[(setting.prior, setting.signals)]
        figures = data.figures(parts, setting, name, frozenset({name}))
        folds[name] = {**figures, "setting": setting.label()}
        if log:
            gap = figures["strong_share_at_95"] - figures["length_strong_share_at_95"]
            print(f"nested {name}: {setting.label()} gap {gap:+.4f}", file=sys.stderr, flush=True)
    return folds
