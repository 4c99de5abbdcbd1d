"""Personal data in this round's forms never reaches the cloud recorder (round 21, redteam21).

Same harness as round 20's (the OpenAI-compatible recorder on 127.0.0.1 behind the real
guarded HTTP client; the local fake echoes what it read). Each conversation carries one
form the scanner learnt in this round: a phone read out with "oh" and "double", a unit
number where a parcel is left, names with 군/양, opening a quote and given in halves, a
romanised Korean name, a lower-case name, a name with the writer's club, an SSN in two
turns, a birth date with 생, a webmail handle without its ending. With the defence on none
of them reaches the recorder, while the public opener and a question with a toll-free
support line do. The control switches only this round's rules off: the same
conversations then leak.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage
from langgraph.checkpoint.memory import InMemorySaver

import core.privacy.scanner
import core.privacy.taint
from core import egress
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tests.security.harness import REPO
from tests.security.openai_stub import Stub, openai_stub

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[tuple[list[str], list[str]]] = [
    (
        ["it's oh one six one, double four nine, oh two seven three - note it for reception"],
        ["double four nine, oh two seven three"],
    ),
    (["2106호 현관 앞에 놔 달라는 문자 써줘"], ["2106호"]),
    (["졸업하는 남도윤 군에게 보낼 축하 카드 문구 써줘"], ["남도윤"]),
    (["예약자 성은 황보예요", "이름은 다인이고요. 확인 문자 써줘"], ["황보", "다인이고요"]),
    (["please forward the rota to Jiwoo Han before noon"], ["Jiwoo Han"]),
    (["write a get-well card for my colleague martha quinlan"], ["martha quinlan"]),
    (["Orla Kinsella from my choir lent me her music, write a thank-you"], ["Orla Kinsella"]),
    (["my social starts 512-73", "and it ends 2281. write the form line"], ["512-73", "2281"]),
    (["저 1988.4.17생인데 가입 신청서 문장 써줘"], ["1988.4.17"]),
    (["I'm kit.fox at proton, ask the gym to send the timetable there"], ["kit.fox"]),
]
OPENER = "why is the sky blue? answer in one sentence"
TOLL_FREE = "the bank's helpline is 1-888-204-7731, what should I have ready when I call?"


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
    """Every conversation, the opener and the toll-free question; what the cloud got."""
    with openai_stub() as cloud:
        assistant = _assistant(tmp, cloud)
        assistant.ask(OPENER)
        assistant.ask(TOLL_FREE)
        for turns, _values in CONVERSATIONS:
            thread = None
            for turn in turns:
                thread = assistant.ask(turn, thread_id=thread).thread_id
        return cloud.text()


def _leaked(seen: str) -> list[str]:
    return [value for _turns, values in CONVERSATIONS for value in values if value in seen]


def test_this_rounds_forms_never_reach_the_cloud_and_a_toll_free_line_does(
    tmp_path: Path,
) -> None:
    seen = _run(tmp_path)
    assert "sky blue" in seen, "the cloud channel is not live"
    assert "1-888-204-7731" in seen, "a toll-free support line was kept off the cloud"
    assert _leaked(seen) == []


_THIS_ROUNDS_RULES = {
    "detect_spoken_phone_en",
    "detect_delivery_unit",
    "detect_korean_name_cues",
    "detect_romanised_korean_names",
    "detect_lowercase_names_en",
    "detect_group_member_names",
    "detect_ssn_parts",
    "detect_birth_suffix_ko",
    "detect_webmail_handle",
}


def _this_rounds_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = core.privacy.scanner
    for name in ("TEXT_DETECTORS", "OTHER_DETECTORS"):
        kept = tuple(d for d in getattr(scanner, name) if d.__name__ not in _THIS_ROUNDS_RULES)
        monkeypatch.setattr(scanner, name, kept)
    monkeypatch.setattr(
        scanner,
        "GATED_DETECTORS",
        tuple((d, n) for d, n in scanner.GATED_DETECTORS if d.__name__ not in _THIS_ROUNDS_RULES),
    )


def test_without_this_rounds_rules_the_same_conversations_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _this_rounds_rules_off(monkeypatch)
    seen = _run(tmp_path)
    assert "sky blue" in seen
    assert len(_leaked(seen)) >= 8, _leaked(seen)
