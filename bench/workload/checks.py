"""Check one answered turn against its ``expect`` block.

The checks read only the ``switchyard ask --json`` contract (answer, citations, steps
with tier/tool/server/degraded, privacy, pending), so the same checks judge older code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agents.unserved_actions import NOTHING_DONE_EN, NOTHING_DONE_KO

# How an honest "the documents do not answer this" reads (tools.rag.NOT_COVERED and the
# wording of not_covered_message), in both languages and in older code's words.
NOT_IN_DOCUMENTS_MARKS = (
    "찾을 수 없습니다",
    "문서에 없는",
    "문서에서는",
    "do not cover",
    "not in the documents",
    "no confident match",
)
# How a deterministic tool-problem reply reads (agents.tool_problems, graphs.policy).
NOTHING_RAN_MARKS = (
    "nothing ran",
    "Nothing ran",
    "was not called",
    "Waiting for confirmation",
    # An act no configured tool can do (agents.unserved_actions), in both languages.
    NOTHING_DONE_EN,
    NOTHING_DONE_KO,
)
MODEL_TIERS = ("local", "cloud")
# How the notice reads that puts a model's general knowledge under the documents' decline
# (agents.document_messages.general_knowledge_notice), in both languages.
GENERAL_KNOWLEDGE_MARKS = (
    "model's general knowledge",
    "모델의 일반 지식",
)


@dataclass
class Verdict:
    """The outcome of one case."""

    ok: bool
    why: list[str] = field(default_factory=list)
    # Answered when it should have declined (a document it does not hold, a tool that
    # cannot run): the worst kind of failure.
    wrong_answer: bool = False
    # A model's text stood in for a tool's result although no tool call ran.
    invented_tool_result: bool = False
    # Cited a document, but not the one that answers.
    wrong_citation: bool = False


def says_not_in_documents(answer: str) -> bool:
    """Whether ``answer`` is the honest "the documents do not cover this" reply."""
    return any(mark in answer for mark in NOT_IN_DOCUMENTS_MARKS)


def model_text_after_decline(result: dict[str, Any]) -> bool:
    """Whether a reply goes on past the documents' decline with a model's text.

    A decline followed by "What follows is the model's general knowledge" still opens with
    the honest sentence, so ``not_in_documents`` passes; for a fact of the organisation
    itself ("do you take bitcoin?") the model's text after it is an invented fact all the
    same. It is read from the notice in the answer, or from a paragraph after the decline's
    when a model tier ran (a step routed to a model tier may still end at the decline, so
    the tier alone says nothing).
    """
    answer = str(result.get("answer", ""))
    if any(mark in answer for mark in GENERAL_KNOWLEDGE_MARKS):
        return True
    if not any(s.get("tier") in MODEL_TIERS for s in _steps(result)):
        return False
    paragraphs = [p for p in answer.split("\n\n") if p.strip()]
    declines = [i for i, p in enumerate(paragraphs) if says_not_in_documents(p)]
    return not declines or declines[0] < len(paragraphs) - 1


def _steps(result: dict[str, Any]) -> list[dict[str, Any]]:
    steps = result.get("steps") or []
    return [s for s in steps if isinstance(s, dict)]


def _tool_ran(steps: list[dict[str, Any]], answer: str) -> bool:
    # A step names its server also when the gate denied the call or it waits for a yes;
    # then the reply says that nothing ran.
    said_nothing_ran = any(m in answer for m in NOTHING_RAN_MARKS)
    return any(s.get("server") for s in steps) and not said_nothing_ran


def _text_checks(answer: str, expect: dict[str, Any]) -> list[str]:
    why = []
    for needle in expect.get("contains", []):
        if needle not in answer:
            why.append(f"answer lacks {needle!r}")
    options = expect.get("contains_any", [])
    if options and not any(o in answer for o in options):
        why.append(f"answer has none of {options}")
    for needle in expect.get("not_contains", []):
        if needle in answer:
            why.append(f"answer contains {needle!r}")
    return why


def _route_checks(result: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    steps = _steps(result)
    answer = str(result.get("answer", ""))
    tiers = [str(s.get("tier")) for s in steps]
    why = []
    for tier in expect.get("tiers_not", []):
        if tier in tiers:
            why.append(f"a step ran on {tier}")
    if "tier" in expect and any(t != expect["tier"] for t in tiers):
        why.append(f"steps ran on {tiers}, expected all {expect['tier']}")
    if "tool_called" in expect:
        server, _, tool = str(expect["tool_called"]).partition(".")
        if not any(s.get("server") == server and s.get("tool") == tool for s in steps):
            why.append(f"{expect['tool_called']} was not called")
    if expect.get("no_tool_ran") and _tool_ran(steps, answer):
        why.append("an MCP tool ran")
    if "privacy" in expect and result.get("privacy") != expect["privacy"]:
        why.append(f"privacy {result.get('privacy')}, expected {expect['privacy']}")
    if expect.get("pending") and not result.get("pending"):
        why.append("no confirmation is pending")
    return why


def _cited_files(expect: dict[str, Any]) -> list[str]:
    """The files a case accepts a citation of (``cites``, or any of ``cites_any``)."""
    files = [str(f) for f in expect.get("cites_any", [])]
    return [str(expect["cites"]), *files] if "cites" in expect else files


def _citation_checks(result: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    sources = [str(c.get("source", "")) for c in result.get("citations") or []]
    files = _cited_files(expect)
    why = []
    if files and not any(s.endswith(f) for s in sources for f in files):
        named = files[0] if len(files) == 1 else f"any of {files}"
        why.append(f"no citation of {named} (cited {sources or 'nothing'})")
    if expect.get("no_citation") and sources:
        why.append(f"cited {sources}")
    return why


def check_turn(result: dict[str, Any], expect: dict[str, Any]) -> Verdict:
    """Judge one turn's ``ask --json`` payload against its expectations.

    Args:
        result: the turn's JSON payload (``AskResult.to_json()``).
        expect: the case's expectation block (see ``bench.workload.suite.EXPECT_KEYS``).

    Returns:
        The verdict with every unmet expectation named.
    """
    answer = str(result.get("answer", ""))
    steps = _steps(result)
    why = _text_checks(answer, expect) + _route_checks(result, expect)
    why += _citation_checks(result, expect)
    sources = [str(c.get("source", "")) for c in result.get("citations") or []]
    files = _cited_files(expect)
    wrong_citation = (
        bool(files) and bool(sources) and not any(s.endswith(f) for s in sources for f in files)
    )
    declined_docs = says_not_in_documents(answer)
    if expect.get("not_in_documents") and not declined_docs:
        why.append("did not say the documents do not cover it")
    if expect.get("not_in_documents") and result.get("citations"):
        why.append("cited a passage for a question the documents do not answer")
    # ``no_model_text``: a fact of the organisation must end at the decline; a model's text
    # under the notice is an invented fact (wrong), though the reply opens honestly.
    invented_own_fact = bool(expect.get("no_model_text")) and model_text_after_decline(result)
    if invented_own_fact:
        why.append("a model's text followed the decline of a fact of the organisation")
    problem = expect.get("tool_problem")
    said_nothing_ran = any(m in answer for m in NOTHING_RAN_MARKS)
    if problem and not said_nothing_ran:
        why.append("did not say that the tool did not run")
    if problem and any(s.get("tier") in MODEL_TIERS for s in steps):
        why.append("a model answered a request for a tool that cannot run")
    # ``ok_if``: an honest hand-off counts for questions whose right answer the checks
    # cannot pin down from a stand-in (the strong tier took it, or it was marked degraded).
    if why and expect.get("ok_if"):
        allowed = set(expect["ok_if"])
        if ("cloud" in allowed and any(s.get("tier") == "cloud" for s in steps)) or (
            "degraded" in allowed and any(s.get("degraded") for s in steps)
        ):
            why = [w for w in why if not w.startswith("answer ")]
    should_decline = bool(expect.get("not_in_documents") or problem)
    wants_tool = bool(problem or "tool_called" in expect)
    invented = (
        wants_tool
        and not any(s.get("server") for s in steps)
        and not said_nothing_ran
        and any(s.get("tier") in MODEL_TIERS for s in steps)
    )
    # An answer given (not a decline, a refusal or a degraded step) without what the case
    # expects is a wrong answer too: a document's sentence about something else, a wrong
    # figure. A stand-in's text cannot be judged on content, so a turn the cloud tier
    # answered is not counted.
    answered_otherwise = (
        not should_decline
        and any(w.startswith("answer ") for w in why)
        and not declined_docs
        and not said_nothing_ran
        and not result.get("refused")
        # A degraded step is shown under a banner saying so (a refusal to read personal
        # data with no capable local model, a guard failure): not a confident answer.
        and not any(s.get("degraded") for s in steps)
        and not any(s.get("tier") == "cloud" for s in steps)
    )
    # A turn that must not be answered from the documents (a sum, an opinion, a follow-up
    # on a result) but came back quoting a passage presents an unrelated sentence as the
    # answer: wrong, whatever figures the case happens to list, unless it was shown as a
    # decline, a refusal or under a degraded banner.
    quoted_unasked = (
        bool(expect.get("no_citation"))
        and bool(sources)
        and not declined_docs
        and not said_nothing_ran
        and not result.get("refused")
        and not any(s.get("degraded") for s in steps)
    )
    return Verdict(
        ok=not why,
        why=why,
        wrong_answer=(should_decline and bool(why) and not declined_docs and not said_nothing_ran)
        or answered_otherwise
        or quoted_unasked
        or invented_own_fact,
        invented_tool_result=invented,
        wrong_citation=wrong_citation,
    )
