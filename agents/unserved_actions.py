"""Everyday actions no configured tool can do, told by code before a model could claim them.

Why this exists: "remind me at 5pm to call mum", "거실 불 좀 꺼줘", "order me a pizza" or
"엄마한테 문자 보내줘" ask for something to happen in the world. Switchyard can only act
through an MCP tool; with none configured for it, a model handed the request can only
talk, and a small one may say "Done! I've set a reminder for 5pm" (the honesty bar:
never present an outcome no tool produced). Requests naming a server or a tool are
answered by :mod:`agents.tool_problems`; these name neither, only the act.

Read narrowly, because a wrong notice refuses a request a model could help with:
- the act must be asked for, not asked about ("how do I set an alarm on my phone?",
  "remind me what the refund rule is" go to a model);
- writing the message is not sending it ("write a text to mum saying I'm late",
  "엄마한테 보낼 문자 써줘" are drafting, which a model does);
- an enabled tool whose name or description speaks of the act ("notify", "lights",
  "calendar") may be the one: the request is left to the tool-calling path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agents.tool_problems import ToolProblem, ToolStatusSource
from core.text import detect_language

__all__ = [
    "ACTION_KINDS",
    "IMPERATIVE_LEAD",
    "MESSAGES",
    "NOTHING_DONE_EN",
    "NOTHING_DONE_KO",
    "PLEASE_KO",
    "ActionKind",
    "asked_action",
    "how_to_add_a_tool",
    "not_the_act",
    "request_head",
    "unserved_action",
]


@dataclass(frozen=True)
class ActionKind:
    """One kind of act in the world, how people ask for it, and what a tool for it is called."""

    # What the act is, completing "No configured tool can …" / "… 도구가 없습니다".
    english: str
    korean: str
    asked: re.Pattern[str]
    # Words of a tool's name, and what its description says, when it may be the one.
    tool_names: frozenset[str]
    described: re.Pattern[str]


def _kind(
    english: str, korean: str, asked_en: str, asked_ko: str, tool_names: str, described: str
) -> ActionKind:
    # An English act is asked for in the imperative: at the start of the request or a clause,
    # or after "please" / "can you" ("I'll call her tomorrow" tells, it does not ask).
    asked = rf"(?:{IMPERATIVE_LEAD})(?:{asked_en})|{asked_ko}"
    asked = asked.replace("<please>", PLEASE_KO).replace("<when>", _WHEN_KO)
    return ActionKind(
        english,
        korean,
        re.compile(asked, re.IGNORECASE),
        frozenset(tool_names.split()),
        re.compile(described, re.IGNORECASE),
    )


# "해줘", "해 주세요", "해줄래": asked of the assistant. "보내줘요?" asks whether someone
# does it ("검사 결과 문자로도 보내줘요?" of a clinic), so a question mark after 줘요 is not one.
PLEASE_KO = r"(?:줘(?!요?\s*\?)|주세요(?!\s*\?)|줄래)"
IMPERATIVE_LEAD = (
    r"^\s*|[.!?;,]\s*|\b(?:please|pls|plz|hey|hi|ok|okay|can\s+you|could\s+you|would\s+you"
    r"|will\s+you|go\s+ahead\s+and|just)\s+"
)
# A time of day or a delay ("at 5pm", "in 10 minutes", "5시에", "30분 뒤에").
_WHEN_KO = r"(?:\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?|\d+\s*분\s*(?:뒤|후))\s*에?"

REMINDERS = _kind(
    "set reminders, alarms or timers",
    "알림·알람·타이머를 맞출",
    # asked in English (after the imperative lead-in, see _kind)
    r"\bremind\s+(?:me|us|him|her|them)\s+(?:to|at|in|on|tomorrow|tonight|every|next|this)\b"
    r"|\bset\s+(?:up\s+)?(?:me\s+)?(?:a|an|the|my)\s+(?:\w+\s+){0,2}(?:reminder|alarm|timer)"
    r"|\bwake\s+me\s+(?:up\s+)?(?:at|in)\b",
    # asked in Korean
    r"(?:알람|알림|리마인더|타이머)\s*(?:을|를|좀|\S*로|\S*에)?\s*(?:\S+\s+){0,2}(?:좀\s*)?"
    r"(?:맞춰|설정해|켜|걸어|등록해|해)\s*(?:줘|주세요|줄래|줄\s*수)"
    r"|<when>\s*(?:좀\s*)?(?:깨워|알려)\s*<please>",
    "remind reminder reminders alarm alarms timer timers calendar schedule",
    r"\b(?:sets?|creates?|schedules?)\s+(?:an?\s+)?(?:reminder|alarm|timer)s?\b|\breminders?\b|\balarms?\b",
)
HOME_DEVICES = _kind(
    "switch devices at home",
    "집의 기기를 켜고 끌",
    # asked in English (after the imperative lead-in, see _kind)
    r"\bturn\s+(?:on|off|up|down)\s+(?:the\s+|my\s+|all\s+the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:lights?|lamps?|heating|heater|a/?c|air\s?con(?:ditioning|ditioner)?|tv|fan|boiler"
    r"|thermostat|oven|kettle|washing machine|dryer|robot vacuum)\b"
    # "turn the living room lamp off"
    r"|\bturn\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:lights?|lamps?|heating|heater|tv|fan|boiler"
    r"|a/?c|oven)\s+(?:on|off|up|down)\b"
    r"|\b(?:switch|dim)\s+(?:on\s+|off\s+)?(?:the\s+|my\s+)(?:[\w-]+\s+){0,2}lights?\b",
    # asked in Korean
    r"(?:(?<![가-힣])불(?:을|도|은)?(?=\s)|전등|조명|에어컨|보일러|난방|티비|TV|선풍기|가습기|제습기"
    r"|로봇청소기|세탁기)\S*\s*(?:\S+\s+){0,2}(?:좀\s*)?(?:꺼|켜|틀어|돌려)\s*<please>",
    "light lights lamp lamps thermostat device devices switch plug home hvac climate aircon",
    r"\bturns?\s+(?:on|off)\b|\bsmart\s?home\b|\b(?:lights?|lamps?|thermostat|appliances?)\b",
)
ORDERS = _kind(
    "place orders",
    "주문할",
    # asked in English (after the imperative lead-in, see _kind)
    r"\border\s+(?:me|us)\b|\bplace\s+(?:an?\s+)?order\b|\bbuy\s+me\s+(?:a|an|some|the)\b"
    r"|\border\s+(?:a|an|some|two|three|\d+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:pizzas?|burgers?|coffees?|takeaway|takeout|food|groceries|sushi|taxi|cab|uber)\b",
    # asked in Korean
    r"주문\s*(?:좀\s*)?(?:해|넣어)\s*<please>"
    r"|(?:배달|치킨|피자|짜장면|족발|떡볶이|음식|커피|택시)\S*\s*(?:\S+\s+){0,2}(?:좀\s*)?(?:시켜|불러)\s*<please>",
    "order orders buy purchase checkout cart deliver delivery taxi ride",
    r"\bplaces?\s+(?:an?\s+)?orders?\b|\border(?:s|ing)?\s+(?:food|items?|products?|groceries)\b|\bpurchases?\b|\bshopping\s+cart\b",
)
PAYMENTS = _kind(
    "make payments or transfers",
    "송금이나 결제를 할",
    # asked in English (after the imperative lead-in, see _kind)
    r"\b(?:pay|transfer|wire|venmo|zelle)\s+(?:[$£€]\s?\d|\d[\d,.]*\s*(?:dollars|pounds|euros|won)"
    r"|(?:the|my|this)\s+(?:[\w-]+\s+){0,2}(?:bill|rent|invoice|fine|deposit))"
    r"|\bsend\s+(?:[$£€]\s?\d|\d[\d,.]*\s*(?:dollars|pounds|euros|bucks|quid))",
    # asked in Korean
    r"(?:송금|이체|입금|결제)\s*(?:좀\s*)?(?:해|시켜)\s*<please>"
    r"|\d[\d,]*\s*(?:만\s*)?원\s*(?:만\s*)?(?:좀\s*)?(?:보내|부쳐|쏴)\s*<please>",
    "pay payment payments transfer remit invoice wallet bank",
    r"\bpayments?\b|\bpays?\s+(?:an?|the)\b|\btransfers?\s+(?:money|funds)\b|\bremittance\b",
)
MESSAGES = _kind(
    "send messages, e-mails or texts, or make calls",
    "메시지·메일·문자를 보내거나 전화를 걸",
    # asked in English (after the imperative lead-in, see _kind)
    r"\b(?:text|sms|e-?mail|message|call|ring|phone|dm)\s+(?:my\s+)?"
    r"(?:mum|mom|dad|wife|husband|boss|sister|brother|him|her|them|the\s+(?:team|landlord|office))\b"
    r"|\bsend\s+(?:a|an|the|this|that|my|it)\s*(?:\w+\s+){0,2}"
    r"(?:e-?mail|text|message|sms|reply|dm|invitation|invite)?\s*(?:to|via)\s+\w",
    # asked in Korean
    r"(?:문자|메시지|메세지|메일|이메일|카톡|답장)\S*\s*(?:좀\s*)?(?:보내|전송해|날려)\s*<please>"
    r"|전화\s*(?:좀\s*)?(?:걸어|해)\s*<please>",
    "send mail email message messages sms text notify notification call dial chat slack",
    r"\bsends?\s+(?:an?\s+)?(?:e-?mails?|messages?|texts?|sms|notifications?)\b|\b(?:e-?mail|sms|slack|notifications?)\b|\b(?:phone|voice)\s+calls?\b",
)
BOOKINGS = _kind(
    "make bookings or reservations",
    "예약할",
    # asked in English (after the imperative lead-in, see _kind)
    r"\bbook\s+(?:me\s+|us\s+)?(?:a|an|the|two|three|\d+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:table|flight|room|taxi|cab|appointment|tickets?|hotel|seat|court|slot|session)\b"
    r"|\bmake\s+(?:me\s+)?(?:a|an)\s+(?:\w+\s+)?(?:reservation|appointment|booking)\b"
    r"|\breserve\s+(?:me\s+|us\s+)?(?:a|an|the|two|\d+)\s",
    # asked in Korean
    r"예약\s*(?:좀\s*)?(?:해|잡아|걸어|넣어)\s*<please>",
    "book booking reserve reservation appointment appointments calendar schedule ticket tickets",
    r"\b(?:books?|reserves?)\s+(?:an?\s+|the\s+)?(?:table|room|flight|appointment|ticket|seat)s?\b|\breservations?\b|\bappointments?\b",
)
CALENDAR = _kind(
    "add events to a calendar",
    "캘린더에 일정을 넣을",
    # asked in English (after the imperative lead-in, see _kind)
    r"\b(?:add|put)\s+(?:it|this|that|them|an?\s+\w+|.{1,40}?)\s+(?:to|on|in)\s+(?:my|our|the)\s+"
    r"(?:calendar|diary|schedule)\b|\bschedule\s+(?:a|an|the)\s+(?:\w+\s+)?(?:meeting|call|event)\b",
    # asked in Korean
    r"(?:일정|약속|회의)\S*\s*(?:좀\s*)?(?:잡아|등록해|추가해|넣어)\s*<please>"
    r"|(?:캘린더|달력|일정표)에\s*(?:좀\s*)?(?:\S+\s+){0,2}(?:넣어|추가해|등록해)\s*<please>",
    "calendar event events schedule meeting",
    r"\bcalendar\b|\b(?:creates?|adds?)\s+(?:an?\s+)?events?\b",
)
ACTION_KINDS: tuple[ActionKind, ...] = (
    REMINDERS,
    HOME_DEVICES,
    ORDERS,
    PAYMENTS,
    MESSAGES,
    BOOKINGS,
    CALENDAR,
)

# Asking about the act, or for its words, not for it to happen: a model helps with these.
_NOT_THE_ACT = re.compile(
    r"\b(?:how|what|whats|why|which|when|where|wheres|whether|explain|meaning)\b"
    r"|\b(?:write|draft|compose|word|rewrite|reword|translate|polish|proofread|template|example"
    r"|sample|summari[sz]e)\b|\bhelp\s+me\s+(?:write|word|say)"
    r"|방법|어떻게|어떡해|뭐|무엇|왜|차이|의미|뜻"
    r"|써\s*(?:줘|주세요|줄래)|작성|초안|다듬|번역|고쳐|예시|문구|양식|템플릿|요약",
    re.IGNORECASE,
)


# What the request asks, before its payload: "leave a note for my boss: … call her back …"
# asks for a note; the words after the colon are the note's. (A colon in a time, "5:30",
# opens no payload.)
_PAYLOAD = re.compile(r":(?!\d)|\n|[\"“‘]")
# Someone else is to do it ("tell the plumber to send the quote", "ask her to call me").
_ANOTHER_DOES_IT = re.compile(
    r"\b(?:tell|ask|get|have|want)\s+(?:\w+\s+){1,3}to\s+(?:send|call|text|email|book|order|pay)\b",
    re.IGNORECASE,
)


def request_head(text: str) -> str:
    """What ``text`` asks, before any payload it carries (a note's words, a quote)."""
    return _PAYLOAD.split(text, maxsplit=1)[0]


def not_the_act(text: str) -> bool:
    """``text`` asks about an act, for its words, or for someone else to do it."""
    head = request_head(text)
    return bool(_NOT_THE_ACT.search(head) or _ANOTHER_DOES_IT.search(head))


def asked_action(text: str) -> ActionKind | None:
    """The kind of act ``text`` asks to have done (``None`` for any other request)."""
    if not_the_act(text):
        return None
    head = request_head(text)
    return next((kind for kind in ACTION_KINDS if kind.asked.search(head)), None)


def _name_words(name: str) -> set[str]:
    """ "send_sms", "placeOrder", "lights-off" → their words, lower-cased."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return {w.lower() for w in re.split(r"[\W_]+", spaced) if w}


def _served_by(kind: ActionKind, tools: Iterable[tuple[str, str]]) -> bool:
    """A tool (its name and description) may do it: its name has a word of the act, or its
    description says so ("Sends an SMS"; an echo tool's "the text" or a list's "in order"
    do not)."""
    return any(
        kind.tool_names & _name_words(name) or kind.described.search(description)
        for name, description in tools
    )


def _tools_once_started(source: object | None) -> list[tuple[str, str]]:
    """Every enabled MCP tool's name and description, waiting for servers still starting in
    the background: one of them may be the tool for the act (only an asked act waits;
    other requests never do)."""
    if not isinstance(source, ToolStatusSource):
        return []
    wait = getattr(source, "await_starts", None)
    if callable(wait):
        for status in source.status():
            if status.state == "starting":
                wait(status.name)
    return [(t.name, t.description) for t in source.list_tools() if t.enabled and not t.task_only]


# How every reply that did not act opens or says so, here and in the claimed-act notice
# (graphs.output_checks); the workload's checks read a told tool problem by these words.
NOTHING_DONE_EN = "Nothing was done"
NOTHING_DONE_KO = "아무것도 하지 않았습니다"


def how_to_add_a_tool(language: str) -> str:
    """The sentence saying how to have an act done here: add an MCP server with a tool for it."""
    if language == "ko":
        return (
            "그런 도구가 있는 MCP 서버를 mcp_servers.json에 추가하면 여기서 할 수 있습니다 "
            "(`switchyard mcp tools`가 지금 쓸 수 있는 도구를 보여 줍니다)."
        )
    return (
        "Add an MCP server with a tool for it to mcp_servers.json to do it here "
        "(`switchyard mcp tools` lists the tools you have)."
    )


def unserved_action(
    text: str, source: object | None, builtin: Iterable[tuple[str, str]] = ()
) -> ToolProblem | None:
    """The notice for an act ``text`` asks for that no configured tool may do.

    Args:
        text: One step of a request.
        source: The MCP manager (``None`` when no servers are configured).
        builtin: The app's own tools, as (name, description): a deployment may register
            one that acts ("transfer_money", "send_note").

    Returns:
        ``None`` when ``text`` asks for no act (see :func:`asked_action`) or an enabled
        tool's name or description speaks of it; otherwise a problem whose message says
        nothing was done and why, in the request's language.
    """
    kind = asked_action(text)
    if kind is None:
        return None
    if _served_by(kind, builtin) or _served_by(kind, _tools_once_started(source)):
        return None
    if detect_language(text) == "ko":
        message = (
            f"{kind.korean} 수 있는 도구가 연결되어 있지 않아 {NOTHING_DONE_KO}. "
            + how_to_add_a_tool("ko")
        )
        if kind is MESSAGES:
            message += ' 보낼 글이 필요하면 "…라고 문자 써줘"처럼 요청해 주세요.'
    else:
        message = (
            f"{NOTHING_DONE_EN}: no configured tool can {kind.english}, and Switchyard only "
            "acts through its tools. " + how_to_add_a_tool("en")
        )
        if kind is MESSAGES:
            message += " To have the words drafted for you to send, ask me to write it."
    return ToolProblem("no_tool_for_action", "", kind.english, message)
