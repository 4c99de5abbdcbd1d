"""The chat page under AppTest: answers, badges, citations, persistence, stop, confirmations."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from tests.ui.conftest import MakeServices, ask, new_session, texts
from tests.ui.harness import EASY
from tools.registry import ToolSpec
from ui.session import user_store

WELCOME = "Welcome aboard, we're glad you're here!"


def test_calculator_answer_has_a_deterministic_badge(make_services: MakeServices) -> None:
    _, fakes = make_services()
    at = ask(new_session(), "3만 5천원의 15%는 얼마야?")
    assert not at.exception
    page = texts(at)
    assert "5,250원" in page
    assert "deterministic — calculator, no model call" in page
    assert fakes["local"].calls == [] and fakes["cloud"].calls == []


def test_local_answer_badge_and_reload_keeps_the_conversation(make_services: MakeServices) -> None:
    services, fakes = make_services(local=[WELCOME], **EASY)
    cookie = user_store(services).new_session()  # what the HTTP layer gives a new browser
    at = ask(new_session(cookie), "Write one friendly sentence welcoming a new colleague.")
    badges = [c.value for c in at.caption if "local" in c.value]
    assert WELCOME in texts(at)
    assert badges and "test:local" in badges[0] and "tok" in badges[0] and "ms" in badges[0]
    fakes["local"].assert_complete()
    # A reload is a new script session with the same cookie: history comes from the checkpointer.
    reloaded = new_session(cookie)
    page = texts(reloaded)
    assert "Write one friendly sentence welcoming a new colleague." in page
    assert WELCOME in page and "test:local" in page


def test_multi_turn_uses_the_same_thread(make_services: MakeServices) -> None:
    _, fakes = make_services(local=["Hello Mina!", "Your name is Mina."], **EASY)
    at = ask(new_session(), "Hi, my name is Mina. Please greet me warmly.")
    at = ask(at, "Tell me again what my name is.")
    assert "Your name is Mina." in texts(at)
    prompt = " ".join(str(m.content) for m in fakes["local"].calls[1])
    assert "Hello Mina!" in prompt


def test_privacy_flag_is_shown(make_services: MakeServices) -> None:
    make_services(local=["검사 결과는 정상입니다."], **EASY)
    at = ask(new_session(), "주민번호 900101-1234567 인 환자의 검사 결과를 설명해줘")
    assert any("local only" in i.value or "이 컴퓨터에서만" in i.value for i in at.info)


def test_degraded_route_is_flagged(make_services: MakeServices) -> None:
    make_services(
        local=["A short local answer."],
        tiers={"local": "test:local", "cloud": "openai:gpt-4o-mini"},
        router={"difficulty_threshold": 0.0},
    )
    at = ask(new_session(), "Prove that there are infinitely many primes.")
    assert any("degraded" in w.value for w in at.warning)


def test_citations_open_the_passage(make_services: MakeServices) -> None:
    services, _ = make_services()
    at = new_session()
    workspace = at.session_state["sy_identity"].workspace
    services.docs.ingest_texts(
        [("parking.md", "Visitor parking is free for the first two hours at the north gate.")],
        collection=workspace,
    )
    at = ask(at, "Where is visitor parking free?")
    labels = [e.label for e in at.expander]
    assert any("parking.md" in label for label in labels), labels
    expander = next(e for e in at.expander if "parking.md" in e.label)
    assert "two hours" in " ".join(m.value for m in expander.markdown)


def test_stopped_answer_is_kept_and_marked(make_services: MakeServices) -> None:
    make_services()
    at = new_session()
    thread = at.session_state["sy_thread"]
    # What a Stop click leaves behind: the in-flight turn of the interrupted script run.
    at.session_state["sy_inflight"] = {
        "thread_id": thread,
        "question": "Write a long story.",
        "partial": "Once upon a time",
    }
    at = at.run()
    page = texts(at)
    assert "Once upon a time" in page
    assert any("Stopped" in w.value or "중지됨" in w.value for w in at.warning)


def test_tool_confirmation_approve_and_deny(make_services: MakeServices) -> None:
    sent: list[str] = []

    def send_note(to: str, text: str) -> str:
        """Send a short note to a colleague."""
        sent.append(to)
        return f"sent to {to}"

    def call(n: str) -> AIMessage:
        args = {"to": "mina", "text": "hi"}
        return AIMessage(content="", tool_calls=[{"name": "send_note", "args": args, "id": n}])

    tool = ToolSpec("send_note", send_note, permission="external_network")
    make_services(
        local=[call("a"), "I sent the note.", call("b"), "I did not send it."],
        extra_tools=[tool],
        **EASY,
    )
    at = ask(new_session(), "Please send a note to my colleague Mina saying hi.")
    assert any("send_note" in w.value for w in at.warning)
    assert at.chat_input[0].disabled
    at.button(key=f"approve-{at.session_state['sy_thread']}").click().run()
    assert sent == ["mina"] and "I sent the note." in texts(at)
    at = ask(at, "Please send another note to my colleague Mina saying hi.")
    at.button(key=f"deny-{at.session_state['sy_thread']}").click().run()
    assert sent == ["mina"], "a denied tool never runs"
    assert "I did not send it." in texts(at)


def test_korean_ui_strings(make_services: MakeServices) -> None:
    make_services()
    at = new_session()
    at.sidebar.selectbox(key="sy_lang").set_value("ko").run()
    assert at.chat_input[0].placeholder == "질문을 입력하세요"
    assert any(b.label == "새 대화" for b in at.sidebar.button)
