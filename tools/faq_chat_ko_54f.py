"""Korean chat shorthand for the curated entries' words: "어캄", "어케함", the app's name.

Why this exists: "처방전 잃어버렸는데 어캄" (set 45) went to the cloud stand-in although
"처방전 잃어버렸는데 어떡해요" has its curated entry: "어캄" (어떡함, clipped as chat
types it) is no word the paraphrase matcher knows, nor are "어케함", "어떡하죠" or
"어쩌죠", all of which ask "what do I do". "스위치야드 이거 뭐하는 앱임" was declined as a
document question: the app's own name written in Hangul is not the Latin "Switchyard"
the entries are matched on (only the whole variant "스위치야드가 뭐예요?" was).

The rewrite, applied with tools.faq's other chat spellings before any matching:

- a clipped or casual "what do I do" ending a clause becomes "어떡해요";
- 스위치야드 (the name as Koreans spell it) becomes Switchyard.
"""

from __future__ import annotations

import re

__all__ = ["spell_out_korean_chat"]

# "What do I do", clipped or casual, ending the message or a clause:
# 어캄, 어캐, 어케함/어케해/어케하죠, 어떡함/어떡하죠/어떡하지, 어쩌죠/어쩜/어쩌지, 어카죠.
_WHAT_DO_I_DO = re.compile(
    r"(?:어캄|어캐|어케\s?(?:함|해|하죠|하지|해요)?|어떡(?:함|하죠|하지|하나요)|어쩌(?:죠|지|나요)|어쩜|어카(?:죠|지|냐))"
    r"(?=\s*[?？!.ㅠㅜ]*\s*$|\s*[?？!.,]\s)"
)
# The app's own name as Korean spells it.
_APP_NAME = re.compile(r"스위치\s?야드")


def spell_out_korean_chat(text: str) -> str:
    """``text`` with "어캄" written "어떡해요" and 스위치야드 written Switchyard."""
    return _APP_NAME.sub("Switchyard", _WHAT_DO_I_DO.sub("어떡해요", text))
