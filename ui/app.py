"""The Streamlit app: ``switchyard ui`` (``make run``) serves it on 127.0.0.1:8501.

Run by Streamlit, this file calls ``main()``. Tests call ``main(services_factory=...)``
from ``AppTest.from_function`` to run the same app on scripted fake models, so
production code carries no test switch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st

from graphs.services import Services
from ui.auth import gate
from ui.charts import render_charts
from ui.chat import render_chat
from ui.documents import render_documents, seed_samples
from ui.panels import render_settings
from ui.runview import render_runs
from ui.session import current_thread, identity, t
from ui.sidebar import render_sidebar

log = logging.getLogger("switchyard.ui")


# The spinner is drawn by ``main`` in the page's language (a cached function's is fixed).
@st.cache_resource(show_spinner=False)
def shared_services() -> Services:
    """Process-wide, user-independent objects (models, stores); no per-user data lives here."""
    from graphs.services import build_services
    from ui.bootstrap import ensure_sample_documents

    # A long-running app fills in dense vectors on a worker thread after each upload.
    # build_services applies the tiers saved on the settings page (they outlive a restart).
    services = build_services(background_embedding=True)
    ensure_sample_documents(services)
    return services


def main(services_factory: Callable[[], Services] | None = None) -> None:
    """Render the app for this browser session.

    Args:
        services_factory: builds the services instead of the cached production ones (tests).
    """
    st.set_page_config(page_title="Switchyard", page_icon="🚦", layout="wide")
    if services_factory is not None:
        services = services_factory()
    else:
        with st.spinner(t("app.starting")):
            services = shared_services()
    if not gate(services):
        return
    ident = identity(services)
    if ident is None:  # login required and missing: the gate has shown how to log in
        return
    seed_samples(services, ident)
    thread = current_thread(services, ident)
    view = render_sidebar(services, ident, thread)
    try:
        if view == "chat":
            render_chat(services, ident, thread)
        elif view == "workflows":
            from ui.workflows_page import render_workflows

            render_workflows(services, ident)
        elif view == "runs":
            render_runs(services, ident)
        elif view == "documents":
            render_documents(services, ident)
        elif view == "settings":
            render_settings(services, ident, thread)
        else:
            render_charts(services, ident)
    except Exception as exc:  # the UI's one error boundary: show the error, keep the page
        log.exception("page %s failed", view)
        st.error(t("chat.error", error=f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    main()
