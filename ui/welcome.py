"""The first-run panel of an empty conversation: examples, what is set up, the next step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import streamlit as st

from graphs.services import Services
from ui.samples import sample_sources
from ui.session import Identity, lang, t
from ui.words import model_name

# The session key of the example questions waiting to be asked, oldest first.
QUEUE_KEY = "sy_queue"
# One conversation per track; the follow-up needs the calculation before it, so it
# queues both. The Korean samples are used in both languages for the arithmetic
# tracks, because the follow-up resolver is at its best on them.
_CALC = "환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?"
_FOLLOW = "그럼 4명이면?"
_DOCS = {"ko": "토요일 진료 시간은 언제야?", "en": "Do you accept national health insurance?"}
_TOOL = 'time.get_current_time {"timezone": "Asia/Seoul"}'

NextStep = Literal["korean", "cloud", "documents"]


@dataclass(frozen=True)
class Example:
    """One clickable example: its track label and the questions it asks."""

    key: str
    label: str
    questions: tuple[str, ...]
    enabled: bool = True
    # What the button says when the question itself is not plain language (a tool call).
    title: str = ""


def examples(services: Services) -> list[Example]:
    """The example prompts, one per track, in the UI language."""
    language = lang()
    mcp = services.extras.get("mcp")
    servers = {s.name for s in mcp.status()} if mcp is not None else set()
    return [
        Example("calc", t("welcome.ex_calc"), (_CALC,)),
        Example("docs", t("welcome.ex_docs"), (_DOCS[language],), services.docs is not None),
        Example("follow", t("welcome.ex_follow"), (_CALC, _FOLLOW)),
        Example(
            "tool", t("welcome.ex_tool"), (_TOOL,), "time" in servers, t("welcome.ex_tool_label")
        ),
    ]


def next_step(services: Services, ident: Identity) -> NextStep | None:
    """The one change that unlocks the most, or ``None`` when everything is set up.

    Korean writing comes first: without a model that writes it, every Korean request
    beyond arithmetic, the FAQ and quotes gets a refusal.
    """
    writers = []
    for tier in ("local", "cloud"):
        status = services.models.status(tier)
        if status.available and status.model:
            writers.append(services.models.profile(status.model).writes("ko"))
    if not any(writers):
        return "korean"
    if not services.models.status("cloud").available:
        return "cloud"
    docs = services.docs
    if docs is not None:
        listed = docs.list_documents(ident.workspace)
        if len(listed) == len(sample_sources(docs, ident.workspace, services.settings)):
            return "documents"
    return None


def _go(view: str) -> None:
    st.session_state["sy_view"] = view


def _queue(questions: tuple[str, ...]) -> None:
    st.session_state[QUEUE_KEY] = list(questions)


def _open_workflow(name: str) -> None:
    st.session_state["sy_view"] = "workflows"
    st.session_state["sy_wf_pick"] = name


def _configured(services: Services, ident: Identity) -> None:
    st.markdown(f"**{t('welcome.now')}**")
    lines = []
    for tier in ("local", "cloud"):
        status = services.models.status(tier)
        name = t(f"tier.{tier}")
        if status.available:
            lines.append(t("welcome.tier_on", tier=name, model=model_name(status.model)))
        else:
            lines.append(t("welcome.tier_off", tier=name))
    if services.docs is not None:
        listed = services.docs.list_documents(ident.workspace)
        samples = sample_sources(services.docs, ident.workspace, services.settings)
        lines.append(t("welcome.docs", n=len(listed), samples=len(samples)))
    mcp = services.extras.get("mcp")
    lines.append(t("welcome.mcp", n=len(mcp.status()) if mcp is not None else 0))
    st.markdown("\n".join(f"- {line}" for line in lines))


def render_welcome(services: Services, ident: Identity) -> None:
    """The welcome panel: example prompts, the current set-up and the next step."""
    with st.container(border=True, key="sy_welcome"):
        st.subheader(t("welcome.title"))
        st.markdown(t("welcome.intro"))
        st.markdown(f"**{t('welcome.examples')}**")
        items = examples(services)
        columns = st.columns(len(items) + 1)
        for column, item in zip(columns, items, strict=False):
            column.caption(item.label)
            column.button(
                item.title or item.questions[-1],
                key=f"sy_ex_{item.key}",
                disabled=not item.enabled,
                help=item.questions[-1] if item.enabled else t("welcome.no_mcp"),
                on_click=_queue,
                args=(item.questions,),
                use_container_width=True,
            )
        columns[-1].caption(t("welcome.ex_workflow"))
        columns[-1].button(
            t("welcome.ex_workflow_prompt"),
            key="sy_ex_workflow",
            on_click=_open_workflow,
            args=("support_triage",),
            use_container_width=True,
        )
        left, right = st.columns(2)
        with left:
            _configured(services, ident)
        step = next_step(services, ident)
        if step is not None:
            with right:
                st.markdown(f"**{t('welcome.next')}**")
                st.info(t(f"welcome.next_{step}"), icon="👉")
                target = "documents" if step == "documents" else "settings"
                st.button(
                    t("welcome.go_documents" if target == "documents" else "welcome.go_settings"),
                    key="sy_next_step",
                    type="primary",
                    on_click=_go,
                    args=(target,),
                )


def take_queued_question() -> str | None:
    """The next example question waiting to be asked, if any (removes it from the queue)."""
    queue: list[str] = st.session_state.get(QUEUE_KEY) or []
    if not queue:
        return None
    question = queue.pop(0)
    st.session_state[QUEUE_KEY] = queue
    return question
