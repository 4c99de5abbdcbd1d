"""The web UI's elicitation form, run as a Streamlit script (``AppTest``)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from ui.chat_elicit import form_fields

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "title": "Name", "description": "Your name"},
        "check": {"type": "boolean", "title": "Agree"},
        "integer": {"type": "integer", "default": 42},
        "pet": {"type": "string", "enum": ["pet-1", "pet-2"], "enumNames": ["Cats", "Dogs"]},
        "hero": {"type": "string", "oneOf": [{"const": "h1", "title": "Superman"}]},
        "fish": {"type": "array", "items": {"anyOf": [{"const": "f1", "title": "Tuna"}]}},
    },
    "required": ["name"],
}


def _script() -> None:
    import streamlit as st

    from tests.mcp_servers.test_elicitation_form import SCHEMA
    from ui.chat_elicit import render_elicitation

    question = {"tool": "ev.form", "message": "Who are you?", "requested_schema": SCHEMA}
    reply = render_elicitation(question, key="q")
    if reply is not None:
        st.session_state["reply"] = reply


def test_flat_schema_fields_become_widgets_in_order() -> None:
    fields = {f.name: f for f in form_fields(SCHEMA)}
    assert list(fields) == ["name", "check", "integer", "pet", "hero", "fish"]
    kinds = [f.kind for f in fields.values()]
    assert kinds == ["text", "boolean", "integer", "choice", "choice", "choices"]
    assert fields["name"].required and not fields["check"].required
    assert fields["pet"].choices == (("pet-1", "Cats"), ("pet-2", "Dogs"))
    assert fields["fish"].choices == (("f1", "Tuna"),) and fields["integer"].default == 42


def test_the_form_sends_accept_with_the_fields_or_decline() -> None:
    app = AppTest.from_function(_script).run()
    assert not app.exception
    assert "Who are you?" in app.info[0].value
    app.text_input(key="q-name").input("Ada")
    app.checkbox(key="q-check").check()
    app.selectbox(key="q-pet").select("pet-2")
    app.button[0].click().run()  # Send
    reply = app.session_state["reply"]
    assert reply["action"] == "accept"
    assert reply["content"] == {
        "name": "Ada", "check": True, "integer": 42, "pet": "pet-2", "hero": "h1",
    }  # fmt: skip
    app = AppTest.from_function(_script).run()
    app.button[1].click().run()  # Decline
    assert app.session_state["reply"] == {"action": "decline"}
