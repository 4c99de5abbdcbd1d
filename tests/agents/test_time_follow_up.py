"""A follow-up naming another place after a current-time question calls the tool again."""

from __future__ import annotations

from agents.mcp_dispatch import match_time_follow_up

_MANILA = ["마닐라 지금 몇 시예요?"]
_CATALOG = [("time", "get_current_time", True), ("files", "read_text_file", True)]


def test_another_place_after_a_current_time_question() -> None:
    call = match_time_follow_up("그럼 베를린은?", _MANILA, _CATALOG)
    assert call is not None and call.tool == "get_current_time"
    assert call.args == {"timezone": "Europe/Berlin"}
    assert match_time_follow_up("and Paris?", ["what time is it in Tokyo"], _CATALOG) is not None
    # Through an earlier follow-up of the same kind, back to the question it follows.
    chain = ["what time is it in Tokyo", "and Paris?"]
    call = match_time_follow_up("그럼 마드리드는?", chain, _CATALOG)
    assert call is not None and call.args == {"timezone": "Europe/Madrid"}
    # A question of another kind in between ends the chain.
    broken = ["what time is it in Tokyo", "how much is 3 + 4?"]
    assert match_time_follow_up("and Paris?", broken, _CATALOG) is None


def test_no_call_without_a_current_time_question_or_with_more_than_a_place() -> None:
    # The previous turn asked no current time.
    assert match_time_follow_up("그럼 베를린은?", ["베를린 여행 경비 얼마 들어?"], _CATALOG) is None
    # A clock time of its own: a conversion, not the present moment.
    assert match_time_follow_up("베를린은 오후 3시면?", _MANILA, _CATALOG) is None
    # Two places, or a whole question of its own.
    assert match_time_follow_up("베를린이랑 파리는?", _MANILA, _CATALOG) is None
    long_one = "그럼 베를린에 사는 친구한테 지금 전화해도 실례가 안 되는 시간인지 알려줘"
    assert match_time_follow_up(long_one, _MANILA, _CATALOG) is None
    # No time tool in the catalog.
    assert match_time_follow_up("그럼 베를린은?", _MANILA, _CATALOG[1:]) is None
