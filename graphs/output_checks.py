"""The output guard in the graph: check a model step's reply, escalate once, or flag it.

DESIGN.md "Engine": run on the chosen track → output guard (degenerate? invented
tool result?) → maybe escalate once (never for local_only) → StepRecord. A reply
that fails the guard is retried once on the cloud tier when that tier is
available and the step may leave the machine; otherwise the step completes
marked degraded, with the guard's reason among its reasons, so the UI shows a
banner, the cost figures count no saving, and the answer is never cached.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from agents.answer_grounding import invented_contacts, says_documents_lack_it, ungrounded
from agents.cited_follow_up_figures import figure_outside_cited_answer
from agents.claimed_acts import claimed_act
from agents.compound_grounding import figure_from_a_stem_reading
from agents.document_messages import general_knowledge_note, not_covered_message
from agents.echo_guard import echoes_question, imitated_notice
from agents.follow_up_figures import unsupported_follow_up_figure
from agents.local_follow_up_check import unconfirmed_local_follow_up
from agents.output_guard import GuardFailure, PreviousTurn, check_output, invented_tool_result
from agents.puzzle_answer_check_56e import unchecked_puzzle_answer
from agents.subject_grounding import figure_off_subject
from agents.tool_problems import ToolStatusSource, named_tool
from agents.tool_request_forms import canonical_tool_request
from agents.unserved_actions import NOTHING_DONE_EN, NOTHING_DONE_KO, how_to_add_a_tool
from agents.why_restated_54w import restated_for_why
from core.router import StepRequest
from core.text import detect_language
from core.types import RouteDecision
from graphs.engine import Engine
from graphs.recording import complete_step
from graphs.state import Current, State, Work, route_data

__all__ = [
    "GUARD_PREFIX",
    "degraded_step",
    "escalate",
    "guard_failure",
    "previous_turn",
    "with_source_note",
]

#: Every reason the guard adds starts with this (after "degraded: " when it flags the step).
GUARD_PREFIX = "guard:"


def _named_tool(engine: Engine, text: str) -> str | None:
    source = engine.tools.external_source
    servers: list[str] = (
        [s.name for s in source.status()] if isinstance(source, ToolStatusSource) else []
    )
    named = named_tool(canonical_tool_request(text, servers), servers) if servers else None
    if named is None:
        return None
    # "같은 거 drift로도": a server named without a tool is shown as the server alone.
    return f"{named.server}.{named.tool}" if named.tool else named.server


def previous_turn(state: State) -> PreviousTurn | None:
    """The conversation's previous question and its answer (``None`` on a first turn).

    The last message is this turn's question; the answer before it and the question
    that answer followed are the previous turn.
    """
    earlier = list(state.get("messages", []))[:-1]
    answer_at = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].type == "ai"), None)
    if answer_at is None:
        return None
    question = next((m for m in reversed(earlier[:answer_at]) if m.type == "human"), None)
    answer = earlier[answer_at].content
    if question is None or not isinstance(answer, str) or not isinstance(question.content, str):
        return None
    return PreviousTurn(question=question.content, answer=answer)


def guard_failure(
    engine: Engine,
    current: Current,
    work: Work,
    text: str,
    # The provider's response metadata (finish reason, token usage): each provider
    # reports its own keys, so it stays untyped here.
    metadata: dict[str, Any],
    previous: PreviousTurn | None = None,
) -> GuardFailure | None:
    """Why the reply ``text`` of the current step may not be shown as a good answer.

    Args:
        engine: The services (the MCP servers a request may name).
        current: The routed step.
        work: The step's model work so far (the tool calls that ran).
        text: The model's reply.
        metadata: The reply's provider metadata (finish reason).
        previous: The previous question and answer of the conversation: a reply that
            only repeats that answer to a changed follow-up is degenerate.
    """
    # A reply standing in for a tool's result is checked first: it is the worse failure,
    # and its replacement text says that nothing ran (a reply also in the wrong language
    # would otherwise be shown as it is, flagged only as degraded).
    tool = _named_tool(engine, current["text"])
    question: str | None = current["text"]
    if tool is None:
        # "Add two and three with the adding tool" → "The tool good.add has been executed
        # successfully: 5.": the request named no tool, the reply claims one ran. Only
        # a claimed outcome counts here (a reply may still explain what a tool does).
        tool, question = _named_tool(engine, text), None
    if tool is not None:
        invented = invented_tool_result(
            text, tool, len(work.get("tool_calls", [])), question=question
        )
        if invented is not None:
            return invented
    # "let Jisoo know the meeting moved" → "Done! I've let Jisoo know.": no tool ran.
    claim = claimed_act(text, current["text"], len(work.get("tool_calls", [])))
    if claim is not None:
        return GuardFailure("claimed_act", f"claimed an act no tool performed ({claim!r})")
    if echoes_question(text, current["text"]):
        return GuardFailure("echo", "said the question back without answering it")
    if (notice := imitated_notice(text)) is not None:
        # Only the app writes these notes after its own search; a model's copy is no decline.
        return GuardFailure(
            "imitated_notice", f"copied the app's own note ({notice}) instead of answering"
        )
    failure = check_output(text, question=current["text"], metadata=metadata, previous=previous)
    failure = failure or restated_for_why(text, current["text"], previous)
    doc = current["doc"]
    if failure is None and previous is not None and current["kind"] != "grounded":
        # A follow-up of a code calculation: the previous result again, or a figure no
        # working of the thread gives, is no answer (a cited document figure is not judged).
        # A local or degraded reply had no stronger tier check it: its bare figure is
        # judged even after a model-answered calculation (a cloud timeout's retry).
        route = work.get("route")
        unchecked = route is not None and (route["tier"] == "local" or bool(route["degraded"]))
        why = unsupported_follow_up_figure(
            text,
            current["text"],
            previous.question,
            previous.answer,
            judge_model_answered=unchecked,
        )
        # A step the user pinned to a tier (a replay, the tier picker) shows what that tier
        # said: only an unpinned local reply must be one code confirms.
        pinned = (current["request"] or {}).get("pinned_tier") is not None
        if why is None and unchecked and not pinned:
            why = unconfirmed_local_follow_up(
                text, current["text"], previous.question, previous.answer
            )
        # Only with no document plan: a reply under the "not the documents'" note (a follow-up
        # asking past the cited answer, graphs.cited_followups) does not read as theirs.
        if why is None and unchecked and not pinned and doc is None:
            why = figure_outside_cited_answer(
                text, current["text"], previous.question, previous.answer
            )
        if why is not None:
            failure = GuardFailure("unsupported_figure", f"follow-up figure: {why}")
    if failure is None and current["kind"] == "grounded" and doc is not None:
        if says_documents_lack_it(text):
            # Honest, but not an answer to cite: the step says "not in the documents".
            return GuardFailure("documents_lack_it", "the model found no answer in the passages")
        # Shown with the passages cited, an invented figure reads as the documents' answer.
        read = [p["text"] for p in doc["passages"]]
        why = ungrounded(text, current["text"], read)
        if why is None and (figure := figure_from_a_stem_reading(text, current["text"], read)):
            why = f"ungrounded: the passages stating {figure} hold the question's subject by stem"
        if why is None and (
            figure := figure_off_subject(
                text, current["text"], [(p.get("locator", ""), p["text"]) for p in doc["passages"]]
            )
        ):
            why = f"ungrounded: only passages about something else than asked state {figure}"
        if why is not None:
            return GuardFailure("ungrounded", f"document answer {why}")
    if failure is None:  # a puzzle answered by the local model (opens56e)
        pinned_tier = (current.get("request") or {}).get("pinned_tier") is not None
        routed = work.get("route")
        tier = routed["tier"] if routed is not None else None
        failure = unchecked_puzzle_answer(current["text"], current["kind"], tier, pinned_tier)
    if failure is None and current["kind"] == "generate" and doc is not None:
        # The documents were searched and hold no answer; the model read none of them.
        contacts = invented_contacts(text, current["text"])
        if contacts:
            return GuardFailure(
                "ungrounded",
                f"contact details {', '.join(contacts[:3])} in no document nor the question",
            )
    return failure


def _already_escalated(route: RouteDecision) -> bool:
    return any(r.startswith(GUARD_PREFIX) for r in route.reasons)


def escalate(
    engine: Engine,
    state: State,
    current: Current,
    work: Work,
    route: RouteDecision,
    failure: GuardFailure,
) -> RouteDecision | str:
    """The cloud route to retry the step on once, or why it is not retried there."""
    if failure.kind == "documents_lack_it":
        return "the passages do not answer it, on any tier"
    if failure.kind == "claimed_act":
        return "no tier can act in the world without a tool"
    if failure.kind == "ungrounded" and current["kind"] == "generate":
        return "no tier knows an organisation's own details that its documents do not give"
    if _already_escalated(route):
        return "already escalated once"
    if route.tier == "cloud":
        return "the cloud tier itself gave this reply"
    if current["privacy"] != "public" or work.get("local_reason") or current["pseudonymize"]:
        return "the step is local_only (never escalated to the cloud)"
    if current["request"] is None:
        return "a replayed step is not escalated"
    request = StepRequest(**current["request"])
    cloud = engine.router.decide(replace(request, pinned_tier="cloud"), engine.spend(state))
    if cloud.tier != "cloud" or cloud.refusal is not None:
        why = next((a.reason for a in cloud.alternatives if a.tier == "cloud"), "not allowed")
        return f"cloud tier unavailable ({why})"
    reasons = [r for r in cloud.reasons if not r.startswith("pinned to")]
    note = f"{GUARD_PREFIX} {failure.reason} on {route.model}; escalated once to the cloud tier"
    return cloud.model_copy(update={"reasons": (*reasons, note)})


def _shown_text(failure: GuardFailure, route: RouteDecision, text: str, question: str) -> str:
    if failure.kind == "empty":
        return f"The {route.tier} model returned no usable answer (empty output)."
    if failure.kind == "echo":
        # The question said back would read as its answer.
        if detect_language(question) == "ko":
            return f"{route.tier} 모델이 질문을 그대로 되풀이했을 뿐 답하지 못했습니다."
        return f"The {route.tier} model only said the question back; it gave no answer."
    if failure.kind == "imitated_notice":
        # The copied note would read as the app's own search having found nothing.
        if detect_language(question) == "ko":
            return f"{route.tier} 모델이 답하지 않고 이 앱의 안내 문구를 흉내 냈습니다."
        return (
            f"The {route.tier} model gave no answer: it copied the shape of this app's own "
            "notes instead."
        )
    if failure.kind == "repeats_previous":
        # Showing the same answer again under a new question would read as its answer.
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델이 이 질문에 답하지 못하고 이전 답변을 그대로 반복했습니다. "
                "바뀐 조건을 넣어 질문 전체를 다시 적어 주세요."
            )
        return (
            f"The {route.tier} model only repeated its previous answer instead of answering "
            "this follow-up. Please ask the whole question again with the change in it."
        )
    if failure.kind == "wrong_arithmetic":
        # A wrong figure is never shown as the answer: say what did not add up instead.
        working = failure.reason.removeprefix("wrong arithmetic: ")
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델의 계산이 맞지 않아 답을 보여 드리지 않습니다: {working}. "
                "숫자를 모두 넣어 질문 전체를 다시 적어 주세요."
            )
        return (
            f"The {route.tier} model's arithmetic did not check out, so its answer is not "
            f"shown: {working}. Please ask the whole question again with every figure in it."
        )
    if failure.kind == "unsupported_figure" and "cited answer" in failure.reason:
        # A figure the documents' answer never gave would read as theirs.
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델이 인용한 문서 답에 없는 숫자를 내놓아 보여 드리지 않습니다. "
                "질문 전체를 다시 적어 주세요."
            )
        return (
            f"The {route.tier} model gave a figure that is in neither the documents' answer "
            "nor your question, so it is not shown. Please ask the whole question again."
        )
    if failure.kind == "unsupported_figure":
        # A figure that does not follow from the calculation would read as its result.
        if detect_language(question) == "ko":
            return (
                "이전 계산에서 그 값을 다시 계산하지 못했습니다 "
                f"({route.tier} 모델의 숫자가 검산되지 않아 보여 드리지 않습니다). "
                "계산 전체를 다시 적어 주세요."
            )
        return (
            "I could not recompute that from the previous calculation (the "
            f"{route.tier} model's figure did not check out, so it is not shown). "
            "Please restate the whole calculation."
        )
    if failure.kind == "unconverted_figure":
        # The question's figure in the asked unit would read as the conversion's result.
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델이 단위를 바꾸지 않고 질문의 숫자를 그대로 답해 보여 드리지 "
                "않습니다. 다시 물어봐 주세요. 컵·스푼을 그램으로 바꾸는 것이라면 재료마다 "
                "무게가 다르니 한 컵의 무게(예: 밀가루 1컵 120g)를 함께 적어 주세요."
            )
        return (
            f"The {route.tier} model gave the question's figure back in the asked unit "
            "without converting it, so its answer is not shown. Please ask again; for cups "
            "or spoons into grams, say what one cup weighs (e.g. 120 g of flour), since that "
            "depends on the ingredient."
        )
    if failure.kind == "misplaced_condolence":
        # Condolences for a loss nobody named read as the app misreading the user.
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델의 답이 질문과 맞지 않아 보여 드리지 않습니다 (질문에 없는 "
                "일에 조의를 표했습니다). 다른 말로 다시 물어봐 주세요."
            )
        return (
            f"The {route.tier} model's reply did not answer the question (it offered "
            "condolences for a loss you did not mention), so it is not shown. Please ask "
            "again in other words."
        )
    if failure.kind == "claimed_act":
        # The claim would read as done: say that nothing was, and how to have it done.
        if detect_language(question) == "ko":
            return (
                f"{NOTHING_DONE_KO}: {route.tier} 모델이 한 것처럼 답했지만 "
                "이 일을 할 수 있는 도구가 실행되지 않았습니다. " + how_to_add_a_tool("ko")
            )
        return (
            f"{NOTHING_DONE_EN}: the {route.tier} model replied as if it had done it, but no tool "
            "ran, so its reply is not shown. " + how_to_add_a_tool("en")
        )
    if failure.kind == "unchecked_puzzle":
        # A puzzle's answer nothing checked reads as worked out unless it says so (56e).
        if detect_language(question) == "ko":
            return f"({route.tier} 모델의 답이며 검산되지 않았습니다.)\n\n{text}"
        return f"(The {route.tier} model's answer; nothing checked it.)\n\n{text}"
    if failure.kind == "invented_tool_result":
        tool = failure.reason.removeprefix("invented tool result: ").split(" ", 1)[0]
        return (
            f"`{tool}` did not run (it was not called; nothing ran): the {route.tier} model "
            "replied without calling it, so its reply is not shown as the tool's result. To run "
            "the tool, send "
            f'`{tool} {{"arg": "value"}}`; `switchyard mcp tools` lists the tools.'
        )
    return text


def with_source_note(current: Current, text: str) -> str:
    """``text`` opened by "not in the documents" when the step's documents hold no answer.

    A model answering a question the workspace's documents were searched for and do not
    answer writes from general knowledge: the reader must not take it for theirs.
    """
    doc = current["doc"]
    if doc is None or current["kind"] != "generate":
        return text
    return general_knowledge_note(current["text"], doc["reasons"]) + text


def degraded_step(
    engine: Engine,
    state: State,
    current: Current,
    work: Work,
    route: RouteDecision,
    text: str,
    failure: GuardFailure,
    not_escalated: str,
) -> State:
    """Complete the step with its reply flagged degraded, and the guard's reason recorded.

    A document step's reply is not shown at all: flagged or not, it would read as what
    the documents say. The step answers that the documents do not say it instead.
    """
    # A general reply that invented the organisation's own details (a phone number) is no
    # answer either: the documents, searched, do not give them.
    invented = current["kind"] == "generate" and failure.kind == "ungrounded"
    if current["doc"] is not None and (current["kind"] == "grounded" or invented):
        return _declined_step(engine, state, current, work, route, failure, not_escalated)
    # "degraded:" first: the UI's badges and banner show reasons that start with it.
    note = f"degraded: {GUARD_PREFIX} {failure.reason}; not escalated: {not_escalated}"
    flagged = route.model_copy(update={"degraded": True, "reasons": (*route.reasons, note)})
    return complete_step(
        engine.models,
        state,
        {**work, "route": route_data(flagged)},
        with_source_note(current, _shown_text(failure, route, text, current["text"])),
    )


def _declined_step(
    engine: Engine,
    state: State,
    current: Current,
    work: Work,
    route: RouteDecision,
    failure: GuardFailure,
    not_escalated: str,
) -> State:
    """End a document step whose reply failed the guard with "not in the documents"."""
    doc = current["doc"]
    question = current["text"]
    decline = (doc["decline_answer"] if doc else "") or not_covered_message(
        question, "질문에 대한 답" if detect_language(question) == "ko" else "an answer to this"
    )
    # "guard:" keeps the turn out of the answer cache; the honest decline is no degraded answer.
    note = (
        f"{GUARD_PREFIX} {failure.reason} on {route.model}; not escalated: {not_escalated}; "
        "answered that the documents do not say, with no citation"
    )
    declined = route.model_copy(update={"reasons": (*route.reasons, note)})
    return complete_step(
        engine.models, state, {**work, "route": route_data(declined)}, decline, citations=[]
    )
