"""How a step relates to what came before it: an earlier step of the turn, or earlier turns.

``route_step`` asks this before anything else: a follow-up that code can re-run
("그럼 4명이면?") is answered by the deterministic handlers; one about the previous
result that no code resolves goes to a model with the previous turn.
"""

from __future__ import annotations

from datetime import datetime

from graphs.pronoun_document_followup_54f import asks_the_documents_anew
from graphs.recording import first_turn
from graphs.state import State
from graphs.tool_results import follow_up_on_tool_result
from tools.followup_answer_rate import count_of_answer_rate, own_part_over_answer_cap
from tools.followup_chain import FollowUp, run_chain
from tools.followup_document_subject_41 import names_own_subject_after_document
from tools.followup_quoted_tariff_54f import charge_at_quoted_tariff
from tools.followup_subjects import asks_about_previous_problem
from tools.followups import about_previous_result, resolve_follow_up, resolve_in_conversation
from tools.references import is_ellipsis
from tools.said_earlier import quote_said_earlier

__all__ = ["earlier_questions", "follow_up_of"]


def earlier_questions(state: State) -> list[str]:
    """The user's earlier turns in this conversation, oldest first (this turn excluded)."""
    human = [str(m.content) for m in state.get("messages", []) if m.type == "human"]
    return human[:-1]


def follow_up_of(state: State, text: str, now: datetime | None) -> FollowUp | bool:
    """How a step relates to what came before it: earlier steps, or earlier turns.

    Returns:
        The ``FollowUp`` when code re-ran the earlier steps with the change; ``True`` for
        a follow-up about the previous result that no code could resolve (a model must
        read the previous turn); ``False`` for a step that stands alone or names a
        subject of its own ("그럼 주차는?", which may still be found in the documents).
    """
    index = state["step_index"]
    if index > 0:
        # "…얼마고, 반올림하면?": an ellipsis on an earlier step of this same turn.
        within = resolve_follow_up(text, state["plan"][:index]) if is_ellipsis(text) else None
        result = run_chain(within[0], now) if within else None
        return FollowUp(tuple(within[0]), result, within[1]) if within and result else False
    if first_turn(state):
        return False
    # "거기에 2 곱하면?" after a tool returned 165: on the number the tool gave (no earlier
    # question re-runs an MCP call).
    on_tool = follow_up_on_tool_result(state.get("messages", []), text, now)
    if on_tool is not None:
        return on_tool
    # "what did I say my son's name was?": the user's own earlier message, quoted by code
    # (it often holds personal data; no document or model has it).
    recalled = quote_said_earlier(text, earlier_questions(state))
    if recalled is not None:
        return FollowUp(steps=(text,), result=recalled, how="quoted from your earlier message")
    resolved = resolve_in_conversation(earlier_questions(state), text, now)
    if resolved is not None:
        return resolved
    # "and for a 4-day trip?" after an answer stating "30,000 won per day": that rate × 4.
    answers = [str(m.content) for m in state.get("messages", []) if m.type == "ai"]
    on_rate = count_of_answer_rate(text, answers, state.get("messages", []))
    on_rate = on_rate or own_part_over_answer_cap(text, answers, state.get("messages", []))
    if on_rate is not None:
        return FollowUp(steps=(text,), result=on_rate.result, how=on_rate.how)
    # "2시간 세워두면 얼마?" after "1시간이 지나면 10분마다 500원" (followup_quoted_tariff_54f).
    if (tariff := charge_at_quoted_tariff(text, answers)) is not None:
        return FollowUp(steps=(text,), result=tariff.result, how=tariff.how)
    # "닭은?" after a chickens-and-rabbits puzzle: the puzzle's other unknown, which a
    # model answers with the puzzle in its prompt (never a document sharing the word).
    earlier = earlier_questions(state)
    said = [a for a in answers if a.strip()]
    if earlier and said and names_own_subject_after_document(text, earlier[-1], said[-1]):
        return False  # "what if i only have a 100,000 won note" after a cited answer
    if said and asks_the_documents_anew(text, said[-1]):  # "그거 쓰려면 서류?" (54f)
        return False
    return about_previous_result(text) or asks_about_previous_problem(text, earlier)
