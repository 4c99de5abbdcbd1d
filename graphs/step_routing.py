"""What ``route_step`` does: gather a step's facts and ask the router where it goes.

The facts are the deterministic handler, an explicit MCP call, document
coverage, privacy and replay pins; together they form a ``StepRequest``. A
``local_only`` generative step may still go to the cloud pseudonymized when
config allows it, and a document question no model may answer falls back to the
documents' own sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from agents.document_fallback import extractive_fallback
from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import DocPlan, plan_document_step
from agents.mcp_prose_calls import prose_call_problem
from agents.own_facts_55o import own_fact_not_in_documents
from agents.tool_problems import ToolProblem, tool_problem
from agents.tool_request_forms import canonical_tool_request, configured_servers
from agents.tool_retry import repeated_tool_request
from agents.unserved_actions import unserved_action
from core.privacy.public_contacts import PublicContacts
from core.router import StepRequest
from core.types import PrivacyClass, RouteDecision
from graphs import policy
from graphs.cited_followups import (
    asks_beyond_cited_answer,
    asks_something_new,
    beyond_cited_answer_plan,
)
from graphs.code_stage import step_request
from graphs.document_thread_54w import (
    kept_to_the_thread_document_of,
    noticed_in_document_thread,
    screened_follow_up_quote,
)
from graphs.engine import Engine
from graphs.faq_thread_document_54q import kept_to_thread_documents
from graphs.follow_up_screens_55w import condition_stated_55w, screened_follow_up_55w
from graphs.prompting import context_tokens, previous_handler, replayed_step
from graphs.qualifier_plan import with_qualifier_of_follow_up
from graphs.recording import first_turn
from graphs.same_for_another_55r import screened_same_for_55r
from graphs.same_for_asked_again_56r import same_for_asked_again_56r
from graphs.span_total_57t import with_total_over_span
from graphs.state import (
    Context,
    Current,
    State,
    StepKind,
    doc_data,
    handler_data,
    mcp_data,
    new_current,
    request_data,
    route_data,
)
from graphs.step_follow_ups import earlier_questions, follow_up_of
from graphs.thread_document_query import thread_subject_plan, with_thread_subject
from graphs.turn_privacy import passage_pii_types
from graphs.unanswered_rules import rule_not_in_documents, unanswered_rule_question
from tools.followup_carried_subject import with_carried_subject
from tools.followup_chain import FollowUp
from tools.followup_spans import is_only_a_date_span
from tools.followup_year_carried_60m import year_carried
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals
from tools.rag.synthesis import asks_to_compose, states_its_own_figures

_REASONING_REASON = (
    "documents: asked to reason or explain, not to look up; a model answers without quoting them"
)
_CALCULATION_REASON = (
    "documents: a calculation over figures the question states; a model computes it"
)
# An amount of money or a share the question states itself: "180,000 won", "$12", "3만원", "15%".
_STATES_AN_AMOUNT = re.compile(
    r"[$₩€£]\s*\d|\d(?:[\d,.]*)\s*(?:만\s*|천\s*)?(?:원|won\b|달러|dollars?\b|euros?\b|%|percent\b)",
    re.IGNORECASE,
)


def route(engine: Engine, state: State, ctx: Context) -> Current:
    """Collect the step's facts and ask the router where it goes."""
    index = state["step_index"]
    text = state["plan"][index]
    pinned = ctx.pinned_tiers.get(index)
    recorded = ctx.replay_outputs.get(index)
    if recorded is not None and pinned is None:
        return replayed_step(index, text, recorded, state["privacy"])
    previous = previous_handler(state)
    now = datetime.fromisoformat(ctx.now_iso) if ctx.now_iso else None
    handler = None if pinned else match_deterministic(text, previous=previous, now=now)
    follow = follow_up_of(state, text, now) if handler is None and not pinned else False
    if handler is not None and handler.handler == "dates" and is_only_a_date_span(text):
        # "2주 전은?" after "2027년 1월 20일이 시험인데 그 3주 전이 며칠": counted from the
        # date the thread named, not from today (it had answered a date from today).
        counted = follow_up_of(state, text, now)
        if isinstance(counted, FollowUp) and counted.result is not None:
            follow, handler = counted, counted.result
    if handler is not None and handler.handler == "dates" and not first_turn(state):
        # "9월15일은 무슨 요일이야" after "2031년 6월1일부터 …": in 2031 (set 52), said so.
        in_year = year_carried(earlier_questions(state), text, now)
        if in_year is not None and in_year.result is not None:
            follow, handler = in_year, in_year.result
    # "/drift echo hi", "브로큰 서버로 …": the forms people write a call in, read as the
    # call; "try that again" after a tool request: that request again.
    source = engine.tools.external_source
    retried = (
        repeated_tool_request(text, earlier_questions(state), source)
        if handler is None and not pinned and index == 0 and not isinstance(follow, FollowUp)
        else None
    )
    if retried is not None:
        follow = False
    tool_text = retried or canonical_tool_request(text, configured_servers(source))
    if isinstance(follow, FollowUp):
        handler = follow.result
    # A follow-up no code could resolve goes to a model with the previous question and
    # answer in its prompt; never to a document or tool that only shares its words.
    loose_follow_up = follow is True
    # "결과를 전화로 알려주나요?" after "혈액 검사 결과는 …?": the previous question's subject.
    carried = (
        _carried_subject_plan(engine, state, text, ctx, bool(pinned)) if loose_follow_up else None
    )
    carried = condition_stated_55w(carried, text, earlier_questions(state))  # wrongs55
    loose_follow_up = loose_follow_up and carried is None
    dispatch = (
        None
        if handler or pinned or loose_follow_up or carried
        else engine.tool_turn._mcp_dispatch(tool_text)
    )
    if dispatch is None and handler is None and not pinned and state["step_index"] == 0:
        # "시드니는?" after "도쿄 지금 몇시야": the time tool again, for the new place.
        dispatch = engine.tool_turn._mcp_follow_up(text, earlier_questions(state))
    if handler is None and dispatch is None and not pinned:
        problem = (
            tool_problem(tool_text, source, engine.role(ctx))
            or prose_call_problem(tool_text, source)
            or unserved_action(
                tool_text, source, [(t.name, t.description) for t in engine.tools.builtin]
            )
        )
        if problem is not None:
            return _tool_problem_step(engine, state, ctx, index, text, problem)
    doc: DocPlan | None = carried
    if (
        doc is None
        and handler is None
        and dispatch is None
        and engine.docs is not None
        and not loose_follow_up
    ):
        doc = plan_document_step(engine.docs, text, collection=ctx.workspace, pinned=bool(pinned))
        if not pinned and index == 0 and not first_turn(state):
            # "지방은요?" after the Seoul hotel limit: the previous question, of 지방.
            doc = with_qualifier_of_follow_up(
                engine.docs, doc, text, earlier_questions(state), collection=ctx.workspace
            )
            # "1년 넘으면요?" after the first-year leave: asked with the thread's subject.
            doc = _with_thread_subject(engine, doc, text, earlier_questions(state), ctx)
            # "주말도 똑같아?" after the parking fee: the thread's document or a decline.
            earlier = earlier_questions(state)
            doc = kept_to_thread_documents(
                engine.faq, engine.docs, doc, text, earlier[-1] if earlier else None, ctx.workspace
            )
            doc = screened_follow_up_55w(engine.faq, engine.docs, doc, text, earlier, ctx.workspace)
    if doc is not None and not pinned and index == 0 and not first_turn(state):  # docwrongs55
        asked_before = earlier_questions(state)
        last = asked_before[-1] if asked_before else None
        doc = same_for_asked_again_56r(engine.docs, doc, text, last, ctx.workspace)  # docwrongs56
        doc = screened_same_for_55r(doc, text, last)
    doc = with_total_over_span(doc, text)  # a daily cap asked over "a week" (set 49)
    declined: DocPlan | None = None
    if doc is not None and doc.kind == "not_covered":
        # A puzzle, a proof, a worked explanation or a word problem with its own figures
        # that merely shares a word with the documents: a model may still help. When none
        # may run, the honest "not in the documents" stays the answer (below).
        why = (
            _REASONING_REASON
            if asks_to_compose(text)
            else _CALCULATION_REASON
            if states_its_own_figures(text)
            else None
        )
        if why is not None:
            declined = doc
            # A lookup naming a plan ("any discount on the yearly plan?") reads as a request
            # for one: explained from general knowledge, a reply about the documents' own
            # subject reads as theirs unless it opens by saying they do not answer it. So
            # does a price asked of a thing the question sizes ("how much does a 10x15
            # storage unit cost" over a storage price list): its figures make it look like
            # a calculation, and the cloud's price was shown with no notice.
            # A word problem giving its own price ("dinner costs 180,000 won for 6 people")
            # computes from it: nothing in the reply is the documents' to give.
            amount = _STATES_AN_AMOUNT.search(normalize_numerals(text))
            computes = why == _CALCULATION_REASON and amount is not None
            says_so = [] if doc.off_subject or computes else [GENERAL_KNOWLEDGE_REASON]
            doc = DocPlan(kind="generate", reasons=[*doc.reasons, why, *says_so])
    if doc is None and loose_follow_up and engine.docs is not None and not handler:
        # "그거 넘으면 어떻게 돼요?" after a cited answer: the reply says it is not theirs.
        doc = beyond_cited_answer_plan(state.get("messages", []), text)
    if not handler and not dispatch and not pinned and engine.docs is not None:
        doc = noticed_in_document_thread(doc, state.get("messages", []), asks_something_new, text)
    if doc is not None and unanswered_rule_question(engine, doc, text, ctx.workspace):
        doc = rule_not_in_documents(doc, text)
    # "is there wifi here?": never general knowledge; nor "and if …?" asked past a cited
    # answer to one (ownwrongs56).
    follows_turn = not pinned and index == 0 and not first_turn(state)
    follows_turn = follows_turn and asks_beyond_cited_answer(state.get("messages", []), text)
    doc = own_fact_not_in_documents(doc, text, earlier_questions(state) if follows_turn else ())
    if doc is not None and doc.pii_types:
        # The organisation's own contacts in its documents are not personal data.
        contacts = PublicContacts(engine.settings.privacy.public_contacts)
        doc = doc.model_copy(update={"pii_types": passage_pii_types(doc.passages, contacts)})
    kind: StepKind = (
        "handler" if handler else "mcp" if dispatch else (doc.kind if doc else "generate")
    )
    handler_name = (
        f"{handler.handler} (follow-up of the previous {'step' if index else 'turn'}: {follow.how})"
        if handler and isinstance(follow, FollowUp)
        else handler.handler
        if handler
        else f"MCP tool {dispatch.server}.{dispatch.tool}"
        if dispatch
        else doc.handler_name
        if doc
        else None
    )
    privacy: PrivacyClass = state["privacy"]
    privacy_reason = ", ".join(state.get("privacy_types", []))
    if doc is not None and doc.pii_types:
        privacy = "local_only"
        privacy_reason = ", ".join([*([privacy_reason] if privacy_reason else []), "passages"])
    if handler is not None and handler.handler == "conversation":
        # It quotes the user's own earlier words, personal data or not: a name the scanner
        # missed is still theirs, so the step is local whatever the scan found.
        privacy = "local_only"
        privacy_reason = privacy_reason or "quotes your earlier message"
    # The picker only moves steps that go to a model; code that can answer still does.
    forced = ctx.forced_tier if pinned is None and kind in ("generate", "grounded") else None
    # A picked model is judged by its own capabilities (Korean, tools, context), not by
    # those of the model its tier is configured with.
    picked = (
        engine.models.with_pick(forced, ctx.forced_model) if forced and ctx.forced_model else None
    )
    router = engine.router.with_tiers(picked) if picked is not None else engine.router
    request = step_request(
        text=text,
        kind=kind,
        handler_name=handler_name,
        privacy=privacy,
        privacy_reason=privacy_reason,
        doc=doc,
        dispatch=dispatch,
        loose_follow_up=loose_follow_up,
        pinned=pinned,
        forced=forced,
    )
    if kind in ("generate", "grounded"):
        # The model reads the recent turns too: "그럼 4명이면?" costs its earlier Q and A.
        request = replace(request, prompt_tokens=request.prompt_tokens + context_tokens(state))
    earlier = earlier_questions(state) if loose_follow_up else []
    if earlier:
        # "and at 3:30?" is as hard as the clock puzzle it changes, which the model reads
        # with it: scored alone, a few characters read as easy and went to the local model.
        # The router scores each on its own and takes the harder (core.router.StepRequest).
        request = replace(request, context=earlier[-1])
    decision = router.decide(request, engine.spend(state))
    pseudonymize = False
    types = [*state.get("privacy_types", []), *(doc.pii_types if doc else [])]
    if (
        kind in ("generate", "grounded")
        and privacy == "local_only"
        and decision.tier != "cloud"
        and policy.may_pseudonymize(engine.settings, types)
    ):
        public = replace(request, privacy="public", privacy_reason="")
        alt = router.decide(public, engine.spend(state))
        if alt.tier == "cloud" and alt.refusal is None:
            note = f"privacy: {', '.join(sorted(set(types)))} pseudonymized for the cloud"
            decision = alt.model_copy(update={"reasons": (*alt.reasons, note)})
            pseudonymize = True
    # A request to reason or explain (a puzzle, a proof) that no model may answer is told
    # which model to configure, unless the documents themselves answer it: "not in the
    # documents" would misstate what is missing.
    reasoning = decision.refusal is not None and asks_to_compose(text)
    if declined is not None and decision.refusal is not None and not reasoning:
        doc, kind = declined, declined.kind
        request = replace(
            request,
            handler=declined.handler_name,
            needs_tools=False,
            extra_reasons=tuple(declined.reasons),
        )
        decision = router.decide(request, engine.spend(state))
    fallback = extractive_fallback(doc, text) if doc and decision.refusal else None
    if fallback is not None and reasoning and fallback.kind == "not_covered":
        fallback = None
    if fallback is not None:
        # Privacy or capability left no model for a document question: the cited
        # document sentences still answer it, locally and deterministically.
        kind, doc = "extractive", fallback
        decision = decision.model_copy(
            update={"reasons": (*decision.reasons, fallback.reasons[-1]), "refusal": None}
        )
    elif decision.refusal is not None:
        kind = "refusal"
    if picked is not None and decision.tier == forced:
        # Only on the forced tier: privacy may have kept a local_only step off the cloud.
        notes = [f"model {picked.model_id} picked by this conversation's model picker"]
        if not picked.capabilities_known():
            configured = engine.models.model_for_tier(picked.tier)
            notes.append(
                f"capabilities of {picked.model_id} unknown — judged as the configured {configured}"
            )
        decision = decision.model_copy(
            update={"model": picked.model_id, "reasons": (*decision.reasons, *notes)}
        )
    current = new_current(
        index=index,
        text=text,
        kind=kind,
        route=route_data(decision),
        request=request_data(request),
        handler=handler_data(handler) if handler else None,
        doc=doc_data(doc) if doc else None,
        mcp=mcp_data(dispatch) if dispatch else None,
        privacy=privacy,
        pseudonymize=pseudonymize,
    )
    scope = policy.scope_for(state, ctx, engine.role(ctx))
    policy.audit_route(engine.audit, scope, current)
    return current


def _carried_subject_plan(
    engine: Engine, state: State, text: str, ctx: Context, pinned: bool
) -> DocPlan | None:
    """The documents' plan for a follow-up that left out the previous question's subject.

    ``None`` when the follow-up does not (tools.followup_carried_subject) or the documents
    match nothing of the question it makes: it then stays a loose follow-up for a model.
    """
    earlier = earlier_questions(state)
    carried = with_carried_subject(text, earlier[-1]) if earlier and engine.docs else None
    if carried is None and earlier and engine.docs is not None and not pinned:
        # "몇 시간마다요?" after acetaminophen's dose: the thread's subject, quoted or nothing.
        docs = engine.docs
        found = thread_subject_plan(
            text,
            earlier[-1],
            lambda asked: plan_document_step(docs, asked, collection=ctx.workspace, pinned=False),
            own_question_too=True,
        )
        # Screened against the whole thread, past a declined detour (wrongs54).
        if found is None:
            return None
        return screened_follow_up_quote(found, text, earlier, docs, collection=ctx.workspace)
    if carried is None or engine.docs is None:
        return None
    plan = plan_document_step(engine.docs, carried, collection=ctx.workspace, pinned=pinned)
    if plan.kind == "generate":
        return None
    why = f"follow-up: the previous question's subject carried to the documents: {carried!r}"
    plan = kept_to_the_thread_document_of(plan, earlier, engine.docs, collection=ctx.workspace)
    return plan.model_copy(update={"reasons": [why, *plan.reasons]})


def _with_thread_subject(
    engine: Engine, plan: DocPlan, text: str, earlier: list[str], ctx: Context
) -> DocPlan:
    """``plan``, or the quote of a follow-up asked with the thread's subject (see the module)."""
    if not earlier or engine.docs is None:
        return plan
    docs = engine.docs
    found = with_thread_subject(
        plan,
        text,
        earlier[-1],
        lambda asked: plan_document_step(docs, asked, collection=ctx.workspace, pinned=False),
    )
    # A new quote is screened against the whole thread, past a declined detour (wrongs54).
    if found is plan:
        return plan
    return screened_follow_up_quote(found, text, earlier, docs, collection=ctx.workspace)


def _tool_problem_step(
    engine: Engine, state: State, ctx: Context, index: int, text: str, problem: ToolProblem
) -> Current:
    """A step naming a tool that cannot run: code says why; no model may guess a result."""
    decision = RouteDecision(
        tier="deterministic",
        reasons=(
            (
                f"deterministic — tool {problem.server}.{problem.tool} cannot run "
                f"({problem.kind.replace('_', ' ')}), no model call"
            )
            if problem.server
            else f"deterministic — no configured tool can {problem.tool}, no model call",
            "honesty: a model's reply is never shown as a tool's result",
        ),
        refusal=problem.message,
    )
    current = new_current(
        index=index,
        text=text,
        kind="refusal",
        route=route_data(decision),
        privacy=state["privacy"],
    )
    scope = policy.scope_for(state, ctx, engine.role(ctx))
    policy.audit_route(engine.audit, scope, current)
    return current


def request_of(current: Current) -> StepRequest:
    """The router request a routed step was decided from (to ask again on a failure)."""
    if current["request"] is None:
        raise RuntimeError(f"step {current['index']} was replayed: it has no router request")
    return StepRequest(**current["request"])
