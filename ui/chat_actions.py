"""Chat basics under each answer: copy, regenerate (same or another tier), edit and resend,
and a thumbs up/down that `switchyard router fit --from-traces` learns from.

Regenerating or editing never rewrites history: the conversation forks. The new
conversation gets the turns before the chosen one, copied from the old thread's
checkpoint history (each turn's final checkpoint is written into the new thread),
and then asks the question again, optionally on a chosen tier.
"""

from __future__ import annotations

from typing import Any, Literal

import streamlit as st
from langchain_core.runnables import RunnableConfig

from core.trace_store import Rating
from core.types import ModelTier
from graphs.services import Services
from ui.model_pick import carried_pick
from ui.session import Identity, conversations, open_thread, t
from ui.welcome import QUEUE_KEY
from ui.words import model_name

TierPick = Literal["auto", "local", "cloud"]
# Set by regenerate: the tier (and model) the next ask in that thread is forced to, once.
ONCE_KEY = "sy_once_tier"


def turn_finals(services: Services, thread_id: str) -> list[dict[str, Any]]:
    """The final checkpoint values of each finished turn of a thread, oldest first."""
    config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
    finals: list[dict[str, Any]] = []
    seen: set[str] = set()
    for snap in services.graph.get_state_history(config):  # newest first
        values = snap.values or {}
        run_id = str(values.get("run_id") or "")
        if not run_id or run_id in seen or snap.next:
            continue
        seen.add(run_id)
        finals.append(dict(values))
    finals.reverse()
    return finals


def fork_thread(services: Services, ident: Identity, thread_id: str, keep: int, title: str) -> str:
    """A new conversation holding the first ``keep`` turns of ``thread_id``.

    Args:
        services: the app's services (graph with its checkpointer).
        ident: the user the conversation belongs to.
        thread_id: the conversation to fork.
        keep: how many finished turns to carry over.
        title: the new conversation's title.

    Returns:
        The new thread id.
    """
    index = conversations(services)
    conv = index.new(ident.user_id, ident.workspace, title=title)
    config: RunnableConfig = {"configurable": {"thread_id": conv.thread_id}}
    for values in turn_finals(services, thread_id)[:keep]:
        # As if ``record`` had just finished that turn: the new thread's history then
        # reads exactly like the old one up to the fork.
        services.graph.update_state(config, values, as_node="record")
    return conv.thread_id


def answered_tier(turn: dict[str, Any]) -> TierPick:
    """The model tier that wrote a turn ("auto" when only code answered it)."""
    tiers = {str(step.get("tier")) for step in turn.get("steps", [])}
    return "cloud" if "cloud" in tiers else "local" if "local" in tiers else "auto"


def allowed_tiers(services: Services, turn: dict[str, Any]) -> list[TierPick]:
    """Tiers a turn may be regenerated on: never the cloud for a ``local_only`` turn."""
    picks: list[TierPick] = ["auto"]
    for tier in ("local", "cloud"):
        if tier == "cloud" and turn.get("privacy") == "local_only":
            continue
        if services.models.status(tier).available:
            picks.append(tier)
    return picks


def _restart(
    services: Services,
    ident: Identity,
    thread: str,
    index: int,
    question: str,
    tier: TierPick,
    title_key: str,
) -> None:
    """Fork before turn ``index`` and ask ``question`` there (a button callback).

    ``tier`` "auto" lets the router choose again (an edited question); a regenerate
    passes the tier it wants, the one that answered for "same track".
    """
    if not question.strip():
        return
    title = t(title_key, title=question[:40])
    new_thread = fork_thread(services, ident, thread, index, title)
    open_thread(new_thread)
    st.session_state["sy_view"] = "chat"
    st.session_state[QUEUE_KEY] = [question]
    if tier != "auto":
        # The old conversation's model pick on that tier goes with it while still offered.
        pick = carried_pick(services, ident.user_id, thread, tier)
        st.session_state[ONCE_KEY] = (new_thread, tier, pick.model)
        if pick.gone is not None:
            st.toast(t("chat.pick_gone", model=model_name(pick.gone), tier=t(f"tier.{tier}")))


def take_once_pick(thread: str) -> tuple[ModelTier, str | None] | None:
    """The tier, and the model kept from the picker, a regenerate asked for (used once)."""
    pending = st.session_state.pop(ONCE_KEY, None)
    if pending and pending[0] == thread and pending[1] in ("local", "cloud"):
        model = pending[2] if len(pending) > 2 and isinstance(pending[2], str) else None
        return ("local" if pending[1] == "local" else "cloud"), model
    return None


def turn_actions(
    services: Services, ident: Identity, thread: str, index: int, turn: dict[str, Any]
) -> None:
    """Copy, regenerate, edit and rating controls for one finished turn."""
    copy, regen, edit, good, bad = st.columns([3, 3, 3, 1, 1])
    with copy.popover(t("chat.copy"), icon="📋"):
        # st.code carries the browser's copy button; the text is the answer as written.
        st.code(turn["answer"] or "", language=None, wrap_lines=True)
    with regen.popover(t("chat.regenerate"), icon="🔁"):
        picks = allowed_tiers(services, turn)
        names = {
            "auto": t("chat.regen_same"),
            "local": t("charts.tier_local"),
            "cloud": t("charts.tier_cloud"),
        }
        st.radio(
            t("chat.regen_tier"),
            picks,
            format_func=names.__getitem__,
            key=f"regen-tier-{thread}-{index}",
        )
        if turn.get("privacy") == "local_only":
            st.caption(t("chat.local_only_note"))
        st.button(
            t("chat.regenerate"),
            key=f"regen-{thread}-{index}",
            type="primary",
            on_click=_regenerate,
            args=(services, ident, thread, index, turn),
        )
    with edit.popover(t("chat.edit"), icon="✏️"):
        edited_key = f"edit-text-{thread}-{index}"
        st.text_area(t("chat.edit"), value=turn["question"], key=edited_key)
        st.button(
            t("chat.edit_send"),
            key=f"edit-send-{thread}-{index}",
            type="primary",
            on_click=_send_edited,
            args=(services, ident, thread, index, edited_key),
        )
    run_id = str(turn.get("run_id") or "")
    for column, rating, icon in ((good, "good", "👍"), (bad, "bad", "👎")):
        column.button(
            icon,
            key=f"rate-{rating}-{thread}-{index}",
            help=t(f"chat.rate_{rating}"),
            on_click=_rate,
            args=(services, run_id, rating),
            disabled=not run_id,
        )


def _rate(services: Services, run_id: str, rating: Rating) -> None:
    # The verdict is what `switchyard router fit --from-traces` refits the router on.
    try:
        services.traces.rate_run(run_id, rating)
    except KeyError:  # the run's trace was deleted meanwhile: nothing to rate
        st.toast(t("chat.rate_gone"))
        return
    st.toast(t("chat.rated"))


def _regenerate(
    services: Services, ident: Identity, thread: str, index: int, turn: dict[str, Any]
) -> None:
    # Read the radio now: arguments bound at render time would miss a change made with
    # the click that triggers this callback.
    picked = st.session_state.get(f"regen-tier-{thread}-{index}", "auto")
    tier: TierPick = "local" if picked == "local" else "cloud" if picked == "cloud" else "auto"
    wanted = answered_tier(turn) if tier == "auto" else tier
    _restart(services, ident, thread, index, turn["question"], wanted, "chat.fork_regen")


def _send_edited(
    services: Services, ident: Identity, thread: str, index: int, edited_key: str
) -> None:
    question = str(st.session_state.get(edited_key) or "")
    _restart(services, ident, thread, index, question, "auto", "chat.fork_edit")
