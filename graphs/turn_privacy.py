"""The privacy class of a turn: precise, not sticky.

A conversation becomes ``local_only`` for good only through the user's own
messages. Personal data in a retrieved passage or a tool result keeps *that
step* local (``graphs.step_routing``/``graphs.recording``), and the answer that
quoted it is marked; a later turn is local while such an answer is still in
the history a model step would be shown (``graphs.prompting``), and public
again once it is not. The organisation's own contacts
(``privacy.public_contacts``) are never personal data.

Routing is one line of defence; :func:`step_taint` gives the egress guard the
other: the personal values of every source a model step could carry, so the
wire refuses them even when routing sent the step to the cloud by mistake.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.privacy import scan, scan_conversation, scan_with_context
from core.privacy.public_contacts import PublicContacts
from core.privacy.taint import TaintFacts, taint_of
from core.types import PrivacyClass

if TYPE_CHECKING:
    # Annotations only: the CLI's fast path classifies a turn without LangChain.
    from langchain_core.messages import AIMessage, AnyMessage, BaseMessage

    from graphs.state import Current, State

# The prompt shows a model step the last messages before the question
# (``graphs.prompting``); the same window decides whether earlier answers make this turn local.
HISTORY_MESSAGES = 4
# Key in ``AIMessage.response_metadata`` (kept in the checkpoint, never sent to a model).
ANSWER_PRIVACY_KEY = "switchyard_privacy"
# Reasons a turn is local besides the personal-data types of the user's own question.
EARLIER_TURN = "earlier turn"  # an earlier message of the user held personal data
EARLIER_ANSWER = "earlier answer"  # an answer in the prompt's history window quoted some
QUOTED_STEP = "a step quoting personal data"  # a step of this turn quoted what it read


@dataclass(frozen=True)
class TurnPrivacy:
    """What ``guard_input`` decides: the turn's class, the thread's class and why."""

    privacy: PrivacyClass
    thread_privacy: PrivacyClass
    reasons: list[str]


def classify_turn(
    question: str, history: Sequence[AnyMessage], contacts: PublicContacts
) -> TurnPrivacy:
    """Classify a new question in its conversation.

    Args:
        question: the new question.
        history: the conversation's messages before it.
        contacts: the organisation's own contacts (not personal data).

    Returns:
        ``local_only`` for the thread when the user's own messages (this one or an
        earlier one) hold personal data; for the turn also when an answer still in
        the prompt's history window quoted personal data.
    """
    asked = [str(m.content) for m in history if m.type == "human"]
    previous = asked[-1] if asked else ""
    types = sorted({str(f.type) for f in contacts.personal(scan_with_context(question, previous))})
    earlier_user = any(contacts.personal(found) for found in scan_conversation(asked))
    thread: PrivacyClass = "local_only" if types or earlier_user else "public"
    reasons = types or ([EARLIER_TURN] if earlier_user else [])
    window = list(history)[-HISTORY_MESSAGES:]
    if not reasons and any(_private_answer(m, contacts) for m in window if m.type == "ai"):
        reasons = [EARLIER_ANSWER]
    privacy: PrivacyClass = "local_only" if reasons else "public"
    return TurnPrivacy(privacy=privacy, thread_privacy=thread, reasons=reasons)


def _private_answer(message: AnyMessage, contacts: PublicContacts) -> bool:
    # The mark is set when the answer was recorded; the scan covers answers kept
    # before the mark existed.
    marked = message.response_metadata.get(ANSWER_PRIVACY_KEY) == "local_only"
    return marked or bool(contacts.personal(scan(str(message.content))))


def turn_carries_personal_data(privacy_types: Sequence[str]) -> bool:
    """Whether the turn itself carries personal data, so its answer is marked local.

    Two inputs make it so: the user's own messages (this question's personal-data
    types, or ``EARLIER_TURN`` for an earlier message of the user) and a step of this
    turn whose output quoted personal data it read (``QUOTED_STEP``). The answer may
    echo either. ``EARLIER_ANSWER`` alone does not: it makes the turn local because of
    what the prompt's history shows, and this turn's answer is judged by its own text.

    Args:
        privacy_types: the turn's privacy reasons (the state's ``privacy_types``).
    """
    return any(reason != EARLIER_ANSWER for reason in privacy_types)


def passage_pii_types(
    passages: Sequence[Mapping[str, object]], contacts: PublicContacts
) -> list[str]:
    """The personal-data types in retrieved passages, the organisation's own contacts left out."""
    found = (f for p in passages for f in contacts.personal(scan(str(p.get("text", "")))))
    return sorted({str(f.type) for f in found})


def quotes_personal_data(answer: str, turn_private: bool, contacts: PublicContacts) -> bool:
    """Whether a turn's answer must keep later turns that carry it local.

    Args:
        answer: the answer text.
        turn_private: the turn carries personal data (:func:`turn_carries_personal_data`),
            which the answer may echo.
        contacts: the organisation's own contacts (not personal data).
    """
    return turn_private or bool(contacts.personal(scan(answer)))


def answer_message(
    text: str, *, quotes_personal_data: bool, tool_result: str | None = None
) -> AIMessage:
    """The answer as it joins the history, marked when it carries personal data.

    ``tool_result`` is the one number the turn's tool call returned
    (``graphs.tool_results``), kept for a follow-up that works on it.
    """
    from langchain_core.messages import AIMessage

    from graphs.tool_results import TOOL_RESULT_KEY

    metadata = {ANSWER_PRIVACY_KEY: "local_only"} if quotes_personal_data else {}
    if tool_result is not None:
        metadata[TOOL_RESULT_KEY] = tool_result
    return AIMessage(content=text, response_metadata=metadata)


def _step_sources(
    state: State, current: Current, outgoing: Sequence[BaseMessage]
) -> Iterator[tuple[str, str]]:
    for message in state.get("messages", []):
        where = "your message" if message.type == "human" else "an earlier answer"
        yield where, str(message.content)
    for output in state.get("outputs", []):
        yield "an earlier step", output["text"]
    doc = current.get("doc")
    for passage in doc["passages"] if doc else []:
        yield "a document passage", str(passage.get("text", ""))
    for sent in outgoing:
        if sent.type == "tool":
            yield "a tool result", str(sent.content)


def step_taint(
    state: State, current: Current, outgoing: Sequence[BaseMessage], contacts: PublicContacts
) -> TaintFacts:
    """The provenance taint the egress guard checks a model step's requests against.

    Every personal value of the whole conversation (not only the prompt's window:
    a model may be shown more by mistake), the step's passages and the tool results
    it has read so far.

    Args:
        state: the graph state.
        current: the routed step.
        outgoing: the messages about to be sent (their tool results are sources).
        contacts: the organisation's own contacts (not personal data).
    """
    return taint_of(_step_sources(state, current, outgoing), contacts)
