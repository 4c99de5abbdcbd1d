"""Typed errors with messages a user can act on.

Two channels (DESIGN.md): errors a model can fix come back as tool messages
(``ToolInputError``); configuration and transport problems raise one of the
other classes here, each carrying a message that says what to do.
"""

from __future__ import annotations


class SwitchyardError(Exception):
    """Base class: every error raised on purpose by Switchyard."""


class ConfigError(SwitchyardError):
    """The configuration is invalid; the message names the key and the fix."""


class TierUnavailableError(SwitchyardError):
    """A tier or model cannot serve right now (not configured, not reachable, not loaded)."""


class PrivacyBlockedError(SwitchyardError):
    """A step carrying personal data was stopped instead of leaving the machine."""


class ToolInputError(SwitchyardError):
    """A tool got input it cannot work with; the model (or user) can fix and retry."""


class BudgetExceededError(SwitchyardError):
    """A per-turn or per-session budget (steps, tool calls, tokens, cost) tripped."""
