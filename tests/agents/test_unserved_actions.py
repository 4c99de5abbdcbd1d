"""Acts in the world no configured tool can do, told by code (agents.unserved_actions)."""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.unserved_actions import asked_action, unserved_action

_TEXT = {"type": "object", "properties": {"text": {"type": "string"}}}


class _Servers:
    """An MCP manager stand-in: its servers' states and tools, and which it waited for."""

    def __init__(self, tools: list[McpToolInfo], starting: tuple[str, ...] = ()) -> None:
        self._tools = tools
        self._starting = set(starting)
        self.waited: list[str] = []

    def status(self) -> list[ServerStatus]:
        servers = {t.server for t in self._tools} | self._starting
        return [
            ServerStatus(s, "starting" if s in self._starting else "running", tools=1)
            for s in sorted(servers)
        ]

    def list_tools(self) -> list[McpToolInfo]:
        return [t for t in self._tools if t.server not in self._starting]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return []

    def await_starts(self, name: str) -> None:
        self.waited.append(name)
        self._starting.discard(name)


ASKED = [
    ("remind me tomorrow to renew the passport", "set reminders, alarms or timers"),
    ("please set me a timer for 12 minutes", "set reminders, alarms or timers"),
    ("could you turn down the heating in the nursery?", "switch devices at home"),
    ("switch off the hall lights", "switch devices at home"),
    ("just order us two large margherita pizzas", "place orders"),
    ("send $40 to Priya for the tickets", "make payments or transfers"),
    ("pay my phone bill", "make payments or transfers"),
    ("email the landlord that the boiler is broken again", "send messages, e-mails or texts"),
    ("ok, book me a taxi for 6am", "make bookings or reservations"),
    ("put the school play on the 14th in my calendar", "add events to a calendar"),
    ("6시 반에 알람 맞춰줘", "set reminders, alarms or timers"),
    ("안방 보일러 좀 꺼줘", "switch devices at home"),
    ("족발 대자로 시켜줘", "place orders"),
    ("관리비 이체해줘", "make payments or transfers"),
    ("팀장님께 메일 보내줘", "send messages, e-mails or texts"),
    ("금요일 저녁 7시로 식당 예약 좀 잡아줘", "make bookings or reservations"),
    ("다음 주 화요일 회의 일정 잡아줘", "add events to a calendar"),
]

NOT_ASKED = [
    # How to, or what it is: a model explains.
    "how do I turn off the heating schedule on a Nest?",
    "what's the best way to pay the bill from abroad?",
    "보일러 끄는 법 알려줘",
    "예약 변경은 어떻게 하나요?",
    # Reminding of a fact is telling it.
    "remind me what the late-fee rule was",
    # Drafting the words is a model's job.
    "write an email to the landlord that the boiler is broken again",
    "draft a message to my sister about the party",
    "팀장님께 보낼 메일 초안 작성해줘",
    "집주인한테 보낼 문자 좀 써줘",
    # A statement, someone else doing it, or a clinic asked whether it does.
    "I turned off the lights before leaving",
    "she'll call her mum tonight",
    "ask the agent to send the contract",
    "결과를 문자로 보내줘요?",
    # The act inside a payload: the note is what is asked for.
    "leave a note on the fridge: call the plumber at 3",
    # A time with a colon opens no payload; the how-question still rules it out.
    "it's 5:30 now, how long until 7?",
]


@pytest.mark.parametrize(("text", "kind"), ASKED)
def test_an_asked_act_is_read_with_its_kind(text: str, kind: str) -> None:
    found = asked_action(text)
    assert found is not None and found.english.startswith(kind), text


@pytest.mark.parametrize("text", NOT_ASKED)
def test_look_alikes_are_not_acts(text: str) -> None:
    assert asked_action(text) is None, text


def test_the_notice_says_nothing_was_done_in_the_request_language() -> None:
    english = unserved_action("turn the living room lamp off, would you", None)
    korean = unserved_action("거실 조명 꺼줘", None)
    assert english is not None and korean is not None
    assert english.kind == korean.kind == "no_tool_for_action" and not english.server
    assert english.message.startswith("Nothing was done: no configured tool can switch devices")
    assert "mcp_servers.json" in english.message
    assert korean.message.startswith("집의 기기를 켜고 끌 수 있는 도구가")
    assert "아무것도 하지 않았습니다" in korean.message
    # A message may still be drafted: the notice says how to ask for it.
    texting = unserved_action("text my brother that dinner is at 8", None)
    assert texting is not None and "ask me to write it" in texting.message


def test_a_tool_that_may_do_the_act_leaves_it_to_the_tools() -> None:
    home = McpToolInfo("home", "lights_off", "Switch a room's lights off.", _TEXT)
    assert unserved_action("turn off the kitchen lights", _Servers([home])) is None
    sms = McpToolInfo("phone", "dispatch", "Sends an SMS to a contact.", _TEXT)
    assert unserved_action("text my brother that dinner is at 8", _Servers([sms])) is None
    # A disabled tool does not count.
    pending = McpToolInfo("home", "lights_off", "", _TEXT, enabled=False)
    assert unserved_action("turn off the kitchen lights", _Servers([pending])) is not None


def test_tools_that_only_mention_the_words_do_not_serve_the_act() -> None:
    # An echo tool's "text", a list's "in order", a generic "post": not a texting or shop tool.
    tools = [
        McpToolInfo("calc", "echo", "Echo the text back.", _TEXT),
        McpToolInfo("notes", "list", "List the notes in order of date.", _TEXT),
        McpToolInfo("pol", "post", "Send something to the outside world.", _TEXT),
    ]
    assert unserved_action("text my brother that dinner is at 8", _Servers(tools)) is not None
    assert unserved_action("order me a burger", _Servers(tools)) is not None


def test_servers_still_starting_are_waited_for_once_an_act_is_asked() -> None:
    alarms = McpToolInfo("clock", "set_alarm", "Set an alarm.", _TEXT)
    servers = _Servers([alarms], starting=("clock",))
    assert unserved_action("wake me up at 6", servers) is None
    assert servers.waited == ["clock"]
    # A request asking for no act never waits.
    idle = _Servers([alarms], starting=("clock",))
    assert unserved_action("what's 12% of 450?", idle) is None and idle.waited == []


def test_an_app_tool_that_may_do_the_act_leaves_it_to_the_tools() -> None:
    # A deployment's own tools (not MCP): "transfer_money", "send_note".
    assert unserved_action("Transfer 10 euros to Sam", None) is not None
    assert unserved_action("Transfer 10 euros to Sam", None, [("transfer_money", "")]) is None
    note = [("send_note", "Send a short note to a colleague.")]
    assert unserved_action("Please send a note to my colleague Mina saying hi.", None, note) is None
    # The built-in calculator and converters do no act.
    others = [("calculator", "Evaluate arithmetic."), ("convert_currency", "Convert money.")]
    assert unserved_action("Transfer 10 euros to Sam", None, others) is not None
