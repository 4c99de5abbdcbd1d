"""The code-only parts of a turn, shared by the graph's nodes and the CLI's fast path.

``guard_input``, ``answer_from_faq``, ``plan`` and ``route_step`` call these for
their deterministic work; ``graphs.fast_turn`` calls the same functions to answer a
question plain code can answer without building the LangGraph graph. Nothing here
imports LangGraph or LangChain: the nodes add the LangChain message themselves.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.input_check import check_question
from core.privacy.public_contacts import PublicContacts
from core.router import Spend, StepRequest
from core.settings import Settings
from core.text import estimate_tokens, reply_language
from core.trace_store import TraceStore
from core.types import ModelTier, PrivacyClass, StepRecord
from graphs.step_data import CitationData, StepKind, StepRecordData, record_data
from graphs.turn_privacy import classify_turn, quotes_personal_data, turn_carries_personal_data
from tools.faq import FaqBook
from tools.planner import split_steps

if TYPE_CHECKING:
    from langchain_core.messages import AnyMessage

    from agents.documents import DocPlan
    from agents.mcp_dispatch import McpDispatch
    from graphs.state import State

# Room for the system prompt and fences around a step's own text, in tokens.
PROMPT_OVERHEAD_TOKENS = 60
LOOSE_FOLLOW_UP_REASON = (
    "follow-up: refers to the previous turn; the model gets the previous question and "
    "answer, no document search"
)


def guard_turn(raw: str, history: Sequence[AnyMessage], settings: Settings) -> State:
    """Input checks, PII scan and the privacy class of a question (``guard_input``'s work).

    Args:
        raw: The question as asked.
        history: The conversation's earlier messages (none for a new thread).
        settings: Limits and the organisation's public contacts.

    Returns:
        The turn's reset fields; a refused question carries ``stop_reason`` and an
        empty ``question``. The caller adds the question to the conversation.
    """
    turn: State = {
        "started_at": time.time(),
        "plan": [],
        "step_index": 0,
        "current": None,
        "work": None,
        "outputs": [],
        "records": [],
        "citations": [],
        "answer": "",
        "path": ["guard_input"],
        "stop_reason": None,
    }
    rejection = check_question(raw, settings.limits.max_input_chars)
    if rejection is not None:
        return {
            **turn,
            "question": "",
            "privacy": "public",
            "privacy_types": [],
            "answer": rejection.message,
            "stop_reason": rejection.reason,
        }
    question = raw.strip()
    contacts = PublicContacts(settings.privacy.public_contacts)
    decided = classify_turn(question, history, contacts)
    return {
        **turn,
        "question": question,
        "thread_privacy": decided.thread_privacy,
        "privacy": decided.privacy,
        "privacy_types": decided.reasons,
    }


def faq_answer(
    faq: FaqBook | None, question: str, privacy: PrivacyClass, started: float
) -> State | None:
    """A curated FAQ entry's answer and its step record, or ``None`` when none matches.

    Args:
        faq: The curated answers (``None``: none configured).
        question: The guarded question.
        privacy: The turn's privacy class, recorded on the step.
        started: ``time.perf_counter()`` when the lookup began.
    """
    hit = faq.lookup(question) if faq is not None else None
    if hit is None:
        return None
    why = f"faq: {hit.match} match of entry {hit.entry.id!r}"
    record = stored_answer_record(question, privacy, "faq", why, hit.answer, started)
    entry = hit.entry
    if entry.source is None:
        return {"answer": hit.answer, "records": [record]}
    # The entry summarises a document: cite it, as a document answer would be.
    cited = CitationData(
        id=1,
        source=entry.source,
        locator=f"§{entry.section}" if entry.section else "",
        text=hit.answer,
    )
    return {"answer": hit.answer, "records": [record], "citations": [cited]}


def stored_answer_record(
    question: str, privacy: PrivacyClass, source: str, why: str, answer: str, started: float
) -> StepRecordData:
    """The record of an answer taken from a store (curated FAQ, answer cache): no model ran."""
    record = StepRecord(
        node="answer_from_faq",
        tier="deterministic",
        reasons=[f"deterministic — {source}, no model call", why],
        latency_ms=(time.perf_counter() - started) * 1000,
        privacy=privacy,
        input_text=question,
        output_text=answer,
    )
    return record_data(record)


def plan_turn(question: str, max_steps: int) -> State:
    """Split the request into steps with deterministic patterns (``plan``'s work)."""
    steps = split_steps(question) or [question]
    update: State = {"plan": steps[:max_steps]}
    if len(steps) > max_steps:
        update["stop_reason"] = f"step budget: {len(steps)} steps, limit {max_steps} per turn"
    return update


def step_request(
    *,
    text: str,
    kind: StepKind,
    handler_name: str | None,
    privacy: PrivacyClass,
    privacy_reason: str,
    doc: DocPlan | None = None,
    dispatch: McpDispatch | None = None,
    loose_follow_up: bool = False,
    pinned: ModelTier | None = None,
    forced: ModelTier | None = None,
) -> StepRequest:
    """What the router is asked about one step (``route_step`` builds it for every kind).

    Args:
        text: The step's text.
        kind: What will run the step (a handler, documents, an MCP call, a model).
        handler_name: The code or tool that answers it, named in the reasons.
        privacy: The step's privacy class.
        privacy_reason: Why, for the reasons.
        doc: The document plan, when documents were searched.
        dispatch: The explicit MCP call, when the step names one.
        loose_follow_up: The step refers to the previous turn and no code resolved it.
        pinned: The tier a replay pins the step to.
        forced: The tier a conversation's picker forces on model steps.
    """
    return StepRequest(
        text=text,
        # "and in Korean?" is written in English; the model must write Korean.
        language=reply_language(text),
        handler=handler_name,
        privacy=privacy,
        privacy_reason=privacy_reason,
        needs_tools=kind == "generate",
        prompt_tokens=estimate_tokens(text)
        + (doc.prompt_tokens if doc else 0)
        + PROMPT_OVERHEAD_TOKENS,
        pinned_tier=pinned or forced,
        pin_source="replay" if pinned else "this conversation's tier picker",
        extra_reasons=tuple(doc.reasons)
        if doc
        else (f"mcp: {dispatch.reason}",)
        if dispatch
        else (LOOSE_FOLLOW_UP_REASON,)
        if loose_follow_up
        else (),
    )


def turn_spend(traces: TraceStore | None, state: State) -> Spend:
    """Money spent in this turn and in this conversation, for the router's budget rule."""
    turn = sum(float(r.get("cost", 0.0)) for r in state.get("records", []))
    session = traces.session_spend(state.get("thread_id", "")) if traces else 0.0
    return Spend(turn_usd=turn, session_usd=session + turn)


def answer_quotes_personal_data(
    answer: str, privacy_types: Sequence[str], settings: Settings
) -> bool:
    """Whether an answer joins the conversation marked local (``record``'s check).

    Args:
        answer: The turn's answer.
        privacy_types: The turn's privacy reasons (``guard_turn``'s ``privacy_types``).
        settings: The organisation's public contacts, which are not personal data.
    """
    contacts = PublicContacts(settings.privacy.public_contacts)
    return quotes_personal_data(answer, turn_carries_personal_data(privacy_types), contacts)
