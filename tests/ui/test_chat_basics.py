"""Copy, regenerate on another tier, edit-and-resend, and the per-conversation tier picker."""

from __future__ import annotations

from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.recording_server import CANNED, Recorder
from tests.ui.conftest import MakeServices, ask, new_session, texts
from tests.ui.harness import EASY
from tests.ui.two_model_server import requested_models, two_model_server
from ui import model_pick
from ui.session import user_store

COLLEAGUE = "Write one friendly sentence welcoming a new colleague."
LOCAL_REPLY = "Welcome aboard from the local model!"
CLOUD_REPLY = "Welcome aboard from the cloud model!"


def test_regenerate_on_another_tier_forks_the_conversation(make_services: MakeServices) -> None:
    services, fakes = make_services(local=[LOCAL_REPLY], cloud=[CLOUD_REPLY], **EASY)
    at = ask(new_session(), COLLEAGUE)
    first = at.session_state["sy_thread"]
    assert LOCAL_REPLY in texts(at)
    copy_code = [c.value for c in at.code]
    assert LOCAL_REPLY in copy_code, "the copy box holds the answer as written"
    at.radio(key=f"regen-tier-{first}-0").set_value("cloud")
    at = at.button(key=f"regen-{first}-0").click().run()
    at = at.run()
    assert not at.exception
    forked = at.session_state["sy_thread"]
    assert forked != first, "regenerating forks instead of rewriting history"
    page = texts(at)
    assert CLOUD_REPLY in page and LOCAL_REPLY not in page
    run = services.traces.list_runs(thread_id=forked)[0]
    cloud_steps = [s for s in run.steps if s.tier == "cloud"]
    assert cloud_steps and "pinned to cloud by this conversation's tier picker" in " ".join(
        cloud_steps[0].reasons
    )
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_edit_and_resend_keeps_earlier_turns_and_drops_later_ones(
    make_services: MakeServices,
) -> None:
    services, _ = make_services()
    cookie = user_store(services).new_session()  # what the HTTP layer gives a new browser
    at = ask(new_session(cookie), "3만 5천원의 15%는 얼마야?")
    at = ask(at, "3만 5천원의 20%는 얼마야?")
    thread = at.session_state["sy_thread"]
    assert "7,000원" in texts(at)
    at.text_area(key=f"edit-text-{thread}-1").set_value("3만 5천원의 10%는 얼마야?")
    at = at.button(key=f"edit-send-{thread}-1").click().run()
    at = at.run()
    assert not at.exception
    assert at.session_state["sy_thread"] != thread
    page = texts(at)
    assert "5,250원" in page, "the turn before the edited one is carried over"
    assert "3,500원" in page and "7,000원" not in page
    # A reload of the fork rebuilds the same turns from its own checkpoints.
    reloaded = new_session(cookie)
    reloaded.session_state["sy_thread"] = at.session_state["sy_thread"]
    reloaded = reloaded.run()
    page = texts(reloaded)
    assert "5,250원" in page and "3,500원" in page and "7,000원" not in page


def test_a_local_only_turn_cannot_be_regenerated_on_the_cloud(
    make_services: MakeServices,
) -> None:
    make_services(local=["검사 결과는 정상입니다."], **EASY)
    at = ask(new_session(), "주민번호 900101-1234567 인 환자의 검사 결과를 설명해줘")
    thread = at.session_state["sy_thread"]
    options = at.radio(key=f"regen-tier-{thread}-0").options
    assert "Cloud model" not in options and "Local model" in options


def test_conversation_picker_forces_model_steps_only(make_services: MakeServices) -> None:
    services, fakes = make_services(cloud=[CLOUD_REPLY], **EASY)
    at = new_session()
    thread = at.session_state["sy_thread"]
    at.sidebar.selectbox(key=f"sy_force_{thread}").set_value("cloud").run()
    at = ask(at, COLLEAGUE)
    at = ask(at, "3만 5천원의 15%는 얼마야?")
    page = texts(at)
    assert CLOUD_REPLY in page and "5,250원" in page
    runs = services.traces.list_runs(thread_id=thread)
    tiers = sorted({s.tier for r in runs for s in r.steps if s.node == "execute_step"})
    assert tiers == ["cloud", "deterministic"], "arithmetic stays with code"
    assert fakes["local"].calls == []
    fakes["cloud"].assert_complete()


def test_language_choice_survives_a_reload(make_services: MakeServices) -> None:
    services, _ = make_services()
    cookie = user_store(services).new_session()
    at = new_session(cookie)
    at = at.sidebar.selectbox(key="sy_lang").set_value("ko").run()
    assert at.chat_input[0].placeholder == "질문을 입력하세요"
    reloaded = new_session(cookie)
    assert reloaded.session_state["sy_lang"] == "ko"
    assert reloaded.chat_input[0].placeholder == "질문을 입력하세요"
    stranger = new_session()
    assert stranger.chat_input[0].placeholder == "Ask a question", "another user keeps theirs"


def test_thumbs_up_and_down_rate_the_turns_run_for_the_router(make_services: MakeServices) -> None:
    services, _ = make_services()
    at = ask(new_session(), "3만 5천원의 15%는 얼마야?")
    at = ask(at, "3만 5천원의 20%는 얼마야?")
    thread = at.session_state["sy_thread"]
    at = at.button(key=f"rate-good-{thread}-0").click().run()
    at = at.button(key=f"rate-bad-{thread}-1").click().run()
    assert not at.exception
    runs = {run.question: run.run_id for run in services.traces.list_runs(thread_id=thread)}
    first, second = runs["3만 5천원의 15%는 얼마야?"], runs["3만 5천원의 20%는 얼마야?"]
    rated = {run.run_id: good for run, good in services.traces.rated_runs()}
    assert rated == {first: True, second: False}
    # A later verdict on the same answer replaces the earlier one.
    at = at.button(key=f"rate-bad-{thread}-0").click().run()
    rated = {run.run_id: good for run, good in services.traces.rated_runs()}
    assert rated[first] is False


def test_conversation_picker_forces_a_model_the_tiers_server_offers(
    make_services: MakeServices,
) -> None:
    with two_model_server() as server:
        services, _ = make_services(
            tiers={
                "local": "test:local",
                "cloud": {"model": "openai-compat:model-a", "base_url": f"{server.base_url}/v1"},
            },
            models={"openai-compat:model-a": {"languages": ["ko", "en"]}},
            **EASY,
        )
        at = new_session()
        thread = at.session_state["sy_thread"]
        at = at.sidebar.selectbox(key=f"sy_force_{thread}").set_value("cloud").run()
        picker = at.sidebar.selectbox(key=f"sy_fmodel_cloud_{thread}")
        # The configured model first, then the others the server's /v1/models lists.
        assert picker.options == ["The configured model (model-a)", "model-b"]
        at = picker.set_value("openai-compat:model-b").run()
        at = ask(at, "새로 온 동료를 환영하는 문장을 한 줄 써 줘.")
        assert not at.exception
        assert CANNED in texts(at)
        assert requested_models(server) == ["model-b"], "the request names the picked model"
        step = next(
            s
            for r in services.traces.list_runs(thread_id=thread)
            for s in r.steps
            if s.tier == "cloud"
        )
        assert step.model == "openai-compat:model-b"
        assert (
            "model openai-compat:model-b picked by this conversation's model picker" in step.reasons
        )


def _picked_model_b(make_services: MakeServices, server: Recorder, **options: Any) -> AppTest:
    """A session whose conversation forces the cloud tier (model-a configured) and model-b."""
    make_services(
        tiers={
            "local": "test:local",
            "cloud": {"model": "openai-compat:model-a", "base_url": f"{server.base_url}/v1"},
        },
        models={"openai-compat:model-a": {"languages": ["ko", "en"]}},
        **EASY,
        **options,
    )
    model_pick._offered.clear()  # another test's server may have been listed on this URL
    at = new_session()
    thread = at.session_state["sy_thread"]
    at = at.sidebar.selectbox(key=f"sy_force_{thread}").set_value("cloud").run()
    return (
        at.sidebar.selectbox(key=f"sy_fmodel_cloud_{thread}")
        .set_value("openai-compat:model-b")
        .run()
    )


def test_a_picked_cloud_model_never_gets_a_local_only_turn(make_services: MakeServices) -> None:
    with two_model_server() as server:
        at = _picked_model_b(make_services, server, local=["검사 결과는 정상입니다."])
        at = ask(at, "주민번호 900101-1234567 인 환자의 검사 결과를 설명해줘")
        assert not at.exception
        assert "검사 결과는 정상입니다." in texts(at)
        assert server.bodies == [], "nothing of a local_only turn reaches the cloud tier"


def test_the_conversations_tier_pick_survives_a_reload(make_services: MakeServices) -> None:
    services, fakes = make_services(cloud=[CLOUD_REPLY], **EASY)
    cookie = user_store(services).new_session()
    at = new_session(cookie)
    thread = at.session_state["sy_thread"]
    at.sidebar.selectbox(key=f"sy_force_{thread}").set_value("cloud").run()
    # A reload is a new browser session on the same conversation.
    reloaded = new_session(cookie)
    reloaded.session_state["sy_thread"] = thread
    reloaded = reloaded.run()
    assert reloaded.sidebar.selectbox(key=f"sy_force_{thread}").value == "cloud"
    reloaded = ask(reloaded, COLLEAGUE)
    assert CLOUD_REPLY in texts(reloaded)
    assert fakes["local"].calls == []


def _ask_on_picked_cloud_model(make_services: MakeServices, server: Recorder) -> AppTest:
    at = ask(_picked_model_b(make_services, server), "새로 온 동료를 환영하는 문장을 한 줄 써 줘.")
    assert requested_models(server) == ["model-b"]
    return at


def _regenerate_on_cloud(at: AppTest) -> tuple[AppTest, list[str]]:
    thread = at.session_state["sy_thread"]
    at.radio(key=f"regen-tier-{thread}-0").set_value("cloud")
    at = at.button(key=f"regen-{thread}-0").click().run()
    toasts = [str(toast.value) for toast in at.toast]
    at = at.run()
    assert not at.exception
    assert at.session_state["sy_thread"] != thread
    return at, toasts


def test_regenerating_keeps_the_picked_model_while_the_server_offers_it(
    make_services: MakeServices,
) -> None:
    with two_model_server() as server:
        at = _ask_on_picked_cloud_model(make_services, server)
        at, toasts = _regenerate_on_cloud(at)
        assert requested_models(server) == ["model-b", "model-b"], "the fork keeps the pick"
        assert toasts == []


def test_regenerating_says_so_when_the_picked_model_is_gone(
    make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    with two_model_server() as server:
        at = _ask_on_picked_cloud_model(make_services, server)
        monkeypatch.setattr("tests.ui.two_model_server.MODELS", ("model-a",))
        model_pick._offered.clear()  # the 30-second cache would still list model-b
        at, toasts = _regenerate_on_cloud(at)
        assert requested_models(server) == ["model-b", "model-a"]
        assert any("model-b" in toast and "no longer offers" in toast for toast in toasts), toasts
