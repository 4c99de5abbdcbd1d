"""The chat page: streamed answers, route badges, citations, stop, and tool confirmations."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

import streamlit as st

from core.errors import SwitchyardError
from core.types import ModelTier, StepRecord
from graphs.runner import AskResult, Assistant
from graphs.services import Services
from graphs.state import Context
from ui.badges import TIER_ICONS, flag_items
from ui.chat_actions import take_once_pick, turn_actions
from ui.chat_elicit import render_elicitation
from ui.history import Turn, load_turns, stopped_turn, turn_from_result
from ui.model_pick import FORCE_KEY, model_pick_key
from ui.reasons import step_reasons_in
from ui.session import Identity, conversations, lang, t, turns_cache
from ui.welcome import render_welcome, take_queued_question
from ui.words import step_numbers, step_words

CURSOR = "▌"


def _context(ident: Identity, forced: ModelTier | None = None, model: str | None = None) -> Context:
    # An account's role (login) is a claim the backend caps at the configured default.
    return Context(
        user_id=ident.user_id,
        workspace=ident.workspace,
        role=ident.role or "user",
        forced_tier=forced,
        forced_model=model,
    )


def _conversation_tier(thread: str) -> ModelTier | None:
    picked = st.session_state.get(f"{FORCE_KEY}{thread}")
    return "local" if picked == "local" else "cloud" if picked == "cloud" else None


def forced_pick(thread: str) -> tuple[ModelTier | None, str | None]:
    """The tier and model this ask is forced to: a regenerate's one-off pick (with the
    model it kept), else the conversation's."""
    once = take_once_pick(thread)
    if once is not None:
        return once
    tier = _conversation_tier(thread)
    return tier, forced_model(thread, tier)


def forced_model(thread: str, tier: ModelTier | None) -> str | None:
    """The conversation's picked model, when this ask goes to the tier it was picked on."""
    if tier is None or tier != _conversation_tier(thread):
        return None
    picked = st.session_state.get(model_pick_key(tier, thread))
    return str(picked) if picked else None


def show_step(step: StepRecord) -> None:
    """What a step did in plain words; its numbers and the router's reasons on click."""
    language = lang()
    with st.popover(step_words(step, language), icon=TIER_ICONS.get(step.tier)):
        st.caption(
            t(
                "num.line",
                model=f"`{step.model}`" if step.model else t("num.none"),
                tokens_in=step.tokens_in,
                tokens_out=step.tokens_out,
                ms=f"{step.latency_ms:,.0f}",
            )
        )
        st.markdown("\n".join(f"- {k}: **{v}**" for k, v in step_numbers(step, language)))
        st.markdown(f"**{t('num.reasons')}**")
        for reason in step_reasons_in(step, language):
            st.markdown(f"- {reason}")
    for kind, detail in flag_items(step):
        if kind == "degraded":
            continue  # show_turn puts one banner above the answer, not one per step
        if kind == "private":
            st.info(t("flag.private"))
        else:
            st.error(f"{t('flag.error')}: {detail}")


def show_citations(citations: list[dict[str, Any]]) -> None:
    """Each citation opens the passage it points at."""
    # The shared samples' folder, set once per session by documents.seed_samples.
    samples_dir = st.session_state.get("sy_samples_dir") or ""
    for citation in citations:
        source = str(citation.get("source", ""))
        # The path is an identifier (a code span), the section is the document's own words.
        label = f"[{citation.get('id')}] `{source}` {citation.get('locator', '')}"
        if samples_dir and Path(source).resolve().is_relative_to(samples_dir):
            label += f" · {t('docs.sample_badge')}"
        with st.expander(label.strip()):
            st.markdown(citation.get("text") or "—")


def show_turn(turn: Turn, index: int, footer: Callable[[], None] | None = None) -> None:
    """A finished turn: question, answer, badges, citations, a link to its run, ``footer``."""
    with st.chat_message("user"):
        st.markdown(turn["question"])
    with st.chat_message("assistant"):
        if any(s.get("degraded") for s in turn["steps"]):  # a banner above, not a footnote
            st.warning(t("flag.degraded"), icon="⚠️")
        if turn["answer"]:
            st.markdown(turn["answer"])
        if turn.get("stopped"):
            st.warning(t("chat.stopped"))
        for raw in turn["steps"]:
            show_step(StepRecord.model_validate(raw))
        if turn["citations"]:
            show_citations(turn["citations"])
        if turn.get("run_id") and not turn.get("pending"):
            st.button(
                t("chat.trace"),
                key=f"trace-{index}-{turn['run_id']}",
                type="tertiary",
                icon="🔍",
                on_click=open_run,
                args=(turn["run_id"],),
            )
        if footer is not None:
            footer()


def open_run(run_id: str) -> None:
    """Button callback (runs before the next script run, so it may switch the view widget)."""
    st.session_state["sy_view"] = "runs"
    st.session_state["sy_run"] = run_id
    st.session_state["sy_run_pick"] = run_id


def _confirmations(services: Services, ident: Identity, thread: str, turns: list[Turn]) -> None:
    """Approve or deny the tool calls the last turn is waiting for."""
    turn = turns[-1]
    asked = next((p for p in turn["pending"] if p.get("type") == "elicitation"), None)
    if asked is not None:
        # An MCP server's question mid-call: its form, answered like an approval.
        with st.chat_message("assistant"):
            reply = render_elicitation(asked, key=f"elicit-{thread}")
        if reply is None:
            return
        resume = partial(Assistant(services).resume, thread, answer=reply)
    else:
        tools = ", ".join(str(p.get("tool")) for p in turn["pending"])
        with st.chat_message("assistant"):
            st.warning(t("chat.confirm", tools=tools), icon="🛠️")
            for pending in turn["pending"]:
                st.json(pending, expanded=False)
            left, right = st.columns(2)
            approve = left.button(t("chat.approve"), key=f"approve-{thread}", type="primary")
            deny = right.button(t("chat.deny"), key=f"deny-{thread}")
        if not (approve or deny):
            return
        resume = partial(Assistant(services).resume, thread, approve=approve)
    try:
        result = resume(context=_context(ident))
    except SwitchyardError as exc:
        st.error(t("chat.error", error=exc))
        return
    turns[-1] = turn_from_result(turn["question"], result)
    st.rerun()


def _finish_stopped(thread: str, turns: list[Turn]) -> None:
    """A run the user stopped (the Stop click rerun the script): keep its partial answer."""
    inflight = st.session_state.pop("sy_inflight", None)
    if not inflight or inflight.get("thread_id") != thread:
        return
    turns.append(stopped_turn(inflight["question"], inflight.get("partial", "")))


def _ask(services: Services, ident: Identity, thread: str, question: str) -> Turn | None:
    """Stream one answer into the page; None when it failed (the error is shown)."""
    conversations(services).touch(thread, ident.user_id, question)
    with st.chat_message("user"):
        st.markdown(question)
    result: AskResult | None = None
    with st.chat_message("assistant"):
        # Clicking Stop reruns the script, which interrupts this loop at its next UI call;
        # closing() then closes the stream, and the runner ends the run cleanly.
        stop_slot = st.empty()
        stop_slot.button(t("chat.stop"), key="sy_stop", icon="⏹")
        placeholder = st.empty()
        live = st.container()
        inflight = {"thread_id": thread, "question": question, "partial": ""}
        st.session_state["sy_inflight"] = inflight
        try:
            context = _context(ident, *forced_pick(thread))
            stream = Assistant(services).stream(question, thread_id=thread, context=context)
            with closing(stream) as events:
                for event in events:
                    if event.kind == "token":
                        inflight["partial"] += event.text
                        placeholder.markdown(inflight["partial"] + CURSOR)
                    elif event.kind == "step" and event.step is not None:
                        with live:
                            st.caption(step_words(event.step, lang()))
                    elif event.kind == "done":
                        result = event.result
        except SwitchyardError as exc:
            st.session_state.pop("sy_inflight", None)
            stop_slot.empty()
            placeholder.error(t("chat.error", error=exc))
            return None
        st.session_state.pop("sy_inflight", None)
        stop_slot.empty()
        placeholder.empty()
        live.empty()
    if result is None:
        return None
    return turn_from_result(question, result)


def render_chat(services: Services, ident: Identity, thread: str) -> None:
    """The chat page for the open conversation."""
    cache = turns_cache()
    if thread not in cache:
        cache[thread] = load_turns(services, thread, user_id=ident.user_id)
    turns = cache[thread]
    _finish_stopped(thread, turns)
    waiting = bool(turns and turns[-1].get("pending"))
    for i, turn in enumerate(turns[:-1] if waiting else turns):
        finished = bool(turn.get("run_id")) and not turn.get("stopped")
        footer = partial(turn_actions, services, ident, thread, i, turn) if finished else None
        show_turn(turn, i, footer)
    if waiting:
        with st.chat_message("user"):
            st.markdown(turns[-1]["question"])
        _confirmations(services, ident, thread, turns)
    queued = None if waiting else take_queued_question()
    if not turns and not waiting and queued is None:
        render_welcome(services, ident)
    question = st.chat_input(t("chat.placeholder"), disabled=waiting) or queued
    if not question:
        return
    answered = _ask(services, ident, thread, question)
    if answered is not None:
        turns.append(answered)
        st.rerun()
