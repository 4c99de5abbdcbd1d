"""Personal data as people write it never reaches the cloud recorder (issue 11/privacy, round 19).

The cloud tier is the OpenAI-compatible recorder on 127.0.0.1 behind the real guarded HTTP
client; the local fake echoes what it read, the worst case. Each conversation carries one
form the scanner learnt in this round: a child's name in a relative's sign-on, a letter's
signature, a card typed with commas, a car plate, a birth date in English words, an e-mail
host said in Hangul, a phone given group by group over two turns. With the defence on none
of them reaches the recorder, while the public opener and a list of company service numbers
do (the channel is live, and public numbers are not kept local needlessly). The control
switches only this round's rules off: the same conversations then leak, so the suite fails
without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage
from langgraph.checkpoint.memory import InMemorySaver

import core.privacy.phone_halves
import core.privacy.scanner
import core.privacy.spoken
import core.privacy.taint
import core.privacy.wire_screen
from core import egress
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tests.security.harness import REPO
from tests.security.openai_stub import Stub, openai_stub

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[tuple[list[str], list[str]]] = [
    (["I'm Marisol's dad. write a short note to her teacher about her cough"], ["Marisol"]),
    (["저 예준이 할머니인데요, 예준이 감기 걸렸을 때 집에서 할 일 자세히 알려줘"], ["예준"]),
    (["polish this: sorry, running late today.\nCheers, Ines Varga"], ["Ines Varga"]),
    (["pay with 4111,1111,1111,1111 and write a thank-you line"], ["4111,1111,1111,1111"]),
    (["내 차 57머 1029 주차 등록 부탁하는 문자 써줘"], ["57머 1029"]),
    (
        ["I was born on the second of July nineteen seventy-one; write it for the form"],
        ["second of July nineteen seventy-one"],
    ),
    (["결과는 dahye_91 골뱅이 네이버 닷컴으로 보내 달라는 문장 써줘"], ["dahye_91"]),
    (
        ["아내 폰 번호 가운데가 6620이에요", "끝은 1185요. 이 번호로 연락 달라는 문장 써줘"],
        ["1185"],
    ),
]
OPENER = "why is the sky blue? answer in one sentence"
SERVICE_LIST = "1899-1234, 1666-7788"
PUBLIC_LIST = f"고객센터가 {SERVICE_LIST} 두 곳인데 어디가 해지 담당인지 묻는 글 써줘"


@pytest.fixture(autouse=True)
def _fresh_taint() -> Iterator[None]:
    # The provenance taint caches what it scanned: no test may see another's rules.
    egress.forget_recent_taint()
    core.privacy.taint._scan_values.cache_clear()
    yield
    egress.forget_recent_taint()
    core.privacy.taint._scan_values.cache_clear()


def _echo(messages: list[BaseMessage]) -> AIMessage:
    return AIMessage(content="Summary: " + str(messages[-1].content)[-600:])


def _assistant(tmp: Path, cloud: Stub) -> Assistant:
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "openai:gpt-4o-mini"},
        openai_api_key="dummy",
        openai_base_url=f"{cloud.base_url}/v1",
        router={"difficulty_threshold": 0.0},
        budget={"max_cost_per_session_usd": 1000.0, "max_cost_per_turn_usd": 1000.0},
        privacy={"public_contacts": []},
    )
    local: Any = ScriptedChatModel(replies=[_echo] * 500, model_name="test:local")
    services = build_services(
        settings, fakes={"local": local}, docs=None, mcp=False, checkpointer=InMemorySaver()
    )
    return Assistant(services)


def _run(tmp: Path) -> str:
    """Every conversation, the opener and the public list; what the cloud recorder got."""
    with openai_stub() as cloud:
        assistant = _assistant(tmp, cloud)
        assistant.ask(OPENER)
        assistant.ask(PUBLIC_LIST)
        for turns, _values in CONVERSATIONS:
            thread = None
            for turn in turns:
                thread = assistant.ask(turn, thread_id=thread).thread_id
        return cloud.text()


def _leaked(seen: str) -> list[str]:
    return [value for _turns, values in CONVERSATIONS for value in values if value in seen]


def test_this_rounds_forms_never_reach_the_cloud_and_public_numbers_do(tmp_path: Path) -> None:
    seen = _run(tmp_path)
    assert "sky blue" in seen, "the cloud channel is not live"
    assert SERVICE_LIST in seen, "a list of company service numbers was kept off the cloud"
    assert _leaked(seen) == []


def _this_rounds_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = core.privacy.scanner
    new_text = {"detect_family_role_names", "detect_signature_names"}
    new_numeric = {"detect_comma_card", "detect_vehicle_plate"}
    monkeypatch.setattr(
        scanner,
        "TEXT_DETECTORS",
        tuple(d for d in scanner.TEXT_DETECTORS if d.__name__ not in new_text),
    )
    monkeypatch.setattr(
        scanner,
        "GATED_DETECTORS",
        tuple((d, n) for d, n in scanner.GATED_DETECTORS if d.__name__ not in new_numeric),
    )
    monkeypatch.setattr(core.privacy.wire_screen, "_comma_chains", lambda _folded, runs: runs)
    monkeypatch.setattr(core.privacy.spoken, "english_spoken_date_edits", lambda _text: [])
    monkeypatch.setattr(core.privacy.spoken, "korean_mail_domain", lambda _text, _at: None)
    monkeypatch.setattr(core.privacy.phone_halves, "_phone_word_before", lambda _t, _i: False)


def test_without_this_rounds_rules_the_same_conversations_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _this_rounds_rules_off(monkeypatch)
    seen = _run(tmp_path)
    assert "sky blue" in seen
    assert len(_leaked(seen)) >= 6, _leaked(seen)


def test_without_the_list_rule_the_public_numbers_are_kept_off_the_cloud(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.privacy.wire_screen, "business_list_spans", lambda _text: [])
    assert SERVICE_LIST not in _run(tmp_path)
