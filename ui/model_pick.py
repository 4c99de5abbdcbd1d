"""A conversation's tier and model picks: their widget keys, what a tier offers, and
carrying a model pick over to a regenerated answer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from core.model_settings import offered_models
from core.models.provider_base import Endpoint
from core.types import ModelTier
from graphs.services import Services
from ui.prefs import load_pref

# Prefix of the per-conversation tier picker's widget key (one picker per thread).
FORCE_KEY = "sy_force_"


def model_pick_key(tier: ModelTier, thread: str) -> str:
    """The widget key of a conversation's model picker on ``tier`` (one per tier)."""
    return f"sy_fmodel_{tier}_{thread}"


def saved_pick(data_dir: Path, user_id: str, key: str) -> object:
    """A pick as this user last saved it (``None`` when never picked)."""
    return load_pref(data_dir, user_id, f"pick:{key}")


def offered_on(endpoint: Endpoint) -> list[str]:
    """The models the tier's server offers, the configured one first (cached 30 s)."""
    return _offered(endpoint.model_id, endpoint.base_url or "", endpoint)


# Every rerun draws the sidebar: ask the server at most every 30 s, per tier endpoint.
@st.cache_data(ttl=30, show_spinner=False)
def _offered(model_id: str, base_url: str, _endpoint: Endpoint) -> list[str]:
    return offered_models(_endpoint)


@dataclass(frozen=True)
class CarriedPick:
    """The model a regenerate on ``tier`` keeps from its conversation's picker.

    Attributes:
        model: The picked model, when the tier's server still offers it.
        gone: The picked model the server no longer offers (the configured one answers).
    """

    model: str | None = None
    gone: str | None = None


def carried_pick(services: Services, user_id: str, thread: str, tier: ModelTier) -> CarriedPick:
    """The model ``thread``'s picker chose on ``tier``, checked against what the tier serves.

    The picker's widget state lives only while the picker is drawn, so a pick made on a
    tier the conversation no longer forces is read from the user's saved picks.

    Args:
        services: The app's services (the tier's endpoint).
        user_id: Whose picks to read.
        thread: The conversation the answer is regenerated from.
        tier: The tier the answer is regenerated on.

    Returns:
        The pick to keep, the pick that is gone, or neither when nothing was picked.
    """
    key = model_pick_key(tier, thread)
    picked = st.session_state.get(key) or saved_pick(services.settings.data_dir, user_id, key)
    endpoint = services.models.endpoint(tier)
    if not isinstance(picked, str) or endpoint is None or picked == endpoint.model_id:
        return CarriedPick()
    if picked in offered_on(endpoint):
        return CarriedPick(model=picked)
    return CarriedPick(gone=picked)
