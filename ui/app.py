"""The Streamlit chat app: ``switchyard ui`` (``make run``) serves it on 127.0.0.1:8501."""

from __future__ import annotations

import uuid
from typing import Any

import streamlit as st

from core.errors import SwitchyardError
from core.types import StepRecord
from graphs.runner import AskResult, Assistant
from graphs.state import Context
from ui.badges import badge_text, flags


@st.cache_resource(show_spinner="Starting Switchyard…")
def shared_services() -> Any:
    """Process-wide, user-independent objects (models, stores); no per-user data lives here."""
    from graphs.services import build_services
    from ui.bootstrap import ensure_sample_documents

    services = build_services()
    ensure_sample_documents(services)
    return services


def _session() -> dict[str, Any]:
    state = st.session_state
    if "thread_id" not in state:
        state["thread_id"] = uuid.uuid4().hex[:12]
        state["turns"] = []
    return state  # type: ignore[return-value]


def _show_steps(steps: list[StepRecord], citations: list[dict[str, Any]]) -> None:
    for step in steps:
        st.caption(badge_text(step))
        for flag in flags(step):
            st.warning(flag, icon="⚠️" if flag.startswith("degraded") else "🔒")
    for citation in citations:
        label = f"[{citation['id']}] {citation['source']} {citation.get('locator', '')}".strip()
        with st.expander(label):
            st.write(citation.get("text", ""))


def main() -> None:
    """Render the chat page."""
    st.set_page_config(page_title="Switchyard", page_icon="🚦")
    st.title("Switchyard")
    services = shared_services()
    session = _session()
    assistant = Assistant(services)
    for turn in session["turns"]:
        with st.chat_message("user"):
            st.write(turn["question"])
        with st.chat_message("assistant"):
            st.write(turn["answer"])
            _show_steps([StepRecord.model_validate(s) for s in turn["steps"]], turn["citations"])
    question = st.chat_input("Ask a question · 질문을 입력하세요")
    if not question:
        return
    with st.chat_message("user"):
        st.write(question)
    with st.chat_message("assistant"):
        placeholder = st.empty()
        streamed = ""
        result: AskResult | None = None
        try:
            for event in assistant.stream(
                question, thread_id=session["thread_id"], context=Context()
            ):
                if event.kind == "token":
                    streamed += event.text
                    placeholder.markdown(streamed + "▌")
                elif event.kind == "done":
                    result = event.result
        except SwitchyardError as exc:
            placeholder.error(str(exc))
            return
        if result is None:
            return
        placeholder.markdown(result.answer)
        _show_steps(result.steps, result.citations)
    session["turns"].append(
        {
            "question": question,
            "answer": result.answer,
            "steps": [s.model_dump(mode="json") for s in result.steps],
            "citations": result.citations,
        }
    )


main()
