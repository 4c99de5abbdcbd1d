"""The difficulty score's top contributing signals, in words, for ``RouteDecision.reasons``."""

from __future__ import annotations

from core.difficulty import DifficultyBreakdown

# (the input is high, the input is low) for each contribution name; the signed push
# printed next to it says whether that state raised or lowered the score.
_WORDS: dict[str, tuple[str, str]] = {
    "length": ("long prompt", "short prompt"),
    "reasoning": ("asks for reasoning or analysis", "no reasoning asked"),
    "stepwise": ("asks for step-by-step work", "no step-by-step work"),
    "math": ("maths content", "no maths"),
    "code": ("code content", "no code"),
    "domain": ("expert-domain terms", "no expert-domain terms"),
    "questions": ("several questions", "few questions"),
    "multi_part": ("several parts to answer", "a single part"),
    "sentences": ("many sentences", "few sentences"),
    "digits": ("many numbers", "few numbers"),
    "multiple_choice": ("multiple-choice layout", "not multiple choice"),
    "korean": ("written in Korean", "written in English"),
    "simple_task": ("small talk or a simple task", "not small talk"),
    "log_length": ("long prompt (characters)", "short prompt (characters)"),
    "prior_logit": ("hand-set rules see a hard request", "hand-set rules see an easy request"),
    "wording": ("wording seen in prompts small models miss", "wording of easy prompts"),
    "embedding": ("meaning close to prompts small models miss", "meaning close to easy prompts"),
    "tools": ("needs tool calls", "no tool calls"),
    "conversation_depth": ("deep in a conversation", "early in a conversation"),
    "step_kind": ("kind of step is demanding", "kind of step is easy (grounded or a label)"),
}


# Contributions without an input value of their own: their state is the push's sign.
_SIGNED = frozenset(
    {"prior_logit", "wording", "embedding", "tools", "conversation_depth", "step_kind"}
)


def _words(name: str) -> tuple[str, str]:
    """The (high, low) wording of a contribution."""
    return _WORDS.get(name, (name, f"low {name}"))


def describe(name: str, push: float, high: bool) -> str:
    """One contribution in words: the input's state, and its signed push on the logit."""
    high_words, low_words = _words(name)
    return f"{high_words if high else low_words} ({push:+.2f})"


def top_signals_in_words(breakdown: DifficultyBreakdown, k: int = 3) -> str:
    """The ``k`` strongest contributions, e.g. ``"maths content (+0.61), short prompt (-0.30)"``."""
    named = []
    for name, push in breakdown.top_contributions(k):
        if abs(push) < 0.01:
            continue
        high = push > 0 if name in _SIGNED else breakdown.above_average.get(name, push > 0)
        named.append(describe(name, push, high))
    return ", ".join(named) if named else "no strong signal"
