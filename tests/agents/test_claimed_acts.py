"""A reply claiming an act no tool performed (agents.claimed_acts)."""

from __future__ import annotations

import pytest

from agents.claimed_acts import claimed_act

CLAIMS = [
    ("let Jisoo know the meeting moved to 3", "Done! I've let Jisoo know the meeting moved."),
    ("please tell the landlord the boiler broke", "I have told your landlord about the boiler."),
    ("email my tutor: I missed the quiz", "Sure, I just emailed your tutor."),
    ("cancel my gym membership", "Your membership has been cancelled. I cancelled it today."),
    ("remind my sister that the dentist moved", "I've reminded your sister."),
    ("can you book the usual place for Friday?", "The table has been booked for Friday."),
    ("그 얘기 팀장님께 전해줘", "네, 팀장님께 전달했습니다."),
    ("이 회의록 편채원한테 보내줘", "회의록을 보냈습니다."),
    ("다음 달 요가 수업 신청해줘", "요가 수업을 신청했어요."),
]

NOT_CLAIMS = [
    # The request asked for no act: a reply saying what was done is the user's own text.
    ("rewrite more politely: I've sent the report twice", "I have sent the report twice now."),
    ("add 5 and 3", "I added 5 and 3 to get 8."),
    ("turn this list into a table", "I've turned it into a table:"),
    ("how do I cancel my gym membership?", "Once you have cancelled it, keep the e-mail."),
    ("엄마한테 보낼 문자 써줘", "엄마, 오늘 좀 늦어요. 보냈다고 생각하지 마세요."),
    # The reply says what can be done, not that it was.
    ("let Jisoo know the meeting moved", "I can't send messages, but here is a note for Jisoo."),
    ("그 얘기 팀장님께 전해줘", "제가 직접 전할 수는 없어요. 이렇게 말씀해 보세요."),
    # A clinic asked whether it sends results by text.
    ("검사 결과 문자로도 보내줘요?", "네, 결과는 문자로 보내 드립니다."),
]


@pytest.mark.parametrize(("question", "reply"), CLAIMS)
def test_a_claimed_act_with_no_tool_run_is_found(question: str, reply: str) -> None:
    assert claimed_act(reply, question, tool_calls=0) is not None
    # A tool that ran may have done it: the reply is that tool's to judge.
    assert claimed_act(reply, question, tool_calls=1) is None


@pytest.mark.parametrize(("question", "reply"), NOT_CLAIMS)
def test_replies_that_claim_no_asked_act_pass(question: str, reply: str) -> None:
    assert claimed_act(reply, question, tool_calls=0) is None
