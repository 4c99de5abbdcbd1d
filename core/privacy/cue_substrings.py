"""A rule's cue words, looked for as plain substrings before the rule's patterns run.

Why: on a long body (a trace export runs to hundreds of kilobytes) ``str.__contains__`` finds
or rules out a literal several times faster than a regex alternation of the same words, and on
a short ask a plain loop avoids a generator's cost per word. Used by redteam32's rules, whose
patterns run only when one of their cue words is in the text.
"""

from __future__ import annotations

__all__ = ["contains_any"]


def contains_any(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any of ``cues`` occurs in ``text`` (both compared as given)."""
    for cue in cues:  # noqa: SIM110 - a plain loop: no generator object per call
        if cue in text:
            return True
    return False
