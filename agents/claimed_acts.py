"""A model reply that claims an act in the world no tool performed ("I've sent her a text").

Why this exists: :mod:`agents.unserved_actions` tells the acts it can read before any
model sees them, but people ask for acts in more ways than any list ("let Jisoo know the
meeting moved", "그 얘기 팀장님께 전해줘"). Such a request reaches a model with no tool
for it, and a small model may answer "Done! I've let Jisoo know." That reads as an
outcome, and nothing happened: the honesty bar says a reply never stands in for a
tool's result. So a reply is checked after the fact: when the request asked for an act,
no tool ran in the step, and the reply says in the first person (or of the thing itself,
"your reminder is set") that the act is done, the reply is not shown as an answer.

Both halves are needed: a reply rewording the user's own text ("rewrite: I've sent the
report") claims nothing, and a request that only asks how to do something may get an
answer that mentions doing it.
"""

from __future__ import annotations

import re

from agents.unserved_actions import (
    IMPERATIVE_LEAD,
    PLEASE_KO,
    asked_action,
    not_the_act,
    request_head,
)

__all__ = ["claimed_act"]

# Asked for in the imperative, in more words than agents.unserved_actions reads: a verb
# of acting on the world at the head of the request or after "please" / "can you".
_ASKS_AN_ACT_EN = re.compile(
    rf"(?:{IMPERATIVE_LEAD})"
    # Verbs that also name editing text or working a sum ("add 5 and 3", "turn this into a
    # table", "order these by date", "call this function") are left to agents.unserved_actions,
    # which reads them only with the object of an act.
    r"(?:tell\s+(?!me\b)|let\s+\w+\s+know|send\s+(?!me\b)|remind\s+(?!me\s+(?:what|of|how)\b)"
    r"|book|pay|ring|text|message|e-?mail|dm|cancel|notify|forward|post|buy|reserve|transfer"
    r"|wire|invite)\b",
    re.IGNORECASE,
)
_ASKS_AN_ACT_KO = re.compile(
    # (추가해/설정해/등록해 also edit a table or a text: left to agents.unserved_actions.)
    r"(?:전해|전달해|보내|예약해|주문해|송금해|이체해|결제해|취소해|잠가|초대해|신청해|접수해)"
    rf"\s*{PLEASE_KO}"
)

# "I've sent …", "I have booked …", "I just texted …": the first person, done.
_DONE_EN = re.compile(
    r"\bI(?:'ve|’ve|\s+have)?\s+(?:just\s+|now\s+|already\s+|successfully\s+|gone\s+ahead\s+and\s+)?"
    r"(?:sent|texted|emailed|e-mailed|messaged|called|phoned|rang|booked|reserved|ordered|paid"
    r"|transferred|wired|scheduled|set(?:\s+up)?|added|created|turned|switched|dimmed"
    r"|cancell?ed|notified|told|informed|reminded|placed|submitted|posted|forwarded|shared"
    r"|let\s+\w+\s+know|locked|unlocked|invited|replied|responded)\b"
    # "Your reminder is set", "the table has been booked", "Alarm set for 6:30".
    r"|\b(?:your|the)\s+(?:\w+\s+)?(?:reminder|alarm|timer|order|booking|reservation|payment"
    r"|transfer|message|e-?mail|text|appointment|event|meeting|invite|invitation|table|taxi)"
    r"\s+(?:is|has\s+been|was|have\s+been)\s+(?:now\s+|successfully\s+)?"
    r"(?:set|sent|placed|booked|confirmed|scheduled|made|created|added|delivered|completed"
    r"|paid|transferred|reserved|cancell?ed)\b"
    r"|\b(?:reminder|alarm|timer)\s+(?:is\s+)?set\s+(?:for|at)\b",
    re.IGNORECASE,
)
# "보냈습니다", "예약해 드렸어요", "알람을 맞춰 두었습니다", "전달했어요".
_DONE_KO = re.compile(
    r"(?:보냈|보내\s*드렸|전송했|전송되었|전송됐|예약했|예약되었|예약됐|예약해\s*드렸|주문했|주문되었"
    r"|주문됐|주문해\s*드렸|송금했|송금되었|송금됐|이체했|이체되었|이체됐|결제했|결제되었|결제됐"
    r"|맞춰\s*(?:두었|뒀|놓았|놨|드렸)|설정했|설정되었|설정됐|설정해\s*(?:두었|뒀|드렸)|등록했"
    r"|등록되었|등록됐|추가했|추가되었|추가됐|껐|켰|꺼\s*(?:두었|뒀|드렸)|켜\s*(?:두었|뒀|드렸)"
    r"|전달했|전달되었|전달됐|전달해\s*드렸|전했|전해\s*드렸|걸었|잠갔|초대했|공유했|답장했"
    r"|신청했|신청되었|접수했|접수되었)(?:습니다|어요|아요|어|다)"
)


def _asks_an_act(question: str) -> bool:
    if asked_action(question) is not None:
        return True
    if not_the_act(question):
        return False
    head = request_head(question)
    return bool(_ASKS_AN_ACT_EN.search(head) or _ASKS_AN_ACT_KO.search(head))


def claimed_act(reply: str, question: str, tool_calls: int) -> str | None:
    """The words of ``reply`` claiming an act ``question`` asked for, when no tool ran.

    Args:
        reply: The model's reply.
        question: The step's request.
        tool_calls: How many tool calls the step ran (a tool that ran may have done it).

    Returns:
        The claiming words ("I've let Jisoo know"), or ``None``.
    """
    if tool_calls > 0 or not _asks_an_act(question):
        return None
    found = _DONE_EN.search(reply) or _DONE_KO.search(reply)
    return None if found is None else found.group(0)
