"""An organisation-rule question the workspace's documents do not answer: never a model's guess.

"What is the company's sick-leave policy?" asks for the organisation's own rule; when
its documents were searched and none answers, a general model would invent a policy,
so the step says the documents do not cover it instead.
"""

from __future__ import annotations

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from core.text import detect_language
from graphs.engine import Engine
from tools.rag.organisation_rules import asks_about_organisation_rule
from tools.rag.question import analyze_question
from tools.rag.synthesis import asks_for_worked_solution
from tools.word_problem_counted_53b import counts_what_it_asks

__all__ = ["rule_not_in_documents", "unanswered_rule_question"]

_RULE_NOT_COVERED_REASON = (
    "documents: asks for the organisation's own rule, which only its documents can give; "
    "none answers it, so no model guesses one"
)
_EVERY_DOCUMENT = ("every document of this workspace", "이 작업 공간의 모든 문서")


def unanswered_rule_question(engine: Engine, doc: DocPlan, text: str, workspace: str) -> bool:
    # The workspace's documents were searched and none answers (not an empty workspace,
    # nor a step with no content term), and the question asks for the organisation's own
    # rule: a general model would invent a policy.
    if doc.kind != "generate" or not asks_about_organisation_rule(text):
        return False
    if asks_for_worked_solution(text) or counts_what_it_asks(text):
        # "연차가 15일인 직원 세 명이 … 단계별로 풀어서 설명해 주세요" is a puzzle in a
        # policy's words: a model works it out (or the router says which one to set up).
        # So is "3 apples … how many apples do you have": its "you" is the puzzle's.
        return False
    if any(r.startswith("documents: no confident match") for r in doc.reasons):
        return True
    nothing = "documents: nothing matched" in doc.reasons
    return nothing and engine.docs is not None and bool(engine.docs.list_documents(workspace))


def rule_not_in_documents(doc: DocPlan, text: str) -> DocPlan:
    """'Not in the documents' for an organisation-rule question they do not answer."""
    missing = ", ".join(analyze_question(text).topic_terms[:5]) or text.strip()
    return DocPlan(
        kind="not_covered",
        reasons=[*doc.reasons, _RULE_NOT_COVERED_REASON],
        answer=not_covered_message(text, missing, _EVERY_DOCUMENT[detect_language(text) == "ko"]),
    )
